/*
 * What the guide changes in Material's start, run just before Material's bundle (both deferred, in
 * this order: overrides/main.html). Each use of Material's internals is marked « Material » and
 * listed in MAINTAINING.md with the test that fails when it breaks.
 * - Search per language: Material's `base` points at this language's root, so that it loads this
 *   language's own index, and `search` at our folding worker (workers/guide-search.js).
 * - Search loaded on first use: no worker, index or lunr script is requested until the reader
 *   focuses the search box (a click, a tap on the phone's search button, Material's shortcuts
 *   f, s, /, or a `?q=` address), then everything loads and searches as before.
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

  deferSearch(config);

  /*
   * Material creates its search worker and fetches the index as it starts (bundle.ts: `index$`,
   * integrations/search/worker: `setupSearchWorker`), ~27 KB gzip that serve nobody who does not
   * search. Instead:
   * - the form loses its name: Material fetches the index only when a form is named "search", so
   *   it never does, and never sends its worker the index (its SETUP message);
   * - the worker Material creates is a stand-in until the first use of the search box; then the
   *   real worker starts (offline, the iframe-worker shim's), the index is fetched as Material
   *   would (JSON; offline, search_index.js defining `__index`) and sent with Material's SETUP
   *   message. Material waits for the worker's READY before it sends any query, so what was typed
   *   meanwhile is searched once the index is loaded.
   */
  function deferSearch(config) {
    const form = document.forms.namedItem("search");  // Material: bundle.ts reads this name
    const input = document.querySelector(".md-search__input");
    const toggle = document.getElementById("__search");  // Material: the search toggle
    if (!form || !input || !toggle) return;
    form.removeAttribute("name");
    const SETUP = 0;  // Material: the message type that carries the index (search/worker/message)
    const RealWorker = window.Worker;  // offline, the iframe-worker shim's (loaded before this file)

    class SearchOnFirstUse extends EventTarget {
      constructor(url) {
        super();
        this.url = url;
        this.worker = null;
        this.waiting = [];
      }

      postMessage(message) {
        if (this.worker) this.worker.postMessage(message);
        else this.waiting.push(message);
      }

      terminate() {
        if (this.worker) this.worker.terminate();
      }

      start() {
        if (this.worker) return;
        this.worker = new RealWorker(this.url);
        this.worker.addEventListener("message", event => {
          this.dispatchEvent(new MessageEvent("message", { data: event.data }));
        });
        searchIndex(config).then(index => this.worker.postMessage({
          type: SETUP,
          data: { config: index.config, docs: index.docs, options: { suggest: config.features.includes("search.suggest") } },
        }));
        this.waiting.splice(0).forEach(message => this.worker.postMessage(message));
      }
    }

    let standIn = null;
    window.Worker = function (url, options) {
      if (`${url}` !== config.search) return new RealWorker(url, options);
      window.Worker = RealWorker;  // Material creates one search worker: the stand-in is that one
      standIn = new SearchOnFirstUse(url);
      return standIn;
    };
    const start = () => standIn && standIn.start();
    input.addEventListener("focus", start);
    toggle.addEventListener("change", () => toggle.checked && start());

    // The form's submit button (partials/search.html) does what Enter in the field does: Material
    // (components/search: its keyboard handler, in "search" mode) goes to the best result.
    form.addEventListener("submit", event => {
      event.preventDefault();
      input.focus();
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
  }

  // As Material's bundle.ts `fetchSearchIndex`: the JSON, or offline (file://, where a page cannot
  // fetch a file) the script search_index.js, which defines `__index`.
  function searchIndex(config) {
    const base = new URL(config.base, location.href);
    if (location.protocol !== "file:") {
      return fetch(new URL("search/search_index.json", base)).then(response => response.json());
    }
    return new Promise((resolve, reject) => {
      const loader = document.createElement("script");
      loader.src = new URL("search/search_index.js", base).href;
      loader.addEventListener("load", () => resolve(window.__index));
      loader.addEventListener("error", reject);
      document.head.append(loader);
    });
  }
})();
