// The options page (issue 5): every setting in one form, validated by the
// Go core (core.wasm in the extension page), stored in chrome.storage.sync
// key "settings". Round trip (save, reload, export, import), refused
// imports, invalid input shown next to its field, a storage failure (the
// sync quota), and a setting that changes a verdict on an open page live.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, beforeEach, describe, test } from 'node:test';
import { badges, launch, waitFor } from '../lib/harness.mjs';
import { openDemo, openLedgerPage } from '../lib/fixtures.mjs';

describe('options page', { timeout: 180000 }, () => {
  let h;
  let url;

  before(async () => {
    h = await launch();
    url = `chrome-extension://${h.extensionId}/options.html`;
  });
  after(async () => {
    if (h) await h.close();
  });
  beforeEach(async () => {
    const sw = await h.worker();
    await sw.evaluate(() => chrome.storage.sync.clear());
  });

  async function stored() {
    const got = await h.storage('sync', 'settings');
    return got.settings === undefined ? null : got.settings;
  }

  async function openOptions() {
    const p = await h.context.newPage();
    await p.goto(url);
    await p.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
    return p;
  }

  // formValues reads every control of the form.
  const formValues = (p) =>
    p.$$eval('#settings input, #settings textarea', (els) =>
      els.map((e) => [e.id || `${e.name}=${e.value}`, e.type === 'checkbox' || e.type === 'radio' ? e.checked : e.value]),
    );

  const status = (p, id = 'status') => p.locator(`#${id}`).textContent();

  test('settings round trip: save, reload, export, import', async () => {
    const p = await openOptions();
    // The defaults come from the core.
    assert.equal(await p.inputValue('#f-pacing-min_delay_ms'), '1.5');
    assert.ok(await p.isChecked('input[name="strictness"][value="balanced"]'));
    assert.ok(await p.isChecked('#f-rules-no-mutuals'));
    assert.ok(!(await p.isChecked('#f-rules-polarizing')), 'polarizing is off by default');
    assert.match(await p.locator('#preview-thank_you').textContent(), /^Thanks for connecting, Ada!/);

    await p.fill('#f-own_companies', 'Acme Robotics\n\n  Initech  \n');
    await p.fill('#f-competitors', 'Globex');
    await p.fill('#f-trusted', 'Ada Lovelace\nhttps://www.linkedin.com/in/grace-hopper/');
    await p.check('input[name="strictness"][value="strict"]');
    await p.check('#f-job_search');
    await p.uncheck('#f-rules-canned-note');
    await p.check('#f-rules-polarizing');
    await p.fill('#f-templates-thank_you', 'Cheers {name}, welcome!');
    assert.equal(await p.locator('#preview-thank_you').textContent(), 'Cheers Dr. Ada Lovelace, welcome!', 'live preview');
    await p.fill('#f-pacing-min_delay_ms', '2');
    await p.fill('#f-pacing-max_delay_ms', '5.5');
    await p.fill('#f-pacing-max_per_run', '10');
    await p.fill('#f-ledger_limit', '1000');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });

    const s = await stored();
    assert.deepEqual(s.own_companies, ['Acme Robotics', 'Initech'], 'blank lines dropped, entries trimmed');
    assert.deepEqual(s.trusted, ['Ada Lovelace', 'https://www.linkedin.com/in/grace-hopper/']);
    assert.equal(s.strictness, 'strict');
    assert.equal(s.job_search, true);
    assert.deepEqual(s.rules, { 'canned-note': false, polarizing: true }, 'only the changed toggles are stored');
    assert.equal(s.templates.thank_you, 'Cheers {name}, welcome!');
    assert.deepEqual(s.pacing, { min_delay_ms: 2000, max_delay_ms: 5500, max_per_run: 10, max_per_hour: 80 });
    assert.equal(s.ledger_limit, 1000);

    const before = await formValues(p);
    await p.reload();
    await p.waitForSelector('body[data-ready="true"]');
    const reloaded = await formValues(p);
    assert.deepEqual(reloaded.filter(([id]) => id !== 'import'), before.filter(([id]) => id !== 'import'));
    assert.equal(await p.inputValue('#f-own_companies'), 'Acme Robotics\nInitech');
    assert.equal(await p.inputValue('#f-pacing-max_delay_ms'), '5.5');
    assert.ok(!(await p.isChecked('#f-rules-canned-note')));

    // Export, reset, import: the same settings again.
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export')]);
    assert.equal(download.suggestedFilename(), 'vetted-settings.json');
    const file = await download.path();
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), s);

    let asked = '';
    p.once('dialog', (d) => {
      asked = d.message();
      d.accept();
    });
    await p.click('#reset');
    await waitFor(async () => (await stored()) === null, { message: 'settings reset' });
    assert.equal(asked, 'Reset every setting to its default? Your lists and templates will be cleared.', 'nothing of a newer version to name');
    assert.equal(await p.inputValue('#f-own_companies'), '');
    assert.ok(await p.isChecked('input[name="strictness"][value="balanced"]'));

    await p.setInputFiles('#import', file);
    await waitFor(async () => (await status(p, 'file-status')).includes('saved'), { message: 'imported' });
    assert.deepEqual(await stored(), s);
    const imported = await formValues(p);
    assert.deepEqual(imported.filter(([id]) => id !== 'import'), before.filter(([id]) => id !== 'import'));
    await p.close();
  });

  test('a reset needs confirmation', async () => {
    const p = await openOptions();
    await p.fill('#f-schools', 'MIT');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });
    p.once('dialog', (d) => d.dismiss());
    await p.click('#reset');
    assert.deepEqual((await stored()).schools, ['MIT']);
    assert.equal(await p.inputValue('#f-schools'), 'MIT');
    await p.close();
  });

  test('a bad import is refused and changes nothing', async () => {
    const p = await openOptions();
    await p.fill('#f-competitors', 'Globex');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });
    const saved = await stored();
    await p.fill('#f-competitors', 'Globex\nUmbrella'); // unsaved edit: the form must keep it
    const form = await formValues(p);

    await p.setInputFiles('#import', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('competitors: Globex') });
    await waitFor(async () => /not a JSON file/.test(await status(p, 'file-status')), { message: 'not JSON refused' });
    assert.match(await status(p, 'file-status'), /notes\.txt/);
    assert.deepEqual(await stored(), saved);
    assert.deepEqual(await formValues(p), form);

    const bad = { strictness: 'paranoid', competitors: ['Initech'] };
    await p.setInputFiles('#import', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await waitFor(async () => /strictness: must be one of relaxed, balanced, strict/.test(await status(p, 'file-status')), {
      message: 'invalid field named',
    });
    assert.match(await status(p, 'file-status'), /bad\.json was not imported/);
    assert.deepEqual(await stored(), saved);
    assert.deepEqual(await formValues(p), form);

    const unknown = { pacing: { min_delay_ms: 100, speed: 3 } };
    await p.setInputFiles('#import', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unknown)) });
    await waitFor(async () => /pacing\.speed: unknown field/.test(await status(p, 'file-status')), { message: 'unknown field named' });
    assert.deepEqual(await stored(), saved);
    assert.deepEqual(await formValues(p), form);
    await p.close();
  });

  test('invalid input is shown next to its field and nothing is saved', async () => {
    const p = await openOptions();
    await p.fill('#f-trusted', 'Ada Lovelace\nftp://example.com/ada');
    await p.fill('#f-pacing-min_delay_ms', '9');
    await p.fill('#f-pacing-max_delay_ms', '3');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Not saved'), { message: 'Not saved' });

    assert.equal(await p.locator('#e-trusted').textContent(), 'Entry 2 (“ftp://example.com/ada”): must be a name or an http(s) profile URL');
    assert.equal(await p.getAttribute('#f-trusted', 'aria-invalid'), 'true');
    assert.match(await p.getAttribute('#f-trusted', 'aria-describedby'), /\be-trusted\b/);
    assert.equal(await p.locator('#e-pacing-max_delay_ms').textContent(), 'must not be less than the minimum delay');
    assert.equal(await p.getAttribute('#f-pacing-max_delay_ms', 'aria-invalid'), 'true');
    assert.equal(await p.getAttribute('#f-competitors', 'aria-invalid'), null, 'a good field is not marked');
    assert.equal(await p.evaluate(() => document.activeElement.id), 'f-trusted', 'the first bad field has the focus');
    assert.equal(await stored(), null, 'nothing stored');

    // Fixing the fields clears the messages and saves.
    await p.fill('#f-trusted', 'Ada Lovelace');
    await p.fill('#f-pacing-max_delay_ms', '12');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });
    assert.equal(await p.locator('#e-trusted').textContent(), '');
    assert.equal(await p.getAttribute('#f-trusted', 'aria-invalid'), null);
    assert.deepEqual((await stored()).pacing, { min_delay_ms: 9000, max_delay_ms: 12000, max_per_run: 25, max_per_hour: 80 });
    await p.close();
  });

  test('a storage failure is reported and the stored settings stay', async () => {
    const p = await openOptions();
    await p.fill('#f-competitors', 'Globex');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });
    const saved = await stored();

    // 120 names of 150 characters: valid, but over storage.sync's 8 KB per item.
    const long = Array.from({ length: 120 }, (_, i) => `Person ${i} ${'x'.repeat(140)}`).join('\n');
    await p.fill('#f-blocked', long);
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Could not save'), { message: 'storage error shown' });
    assert.match(await status(p), /too large for the browser's synced storage/);
    assert.match(await status(p), /quota/i, "the browser's own message is kept");
    assert.match(await status(p), /previous settings are kept/);
    assert.deepEqual(await stored(), saved);
    assert.equal(await p.inputValue('#f-blocked'), long, 'the form keeps the edit');
    await p.close();
  });

  // Saved settings that do not validate (a newer version's value for a
  // known setting, synced): the defaults judge meanwhile, and the page
  // says so; the form shows the saved settings to fix, with the limit the
  // log keeps, so that saving the form rotates no decision-log entry out.
  test('invalid saved settings: the form shows them to fix', async () => {
    const sw = await h.worker();
    await sw.evaluate(() => chrome.storage.sync.set({ settings: { strictness: 'paranoid', competitors: ['Globex'], ledger_limit: 2000 } }));
    let p = await openOptions();
    assert.match(
      await status(p),
      /^The saved settings are not valid\. Until they are fixed, Vetted judges with the default settings, and the decision log keeps up to 2,000 entries\. The form shows the saved settings: correct them and save\. Problems:strictness: must be one of/,
    );
    assert.equal(await p.inputValue('#f-competitors'), 'Globex', 'the saved list');
    assert.equal(await p.locator('input[name="strictness"]:checked').count(), 0, 'no strictness this version knows');
    assert.equal(await p.inputValue('#f-ledger_limit'), '2000', 'the limit the log keeps, not the default 5,000');
    await p.close();

    // An earlier version allowed up to 100,000 entries, more than the
    // browser's storage holds: the saved settings stay in use, and saving
    // that limit is refused with the reason.
    await sw.evaluate(() => chrome.storage.sync.set({ settings: { strictness: 'strict', ledger_limit: 50000 } }));
    p = await openOptions();
    assert.match(
      await status(p),
      /^The saved limit of the decision log, 50,000 entries, is more than the browser's storage holds \(at most 15,000\): once it is full, decisions are not saved\. Vetted uses the saved settings, shown here, meanwhile\. Lower the limit and save\./,
    );
    assert.ok(await p.isChecked('input[name="strictness"][value="strict"]'), 'the saved strictness');
    assert.equal(await p.inputValue('#f-ledger_limit'), '50000');
    await p.click('#save');
    await waitFor(async () => /10 MB/.test(await p.locator('#e-ledger_limit').textContent()), { message: 'the limit refused with the reason' });
    assert.match(await p.locator('#e-ledger_limit').textContent(), /must be between 100 and 15000 \(the browser stores at most 10 MB for Vetted/);
    assert.deepEqual(await stored(), { strictness: 'strict', ledger_limit: 50000 }, 'nothing saved');
    await p.fill('#f-ledger_limit', '15000');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });
    assert.equal((await stored()).ledger_limit, 15000);
    await p.close();
  });

  // Invalid saved settings without a limit of their own: the log keeps up
  // to 100,000 entries meanwhile (nothing rotates out), more than Save
  // takes, and the page says so before the user saves.
  test('invalid saved settings without a limit: the page says to lower it to save', async () => {
    const sw = await h.worker();
    await sw.evaluate(() => chrome.storage.sync.set({ settings: { strictness: 'paranoid', competitors: ['Globex'] } }));
    const p = await openOptions();
    assert.match(
      await status(p),
      /^The saved settings are not valid\. Until they are fixed, Vetted judges with the default settings, and the decision log keeps up to 100,000 entries\. The form shows the saved settings: correct them and save; to save, also lower the limit to at most 15,000: the browser's storage holds no more\. Problems:strictness: must be one of/,
    );
    assert.equal(await p.inputValue('#f-ledger_limit'), '100000', 'the limit the log keeps');
    await p.fill('#f-ledger_limit', '15000');
    await p.click('#save');
    await waitFor(async () => /must be one of/.test(await p.locator('#e-strictness').textContent()), { message: 'the strictness to fix' });
    await p.check('input[name="strictness"][value="strict"]');
    // Saving writes the form over the saved settings: only when the user
    // confirms a question that says so.
    const asked = [];
    p.once('dialog', (d) => {
      asked.push(d.message());
      d.dismiss();
    });
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Not saved. Your saved settings are kept'), { message: 'declined' });
    assert.equal(
      asked[0],
      'The saved settings are not valid (strictness). Saving replaces them with this form: a saved value the form could not show is lost. Settings of a newer version of Vetted are kept. Save?',
    );
    assert.deepEqual(await stored(), { strictness: 'paranoid', competitors: ['Globex'] }, 'nothing written');
    p.once('dialog', (d) => d.accept());
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });
    const s = await stored();
    assert.equal(s.ledger_limit, 15000);
    assert.equal(s.strictness, 'strict');
    assert.deepEqual(s.competitors, ['Globex'], 'the saved list kept');
    await p.close();
  });

  // storage.sync is shared with the user's other computers, which may run
  // a newer version: what it saved that this version does not know (a
  // key, a rule, a pacing member) is kept through every write, and the
  // page says so; the user's own settings are in use and shown.
  test('a newer version\'s settings are kept through Save, import and the log page\'s limit', async () => {
    const sw = await h.worker();
    const newer = {
      competitors: ['Globex'],
      trusted: ['Ada Lovelace'],
      strictness: 'strict',
      auto_archive: { days: 30 },
      rules: { 'no-mutuals': false, 'deepfake-photo': true },
      pacing: { min_delay_ms: 2000, max_delay_ms: 4000, max_per_run: 25, max_per_hour: 80, max_per_day: 300 },
      ledger_limit: 3000,
    };
    await sw.evaluate((s) => chrome.storage.sync.set({ settings: s }), newer);
    const p = await openOptions();
    assert.equal(await status(p), '', 'no problem');
    assert.equal(
      await status(p, 'kept'),
      'Some settings were saved by a newer version of Vetted (on another computer that shares your settings). This version keeps them, and saving here leaves them as they are, but does not use them:' +
        'auto_archivepacing.max_per_dayrules.deepfake-photo',
    );
    assert.equal(await p.inputValue('#f-competitors'), 'Globex');
    assert.equal(await p.inputValue('#f-trusted'), 'Ada Lovelace');
    assert.ok(await p.isChecked('input[name="strictness"][value="strict"]'));
    assert.ok(!(await p.isChecked('#f-rules-no-mutuals')));
    assert.equal(await p.inputValue('#f-pacing-min_delay_ms'), '2');

    // Change one setting and save: the rest, and the newer ones, stay.
    await p.check('#f-job_search');
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });
    let s = await stored();
    assert.equal(s.job_search, true);
    assert.deepEqual(s.auto_archive, { days: 30 });
    assert.deepEqual(s.rules, { 'no-mutuals': false, 'deepfake-photo': true });
    assert.equal(s.pacing.max_per_day, 300);
    assert.equal(s.pacing.min_delay_ms, 2000);
    assert.deepEqual(s.competitors, ['Globex']);
    assert.deepEqual(s.trusted, ['Ada Lovelace']);
    assert.equal(s.strictness, 'strict');
    assert.equal(s.ledger_limit, 3000);
    assert.match(await status(p, 'kept'), /auto_archive/, 'still said');

    // A settings file is checked as strictly as the form: an unknown key
    // is a typo. A good file replaces the user's settings, not the newer
    // version's.
    const typo = { strictness: 'relaxed', auto_archiv: true };
    await p.setInputFiles('#import', { name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(typo)) });
    await waitFor(async () => /auto_archiv: unknown setting/.test(await status(p, 'file-status')), { message: 'the typo refused' });
    assert.equal(
      await status(p, 'file-status'),
      'typo.json was not imported; nothing changed. Problems:auto_archiv: unknown setting' +
        'A setting this version of Vetted does not know is a typo, or comes from a newer version of Vetted: to import such a file, update Vetted on this computer.',
    );
    const good = { strictness: 'relaxed', schools: ['MIT'] };
    await p.setInputFiles('#import', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await waitFor(async () => /^Imported good\.json/.test(await status(p, 'file-status')), { message: 'imported' });
    s = await stored();
    assert.equal(s.strictness, 'relaxed');
    assert.deepEqual(s.schools, ['MIT']);
    assert.deepEqual(s.auto_archive, { days: 30 });
    assert.deepEqual(s.rules, { 'deepfake-photo': true });
    assert.equal(s.pacing.max_per_day, 300);

    // Export, reset, import: the newer version's settings go in the file
    // under their own key (no typo) and come back with the rest; the
    // reset's question says it removes them.
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export')]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(exported.kept_from_newer_version, { auto_archive: { days: 30 }, rules: { 'deepfake-photo': true }, pacing: { max_per_day: 300 } });
    assert.equal(exported.auto_archive, undefined);
    assert.equal(exported.strictness, 'relaxed');
    let asked = '';
    p.once('dialog', (d) => {
      asked = d.message();
      d.accept();
    });
    await p.click('#reset');
    await waitFor(async () => (await stored()) === null, { message: 'settings reset' });
    assert.equal(
      asked,
      'Reset every setting to its default? Your lists and templates will be cleared, and so will the settings a newer version of Vetted saved, on every computer that shares your settings.',
    );
    assert.equal(await status(p, 'kept'), '');
    await p.setInputFiles('#import', { name: 'vetted-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await waitFor(async () => /^Imported vetted-settings\.json/.test(await status(p, 'file-status')), { message: 'the export imported' });
    assert.deepEqual(await stored(), s, 'as exported, the newer settings in their places');
    assert.match(await status(p, 'kept'), /auto_archivepacing\.max_per_dayrules\.deepfake-photo/);
    await p.close();

    // The decision log page changes the limit in the same settings.
    const lp = await openLedgerPage(h);
    await lp.fill('#limit', '2500');
    await lp.click('#limit-save');
    await waitFor(async () => /2,500/.test(await lp.locator('#notice').textContent()), { message: 'the limit saved' });
    const after = await stored();
    assert.deepEqual(after, { ...s, ledger_limit: 2500 }, 'everything else as it was');
    await lp.close();
  });

  // A file an earlier version exported with a log limit it allowed (up to
  // 100,000) is imported as saved settings with that limit are kept: in
  // use, with the same warning (vetted --settings takes it too).
  test('a file with an earlier version\'s log limit is imported with a warning', async () => {
    const p = await openOptions();
    const earlier = { strictness: 'strict', competitors: ['Initech'], ledger_limit: 50000 };
    await p.setInputFiles('#import', { name: 'vetted-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(earlier)) });
    await waitFor(async () => /vetted-settings\.json/.test(await status(p, 'file-status')), { message: 'import said' });
    assert.match(await status(p, 'file-status'), /^Imported vetted-settings\.json and saved\./);
    assert.match(await status(p), /^The saved limit of the decision log, 50,000 entries, is more than the browser's storage holds \(at most 15,000\)/);
    const s = await stored();
    assert.equal(s.ledger_limit, 50000, 'no entry rotated out');
    assert.equal(s.strictness, 'strict');
    assert.deepEqual(s.competitors, ['Initech']);
    assert.equal(await p.inputValue('#f-ledger_limit'), '50000');
    assert.equal(await p.inputValue('#f-competitors'), 'Initech');
    await p.close();
  });

  test('blocking a sender in the options changes the open page live', async () => {
    const page = await openDemo(h);
    const name = 'Priya Raman';
    const before = (await badges(page)).find((b) => b.name === name);
    assert.ok(before, `a badge for ${name}`);
    assert.notEqual(before.type, 'blocked_person');
    await page.evaluate(() => (window.__notReloaded = true));

    const p = await openOptions();
    await p.fill('#f-blocked', name);
    await p.click('#save');
    await waitFor(async () => (await status(p)).startsWith('Saved'), { message: 'Saved' });

    await page.bringToFront();
    const after = await waitFor(
      async () => {
        const b = (await badges(page)).find((x) => x.name === name);
        return b && b.type === 'blocked_person' ? b : null;
      },
      { message: `${name} re-judged as blocked_person`, timeout: 15000 },
    );
    assert.equal(after.recommendation, 'decline_block');
    assert.equal(after.level, 'danger');
    assert.equal(await page.evaluate(() => window.__notReloaded), true, 'no reload');
    // The other cards keep their verdicts.
    const others = (await badges(page)).filter((b) => b.name !== name);
    assert.ok(others.every((b) => b.type !== 'blocked_person'));
    await p.close();
    await page.close();
  });
});
