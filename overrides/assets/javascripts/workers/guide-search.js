/*
 * Material's search worker, made to ignore accents, to split French elisions and to stem queries.
 *
 * We load Material's own worker (the build writes its file name below) with three changes:
 * - every token lunr indexes or looks up is folded first, before the language's trimmer, stop
 *   words and stemmer (mkdocs.yml: search `pipeline`), so the stemmer sees the same folded word
 *   in the index and in a query;
 * - every query is folded before Material reads it, French elisions dropped: « Sécuriser » and
 *   `securiser` meet, and « l’enfant » finds `enfant`;
 * - every plain word of a query is stemmed with the page's language stemmer: Material adds a
 *   trailing `*` to each word, and lunr runs no pipeline on such a word, so without this step
 *   « urgences* » would look for words starting with `urgences` in an index that holds `urgenc`.
 *   Stemmed, « urgences » and « urgence » both search `urgenc*`.
 * Folding and stemming keep each character of the page in place, so Material's highlighting,
 * which works on positions in the original text, still fits.
 */
"use strict";

const fold = text => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
const SETUP = 0;  // Material's message type for the index (its config names language and pipeline)
const QUERY = 2;  // Material's message type for a search query
const search = { language: "en", stems: false };
// French elisions (l’, d’, qu’…) are dropped from queries: « l’enfant » searches `enfant` alone.
const unelide = text => text.replace(/(^|[^\p{L}])(?:qu|[cdjlmnst])['’]/giu, "$1").replace(/['’]/g, " ");

// A plain word (letters and digits, perhaps required `+` or excluded `-`) gets the index's stem;
// anything with query syntax (quotes, `field:`, `~`, `^`, `*`) is left to Material as typed.
function stem(word) {
  const stemmer = search.language === "en" ? lunr.stemmer : lunr[search.language] && lunr[search.language].stemmer;
  const parts = /^([+-]?)([\p{L}\p{N}]+)$/u.exec(word);
  if (!search.stems || !stemmer || !parts) return word;
  const stemmed = stemmer(new lunr.Token(parts[2].toLowerCase())).toString();
  return stemmed ? parts[1] + stemmed : word;
}

const query = text => unelide(fold(text)).split(/(\s+)/).map(stem).join("");

const listen = self.addEventListener.bind(self);
self.addEventListener = (type, handler, options) => {
  if (type !== "message") return listen(type, handler, options);
  return listen(type, event => {
    const message = event.data;
    if (message && message.type === SETUP && message.data && message.data.config) {
      const config = message.data.config;
      search.language = (config.lang || ["en"])[0];
      search.stems = (config.pipeline || []).includes("stemmer");
    }
    if (message && message.type === QUERY && typeof message.data === "string") {
      return handler({ data: { ...message, data: query(message.data) } });
    }
    return handler(event);
  }, options);
};

const MATERIAL_WORKER = "__MATERIAL_WORKER__";  // replaced at build time (site/finish.py: point_worker_at_material)
// In a real worker we are at self.location; offline (file://) the iframe-worker shim runs us as a
// <script> in an iframe, where importScripts is asynchronous.
const here = self.document && document.currentScript ? document.currentScript.src : self.location.href;

function foldTokens() {
  const run = lunr.Pipeline.prototype.run;
  lunr.Pipeline.prototype.run = function (tokens) {
    return run.call(this, tokens.map(token => token.update(fold)));
  };
}

Promise.resolve(importScripts(new URL(MATERIAL_WORKER, here).href)).then(foldTokens);
