/*
 * Vetted's content-script shell (DESIGN §3, §7): it touches the page, the
 * core decides. It takes snapshots of the page (the format is described in
 * core/domtree), sends them to the core through one interface (core/session:
 * scan, act, observe, record), draws the badges the core's render models
 * describe (core/render), and carries out the core's action steps: click
 * this element, wait, send another snapshot, highlight that control.
 *
 * Where the core runs is not the shell's business: `home` answers requests,
 * the core in the content script (the loader passes it) or hosted in the
 * background (extension/host.js); the answers are the same.
 *
 * Page-derived text goes into the page only as text (textContent, text
 * nodes), never as HTML; links only to the safe https URLs the core gives.
 */
(() => {
  'use strict';
  if (globalThis.vettedShell) return;
  const api = globalThis.chrome;

  // ---- Snapshots -------------------------------------------------------

  const BADGE = '[data-vetted-badge]';
  // Vetted's own elements: badges, the bulk bar, the shortcuts' list.
  const OWN = '[data-vetted-badge], [data-vetted-bulkbar], [data-vetted-keys]';
  const own = (el) => el.hasAttribute('data-vetted-badge') || el.hasAttribute('data-vetted-bulkbar') || el.hasAttribute('data-vetted-keys');
  const clean = (s) => (s.indexOf('\0') >= 0 ? s.replace(/\0/g, '\uFFFD') : s);

  // snapshot encodes the document: elements in document order (their
  // numbers are their indexes in els), text nodes, nothing of Vetted's own.
  // On a long page it yields to the browser every few milliseconds, so that
  // no task is long (DESIGN §8); the page may change meanwhile, which the
  // mutation observer reports, and the next scan catches up.
  async function snapshot() {
    // The fields are joined a slice at a time (chunks): kept to the end,
    // a long page's few hundred thousand strings outlived the young
    // generation of the garbage collector, and their one join was long.
    const chunks = [];
    let out = [];
    const els = [];
    const stack = [document.documentElement];
    let t0 = performance.now();
    let n = 0;
    while (stack.length) {
      const c = stack.pop();
      if (c.nodeType !== 1) {
        out.push('T', clean(c.data));
        continue;
      }
      els.push(c);
      out.push('E', c.localName);
      const attrs = c.attributes;
      out.push(String(attrs.length));
      for (let i = 0; i < attrs.length; i++) out.push(attrs[i].name, clean(attrs[i].value));
      const kids = [];
      for (let k = c.firstChild; k; k = k.nextSibling) {
        if (k.nodeType === 3 || k.nodeType === 4) kids.push(k);
        else if (k.nodeType === 1 && !own(k)) kids.push(k);
      }
      out.push(String(kids.length));
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      if (++n % 32 === 0 && performance.now() - t0 > SLICE) {
        chunks.push(out.join('\0'));
        out = [];
        await yieldTask();
        t0 = performance.now();
      }
    }
    if (out.length) chunks.push(out.join('\0'));
    return { tree: chunks.join('\0'), els };
  }

  // SLICE is how long one piece of the shell's work may hold the main
  // thread before it yields, in ms.
  const SLICE = 8;
  const yieldTask = () =>
    globalThis.scheduler && typeof globalThis.scheduler.yield === 'function'
      ? globalThis.scheduler.yield()
      : new Promise((r) => setTimeout(r, 0));

  // ---- The core, wherever it runs -------------------------------------

  const lang = (() => {
    try {
      return api.i18n.getMessage('lang') || 'en';
    } catch {
      return 'en';
    }
  })();

  // hosted sends a request to the core in the background. A stopped
  // service worker is started again by the message itself; a failed
  // delivery (the worker restarting) is retried.
  function send(msg) {
    return new Promise((resolve, reject) => {
      try {
        api.runtime.sendMessage(msg, (answer) => {
          const err = api.runtime.lastError;
          if (err || answer === undefined || answer === null) reject(new Error((err && err.message) || 'no answer from the core'));
          else resolve(answer);
        });
      } catch (e) {
        reject(e);
      }
    });
  }

  // A long snapshot goes in parts, a task each (a message is serialised on
  // the main thread); the background joins them.
  const PART = 256 * 1024;
  let partSeq = 0;

  // deliver sends a message with a snapshot: in the message, or first in
  // parts that the message then names.
  async function deliver(msg, tree) {
    if (tree.length <= PART) return send({ ...msg, tree });
    const id = `${Date.now()}-${++partSeq}`;
    const n = Math.ceil(tree.length / PART);
    for (let i = 0; i < n; i++) {
      await send({ type: 'vetted-core-part', id, i, n, part: tree.slice(i * PART, (i + 1) * PART) });
    }
    return send({ ...msg, parts: id });
  }

  // hosted answers a request with the core's answer: its JSON, or, for a
  // long answer (host.js, split), the answer read already, its cards
  // fetched in parts, each received and read in a task of its own.
  async function hosted(request, tree) {
    const answer = await deliver({ type: 'vetted-core', request }, tree);
    if (typeof answer === 'string') return answer;
    if (!answer || typeof answer.head !== 'string' || typeof answer.parts !== 'string' || !Number.isInteger(answer.n)) {
      throw new Error('no answer from the core');
    }
    const parts = [];
    for (let i = 0; i < answer.n; i++) {
      parts.push(
        send({ type: 'vetted-core-answer', id: answer.parts, i }).then((part) => {
          if (typeof part !== 'string') throw new Error('a part of the answer was lost');
          return JSON.parse(part);
        }),
      );
    }
    // Every part is asked for at once; a lost one fails the request, which
    // ask() then sends again.
    const cards = (await Promise.all(parts)).flat();
    const ans = JSON.parse(answer.head);
    if (!ans.result || !Array.isArray(ans.result.cards)) throw new Error('no answer from the core');
    ans.result.cards = cards;
    return ans;
  }

  let home = hosted;

  async function ask(req, tree = '') {
    req.url = location.href;
    req.lang = lang;
    req.now = Date.now();
    const body = JSON.stringify(req);
    let lastErr;
    // A hosted core that was stopped (or is starting again) fails a
    // delivery or two: ask again, for up to about ten seconds.
    for (let i = 0; i < 12; i++) {
      try {
        const got = await home(body, tree);
        const ans = typeof got === 'string' ? JSON.parse(got) : got;
        if (ans.problem) problem = ans.problem;
        tellSaving(ans.saving ? withAdvice(ans.saving, ans.full) : '');
        if (ans.error) throw new CoreError(withAdvice(ans.error, ans.full));
        return ans.result;
      } catch (e) {
        if (e instanceof CoreError) throw e;
        lastErr = e;
        await sleep(Math.min(100 * 2 ** i, 1500));
      }
    }
    throw lastErr;
  }

  class CoreError extends Error {}

  // withAdvice adds to a storage error what the user can do when the core
  // says the browser's storage is full (its quota).
  function withAdvice(msg, full) {
    if (!full) return msg;
    const advice =
      message('savingStorageFull', []) ||
      "The browser's storage for Vetted is full: on the decision log page, lower the log's limit, or export the log and then clear it.";
    return `${msg} ${advice}`;
  }

  // tellSaving tells the popup what keeps the decision log or what Vetted
  // learnt from being saved, as every answer says it (the core's writers
  // retry in its home, hosted or here), and takes it back once all is saved.
  let saving = '';
  function tellSaving(msg) {
    if (msg === saving) return;
    const was = saving;
    saving = msg;
    if (msg) report({ state: 'error', message: msg });
    else if (was) report({ state: 'recovered' });
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  // ---- Text -----------------------------------------------------------

  // text resolves a render.Text: a message (k) in the browser's language,
  // else its English (f) with its arguments (a); or, with neither name
  // nor arguments, a literal (f, page content among it) as it is:
  // "$900 per week" in a note is text, not a placeholder.
  function text(t) {
    if (!t) return '';
    let s = typeof t.f === 'string' ? t.f : '';
    if (t.k || (t.a && t.a.length)) {
      const args = (t.a || []).map(text);
      s = (t.k && message(t.k, args)) || s.replace(/\$(\$|[1-9])/g, (m, d) => (d === '$' ? '$' : args[Number(d) - 1] ?? ''));
    }
    if (t.l && s) s = s[0].toLowerCase() + s.slice(1);
    return s;
  }

  // message is the browser's translation of a message with its arguments,
  // or ''. A page's badges ask for the same few messages again and again
  // (each card's labels, headings, actions): the answers are kept, since
  // each call of the extension API costs about 10 to 30 µs (make bench,
  // 10 cards: 400 calls).
  const messages = new Map();
  function message(k, args) {
    const id = args.length ? `${k}\0${args.join('\0')}` : k;
    let s = messages.get(id);
    if (s !== undefined) return s;
    try {
      s = api.i18n.getMessage(k, args) || '';
    } catch {
      s = '';
    }
    if (messages.size >= 2000) messages.clear();
    messages.set(id, s);
    return s;
  }

  // ---- Badges ---------------------------------------------------------

  const h = (tag, attrs = {}, content) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (content !== undefined) e.textContent = content;
    return e;
  };

  let seq = 0;
  const entries = new Map(); // key → { el, badge, model, sig, judged, busy }
  const keyOf = new WeakMap(); // card element → key (cards read so far)
  let counted = { cards: 0, snapshots: 0 };

  function newBadge(key) {
    const id = `vetted-explain-h${++seq}`;
    const root = h('div', { class: 'vetted-badge', 'data-vetted-badge': '', 'data-vetted-key': key });
    const chip = h('button', { class: 'vetted-chip', type: 'button', 'aria-expanded': 'false', 'aria-controls': id });
    chip.append(h('span', { class: 'vetted-dot', 'aria-hidden': 'true' }), h('span', { class: 'vetted-chip-text' }));
    const panel = h('div', { class: 'vetted-explain', 'data-vetted-explain': '', role: 'region', hidden: '', id });
    const bar = h('div', { class: 'vetted-actions', 'data-vetted-actions': '', role: 'toolbar' });
    const status = h('div', { class: 'vetted-status', 'data-vetted-status': '', role: 'status', 'aria-live': 'polite' });
    root.append(chip, panel, bar, status);
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKey);
    return { root, chip, panel, bar, status };
  }

  function draw(e) {
    const m = e.model;
    const b = e.badge;
    b.root.setAttribute('data-vetted-key', m.key);
    b.root.setAttribute('data-type', m.type);
    b.root.setAttribute('data-level', m.level);
    b.root.setAttribute('data-recommendation', m.recommendation);
    const chip = text(m.chip);
    b.chip.lastElementChild.textContent = chip;
    b.chip.setAttribute('aria-label', text(m.chipAria));
    b.chip.setAttribute('title', text(m.chipTitle));
    b.panel.setAttribute('aria-label', text(m.why));
    // The explanation is written when it is opened (expand), or now if it
    // is open: most are never opened, and they are most of a badge's
    // elements (10 badges drawn in 2-6 ms instead of 5-30, on a loaded
    // machine).
    b.panel.replaceChildren();
    e.explained = null;
    if (b.chip.getAttribute('aria-expanded') === 'true') explain(e);

    b.bar.replaceChildren();
    b.bar.setAttribute('aria-label', text(m.actionsLabel));
    m.actions.forEach((a, i) => {
      const btn = h('button', { type: 'button', class: 'vetted-action', tabindex: i === 0 ? '0' : '-1', 'data-vetted-action': a.kind }, text(a.label));
      if (a.recommended) {
        btn.setAttribute('data-recommended', '');
        btn.setAttribute('aria-description', text(m.recommended));
      }
      if (e.busy) btn.setAttribute('disabled', '');
      b.bar.append(btn);
    });
    b.bar.hidden = m.actions.length === 0;
  }

  // explain writes the badge's explanation (its panel) from its model,
  // once per model.
  function explain(e) {
    const m = e.model;
    const b = e.badge;
    if (e.explained === m) return;
    e.explained = m;
    b.panel.replaceChildren();
    b.panel.append(h('div', { class: 'vetted-score', 'data-vetted-score': String(m.score) }, text(m.scoreLine)));
    const flags = h('ul', { class: 'vetted-flags', 'aria-label': text(m.flagsLabel) });
    if (!m.flags.length) flags.append(h('li', { class: 'vetted-none' }, text(m.noFlags)));
    for (const f of m.flags) flags.append(h('li', { 'data-flag': f.id, 'data-points': String(f.points) }, text(f.text)));
    b.panel.append(flags);
    if (m.signals && m.signals.length) {
      b.panel.append(h('div', { class: 'vetted-subhead' }, text(m.signalHead)));
      const sig = h('ul', { class: 'vetted-signals', 'aria-label': text(m.signalsLabel) });
      for (const s of m.signals) sig.append(h('li', { 'data-signal': s.id, 'data-points': String(s.points) }, text(s.text)));
      b.panel.append(sig);
    }
    if (m.problems && (m.problems.k || m.problems.f)) {
      b.panel.append(h('div', { class: 'vetted-problems', 'data-vetted-problems': '' }, text(m.problems)));
    }
    // "Is this badge wrong?": a disclosure of corrections, which Vetted
    // learns from (the core's op correct).
    if (m.corrections && m.corrections.length) {
      const head = text(m.correctHead);
      const group = h('div', { class: 'vetted-corrections', role: 'group', 'aria-label': head });
      for (const c of m.corrections) {
        const btn = h('button', { type: 'button', class: 'vetted-correction', 'data-vetted-correct': c.value }, text(c.label));
        if (e.busy) btn.setAttribute('disabled', '');
        group.append(btn);
      }
      const menu = h('details', { class: 'vetted-correct', 'data-vetted-correct-menu': '' });
      menu.append(h('summary', {}, head), group);
      b.panel.append(menu);
    }
  }

  function setBusy(e, busy) {
    e.busy = busy;
    for (const btn of e.badge.bar.children) btn.toggleAttribute('disabled', busy);
    for (const btn of e.badge.panel.querySelectorAll('[data-vetted-correct]')) btn.toggleAttribute('disabled', busy);
    if (busy) e.badge.root.setAttribute('aria-busy', 'true');
    else e.badge.root.removeAttribute('aria-busy');
  }

  // setState shows an action's outcome on the badge.
  function setState(e, step) {
    const b = e.badge;
    if (step.state) b.root.setAttribute('data-vetted-state', step.state);
    else b.root.removeAttribute('data-vetted-state');
    const msg = text(step.message);
    b.status.replaceChildren();
    if (msg) b.status.append(document.createTextNode(msg));
    if (step.link && /^https:\/\/[^\s"<>\\]+$/i.test(step.link)) {
      if (msg) b.status.append(document.createTextNode(' '));
      b.status.append(h('a', { class: 'vetted-link', href: step.link, target: '_blank', rel: 'noopener noreferrer' }, text(step.linkText)));
    }
    if (step.copy) {
      b.status.append(h('textarea', { class: 'vetted-copy', readonly: '', rows: '3', 'aria-label': text({ k: 'badgeCopyLabel', f: 'Message to copy' }) }, step.copy));
    }
  }

  function entryOf(root) {
    const e = entries.get(root.getAttribute('data-vetted-key'));
    return e && e.badge.root === root ? e : null;
  }

  function onClick(ev) {
    ev.stopPropagation();
    const e = entryOf(ev.currentTarget);
    if (!e || !(ev.target instanceof Element)) return;
    const hit = ev.target.closest('.vetted-chip, [data-vetted-action], [data-vetted-correct]');
    if (!hit) return;
    if (hit === e.badge.chip) {
      expand(e, e.badge.chip.getAttribute('aria-expanded') !== 'true');
      return;
    }
    if (e.busy || hit.hasAttribute('disabled')) return;
    if (hit.hasAttribute('data-vetted-correct')) {
      runCorrect(e, hit.getAttribute('data-vetted-correct'));
      return;
    }
    runAction(e, hit.getAttribute('data-vetted-action'));
  }

  // runCorrect tells the core that the badge is wrong: it learns the
  // correction and says so on the badge (nothing is clicked on the page).
  async function runCorrect(e, value) {
    setBusy(e, true);
    try {
      const snap = await snapshot();
      const res = await ask({ op: 'correct', correct: value, judged: e.judged, hint: Math.max(0, snap.els.indexOf(e.el)) }, snap.tree);
      setState(e, { message: res.message });
      const menu = e.badge.panel.querySelector('[data-vetted-correct-menu]');
      if (menu) menu.open = false;
    } catch (err) {
      setState(e, { state: 'failed', message: { f: String(err.message || err) } });
    } finally {
      setBusy(e, false);
    }
  }

  function expand(e, open) {
    if (open) explain(e);
    e.badge.chip.setAttribute('aria-expanded', open ? 'true' : 'false');
    e.badge.panel.hidden = !open;
  }

  function onKey(ev) {
    ev.stopPropagation();
    const e = entryOf(ev.currentTarget);
    if (!e) return;
    if (ev.key === 'Escape' && e.badge.chip.getAttribute('aria-expanded') === 'true') {
      expand(e, false);
      e.badge.chip.focus();
      ev.preventDefault();
      return;
    }
    const btns = [...e.badge.bar.children];
    const cur = btns.indexOf(ev.target);
    if (cur < 0 || !btns.length) return;
    const n = btns.length;
    const next = { ArrowRight: cur + 1, ArrowDown: cur + 1, ArrowLeft: cur + n - 1, ArrowUp: cur + n - 1, Home: 0, End: n - 1 }[ev.key];
    if (next === undefined) return;
    btns[cur].setAttribute('tabindex', '-1');
    btns[next % n].setAttribute('tabindex', '0');
    btns[next % n].focus();
    ev.preventDefault();
  }

  // ---- Scanning -------------------------------------------------------

  let site = null;
  let problem = '';
  let scanning = false;
  let again = false;
  let lastStatus = '';

  async function scan() {
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    try {
      do {
        again = false;
        const snap = await snapshot();
        let res;
        try {
          res = await ask({ op: 'scan' }, snap.tree);
        } catch (e) {
          report({ state: 'error', message: `Vetted's core did not answer: ${e.message}` });
          return;
        }
        await apply(res, snap.els);
        keepUnread(res);
      } while (again);
    } finally {
      scanning = false;
    }
  }

  // The first EAGER cards get their badge at once; further down a long
  // list a card's badge is drawn when it comes within NEAR of the viewport
  // (drawing a thousand badges at once lays the whole list out again for
  // cards nobody looks at). Every card is judged either way.
  const EAGER = 30;
  const near = new IntersectionObserver(
    (seen) => {
      for (const s of seen) {
        if (!s.isIntersecting) continue;
        near.unobserve(s.target);
        const e = entries.get(keyOf.get(s.target));
        if (e && e.el === s.target) {
          e.near = true;
          show(e);
        }
      }
    },
    { rootMargin: '2000px 0px' },
  );

  // apply draws a scan's answer, yielding to the browser every SLICE ms.
  async function apply(res, els) {
    const seen = new Set();
    if (res.keys) keymap = res.keys;
    order = res.cards.map((cv) => cv.badge.key);
    let t0 = performance.now();
    for (let i = 0; i < res.cards.length; i++) {
      if (i % 8 === 7 && performance.now() - t0 > SLICE) {
        await yieldTask();
        t0 = performance.now();
      }
      const cv = res.cards[i];
      const el = els[cv.id];
      if (!el || !el.isConnected) continue;
      const key = cv.badge.key;
      seen.add(key);
      if (keyOf.get(el) !== key) {
        counted.cards++;
        counted.snapshots++;
        keyOf.set(el, key);
      }
      let e = entries.get(key);
      if (!e) {
        e = { key, busy: false };
        entries.set(key, e);
      }
      if (e.el !== el) {
        if (e.el) near.unobserve(e.el);
        if (e.badge) e.badge.root.remove();
        e.badge = null;
        e.near = false;
        e.sig = '';
        e.el = el;
      }
      e.judged = cv.judged;
      e.after = Boolean(cv.after);
      if (cv.sig !== e.sig) {
        e.model = cv.badge;
        e.sig = cv.sig;
        e.dirty = true;
      }
      if (!e.badge && i >= EAGER && !e.near) {
        near.observe(el);
        continue;
      }
      show(e);
    }
    for (const [key, e] of entries) {
      if (seen.has(key)) continue;
      entries.delete(key);
      if (e.el) near.unobserve(e.el);
      if (!e.badge) continue;
      if (e.busy || e.badge.root.hasAttribute('data-vetted-state')) e.badge.bar.hidden = true;
      else e.badge.root.remove();
    }
    site = res.site || null;
    reportStatus(res);
    performance.clearMarks('vetted:scanned');
    performance.mark('vetted:scanned', { detail: { ...counted, home: homeName } });
  }

  // show draws a card's badge (when its model changed) and keeps it in
  // the card, exactly one.
  function show(e) {
    if (!e.badge) {
      e.badge = newBadge(e.key);
      e.dirty = true;
    }
    if (e.dirty) {
      draw(e);
      e.dirty = false;
    }
    // At the end of the card, or right after it when the card is a link or
    // a button (cv.after: the core's page.BadgeAfter).
    if (e.after ? e.el.nextElementSibling !== e.badge.root : e.badge.root.parentNode !== e.el) {
      for (const old of e.el.querySelectorAll(`:scope > ${BADGE}`)) old.remove();
      const next = e.el.nextElementSibling;
      if (next && next.matches(BADGE)) next.remove();
      if (e.after) e.el.after(e.badge.root);
      else e.el.append(e.badge.root);
    }
  }

  function report(fields) {
    const msg = { type: 'vetted-status', site, url: location.href, ...fields };
    try {
      api.runtime.sendMessage(msg, () => void api.runtime.lastError);
    } catch {
      // The extension was reloaded: this script is orphaned.
    }
  }

  function reportStatus(res) {
    if (!res.site) {
      const sig = `none\0${location.href}`;
      if (sig !== lastStatus) report({ state: 'no-list', total: 0, message: 'No invitation list on this page.', problem: problem || undefined });
      lastStatus = sig;
      return;
    }
    const levels = { safe: 0, review: 0, danger: 0 };
    const types = {};
    for (const cv of res.cards) {
      levels[cv.badge.level] = (levels[cv.badge.level] || 0) + 1;
      types[cv.badge.type] = (types[cv.badge.type] || 0) + 1;
    }
    const msg = { state: 'active', total: res.cards.length, levels, types, problem: problem || undefined };
    const sig = JSON.stringify([location.href, msg]);
    if (sig !== lastStatus) report(msg);
    lastStatus = sig;
  }

  // ---- What could not be read ------------------------------------------

  // The popup asks (vetted-unread) how many invitations on the page could
  // not be read and for their markup skeletons, anonymised by the core
  // (core/page: Adapter.Unread, Skeleton), from the shell's last scan.
  let unreadNow = null; // { count, skeletons } of the last scan

  function keepUnread(res) {
    unreadNow = { count: res.unread || 0, skeletons: res.skeletons || [] };
  }

  api.runtime.onMessage.addListener((msg, _sender, reply) => {
    if (msg && msg.type === 'vetted-unread') reply(unreadNow);
  });

  // ---- Actions --------------------------------------------------------

  // Decision-log entries not yet confirmed saved, each with what Vetted
  // learns of its card (the core records the decision in what it learnt).
  const pendingRecords = [];

  function keep(entry, sample) {
    if (!entry) return;
    pendingRecords.push({ entry, sample });
    flushRecords();
  }

  let flushing = false;
  async function flushRecords() {
    if (flushing) return;
    flushing = true;
    try {
      let failed = false;
      while (pendingRecords.length) {
        try {
          await ask({ op: 'record', ...pendingRecords[0] });
          pendingRecords.shift();
        } catch (e) {
          failed = true;
          report({ state: 'error', message: String(e.message || e) });
          await sleep(2000);
        }
      }
      // Every kept entry is saved now: the popup takes the error back.
      if (failed) report({ state: 'recovered' });
    } finally {
      flushing = false;
    }
  }

  function highlight(els, ids) {
    for (const id of ids || []) {
      const el = els[id];
      if (!el || !el.isConnected) continue;
      el.classList.add('vetted-highlight');
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus({ preventScroll: true });
      el.addEventListener('click', () => el.classList.remove('vetted-highlight'), { once: true });
    }
  }

  // runAction carries out one card's action step by step and returns how
  // it ended ({state, message}). opts.bulk: a bulk run's action (core/session
  // bulk.go), on the card as the run judged it (opts.judged).
  async function runAction(e, kind, opts = {}) {
    setBusy(e, true);
    const button = e.model.actions.find((a) => a.kind === kind);
    setState(e, { message: { k: 'badgeWorking', f: '$1: working…', a: [button ? button.label : { f: kind }] } });
    let step = { state: 'failed' };
    try {
      let snap = await snapshot();
      // hint: where the card is in this snapshot, so the core need not
      // read the whole page to find it.
      const hint = () => Math.max(0, snap.els.indexOf(e.el));
      const judged = opts.judged || e.judged;
      step = await ask({ op: 'act', kind, judged, hint: hint(), bulk: Boolean(opts.bulk) }, snap.tree);
      let since = performance.now();
      for (;;) {
        setState(e, step);
        keep(step.record, step.sample);
        highlight(snap.els, step.highlight);
        let filled;
        if (step.next === 'click') {
          const el = snap.els[step.click];
          if (!el || !el.isConnected) {
            step = { state: 'failed', message: { k: 'badgeNoClick', f: "The page's button could not be clicked; nothing was done." } };
            setState(e, step);
            break;
          }
          el.click();
          since = performance.now();
        } else if (step.next === 'fill') {
          filled = fillBox(snap.els[step.fill], step.text || '');
        } else if (step.next !== 'wait') {
          break;
        }
        await sleep(100);
        snap = await snapshot();
        step = await ask({ op: 'observe', job: step.job, elapsed: Math.round(performance.now() - since), hint: hint(), filled }, snap.tree);
      }
      notify(kind, e, step);
    } catch (err) {
      step = { state: 'failed', message: { f: `Vetted's core did not answer: ${err.message}` } };
      setState(e, step);
    } finally {
      setBusy(e, false);
    }
    return { state: step.state || 'failed', message: text(step.message) };
  }

  // fillBox types a message into the site's message box as text: the value
  // of a textarea, or the editor's own insertText command in an editable
  // box (so the site's editor sees an ordinary edit), with a plain text
  // node as the fallback; never HTML. A box that holds text already is
  // the user's draft: left alone. Answers core/session's Filled.
  function fillBox(el, value) {
    if (!el || !el.isConnected || !value) return 'failed';
    try {
      el.focus();
      const tag = el.localName;
      const typed = () => el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
      if (tag === 'textarea' || tag === 'input') {
        if (el.value !== '') return 'draft';
        el.value = value;
        typed();
        return 'ok';
      }
      if (el.textContent.replace(/\u200b/g, '').trim() !== '') return 'draft';
      const sel = getSelection();
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      sel.removeAllRanges();
      sel.addRange(range);
      if (document.execCommand('insertText', false, value) && el.textContent !== '') return 'ok';
      const p = document.createElement('p');
      p.append(document.createTextNode(value));
      el.replaceChildren(p);
      typed();
      return el.textContent !== '' ? 'ok' : 'failed';
    } catch {
      return 'failed';
    }
  }

  function notify(kind, e, step) {
    try {
      api.runtime.sendMessage(
        { type: 'vetted-action', action: kind, outcome: step.state, name: e.judged.name || '', key: e.key, message: text(step.message), url: location.href },
        () => void api.runtime.lastError,
      );
    } catch {
      // orphaned
    }
  }

  // ---- Bulk triage ----------------------------------------------------
  //
  // core/session (bulk.go) plans and steps a bulk run (DESIGN §6); the shell
  // answers the popup, shows the page's bar and carries the steps out:
  // pause (cancellable), act on one card through runAction (the
  // single-action path, marked bulk), then ask for the next step with how
  // it ended. The run travels with every step. The popup asks, through
  // chrome.tabs.sendMessage (extension pages only):
  //
  //   {type: 'vetted-bulk-plan', kind}          → {plan, running?, run?} or {error}
  //   {type: 'vetted-bulk-start', kind, keys}   → {ok: true, run} or {error}
  //   {type: 'vetted-bulk-cancel'}              → {ok: true}
  //   {type: 'vetted-bulk-status'}              → {run} (null when none ran)
  //
  // Progress and summary go to the background as {type: 'vetted-bulk',
  // bulk: <bulk.Run.Tree>}.

  const bulk = { running: false, cancelled: false, progress: null, bar: null };

  const busyKeys = () => [...entries.values()].filter((e) => e.busy).map((e) => e.key);
  const bulkError = (e) => ({ error: e instanceof CoreError && /^[a-z-]+$/.test(e.message) ? e.message : 'page' });

  async function bulkPlan(kind) {
    try {
      const snap = await snapshot();
      const plan = await ask({ op: 'bulk-plan', bulkKind: String(kind), busy: busyKeys() }, snap.tree);
      const out = { plan };
      if (bulk.running) out.running = true;
      if (bulk.progress) out.run = bulk.progress;
      return out;
    } catch (e) {
      return bulkError(e);
    }
  }

  async function bulkStart(kind, keys) {
    if (bulk.running) return { error: 'running' };
    bulk.running = true;
    bulk.cancelled = false;
    let ans;
    let snap;
    try {
      snap = await snapshot();
      ans = await ask({ op: 'bulk-start', bulkKind: String(kind), keys, busy: busyKeys() }, snap.tree);
    } catch (e) {
      bulk.running = false;
      return bulkError(e);
    }
    bulkRun(ans, snap);
    return { ok: true, run: ans.progress };
  }

  async function bulkRun(ans, snap) {
    try {
      for (;;) {
        showBulk(ans);
        const req = { op: 'bulk-step', run: ans.run };
        if (ans.next === 'pause') {
          await bulkPause(ans.delay || 0);
        } else if (ans.next === 'act') {
          if (!bulk.cancelled) {
            const got = await bulkAct(ans, snap);
            req.outcome = got.state;
            req.message = got.message;
            await recordsSaved(); // the hourly cap counts them
          }
        } else {
          break;
        }
        req.cancel = bulk.cancelled;
        req.rand = Math.floor(Math.random() * 1e6); // core/session RandRange
        snap = await snapshot();
        ans = await ask(req, snap.tree);
      }
    } catch (err) {
      const p = bulk.progress || {};
      bulk.progress = { ...p, state: 'stopped', current: 0, stop: 'no-core', message: String(err.message || err) };
      ans = { bar: { line: { k: 'bulkBarStopped', f: 'Stopped: $1', a: [{ k: 'bulkStop_no_core', f: "Vetted's core did not answer" }] }, button: { k: 'bulkClose', f: 'Close' } }, progress: bulk.progress };
    }
    bulk.running = false;
    showBulk(ans);
  }

  // bulkAct runs the step's action on its card: the card's badge, drawn
  // now if it was not yet (far down a long list).
  async function bulkAct(ans, snap) {
    const el = snap.els[ans.hint];
    let e = ans.judged && entries.get(ans.judged.key);
    if (!e || e.el !== el) {
      await scan();
      e = ans.judged && entries.get(ans.judged.key);
    }
    if (!e || !e.el || !e.el.isConnected || !e.model) return { state: 'refused', message: 'The invitation is no longer on the page.' };
    if (e.busy) return { state: 'refused', message: text({ k: 'bulkBusyCard', f: 'Another action is running on this card.' }) };
    show(e);
    return runAction(e, ans.kind, { bulk: true, judged: ans.judged });
  }

  // bulkPause waits ms, in short steps, until done or cancelled.
  async function bulkPause(ms) {
    const end = performance.now() + ms;
    while (!bulk.cancelled && performance.now() < end) await sleep(Math.min(100, end - performance.now()));
  }

  // recordsSaved waits (up to ten seconds) until every decision-log entry
  // is saved.
  async function recordsSaved() {
    for (let i = 0; i < 100 && pendingRecords.length; i++) await sleep(100);
  }

  function showBulk(ans) {
    bulk.progress = ans.progress || bulk.progress;
    drawBar(ans.bar, bulk.running);
    try {
      api.runtime.sendMessage({ type: 'vetted-bulk', url: location.href, bulk: bulk.progress }, () => void api.runtime.lastError);
    } catch {
      // orphaned
    }
  }

  // drawBar puts Vetted's own bar at the bottom of the window (once) and
  // sets its text, as text. Its button cancels a run or closes the summary.
  function drawBar(model, running) {
    if (!model) return;
    if (!bulk.bar) {
      const bar = h('div', { 'data-vetted-bulkbar': '', role: 'region', 'aria-label': 'Vetted' });
      const line = h('span', { 'data-vetted-bulk-text': '', 'aria-live': 'polite' });
      const button = h('button', { type: 'button', 'data-vetted-bulk-button': '' });
      button.addEventListener('click', (ev) => {
        ev.stopPropagation();
        if (bulk.running) bulk.cancelled = true;
        else bar.remove();
      });
      bar.append(line, button);
      for (const [k, v] of [
        ['position', 'fixed'], ['left', '50%'], ['bottom', '16px'], ['transform', 'translateX(-50%)'],
        ['z-index', '2147483646'], ['display', 'flex'], ['gap', '12px'], ['align-items', 'center'],
        ['padding', '8px 14px'], ['border-radius', '8px'], ['background', '#1f2328'], ['color', '#fff'],
        ['font', '14px/1.4 system-ui, sans-serif'], ['box-shadow', '0 2px 10px rgba(0,0,0,.3)'],
      ]) bar.style.setProperty(k, v, 'important');
      bulk.bar = { bar, line, button };
    }
    const b = bulk.bar;
    if (!b.bar.isConnected && document.body) document.body.append(b.bar);
    b.line.textContent = text(model.line);
    b.button.textContent = text(model.button);
    b.button.toggleAttribute('data-running', Boolean(running));
  }

  // listenBulk answers the popup's bulk messages; only the extension's own
  // pages may ask.
  function listenBulk() {
    const base = api.runtime.getURL('');
    api.runtime.onMessage.addListener((msg, sender, reply) => {
      if (!msg || sender.id !== api.runtime.id || !String(sender.url || '').startsWith(base)) return false;
      switch (msg.type) {
        case 'vetted-bulk-plan':
          bulkPlan(msg.kind).then(reply);
          return true;
        case 'vetted-bulk-start': {
          const keys = Array.isArray(msg.keys) ? msg.keys.filter((k) => typeof k === 'string').slice(0, 1000) : [];
          bulkStart(msg.kind, keys).then(reply);
          return true;
        }
        case 'vetted-bulk-cancel':
          if (bulk.running) bulk.cancelled = true;
          reply({ ok: true });
          return false;
        case 'vetted-bulk-status':
          reply({ run: bulk.progress });
          return false;
      }
      return false;
    });
  }

  // ---- Keyboard shortcuts ---------------------------------------------
  //
  // core/keys decides; its decision table comes with every scan
  // (render.Keys) and is applied here at once, since a key press cannot
  // wait for an answer: j/k move between cards, a/i act on the current
  // card as its buttons do, o opens its explanation, ? lists the
  // shortcuts. Only a key Vetted acts on is kept from the site.

  let keymap = null;
  let order = []; // card keys in page order, from the last scan
  let current = ''; // the card last moved to
  let help = null;
  let helpBefore = null;

  function shown() {
    return order.map((k) => entries.get(k)).filter((e) => e && e.badge && e.badge.root.isConnected);
  }

  function currentIndex(list) {
    const active = document.activeElement;
    const idle = !active || active === document.body || active === document.documentElement;
    if (!idle) return list.findIndex((e) => e.el.contains(active) || e.badge.root.contains(active));
    return list.findIndex((e) => e.key === current);
  }

  function decide(ev) {
    const m = keymap && keymap.map;
    if (!m || ev.ctrlKey || ev.altKey || ev.metaKey || ev.isComposing || ev.defaultPrevented) return '';
    if (help && help.open && help.isConnected) return m.close.includes(ev.key) ? 'closehelp' : '';
    let t = ev.composedPath ? ev.composedPath()[0] : ev.target;
    if (!(t instanceof Element)) t = document.activeElement;
    if (t instanceof Element) {
      if (t.isContentEditable || m.typingTags.includes(t.localName.toLowerCase())) return '';
      const roles = (t.getAttribute('role') || '').toLowerCase().split(/\s+/);
      if (roles.some((r) => m.typingRoles.includes(r))) return '';
    }
    if (!shown().length) return '';
    const c = m.commands[ev.key] || '';
    return ev.repeat && m.noRepeat.includes(c) ? '' : c;
  }

  function onShortcut(ev) {
    if (typeof ev.key !== 'string') return;
    const cmd = decide(ev);
    if (!cmd) return;
    ev.preventDefault();
    ev.stopPropagation();
    const list = shown();
    const i = currentIndex(list);
    const cur = i >= 0 ? list[i] : null;
    switch (cmd) {
      case 'next':
      case 'prev': {
        // core/keys.Move: from none, next is the first and prev the last; no wrap-around.
        let to = i < 0 ? (cmd === 'next' ? 0 : list.length - 1) : cmd === 'next' ? Math.min(i + 1, list.length - 1) : Math.max(i - 1, 0);
        const e = list[to];
        for (const x of list) if (x !== e) x.badge.root.removeAttribute('data-vetted-current');
        current = e.key;
        e.badge.root.setAttribute('data-vetted-current', '');
        e.badge.chip.focus({ preventScroll: true });
        e.badge.chip.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        break;
      }
      case 'accept':
      case 'ignore': {
        if (!cur || cur.busy || cur.badge.bar.hidden) break;
        const btn = cur.badge.bar.querySelector(`[data-vetted-action="${cmd}"]`);
        if (btn && !btn.hasAttribute('disabled')) runAction(cur, cmd);
        break;
      }
      case 'explain':
        if (cur) expand(cur, cur.badge.chip.getAttribute('aria-expanded') !== 'true');
        break;
      case 'help':
        openHelp();
        break;
      case 'closehelp':
        closeHelp();
        break;
    }
  }

  function openHelp() {
    if (!help || !help.isConnected) {
      const k = keymap;
      help = h('dialog', { class: 'vetted-keys', 'data-vetted-keys': '', 'aria-labelledby': 'vetted-keys-title' });
      help.append(h('h2', { id: 'vetted-keys-title' }, text(k.title)));
      const dl = h('dl');
      for (const r of k.rows) {
        const dt = h('dt');
        dt.append(h('kbd', {}, text(r.key)));
        dl.append(dt, h('dd', {}, text(r.does)));
      }
      help.append(dl, h('p', {}, text(k.hint)), h('button', { type: 'button', 'data-vetted-keys-close': '' }, text(k.close)));
      help.addEventListener('click', (ev) => {
        ev.stopPropagation();
        if (ev.target instanceof Element && ev.target.hasAttribute('data-vetted-keys-close')) closeHelp();
      });
      help.addEventListener('keydown', (ev) => ev.stopPropagation());
      help.addEventListener('close', () => {
        if (helpBefore && helpBefore.isConnected) helpBefore.focus();
        helpBefore = null;
      });
      document.body.append(help);
    }
    helpBefore = document.activeElement;
    try {
      help.showModal();
    } catch {
      help.setAttribute('open', '');
    }
    const c = help.querySelector('[data-vetted-keys-close]');
    if (c) c.focus();
  }

  function closeHelp() {
    if (!help) return;
    try {
      help.close();
    } catch {
      help.removeAttribute('open');
    }
  }

  // ---- Following the page ---------------------------------------------

  let frame = 0;
  function poke() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      scan();
    });
  }

  function ours(node) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!(el && el.closest(OWN));
  }

  function relevant(records) {
    for (const r of records) {
      if (ours(r.target)) continue;
      if (r.type === 'childList') {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (nodes.length && nodes.every((n) => n.nodeType === 1 && own(n))) continue;
      }
      // Vetted's own highlight of a page control.
      if (r.type === 'attributes' && r.attributeName === 'class' && /\bvetted-highlight\b/.test(`${r.oldValue || ''} ${r.target.className}`)) continue;
      return true;
    }
    return false;
  }

  let homeName = 'hosted';

  // start begins following the page. opts.home, when given, answers the
  // core's requests (the core in the page); otherwise they go to the
  // background. opts.name names the home for make bench.
  function start(opts) {
    if (opts && opts.home) home = opts.home;
    if (opts && opts.name) homeName = opts.name;
    new MutationObserver((records) => {
      if (relevant(records)) poke();
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true });
    // The user's settings, the decision log or what Vetted learnt changed
    // (the options page, another tab, a decision): the core judges every
    // card again.
    try {
      api.storage.onChanged.addListener((changes, area) => {
        if ((area === 'sync' && changes.settings) || (area === 'local' && (changes.ledger || changes.learnt))) setTimeout(poke, 50);
      });
    } catch {
      // No storage API: nothing to follow.
    }
    addEventListener('keydown', onShortcut, { capture: true });
    listenBulk();
    addEventListener('popstate', poke);
    const nav = globalThis.navigation;
    if (nav && nav.addEventListener) nav.addEventListener('currententrychange', poke);
    scan();
  }

  // For make bench (in the isolated world): the floor of the hosted home,
  // a snapshot of the page sent to the background and back without the
  // core, in ms.
  async function echo() {
    const t0 = performance.now();
    const { tree } = await snapshot();
    await deliver({ type: 'vetted-echo' }, tree);
    return performance.now() - t0;
  }

  globalThis.vettedShell = { start, rescan: poke, echo };
})();
