// The coding page: CodeMirror 6 with a language switch, drafts kept per question and language (on the server
// every few seconds and on leaving, and in this browser), Run on the samples or custom input, Submit with a
// live status.

import { EditorView, basicSetup } from "codemirror";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { python } from "@codemirror/lang-python";
import { cpp } from "@codemirror/lang-cpp";
import { java } from "@codemirror/lang-java";
import { send, clientToken } from "./http.js";
import { follow } from "./poll.js";
import { typeset } from "./math.js";

const LANGUAGES = { python: python, c: cpp, cpp: cpp, java: java };
const AUTOSAVE_MS = 3000;

export function initEditor(root) {
  const config = JSON.parse(document.getElementById("editor-config").textContent);
  const picker = root.querySelector("[data-language]");
  const status = root.querySelector("[data-save-status]");
  const output = root.querySelector("[data-console-output]");
  const setStatus = (...parts) => {
    status.classList.remove("save-error");
    status.replaceChildren(...parts);
  };
  const storageKey = (language) => `vetkit:draft:${config.storageKey}:${language}`;
  const language = new Compartment();
  const savedLanguage = Object.entries(config.drafts).sort((a, b) => b[1].at - a[1].at)[0]?.[0];
  let current = localStorage.getItem(`vetkit:lang:${config.storageKey}`) || savedLanguage || config.defaultLanguage;
  if (!config.languages.includes(current)) current = config.defaultLanguage;
  picker.value = current;

  const textFor = (lang) => newest(config.drafts[lang], localStorage.getItem(storageKey(lang))) ??
    config.starters[lang] ?? "";

  // A copy in this browser newer than the server's (typed while signed out, say) goes to the server too.
  let dirty = localIsNewer(config.drafts[current], localStorage.getItem(storageKey(current)));
  const view = new EditorView({
    parent: root.querySelector("[data-editor]"),
    state: EditorState.create({
      doc: textFor(current),
      extensions: [
        basicSetup,
        // Above basicSetup's own Mod-Enter (insert a blank line), so Ctrl+Enter really runs.
        Prec.high(keymap.of([indentWithTab, { key: "Mod-Enter", run: () => (run(), true) }])),
        indentUnit.of("    "),
        language.of(LANGUAGES[current]()),
        EditorView.cspNonce.of(config.nonce),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            dirty = true;
            localStorage.setItem(storageKey(current), JSON.stringify({ text: view.state.doc.toString(), at: Date.now() }));
            if (!status.classList.contains("save-error")) setStatus("Unsaved changes");
          }
        }),
      ],
    }),
  });

  async function save() {
    if (!dirty) return;
    const text = view.state.doc.toString();
    dirty = false;
    try {
      await send(config.urls.draft, { method: config.draftMethod, json: { language: current, source: text } });
      setStatus(`Draft saved at ${new Date().toLocaleTimeString()}`);
      config.drafts[current] = { source: text, at: Date.now() };
    } catch (error) {
      dirty = true;
      setStatus(...explain(error, config.login));
      status.classList.add("save-error");
    }
  }
  setInterval(save, AUTOSAVE_MS);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush());
  window.addEventListener("pagehide", flush);
  function flush() {
    if (!dirty) return;
    const body = JSON.stringify({ language: current, source: view.state.doc.toString() });
    fetch(config.urls.draft, {
      method: config.draftMethod, keepalive: true, credentials: "same-origin", body,
      headers: { "Content-Type": "application/json", "X-CSRFToken": config.csrf, "X-Requested-With": "fetch" },
    });
    dirty = false;
  }

  picker.addEventListener("change", async () => {
    await save();
    current = picker.value;
    localStorage.setItem(`vetkit:lang:${config.storageKey}`, current);
    const pending = localIsNewer(config.drafts[current], localStorage.getItem(storageKey(current)));
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: textFor(current) },
      effects: language.reconfigure(LANGUAGES[current]()),
    });
    dirty = pending;
    setStatus(`${picker.selectedOptions[0].textContent} loaded`);
  });

  root.querySelector("[data-reset]")?.addEventListener("click", () => {
    if (!confirm("Replace your code with the starter code?")) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: config.starters[current] ?? "" } });
  });

  const customBox = root.querySelector("[data-custom-input]");
  const useCustom = root.querySelector("[data-use-custom]");
  const runButton = root.querySelector("[data-run]");
  const submitButton = root.querySelector("[data-submit]");

  async function run() {
    runButton.disabled = true;
    showTab("result");
    output.innerHTML = `<p class="muted" role="status">Running on ${useCustom.checked ? "your input" : "the samples"}…</p>`;
    try {
      const json = { language: current, source: view.state.doc.toString() };
      if (useCustom.checked) json.stdin = customBox.value;
      const data = await send(config.urls.run, { json });
      output.innerHTML = data.html;
      typeset(output);
    } catch (error) {
      output.replaceChildren(errorLine(error, config.login));
    } finally {
      runButton.disabled = false;
    }
  }

  async function submit() {
    submitButton.disabled = true;
    showTab("result");
    await save();
    output.innerHTML = `<p class="muted" role="status">Submitting…</p>`;
    try {
      const data = await send(config.urls.submit, {
        json: { language: current, source: view.state.doc.toString(), client_token: clientToken() },
      });
      output.innerHTML = `<div class="submission-live"><p><span class="badge info" data-status-badge>${data.status}</span>
        <span data-status-line>Queued: waiting for a grader…</span></p></div>
        <p class="small"><a href="${data.url}">Open submission #${data.id}</a></p>`;
      await follow(data.status_url, output.querySelector(".submission-live"));
    } catch (error) {
      output.replaceChildren(errorLine(error, config.login));
    } finally {
      submitButton.disabled = false;
    }
  }

  runButton.addEventListener("click", run);
  submitButton.addEventListener("click", submit);

  const tabs = root.querySelectorAll("[data-tab]");
  function showTab(name) {
    for (const tab of tabs) {
      const active = tab.dataset.tab === name;
      tab.setAttribute("aria-selected", active);
      root.querySelector(`#${tab.getAttribute("aria-controls")}`).hidden = !active;
    }
  }
  for (const tab of tabs) tab.addEventListener("click", () => showTab(tab.dataset.tab));
}

function parseLocal(localJSON) {
  // This browser's copy of a draft ({text, at}), or null.
  try {
    return localJSON ? JSON.parse(localJSON) : null;
  } catch {
    return null;
  }
}

function localIsNewer(server, localJSON) {
  const local = parseLocal(localJSON);
  return Boolean(local && (!server || local.at > server.at) && local.text !== server?.source);
}

function newest(server, localJSON) {
  // The later of the server's draft ({source, at}) and this browser's copy ({text, at}), in milliseconds.
  const local = parseLocal(localJSON);
  if (server && (!local || server.at >= local.at)) return server.source;
  return local ? local.text : undefined;
}

function explain(error, loginUrl) {
  // The error's sentence, and a way back in when the session has ended (401).
  if (error.status !== 401) return [error.message];
  const link = document.createElement("a");
  link.href = loginUrl;
  link.textContent = "Sign in";
  return [error.message, " ", link];
}

function errorLine(error, loginUrl) {
  const p = document.createElement("p");
  p.className = "flash error";
  p.setAttribute("role", "alert");
  p.append(...explain(error, loginUrl));
  return p;
}
