// Copy buttons: copyText() for scripts; any button with data-copy-from="ID" copies the value or
// text of that element (the embed codes on learn and demo pages).
import { t } from "./i18n.js";

export async function copyText(text, button) {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch (err) {
    ok = fallbackCopy(text);
  }
  if (button && ok) flash(button);
  return ok;
}

function fallbackCopy(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "visually-hidden";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
  area.remove();
  return ok;
}

function flash(button) {
  const label = button.dataset.label || button.textContent;
  button.dataset.label = label;
  button.textContent = t("copied");
  setTimeout(() => { button.textContent = label; }, 1500);
}

export function wireCopyButtons(root = document) {
  root.querySelectorAll("[data-copy-from]").forEach((button) => {
    button.addEventListener("click", () => {
      const source = document.getElementById(button.dataset.copyFrom);
      if (source) copyText("value" in source ? source.value : source.textContent, button);
    });
  });
}
