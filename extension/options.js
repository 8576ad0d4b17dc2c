/*
 * Vetted options page: every setting of core/settings in one form. The Go
 * core (core.wasm, through core-page.js) gives the defaults and the rules
 * and validates every change (wasm/pageapi_settings.go); this script only
 * moves values between the form and the settings tree, shows the core's
 * messages next to the fields, and reads and writes chrome.storage.sync
 * key "settings" (the content script re-judges open pages when it changes).
 * storage.sync is shared with the user's other computers, which may run
 * another version: what a newer one saved that this one does not know is
 * kept, and written back, by the core (settings.FromStored, Keeping).
 */
'use strict';

const api = globalThis.chrome;
const msg = (key, subs) => api.i18n.getMessage(key, subs) || key;
const KEY = 'settings';
const TEMPLATES = ['thank_you', 'ask_context'];
const GROUPS = { identity: 'optionsGroupIdentity', note: 'optionsGroupNote', context: 'optionsGroupContext' };
// The list settings: [setting, label key, container, help id].
const LISTS = [
  ['own_companies', 'optionsOwnCompanies', 'lists', 'lists-help'],
  ['schools', 'optionsSchools', 'lists', 'lists-help'],
  ['industry_keywords', 'optionsIndustryKeywords', 'lists', 'lists-help'],
  ['competitors', 'optionsCompetitors', 'lists', 'lists-help'],
  ['trusted', 'optionsTrusted', 'people-lists', 'people-help'],
  ['blocked', 'optionsBlocked', 'people-lists', 'people-help'],
];
const PACING = ['min_delay_ms', 'max_delay_ms', 'max_per_run', 'max_per_hour'];
const DELAYS = new Set(['min_delay_ms', 'max_delay_ms']);

let core = null;
let rules = [];
const $ = (id) => document.getElementById(id);
const idOf = (input) => input.replace(/\./g, '-'); // "pacing.min_delay_ms" → "pacing-min_delay_ms"
const control = (input) => $(`f-${idOf(input)}`);

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// --- building the form ---------------------------------------------------

function buildLists() {
  for (const [name, label, box, help] of LISTS) {
    const id = `f-${name}`;
    const field = el('div', { class: 'field' });
    field.append(
      el('label', { for: id }, msg(label)),
      el('textarea', { id, rows: '4', spellcheck: 'false', 'aria-describedby': `${help} e-${name}` }),
      el('div', { class: 'error', id: `e-${name}` }),
    );
    $(box).append(field);
  }
}

function buildRules() {
  const box = $('rule-groups');
  for (const [group, key] of Object.entries(GROUPS)) {
    const mine = rules.filter((r) => r.group === group);
    if (!mine.length) continue;
    const fs = el('fieldset', { class: 'rule-group' });
    fs.append(el('legend', {}, msg(key)));
    for (const r of mine) fs.append(ruleRow(r));
    box.append(fs);
  }
  // A group the page does not know yet still shows its rules.
  const rest = rules.filter((r) => !GROUPS[r.group]);
  if (rest.length) {
    const fs = el('fieldset', { class: 'rule-group' });
    fs.append(el('legend', {}, msg('optionsGroupOther')));
    for (const r of rest) fs.append(ruleRow(r));
    box.append(fs);
  }
}

function ruleRow(r) {
  const id = `f-rules-${r.id}`;
  const row = el('div', { class: 'rule' });
  const label = el('label', { class: 'check', for: id });
  const box = el('input', { type: 'checkbox', id, 'data-rule': r.id, 'aria-describedby': `d-${r.id} e-rules-${r.id}` });
  label.append(box, ' ', el('span', { class: 'rule-title' }, r.title));
  row.append(label, el('p', { class: 'help', id: `d-${r.id}` }, r.doc), el('div', { class: 'error', id: `e-rules-${r.id}` }));
  return row;
}

// --- form ⇄ settings tree ------------------------------------------------

// entries are the non-blank lines of a textarea, as typed (the core trims).
function entries(name) {
  return control(name).value.split('\n').filter((l) => l.trim() !== '');
}

// number gives a number for the core, or the text as typed when it is
// not one (the core refuses it with a message).
function number(text, scale = 1) {
  const t = text.trim();
  const n = Number(t);
  return t === '' || !Number.isFinite(n) ? t : Math.round(n * scale);
}

function readForm() {
  const tree = {};
  for (const [name] of LISTS) tree[name] = entries(name);
  const strict = document.querySelector('input[name="strictness"]:checked');
  tree.strictness = strict ? strict.value : '';
  tree.job_search = control('job_search').checked;
  tree.rules = {};
  for (const box of document.querySelectorAll('input[data-rule]')) tree.rules[box.dataset.rule] = box.checked;
  tree.templates = {};
  for (const t of TEMPLATES) tree.templates[t] = control(`templates.${t}`).value;
  tree.pacing = {};
  for (const p of PACING) tree.pacing[p] = number(control(`pacing.${p}`).value, DELAYS.has(p) ? 1000 : 1);
  tree.ledger_limit = number(control('ledger_limit').value);
  return tree;
}

function fillForm(tree) {
  clearErrors();
  for (const [name] of LISTS) control(name).value = (tree[name] || []).join('\n');
  for (const radio of document.querySelectorAll('input[name="strictness"]')) radio.checked = radio.value === tree.strictness;
  control('job_search').checked = !!tree.job_search;
  const toggles = tree.rules || {};
  for (const r of rules) control(`rules.${r.id}`).checked = r.id in toggles ? !!toggles[r.id] : r.on;
  for (const t of TEMPLATES) control(`templates.${t}`).value = tree.templates[t];
  for (const p of PACING) control(`pacing.${p}`).value = String(DELAYS.has(p) ? tree.pacing[p] / 1000 : tree.pacing[p]);
  control('ledger_limit').value = String(tree.ledger_limit);
  preview();
}

// --- messages ------------------------------------------------------------

function say(box, text, kind = 'ok', details = []) {
  box.replaceChildren();
  box.className = `status ${kind}`;
  if (!text) return;
  box.append(el('p', {}, text));
  if (details.length) {
    const ul = el('ul');
    for (const d of details) ul.append(el('li', {}, d));
    box.append(ul);
  }
}

function clearErrors() {
  for (const e of document.querySelectorAll('.error')) e.replaceChildren();
  for (const c of document.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
}

// showErrors puts each of the core's problems next to its input and
// returns the first control to focus; problems without an input of their
// own are returned as lines for the status.
function showErrors(problems) {
  let first = null;
  const loose = [];
  for (const p of problems) {
    let input = p.input;
    let box = $(`e-${idOf(input)}`);
    let ctl = input === 'strictness' ? document.querySelector('input[name="strictness"]') : control(input);
    if (!box && input.startsWith('rules.')) {
      box = $('e-rules');
      ctl = document.querySelector('input[data-rule]');
      input = 'rules';
    }
    if (!box) {
      loose.push(p.field ? `${p.field}: ${p.detail}` : p.detail);
      continue;
    }
    let text = p.message;
    if (p.entry >= 0) {
      const list = entries(input);
      text = msg('optionsEntryProblem', [String(p.entry + 1), (list[p.entry] || '').trim(), p.message]);
    }
    box.append(el('p', {}, text));
    const invalid = input === 'strictness' ? $('f-strictness') : ctl;
    if (invalid) invalid.setAttribute('aria-invalid', 'true');
    if (!first && ctl) first = ctl;
  }
  return { first, loose };
}

// --- storage -------------------------------------------------------------

async function readStored() {
  const got = await api.storage.sync.get(KEY);
  return got && got[KEY] !== undefined ? got[KEY] : null;
}

// store writes the settings; it returns an error message or "".
async function store(tree) {
  try {
    if (tree === null) await api.storage.sync.remove(KEY);
    else await api.storage.sync.set({ [KEY]: tree });
    return '';
  } catch (e) {
    const text = (e && e.message) || String(e);
    // storage.sync holds at most 8 KB per item: long lists can exceed it.
    return /quota/i.test(text) ? msg('optionsQuotaExceeded', [text]) : text;
  }
}

// --- actions -------------------------------------------------------------

async function save(ev) {
  ev.preventDefault();
  clearErrors();
  const status = $('status');
  const stored = await storedNow(status);
  if (stored === undefined) return;
  // The core keeps in the settings to write what a newer version saved
  // that this one does not know (stored as it is now: another computer's
  // may have synced since the page opened).
  const result = core.validateSettings(readForm(), stored);
  if (!result.ok) {
    const { first, loose } = showErrors(result.errors);
    say(status, msg('optionsNotSaved', [String(result.errors.length)]), 'error', loose);
    if (first) first.focus();
    return;
  }
  if (!replaceConfirmed(result, status)) return;
  if (await keep(result, status)) say(status, msg('optionsSaved'));
}

// storedNow reads what storage holds before a write; undefined when it
// cannot be read (said in status: nothing is written then).
async function storedNow(status) {
  try {
    return await readStored();
  } catch (e) {
    say(status, msg('optionsStoreFailed', [(e && e.message) || String(e)]), 'error');
    return undefined;
  }
}

// replaceConfirmed asks before settings are written over saved settings
// that do not validate (result.replaces names their problems' fields):
// what the form did not show of them is lost.
function replaceConfirmed(result, status) {
  if (!result.replaces.length) return true;
  const fields = result.replaces.filter((f) => f !== '').join(', ') || msg('optionsReplaceWhole');
  if (globalThis.confirm(msg('optionsReplaceInvalidConfirm', [fields]))) return true;
  say(status, msg('optionsReplaceCancelled'));
  return false;
}

// keep stores valid settings (result: the core's validateSettings or
// importSettings) and shows them in the form; a failed write is said in
// status and the form stays as the user left it.
async function keep(result, status) {
  const settings = result.settings;
  const problem = await store(settings);
  if (problem) {
    say(status, msg('optionsStoreFailed', [problem]), 'error');
    return false;
  }
  fillForm(settings);
  showKept(result.kept);
  return true;
}

// showKept says which settings a newer version saved that this one keeps
// but does not use (names: the core's kept).
function showKept(names) {
  if (names && names.length) say($('kept'), msg('optionsNewerKept'), 'note', names);
  else say($('kept'), '');
}

async function importFile() {
  const input = $('import');
  const file = input.files && input.files[0];
  const status = $('file-status');
  if (!file) return;
  input.value = '';
  let tree;
  try {
    tree = JSON.parse(await file.text());
  } catch {
    say(status, msg('optionsImportNotJSON', [file.name]), 'error');
    return;
  }
  const stored = await storedNow(status);
  if (stored === undefined) return;
  // A settings file is checked as strictly as the form: an unknown key is
  // a typo. A file an earlier version exported, whose one problem is a log
  // limit it allowed, is taken as saved settings are (settings.Saved),
  // with the same warning. What a newer version saved is kept: storage's,
  // and the file's (under the key the export puts them).
  const result = core.importSettings(tree, stored);
  if (!result.ok) {
    const lines = problemLines(result.errors);
    if (result.unknown.length) lines.push(msg('optionsImportUnknown'));
    say(status, msg('optionsImportRefused', [file.name]), 'error', lines);
    return;
  }
  if (!replaceConfirmed(result, status)) return;
  if (!(await keep(result, status))) return;
  if (result.earlier) say($('status'), storedProblem(result), 'error', problemLines(result.errors));
  else say($('status'), '');
  say(status, msg('optionsImported', [file.name]));
}

const problemLines = (errors) => errors.map((p) => (p.field ? `${p.field}: ${p.detail}` : p.detail));

// storedProblem says what the form shows for saved settings that do not
// validate (kept: core.storedSettings): what Vetted runs with meanwhile,
// and, when the log's limit is more than Save takes, to lower it.
function storedProblem(kept) {
  const num = (n) => n.toLocaleString(api.i18n.getUILanguage());
  if (kept.earlier) return msg('optionsStoredLimitTooLarge', [num(kept.limit), num(kept.max)]);
  if (kept.limit > kept.max) return msg('optionsStoredInvalidLimit', [num(kept.limit), num(kept.max)]);
  return msg('optionsStoredInvalid', [num(kept.limit)]);
}

async function exportFile() {
  let tree;
  try {
    // What a newer version saved goes under its own key, for the import
    // to take back (core.exportSettings).
    tree = core.exportSettings(await readStored());
  } catch (e) {
    say($('file-status'), msg('optionsStoreFailed', [(e && e.message) || String(e)]), 'error');
    return;
  }
  const blob = new Blob([JSON.stringify(tree, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: 'vetted-settings.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say($('file-status'), msg('optionsExported'));
}

async function reset() {
  // Reset removes the settings a newer version saved too: the question
  // says so when there are any (or storage cannot be read to tell).
  let newer = true;
  try {
    newer = core.storedSettings(await readStored()).kept.length > 0;
  } catch {
    // asked as if there were; a failed write is said below
  }
  if (!globalThis.confirm(msg(newer ? 'optionsResetConfirmNewer' : 'optionsResetConfirm'))) return;
  const problem = await store(null);
  if (problem) {
    say($('status'), msg('optionsStoreFailed', [problem]), 'error');
    return;
  }
  fillForm(core.defaults());
  showKept([]);
  say($('status'), msg('optionsResetDone'));
}

function preview() {
  const name = $('f-sample').value;
  for (const t of TEMPLATES) $(`preview-${t}`).textContent = core.previewTemplate(t, control(`templates.${t}`).value, name);
}

// --- start ---------------------------------------------------------------

async function main() {
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = msg(e.dataset.i18n);
  document.documentElement.lang = api.i18n.getUILanguage();
  const form = $('settings');
  form.inert = true;
  try {
    core = await globalThis.vettedCoreLoaded;
  } catch (e) {
    say($('status'), msg('optionsNoCore', [(e && e.message) || String(e)]), 'error');
    return;
  }
  rules = core.rules();
  buildLists();
  buildRules();
  $('f-sample').value = msg('optionsSampleNameValue');
  let tree = core.defaults();
  let problem = null; // [text, details]: said after the form is filled (fillForm clears .error boxes)
  let kept = [];
  try {
    const stored = await readStored();
    if (stored !== null) {
      // The form shows the saved settings (the core's choice), what a
      // newer version saved aside; while they do not validate, as far as
      // they can be read, for the user to fix, with the limit the log
      // keeps meanwhile, so that saving it rotates no log entry out.
      const result = core.storedSettings(stored);
      tree = result.settings;
      kept = result.kept;
      if (!result.ok) problem = [storedProblem(result), problemLines(result.errors)];
    }
  } catch (e) {
    problem = [msg('optionsStoreFailed', [(e && e.message) || String(e)]), []];
  }
  fillForm(tree);
  if (problem) say($('status'), problem[0], 'error', problem[1]);
  showKept(kept);
  form.addEventListener('submit', save);
  $('reset').addEventListener('click', reset);
  $('import').addEventListener('change', importFile);
  $('export').addEventListener('click', exportFile);
  $('f-sample').addEventListener('input', preview);
  for (const t of TEMPLATES) control(`templates.${t}`).addEventListener('input', preview);
  form.inert = false;
  document.body.dataset.ready = 'true';
}

main();
