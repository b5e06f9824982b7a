// The history page: stored outputs shown with their colours, "Run again", confirmations.
import { renderText } from "./output.js";
import { runInto } from "./runner.js";

// The server writes colour codes as a visible "␛[…m" (webapp/textsafe.py): colours again here.
document.querySelectorAll("pre[data-ansi]").forEach((pre) =>
  renderText(pre, pre.textContent.replaceAll("\u241b[", "\x1b[")));

document.querySelectorAll("[data-rerun]").forEach((button) => {
  button.addEventListener("click", async () => {
    const box = button.closest(".history-entry").querySelector(".run-result");
    button.disabled = true;
    await runInto(box, button.dataset.rerun);
    button.disabled = false;
  });
});

document.querySelectorAll("form[data-confirm]").forEach((form) => {
  form.addEventListener("submit", (event) => {
    if (!window.confirm(form.dataset.confirm)) event.preventDefault();
  });
});
