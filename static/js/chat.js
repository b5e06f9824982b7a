// The chat on "/": a request in words or a command goes to the translate API; the answer shows
// the exact command (copy, edit, run), what each token means, corrections, questions back,
// concept pages and refusals. Enter sends, ↑/↓ recall earlier inputs, Escape returns here.
import { translate } from "./api.js";
import { lang, pageData, t } from "./i18n.js";
import { el } from "./output.js";
import { runInto } from "./runner.js";
import { copyText } from "./copy.js";

const form = document.getElementById("chat-form");
const input = document.getElementById("chat-input");
const log = document.getElementById("chat-log");
const RECALL_KEY = "gorae-inputs";
const RECALL_MAX = 50;
let recall = loadRecall();
let recallAt = recall.length;
let draft = "";

function loadRecall() {
  try {
    const saved = JSON.parse(localStorage.getItem(RECALL_KEY) || "[]");
    return Array.isArray(saved) ? saved.filter((x) => typeof x === "string") : [];
  } catch (err) {
    return [];
  }
}

function remember(text) {
  if (recall[recall.length - 1] !== text) recall.push(text);
  recall = recall.slice(-RECALL_MAX);
  recallAt = recall.length;
  try { localStorage.setItem(RECALL_KEY, JSON.stringify(recall)); } catch (err) { /* private mode */ }
}

function onKey(event) {
  if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
  if (!recall.length) return;
  event.preventDefault();
  if (recallAt === recall.length) draft = input.value;
  recallAt = Math.max(0, Math.min(recall.length, recallAt + (event.key === "ArrowUp" ? -1 : 1)));
  input.value = recallAt === recall.length ? draft : recall[recallAt];
  input.setSelectionRange(input.value.length, input.value.length);
}

async function send(text) {
  if (!text.trim()) return;
  remember(text);
  input.value = "";
  log.appendChild(message("user", [el("p", "msg-text", text)]));
  const pending = message("gorae", [el("p", "thinking", t("chat.thinking"))]);
  pending.setAttribute("aria-busy", "true");
  log.appendChild(pending);
  pending.scrollIntoView({ block: "nearest" });
  const answer = await translate(text, lang);
  const view = answerView(answer);
  pending.replaceWith(view);
  view.scrollIntoView({ block: "nearest" });
  const run = view.querySelector(".btn-run:not([disabled])");
  (run || input).focus();
}

function message(who, children) {
  const item = el("li", `msg msg-${who}`);
  item.appendChild(el("span", "msg-who", t(who === "user" ? "chat.you" : "chat.gorae")));
  children.forEach((child) => child && item.appendChild(child));
  return item;
}

function answerView(answer) {
  if (answer.status === "offline" || answer.error) {
    return message("gorae", [el("p", "error", answer.status === "offline" ? t("chat.unreachable") : answer.message)]);
  }
  if (answer.concept) return message("gorae", [conceptView(answer.concept)]);
  if (answer.command) return message("gorae", commandView(answer));
  if (answer.clarify) return message("gorae", [el("p", "clarify", answer.clarify), alternativesView(answer.alternatives)]);
  return message("gorae", [el("p", "msg-text", t("chat.not_understood"))]);
}

function conceptView(concept) {
  const info = (pageData.summaries || {})[concept.slug] || {};
  const box = el("div", "concept");
  const link = el("a", "concept-link", info.title || concept.title || concept.slug);
  link.href = `/learn/${encodeURIComponent(concept.slug)}`;
  box.appendChild(el("h3", "concept-title")).appendChild(link);
  if (info.summary) box.appendChild(el("p", "concept-summary", info.summary));
  const more = el("a", "btn btn-small", t("chat.concept"));
  more.href = link.href;
  box.appendChild(more);
  return box;
}

function alternativesView(alternatives) {
  if (!Array.isArray(alternatives) || !alternatives.length) return null;
  const box = el("p", "alternatives");
  box.appendChild(el("span", "alternatives-label", t("chat.alternatives") + ": "));
  for (const alt of alternatives) {
    const text = typeof alt === "string" ? alt : alt && alt.command;
    if (!text) continue;
    const chip = el("button", "chip", text);
    chip.type = "button";
    chip.addEventListener("click", () => send(text));
    box.appendChild(chip);
  }
  return box;
}

function commandView(answer) {
  const refused = (answer.violations || []).length > 0;
  const blocked = refused || answer.template || (answer.errors || []).length > 0;
  const result = el("div", "run-result");
  result.setAttribute("aria-live", "polite");
  result.hidden = true;
  return [
    correctionsView(answer.corrections),
    commandLine(answer, blocked, result),
    answer.template ? el("p", "note", t("chat.template")) : null,
    refused ? refusalView(answer.violations) : null,
    problemsView(answer.errors),
    explanationView(answer.explanation),
    alternativesView(answer.alternatives),
    result,
  ];
}

function correctionsView(corrections) {
  if (!Array.isArray(corrections) || !corrections.length) return null;
  const box = el("p", "corrections");
  box.appendChild(el("span", "corrections-label", t("chat.corrections") + ": "));
  corrections.forEach((c, i) => {
    if (i) box.appendChild(document.createTextNode(", "));
    if (c.from) box.appendChild(el("del", null, c.from));
    if (c.from) box.appendChild(document.createTextNode(" → "));
    box.appendChild(el("ins", null, c.to));
  });
  return box;
}

function commandLine(answer, blocked, result) {
  const line = el("div", "command-line");
  line.appendChild(el("span", "visually-hidden", t("chat.command") + ": "));
  line.appendChild(el("code", "cmd", answer.command));
  const copy = button("btn-copy", t("copy"), () => copyText(answer.command, copy));
  const edit = button("btn-edit", t("edit"), () => { input.value = answer.command; input.focus(); });
  const run = button("btn-run", t("run"), async () => {
    run.disabled = true;
    await runInto(result, answer.command, { tokens: answer.explanation });
    run.disabled = false;
    input.focus();
  });
  run.disabled = blocked;
  line.append(copy, edit, run);
  return line;
}

function button(className, label, onClick) {
  const b = el("button", `btn btn-small ${className}`, label);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

function refusalView(violations) {
  const box = el("div", "refusal");
  box.setAttribute("role", "alert");
  box.appendChild(el("p", "refusal-title", t("chat.refused")));
  const list = el("ul", "refusal-list");
  for (const v of violations) {
    const item = el("li", null);
    item.appendChild(el("p", "refusal-message", v.message));
    if (v.alternative) item.appendChild(el("p", "refusal-alternative", `${t("chat.alternative")}: ${v.alternative}`));
    list.appendChild(item);
  }
  box.appendChild(list);
  return box;
}

function problemsView(errors) {
  if (!Array.isArray(errors) || !errors.length) return null;
  const list = el("ul", "problems");
  list.setAttribute("aria-label", t("chat.errors"));
  errors.forEach((e) => list.appendChild(el("li", "error", e.message)));
  return list;
}

function explanationView(tokens) {
  if (!Array.isArray(tokens) || !tokens.length) return null;
  const details = el("details", "explanation");
  details.open = true;
  details.appendChild(el("summary", null, t("chat.explanation")));
  const list = el("dl", "tokens");
  for (const token of tokens) {
    const term = el("dt", null);
    term.appendChild(el("code", `tok tok-${token.kind}`, token.text));
    if (token.sandbox) term.appendChild(el("span", `badge badge-${token.sandbox}`, t(`sandbox.${token.sandbox}`)));
    const desc = el("dd", null, token.help || "");
    if (token.sandbox_reason) desc.appendChild(el("span", "sandbox-reason", " " + token.sandbox_reason));
    list.append(term, desc);
  }
  details.appendChild(list);
  return details;
}

if (form) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(input.value);
  });
  input.addEventListener("keydown", onKey);
  log.addEventListener("keydown", (event) => { if (event.key === "Escape") input.focus(); });
  document.querySelectorAll("[data-sample]").forEach((b) => b.addEventListener("click", () => send(b.dataset.sample)));
  const preset = new URLSearchParams(location.search).get("cmd");
  if (preset) input.value = preset;
  input.focus();
}
