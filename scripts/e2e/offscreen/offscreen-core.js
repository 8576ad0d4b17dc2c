/*
 * The worker of Vetted's offscreen document (offscreen.js): the hosted core
 * (core.wasm). It has no extension API, so it gets a stand-in for the
 * part of chrome.storage the core uses (get, set, onChanged), named
 * `browser` as the core looks for it, whose calls offscreen.js passes to
 * the service worker.
 */
'use strict';

importScripts('wasm_exec.js');

(() => {
  const pending = new Map(); // storage call id → callback
  const changed = [];
  let seq = 0;
  const runtime = { lastError: undefined };

  function storageCall(op, area, key, value, cb) {
    const id = `s${++seq}`;
    pending.set(id, cb);
    postMessage({ storage: op, area, key, value, id });
  }

  function area(name) {
    return {
      get: (key, cb) => storageCall('get', name, key, undefined, (r) => cb(r.error ? undefined : { [key]: r.value })),
      set: (obj, cb) => {
        const key = Object.keys(obj)[0];
        storageCall('set', name, key, obj[key], () => cb());
      },
    };
  }

  globalThis.browser = {
    runtime,
    storage: { sync: area('sync'), local: area('local'), onChanged: { addListener: (f) => changed.push(f) } },
  };

  let memory = () => 0;
  const core = (async () => {
    const go = new globalThis.Go();
    go.env = { GOGC: '200' };
    const result = await WebAssembly.instantiateStreaming(fetch('core.wasm'), go.importObject);
    memory = () => result.instance.exports.mem.buffer.byteLength;
    // The core stopped: offscreen.js starts a new worker.
    go.run(result.instance).finally(() => postMessage({ stopped: true }));
    if (!globalThis.vettedCore) throw new Error('the hosted core did not start');
    return globalThis.vettedCore;
  })();

  onmessage = (e) => {
    const m = e.data || {};
    if (m.storage) {
      const cb = pending.get(m.id);
      pending.delete(m.id);
      if (!cb) return;
      runtime.lastError = m.error ? { message: m.error } : undefined;
      try {
        cb(m);
      } finally {
        runtime.lastError = undefined;
      }
      return;
    }
    if (m.changed) {
      for (const f of changed) f(m.changes || {}, m.area);
      return;
    }
    if (m.memory) {
      postMessage({ id: m.id, answer: memory() });
      return;
    }
    core
      .then((host) => host.call(m.request, m.tree))
      .then(
        (answer) => postMessage({ id: m.id, answer }),
        (err) => postMessage({ id: m.id, answer: JSON.stringify({ error: `Vetted's core could not start: ${err && err.message ? err.message : err}` }) }),
      );
  };
})();
