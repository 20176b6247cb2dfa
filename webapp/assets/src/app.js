// Entry point: start what each page needs (found by data attributes); the editor and KaTeX load only where used.

import { initQuiz } from "./quiz.js";
import { initUpload } from "./takehome.js";
import { initFollowers } from "./poll.js";

async function start() {
  if (document.querySelector(".math")) (await import("./math.js")).typeset();
  const editor = document.querySelector("[data-coding]");
  if (editor) (await import("./editor.js")).initEditor(editor);
  for (const form of document.querySelectorAll("form[data-quiz]")) initQuiz(form);
  for (const form of document.querySelectorAll("form[data-upload]")) initUpload(form);
  initFollowers();
  const review = document.querySelector("[data-review-nav]");
  if (review) (await import("./review.js")).initReview(review);
  const attempt = document.querySelector("[data-attempt]");
  if (attempt) (await import("./attempt.js")).initAttempt(attempt);
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!confirm(form.dataset.confirm)) event.preventDefault();
    });
  }
  const refresh = document.querySelector("[data-refresh]");
  if (refresh) setTimeout(() => location.reload(), Number(refresh.dataset.refresh) * 1000);
  for (const form of document.querySelectorAll("form[data-once]")) {
    form.addEventListener("submit", (event) => {
      if (event.defaultPrevented) return;
      for (const button of form.querySelectorAll("button[type=submit]")) button.disabled = true;
    });
  }
  document.documentElement.dataset.ready = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
