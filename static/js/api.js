// Every call Gorae's pages make to the JSON API: headers, errors, the widget identity and the
// streaming run endpoint all live here, and nowhere else.

const WIDGET_KEY = "gorae-widget";
let widgetId = null;
let streamMissing = false;

// Embedded widgets cannot count on cookies (third-party cookies are often blocked), so each
// widget identifies itself with a random id kept for the tab's life, sent as X-Gorae-Widget.
export function useWidgetIdentity() {
  widgetId = storedWidgetId();
  return widgetId;
}

function storedWidgetId() {
  try {
    let id = sessionStorage.getItem(WIDGET_KEY);
    if (!/^[0-9a-f]{32}$/.test(id || "")) {
      id = randomHex(16);
      sessionStorage.setItem(WIDGET_KEY, id);
    }
    return id;
  } catch (err) {
    return randomHex(16);     // storage blocked too: one id for this page load
  }
}

function randomHex(bytes) {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
}

function headers(accept) {
  const h = { "Content-Type": "application/json", Accept: accept };
  if (widgetId) h["X-Gorae-Widget"] = widgetId;
  return h;
}

function post(path, body, accept = "application/json", signal = undefined) {
  return fetch(path, {
    method: "POST", headers: headers(accept), body: JSON.stringify(body),
    credentials: "same-origin", signal,
  });
}

// The JSON body of any answer, errors included; a network failure becomes {status: "offline"}.
async function jsonOf(response) {
  try {
    return await response.json();
  } catch (err) {
    return { status: "error", message: `${response.status} ${response.statusText}` };
  }
}

export async function postJSON(path, body) {
  try {
    return await jsonOf(await post(path, body));
  } catch (err) {
    return { status: "offline", message: String(err) };
  }
}

export const translate = (text, lang) => postJSON("/api/v1/translate", { text, lang });
export const validate = (command, lang) => postJSON("/api/v1/validate", { command, lang });
export const run = (command, lang) => postJSON("/api/v1/run", { command, lang });

// POST /api/v1/run/stream: output chunks go to onOutput as they come; resolves to the final
// result (the same JSON as /api/v1/run). Falls back to /api/v1/run where the server has no
// streaming endpoint.
export async function runStream(command, lang, onOutput, signal) {
  if (streamMissing) return run(command, lang);
  let response;
  try {
    response = await post("/api/v1/run/stream", { command, lang }, "text/event-stream", signal);
  } catch (err) {
    return { status: signal && signal.aborted ? "stopped" : "offline", message: String(err) };
  }
  if (response.status === 404 || response.status === 405) {
    streamMissing = true;
    return run(command, lang);
  }
  if (!(response.headers.get("Content-Type") || "").startsWith("text/event-stream")) {
    return jsonOf(response);
  }
  let result = null;
  try {
    await readEvents(response, (event, data) => {
      if (event === "output") onOutput(data.data || "");
      else if (event === "result") result = data;
    });
  } catch (err) {
    return { status: signal && signal.aborted ? "stopped" : "offline", message: String(err) };
  }
  return result || { status: "error", message: "The stream ended without a result." };
}

async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const blocks = buffer.split(/\r?\n\r?\n/);
    buffer = blocks.pop();
    blocks.forEach((block) => dispatch(block, onEvent));
  }
  if (buffer.trim()) dispatch(buffer, onEvent);
}

function dispatch(block, onEvent) {
  let event = "message";
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    if (!line || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  if (!data.length) return;
  try {
    onEvent(event, JSON.parse(data.join("\n")));
  } catch (err) {
    // a malformed event is skipped, not fatal
  }
}

// The WebSocket terminal's address on this server.
export function terminalUrl() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = `${scheme}//${location.host}/ws/terminal`;
  return widgetId ? `${url}?widget=${widgetId}` : url;
}
