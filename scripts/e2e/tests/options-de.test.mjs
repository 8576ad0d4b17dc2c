// The options page in German (Chromium with --lang=de): settings a newer
// version of Vetted saved in chrome.storage.sync (shared with the user's
// other computers) are named under the German notice
// (extension/_locales/de, optionsNewerKept), and the question before
// saving over stored settings that do not validate is German too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, ROOT, waitFor } from '../lib/harness.mjs';

const DE = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension/_locales/de/messages.json'), 'utf8'));

describe('options page in German', { timeout: 120000 }, () => {
  let h;
  before(async () => {
    h = await launch({ extraArgs: ['--lang=de'] });
  });
  after(async () => {
    if (h) await h.close();
  });

  async function openOptions(settings) {
    const sw = await h.worker();
    await sw.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
    const p = await h.context.newPage();
    await p.goto(`chrome-extension://${h.extensionId}/options.html`);
    await p.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
    return p;
  }

  test('a newer version\'s settings are named in German and kept', async () => {
    const p = await openOptions({ competitors: ['Globex'], auto_archive: true, rules: { 'deepfake-photo': true } });
    assert.equal(await p.locator('#kept').textContent(), DE.optionsNewerKept.message + 'auto_archiverules.deepfake-photo');
    await p.check('#f-job_search');
    await p.click('#save');
    await waitFor(async () => (await p.locator('#status').textContent()) === DE.optionsSaved.message, { message: 'gespeichert' });
    const got = (await h.storage('sync', 'settings')).settings;
    assert.equal(got.auto_archive, true);
    assert.deepEqual(got.rules, { 'deepfake-photo': true });
    assert.deepEqual(got.competitors, ['Globex']);
    assert.equal(got.job_search, true);

    // Reset asks in German, naming the newer version's settings it removes.
    const asked = [];
    p.once('dialog', (d) => {
      asked.push(d.message());
      d.dismiss();
    });
    await p.click('#reset');
    await waitFor(async () => asked.length === 1, { message: 'gefragt' });
    assert.equal(asked[0], DE.optionsResetConfirmNewer.message);
    assert.equal((await h.storage('sync', 'settings')).settings.auto_archive, true, 'declined: nothing removed');
    await p.close();
  });

  test('saving over invalid stored settings asks in German', async () => {
    const p = await openOptions({ strictness: 'paranoid', ledger_limit: 2000 });
    await p.check('input[name="strictness"][value="strict"]');
    const asked = [];
    p.once('dialog', (d) => {
      asked.push(d.message());
      d.dismiss();
    });
    await p.click('#save');
    await waitFor(async () => (await p.locator('#status').textContent()) === DE.optionsReplaceCancelled.message, { message: 'nicht gespeichert' });
    assert.equal(asked[0], DE.optionsReplaceInvalidConfirm.message.replace('$FIELDS$', 'strictness'));
    assert.deepEqual((await h.storage('sync', 'settings')).settings, { strictness: 'paranoid', ledger_limit: 2000 });
    await p.close();
  });
});
