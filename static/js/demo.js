// One-click demo cards: run the steps in order, check each output against the step's expected
// pattern, stop at the first that does not match; a cleanup button removes what the demo made.
import { run } from "./api.js";
import { lang, t } from "./i18n.js";
import { runInto } from "./runner.js";

const sleep = (seconds) => new Promise((done) => setTimeout(done, seconds * 1000));

// Python-style leading inline flags, e.g. "(?m)^etc$", become JavaScript flags.
export function pattern(source) {
  const inline = /^\(\?([ims]+)\)/.exec(source);
  return inline ? new RegExp(source.slice(inline[0].length), inline[1]) : new RegExp(source);
}

async function runStep(step) {
  const box = step.querySelector(".run-result");
  const mark = step.querySelector(".step-check");
  mark.textContent = "";
  mark.className = "step-check";
  if (Number(step.dataset.pause) > 0) await sleep(Number(step.dataset.pause));
  const body = await runInto(box, step.dataset.command);
  const ok = body.status === "ok" && pattern(step.dataset.expect).test(body.shown || "");
  mark.textContent = ok ? `✓ ${t("demos.pass")}` : `✗ ${t("demos.fail")}`;
  mark.classList.add(ok ? "pass" : "fail");
  return ok;
}

async function runDemo(card) {
  const status = card.querySelector(".demo-status");
  const start = card.querySelector(".btn-demo-run");
  start.disabled = true;
  status.textContent = t("running");
  let ok = true;
  for (const step of card.querySelectorAll(".demo-step")) {
    ok = await runStep(step);
    if (!ok) break;
  }
  status.textContent = ok ? t("demos.done") : t("demos.stopped");
  status.dataset.result = ok ? "pass" : "fail";
  start.disabled = false;
}

async function cleanUp(card) {
  const status = card.querySelector(".demo-status");
  for (const item of card.querySelectorAll(".demo-cleanup [data-command]")) {
    await run(item.dataset.command, lang);
  }
  status.textContent = t("demos.cleaned");
  status.dataset.result = "";
}

export function wireDemos(root = document) {
  root.querySelectorAll(".demo-card").forEach((card) => {
    card.querySelector(".btn-demo-run").addEventListener("click", () => runDemo(card));
    card.querySelector(".btn-demo-cleanup").addEventListener("click", () => cleanUp(card));
  });
}
