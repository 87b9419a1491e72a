/*! iframe-worker 1.0.4 (npm), MIT License, Copyright (c) 2020-2022 Martin Donath: the script the
 * shim used to write inline into its iframe, as a file so that the Content-Security-Policy
 * (overrides/main.html), which the iframe inherits, allows it. Runs in the iframe: a worker's
 * postMessage and importScripts on top of a window. Not strict: these assign the window's own. */
postMessage = function (message, origin) { parent.postMessage(message, origin || "*"); };
importScripts = function (...urls) {
  return urls.reduce((done, url) => done.then(() => new Promise(resolve => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = resolve;
    document.body.appendChild(script);
  })), Promise.resolve());
};
(function (self) {
  const worker = self.dataset.worker;
  addEventListener("error", ({ error }) => {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error }));
  });
  // Material's search worker finds its own address as the iframe's first script[src]: leave it so.
  self.remove();
})(document.currentScript);
