// Review pages: "Show diff" runs one test again and shows its output beside the expected one; J opens the
// next answer to grade.

import { send } from "./http.js";

export function initReview(root) {
  const output = document.querySelector("[data-diff-output]");
  for (const form of document.querySelectorAll("form[data-diff]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = form.querySelector("button");
      button.disabled = true;
      output.innerHTML = `<p class="muted" role="status">Running the test again…</p>`;
      try {
        const data = await send(form.action, { form: new FormData(form) });
        output.innerHTML = data.html;
      } catch (error) {
        output.textContent = error.message;
      } finally {
        button.disabled = false;
      }
    });
  }
  const next = root.dataset.next;
  document.addEventListener("keydown", (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? "");
    if (!typing && next && event.key === "j") location.href = next;
  });
}
