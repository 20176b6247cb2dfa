// fetch() with the page's CSRF token, JSON in and out, and one sentence on failure.

const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.content ?? "";

export class RequestFailed extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function send(url, { method = "POST", json, form } = {}) {
  const headers = { "X-CSRFToken": csrfToken(), "X-Requested-With": "fetch", Accept: "application/json" };
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body, credentials: "same-origin" });
  } catch {
    throw new RequestFailed("The server cannot be reached; check your connection. Your work is kept here.", 0);
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new RequestFailed(data.error || `The server answered ${response.status}.`, response.status);
  }
  return data;
}

export const getJSON = (url) => send(url, { method: "GET" });

export function clientToken() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
}
