/*
 * Loaded before Material's bundle, on every page:
 * - point Material's search at this language's own index and at our folding worker;
 * - keep Material from rerouting the language switcher (see below), name the search dialog;
 * - the quick exit: leave for a neutral site, replacing this page in the history
 *   (the « Quitter » button, or Shift pressed three times).
 */
(function () {
  "use strict";
  const script = document.currentScript;
  const element = document.getElementById("__config");
  if (element && script) {
    const config = JSON.parse(element.textContent);
    config.base = config.base + script.dataset.languageRoot;
    const worker = config.search.split("/").pop();
    config.search = config.search.replace(worker, "guide-search.js");
    element.textContent = JSON.stringify(config);
  }

  // Material's search dialog has no accessible name: give it the search field's own label.
  const dialog = document.querySelector('.md-search[role="dialog"]');
  if (dialog && script && script.dataset.searchLabel) dialog.setAttribute("aria-label", script.dataset.searchLabel);

  // Material fetches a sitemap.xml beside every <link rel="alternate"> and reroutes language links
  // through it, which works only when alternates are language roots. Ours are the same page in each
  // language (right for hreflang, and for the switcher as it is): hide them while Material starts.
  const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')];
  alternates.forEach(link => link.remove());
  document.addEventListener("DOMContentLoaded", () => setTimeout(() => alternates.forEach(link => document.head.append(link))));

  function leave(event) {
    const exit = document.querySelector("[data-guide-exit]");
    if (!exit) return;
    if (event) event.preventDefault();
    document.body.hidden = true;  // nothing of this page stays on screen while the next one loads
    window.location.replace(exit.href);
  }

  let presses = [];
  document.addEventListener("keydown", event => {
    if (event.key !== "Shift" || event.repeat) return;
    const now = Date.now();
    presses = presses.filter(time => now - time < 1500).concat(now);
    if (presses.length >= 3) leave();
  });
  document.addEventListener("click", event => {
    const exit = event.target instanceof Element && event.target.closest("[data-guide-exit]");
    if (exit) leave(event);
  });
})();
