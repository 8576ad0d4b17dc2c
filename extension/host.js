/*
 * Vetted's hosted core (DESIGN §7): the Go core (core.wasm) run in the
 * background, under the extension's own CSP, warm across page loads; the
 * only home on pages whose policy forbids WebAssembly in the page (X in
 * Chromium). The
 * content-script shell (shell.js) sends it {type: 'vetted-core', request,
 * tree} messages; it answers with the core's JSON (core/session). The core
 * starts on the first request and again after the service worker was
 * stopped; it keeps no page state between requests, so nothing is lost
 * when it is.
 */
'use strict';

(() => {
  const api = globalThis.chrome;
  let core = null; // Promise of globalThis.vettedCore
  // Where the hosted core runs in Chromium: here in the service worker.
  // VETTED_HOME=offscreen (tests, make bench) forces a copy of the build to
  // an offscreen document instead (scripts/e2e/offscreen/), measured and
  // not shipped: slower to start, more memory (BENCHMARKS.md).
  const HOSTED_IN = 'worker';
  if (HOSTED_IN === 'offscreen') importScripts('offscreen-host.js');

  function start() {
    if (core) return core;
    core = (async () => {
      const go = new globalThis.Go();
      // GOMEMLIMIT: the core serves every tab for as long as the browser
      // runs, and keeps little between requests (session's
      // TestScansKeepNothingOfPagesGone: 2.4 MB); without a limit its
      // memory grew by the garbage of each 1,000-card page (50 → 92 → 136
      // MB over three), with 40 MiB it stays at 51 MB (BENCHMARKS.md).
      go.env = { GOGC: '200', GOMEMLIMIT: '40MiB' };
      const url = api.runtime.getURL('core.wasm');
      let result;
      try {
        result = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
        const bytes = await (await fetch(url)).arrayBuffer();
        result = await WebAssembly.instantiate(bytes, go.importObject);
      }
      // For make bench: the core's linear memory in bytes.
      globalThis.vettedMemory = async () => result.instance.exports.mem.buffer.byteLength;
      go.run(result.instance).finally(() => {
        core = null; // the core stopped: the next request starts it again
      });
      if (!globalThis.vettedCore) throw new Error('the hosted core did not start');
      return globalThis.vettedCore;
    })();
    core.catch(() => {
      core = null;
    });
    return core;
  }

  // run answers one request in the core's home.
  function run(request, tree) {
    if (HOSTED_IN === 'offscreen') return globalThis.vettedOffscreen.call(request, tree);
    return start().then((host) => host.call(request, tree));
  }

  // A long snapshot arrives in parts (shell.js): kept by tab and id until
  // the request that names them. A worker stopped meanwhile forgets them;
  // the request then gets no answer and the shell sends all again. Parts
  // never asked for (the tab closed or went to another page mid-delivery)
  // are dropped with their tab's page, and any after a minute: the core
  // keeps nothing of a page that is gone.
  const parts = new Map(); // `${tab}:${id}` → { got: [], n, at }

  function forgetTab(tab) {
    for (const k of parts.keys()) if (k.startsWith(`${tab}:`)) parts.delete(k);
  }
  api.tabs.onRemoved.addListener(forgetTab);
  api.tabs.onUpdated.addListener((tab, change) => {
    if (change && change.status === 'loading') forgetTab(tab);
  });
  // For tests: the snapshots in parts kept now.
  globalThis.vettedParts = () => parts.size;

  function joinParts(tab, id) {
    const key = `${tab}:${id}`;
    const p = parts.get(key);
    parts.delete(key);
    if (!p || p.got.length !== p.n || p.got.some((x) => typeof x !== 'string')) return null;
    return p.got.join('');
  }

  api.runtime.onMessage.addListener((msg, sender, reply) => {
    if (msg && msg.type === 'vetted-core-part' && sender.id === api.runtime.id && sender.tab) {
      const key = `${sender.tab.id}:${msg.id}`;
      const now = Date.now();
      for (const [k, p] of parts) if (now - p.at > 60000) parts.delete(k);
      const p = parts.get(key) || { got: [], n: Number(msg.n), at: now };
      if (typeof msg.part === 'string' && Number.isInteger(msg.i) && msg.i >= 0 && msg.i < p.n) p.got[msg.i] = msg.part;
      parts.set(key, p);
      reply(true);
      return false;
    }
    if (msg && msg.type === 'vetted-echo' && sender.id === api.runtime.id && sender.tab) {
      // For make bench: a snapshot's trip to the background and back
      // without the core, the floor of the hosted home.
      const tree = msg.parts !== undefined ? joinParts(sender.tab.id, msg.parts) : msg.tree;
      reply(typeof tree === 'string' ? tree.length : 0);
      return false;
    }
    if (!msg || msg.type !== 'vetted-core' || sender.id !== api.runtime.id || !sender.tab) return false;
    if (typeof msg.request !== 'string' || (msg.tree !== undefined && typeof msg.tree !== 'string')) return false;
    let tree = msg.tree || '';
    if (msg.parts !== undefined) {
      tree = joinParts(sender.tab.id, msg.parts);
      if (tree === null) {
        reply(null); // parts lost: the shell sends them again
        return false;
      }
    }
    run(msg.request, tree).then(reply, (e) => reply(JSON.stringify({ error: `Vetted's core could not start: ${e && e.message ? e.message : e}` })));
    return true;
  });
})();
