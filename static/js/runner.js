// Running one command and showing its outcome in a given element: an interactive terminal for
// -it, a live stream for logs -f and foreground runs, a plain run otherwise. Used by the chat,
// the explainer's Run buttons, the demos and the history page.
import { run, runStream, validate } from "./api.js";
import { lang, t } from "./i18n.js";
import { AnsiOutput, el, renderText, resultView } from "./output.js";

// What kind of run a command is, from its parsed tokens (the API's explanation).
export function modeOf(tokens) {
  const list = Array.isArray(tokens) ? tokens : [];
  const sub = list.find((tok) => tok.kind === "subcommand");
  const verb = sub ? sub.text.split(/\s+/).pop() : "";
  const flags = new Set(list.filter((tok) => tok.kind === "flag").map((tok) => tok.flag));
  if ((verb === "run" || verb === "exec") && flags.has("interactive") && flags.has("tty")) return "terminal";
  if (verb === "start" && flags.has("interactive") && flags.has("attach")) return "terminal";
  if (verb === "logs" && flags.has("follow")) return "stream";
  if (verb === "run" && !flags.has("detach")) return "stream";
  return "plain";
}

// Runs `command` and shows it in `box`; resolves to the run's JSON result.
export async function runInto(box, command, options = {}) {
  const tokens = options.tokens || (await validate(command, lang)).tokens;
  const mode = modeOf(tokens);
  box.hidden = false;
  box.textContent = "";
  if (mode === "terminal") {
    const { openTerminal } = await import("./terminal.js");
    return openTerminal(box, command);
  }
  box.setAttribute("aria-busy", "true");
  const pre = el("pre", "output");
  const waiting = el("p", "run-status running", t("running"));
  box.append(waiting, pre);
  const body = mode === "stream" ? await streamed(box, command, pre) : await run(command, lang);
  if (!pre.textContent) renderText(pre, body.output || "");
  body.shown = pre.textContent;       // the output as the reader sees it (escapes removed)
  box.textContent = "";
  box.appendChild(resultView(body, pre));
  box.setAttribute("aria-busy", "false");
  return body;
}

async function streamed(box, command, pre) {
  const out = new AnsiOutput(pre);
  const controller = new AbortController();
  const stop = el("button", "btn btn-small btn-stop", t("stop"));
  stop.type = "button";
  stop.addEventListener("click", () => controller.abort());
  box.insertBefore(stop, pre);
  const body = await runStream(command, lang, (chunk) => out.write(chunk), controller.signal);
  out.finish();
  stop.remove();
  return body;
}
