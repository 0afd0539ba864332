// Progressive enhancement only: every form works without this file.
// A form sends once: a second click or Enter while the first request runs is ignored, so a
// slow connection does not produce a second submission (the server would also recognise it).
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.dataset.sending === "true") {
    event.preventDefault();
    return;
  }
  form.dataset.sending = "true";
  setTimeout(() => { form.dataset.sending = "false"; }, 8000);
});

// "Copy" and "print" buttons exist only where a script can do it.
for (const button of document.querySelectorAll("[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const source = document.getElementById(button.dataset.copy);
    await navigator.clipboard.writeText(source.textContent.trim());
    const done = document.getElementById(button.dataset.copyStatus);
    if (done) done.hidden = false;
  });
}
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
