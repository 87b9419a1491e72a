/*
 * Loaded before Material's bundle, on every page:
 * - point Material's search at this language's own index and at our folding worker;
 * - keep Material from rerouting the language switcher (see below), name the search dialog;
 * - the quick exit: leave for a neutral site, replacing this page in the history
 *   (the « Quitter » button, or Shift pressed three times on its own).
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

  // The quick exit, adapted from GOV.UK Frontend's "Exit this page" (MIT, Crown copyright,
  // packages/govuk-frontend/src/govuk/components/exit-this-page/exit-this-page.mjs): Shift
  // pressed three times ALONE leaves. Shift used as a modifier (Shift+O while typing « ONPE »)
  // fires two keyups, O with shiftKey and then Shift without: a Shift keyup counts only when the
  // keyup before it had no shiftKey. Any other key, or a pause, starts the count again.
  const TIMEOUT = 5000;  // ms between two presses, GOV.UK's figure
  let presses = 0;
  let lastKeyWasModified = false;
  let timer = null;
  let status = null;

  function exitLink() {
    return document.querySelector("[data-guide-exit]");
  }

  // A status region, read out by screen readers: « appuyez encore 2 fois », « 1 fois ».
  function statusRegion() {
    const exit = exitLink();
    if (!status && exit) {
      status = document.createElement("span");
      status.setAttribute("role", "status");
      status.className = "guide-sr";
      status.dataset.guideExitStatus = "";
      exit.after(status);
    }
    return status;
  }

  statusRegion();  // present before anything is announced, or screen readers may miss it

  function say(text) {
    const region = statusRegion();
    if (region) region.textContent = text || "";
  }

  function resetCount() {
    if (timer) window.clearTimeout(timer);
    timer = null;
    presses = 0;
    say("");
  }

  function leave(event) {
    const exit = exitLink();
    if (!exit) return;
    if (event) event.preventDefault();
    resetCount();
    // Nothing of this page stays on screen (nor for a screen reader) while the next one loads;
    // replace(): the page leaves the history, the Back button does not come back to it.
    document.body.hidden = true;
    window.location.replace(exit.href);
  }

  document.addEventListener("keyup", event => {
    if (event.key === "Shift" && !lastKeyWasModified) {
      presses += 1;
      if (presses >= 3) {
        leave();
      } else {
        const data = script ? script.dataset : {};
        say(presses === 1 ? data.exitPressTwo : data.exitPressOne);
        if (timer) window.clearTimeout(timer);
        timer = window.setTimeout(resetCount, TIMEOUT);
      }
    } else if (presses) {
      resetCount();
    }
    lastKeyWasModified = event.shiftKey;
  }, true);

  document.addEventListener("click", event => {
    const exit = event.target instanceof Element && event.target.closest("[data-guide-exit]");
    if (exit) leave(event);
  });

  // Back from the neutral site, a browser may show this page from its cache as it was left:
  // blank. Make it usable again.
  window.addEventListener("pageshow", () => {
    document.body.hidden = false;
    resetCount();
    lastKeyWasModified = false;
  });
})();
