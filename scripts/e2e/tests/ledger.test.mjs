// Issue #5 (part 2), the decision log page (extension/ledger.html): an
// action on the LinkedIn fixture page is listed with its name, action and
// verdict; search narrows the list; CSV and JSON exports download the
// stored log (the JSON export with what Vetted learnt, tests/learnt.test.mjs); importing the JSON export adds nothing (all duplicates), a
// file with one new entry adds one, a bad file is refused and the stored
// log does not change, and a failed write (the storage quota) is reported
// with nothing changed. Hostile stored text is shown as text, and only
// https profile URLs of supported sites become links. A newer version's
// entry and learnt state keep the members this version does not read when
// the core saves a decision and the page an import.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from '../lib/harness.mjs';
import { acceptOnDemo, openLedgerPage } from '../lib/fixtures.mjs';

const NAME = 'Ada Lovelace';

describe('decision log page', { timeout: 180000 }, () => {
  let h;
  let page; // ledger.html
  let tmp;
  let badge; // what the demo page's badge for NAME said
  const errors = [];

  const rows = () =>
    page.$$eval('#rows tr', (trs) =>
      trs.map((tr) => {
        const td = [...tr.querySelectorAll('td')];
        const link = td[0].querySelector('a');
        return {
          name: td[0].querySelector('.name').textContent,
          link: link ? link.getAttribute('href') : null,
          when: td[1].textContent,
          datetime: (td[1].querySelector('time') || { dateTime: '' }).dateTime,
          action: td[2].textContent,
          outcome: td[3].textContent,
          verdict: td[4].textContent,
          flags: td[5].textContent,
          html: tr.innerHTML,
        };
      }),
    );
  const text = (id) => page.locator(`#${id}`).textContent();

  async function setLedger(list) {
    const sw = await h.worker();
    await sw.evaluate((l) => chrome.storage.local.set({ ledger: l }), list);
  }

  async function waitRows(pred, message) {
    return waitFor(async () => {
      const r = await rows();
      return pred(r) ? r : null;
    }, { message });
  }

  function file(name, content) {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, content);
    return p;
  }

  async function download(button) {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const p = path.join(tmp, d.suggestedFilename());
    await d.saveAs(p);
    return { name: d.suggestedFilename(), text: fs.readFileSync(p, 'utf8'), path: p };
  }

  async function importFile(p) {
    await page.evaluate(() => {
      document.getElementById('notice').textContent = '';
      document.getElementById('problem').textContent = '';
    });
    await page.setInputFiles('#import-file', p);
    // A file with what Vetted learnt replaces the stored state: confirm.
    const asked = await waitFor(async () => (await page.locator('#confirm').isVisible()) || (await text('notice')) || (await text('problem')), { message: 'an import message' });
    if (asked === true) await page.click('#confirm-ok');
    return waitFor(async () => (await text('notice')) || (await text('problem')), { message: 'an import message' });
  }

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-ledger-'));
    h = await launch();
    await h.clearLedger();
    // Take an action on the LinkedIn page.
    badge = await acceptOnDemo(h, NAME);
    page = await openLedgerPage(h, errors);
  });
  after(async () => {
    if (h) await h.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('the action is listed with name, action and verdict', async () => {
    const r = await waitRows((r) => r.some((x) => x.name === NAME), `a row for ${NAME}`);
    const ada = r.find((x) => x.name === NAME);
    assert.match(ada.link, /^https:\/\/www\.linkedin\.com\/in\/ada-lovelace/);
    assert.equal(ada.action, 'Accept');
    assert.equal(ada.outcome, 'Done');
    const typeLabels = { known_contact: 'Known contact', industry_peer: 'Industry peer', verified_account: 'Verified account' };
    assert.ok(ada.verdict.includes(typeLabels[badge.type] || badge.type), `verdict "${ada.verdict}" names type ${badge.type}`);
    assert.ok(ada.verdict.includes({ safe: 'Safe', review: 'Needs review', danger: 'Danger' }[badge.level]), `verdict "${ada.verdict}" names level ${badge.level}`);
    assert.ok(Math.abs(Date.parse(ada.datetime) - Date.now()) < 10 * 60 * 1000, `a time of this run: ${ada.datetime}`);
    assert.match(await text('summary'), /^1 entry kept, at most 5,000; the oldest are rotated out\.$/);
    // The reason, logged in English and as parts, shows in English here.
    const entry = (await h.ledger()).find((e) => e.name === NAME);
    assert.ok(entry.reason && entry.reason_parts.length > 0, `reason and its parts logged: ${JSON.stringify(entry)}`);
    assert.equal(await page.locator('#rows tr .reason').first().textContent(), entry.reason);
    assert.deepEqual(errors, []);
  });

  test('hostile stored text is text, and only safe profile URLs are links', async () => {
    const stored = await h.ledger();
    const hostile = [
      { name: '<img src=x onerror="window.__pwned=1">', profile_url: 'javascript:window.__pwned=2', action: 'ignore', site: 'linkedin', at: Date.now() - 86400000 },
      { name: '\u202eevil\u202c, "quoted"\nnew line', profile_url: 'https://www.linkedin.com.evil.example/in/x', action: 'block', outcome: 'needs-user', site: 'linkedin', at: Date.now() - 2 * 86400000, flags: ['money-talk'] },
      { name: 'Grace Hopper', profile_url: 'https://www.xing.com/profile/Grace_Hopper', action: 'ignore', site: 'xing', at: Date.now() - 3 * 86400000, headline: 'Rear admiral' },
    ];
    await setLedger([...hostile, ...stored]);
    const r = await waitRows((r) => r.length === 4, 'four rows');
    assert.equal(r[0].name, NAME, 'newest first');
    const img = r.find((x) => x.name.startsWith('<img'));
    assert.ok(img, 'the markup is shown as text');
    assert.equal(img.link, null, 'no link for a javascript: URL');
    assert.ok(!img.html.includes('<img'), 'no element from stored text');
    assert.equal(r.find((x) => x.name.includes('evil')).link, null, 'no link to a look-alike host');
    assert.equal(r.find((x) => x.name === 'Grace Hopper').link, 'https://www.xing.com/profile/Grace_Hopper');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  test('search and filters narrow the list', async () => {
    await page.fill('#q', 'lovelace');
    let r = await waitRows((r) => r.length === 1, 'one row for "lovelace"');
    assert.equal(r[0].name, NAME);
    assert.match(await text('shown'), /^Showing 1 of 4 entries\.$/);
    await page.fill('#q', 'admiral'); // the headline
    r = await waitRows((r) => r.length === 1, 'one row for "admiral"');
    assert.equal(r[0].name, 'Grace Hopper');
    await page.fill('#q', 'money-talk'); // a flag
    r = await waitRows((r) => r.length === 1, 'one row for a flag');
    assert.ok(r[0].name.includes('evil'));
    await page.fill('#q', 'nobody-has-this');
    await waitRows((r) => r.length === 0, 'no rows');
    assert.equal(await page.locator('#empty').isVisible(), true);
    assert.equal(await text('empty'), 'No entry matches the search and filters.');
    await page.fill('#q', '');
    await page.selectOption('#f-action', 'ignore');
    r = await waitRows((r) => r.length === 2, 'two ignores');
    await page.selectOption('#f-site', 'xing');
    r = await waitRows((r) => r.length === 1, 'one ignore on XING');
    assert.equal(r[0].name, 'Grace Hopper');
    await page.click('#reset');
    await waitRows((r) => r.length === 4, 'all rows after clearing the filters');
    // Date range: today only.
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await page.fill('#f-from', today);
    await page.fill('#f-to', today);
    r = await waitRows((r) => r.length === 1, 'one row today');
    assert.equal(r[0].name, NAME);
    await page.click('#reset');
    await waitRows((r) => r.length === 4, 'all rows again');
  });

  test('CSV and JSON exports download the stored log', async () => {
    const stored = await h.ledger();
    const csv = await download('#export-csv');
    assert.match(csv.name, /^vetted-decisions-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
    assert.equal(lines[0], 'at,at_ms,name,headline,profile_url,key,site,action,outcome,type,recommendation,level,score,flags,reason,reason_parts,bulk');
    const ada = stored.find((e) => e.name === NAME);
    assert.ok(lines.some((l) => l.includes(`,${NAME},`) && l.includes(',accept,') && l.includes(`,${ada.at},`)), 'a CSV row for the action');
    assert.ok(csv.text.includes('"<img src=x onerror=""window.__pwned=1"">"'), 'quotes doubled');
    assert.ok(csv.text.includes('"\u202eevil\u202c, ""quoted""\nnew line"'), 'the hostile name quoted, line break kept');
    const json = await download('#export-json');
    assert.match(json.name, /^vetted-decisions-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(json.text);
    assert.equal(exported.format, 'vetted-export');
    assert.deepEqual(exported.ledger, stored);
    // The accept on the page taught what Vetted learnt: the export carries it.
    const learnt = (await h.storage('local', 'learnt')).learnt;
    assert.equal(learnt.accepted, 1, 'the accept on the page was learnt');
    assert.deepEqual(exported.learnt, learnt, 'what Vetted learnt, exported with the log');
    fs.copyFileSync(json.path, path.join(tmp, 'export.json'));
    fs.copyFileSync(csv.path, path.join(tmp, 'export.csv'));
  });

  test('importing the exports adds nothing; a new entry is added', async () => {
    const stored = await h.ledger();
    let said = await importFile(path.join(tmp, 'export.json'));
    assert.match(said, /^Imported export\.json: 0 added, 4 already in the log \(skipped\)\. What Vetted learnt is now the file's/);
    assert.deepEqual(await h.ledger(), stored, 'nothing stored changed');
    said = await importFile(path.join(tmp, 'export.csv'));
    assert.match(said, /^Imported export\.csv: 0 added, 4 already in the log \(skipped\)\.$/);
    assert.deepEqual(await h.ledger(), stored);

    const fresh = { name: 'Linus Berg', key: 'urn:li:new:1', site: 'linkedin', action: 'ignore', at: Date.now() - 5 * 86400000, type: 'stranger', level: 'review', score: 40 };
    said = await importFile(file('one-new.json', JSON.stringify([fresh, stored[0]])));
    assert.match(said, /^Imported one-new\.json: 1 added, 1 already in the log \(skipped\)\.$/);
    const after = await h.ledger();
    assert.equal(after.length, stored.length + 1);
    assert.ok(after.some((e) => e.key === 'urn:li:new:1'));
    await waitRows((r) => r.length === 5 && r.some((x) => x.name === 'Linus Berg'), 'the imported entry listed');
  });

  test('a bad file is refused and nothing changes', async () => {
    const stored = await h.ledger();
    for (const [name, content, why] of [
      ['notes.csv', 'hello,world\n1,2\n', /line 1: not a Vetted decision log/],
      ['broken.json', '[{"name": "x",', /not valid JSON/],
      ['object.json', '{"entries": []}', /not a list of entries/],
      ['rows.csv', 'name,action\nAda,\n', /no entry could be read: line 2: action: missing/],
    ]) {
      const said = await importFile(file(name, content));
      assert.match(said, new RegExp(`^${name.replace('.', '\\.')} was not imported: `), said);
      assert.match(said, why);
      assert.match(said, /Nothing was changed\.$/);
      assert.deepEqual(await h.ledger(), stored, `${name}: the stored log is unchanged`);
    }
  });

  test('a failed write is reported and nothing changes', async () => {
    const stored = await h.ledger();
    await page.evaluate(() => {
      window.__realSet = chrome.storage.local.set;
      chrome.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    try {
      const said = await importFile(file('quota.json', JSON.stringify([{ name: 'Quota Test', action: 'accept', at: Date.now() - 1000 }])));
      assert.match(said, /did not save the change \(QUOTA_BYTES quota exceeded\)\. Nothing was changed\./);
      assert.equal(await page.locator('#problem').getAttribute('role'), 'alert');
    } finally {
      await page.evaluate(() => {
        chrome.storage.local.set = window.__realSet;
      });
    }
    assert.deepEqual(await h.ledger(), stored);
    assert.ok(!(await rows()).some((x) => x.name === 'Quota Test'), 'the unsaved entry is not shown as saved');
  });

  test('the limit is the settings field ledger_limit, validated', async () => {
    await page.fill('#limit', '5');
    await page.click('#limit-save');
    await waitFor(async () => /The limit was not saved: .*ledger_limit.*100/.test(await text('problem')), { message: 'the refusal' });
    const none = await h.storage('sync', 'settings');
    assert.equal(none.settings, undefined, 'invalid: nothing written');
    await page.fill('#limit', '2000');
    await page.click('#limit-save');
    await waitFor(async () => (await text('notice')) === 'The log now keeps at most 2,000 entries.', { message: 'the limit saved' });
    assert.deepEqual((await h.storage('sync', 'settings')).settings, { ledger_limit: 2000 });
    assert.match(await text('summary'), /^5 entries kept, at most 2,000; the oldest are rotated out\.$/);
  });

  test('clearing asks first', async () => {
    await page.click('#clear');
    await waitFor(() => page.locator('#confirm').isVisible(), { message: 'the confirmation' });
    assert.match(await text('confirm-text'), /^Delete all 5 entries/);
    await page.click('#confirm-cancel');
    assert.equal((await h.ledger()).length, 5, 'cancel keeps the log');
    await page.click('#clear');
    await page.click('#confirm-ok');
    await waitFor(async () => (await text('notice')) === 'The decision log is empty now.', { message: 'cleared' });
    assert.deepEqual(await h.ledger(), []);
    assert.equal(await text('empty'), 'No decisions yet. Actions you take with Vetted on an invitation page are listed here.');
    assert.deepEqual(errors, []);
  });

  // Near the end: it leaves two more entries, and the page watching its import.
  test('an import that a tab writes over is put back', async () => {
    const before = await h.ledger();
    const imported = { name: 'Grace Import', key: 'urn:li:new:2', site: 'linkedin', action: 'accept', at: Date.now() - 86400000 };
    const said = await importFile(file('guarded.json', JSON.stringify([imported])));
    assert.match(said, /1 added/);
    // A tab read the log before the import and now writes its own entry.
    const tab = { name: 'Tab Entry', key: 'urn:li:new:3', site: 'linkedin', action: 'ignore', outcome: 'done', at: Date.now() };
    await setLedger([...before, tab]);
    const after = await waitFor(async () => {
      const l = await h.ledger();
      return l.some((e) => e.key === 'urn:li:new:2') && l.some((e) => e.key === 'urn:li:new:3') ? l : null;
    }, { message: 'the imported entry put back beside the tab\'s' });
    assert.equal(after.length, before.length + 2, 'nothing doubled');
  });

  test('stored entries that cannot be read are reported and kept', async () => {
    const stored = await h.ledger();
    // A newer version's entry (a time as text) and a damaged one.
    const unreadable = [{ name: 'From Later', action: 'snooze', at: '2027-01-01T00:00:00Z', v: 2 }, 'damaged'];
    await setLedger([...unreadable, ...stored]);
    await waitFor(async () => (await page.locator('#damaged').isVisible()) && (await text('damaged')), { message: 'the unreadable entries reported' });
    assert.equal(
      await text('damaged'),
      '2 entries in the stored log cannot be read (damaged, or written by a newer version of Vetted), so they are not shown. They are kept as they are (at most 1,000), and the JSON export includes them. First problem: entry 0: at: not a number.',
    );
    assert.equal((await rows()).length, stored.length, 'the others are listed');
    // A change the page writes (an import) keeps them as they were.
    const said = await importFile(file('one-more.json', JSON.stringify([{ name: 'Kept Check', action: 'accept', at: Date.now() - 7 * 86400000 }])));
    assert.match(said, /^Imported one-more\.json: 1 added/);
    const after = await h.ledger();
    assert.deepEqual(after.slice(0, 2), unreadable, 'kept, as they were, first');
    assert.equal(after.length, stored.length + 3);
    const json = await download('#export-json');
    assert.deepEqual(JSON.parse(json.text).ledger.slice(0, 2), unreadable, 'the JSON export includes them');
    await download('#export-csv');
    await waitFor(async () => /The 2 stored entries that cannot be read are not in the CSV; the JSON export includes them\.$/.test(await text('notice')), { message: 'the CSV export says what it leaves out' });
  });

  test('a stored log that is not a list is kept whole, reported and exported', async () => {
    const stored = await h.ledger();
    const later = { v: 9, entries: stored.filter((e) => typeof e === 'object' && e.action) };
    // Cleared first: the page no longer watches its last import (it would
    // put its entries back beside the stored value).
    await h.clearLedger();
    await waitFor(async () => (await text('summary')).startsWith('0 entries'), { message: 'the log cleared' });
    await setLedger(later);
    await waitFor(async () => (await page.locator('#damaged').isVisible()) && (await text('damaged')), { message: 'the stored log reported' });
    assert.match(await text('damaged'), /^1 entry in the stored log cannot be read .* First problem: the stored log is not a list of entries\.$/);
    assert.equal((await rows()).length, 0);
    const said = await importFile(file('over-later.json', JSON.stringify([{ name: 'After Later', action: 'accept', at: Date.now() - 8 * 86400000 }])));
    assert.match(said, /^Imported over-later\.json: 1 added/);
    const after = await h.ledger();
    assert.ok(Array.isArray(after), 'a list again');
    assert.deepEqual(after[0], later, 'the stored log kept whole, as an item that cannot be read');
    assert.equal(after.length, 2);
    assert.equal(after[1].name, 'After Later');
    await waitRows((r) => r.length === 1 && r[0].name === 'After Later', 'the imported entry listed');
    const json = await download('#export-json');
    assert.deepEqual(JSON.parse(json.text).ledger, after, 'the JSON export holds it');
    await download('#export-csv');
    await waitFor(async () => /^Exported 1 entry as vetted-decisions-[\d-]+\.csv\. The stored entry that cannot be read is not in the CSV; the JSON export includes it\.$/.test(await text('notice')), { message: 'the CSV notice in the singular' });
    // A file's reason_parts name only reason messages: other text of the
    // extension is not shown as a reason.
    await setLedger([...after, { name: 'Odd Parts', action: 'ignore', at: Date.now() - 9 * 86400000, reason: 'the English reason', reason_parts: [['ledgerCleared']] }]);
    const r = await waitRows((r) => r.some((x) => x.name === 'Odd Parts'), 'the entry with odd parts listed');
    assert.match(r.find((x) => x.name === 'Odd Parts').flags, /the English reason$/);
    assert.doesNotMatch(r.find((x) => x.name === 'Odd Parts').flags, /empty now/);
    assert.deepEqual(errors, []);
  });

  test("a newer version's entry and learnt state keep what this version does not read", async () => {
    const stored = await h.ledger();
    const newer = { name: 'From Newer', key: 'urn:li:newer:1', site: 'linkedin', action: 'ignore', outcome: 'done', at: Date.now() - 10 * 86400000, score: 12, evidence: { quote: 'q', spans: [[1, 2]] }, v3: true };
    const learnt = { ...(await h.storage('local', 'learnt')).learnt, bias: { w: [1, 2] } };
    await setLedger([...stored, newer]);
    const sw = await h.worker();
    await sw.evaluate((l) => chrome.storage.local.set({ learnt: l }), learnt);
    await waitRows((r) => r.some((x) => x.name === 'From Newer'), 'the newer entry listed');
    // The core saves a decision into both; the page an import into the log.
    const accepts = stored.filter((e) => e && e.name === NAME).length;
    await acceptOnDemo(h, NAME);
    await waitFor(async () => (await h.ledger()).filter((e) => e && e.name === NAME).length > accepts, { message: 'the accept saved' });
    const after = { name: 'After Newer', action: 'accept', at: Date.now() - 11 * 86400000 };
    const said = await importFile(file('after-newer.json', JSON.stringify([after])));
    assert.match(said, /^Imported after-newer\.json: 1 added/);
    // The same entry again, as a newer version wrote it: the log's copy
    // takes the member it lacks, and the page says so.
    const again = await importFile(file('again-newer.json', JSON.stringify([{ ...after, v3: { why: 'newer' } }])));
    assert.equal(again, 'Imported again-newer.json: 0 added, 1 already in the log (skipped). 1 of the entries already in the log gained what a newer version of Vetted wrote in the file.');
    assert.deepEqual((await h.ledger()).find((e) => e && e.name === 'After Newer').v3, { why: 'newer' });
    const kept = (await h.ledger()).find((e) => e && e.key === 'urn:li:newer:1');
    assert.deepEqual([kept.name, kept.score, kept.evidence, kept.v3], ['From Newer', 12, newer.evidence, true]);
    const state = (await h.storage('local', 'learnt')).learnt;
    assert.ok(state.seq > learnt.seq, 'the accept was learnt');
    assert.deepEqual(state.bias, learnt.bias);
    const exported = JSON.parse((await download('#export-json')).text);
    assert.deepEqual(exported.ledger.find((e) => e && e.key === 'urn:li:newer:1').evidence, newer.evidence);
    assert.deepEqual(exported.learnt.bias, learnt.bias);
    assert.deepEqual(errors, []);
  });
});
