/*
 * Loads pages.wasm (the core built for the extension's own pages, with
 * -tags pages) in one of them (options, ledger) and
 * resolves globalThis.vettedCoreLoaded with the core's page API
 * (wasm/pageapi*.go). Include after wasm_exec.js:
 *
 *   <script src="wasm_exec.js"></script>
 *   <script src="core-page.js"></script>
 *   ...  const core = await globalThis.vettedCoreLoaded;
 *
 * The promise rejects with a readable error when the core cannot start.
 */
'use strict';

globalThis.vettedCoreLoaded = new Promise((resolve, reject) => {
  globalThis.vettedCoreReady = resolve;
  (async () => {
    const go = new globalThis.Go();
    go.exit = (code) => reject(new Error(`the core stopped (exit code ${code})`));
    const url = globalThis.chrome.runtime.getURL('pages.wasm');
    let result;
    try {
      result = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      const response = await fetch(url);
      result = await WebAssembly.instantiate(await response.arrayBuffer(), go.importObject);
    }
    go.run(result.instance);
  })().catch((e) => reject(new Error(`Vetted's core could not start: ${e && e.message ? e.message : e}`)));
});
