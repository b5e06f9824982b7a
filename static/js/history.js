// The history page: stored outputs shown with their colours, "Run again", confirmations.
import { renderText } from "./output.js";
import { runInto } from "./runner.js";

document.querySelectorAll("pre[data-ansi]").forEach((pre) => renderText(pre, pre.textContent));

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
