// A take-home upload: send the notebook, then follow its grading.

import { send } from "./http.js";
import { follow } from "./poll.js";

export function initUpload(form) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    const target = document.querySelector("[data-upload-result]");
    const file = form.querySelector("input[type=file]").files[0];
    if (!file) {
      target.innerHTML = `<p class="flash error" role="alert">Choose your notebook (.ipynb) first.</p>`;
      return;
    }
    button.disabled = true;
    target.innerHTML = `<p class="muted" role="status">Uploading ${file.name}…</p>`;
    try {
      const created = await send(form.action, { form: new FormData(form) });
      target.innerHTML = `<div><span class="badge info" data-status-badge>${created.status}</span>
        <span data-status-line>Queued: your notebook will run in a sandbox…</span></div>
        <p class="small"><a href="${created.url}">Open submission #${created.id}</a></p>`;
      await follow(created.status_url, target.firstElementChild, { interval: 1500 });
    } catch (error) {
      target.innerHTML = "";
      const p = document.createElement("p");
      p.className = "flash error";
      p.setAttribute("role", "alert");
      p.textContent = error.message;
      target.append(p);
    } finally {
      button.disabled = false;
      form.querySelector("[name=client_token]").value = crypto.randomUUID();
    }
  });
}
