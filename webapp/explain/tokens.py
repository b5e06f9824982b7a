"""Token-by-token explanations of a parsed command, in Korean or English (explainshell-style).

Each span of the parse gets a help text: the subcommand's and flags' descriptions come from the
grammar's tables, the sandbox status of each flag from the runtime's policy.
"""
from __future__ import annotations

from runtime import policy, values

from ..commands.parser import Parsed, Span

TEXT = {
    "program": ("The Docker client. It sends the command to the Docker daemon over its REST API.",
                "도커 클라이언트예요. 명령을 REST API로 도커 데몬(dockerd)에 보내요."),
    "terminator": ("End of options: every word after this is an argument.",
                   "옵션의 끝이에요. 이 뒤의 단어는 모두 인자로 읽어요."),
    "IMAGE": ("The image to start from: {text}{tag}.", "컨테이너를 만들 이미지: {text}{tag}."),
    "CONTAINER": ("The container to act on: {text} (a name or an ID prefix).",
                  "대상 컨테이너: {text} (이름 또는 ID 앞부분)."),
    "COMMAND": ("Runs inside the container instead of the image's default command.",
                "이미지의 기본 명령 대신 컨테이너 안에서 실행할 명령이에요."),
    "argument": ("{arg}: {text}", "{arg}: {text}"),
    "value": ("Value of {flag}: {text}", "{flag}의 값: {text}"),
    "port": ("Host port {host} → container port {container} ({proto}).",
             "호스트 {host}번 포트 → 컨테이너 {container}번 포트({proto})."),
    "port-any": ("Container port {container} ({proto}) on a host port docker picks.",
                 "컨테이너 {container}번 포트({proto})를 docker가 고른 호스트 포트에 연결해요."),
    "env": ("Sets the variable {key} to \"{value}\" inside the container.",
            "컨테이너 안에서 환경 변수 {key}를 \"{value}\"로 설정해요."),
    "bytes": ("{text} = {mib:g} MiB.", "{text} = {mib:g} MiB."),
    "latest": (" (no tag given, so :latest)", " (태그가 없어서 :latest)"),
    "status": ("Sandbox: {status}.", "샌드박스: {status}."),
}
STATUS = {"allowed": ("allowed", "허용"), "forced": ("capped by the sandbox", "샌드박스가 상한을 정함"),
          "refused": ("refused", "거부")}


def _t(name: str, lang: str, **params) -> str:
    en, ko = TEXT[name]
    return (ko if lang == "ko" else en).format(**params)


def explain(parsed: Parsed, lang: str = "en") -> list[dict]:
    return [dict(span.as_dict(), help=_help(parsed, span, lang), **_status(parsed, span, lang))
            for span in parsed.spans]


def _help(parsed: Parsed, span: Span, lang: str) -> str:
    command = parsed.command
    if span.kind in ("program", "terminator"):
        return _t(span.kind, lang)
    if span.kind == "subcommand":
        return command.ko if lang == "ko" else command.en
    if span.kind == "flag":
        flag = command.flag(span.flag)
        if flag is None:
            return "--help"
        return flag.ko if lang == "ko" else flag.en
    if span.kind == "value":
        return _value_help(command.flag(span.flag), span.text, lang)
    if span.kind == "command":
        return _t("COMMAND", lang)
    return _argument_help(span, lang)


def _argument_help(span: Span, lang: str) -> str:
    name = span.arg or "argument"
    if name == "IMAGE" or name.startswith("IMAGE"):
        tag = "" if ":" in span.text.rsplit("/", 1)[-1] or "@" in span.text else _t("latest", lang)
        return _t("IMAGE", lang, text=span.text, tag=tag)
    if name.startswith("CONTAINER"):
        return _t("CONTAINER", lang, text=span.text)
    return _t("argument", lang, arg=name, text=span.text)


def _value_help(flag, text: str, lang: str) -> str:
    try:
        if flag.kind == "port":
            port = values.port_spec(text)
            parts = {"container": _range(port["container"]), "proto": port["proto"]}
            if port["host"]:
                return _t("port", lang, host=_range(port["host"]), **parts)
            return _t("port-any", lang, **parts)
        if flag.kind == "env":
            key, value = values.env_pair(text)
            return _t("env", lang, key=key, value=value or "")
        if flag.kind == "bytes":
            return _t("bytes", lang, text=text, mib=round(values.bytes_value(text) / 2**20, 2))
    except ValueError:
        pass
    return _t("value", lang, flag="--" + flag.long, text=text)


def _range(pair: tuple[int, int]) -> str:
    low, high = pair
    return str(low) if low == high else f"{low}-{high}"


def _status(parsed: Parsed, span: Span, lang: str) -> dict:
    if span.kind != "flag" or not span.flag or span.flag == "help":
        return {}
    found = policy.flag_status(parsed.command.name, span.flag)
    reason = found["reason"]
    return {"sandbox": found["status"],
            "sandbox_reason": reason.get(lang, reason["en"]) if reason else None}
