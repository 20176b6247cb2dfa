// Follow a submission while it is graded: poll its status, then swap in the server-rendered result.

import { getJSON } from "./http.js";

const STATUS_TEXT = {
  queued: "Queued: waiting for a grader…",
  running: "Running your submission…",
};

export async function follow(statusUrl, target, { interval = 700, maxInterval = 3000 } = {}) {
  let wait = interval;
  for (;;) {
    let data;
    try {
      data = await getJSON(statusUrl);
    } catch (error) {
      target.querySelector("[data-status-line]")?.replaceChildren(error.message);
      await sleep(maxInterval);
      continue;
    }
    if (data.done) {
      const html = await fetch(statusUrl.replace(/\/status$/, "/fragment"), { credentials: "same-origin" });
      target.innerHTML = await html.text();
      target.dispatchEvent(new CustomEvent("vetkit:graded", { bubbles: true, detail: data }));
      return data;
    }
    const line = target.querySelector("[data-status-line]");
    if (line) line.textContent = data.delay_reason || STATUS_TEXT[data.status] || data.status;
    const badge = target.querySelector("[data-status-badge]");
    if (badge) {
      badge.textContent = data.status;
      badge.className = `badge info`;
    }
    await sleep(wait);
    wait = Math.min(maxInterval, wait * 1.3);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function initFollowers(root = document) {
  for (const node of root.querySelectorAll("[data-follow]")) {
    follow(node.dataset.follow, node);
  }
}
