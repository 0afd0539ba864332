// Progressive enhancement of the what-if page: the week is redrawn while the planner types new opening hours.
// Without this file the same week appears after "Wirkung berechnen" (a plain GET form).
const input = document.querySelector("[data-week-preview]");
const target = input && document.getElementById(input.dataset.weekPreview);
const status = target && document.getElementById(target.dataset.status);
const stale = document.querySelector("[data-tried-hours]");
let timer;
let pending;

async function redraw() {
  pending?.abort();
  pending = new AbortController();
  const url = new URL(target.dataset.source, document.baseURI);
  url.searchParams.set("hours", input.value);
  try {
    const response = await fetch(url, { signal: pending.signal, headers: { Accept: "text/html" } });
    // A failing service leaves the last week standing; "Wirkung berechnen" then shows the page's own message.
    if (!response.ok) return;
    target.innerHTML = await response.text();
    status.textContent = target.firstElementChild?.dataset.summary ?? "";
    if (stale) stale.hidden = input.value.trim() === stale.dataset.triedHours;
  } catch (error) {
    if (error.name !== "AbortError") throw error;
  }
}

function schedule() {
  clearTimeout(timer);
  // Asked once the planner pauses, not on every key: a phone or a slow line would queue requests otherwise.
  timer = setTimeout(redraw, 350);
}

if (target?.dataset.source) {
  input.addEventListener("input", schedule);
  // On a slow line the planner may have typed before this module arrived: the week then follows what is in the field.
  if (input.value !== input.defaultValue) schedule();
}
