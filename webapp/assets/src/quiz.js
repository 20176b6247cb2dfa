// A quiz card: answer, see it submitted, then the feedback and the explanation once graded.

import { send, clientToken } from "./http.js";
import { follow } from "./poll.js";

const MARKS = { correct: "right", incorrect: "wrong" };

export function initQuiz(form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    const feedback = form.parentElement.querySelector("[data-feedback]");
    const data = new FormData(form);
    const multiple = form.dataset.multiple === "true";
    const answer = multiple ? data.getAll("answer") : data.get("answer");
    button.disabled = true;
    feedback.innerHTML = `<p class="muted" role="status">Submitted; checking your answer…</p>`;
    try {
      const created = await send(form.action, { json: { answer, client_token: clientToken() } });
      feedback.innerHTML = `<div><span data-status-line></span></div>`;
      const graded = await follow(created.status_url, feedback.firstElementChild);
      form.classList.add("answered");
      for (const input of form.querySelectorAll("input:checked")) {
        input.closest("label").classList.add("chosen", MARKS[graded.verdict] ?? "partly");
      }
      for (const input of form.querySelectorAll("input, textarea")) input.disabled = true;
      button.textContent = "Answered";
      if (feedback.querySelector(".math")) (await import("./math.js")).typeset(feedback);
    } catch (error) {
      feedback.innerHTML = "";
      const p = document.createElement("p");
      p.className = "flash error";
      p.textContent = error.message;
      feedback.append(p);
      button.disabled = false;
    }
  });
}
