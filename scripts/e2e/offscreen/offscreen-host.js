/*
 * The service worker's side of the offscreen home (Chromium; forced with
 * VETTED_HOME=offscreen, see host.js): it creates the offscreen document
 * (offscreen.html) when a request needs it and it is not there (first use,
 * or closed), relays each request to it, and does the core's storage calls
 * for it (an offscreen document has chrome.runtime only).
 */
'use strict';

(() => {
  const api = globalThis.chrome;
  const URL_DOC = 'offscreen.html';
  let creating = null;

  async function present() {
    const found = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [api.runtime.getURL(URL_DOC)] });
    return found.length > 0;
  }

  // ensure creates the document unless it is there. Reason WORKERS: the
  // document exists to hold the worker that runs the core.
  function ensure() {
    if (!creating) {
      creating = (async () => {
        if (await present()) return;
        try {
          await api.offscreen.createDocument({
            url: URL_DOC,
            reasons: ['WORKERS'],
            justification: "Runs Vetted's core (WebAssembly) in a worker, kept warm across page loads.",
          });
        } catch (e) {
          if (!(await present())) throw e; // else: created meanwhile
        }
      })().finally(() => {
        creating = null;
      });
    }
    return creating;
  }

  function relay(request, tree) {
    return new Promise((resolve) => {
      api.runtime.sendMessage({ type: 'vetted-offscreen-call', request, tree }, (answer) => {
        void api.runtime.lastError;
        resolve(typeof answer === 'string' ? answer : null);
      });
    });
  }

  // call answers one request through the document: the answer's JSON, or
  // null when the document went away meanwhile (the shell asks again).
  async function call(request, tree) {
    await ensure();
    return relay(request, tree);
  }

  // memory is the core's linear memory in bytes (for make bench).
  async function memory() {
    await ensure();
    return new Promise((resolve) => {
      api.runtime.sendMessage({ type: 'vetted-offscreen-memory' }, (n) => {
        void api.runtime.lastError;
        resolve(typeof n === 'number' ? n : 0);
      });
    });
  }

  api.runtime.onMessage.addListener((msg, sender, reply) => {
    if (!msg || msg.type !== 'vetted-offscreen-storage' || sender.id !== api.runtime.id || sender.tab) return false;
    if (sender.url !== api.runtime.getURL(URL_DOC)) return false;
    if (!['sync', 'local'].includes(msg.area) || typeof msg.key !== 'string') return false;
    const area = api.storage[msg.area];
    const done = (p) => p.then(reply, (e) => reply({ error: String((e && e.message) || e) }));
    if (msg.op === 'get') done(area.get(msg.key).then((got) => ({ value: got ? got[msg.key] : undefined })));
    else if (msg.op === 'set') done(area.set({ [msg.key]: msg.value }).then(() => ({ ok: true })));
    else return false;
    return true;
  });

  // The core follows the settings, the decision log and what it learnt as
  // other pages change them: pass the changes on to the document, if it is
  // there.
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' && area !== 'local') return;
    api.runtime.sendMessage({ type: 'vetted-offscreen-changed', changes, area }, () => void api.runtime.lastError);
  });

  globalThis.vettedOffscreen = { call, memory };
  globalThis.vettedMemory = memory; // for make bench
})();
