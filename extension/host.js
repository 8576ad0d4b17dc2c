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

  // warm starts the core ahead of a page's first request and has it scan
  // a small made-up page, so that what it decodes or compiles on first use
  // (the phrase lists, the note model, the adapters' selectors) and the
  // WebAssembly's first runs of its code are not paid by a page. Asked
  // when a tab says an invitation page in this home is loading (the
  // loader's status message at document_start, well before the page is
  // parsed and the shell's first scan). The scan's answer is dropped;
  // for tests, globalThis.vettedWarm is how many cards it judged.
  let warmed = null;
  function warm() {
    if (HOSTED_IN === 'offscreen') return;
    const c = start();
    if (warmed === c) return;
    warmed = c;
    const request = JSON.stringify({ op: 'scan', url: WARM_URL, lang: 'en', now: Date.now() });
    globalThis.vettedWarm = c
      .then((host) => host.call(request, warmPage()))
      .then((answer) => JSON.parse(answer).result.cards.length)
      .catch(() => 0);
  }

  const WARM_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';

  // warmPage is the snapshot (core/domtree's format, as shell.js writes
  // it) of a LinkedIn invitation page in its current layout with two
  // cards, one with a scam's note.
  function warmPage() {
    const el = (tag, attrs, ...kids) => ({ tag, attrs, kids });
    const card = (i, name, headline, note) => {
      const prof = `https://www.linkedin.com/in/warm-${i}/`;
      return el('div', ['role', 'listitem', 'componentkey', `urn:li:invitation:731200000000000${i}`],
        el('div', ['data-view-name', 'pending-invitation'],
          el('div', [],
            el('div', [], el('a', ['href', prof], el('strong', [], name))),
            el('p', [], `${name} is inviting you to connect`),
            el('p', [], headline),
            el('div', [], el('p', [], 'Casey Ray and 3 other mutual connections')),
            el('p', [], el('span', [], '2 weeks ago'))),
          el('div', ['data-view-name', 'invitation-action'],
            el('button', ['aria-label', `Ignore an invitation to connect from ${name}`, 'type', 'button'], el('span', [], 'Ignore')),
            el('button', ['aria-label', `Accept ${name}’s invitation`, 'type', 'button'], el('span', [], 'Accept'))),
          el('p', [], note)));
    };
    const page = el('html', ['lang', 'en'],
      el('head', [], el('title', [], 'Invitations | LinkedIn')),
      el('body', [],
        el('div', ['role', 'main', 'data-sdui-screen', 'com.linkedin.sdui.flagshipnav.mynetwork.InvitationReceivedWithType'],
          el('main', [], el('div', ['data-testid', 'lazy-column'],
            card(1, 'Dana Weber', 'Engineer at Company One', "Hi, I'd like to add you to my professional network."),
            card(2, 'Mia Santos', 'Crypto trading mentor | Forex signals', 'Hi dear, guaranteed returns every week. Message me on WhatsApp.'))))));
    const out = [];
    const write = (n) => {
      if (typeof n === 'string') {
        out.push('T', n);
        return;
      }
      out.push('E', n.tag, String(n.attrs.length / 2), ...n.attrs, String(n.kids.length));
      for (const k of n.kids) write(k);
    };
    write(page);
    return out.join('\0');
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
    for (const k of answers.keys()) if (k.startsWith(`${tab}:`)) answers.delete(k);
  }
  api.tabs.onRemoved.addListener(forgetTab);
  api.tabs.onUpdated.addListener((tab, change) => {
    if (change && change.status === 'loading') forgetTab(tab);
  });
  // A long answer (a scan of a long page: about 2.5 KB a card) goes back
  // in parts too: the answer without its cards, then the cards in parts of
  // CARDS_PART, each a message of its own the shell asks for (shell.js,
  // hosted), so that no task of the page's main thread receives and
  // parses megabytes at once (DESIGN §8: no task of 50 ms or more). Kept
  // by tab and id until asked for, dropped like the snapshots' parts.
  const answers = new Map(); // `${tab}:${id}` → { got: [JSON of a part of the cards], left, at }
  const ANSWER_PART = 256 * 1024;
  const CARDS_PART = 100;
  let answerSeq = 0;

  // split returns the answer as it is, or, when it is long and holds a
  // list of cards, {head, parts, n}: head the answer without its cards,
  // parts the id under which its n parts are kept for the tab.
  function split(tab, answer) {
    if (typeof answer !== 'string' || answer.length <= ANSWER_PART) return answer;
    let o;
    try {
      o = JSON.parse(answer);
    } catch {
      return answer;
    }
    const cards = o && o.result && Array.isArray(o.result.cards) ? o.result.cards : null;
    if (!cards || cards.length <= CARDS_PART) return answer;
    const got = [];
    for (let i = 0; i < cards.length; i += CARDS_PART) got.push(JSON.stringify(cards.slice(i, i + CARDS_PART)));
    o.result.cards = [];
    const id = `${Date.now()}-${++answerSeq}`;
    answers.set(`${tab}:${id}`, { got, left: got.length, at: Date.now() });
    return { head: JSON.stringify(o), parts: id, n: got.length };
  }

  // For tests: the snapshots and answers in parts kept now, and how many
  // parts of answers were given.
  globalThis.vettedParts = () => parts.size + answers.size;
  let given = 0;
  globalThis.vettedAnswerParts = () => given;

  // expire drops the parts and answers kept for more than a minute.
  function expire() {
    const now = Date.now();
    for (const [k, p] of parts) if (now - p.at > 60000) parts.delete(k);
    for (const [k, a] of answers) if (now - a.at > 60000) answers.delete(k);
  }

  function joinParts(tab, id) {
    const key = `${tab}:${id}`;
    const p = parts.get(key);
    parts.delete(key);
    if (!p || p.got.length !== p.n) return null;
    // Every part, from the first: parts forgotten mid-delivery leave holes
    // (which some() skips) under the parts that came after.
    for (let i = 0; i < p.n; i++) if (typeof p.got[i] !== 'string') return null;
    return p.got.join('');
  }

  api.runtime.onMessage.addListener((msg, sender, reply) => {
    if (msg && msg.type === 'vetted-core-part' && sender.id === api.runtime.id && sender.tab) {
      const key = `${sender.tab.id}:${msg.id}`;
      expire();
      const p = parts.get(key) || { got: [], n: Number(msg.n), at: Date.now() };
      if (typeof msg.part === 'string' && Number.isInteger(msg.i) && msg.i >= 0 && msg.i < p.n) p.got[msg.i] = msg.part;
      parts.set(key, p);
      reply(true);
      return false;
    }
    if (msg && msg.type === 'vetted-core-answer' && sender.id === api.runtime.id && sender.tab) {
      // A part of a long answer (split): each is given once.
      const key = `${sender.tab.id}:${msg.id}`;
      expire();
      const a = answers.get(key);
      const part = a && Number.isInteger(msg.i) && msg.i >= 0 && msg.i < a.got.length ? a.got[msg.i] : null;
      if (part !== null) {
        given++;
        a.got[msg.i] = null;
        if (--a.left === 0) answers.delete(key);
      }
      reply(part); // null: lost (the worker was stopped, or a minute passed), the shell asks again
      return false;
    }
    if (msg && msg.type === 'vetted-status' && msg.state === 'loading' && msg.home === 'hosted' && sender.id === api.runtime.id && sender.tab) {
      warm();
      return false; // background.js answers it
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
    const tab = sender.tab.id;
    run(msg.request, tree).then((answer) => reply(split(tab, answer)), (e) => reply(JSON.stringify({ error: `Vetted's core could not start: ${e && e.message ? e.message : e}` })));
    return true;
  });
})();
