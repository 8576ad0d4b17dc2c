// The decision log page in German (Chromium with --lang=de): the reason
// of an entry the core logged is shown in German, from its reason_parts
// (message names and arguments, extension/_locales/de); an entry logged
// before the parts were kept shows its English reason as before; an
// argument (page content) is shown as text, never as markup; a part this
// version has no message for falls back to the English reason. The search
// box finds an entry by the German words of its reason and of its action,
// as shown, and still by the English and stored ones.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, ROOT, waitFor } from '../lib/harness.mjs';
import { acceptOnDemo, openLedgerPage } from '../lib/fixtures.mjs';

const NAME = 'Ada Lovelace';
const DE = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension/_locales/de/messages.json'), 'utf8'));

// german words a reason's parts as the German locale does.
function german(parts) {
  return parts
    .map(([key, ...args]) => {
      const m = DE[key];
      assert.ok(m, `the German locale has ${key}`);
      let s = m.message;
      for (const [name, p] of Object.entries(m.placeholders || {})) {
        s = s.replaceAll(`$${name.toUpperCase()}$`, args[Number(p.content.slice(1)) - 1] ?? '');
      }
      return s;
    })
    .join('; ');
}

describe('decision log page in German', { timeout: 180000 }, () => {
  let h;
  let page;
  const errors = [];

  const reasons = () =>
    page.$$eval('#rows tr', (trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('.name').textContent,
        reason: (tr.querySelector('.reason') || { textContent: null }).textContent,
        html: tr.innerHTML,
      })),
    );

  before(async () => {
    h = await launch({ extraArgs: ['--lang=de'] });
    await h.clearLedger();
    await acceptOnDemo(h, NAME);
    page = await openLedgerPage(h, errors);
  });
  after(async () => {
    if (h) await h.close();
  });

  test('the page is German, and the logged reason is German', async () => {
    assert.equal(await page.locator('h1').textContent(), DE.ledgerTitle.message, 'the page speaks German');
    const ada = (await h.ledger()).find((e) => e.name === NAME);
    assert.ok(ada.reason, 'the English reason is logged, for the CSV and older versions');
    assert.ok(Array.isArray(ada.reason_parts) && ada.reason_parts.length > 0, `the reason's parts are logged: ${JSON.stringify(ada)}`);
    const want = german(ada.reason_parts);
    assert.notEqual(want, ada.reason, 'German is not the English');
    const row = await waitFor(async () => (await reasons()).find((r) => r.name === NAME), { message: `a row for ${NAME}` });
    assert.equal(row.reason, want);
    assert.deepEqual(errors, []);
  });

  test('an old entry shows its English reason; arguments are text; an unknown part falls back to English', async () => {
    const stored = await h.ledger();
    const at = Date.now() - 86400000;
    const hostile = '<img src=x onerror="window.__pwned=1"> $1 $$';
    await h.worker().then((sw) =>
      sw.evaluate((l) => chrome.storage.local.set({ ledger: l }), [
        { name: 'Old Entry', action: 'ignore', site: 'linkedin', at: at - 3, reason: 'no mutual connections and no shared context' },
        { name: 'Hostile Field', action: 'accept', site: 'linkedin', at: at - 2, reason: `works in your field: ${hostile}`, reason_parts: [['reasonIndustry', hostile], ['reasonIgnoredLike']] },
        { name: 'From Later', action: 'accept', site: 'linkedin', at: at - 1, reason: 'a reason a newer version gives', reason_parts: [['reasonFromANewerVersion']] },
        ...stored,
      ]),
    );
    const r = await waitFor(async () => {
      const rows = await reasons();
      return rows.length === stored.length + 3 ? rows : null;
    }, { message: 'the three stored entries listed' });
    const by = (n) => r.find((x) => x.name === n);
    assert.equal(by('Old Entry').reason, 'no mutual connections and no shared context', 'logged before the parts: English as before');
    assert.equal(by('Hostile Field').reason, `arbeitet in Ihrem Fachgebiet: ${hostile}; Sie haben ähnliche Einladungen ignoriert`);
    assert.ok(!by('Hostile Field').html.includes('<img'), 'no element from the argument');
    assert.equal(by('From Later').reason, 'a reason a newer version gives');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, []);
  });

  test('the search finds an entry by the German words of its reason, and by the English', async () => {
    // The list follows the search box on each input.
    const names = async (text) => {
      await page.fill('#q', text);
      return (await reasons()).map((r) => r.name);
    };
    const seeded = ['Old Entry', 'Hostile Field', 'From Later'];
    const only = (shown, name) => seeded.filter((n) => shown.includes(n)).join() === name;
    // German words shown on the page, in no name and no English reason.
    let shown = await names('FACHGEBIET ähnliche');
    assert.ok(only(shown, 'Hostile Field'), `German words find Hostile Field only: ${shown}`);
    shown = await names('Einladungen ignoriert');
    assert.ok(only(shown, 'Hostile Field'), `German words find Hostile Field only: ${shown}`);
    // The English reason still matches; so does a reason only in English.
    shown = await names('works');
    assert.ok(only(shown, 'Hostile Field'), `an English word of the reason: ${shown}`);
    shown = await names('mutual connections');
    assert.ok(only(shown, 'Old Entry'), `an old entry's English: ${shown}`);
    shown = await names('newer version');
    assert.ok(only(shown, 'From Later'), `a part without a message, English: ${shown}`);
    // The action as the page shows it ("Annehmen"), and the stored word.
    shown = await names(DE.badgeActionAccept.message.toUpperCase());
    assert.ok(shown.includes(NAME) && shown.includes('Hostile Field') && !shown.includes('Old Entry'), `the accepted ones by the German action: ${shown}`);
    shown = await names(DE.badgeActionIgnore.message);
    assert.ok(only(shown, 'Old Entry') && !shown.includes(NAME), `the ignored one by the German action: ${shown}`);
    shown = await names('ignore');
    assert.ok(only(shown, 'Old Entry'), `the stored action word still: ${shown}`);
    assert.deepEqual(await names('nirgendwo-zu-finden'), []);
    assert.equal(await page.locator('#empty').textContent(), DE.ledgerNoMatch.message);
    // The entry the core logged on the demo page, by a word of its German
    // reason that its English reason does not have.
    const ada = (await h.ledger()).find((e) => e.name === NAME);
    const word = german(ada.reason_parts)
      .split(/[\s;:,()]+/)
      .find((w) => w.length > 3 && !ada.reason.toLowerCase().includes(w.toLowerCase()));
    assert.ok(word, `a German word in the reason of ${NAME}`);
    assert.ok((await names(word)).includes(NAME), `${NAME} found by "${word}"`);
    assert.equal((await names('')).length, (await h.ledger()).length, 'an empty search lists everything');
    assert.deepEqual(errors, []);
  });
});
