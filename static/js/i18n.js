// The page's language and UI strings, handed over by the server in a JSON data block
// (<script type="application/json" id="gorae-data">: data, not code, so the CSP stays strict).
const node = document.getElementById("gorae-data");
const data = node ? JSON.parse(node.textContent) : {};

export const lang = data.lang || document.documentElement.lang || "en";
export const pageData = data;

export function t(key, params = {}) {
  const text = (data.strings || {})[key] || key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
