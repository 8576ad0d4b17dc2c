/*
 * Vetted popup: the current tab's invitations as the content script
 * reported them to the background (counts per level and per type), the two
 * bulk actions, and links to the settings and the decision log. On a page
 * Vetted does not work on it lists the pages it works on.
 *
 * Bulk triage (DESIGN §6; the runner is in the tab: extension/shell.js, or wasm/bulk.go
 * where the core runs in the page): a bulk
 * button asks the tab for the plan and lists the names it will act on and
 * the ones it skips with why; Start runs it in the tab; the popup follows
 * the run through the background's tab status (so a reopened popup still
 * shows it) and can cancel it; the end shows the summary.
 *
 * When the page shows invitations that could not be read, it says how many
 * and offers their anonymised markup ("Copy skeleton") for a bug report.
 *
 * Every text from the page (names) is set with textContent, never as HTML.
 */
'use strict';

const api = globalThis.chrome;
const msg = (key, subs) => api.i18n.getMessage(key, subs) || key;
const SITES = ['siteLinkedIn', 'siteFacebook', 'siteX', 'siteInstagram', 'siteXing'];
const LEVELS = ['safe', 'review', 'danger'];
const TYPES = [
  'known_contact', 'industry_peer', 'verified_account', 'recruiter', 'salesperson', 'stranger',
  'fake_profile', 'competitor', 'scammer', 'page_invite', 'blocked_person',
];
const POLL_MS = 300;

let tabId;
let ping = null; // what the tab's loader said
let pollTimer = 0;

function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'className') e.className = v;
    else e.setAttribute(k, v);
  }
  return e;
}

const p = (text, cls) => el('p', text, cls ? { className: cls } : null);
const keyOf = (s) => String(s || '').replace(/-/g, '_');

function worksOn() {
  const ul = el('ul');
  for (const key of SITES) ul.append(el('li', msg(key)));
  return [p(msg('popupWorksOn')), ul];
}

function describe(ping, st) {
  if (ping.state === 'idle') return [p(msg('popupIdle'))];
  if (ping.state === 'blocked' || (st && st.state === 'blocked')) {
    return [p(msg('popupBlockedCsp', [ping.siteName || (st && st.siteName) || '']), 'error')];
  }
  const out = [];
  if (st && st.state === 'active') {
    const l = st.levels || {};
    out.push(p(msg('popupActive', [String(st.total || 0), String(l.safe || 0), String(l.review || 0), String(l.danger || 0)])));
  } else if (st && st.state === 'no-list') {
    out.push(p(msg('popupNoList')));
  } else if (ping.state !== 'error') {
    out.push(p(msg('popupLoading')));
  }
  if (st && st.problem) out.push(p(msg('popupProblem', [st.problem]), 'problem'));
  const error = ping.state === 'error' ? ping.message : st && st.error;
  if (error) out.push(p(msg('popupError', [error]), 'error'));
  return out;
}

// counts lists the invitations per level and per type (types with none
// are left out; unknown types are shown by their id).
function counts(st) {
  const box = el('div', null, { className: 'counts', id: 'counts' });
  const levels = el('ul', null, { id: 'counts-levels' });
  for (const l of LEVELS) {
    levels.append(el('li', msg('popupCountLine', [msg(`popupLevel_${l}`), String((st.levels || {})[l] || 0)]), { 'data-level': l }));
  }
  const types = el('ul', null, { id: 'counts-types' });
  const got = st.types || {};
  const order = [...TYPES, ...Object.keys(got).filter((t) => !TYPES.includes(t)).sort()];
  for (const t of order) {
    const n = got[t] || 0;
    if (!n) continue;
    const label = TYPES.includes(t) ? msg(`popupType_${t}`) : t;
    types.append(el('li', msg('popupCountLine', [label, String(n)]), { 'data-type': t }));
  }
  const col = (heading, list) => {
    const d = el('div');
    d.append(el('h2', heading), list);
    return d;
  };
  box.append(col(msg('popupLevels'), levels), col(msg('popupTypes'), types));
  return box;
}

function show(view, ...children) {
  const box = document.getElementById('view');
  box.dataset.view = view;
  box.replaceChildren(...children);
}

function button(id, text, onClick, primary) {
  const b = el('button', text, { id, type: 'button' });
  if (primary) b.className = 'primary';
  b.addEventListener('click', onClick);
  return b;
}

function names(id, list, withReason) {
  const ul = el('ul', null, { id, className: 'names' });
  for (const x of list || []) {
    const text = withReason ? msg('bulkNameReason', [x.name || x.key || '?', msg(`bulkSkip_${keyOf(x.reason)}`)]) : x.name || x.key || '?';
    ul.append(el('li', text, { 'data-key': x.key || '' }));
  }
  return ul;
}

async function tabAsk(message) {
  try {
    return await api.tabs.sendMessage(tabId, message);
  } catch {
    return null;
  }
}

async function status() {
  return api.runtime.sendMessage({ type: 'vetted-get-status', tabId }).catch(() => null);
}

// mainView: the counts, the bulk buttons and the last run's summary.
function mainView(st) {
  stopPolling();
  const parts = [];
  if (st && st.state === 'active') {
    parts.push(counts(st));
    if (st.total > 0) {
      parts.push(el('h2', msg('bulkHeading')));
      const row = el('div', null, { className: 'buttons' });
      row.append(
        button('bulk-accept', msg('bulkAcceptAll'), () => planView('accept-recommended')),
        button('bulk-ignore', msg('bulkIgnoreAll'), () => planView('ignore-flagged')),
      );
      parts.push(row);
    }
  }
  if (st && st.bulk && st.bulk.state && st.bulk.state !== 'running') parts.push(...summary(st.bulk));
  show('main', ...parts);
}

async function backToMain() {
  const st = await status();
  if (st && ping) document.getElementById('status').replaceChildren(...describe(ping, st));
  mainView(st);
}

function errorView(key) {
  show('error', p(msg(`bulkError_${keyOf(key)}`), 'error'), button('bulk-back', msg('bulkBack'), backToMain));
}

// planView asks the tab what the bulk action would do and asks to confirm.
async function planView(kind) {
  const got = await tabAsk({ type: 'vetted-bulk-plan', kind });
  if (!got || !got.plan) return errorView((got && got.error) || 'page');
  if (got.running) return runView();
  const plan = got.plan;
  const targets = plan.targets || [];
  const skipped = plan.skipped || [];
  const parts = [];
  if (targets.length) {
    const key = plan.action === 'ignore' ? 'bulkPlanIgnore' : 'bulkPlanAccept';
    parts.push(p(msg(key, [String(targets.length)])), names('bulk-targets', targets));
  } else {
    parts.push(p(msg('bulkPlanNone')));
  }
  if (skipped.length) parts.push(el('h2', msg('bulkSkippedHeading', [String(skipped.length)])), names('bulk-skipped', skipped, true));
  if (targets.length) parts.push(p(msg('bulkPlanNote'), 'note'));
  const row = el('div', null, { className: 'buttons' });
  if (targets.length) {
    const keys = targets.map((t) => t.key);
    row.append(button('bulk-start', msg('bulkStart'), () => start(kind, keys), true));
  }
  row.append(button('bulk-back', msg('bulkBack'), backToMain));
  parts.push(row);
  show('plan', ...parts);
}

async function start(kind, keys) {
  const got = await tabAsk({ type: 'vetted-bulk-start', kind, keys });
  if (!got || !got.ok) return errorView((got && got.error) || 'page');
  runView(got.run);
}

function progressText(b) {
  const key = b.action === 'ignore' ? 'bulkBarIgnoring' : 'bulkBarAccepting';
  return msg(key, [String(b.current || (b.done || []).length || 1), String(b.total || 0)]);
}

// runView follows a run until it ends, then shows its summary.
function runView(initial) {
  const line = p(initial ? progressText(initial) : '', null);
  line.id = 'bulk-progress';
  const cancel = button('bulk-cancel', msg('bulkCancel'), async () => {
    cancel.disabled = true;
    await tabAsk({ type: 'vetted-bulk-cancel' });
  });
  const row = el('div', null, { className: 'buttons' });
  row.append(cancel);
  show('run', line, row);
  stopPolling();
  const tick = async () => {
    const st = await status();
    const b = st && st.bulk;
    if (b && b.state && b.state !== 'running') {
      if (st) document.getElementById('status').replaceChildren(...describe(ping, st));
      const row = el('div', null, { className: 'buttons' });
      row.append(button('bulk-back', msg('bulkBack'), backToMain));
      show('summary', ...summary(b), row);
      return;
    }
    if (b && b.state === 'running') line.textContent = progressText(b);
    pollTimer = setTimeout(tick, POLL_MS);
  };
  pollTimer = setTimeout(tick, POLL_MS);
}

function stopPolling() {
  clearTimeout(pollTimer);
  pollTimer = 0;
}

// summary is the end of a run: finished or why it stopped, what was done,
// what was skipped and why, and what it did not get to.
function summary(b) {
  const out = [];
  const box = el('div', null, { id: 'bulk-summary', 'data-state': b.state || '', 'data-stop': b.stop || '' });
  if (b.stop) {
    const why = msg(`bulkStop_${keyOf(b.stop)}`);
    box.append(p(b.stopName ? msg('bulkStoppedAt', [b.stopName, why]) : msg('bulkBarStopped', [why]), b.stop === 'cancelled' ? null : 'error'));
  } else {
    box.append(p(msg('bulkFinished')));
  }
  const done = b.done || [];
  box.append(el('h2', msg('bulkDoneHeading', [String(done.length)])), names('bulk-done', done));
  if ((b.skipped || []).length) box.append(el('h2', msg('bulkSkippedHeading', [String(b.skipped.length)])), names('bulk-skipped', b.skipped, true));
  if ((b.notReached || []).length) box.append(el('h2', msg('bulkNotReachedHeading', [String(b.notReached.length)])), names('bulk-not-reached', b.notReached));
  out.push(box);
  return out;
}

// unreadView tells how many invitations on the page could not be read
// (the tab's answer to vetted-unread: {count, skeletons}, from the core's
// page.Adapter.Unread) and offers their markup skeletons, anonymised by
// the core, for a bug report. Nothing is sent anywhere.
function unreadView(u) {
  const box = document.getElementById('unread');
  const count = u && Number.isInteger(u.count) && u.count > 0 ? u.count : 0;
  box.hidden = count === 0;
  if (!count) return box.replaceChildren();
  const skeletons = (Array.isArray(u.skeletons) ? u.skeletons : []).filter((s) => typeof s === 'string');
  const line = p(count === 1 ? msg('popupUnreadOne') : msg('popupUnread', [String(count)]), 'problem');
  line.id = 'unread-line';
  const parts = [line];
  if (skeletons.length) {
    const text = skeletons.join('\n\n');
    const help = p(msg('popupUnreadHelp'), 'note');
    help.id = 'unread-help';
    const done = el('p', null, { id: 'unread-copied', role: 'status', className: 'note' });
    const copy = button('copy-skeleton', msg('popupCopySkeleton'), async () => {
      try {
        await navigator.clipboard.writeText(text);
        done.textContent = msg('popupCopied');
      } catch {
        // No clipboard: show the text, selected, to copy by hand.
        done.textContent = msg('popupCopyFailed');
        const area = el('textarea', null, { id: 'unread-skeletons', readonly: '', rows: '6', 'aria-label': msg('popupSkeletonLabel') });
        area.value = text;
        box.querySelector('#unread-skeletons')?.remove();
        box.append(area);
        area.focus();
        area.select();
      }
    });
    copy.setAttribute('aria-describedby', 'unread-line unread-help');
    const row = el('div', null, { className: 'buttons' });
    row.append(copy);
    parts.push(help, row, done);
  }
  box.replaceChildren(...parts);
}

function links() {
  document.getElementById('open-settings').addEventListener('click', (e) => {
    e.preventDefault();
    api.runtime.openOptionsPage().catch(() => api.tabs.create({ url: api.runtime.getURL('options.html') }));
  });
  document.getElementById('open-ledger').addEventListener('click', (e) => {
    e.preventDefault();
    api.tabs.create({ url: api.runtime.getURL('ledger.html') });
  });
}

async function main() {
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = msg(e.dataset.i18n);
  document.documentElement.lang = api.i18n.getUILanguage();
  links();
  const box = document.getElementById('status');
  // popup.html?tab=<id> shows another tab (for tests and debugging).
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = forced ? [{ id: forced }] : await api.tabs.query({ active: true, currentWindow: true });
  if (tab && tab.id !== undefined) {
    tabId = tab.id;
    ping = await tabAsk({ type: 'vetted-ping' });
  }
  if (!ping || !ping.site) {
    box.replaceChildren(...worksOn());
    return;
  }
  const st = await status();
  box.replaceChildren(...describe(ping, st));
  tabAsk({ type: 'vetted-unread' }).then(unreadView);
  if (st && st.bulk && st.bulk.state === 'running') runView(st.bulk);
  else mainView(st);
}

main();
