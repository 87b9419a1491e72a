/*!
 * The quick exit (« Quitter ce site »), adapted from GOV.UK Frontend's "Exit this page" (MIT, Crown
 * copyright, packages/govuk-frontend/src/govuk/components/exit-this-page/exit-this-page.mjs): the
 * button, or Shift pressed three times on its own, leaves for a neutral site and replaces this page
 * in the history. Its words come from data/interface.yml, through the link's data attributes
 * (overrides/partials/guide.html); its look is in docs/stylesheets/guide.css. Tests:
 * tests/test_quick_exit.py.
 */
(function () {
  "use strict";
  const exit = document.querySelector("[data-guide-exit]");
  if (!exit) return;

  // Shift used as a modifier (Shift+O while typing « ONPE ») fires two keyups, O with shiftKey and
  // then Shift without: a Shift keyup counts only when the keyup before it had no shiftKey. Any
  // other key, or a pause, starts the count again.
  const PRESSES = 3;
  const TIMEOUT = 5000;  // ms between two presses, GOV.UK's figure
  let presses = 0;
  let lastKeyWasModified = false;
  let timer = null;

  // A status region for screen readers (« appuyez encore 2 fois »), present before anything is
  // announced, or they may miss it; and, as GOV.UK's indicator, three lights on the button, lit
  // one per press, for everyone else.
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  status.className = "guide-sr";
  status.dataset.guideExitStatus = "";
  exit.after(status);
  const indicator = document.createElement("span");
  indicator.className = "guide-exit__indicator";
  indicator.setAttribute("aria-hidden", "true");
  const lights = Array.from({ length: PRESSES }, () => indicator.appendChild(document.createElement("span")));
  lights.forEach(light => { light.className = "guide-exit__light"; });
  exit.append(indicator);

  function show(count) {
    exit.classList.toggle("guide-exit--counting", count > 0);
    lights.forEach((light, index) => light.classList.toggle("guide-exit__light--on", index < count));
    const left = PRESSES - count;
    status.textContent = count === 0 ? "" : left === 2 ? exit.dataset.pressTwo : exit.dataset.pressOne;
  }

  function resetCount() {
    if (timer) window.clearTimeout(timer);
    timer = null;
    presses = 0;
    show(0);
  }

  function leave(event) {
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
      if (presses >= PRESSES) {
        leave();
      } else {
        show(presses);
        if (timer) window.clearTimeout(timer);
        timer = window.setTimeout(resetCount, TIMEOUT);
      }
    } else if (presses) {
      resetCount();
    }
    lastKeyWasModified = event.shiftKey;
  }, true);

  exit.addEventListener("click", leave);

  // Back from the neutral site, a browser may show this page from its cache as it was left:
  // blank. Make it usable again.
  window.addEventListener("pageshow", () => {
    document.body.hidden = false;
    resetCount();
    lastKeyWasModified = false;
  });
})();
