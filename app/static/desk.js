// Claimtrail desk: keyboard review on top of plain forms. Every action is the same POST a
// button sends; we only ask for JSON so the page can update in place and move on.
(function () {
  "use strict";
  const items = Array.from(document.querySelectorAll("[data-item][data-claim-id]"));
  const live = document.getElementById("live");
  const keys = document.getElementById("keys");
  const noteDialog = document.getElementById("note-dialog");
  let current = -1;

  function say(message) {
    live.textContent = "";
    window.setTimeout(function () { live.textContent = message; }, 30);
  }

  function select(index) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach(function (item, i) { item.classList.toggle("current", i === current); });
    const item = items[current];
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }

  function showState(item, state) {
    item.classList.remove("status-verified", "status-provisional", "status-rejected");
    item.classList.add("status-" + state.status);
    const badge = item.querySelector(".status");
    if (badge) {
      badge.textContent = state.status;
      badge.dataset.status = state.status;
      badge.className = "status status-" + state.status;
    }
    if (state.reviewed) {
      const unreviewed = item.querySelector(".unreviewed");
      if (unreviewed) unreviewed.remove();
    }
    const setter = item.querySelector("[data-setter]");
    if (setter && state.set_by) setter.textContent = "set by " + state.set_by + " just now";
    const version = item.querySelector("input[name=version]");
    if (version) version.value = state.version;
  }

  function post(form, fields) {
    const data = new FormData(form);
    Object.keys(fields).forEach(function (name) { data.set(name, fields[name]); });
    return fetch(form.action, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    });
  }

  function review(status, note) {
    if (current < 0) select(0);
    const item = items[current];
    const form = item && item.querySelector("form[data-review]");
    if (!form) { say("Sign in as a reviewer to change claims."); return; }
    const fields = { status: status };
    if (note !== undefined) fields.note = note;
    post(form, fields).then(function (answer) {
      if (answer.ok) {
        showState(item, answer.body);
        say(answer.body.message);
        if (current < items.length - 1) select(current + 1);
      } else if (answer.status === 409) {
        showState(item, answer.body);
        say(answer.body.message);
        showAlert(answer.body.message);
      } else {
        say(answer.body.detail || "That did not work (" + answer.status + ").");
      }
    }).catch(function () { say("The server could not be reached; nothing changed."); });
  }

  function showAlert(message) {
    let alert = document.getElementById("stale-message");
    if (!alert) {
      alert = document.createElement("div");
      alert.id = "stale-message";
      alert.className = "alert";
      alert.setAttribute("role", "alert");
      const main = document.getElementById("main");
      main.insertBefore(alert, main.firstChild);
    }
    alert.textContent = message;
  }

  function undo() {
    const form = document.getElementById("undo-form");
    if (!form) { say("Sign in as a reviewer to undo."); return; }
    post(form, {}).then(function (answer) {
      if (answer.ok || answer.status === 409) {
        const item = items.find(function (el) { return el.dataset.claimId === String(answer.body.id); });
        if (item) { showState(item, answer.body); select(items.indexOf(item)); }
        say(answer.body.message);
        if (answer.status === 409) showAlert(answer.body.message);
      } else {
        say(answer.body.detail || "Nothing to undo.");
      }
    }).catch(function () { say("The server could not be reached; nothing changed."); });
  }

  function askNote() {
    if (current < 0) select(0);
    const input = document.getElementById("note-input");
    input.value = "";
    noteDialog.returnValue = "";
    noteDialog.showModal();
    input.focus();
  }

  noteDialog.addEventListener("close", function () {
    const chosen = noteDialog.returnValue;
    const note = document.getElementById("note-input").value.trim();
    if (current >= 0) items[current].focus({ preventScroll: true });
    if (chosen === "reject") review("rejected", note);
  });

  document.querySelectorAll("[data-show-keys]").forEach(function (button) {
    button.addEventListener("click", function () { keys.showModal(); });
  });

  items.forEach(function (item, index) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("a, button, input, label, select")) return;
      select(index);
    });
  });

  const actions = {
    j: function () { select(current + 1); },
    k: function () { select(current - 1); },
    v: function () { review("verified"); },
    p: function () { review("provisional"); },
    r: askNote,
    u: undo,
    n: function () {
      const next = document.querySelector("[data-next-cluster]");
      if (next) window.location.assign(next.href); else say("No other cluster waits in the queue.");
    },
    "?": function () { keys.showModal(); },
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector("dialog[open]")) return;
    const target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
    const action = actions[event.key];
    if (!action) return;
    if (event.key === "Enter") return;
    event.preventDefault();
    action();
  });

  const stale = document.getElementById("stale-message");
  if (stale) stale.focus();
  const hash = window.location.hash.match(/^#claim-(\d+)$/);
  if (hash) {
    const index = items.findIndex(function (el) { return el.dataset.claimId === hash[1]; });
    if (index >= 0) select(index);
  }
})();
