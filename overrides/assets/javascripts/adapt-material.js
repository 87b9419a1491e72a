/*
 * What the guide changes in Material's start, run just before Material's bundle (both deferred, in
 * this order: overrides/main.html). Each use of Material's internals is marked « Material » and
 * listed in MAINTAINING.md with the test that fails when it breaks.
 * - Search per language: Material's `base` points at this language's root, so that it loads this
 *   language's own index, and `search` at our folding worker (workers/guide-search.js).
 * - The language switcher's alternates kept from Material's rerouting; the search dialog named.
 */
(function () {
  "use strict";
  const script = document.currentScript;
  const element = document.getElementById("__config");  // Material: the JSON its bundle reads
  if (!element || !script) return;
  const config = JSON.parse(element.textContent);
  config.base = config.base + script.dataset.languageRoot;
  const worker = config.search.split("/").pop();
  config.search = config.search.replace(worker, "guide-search.js");
  element.textContent = JSON.stringify(config);

  // Material's search dialog has no accessible name: give it the search field's own label.
  const dialog = document.querySelector('.md-search[role="dialog"]');
  if (dialog && script.dataset.searchLabel) dialog.setAttribute("aria-label", script.dataset.searchLabel);

  // Material fetches a sitemap.xml beside every <link rel="alternate"> and reroutes language links
  // through it, which works only when alternates are language roots. Ours are the same page in each
  // language (right for hreflang, and for the switcher as it is): hide them while Material starts.
  const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')];
  alternates.forEach(link => link.remove());
  document.addEventListener("DOMContentLoaded", () => setTimeout(() => alternates.forEach(link => document.head.append(link))));

})();
