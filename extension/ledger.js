/*
 * Vetted's decision log page: lists chrome.storage.local "ledger" newest
 * first, searches and filters it, exports it (CSV, JSON), imports a file
 * (merged without duplicates), changes the size limit (settings
 * ledger_limit in chrome.storage.sync "settings") and clears it. It draws
 * the decisions per week by action and by type and the share of each type
 * accepted (ledger-charts.js), and lists what Vetted learnt
 * (chrome.storage.local "learnt") with Forget and Reset; the JSON export and
 * import carry the learnt state with the log. The logic is the Go core's
 * (wasm/pageapi_ledger.go, wasm/pageapi_learn.go, core/ledger, core/learn,
 * core/backup); this file only moves data and draws it. Stored text is
 * always set as text, never HTML.
 */
'use strict';

const api = globalThis.chrome;
const msg = (key, subs) => api.i18n.getMessage(key, subs) || key;
const label = (key, fallback) => api.i18n.getMessage(key) || fallback;
const $ = (id) => document.getElementById(id);
const ui = api.i18n.getUILanguage();
const num = new Intl.NumberFormat(ui);
const when = new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeStyle: 'short' });
const MAX_FILE = 20 * 1024 * 1024;

const ACTIONS = {
  accept: 'badgeActionAccept',
  ignore: 'badgeActionIgnore',
  ask: 'badgeActionAsk',
  'accept-thanks': 'badgeActionAcceptThanks',
  'ignore-report': 'badgeActionIgnoreReport',
  block: 'badgeActionBlock',
};
const SITES = { linkedin: 'LinkedIn', facebook: 'Facebook', x: 'X', instagram: 'Instagram', xing: 'XING' };
const OUTCOMES = {
  done: 'ledgerOutcomeDone',
  refused: 'ledgerOutcomeRefused',
  'needs-user': 'ledgerOutcomeNeedsUser',
  stopped: 'ledgerOutcomeStopped',
  failed: 'ledgerOutcomeFailed',
};
const camel = (s) => String(s).replace(/(^|[_-])([a-z])/g, (_, __, c) => c.toUpperCase());
const actionLabel = (a) => (ACTIONS[a] ? label(ACTIONS[a], a) : a);
const outcomeLabel = (o) => (OUTCOMES[o] ? label(OUTCOMES[o], o) : o);
const typeLabel = (t) => (t ? label(`badgeType${camel(t)}`, t) : '');

let core = null;
let entries = []; // the stored log, oldest first, as chrome.storage.local holds it (not always a list: the core keeps anything else whole)
let unreadable = 0; // how many of entries cannot be read (kept as they are)
let settingsTree = null; // the stored settings, or null
let limit = 5000;
let learnt; // the stored learnt state as chrome.storage.local holds it, undefined when nothing was learnt
const WEEKS = 12;
const dayMonth = new Intl.DateTimeFormat(ui, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const fullDay = new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeZone: 'UTC' });
const STAT_ACTIONS = { accept: 'chartAccepted', ignore: 'chartIgnored', report: 'chartReported', block: 'chartBlocked', ask: 'chartAsked' };

function say(text) {
  $('problem').textContent = '';
  $('notice').textContent = text;
}

function complain(text) {
  $('notice').textContent = '';
  $('problem').textContent = text;
}

function errorText(e) {
  return (e && e.message) || String(e);
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function fillSelect(sel, map, text) {
  sel.append(option('', msg('ledgerAll')));
  for (const k of Object.keys(map)) sel.append(option(k, text(k)));
}

// dayStart is local midnight of an <input type=date> value, in Unix ms.
function dayStart(value, plusDays = 0) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return 0;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).getTime();
}

function query() {
  return {
    text: $('q').value,
    action: $('f-action').value,
    site: $('f-site').value,
    outcome: $('f-outcome').value,
    from: dayStart($('f-from').value),
    to: dayStart($('f-to').value, 1),
  };
}

function cell(tr, ...children) {
  const td = document.createElement('td');
  td.append(...children);
  tr.append(td);
  return td;
}

function span(text, cls) {
  const s = document.createElement('span');
  s.textContent = text;
  if (cls) s.className = cls;
  return s;
}

function row(r) {
  const tr = document.createElement('tr');
  tr.dataset.index = String(r.index);
  const name = r.name || msg('ledgerNoName');
  let who;
  if (r.link) {
    who = document.createElement('a');
    who.href = r.link;
    who.target = '_blank';
    who.rel = 'noopener noreferrer';
    who.textContent = name;
    who.title = msg('ledgerOpenProfile', [name]);
  } else {
    who = span(name);
  }
  who.classList.add('name');
  const nameCell = cell(tr, who);
  if (r.headline) nameCell.append(span(r.headline, 'sub'));
  if (SITES[r.site]) nameCell.append(span(SITES[r.site], 'sub'));

  if (r.at > 0) {
    const t = document.createElement('time');
    const d = new Date(r.at);
    t.dateTime = d.toISOString();
    t.textContent = when.format(d);
    cell(tr, t);
  } else {
    cell(tr, span(msg('ledgerUnknownTime'), 'sub'));
  }
  const act = cell(tr, span(r.actionLabel));
  if (r.bulk) act.append(span(msg('ledgerBulk'), 'sub'));
  cell(tr, span(r.outcomeLabel)).dataset.outcome = r.outcome;
  const verdict = cell(tr, span(r.typeLabel));
  if (r.level) {
    const lv = span(`${r.levelLabel} · ${msg('ledgerScore', [String(r.score)])}`, 'sub level');
    lv.dataset.level = r.level;
    verdict.append(lv);
  }
  const flags = cell(tr, span(r.flags.length ? r.flags.join(', ') : msg('ledgerNoFlags'), r.flags.length ? 'flags' : 'sub'));
  // The labels and the reason in the page's language, as the core words
  // them (the search matches these words).
  if (r.reason) flags.append(span(r.reason, 'sub reason'));
  return tr;
}

function render() {
  if (!core) return;
  const res = core.ledgerFilter(entries, query());
  const total = res.total;
  $('summary').textContent =
    total === 1 ? msg('ledgerSummaryOne', [num.format(limit)]) : msg('ledgerSummary', [num.format(total), num.format(limit)]);
  $('damaged').hidden = !res.invalid;
  // Entries that cannot be read are kept in storage as they are (the core
  // writes them back with every change), up to res.maxUnreadable.
  unreadable = res.invalid;
  $('damaged').textContent = res.invalid
    ? `${res.invalid === 1 ? msg('ledgerDamagedOne') : msg('ledgerDamaged', [num.format(res.invalid), num.format(res.maxUnreadable)])} ${msg('ledgerDamagedProblem', [res.problem])}`
    : '';
  $('shown').textContent = msg('ledgerShown', [num.format(res.rows.length), num.format(total)]);
  const body = document.createElement('tbody');
  body.id = 'rows';
  for (const r of res.rows) body.append(row(r));
  $('rows').replaceWith(body);
  $('log').hidden = res.rows.length === 0;
  $('empty').hidden = res.rows.length > 0;
  $('empty').textContent = total === 0 ? msg('ledgerEmpty') : msg('ledgerNoMatch');
  renderCharts();
}

const typeName = (t) => (t ? typeLabel(t) : msg('chartUnknownType'));

function fill(id, nodes) {
  const body = $(id).querySelector('.chart-body');
  body.replaceChildren(...nodes);
}

// renderCharts draws the decisions over the last WEEKS weeks from the
// core's figures (core.ledgerStats).
let charted = null; // the entries the charts show

function renderCharts() {
  if (charted === entries) return; // filters do not change the charts
  charted = entries;
  const st = core.ledgerStats(entries, Date.now(), WEEKS);
  const decided = st.weeks.reduce((n, w) => n + w.total, 0);
  const weekOf = (w) => ({ label: msg('chartWeekOf', [fullDay.format(new Date(w.start))]), short: dayMonth.format(new Date(w.start)), total: w.total });
  $('charts-note').textContent = msg('chartsNote', [num.format(decided), num.format(WEEKS)]);
  const fmt = (n) => num.format(n);
  const actions = st.actions.map((a, i) => ({ label: msg(STAT_ACTIONS[a] || a), style: i }));
  fill('chart-actions', globalThis.vettedCharts.stacked({
    weeks: st.weeks.map((w) => ({ ...weekOf(w), values: w.actions })),
    series: actions,
    top: st.top,
    step: st.step,
    fmt,
    text: {
      title: msg('chartActionsTitle'),
      desc: msg('chartActionsDesc', [num.format(decided), num.format(WEEKS)]),
      segment: (w, s, n) => `${w.label}: ${s.label} ${num.format(n)}`,
      total: (w, n) => msg('chartWeekTotal', [w.label, num.format(n)]),
      caption: msg('chartActionsTitle'),
      week: msg('chartWeek'),
      totalHead: msg('chartTotal'),
    },
  }));
  const types = st.weekTypes.map((t, i) => ({ label: typeName(t), key: t, style: i }));
  fill('chart-types', globalThis.vettedCharts.stacked({
    weeks: st.weeks.map((w) => ({ ...weekOf(w), values: st.weekTypes.map((t) => w.types[t] || 0) })),
    series: types,
    top: st.top,
    step: st.step,
    fmt,
    text: {
      title: msg('chartTypesTitle'),
      desc: msg('chartTypesDesc', [num.format(decided), num.format(WEEKS)]),
      segment: (w, s, n) => `${w.label}: ${s.label} ${num.format(n)}`,
      total: (w, n) => msg('chartWeekTotal', [w.label, num.format(n)]),
      caption: msg('chartTypesTitle'),
      week: msg('chartWeek'),
      totalHead: msg('chartTotal'),
    },
  }));
  const shares = st.types.map((t) => ({ ...t, label: typeName(t.type) }));
  fill('chart-shares', globalThis.vettedCharts.shares({
    types: shares,
    fmt,
    text: {
      title: msg('chartSharesTitle'),
      desc: shares.length ? msg('chartSharesDesc') : msg('chartSharesNone'),
      bar: (t) => msg('chartShareBar', [t.label, String(t.percent), num.format(t.accepted), num.format(t.decided)]),
      value: (t) => msg('chartShareValue', [String(t.percent), num.format(t.decided)]),
      caption: msg('chartSharesTitle'),
      head: [msg('chartType'), msg('chartDecided'), msg('chartAcceptedHead'), msg('chartShare')],
    },
  }));
}

const LEANS = { accept: 'learntLeanAccept', ignore: 'learntLeanIgnore', none: 'learntLeanNone' };
const KINDS = { note: 'learntKindNote', headline: 'learntKindHeadline', fact: 'learntKindFact', sender: 'learntKindSender', 'reported-note': 'learntKindReportedNote' };

// learntRow is one row of the learnt table; text holds the messages
// looked up once per rendering (thousands of rows).
function learntRow(it, text) {
  const tr = document.createElement('tr');
  tr.dataset.id = it.id;
  tr.dataset.lean = it.lean;
  const kind = text(KINDS[it.kind] || it.kind);
  let sub = it.action ? text(it.action === 'block' ? 'learntBlocked' : 'learntReported', kind) : kind;
  if (it.retired) sub = text('learntRetired', kind); // a fact an older version learnt, no longer read
  const what = cell(tr, span(it.label || text('ledgerNoName'), 'name'));
  what.append(span(sub, 'sub'));
  cell(tr, span(text(LEANS[it.lean] || it.lean), 'lean')).dataset.lean = it.lean;
  cell(tr, span(it.action ? '' : num.format(it.accepted)));
  cell(tr, span(it.action ? '' : num.format(it.ignored)));
  const corr = cell(tr, span(it.action ? '' : num.format(it.corrected)));
  if (it.types.length) corr.append(span(it.types.map((t) => `${typeLabel(t.type)} × ${num.format(t.count)}`).join(', '), 'sub'));
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'forget';
  b.dataset.id = it.id;
  b.dataset.label = it.label;
  b.textContent = text('learntForget');
  b.setAttribute('aria-label', text('learntForgetLabel', it.label));
  cell(tr, b);
  return tr;
}

// messages returns msg with each (key, one substitution) looked up once.
function messages() {
  const memo = new Map();
  return (key, sub) => {
    const k = `${key}\u0000${sub === undefined ? '' : sub}`;
    if (!memo.has(k)) memo.set(k, sub === undefined ? msg(key) : msg(key, [sub]));
    return memo.get(k);
  };
}

const LEARNT_ROWS = 200; // rows shown before "Show all"
let learntAll = false;

// renderLearnt lists the stored learnt state (core.learnList); a state that
// does not validate is reported and stays as stored.
let listed = null; // the learnt state listed, as JSON text

function renderLearnt(list) {
  const text = JSON.stringify(learnt === undefined ? null : learnt);
  if (!list && text === listed) return; // the same state (our own write coming back)
  listed = text;
  const res = list || core.learnList(learnt);
  const problem = $('learnt-problem');
  problem.hidden = res.ok;
  problem.textContent = res.ok ? '' : msg('learntDamaged', [res.error]);
  const body = document.createElement('tbody');
  body.id = 'learnt-rows';
  const items = res.ok ? res.items : [];
  const shown = learntAll ? items : items.slice(0, LEARNT_ROWS);
  const lookup = messages();
  for (const it of shown) body.append(learntRow(it, lookup));
  $('learnt-rows').replaceWith(body);
  $('learnt-more').hidden = shown.length === items.length;
  $('learnt-more').textContent = msg('learntShowAll', [num.format(items.length)]);
  $('learnt').hidden = items.length === 0;
  $('learnt-empty').hidden = items.length > 0 || !res.ok;
  $('learnt-empty').textContent = msg('learntEmpty');
  $('learnt-summary').textContent = res.ok
    ? msg('learntSummary', [num.format(res.decisions), num.format(res.accepted), num.format(res.ignored), num.format(res.corrected),
      num.format(res.features), num.format(res.maxFeatures), num.format(res.reported), num.format(res.maxReported)])
    : '';
  $('learnt-reset').disabled = learnt === undefined;
}

async function readLearnt() {
  const got = await api.storage.local.get('learnt');
  return got ? got.learnt : undefined;
}

// storeLearnt writes the learnt state; a failed write is reported and
// nothing changes.
async function storeLearnt(state) {
  try {
    await api.storage.local.set({ learnt: state });
    return true;
  } catch (e) {
    complain(msg('learntStoreFailed', [errorText(e)]));
    return false;
  }
}

async function forget(id, labelText) {
  let current;
  try {
    current = await readLearnt();
  } catch (e) {
    return complain(msg('learntReadFailed', [errorText(e)]));
  }
  const res = core.learnForget(current, id);
  if (!res.ok) return complain(msg('learntNotChanged', [res.error]));
  if (!(await storeLearnt(res.state))) return;
  learnt = res.state;
  renderLearnt(res.list);
  say(msg('learntForgotten', [labelText]));
}

async function resetLearnt() {
  const ok = await confirmDialog(msg('learntResetConfirm'), msg('learntResetOk'));
  if (!ok) return;
  const res = core.learnReset();
  if (!(await storeLearnt(res.state))) return;
  learnt = res.state;
  renderLearnt();
  say(msg('learntResetDone'));
}

function applySettings(tree) {
  settingsTree = tree === undefined ? null : tree;
  const info = core.ledgerSettings(settingsTree);
  limit = info.limit;
  const input = $('limit');
  input.min = String(info.min);
  input.max = String(info.max);
  if (document.activeElement !== input) input.value = String(limit);
  $('limit-help').textContent = msg('ledgerLimitHelp', [num.format(info.min), num.format(info.max)]);
}

// readLedger is the stored log as it is: a value that is not a list
// (damaged, or a newer version's) goes to the core, which keeps it whole.
async function readLedger() {
  const got = await api.storage.local.get('ledger');
  return (got && got.ledger) ?? [];
}

// size is how many items a stored log holds (one when it is not a list).
const size = (list) => (Array.isArray(list) ? list.length : 1);

async function load() {
  try {
    entries = await readLedger();
    learnt = await readLearnt();
    const got = await api.storage.sync.get('settings');
    applySettings(got ? got.settings : null);
  } catch (e) {
    complain(msg('ledgerReadFailed', [errorText(e)]));
  }
  render();
  renderLearnt();
}

// confirmDialog asks in a modal dialog; it resolves true on the OK button.
function confirmDialog(text, okText) {
  const dlg = $('confirm');
  $('confirm-text').textContent = text;
  $('confirm-ok').textContent = okText;
  return new Promise((resolve) => {
    dlg.addEventListener('close', () => resolve(dlg.returnValue === 'ok'), { once: true });
    dlg.returnValue = '';
    dlg.showModal();
    $('confirm-cancel').focus();
  });
}

// guarded is what the page stored last (an import), watched for a short
// while: a tab that read the log before the import and writes its own
// entries after it would write over it (chrome.storage has no
// transactions). Entries it lost are put back (core.ledgerRestore); a
// clear ends the watch. The tabs watch their own entries the same way.
let guarded = null;
const GUARD_MS = 60000;

function guard(list) {
  guarded = { list, until: Date.now() + GUARD_MS };
}

async function restoreGuarded(stored) {
  if (!guarded || Date.now() > guarded.until) {
    guarded = null;
    return;
  }
  const res = core.ledgerRestore(stored, guarded.list, limit);
  if (res.restored > 0) await store(res.entries);
}

// store writes the log; a failed write (the 10 MB quota) is reported and
// nothing changes.
async function store(list) {
  try {
    await api.storage.local.set({ ledger: list });
    return true;
  } catch (e) {
    complain(msg('ledgerStoreFailed', [errorText(e)]));
    return false;
  }
}

function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

async function exportAs(kind) {
  try {
    const list = await readLedger();
    const name = `vetted-decisions-${today()}.${kind}`;
    if (kind === 'csv') {
      download(name, 'text/csv;charset=utf-8', core.ledgerCSV(list));
      const n = size(list) - unreadable;
      const said = [msg(n === 1 ? 'ledgerExportedOne' : 'ledgerExported', [name, num.format(n)])];
      if (unreadable === 1) said.push(msg('ledgerExportedCSVUnreadableOne'));
      else if (unreadable > 0) said.push(msg('ledgerExportedCSVUnreadable', [num.format(unreadable)]));
      say(said.join(' '));
      return;
    }
    const state = await readLearnt();
    download(name, 'application/json', `${JSON.stringify(core.dataExport(list, state, Date.now()), null, 2)}\n`);
    say(msg(size(list) === 1 ? 'ledgerExportedLearntOne' : 'ledgerExportedLearnt', [name, num.format(size(list))]));
  } catch (e) {
    complain(msg('ledgerReadFailed', [errorText(e)]));
  }
}

async function importFile(file) {
  const refuse = (why) => complain(msg('ledgerImportRefused', [file.name, why]));
  if (file.size > MAX_FILE) return refuse(msg('ledgerImportTooBig', [String(MAX_FILE / 1024 / 1024)]));
  let text;
  let current;
  let currentLearnt;
  try {
    text = await file.text();
    current = await readLedger();
    currentLearnt = await readLearnt();
  } catch (e) {
    return refuse(errorText(e));
  }
  const ext = /\.(json|csv)$/i.exec(file.name);
  const res = core.dataImport(current, currentLearnt, text, ext ? ext[1].toLowerCase() : '', limit);
  if (!res.ok) return refuse(res.error);
  if (res.learnt) {
    // The file's learnt state replaces the stored one: ask first when
    // something was learnt already.
    const had = core.learnList(currentLearnt);
    if (!had.ok || had.items.length > 0) {
      const ok = await confirmDialog(msg('learntImportConfirm', [file.name, num.format(res.features + res.reported)]), msg('ledgerContinue'));
      if (!ok) return say(msg('learntImportCancelled', [file.name]));
    }
  }
  // completed: entries the log held gained what a newer version wrote in the file.
  const ledgerChanged = res.ledger && (res.added > 0 || res.dropped > 0 || res.completed > 0);
  const write = {};
  if (ledgerChanged) write.ledger = res.entries;
  if (res.learnt) write.learnt = res.state;
  if (Object.keys(write).length) {
    try {
      await api.storage.local.set(write); // both at once, or neither
    } catch (e) {
      return complain(msg(res.learnt ? 'learntStoreFailed' : 'ledgerStoreFailed', [errorText(e)]));
    }
  }
  if (res.learnt) {
    learnt = res.state;
    renderLearnt();
  }
  if (!res.ledger) return say(msg('learntImported', [file.name, num.format(res.features), num.format(res.reported), num.format(res.decisions)]));
  if (res.added > 0) guard(res.entries);
  const parts = [msg('ledgerImported', [file.name, num.format(res.added), num.format(res.duplicates)])];
  if (res.learnt) parts.push(msg('learntImportedToo', [num.format(res.features), num.format(res.reported), num.format(res.decisions)]));
  if (res.invalid > 0) parts.push(msg('ledgerImportedInvalid', [num.format(res.invalid), res.problems[0] || '']));
  if (res.completed > 0) parts.push(msg('ledgerImportedCompleted', [num.format(res.completed)]));
  if (res.dropped > 0) parts.push(msg('ledgerImportedDropped', [num.format(res.dropped)]));
  if (ledgerChanged) {
    entries = res.entries;
    render();
  }
  say(parts.join(' '));
}

async function saveLimit() {
  const raw = $('limit').value.trim();
  const n = raw === '' ? NaN : Number(raw);
  // The core writes the new limit into the settings storage holds now
  // (another computer's may have synced since), keeping every other
  // setting, a newer version's too; invalid settings are refused.
  let stored;
  try {
    const got = await api.storage.sync.get('settings');
    stored = got && got.settings !== undefined ? got.settings : null;
  } catch (e) {
    return complain(msg('ledgerReadFailed', [errorText(e)]));
  }
  const next = core.settingsWithLimit(stored, Number.isFinite(n) ? n : raw);
  if (!next.ok) return complain(msg('ledgerLimitInvalid', [next.error]));
  const tree = next.settings;
  let current;
  try {
    current = await readLedger();
  } catch (e) {
    return complain(msg('ledgerReadFailed', [errorText(e)]));
  }
  // What the new limit rotates out (entries that cannot be read are kept).
  const cut = core.ledgerTrim(current, n);
  if (cut.dropped > 0) {
    const ok = await confirmDialog(
      msg('ledgerLimitShrink', [num.format(n + cut.dropped), num.format(n), num.format(cut.dropped)]),
      msg('ledgerContinue'),
    );
    if (!ok) return;
  }
  try {
    await api.storage.sync.set({ settings: tree });
  } catch (e) {
    return complain(msg('ledgerStoreFailed', [errorText(e)]));
  }
  applySettings(tree);
  if (cut.dropped > 0) {
    if (!(await store(cut.entries))) return;
    entries = cut.entries;
  }
  render();
  say(msg('ledgerLimitSaved', [num.format(n)]));
}

async function clearLog() {
  let current;
  try {
    current = await readLedger();
  } catch (e) {
    return complain(msg('ledgerReadFailed', [errorText(e)]));
  }
  const ok = await confirmDialog(msg('ledgerClearConfirm', [num.format(size(current))]), msg('ledgerClearOk'));
  if (!ok) return;
  try {
    await api.storage.local.remove('ledger');
  } catch (e) {
    return complain(msg('ledgerStoreFailed', [errorText(e)]));
  }
  entries = [];
  render();
  say(msg('ledgerCleared'));
}

function translate() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = msg(el.dataset.i18n);
  document.documentElement.lang = ui;
  fillSelect($('f-action'), ACTIONS, actionLabel);
  fillSelect($('f-site'), SITES, (s) => SITES[s]);
  fillSelect($('f-outcome'), OUTCOMES, outcomeLabel);
}

async function main() {
  translate();
  try {
    core = await globalThis.vettedCoreLoaded;
  } catch (e) {
    complain(msg('ledgerNoCore', [errorText(e)]));
    $('summary').textContent = '';
    return;
  }
  const form = $('filters');
  form.addEventListener('input', render);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(render, 0));
  $('export-csv').addEventListener('click', () => exportAs('csv'));
  $('export-json').addEventListener('click', () => exportAs('json'));
  $('import-file').addEventListener('change', async (e) => {
    const input = e.target;
    const file = input.files && input.files[0];
    if (file) await importFile(file);
    input.value = '';
  });
  $('limit-form').addEventListener('submit', (e) => {
    e.preventDefault();
    saveLimit();
  });
  $('clear').addEventListener('click', clearLog);
  $('learnt-reset').addEventListener('click', resetLearnt);
  $('learnt').addEventListener('click', (e) => {
    const b = e.target.closest('button.forget');
    if (b) forget(b.dataset.id, b.dataset.label);
  });
  $('learnt-more').addEventListener('click', () => {
    learntAll = true;
    renderLearnt(core.learnList(learnt));
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.ledger) {
      const v = changes.ledger.newValue;
      entries = v ?? [];
      render();
      if (v === undefined) guarded = null; // cleared
      else restoreGuarded(v);
    }
    if (area === 'local' && changes.learnt) {
      learnt = changes.learnt.newValue;
      renderLearnt();
    }
    if (area === 'sync' && changes.settings) {
      applySettings(changes.settings.newValue);
      render();
    }
  });
  await load();
  document.body.dataset.ready = 'true';
}

main();
