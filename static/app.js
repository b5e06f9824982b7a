// The command box on "/": send the command to the run API and show what came back.
"use strict";
(function () {
  const form = document.getElementById("run-form");
  if (!form) return;
  const input = document.getElementById("command");
  const result = document.getElementById("result");
  const status = document.getElementById("status");
  const output = document.getElementById("output");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    result.hidden = false;
    result.setAttribute("aria-busy", "true");
    status.textContent = "Running…";
    output.textContent = "";
    try {
      const response = await fetch("/api/v1/run", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ command: input.value }),
      });
      const body = await response.json();
      status.textContent = `${body.status}` + (body.exit_code != null ? ` (exit ${body.exit_code})` : "");
      status.dataset.status = body.status;
      output.textContent = body.output || body.message || "";
    } catch (err) {
      status.textContent = "Gorae could not be reached.";
    } finally {
      result.setAttribute("aria-busy", "false");
    }
  });
})();
