// Showing what a command printed, safely: SGR colour codes become spans with classes, every other
// escape sequence (OSC 52 clipboard writes, title changes, cursor moves…) and every control
// character but newline and tab is dropped. Text only ever goes in as text nodes.
import { t } from "./i18n.js";

// CSI … final byte | OSC … BEL/ST | DCS/SOS/PM/APC … ST | two-byte escapes | 8-bit CSI and OSC.
const SEQUENCE = new RegExp([
  "\\x1b\\[[0-?]*[ -/]*[@-~]",
  "\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)",
  "\\x1b[PX^_][^\\x1b]*\\x1b\\\\",
  "\\x1b[ -/]*[0-~]",
  "\\x9b[0-?]*[ -/]*[@-~]",
  "\\x9d[^\\x07\\x9c]*(?:\\x07|\\x9c)",
].join("|"), "g");
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const PENDING_MAX = 8192;
const COLOURS = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

function freshState() {
  return { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false };
}

export class AnsiOutput {
  constructor(pre) {
    this.pre = pre;
    this.state = freshState();
    this.pending = "";
    this.length = 0;
  }

  write(chunk) {
    let text = this.pending + String(chunk);
    this.pending = "";
    const cut = unfinishedEscape(text);
    if (cut >= 0) {
      if (text.length - cut <= PENDING_MAX) this.pending = text.slice(cut);
      text = text.slice(0, cut);
    }
    const stick = nearBottom(this.pre);
    let at = 0;
    for (const match of text.matchAll(SEQUENCE)) {
      this.append(text.slice(at, match.index));
      if (/^(?:\x1b\[|\x9b)[0-9;:]*m$/.test(match[0])) this.sgr(match[0]);
      at = match.index + match[0].length;
    }
    this.append(text.slice(at));
    if (stick) this.pre.scrollTop = this.pre.scrollHeight;
  }

  // The end of the output: an escape sequence still open is dropped.
  finish() {
    this.pending = "";
  }

  append(raw) {
    const text = raw.replace(/\r+\n/g, "\n").replace(/\r/g, "\n").replace(CONTROLS, "");
    if (!text) return;
    this.length += text.length;
    const classes = this.classes();
    const last = this.pre.lastChild;
    if (!classes) {
      if (last && last.nodeType === Node.TEXT_NODE) last.appendData(text);
      else this.pre.appendChild(document.createTextNode(text));
      return;
    }
    if (last && last.nodeType === Node.ELEMENT_NODE && last.className === classes) {
      last.appendChild(document.createTextNode(text));
      return;
    }
    const span = document.createElement("span");
    span.className = classes;
    span.textContent = text;
    this.pre.appendChild(span);
  }

  sgr(sequence) {
    const body = sequence.replace(/^(?:\x1b\[|\x9b)/, "").slice(0, -1);
    const codes = body === "" ? [0] : body.split(/[;:]/).map((n) => parseInt(n || "0", 10));
    for (let i = 0; i < codes.length; i += 1) {
      i += this.apply(codes, i);
    }
  }

  // Applies codes[i]; returns how many extra parameters it consumed (38;5;n, 38;2;r;g;b).
  apply(codes, i) {
    const code = codes[i];
    const s = this.state;
    if (code === 0) this.state = freshState();
    else if (code === 1) s.bold = true;
    else if (code === 2) s.dim = true;
    else if (code === 3) s.italic = true;
    else if (code === 4) s.underline = true;
    else if (code === 7) s.inverse = true;
    else if (code === 22) { s.bold = false; s.dim = false; }
    else if (code === 23) s.italic = false;
    else if (code === 24) s.underline = false;
    else if (code === 27) s.inverse = false;
    else if (code >= 30 && code <= 37) s.fg = COLOURS[code - 30];
    else if (code >= 90 && code <= 97) s.fg = "bright-" + COLOURS[code - 90];
    else if (code === 39) s.fg = null;
    else if (code >= 40 && code <= 47) s.bg = COLOURS[code - 40];
    else if (code >= 100 && code <= 107) s.bg = "bright-" + COLOURS[code - 100];
    else if (code === 49) s.bg = null;
    else if (code === 38 || code === 48) return this.extended(codes, i, code === 38 ? "fg" : "bg");
    return 0;
  }

  extended(codes, i, which) {
    if (codes[i + 1] === 5) {
      const n = codes[i + 2];
      if (n >= 0 && n < 16) this.state[which] = (n >= 8 ? "bright-" : "") + COLOURS[n % 8];
      return 2;
    }
    return codes[i + 1] === 2 ? 4 : 0;     // true colour: not shown
  }

  classes() {
    const s = this.state;
    const fg = s.inverse ? s.bg || "inverse-fg" : s.fg;
    const bg = s.inverse ? s.fg || "inverse-bg" : s.bg;
    const names = [];
    if (fg) names.push("ansi-fg-" + fg);
    if (bg) names.push("ansi-bg-" + bg);
    for (const flag of ["bold", "dim", "italic", "underline"]) if (s[flag]) names.push("ansi-" + flag);
    return names.join(" ");
  }
}

// Where an escape sequence starts that the text ends in the middle of (a stream cut it), or -1.
const UNFINISHED = new RegExp("(?:" + [
  "\\x1b\\][^\\x07\\x1b]*\\x1b?",
  "\\x1b[PX^_][^\\x1b]*\\x1b?",
  "\\x1b\\[[0-?]*[ -/]*",
  "\\x1b[ -/]*",
  "\\x9b[0-?]*[ -/]*",
  "\\x9d[^\\x07\\x9c]*",
].join("|") + ")$");

function unfinishedEscape(text) {
  const match = UNFINISHED.exec(text);
  return match ? match.index : -1;
}

function nearBottom(el) {
  return el.scrollHeight - el.scrollTop - el.clientHeight < 40;
}

// Puts ANSI text into a <pre>, replacing what was there (history entries, finished runs).
export function renderText(pre, text) {
  pre.textContent = "";
  const out = new AnsiOutput(pre);
  out.write(text || "");
  out.finish();
  return out;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

export { el };

// Only http(s) links (relative ones resolve against this page) may become "open" links.
export function safeHref(url) {
  try {
    const parsed = new URL(String(url), location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (err) {
    return null;
  }
}

// The outcome of a run: a status line, the output, published-port links and any message.
export function resultView(body, pre) {
  const box = el("div", "run-outcome");
  box.appendChild(statusLine(body));
  const output = pre || el("pre", "output");
  if (!pre) renderText(output, body.output || "");
  if (!output.textContent) output.appendChild(document.createTextNode(body.message || t("no_output")));
  output.tabIndex = 0;
  box.appendChild(output);
  if (body.truncated) box.appendChild(el("p", "note", t("truncated")));
  const links = linksView(body.links);
  if (links) box.appendChild(links);
  return box;
}

export function statusLine(body) {
  const status = body.status || "error";
  const line = el("p", "run-status");
  line.dataset.status = status;
  const label = t("status." + status);
  line.appendChild(el("span", "badge badge-status-" + status, label.startsWith("status.") ? status : label));
  if (body.exit_code != null) line.appendChild(el("span", "exit-code", ` ${t("exit_code")} ${body.exit_code}`));
  return line;
}

function linksView(links) {
  if (!Array.isArray(links) || !links.length) return null;
  const list = el("p", "run-links");
  list.appendChild(el("span", "run-links-label", t("published") + ": "));
  for (const link of links) {
    const href = safeHref(link && link.url);
    if (!href) continue;
    const a = el("a", "btn btn-small btn-open", `${t("open")} :${Number(link.port) || ""}`);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener";
    list.appendChild(a);
  }
  return list.querySelector("a") ? list : null;
}
