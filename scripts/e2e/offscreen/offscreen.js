/*
 * Vetted's offscreen document (Chromium; DESIGN §7): a home of the hosted
 * core that the tests and benchmarks can force (VETTED_HOME=offscreen;
 * copied into the forced build by withHome in ../lib/harness.mjs), set
 * against the service worker and not shipped (BENCHMARKS.md). The service worker creates it (reason
 * WORKERS) and relays the shell's requests to it (offscreen-host.js); it
 * runs the core (core.wasm) in a dedicated worker (offscreen-core.js)
 * and passes the core's storage calls to the service worker, because an
 * offscreen document has chrome.runtime only.
 */
'use strict';

(() => {
  const api = globalThis.chrome;
  const waiting = new Map(); // id → reply
  let seq = 0;
  let worker = spawn();

  function toWorker(msg, reply) {
    const id = ++seq;
    waiting.set(id, reply);
    worker.postMessage({ ...msg, id });
  }

  // spawn starts the core's worker; a worker whose core stopped is
  // replaced, and the requests it held are answered with an error (the
  // shell asks again).
  function spawn() {
    const w = new Worker('offscreen-core.js');
    w.onmessage = (e) => onWorker(e.data || {});
    w.onerror = () => restart();
    return w;
  }

  function restart() {
    worker.terminate();
    // No answer: the shell asks again.
    for (const reply of waiting.values()) reply(null);
    waiting.clear();
    worker = spawn();
  }

  function onWorker(m) {
    if (m.stopped) {
      restart();
      return;
    }
    if (m.storage) {
      // The core's chrome.storage call, done by the service worker.
      api.runtime.sendMessage({ type: 'vetted-offscreen-storage', op: m.storage, area: m.area, key: m.key, value: m.value }, (got) => {
        const err = api.runtime.lastError;
        worker.postMessage({ id: m.id, storage: true, ...(err || !got ? { error: (err && err.message) || 'no answer' } : got) });
      });
      return;
    }
    const reply = waiting.get(m.id);
    waiting.delete(m.id);
    if (reply) reply(m.answer);
  }

  api.runtime.onMessage.addListener((msg, sender, reply) => {
    if (!msg || sender.id !== api.runtime.id || sender.tab) return false;
    if (msg.type === 'vetted-offscreen-call' && typeof msg.request === 'string' && typeof msg.tree === 'string') {
      toWorker({ request: msg.request, tree: msg.tree }, reply);
      return true;
    }
    if (msg.type === 'vetted-offscreen-memory') {
      toWorker({ memory: true }, reply);
      return true;
    }
    if (msg.type === 'vetted-offscreen-changed') worker.postMessage({ changed: true, changes: msg.changes, area: msg.area });
    return false;
  });
})();
