"""Errors and warnings about a command: a code, a span, and a message in Korean and English.

Messages are templates keyed by code; ``problem()`` fills them once, so every channel (API,
page, translator) says the same thing in the same words.
"""
from __future__ import annotations

from dataclasses import dataclass

MESSAGES = {
    "empty-command": ("The command is empty. Try: docker run hello-world",
                      "명령이 비어 있어요. 예: docker run hello-world"),
    "unclosed-quote": ("Unclosed {quote} quote: add the closing {quote}.",
                       "{quote} 따옴표가 닫히지 않았어요. 끝에 {quote}를 붙여 주세요."),
    "shell-operator": ("'{word}' is shell syntax, not part of a docker command; Gorae runs one "
                       "docker command at a time.",
                       "'{word}'는 셸 문법이라 docker 명령에 쓸 수 없어요. 한 번에 docker 명령 하나만 실행해요."),
    "global-flag": ("The global option {flag} is not available in the sandbox; put options after "
                    "the subcommand.",
                    "전역 옵션 {flag}는 샌드박스에서 쓸 수 없어요. 옵션은 하위 명령 뒤에 써 주세요."),
    "missing-subcommand": ("A subcommand is missing, e.g. docker run, docker ps.",
                           "하위 명령이 빠졌어요. 예: docker run, docker ps"),
    "unknown-subcommand": ("docker: '{name}' is not a docker command.",
                           "'{name}'는 docker 명령이 아니에요."),
    "not-available": ("docker {name} is a real docker command, but it is not available in the "
                      "practice sandbox.",
                      "docker {name}는 실제 docker 명령이지만 연습용 샌드박스에서는 쓸 수 없어요."),
    "unknown-flag": ("unknown flag: {flag}", "알 수 없는 옵션이에요: {flag}"),
    "unknown-shorthand": ("unknown shorthand flag: '{letter}' in {word}",
                          "알 수 없는 짧은 옵션이에요: {word} 안의 '{letter}'"),
    "missing-value": ("flag needs an argument: {flag}", "{flag} 옵션에는 값이 필요해요."),
    "invalid-value": ("invalid value \"{value}\" for {flag}: {expected}",
                      "{flag}의 값 \"{value}\"가 올바르지 않아요: {expected}"),
    "missing-argument": ("\"docker {command}\" needs {name}. Usage: {usage}",
                         "\"docker {command}\"에는 {name} 인자가 필요해요. 사용법: {usage}"),
    "unexpected-argument": ("Unexpected argument '{word}'. Usage: {usage}",
                            "필요 없는 인자 '{word}'가 있어요. 사용법: {usage}"),
    "invalid-argument": ("invalid {name} \"{value}\": {expected}",
                         "{name} \"{value}\"가 올바르지 않아요: {expected}"),
    "unicode-dash": ("A look-alike dash was read as '-'.", "비슷하게 생긴 대시 문자를 '-'로 읽었어요."),
    "unknown-image": ("'{value}' is not an image Gorae knows.", "'{value}'는 Gorae가 아는 이미지가 아니에요."),
    "unknown-container": ("You have no container named '{value}'.",
                          "'{value}'라는 컨테이너가 없어요."),
}
SUGGEST = ("Did you mean '{suggestion}'?", "'{suggestion}'을(를) 말한 건가요?")


@dataclass(frozen=True)
class Problem:
    code: str
    start: int
    end: int
    message: dict          # {"en": ..., "ko": ...}
    suggestion: str | None = None

    def as_dict(self, lang: str = "en") -> dict:
        return {"code": self.code, "message": self.message.get(lang, self.message["en"]),
                "start": self.start, "end": self.end, "suggestion": self.suggestion}


def problem(code: str, start: int, end: int, suggestion: str | None = None, **params) -> Problem:
    en, ko = MESSAGES[code]
    message = {"en": en.format(**params), "ko": ko.format(**params)}
    if suggestion:
        message = {lang: _sentence(text) + " " + SUGGEST[i].format(suggestion=suggestion)
                   for i, (lang, text) in enumerate(message.items())}
    return Problem(code, start, end, message, suggestion)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!", "요")) else text + "."
