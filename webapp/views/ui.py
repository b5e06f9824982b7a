"""What every HTML page shares: the language (ko/en), the UI strings, and the CSRF token.

The language comes from ``?lang=`` (then remembered in the ``lang`` cookie), else the cookie,
else ``Accept-Language``. Every UI string lives in ``STRINGS`` in both languages; templates call
``t("key")`` and scripts read the strings the page hands them (``client_strings()``).
"""
from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlencode

from flask import Blueprint, g, request, session

from ..errors import GoraeError

LANGS = ("en", "ko")
COOKIE = "lang"

STRINGS = {
    # chrome
    "brand": ("Gorae", "고래"),
    "nav.chat": ("Practise", "연습"),
    "nav.learn": ("Learn", "배우기"),
    "nav.demos": ("Demos", "데모"),
    "nav.history": ("History", "기록"),
    "nav.explain": ("Explain", "명령 풀이"),
    "nav.main": ("Main", "주 메뉴"),
    "lang.switch": ("Language", "언어"),
    "skip": ("Skip to content", "본문으로 건너뛰기"),
    # chat
    "chat.title": ("Practise Docker", "도커 연습"),
    "chat.intro": ("Ask in words or type a docker command, in Korean or English. Gorae shows the "
                   "exact command, explains each part, and runs it in your own sandbox.",
                   "하고 싶은 일을 말로 묻거나 docker 명령을 입력하세요(한국어·영어). 고래가 정확한 명령을 "
                   "보여 주고, 각 부분을 풀이하고, 나만의 샌드박스에서 실행해 줘요."),
    "chat.label": ("Your request or docker command", "요청이나 docker 명령"),
    "chat.placeholder": ("e.g. run nginx on port 8080", "예: nginx를 8080 포트로 띄워줘"),
    "chat.send": ("Send", "보내기"),
    "chat.hint": ("Enter sends · ↑/↓ recall earlier inputs", "Enter로 보내기 · ↑/↓로 이전 입력"),
    "chat.log": ("Conversation", "대화"),
    "chat.you": ("You", "나"),
    "chat.gorae": ("Gorae", "고래"),
    "chat.thinking": ("Thinking…", "생각하는 중…"),
    "chat.unreachable": ("Gorae could not be reached. Check your connection and try again.",
                         "고래에 연결할 수 없어요. 연결을 확인하고 다시 시도해 주세요."),
    "chat.not_understood": ("I could not turn that into a docker command. Try e.g. \"run nginx on "
                            "port 8080\" or a command like docker ps -a.",
                            "docker 명령으로 바꾸지 못했어요. 예: \"nginx를 8080 포트로 띄워줘\" 또는 "
                            "docker ps -a 같은 명령을 입력해 보세요."),
    "chat.command": ("Command", "명령"),
    "chat.template": ("Fill in the <placeholders>, then run it.", "<자리 표시>를 채운 뒤 실행하세요."),
    "chat.corrections": ("I corrected", "고친 부분"),
    "chat.explanation": ("What each part does", "각 부분의 뜻"),
    "chat.refused": ("The sandbox refuses this command", "샌드박스에서 허용하지 않는 명령이에요"),
    "chat.alternative": ("Instead", "대신"),
    "chat.errors": ("Problems", "문제"),
    "chat.concept": ("Read more", "자세히 보기"),
    "chat.alternatives": ("Or maybe", "혹시 이건가요"),
    "chat.samples": ("Try", "해 보기"),
    # actions
    "run": ("Run", "실행"),
    "running": ("Running…", "실행 중…"),
    "copy": ("Copy", "복사"),
    "copied": ("Copied", "복사했어요"),
    "edit": ("Edit", "고치기"),
    "explain": ("Explain", "풀이"),
    "open": ("open", "열기"),
    "stop": ("Stop", "멈추기"),
    "close": ("Close", "닫기"),
    "status": ("Status", "상태"),
    "exit_code": ("exit code", "종료 코드"),
    "status.ok": ("ok", "성공"),
    "status.failed": ("failed", "실패"),
    "status.refused": ("refused", "거부됨"),
    "status.invalid": ("invalid", "잘못된 명령"),
    "status.unavailable": ("engine unavailable", "엔진을 쓸 수 없음"),
    "status.error": ("error", "오류"),
    "truncated": ("Output was cut at the sandbox's limit.", "출력이 샌드박스 한도에서 잘렸어요."),
    "output": ("Output", "출력"),
    "sandbox.allowed": ("allowed", "허용"),
    "sandbox.forced": ("capped", "상한 적용"),
    "sandbox.refused": ("refused", "거부"),
    "no_output": ("(no output)", "(출력 없음)"),
    "published": ("Published ports", "공개된 포트"),
    # terminal
    "term.title": ("Interactive terminal", "대화형 터미널"),
    "term.connecting": ("Connecting…", "연결하는 중…"),
    "term.exited": ("The session ended (exit code {code}).", "세션이 끝났어요(종료 코드 {code})."),
    "term.unavailable": ("Interactive terminals are not available here yet. Try the command "
                         "without -it.", "아직 대화형 터미널을 쓸 수 없어요. -it 없이 실행해 보세요."),
    # learn
    "learn.title": ("Learn Docker", "도커 배우기"),
    "learn.intro": ("Short pages on Docker's ideas and commands, with examples you can run.",
                    "도커의 개념과 명령을 짧게 정리했어요. 예제는 바로 실행해 볼 수 있어요."),
    "learn.section.concepts": ("Concepts", "개념"),
    "learn.section.commands": ("Commands", "명령"),
    "learn.search": ("Search the pages", "페이지 검색"),
    "learn.search_button": ("Search", "검색"),
    "learn.results": ("Results for “{q}”", "“{q}” 검색 결과"),
    "learn.no_results": ("No page matches. Try another word.",
                         "맞는 페이지가 없어요. 다른 단어로 찾아보세요."),
    "learn.related": ("Related pages", "관련 페이지"),
    "learn.markdown": ("Markdown source", "마크다운 원문"),
    "learn.all": ("All pages", "모든 페이지"),
    "learn.demo": ("Try it as a one-click demo", "한 번에 해 보는 데모"),
    # embedding
    "embed.copy": ("Copy embed code", "삽입 코드 복사"),
    "embed.code": ("Embed code for your wiki", "위키에 넣을 삽입 코드"),
    "embed.powered": ("Gorae · Docker practice", "고래 · 도커 연습"),
    "embed.open": ("Open in Gorae", "고래에서 열기"),
    # demos
    "demos.title": ("One-click demos", "원클릭 데모"),
    "demos.intro": ("Each demo runs a few real commands in your sandbox and checks what came "
                    "back. Clean up afterwards with one click.",
                    "데모마다 실제 명령 몇 개를 내 샌드박스에서 실행하고 결과를 확인해요. 끝나면 "
                    "한 번에 정리할 수 있어요."),
    "demos.run_all": ("Run the demo", "데모 실행"),
    "demos.cleanup": ("Clean up", "정리하기"),
    "demos.cleaned": ("Cleaned up.", "정리했어요."),
    "demos.cleanup_commands": ("What the clean-up runs", "정리할 때 실행하는 명령"),
    "demos.step": ("Step {n}", "{n}단계"),
    "demos.pass": ("as expected", "예상대로"),
    "demos.fail": ("not what was expected", "예상과 달라요"),
    "demos.done": ("Demo finished: every step worked.", "데모 완료: 모든 단계가 잘 됐어요."),
    "demos.stopped": ("The demo stopped at a step that did not work.",
                      "잘 안 된 단계에서 데모를 멈췄어요."),
    "demos.expect": ("Expect", "기대 결과"),
    "demos.open_page": ("Open the demo page", "데모 페이지 열기"),
    # history
    "history.title": ("Your history", "내 기록"),
    "history.empty": ("Nothing here yet. Run a command on the practice page.",
                      "아직 기록이 없어요. 연습 페이지에서 명령을 실행해 보세요."),
    "history.search": ("Search your history", "기록 검색"),
    "history.filter": ("Filter", "거르기"),
    "history.any_status": ("any status", "모든 상태"),
    "history.any_verb": ("any command", "모든 명령"),
    "history.input": ("You typed", "입력"),
    "history.when": ("When", "언제"),
    "history.rerun": ("Run again", "다시 실행"),
    "history.to_chat": ("Edit in chat", "대화창에서 고치기"),
    "history.delete": ("Delete", "지우기"),
    "history.delete_all": ("Delete all history", "기록 모두 지우기"),
    "history.confirm_all": ("Delete your whole history? This cannot be undone.",
                            "기록을 모두 지울까요? 되돌릴 수 없어요."),
    "history.deleted": ("Deleted.", "지웠어요."),
    "history.deleted_all": ("Your history is empty now.", "기록을 모두 지웠어요."),
    "history.export": ("Export", "내보내기"),
    "history.older": ("Older", "이전 기록"),
    "history.newest": ("Newest", "최신 기록"),
    "history.count": ("{n} entries in all", "전체 {n}개"),
    # errors
    "error.back": ("Back to Gorae", "고래로 돌아가기"),
    "error.csrf": ("This form has expired. Reload the page and try again.",
                   "양식이 만료됐어요. 페이지를 새로 고친 뒤 다시 시도해 주세요."),
}

# The strings the scripts need (everything the chat, run blocks, demos and terminal show).
CLIENT_PREFIXES = ("chat.", "status.", "term.", "demos.", "sandbox.", "history.rerun")
CLIENT_KEYS = ("run", "running", "copy", "copied", "edit", "explain", "open", "stop", "close",
               "exit_code", "truncated", "output", "no_output", "published", "status")

bp = Blueprint("ui", __name__)


def lang() -> str:
    if "lang" not in g:
        g.lang = _chosen_lang()
    return g.lang


def _chosen_lang() -> str:
    for value in (request.args.get("lang"), request.cookies.get(COOKIE)):
        if value in LANGS:
            return value
    return request.accept_languages.best_match(LANGS) or "en"


def t(key: str, lang_: str | None = None, **params) -> str:
    en, ko = STRINGS.get(key, (key, key))
    text = ko if (lang_ or lang()) == "ko" else en
    return text.format(**params) if params else text


def client_strings() -> dict:
    return {key: t(key) for key in STRINGS
            if key.startswith(CLIENT_PREFIXES) or key in CLIENT_KEYS}


def csrf_token() -> str:
    """This session's form token (made on first use; the session cookie carries it)."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf():
    """Refuse a form POST whose token is missing or is not this session's."""
    sent = request.form.get("csrf_token", "")
    expected = session.get("csrf", "")
    if not (sent and expected and hmac.compare_digest(sent, expected)):
        raise GoraeError(400, "csrf-failed", t("error.csrf"))


def lang_url(code: str) -> str:
    """The current page in another language."""
    args = request.args.to_dict()
    args["lang"] = code
    return request.path + "?" + urlencode(args)


@bp.app_context_processor
def _template_globals():
    return {"t": t, "lang": lang(), "csrf_token": csrf_token, "lang_url": lang_url,
            "client_strings": client_strings}


@bp.after_app_request
def _remember_lang(response):
    """``?lang=`` is remembered in a cookie, except on embeds (their GETs leave no trace)."""
    chosen = request.args.get("lang")
    if chosen in LANGS and not request.path.startswith("/embed/") \
            and request.cookies.get(COOKIE) != chosen:
        response.set_cookie(COOKIE, chosen, max_age=365 * 24 * 3600, samesite="Lax",
                            httponly=True)
    if request.path.startswith(("/api/", "/static/")):
        return response
    response.vary.add("Cookie")
    response.vary.add("Accept-Language")
    return response
