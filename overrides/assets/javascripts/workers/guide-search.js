/*
 * Material's search worker, made to ignore accents and to split French elisions.
 *
 * We load Material's own worker (the build writes its file name below) with two changes: every token lunr indexes or looks up is folded first, and every query is folded
 * before Material reads it, French elisions dropped. So « Sécuriser » and `securiser` meet,
 * and « l’enfant » finds `enfant`. Folding keeps each character in place, so Material's
 * highlighting, which works on positions in the original text, still fits.
 */
"use strict";

const fold = text => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
const QUERY = 2;  // Material's message type for a search query
// French elisions (l’, d’, qu’…) are dropped from queries: « l’enfant » searches `enfant` alone.
const query = text => fold(text).replace(/(^|[^\p{L}])(?:qu|[cdjlmnst])['’]/giu, "$1").replace(/['’]/g, " ");

const listen = self.addEventListener.bind(self);
self.addEventListener = (type, handler, options) => {
  if (type !== "message") return listen(type, handler, options);
  return listen(type, event => {
    const message = event.data;
    if (message && message.type === QUERY && typeof message.data === "string") {
      return handler({ data: { ...message, data: query(message.data) } });
    }
    return handler(event);
  }, options);
};

const MATERIAL_WORKER = "__MATERIAL_WORKER__";  // replaced at build time (scripts/mkdocs_hook.py)
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
