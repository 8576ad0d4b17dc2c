/*
 * Vetted's hosted core (DESIGN §7): the Go core (hosted.wasm) run in the
 * background service worker, under the extension's own CSP, for pages
 * whose policy forbids WebAssembly in the page (X in Chromium). The
 * content-script shell (shell.js) sends it {type: 'vetted-core', request,
 * tree} messages; it answers with the core's JSON (core/session). The core
 * starts on the first request and again after the service worker was
 * stopped; it keeps no page state between requests, so nothing is lost
 * when it is.
 */
'use strict';

(() => {
  const api = globalThis.chrome;
  let core = null; // Promise of globalThis.vettedHost

  function start() {
    if (core) return core;
    core = (async () => {
      const go = new globalThis.Go();
      go.env = { GOGC: '200' };
      const url = api.runtime.getURL('hosted.wasm');
      let result;
      try {
        result = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
        const bytes = await (await fetch(url)).arrayBuffer();
        result = await WebAssembly.instantiate(bytes, go.importObject);
      }
      go.run(result.instance).finally(() => {
        core = null; // the core stopped: the next request starts it again
      });
      if (!globalThis.vettedHost) throw new Error('the hosted core did not start');
      return globalThis.vettedHost;
    })();
    core.catch(() => {
      core = null;
    });
    return core;
  }

  api.runtime.onMessage.addListener((msg, sender, reply) => {
    if (!msg || msg.type !== 'vetted-core' || sender.id !== api.runtime.id || !sender.tab) return false;
    if (typeof msg.request !== 'string' || (msg.tree !== undefined && typeof msg.tree !== 'string')) return false;
    start()
      .then((host) => host.call(msg.request, msg.tree || ''))
      .then(reply, (e) => reply(JSON.stringify({ error: `Vetted's core could not start: ${e && e.message ? e.message : e}` })));
    return true;
  });
})();
