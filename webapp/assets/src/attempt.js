// An open section of an attempt: the countdown (the server enforces the deadline; this only shows it),
// autosave of answers (only the ones that changed, every few seconds and on leaving), and the integrity
// record (pastes with their size, focus lost, time spent per question).

import { send } from "./http.js";

const AUTOSAVE_MS = 4000;
const TIME_FLUSH_MS = 15000;

export function initAttempt(head) {
  const eventsUrl = head.dataset.eventsUrl;
  startCountdown(head.querySelector("[data-deadline]"));
  const forms = [...document.querySelectorAll("form.autosave")];
  const dirty = new Set();
  const summary = document.querySelector("[data-save-summary]");

  for (const form of forms) {
    restoreLocal(form);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", () => {
      dirty.add(form);
      localStorage.setItem(storageKey(form), JSON.stringify({ answer: answerOf(form), at: Date.now() }));
      form.querySelector("[data-item-status]").textContent = "Unsaved changes";
    });
  }

  async function saveAll() {
    for (const form of [...dirty]) {
      dirty.delete(form);
      const status = form.querySelector("[data-item-status]");
      try {
        const saved = await send(form.dataset.saveUrl, { method: "PUT", json: { answer: answerOf(form) } });
        status.textContent = `Saved at ${new Date(saved.saved_at).toLocaleTimeString()}`;
        localStorage.removeItem(storageKey(form));
      } catch (error) {
        status.textContent = error.message;
        if (error.status === 409) lockAll(error.message);
        else dirty.add(form);
      }
    }
    if (summary && !dirty.size && forms.length) summary.textContent = "All answers saved.";
  }
  setInterval(saveAll, AUTOSAVE_MS);
  window.addEventListener("pagehide", () => flush(dirty));
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush(dirty));

  const events = [];
  const record = (kind, question, size) => events.push({ kind, question_id: question, size });
  document.addEventListener("paste", (event) => {
    const text = event.clipboardData?.getData("text") ?? "";
    record("paste", questionOf(event.target), text.length);
  }, true);
  window.addEventListener("blur", () => record("blur", null));
  window.addEventListener("focus", () => record("focus", null));

  let active = null;
  let since = Date.now();
  const noteTime = () => {
    if (active && document.visibilityState === "visible") record("time", active, Date.now() - since);
    since = Date.now();
  };
  document.addEventListener("focusin", (event) => {
    const question = questionOf(event.target);
    if (question !== active) {
      noteTime();
      active = question;
    }
  });
  const sendEvents = (keepalive = false) => {
    noteTime();
    if (!events.length) return;
    const batch = events.splice(0, events.length);
    if (keepalive) {
      fetch(eventsUrl, { method: "POST", keepalive: true, credentials: "same-origin", body: JSON.stringify({ events: batch }),
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf(), "X-Requested-With": "fetch" } });
    } else {
      send(eventsUrl, { json: { events: batch } }).catch(() => events.unshift(...batch));
    }
  };
  setInterval(sendEvents, TIME_FLUSH_MS);
  window.addEventListener("pagehide", () => sendEvents(true));
}

function flush(dirty) {
  for (const form of dirty) {
    fetch(form.dataset.saveUrl, {
      method: "PUT", keepalive: true, credentials: "same-origin", body: JSON.stringify({ answer: answerOf(form) }),
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf(), "X-Requested-With": "fetch" },
    });
  }
  dirty.clear();
}

const csrf = () => document.querySelector('meta[name="csrf-token"]')?.content ?? "";
const storageKey = (form) => `vetkit:answer:${form.dataset.storageKey}`;
const questionOf = (node) => node?.closest?.("[data-question]")?.dataset.question ?? null;

function answerOf(form) {
  const type = form.dataset.type;
  if (type === "multiple_choice") return [...form.querySelectorAll("input[name=answer]:checked")].map((i) => i.value);
  if (type === "single_choice") return form.querySelector("input[name=answer]:checked")?.value ?? null;
  return form.querySelector("[name=answer]").value;
}

function restoreLocal(form) {
  // An answer typed after the last save (the tab crashed, the network dropped) comes back from this browser.
  const local = JSON.parse(localStorage.getItem(storageKey(form)) || "null");
  const savedAt = form.dataset.savedAt ? Date.parse(form.dataset.savedAt) : 0;
  if (!local || local.at <= savedAt) return;
  const type = form.dataset.type;
  if (type === "single_choice" || type === "multiple_choice") {
    const chosen = new Set([].concat(local.answer ?? []));
    for (const input of form.querySelectorAll("input[name=answer]")) input.checked = chosen.has(input.value);
  } else {
    form.querySelector("[name=answer]").value = local.answer ?? "";
  }
  form.dispatchEvent(new Event("input"));
}

function lockAll(message) {
  for (const field of document.querySelectorAll("form.autosave input, form.autosave textarea, [data-run], [data-submit]")) {
    field.disabled = true;
  }
  const summary = document.querySelector("[data-save-summary]");
  if (summary) {
    summary.textContent = message;
    summary.className = "flash warning";
  }
}

function startCountdown(node) {
  if (!node) return;
  const deadline = Date.parse(node.dataset.deadline);
  const remaining = node.querySelector("[data-remaining]");
  const tick = () => {
    const left = Math.max(0, deadline - Date.now());
    const s = Math.floor(left / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    remaining.textContent = (h ? `${h}:${String(m).padStart(2, "0")}` : `${m}`) + `:${String(s % 60).padStart(2, "0")}`;
    node.classList.toggle("low", left < 5 * 60 * 1000);
    node.classList.toggle("over", left === 0);
    if (left === 0) {
      clearInterval(timer);
      lockAll("Time is up: this section has closed. What you saved before the deadline will be graded.");
      setTimeout(() => location.reload(), 2500);
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
}
