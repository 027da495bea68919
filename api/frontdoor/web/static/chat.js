// The chat page: sends what the person types (or the choice they press) to the assistant through
// the API, and shows the replies. Everything is shown with textContent, never as HTML, so nothing a
// person or the assistant writes can run as code. The conversation is kept in this tab's session
// storage, so it survives a reload; "End and clear this chat" forgets it and starts a new one.

const SENDER_KEY = "frontdoor-sender";
const LOG_KEY = "frontdoor-log";
const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

const log = document.getElementById("chat-log");
const empty = document.getElementById("chat-empty");
const typing = document.getElementById("chat-typing");
const choices = document.getElementById("chat-choices");
const form = document.getElementById("chat-form");
const input = document.getElementById("chat-input");
const error = document.getElementById("chat-error");
const clear = document.getElementById("chat-clear");
const site = form.dataset.site || null;

function newSender() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return "web-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function sender() {
  let id = sessionStorage.getItem(SENDER_KEY);
  if (!id) {
    id = newSender();
    sessionStorage.setItem(SENDER_KEY, id);
  }
  return id;
}

function history() {
  try {
    return JSON.parse(sessionStorage.getItem(LOG_KEY) || "[]");
  } catch {
    return [];
  }
}

function remember(entry) {
  const entries = history();
  entries.push(entry);
  sessionStorage.setItem(LOG_KEY, JSON.stringify(entries));
}

function appendText(parent, text) {
  // Web addresses in the assistant's replies (a calendar file) become links; the rest stays text.
  for (const part of text.split(URL_PATTERN)) {
    if (URL_PATTERN.test(part) && part.startsWith(window.location.origin)) {
      const link = document.createElement("a");
      link.href = part;
      link.textContent = part.includes("calendar.ics") ? "Add to your calendar" : part;
      parent.appendChild(link);
    } else {
      parent.appendChild(document.createTextNode(part));
    }
    URL_PATTERN.lastIndex = 0;
  }
}

function show(entry) {
  empty.hidden = true;
  const item = document.createElement("div");
  item.className = "fd-chat-message fd-chat-message--" + entry.who;
  const who = document.createElement("span");
  who.className = "nhsuk-u-visually-hidden";
  who.textContent = entry.who === "person" ? "You said: " : "Assistant said: ";
  item.appendChild(who);
  for (const [index, line] of entry.text.split("\n").entries()) {
    if (index > 0) item.appendChild(document.createElement("br"));
    appendText(item, line);
  }
  log.appendChild(item);
  item.scrollIntoView({ block: "nearest" });
}

function offer(buttons) {
  choices.replaceChildren();
  for (const button of buttons || []) {
    const choice = document.createElement("button");
    choice.type = "button";
    choice.className = "nhsuk-button nhsuk-button--secondary fd-chat-choice";
    choice.textContent = button.title;
    choice.addEventListener("click", () => send(button.payload, button.title));
    choices.appendChild(choice);
  }
}

async function send(message, shown) {
  error.hidden = true;
  const said = { who: "person", text: shown || message };
  show(said);
  remember(said);
  offer([]);
  typing.hidden = false;
  try {
    const response = await fetch("/chat/api/message", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender(), message, site }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.detail || "Sorry, something went wrong.");
    let buttons = [];
    for (const reply of body.replies) {
      const entry = { who: "assistant", text: reply.text || "" };
      if (entry.text) {
        show(entry);
        remember(entry);
      }
      if (reply.buttons && reply.buttons.length) buttons = reply.buttons;
    }
    offer(buttons);
    sessionStorage.setItem("frontdoor-choices", JSON.stringify(buttons));
  } catch (problem) {
    error.textContent = problem.message || "Sorry, we could not reach the assistant. Please try again.";
    error.hidden = false;
  } finally {
    typing.hidden = true;
    input.focus();
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const message = input.value.trim();
  if (!message) {
    error.textContent = "Type a message first.";
    error.hidden = false;
    input.focus();
    return;
  }
  input.value = "";
  send(message);
});

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});

clear.addEventListener("click", () => {
  sessionStorage.removeItem(SENDER_KEY);
  sessionStorage.removeItem(LOG_KEY);
  sessionStorage.removeItem("frontdoor-choices");
  log.querySelectorAll(".fd-chat-message").forEach((node) => node.remove());
  offer([]);
  empty.hidden = false;
  empty.textContent = "Your chat has been cleared from this device. Say hello to start again.";
  input.focus();
});

for (const entry of history()) show(entry);
try {
  offer(JSON.parse(sessionStorage.getItem("frontdoor-choices") || "[]"));
} catch {
  offer([]);
}
