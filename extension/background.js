/*
 * Vetted background (a service worker in Chromium, an event page in
 * Firefox). It only keeps what each tab's content script reports — mode,
 * card counts, problems, the last action — so the popup can show it, and
 * sets the toolbar badge. It makes no network request and runs no page code.
 *
 * Status lives in memory and in storage.session, because the service worker
 * may be stopped between messages.
 */
'use strict';

// The hosted core (host.js) lives here too: Chromium's service worker
// imports it; Firefox's event page lists it before this script.
if (typeof importScripts === 'function') importScripts('wasm_exec.js', 'host.js');

const api = globalThis.chrome;
const KEY = 'tabStatus';
const MAX_TEXT = 300;

/** @type {Map<number, object>} tab id → last status */
const tabs = new Map();

const restored = api.storage.session
  .get(KEY)
  .then((got) => {
    for (const [id, st] of Object.entries((got && got[KEY]) || {})) {
      if (!tabs.has(Number(id))) tabs.set(Number(id), st);
    }
  })
  .catch(() => {});

function text(v) {
  return typeof v === 'string' ? v.slice(0, MAX_TEXT) : undefined;
}

function count(v) {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0;
}

function counts(obj, keys) {
  const out = {};
  if (obj && typeof obj === 'object') {
    for (const k of keys || Object.keys(obj).slice(0, 20)) out[text(k)] = count(obj[k]);
  }
  return out;
}

function people(list, withReason) {
  const out = [];
  for (const x of Array.isArray(list) ? list.slice(0, 500) : []) {
    if (!x || typeof x !== 'object') continue;
    const p = { key: text(x.key), name: text(x.name) };
    if (withReason) p.reason = text(x.reason);
    out.push(p);
  }
  return out;
}

// bulkOf keeps the known fields of a bulk run's progress or summary
// (core/bulk Run.Tree), as text and counts only.
function bulkOf(b, at) {
  if (!b || typeof b !== 'object') return undefined;
  return {
    kind: text(b.kind),
    action: text(b.action),
    state: text(b.state),
    total: count(b.total),
    current: count(b.current),
    done: people(b.done),
    skipped: people(b.skipped, true),
    notReached: people(b.not_reached),
    stop: text(b.stop),
    stopName: text(b.stop_name),
    message: text(b.message),
    at,
  };
}

// merge folds one message from a content script into the tab's status.
function merge(prev, msg) {
  const st = { ...(prev || {}) };
  const at = new Date().toISOString();
  if (msg.type === 'vetted-bulk') {
    st.bulk = bulkOf(msg.bulk, at);
    return st;
  }
  if (msg.type === 'vetted-action') {
    st.lastAction = {
      action: text(msg.action),
      outcome: text(msg.outcome),
      name: text(msg.name),
      message: text(msg.message),
      at,
    };
    return st;
  }
  const state = text(msg.state);
  if (state === 'recovered') {
    // The decision log's kept entries are saved now: take the error back.
    delete st.error;
    return st;
  }
  if (state === 'error') {
    // An error may say two (the decision log's and what Vetted learnt's).
    st.error = (typeof msg.message === 'string' ? msg.message.slice(0, 2 * MAX_TEXT) : '') || 'unknown error';
    st.at = at;
    return st;
  }
  // A new mode replaces the previous one (a new page, a new scan).
  const next = { state, site: text(msg.site), url: text(msg.url), at };
  if (state === 'active') {
    next.total = count(msg.total);
    next.levels = counts(msg.levels, ['safe', 'review', 'danger']);
    next.types = counts(msg.types);
  }
  if (state === 'blocked') {
    next.reason = text(msg.reason);
    next.siteName = text(msg.siteName);
  }
  if (msg.message) next.message = text(msg.message);
  if (msg.problem) next.problem = text(msg.problem);
  // Keep an error only while the same page is still running.
  if (state !== 'loading' && st.error && st.url === next.url) next.error = st.error;
  if (state !== 'loading' && st.lastAction) next.lastAction = st.lastAction;
  if (state !== 'loading' && st.bulk) next.bulk = st.bulk;
  return next;
}

function badgeFor(st) {
  if (!st) return { text: '', color: '#57606a' };
  if (st.state === 'blocked' || st.error) return { text: '!', color: '#9a6700' };
  if (st.state === 'active') {
    const danger = (st.levels && st.levels.danger) || 0;
    if (danger > 0) return { text: String(danger), color: '#b3261e' };
    return { text: st.total ? String(st.total) : '', color: '#1a7f37' };
  }
  return { text: '', color: '#57606a' };
}

function show(tabId, st) {
  const b = badgeFor(st);
  const done = () => void api.runtime.lastError;
  try {
    api.action.setBadgeBackgroundColor({ tabId, color: b.color }, done);
    api.action.setBadgeText({ tabId, text: b.text }, done);
  } catch {
    // The tab is gone.
  }
}

function save() {
  api.storage.session.set({ [KEY]: Object.fromEntries(tabs) }).catch(() => {});
}

api.runtime.onMessage.addListener((msg, sender, reply) => {
  if (!msg || typeof msg !== 'object' || sender.id !== api.runtime.id) return false;
  const fromTab = msg.type === 'vetted-status' || msg.type === 'vetted-action' || msg.type === 'vetted-bulk';
  if (fromTab && sender.tab && sender.frameId === 0) {
    const tabId = sender.tab.id;
    restored.then(() => {
      const st = merge(tabs.get(tabId), msg);
      tabs.set(tabId, st);
      show(tabId, st);
      save();
    });
    return false;
  }
  // From the extension's own pages only (the popup), never from a content script.
  const ownPage = typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL(''));
  if (msg.type === 'vetted-get-status' && typeof msg.tabId === 'number' && ownPage) {
    restored.then(() => reply(tabs.get(msg.tabId) || null));
    return true;
  }
  return false;
});

api.tabs.onRemoved.addListener((tabId) => {
  restored.then(() => {
    if (tabs.delete(tabId)) save();
  });
});
