/*
 * The 404 page (GitHub Pages serves the root 404.html for every missing address): show the
 * explanation in the language the address names (/en/…, /es/…, else the default language), and
 * say so to the browser and to screen readers (<html lang>). Without JavaScript, all show.
 */
(function () {
  "use strict";
  const sections = [...document.querySelectorAll("[data-guide-not-found]")];
  if (!sections.length) return;
  const fallback = sections.find(s => !s.dataset.guideNotFound) || sections[0];  // the default language
  const home = document.querySelector(`.guide-not-found__homes a[hreflang="${fallback.lang}"]`);
  const site = home ? new URL(home.href).pathname : "/";  // where the site lives: "/", "/guide/"
  const rest = location.pathname.startsWith(site) ? location.pathname.slice(site.length) : location.pathname;
  const named = sections.find(s => s.dataset.guideNotFound && rest.startsWith(s.dataset.guideNotFound));
  const shown = named || fallback;
  sections.forEach(s => { s.hidden = s !== shown; });
  document.documentElement.lang = shown.lang;
  document.title = shown.querySelector("h1").textContent + " – " + document.title;
})();
