// Issue #13 on the decision log page (extension/ledger.html): the
// decisions chart (per week by action and by type, the share of each type
// accepted) drawn as inline SVG from the core's figures, with a real table
// behind each chart; and "What Vetted learnt": a state made by
// `vetted learn` imported and listed, Forget one item, Reset all, a bad
// import refused with the previous state kept, the JSON export carrying
// the state and importing back, a failed write reported, a reload keeping
// it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, launch, waitFor } from '../lib/harness.mjs';
import { openLedgerPage } from '../lib/fixtures.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DAY = 86400000;
// weekStart is the Monday 00:00 UTC of the week holding t.
const weekStart = (t) => {
  const day = Math.floor(t / DAY);
  return (day - ((day + 3) % 7)) * DAY;
};

// The decisions `vetted learn` learns from: three sales pitches ignored, two
// meetup notes accepted, one scam reported.
const card = (name, headline, note) => ({ site: 'linkedin', kind: 'person', name, headline, note, photo: 'present', mutuals: 3, profile_url: `https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}` });
const DECISIONS = [
  { ...card('Ryan Cole', 'Growth Lead at Blue Yonder', 'Hi, our agency books demos for SaaS founders. Open to a quick call this week?'), action: 'ignore' },
  { ...card('Ava Lind', 'Founder at Leadly', 'Our agency fills your calendar with qualified demos. Quick call on Thursday?'), action: 'ignore' },
  { ...card('Sam Ortiz', 'Partner at Pipeline Pros', 'Hello! Our agency runs outbound for B2B teams, worth a quick call?'), action: 'ignore' },
  { ...card('Lena Hart', 'Data Engineer at Litware', 'Great meeting you at the Go meetup in Berlin yesterday, let us stay in touch!'), action: 'accept' },
  { ...card('Jonas Weber', 'Software Engineer at Contoso', 'Lovely to meet you at the Go meetup last night, let us keep in touch.'), action: 'accept' },
  { ...card('Max Fraud', 'Investment advisor', 'I can double your bitcoin in a week, send 0.1 BTC to my wallet to start earning now'), action: 'report' },
];

describe('decisions chart and what Vetted learnt', { timeout: 240000 }, () => {
  let h;
  let page;
  let tmp;
  let statePath;
  const errors = [];
  const now = Date.now();
  const thisWeek = weekStart(now);

  const text = (id) => page.locator(`#${id}`).textContent();
  const storedLearnt = async () => (await h.storage('local', 'learnt')).learnt;

  const openLedger = () => openLedgerPage(h, errors);

  async function importFile(p) {
    await page.evaluate(() => {
      document.getElementById('notice').textContent = '';
      document.getElementById('problem').textContent = '';
    });
    await page.setInputFiles('#import-file', p);
    return waitFor(async () => (await text('notice')) || (await text('problem')), { message: 'an import message' });
  }

  const learntRows = () =>
    page.$$eval('#learnt-rows tr', (trs) =>
      trs.map((tr) => {
        const td = [...tr.querySelectorAll('td')];
        return { id: tr.dataset.id, lean: tr.dataset.lean, what: td[0].textContent, label: td[0].querySelector('.name').textContent, leans: td[1].textContent, accepted: td[2].textContent, ignored: td[3].textContent, corrected: td[4].textContent };
      }),
    );

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-learnt-'));
    // The fixture: a learnt state made by the CLI from DECISIONS.
    const decisions = path.join(tmp, 'decisions.jsonl');
    fs.writeFileSync(decisions, DECISIONS.map((d) => JSON.stringify(d)).join('\n') + '\n');
    statePath = path.join(tmp, 'state.json');
    execFileSync('go', ['run', './core/cmd/vetted', 'learn', '--state', statePath, decisions], { cwd: ROOT, stdio: 'pipe' });
    h = await launch();
    // A decision log over three weeks: this week 2 accepts (recruiters)
    // and 1 ignore (salesperson); last week 1 ignore and 1 block; three
    // weeks ago 1 report; a refused action counts nowhere.
    const sw = await h.worker();
    const e = (name, action, type, at, outcome) => ({ name, action, type, at, site: 'linkedin', key: `k-${name}`, ...(outcome ? { outcome } : {}) });
    // This week's decisions fall between the week's start and now, however
    // little of the week has passed (at hours fixed after its start, a run
    // early on a Monday had none yet).
    const soFar = (k) => thisWeek + Math.floor(((now - thisWeek) * k) / 5);
    const log = [
      e('Rita Reyes', 'ignore-report', 'scammer', thisWeek - 20 * DAY + 3600000),
      e('Sal Peters', 'ignore', 'salesperson', thisWeek - 7 * DAY + 3600000),
      e('Bo Blocked', 'block', 'scammer', thisWeek - 7 * DAY + 7200000),
      e('Ann Recruit', 'accept', 'recruiter', soFar(1)),
      e('Ben Recruit', 'accept-thanks', 'recruiter', soFar(2)),
      e('Cy Sales', 'ignore', 'salesperson', soFar(3)),
      e('Dee Refused', 'accept', 'recruiter', soFar(4), 'refused'),
    ];
    await sw.evaluate((l) => chrome.storage.local.set({ ledger: l }), log);
    page = await openLedger();
  });
  after(async () => {
    if (h) await h.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('the chart of decisions per week by action, with its table', async () => {
    const chart = await page.$eval('#chart-actions', (fig) => {
      const svg = fig.querySelector('svg');
      const table = fig.querySelector('table');
      return {
        role: svg.getAttribute('role'),
        title: svg.querySelector(':scope > title').textContent,
        labelledby: svg.getAttribute('aria-labelledby'),
        bars: [...svg.querySelectorAll('g.bar')].map((g) => ({ title: g.querySelector(':scope > title').textContent, rects: [...g.querySelectorAll('rect')].map((r) => ({ series: r.dataset.series, title: r.textContent, h: Number(r.getAttribute('height')) })) })),
        caption: table.caption.textContent,
        head: [...table.tHead.rows[0].cells].map((c) => c.textContent),
        rows: [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
        rowHeaders: [...table.tBodies[0].rows].map((r) => r.cells[0].tagName + ':' + r.cells[0].scope),
      };
    });
    assert.equal(chart.role, 'img');
    assert.equal(chart.title, 'Decisions per week by action');
    assert.match(chart.labelledby, /^chart-t\d+ chart-d\d+$/);
    assert.equal(chart.caption, 'Decisions per week by action');
    assert.deepEqual(chart.head, ['Week', 'Accepted', 'Ignored', 'Reported', 'Blocked', 'Asked for context', 'Total']);
    assert.equal(chart.rows.length, 12, 'twelve weeks');
    assert.ok(chart.rowHeaders.every((x) => x === 'TH:row'));
    const last = chart.rows[11];
    assert.match(last[0], /^Week of /);
    // This week (the last row): 2 accepted, 1 ignored; the refused one counts nowhere.
    assert.deepEqual(last.slice(1), ['2', '1', '0', '0', '0', '3']);
    assert.deepEqual(chart.rows[10].slice(1), ['0', '1', '0', '1', '0', '2'], 'last week');
    assert.deepEqual(chart.rows[8].slice(1), ['0', '0', '1', '0', '0', '1'], 'three weeks ago');
    // The SVG draws the same: this week's bar has an accept and an ignore segment, the accept twice as tall.
    const bar = chart.bars[11];
    assert.match(bar.title, /: 3 decisions$/);
    assert.deepEqual(bar.rects.map((r) => r.series), ['0', '1']);
    assert.match(bar.rects[0].title, /Accepted 2$/);
    assert.ok(Math.abs(bar.rects[0].h - 2 * bar.rects[1].h) < 0.01, 'heights in proportion');
    assert.equal(chart.bars[0].rects.length, 0, 'an empty week has no bar');
  });

  test('the chart by type and the share of each type accepted', async () => {
    const types = await page.$eval('#chart-types table', (t) => ({
      head: [...t.tHead.rows[0].cells].map((c) => c.textContent),
      last: [...t.tBodies[0].rows[11].cells].map((c) => c.textContent),
    }));
    assert.deepEqual(types.head, ['Week', 'Recruiter', 'Salesperson', 'Scammer or spammer', 'Total'], 'the most decided first, ties by name');
    assert.deepEqual(types.last.slice(1), ['2', '1', '0', '3']);
    const shares = await page.$eval('#chart-shares', (fig) => ({
      svgTitle: fig.querySelector('svg > title').textContent,
      bars: [...fig.querySelectorAll('svg g.share')].map((g) => g.querySelector('title').textContent),
      texts: [...fig.querySelectorAll('svg g.share text')].map((t) => t.textContent),
      rows: [...fig.querySelector('table').tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
    }));
    assert.equal(shares.svgTitle, 'Share of each type you accept');
    assert.deepEqual(shares.rows, [
      ['Recruiter', '2', '2', '100 %'],
      ['Salesperson', '2', '0', '0 %'],
      ['Scammer or spammer', '2', '0', '0 %'],
    ]);
    assert.equal(shares.bars[0], 'Recruiter: 100 % accepted (2 of 2)');
    assert.ok(shares.texts.includes('100 % of 2'), 'the figure is written beside the bar, not only drawn');
    // Built with DOM APIs: SVG elements in the SVG namespace, no markup from data.
    assert.equal(await page.$eval('#chart-shares svg', (s) => s.namespaceURI), 'http://www.w3.org/2000/svg');
  });

  test('a state made by vetted learn is imported and listed', async () => {
    assert.equal(await text('learnt-empty'), 'Nothing learnt yet.');
    const said = await importFile(statePath);
    assert.match(said, /^Imported state\.json: what Vetted learnt is now the file's \(\d+ features, 2 reported senders or notes, from 6 decisions\)\.$/);
    const state = JSON.parse(fs.readFileSync(statePath, 'utf8'));
    const stored = await storedLearnt();
    assert.match(stored.epoch, /^e[0-9a-f]{19}$/, 'it replaces the stored state: a new epoch');
    const { epoch: _e, ...rest } = stored;
    assert.deepEqual(rest, state, 'otherwise stored as the CLI wrote it (which gives no epoch)');
    const rows = await waitFor(async () => ((await learntRows()).length > 0 ? learntRows() : null), { message: 'learnt rows' });
    assert.equal(rows.length, state.features.length + state.reported.length);
    const agency = rows.find((r) => r.label === 'agency');
    assert.ok(agency, 'the word the pitches share');
    assert.equal(agency.lean, 'ignore');
    assert.equal(agency.leans, 'ignore', 'said in words (the arrow is decoration)');
    assert.equal(agency.accepted, '0');
    assert.equal(agency.ignored, '3');
    const meetup = rows.find((r) => r.label === 'meetup');
    assert.equal(meetup.lean, 'accept');
    assert.equal(meetup.accepted, '2');
    const fraud = rows.filter((r) => r.label === 'Max Fraud').map((r) => r.what);
    assert.deepEqual(fraud.sort(), ['Max Fraudnote you reported', 'Max Fraudsender you reported'], 'the reported sender and note');
    assert.match(await text('learnt-summary'), /^Learnt from 6 decisions: 2 accepted, 4 ignored, reported or blocked, 0 corrected\. It holds \d+ features \(at most 4,000;/);
  });

  test('the charts and the learnt list pass axe-core (no serious or critical violation)', async () => {
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => {
      const res = await window.axe.run(document, { resultTypes: ['violations'] });
      return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(found, []);
  });

  test('Forget removes one item, and a reload keeps it', async () => {
    const before = await learntRows();
    const agency = before.find((r) => r.label === 'agency');
    await page.click(`#learnt-rows tr[data-id="${agency.id}"] button.forget`);
    await waitFor(async () => (await text('notice')) === 'Forgot “agency”.', { message: 'forgotten' });
    const state = await storedLearnt();
    assert.ok(!state.features.some((f) => f.id === agency.id), 'gone from the stored state');
    assert.equal(state.features.length + state.reported.length, before.length - 1, 'only that one');
    await page.close();
    page = await openLedger();
    const rows = await learntRows();
    assert.equal(rows.length, before.length - 1);
    assert.ok(!rows.some((r) => r.id === agency.id), 'still forgotten after a reload');
  });

  test('a bad import is refused and the previous state stays', async () => {
    const kept = await storedLearnt();
    const bad = JSON.parse(fs.readFileSync(statePath, 'utf8'));
    bad.features[0].accepted = -3;
    const p = path.join(tmp, 'bad-state.json');
    fs.writeFileSync(p, JSON.stringify(bad));
    let said = await importFile(p);
    assert.match(said, /^bad-state\.json was not imported: what Vetted learnt does not validate: learnt state: features\[0\]: accepted: must be a number from 0 to 1e9\. Nothing was changed\.$/);
    assert.deepEqual(await storedLearnt(), kept);
    // An export whose log is fine but whose learnt state is not: nothing of it is imported.
    const log = (await h.storage('local', 'ledger')).ledger;
    const mixed = path.join(tmp, 'mixed.json');
    fs.writeFileSync(mixed, JSON.stringify({ format: 'vetted-export', version: 1, ledger: [{ name: 'New Person', action: 'accept', at: now - 1000 }], learnt: bad }));
    said = await importFile(mixed);
    assert.match(said, /^mixed\.json was not imported: .*Nothing was changed\.$/);
    assert.deepEqual(await storedLearnt(), kept);
    assert.deepEqual((await h.storage('local', 'ledger')).ledger, log, 'the log did not change either');
    assert.equal((await learntRows()).length, kept.features.length + kept.reported.length);
  });

  test('the JSON export carries what Vetted learnt, and imports back', async () => {
    const kept = await storedLearnt();
    const log = (await h.storage('local', 'ledger')).ledger;
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const p = path.join(tmp, 'export.json');
    await d.saveAs(p);
    const file = JSON.parse(fs.readFileSync(p, 'utf8'));
    assert.equal(file.format, 'vetted-export');
    assert.deepEqual(file.ledger, log);
    assert.deepEqual(file.learnt, kept);
    // Reset, then import the export: it asks before replacing nothing? No:
    // nothing is learnt after the reset, so it imports at once.
    await page.click('#learnt-reset');
    await waitFor(() => page.locator('#confirm').isVisible(), { message: 'the confirmation' });
    await page.click('#confirm-ok');
    await waitFor(async () => (await text('notice')) === 'Vetted forgot everything it learnt.', { message: 'reset' });
    const empty = await storedLearnt();
    assert.deepEqual(empty.features, []);
    assert.deepEqual(empty.reported, []);
    assert.equal(empty.seq, 0);
    assert.equal(await text('learnt-empty'), 'Nothing learnt yet.');
    assert.deepEqual((await h.storage('local', 'ledger')).ledger, log, 'reset keeps the decision log');
    const said = await importFile(p);
    assert.match(said, /^Imported export\.json: 0 added, \d+ already in the log \(skipped\)\. What Vetted learnt is now the file's/);
    const back = await storedLearnt();
    assert.notEqual(back.epoch, kept.epoch, 'an import starts a new epoch');
    const { epoch: _b, ...backRest } = back;
    const { epoch: _k, ...keptRest } = kept;
    assert.deepEqual(backRest, keptRest, 'round trip');
  });

  test('an import over what was learnt asks first; cancel changes nothing', async () => {
    const kept = await storedLearnt();
    page.evaluate(() => {
      document.getElementById('notice').textContent = '';
    });
    await page.setInputFiles('#import-file', statePath);
    await waitFor(() => page.locator('#confirm').isVisible(), { message: 'the confirmation' });
    assert.match(await text('confirm-text'), /^state\.json holds what Vetted learnt \(\d+ items\)\. Importing it replaces/);
    await page.click('#confirm-cancel');
    await waitFor(async () => (await text('notice')) === 'state.json was not imported. Nothing was changed.', { message: 'cancelled' });
    assert.deepEqual(await storedLearnt(), kept);
  });

  test('a failed write is reported and nothing changes', async () => {
    const kept = await storedLearnt();
    const rows = await learntRows();
    await page.evaluate(() => {
      window.__realSet = chrome.storage.local.set;
      chrome.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    try {
      await page.click(`#learnt-rows tr[data-id="${rows[0].id}"] button.forget`);
      await waitFor(async () => /did not save what Vetted learnt \(QUOTA_BYTES quota exceeded\)\. Nothing was changed\./.test(await text('problem')), { message: 'the failure reported' });
    } finally {
      await page.evaluate(() => {
        chrome.storage.local.set = window.__realSet;
      });
    }
    assert.deepEqual(await storedLearnt(), kept);
    assert.equal((await learntRows()).length, rows.length, 'the item is still listed');
  });

  test('a large state lists the 200 most used, then all on request', async () => {
    const features = [];
    for (let i = 1; i <= 250; i++) {
      features.push({ id: `f${i.toString(16).padStart(6, '0')}`, part: 'note', label: `word ${i}`, accept: 0, ignore: i, accepted: 0, ignored: i, corrected: 0, last: 10 });
    }
    const sw = await h.worker();
    await sw.evaluate((st) => chrome.storage.local.set({ learnt: st }), { version: 1, seq: 300, accept: 10, ignore: 290, accepted: 10, ignored: 290, corrected: 0, features, reported: [] });
    await waitFor(async () => (await learntRows()).length === 200, { message: '200 rows' });
    assert.equal((await learntRows())[0].label, 'word 250', 'the most used first');
    assert.equal(await text('learnt-more'), 'Show all 250');
    await page.click('#learnt-more');
    await waitFor(async () => (await learntRows()).length === 250, { message: 'all rows' });
    assert.equal(await page.locator('#learnt-more').isVisible(), false);
  });

  test("an older version's fact is listed under its stored label as not used by this version", async () => {
    // fb0ee91: "the note reads personal", which this version reads as two facts.
    const features = [
      { id: 'fb0ee91', part: 'fact', label: 'the note reads personal', accept: 6, ignore: 0, accepted: 6, ignored: 0, corrected: 0, last: 8 },
      { id: 'f000001', part: 'note', label: 'agency', accept: 0, ignore: 4, accepted: 0, ignored: 4, corrected: 0, last: 8 },
    ];
    const sw = await h.worker();
    await sw.evaluate((st) => chrome.storage.local.set({ learnt: st }), { version: 1, seq: 10, accept: 6, ignore: 4, accepted: 6, ignored: 4, corrected: 0, features, reported: [] });
    const rows = await waitFor(async () => ((await learntRows()).length === 2 ? learntRows() : null), { message: '2 rows' });
    const old = rows.find((r) => r.id === 'fb0ee91');
    assert.equal(old.label, 'the note reads personal');
    assert.equal(old.lean, 'none', 'it pulls no card');
    assert.match(old.what, /about the sender, not used by this version \(no effect\)$/);
    assert.doesNotMatch(rows.find((r) => r.id === 'f000001').what, /not used/);
  });

  test('a damaged stored state is reported and kept', async () => {
    const sw = await h.worker();
    await sw.evaluate(() => chrome.storage.local.set({ learnt: { version: 1, seq: 'x' } }));
    await waitFor(async () => /^What Vetted learnt could not be read: learnt state: seq: not a number\. It is kept as stored/.test(await text('learnt-problem')), { message: 'the damage reported' });
    assert.deepEqual(await storedLearnt(), { version: 1, seq: 'x' }, 'not overwritten');
    assert.equal(await page.locator('#learnt').isVisible(), false);
    assert.deepEqual(errors, []);
  });
});
