/*
 * The 404 page (overrides/404.html). GitHub Pages serves the root 404.html, the default language's,
 * for every missing address. When the address names another language (/en/…, /es/…), that
 * language's own 404 page (en/404.html), its whole chrome in that language, is loaded in its place
 * and shows the address the reader asked for; else the explanation in the default language is
 * shown alone (without JavaScript, every language's shows). Run as the page's head is read, before
 * Material's script: the page is left before anything of it starts.
 */
(function () {
  "use strict";
  const script = document.currentScript;
  const here = document.documentElement.lang;
  // Where the site lives ("/", "/guide/"): this script's own address, less its path in the site.
  const site = new URL(script.src).pathname.replace(/assets\/javascripts\/not-found\.js$/, "");
  const rest = location.pathname.startsWith(site) ? location.pathname.slice(site.length) : "";
  // "fr=. en=en/ es=es/": each language and its root; the default language's is ".".
  const roots = script.dataset.languages.trim().split(/\s+/).map(pair => pair.split("="));
  const named = roots.find(([, root]) => root !== "." && rest.startsWith(root)) || roots.find(([, root]) => root === ".");
  const [lang, root] = named || [here, "."];
  const asked = new URLSearchParams(location.search).get("from");

  if (lang !== here && !asked) {
    // Nothing of this page is seen, nor does it start: its language's page takes its place (and
    // the history's), told which address was asked for.
    document.documentElement.style.visibility = "hidden";
    const from = location.pathname + location.search + location.hash;
    location.replace(`${site}${root === "." ? "" : root}404.html?from=${encodeURIComponent(from)}`);
    return;
  }
  // The address the reader asked for, back in the address bar (a path of this site only).
  if (asked && asked.startsWith(site) && !asked.startsWith("//")) history.replaceState(null, "", asked);

  document.addEventListener("DOMContentLoaded", () => {
    const sections = [...document.querySelectorAll("[data-guide-not-found]")];
    const shown = sections.find(s => s.lang === lang) || sections[0];
    if (!shown) return;
    sections.forEach(s => { s.hidden = s !== shown; });
    document.documentElement.lang = shown.lang;
    document.title = `${shown.querySelector("h1").textContent} – ${document.title}`;
  });
})();
