// The explainer's Run buttons: each ```docker line runs on its own, its output shown under it.
import { runInto } from "./runner.js";

export function wireRunButtons(root = document) {
  root.addEventListener("click", async (event) => {
    const button = event.target.closest(".btn-run[data-run]");
    if (!button || !root.contains(button)) return;
    const box = button.closest(".run-line").querySelector(".run-result");
    button.disabled = true;
    try {
      await runInto(box, button.dataset.run);
    } finally {
      button.disabled = false;
    }
  });
}
