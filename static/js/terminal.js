// Interactive commands (docker run -it, docker exec -it) in an xterm.js terminal over the
// WebSocket at /ws/terminal. Protocol: first frame {command, lang, cols, rows}; then
// {type: "stdin", data} and {type: "resize", cols, rows}; the server sends
// {type: "stdout", data}, {type: "exit", code} and {type: "error", message}.
import { Terminal } from "../vendor/xterm/xterm.mjs";
import { FitAddon } from "../vendor/xterm-addon-fit/addon-fit.mjs";
import { terminalUrl } from "./api.js";
import { lang, t } from "./i18n.js";
import { el } from "./output.js";

// The page's CSP allows no inline <style>, and xterm.js writes its sizes and theme into <style>
// elements. While a terminal is created, it is handed inert <template> elements instead, whose
// text and CSSOM go to a constructed stylesheet (adoptedStyleSheets are not inline styles).
function withConstructedStyles(create) {
  const original = document.createElement;
  document.createElement = function createElement(tag, ...rest) {
    if (String(tag).toLowerCase() !== "style") return original.call(document, tag, ...rest);
    return styleStandIn(original.call(document, "template"));
  };
  try {
    return create();
  } finally {
    document.createElement = original;
  }
}

function styleStandIn(node) {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let text = "";
  Object.defineProperty(node, "sheet", { get: () => sheet });
  Object.defineProperty(node, "textContent", {
    get: () => text,
    set: (value) => { text = String(value); sheet.replaceSync(text); },
  });
  const remove = node.remove.bind(node);
  node.remove = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    remove();
  };
  return node;
}

export function openTerminal(box, command) {
  const frame = el("div", "terminal-frame");
  const title = el("p", "terminal-title", t("term.title"));
  const screen = el("div", "terminal-screen");
  const state = el("p", "terminal-state", t("term.connecting"));
  state.setAttribute("role", "status");
  const close = el("button", "btn btn-small", t("close"));
  close.type = "button";
  frame.append(title, screen, state, close);
  box.appendChild(frame);
  const fit = new FitAddon();
  const term = withConstructedStyles(() => {
    const created = new Terminal({ cursorBlink: true, convertEol: false, fontSize: 14,
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', 'NanumGothicCoding', monospace" });
    created.loadAddon(fit);
    created.open(screen);
    return created;
  });
  fit.fit();
  return new Promise((resolve) => connect(term, fit, { command, state, close, screen, resolve }));
}

function connect(term, fit, ui) {
  let socket;
  try {
    socket = new WebSocket(terminalUrl());
  } catch (err) {
    ui.state.textContent = t("term.unavailable");
    ui.resolve({ status: "error", exit_code: null });
    return;
  }
  let result = { status: "error", exit_code: null };
  let opened = false;
  const send = (message) => socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message));
  const input = term.onData((data) => send({ type: "stdin", data }));
  const resize = () => { fit.fit(); send({ type: "resize", cols: term.cols, rows: term.rows }); };
  window.addEventListener("resize", resize);
  socket.addEventListener("open", () => {
    opened = true;
    ui.state.textContent = "";
    send({ command: ui.command, lang, cols: term.cols, rows: term.rows });
    term.focus();
  });
  socket.addEventListener("message", (event) => {
    const msg = parse(event.data);
    if (msg.type === "stdout") term.write(String(msg.data || ""));
    else if (msg.type === "exit") {
      result = { status: msg.code === 0 ? "ok" : "failed", exit_code: msg.code };
      ui.state.textContent = t("term.exited", { code: msg.code });
    } else if (msg.type === "error") ui.state.textContent = String(msg.message || "");
  });
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    input.dispose();
    window.removeEventListener("resize", resize);
    ui.resolve(result);
  };
  socket.addEventListener("close", () => {
    if (!opened) ui.state.textContent = t("term.unavailable");
    finish();
  });
  ui.close.addEventListener("click", () => {
    socket.close();
    finish();
    ui.screen.parentNode.remove();
    term.dispose();
  });
}

function parse(text) {
  try {
    return JSON.parse(text) || {};
  } catch (err) {
    return {};
  }
}
