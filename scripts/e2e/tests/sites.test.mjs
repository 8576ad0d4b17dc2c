// Every saved page of the site adapters (core/page/testdata/<dir>/*.html,
// each with a <name>.url sidecar holding its real URL and a golden
// <name>.cards.json), opened at that URL under the site's CSP in Chromium:
// exactly one badge per card (the golden card keys), types agreeing with
// `vetted scan` on the same file, no CSP violation and no request of the
// extension's own. On X the page's policy forbids in-page WebAssembly in
// Chromium: the same shell asks the core hosted in the background, with
// the same results.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { badges, launch, scanned, siteOf, violations, waitFor } from '../lib/harness.mjs';
import { adapterFixtures, read, scan } from '../lib/fixtures.mjs';

const fixtures = adapterFixtures();


describe('site adapter fixtures (Chromium)', { timeout: 300000 }, () => {
  let h;
  before(async () => {
    if (fixtures.length > 0) h = await launch();
  });
  after(async () => {
    if (h) await h.close();
  });

  if (fixtures.length === 0) {
    test('core/page/testdata has pages', (t) => t.skip('no adapter fixtures with a .url sidecar yet'));
    return;
  }

  for (const f of fixtures) {
    test(`${f.dir}/${f.name}`, async (t) => {
      const site = siteOf(f.url);
      assert.ok(site, `${f.url} is a supported site`);
      h.serveFile(f.url, f.file, site);
      const since = h.requests.length;
      const t0 = Date.now();
      const page = await h.open(f.url);
      const t1 = Date.now();
      try {
        let want = f.keys;
        const res = f.adapter ? scan(f.file, f.adapter) : { verdicts: [] };
        if (res.error) t.diagnostic(res.error);
        if (!want && res.verdicts) want = res.verdicts.map((v) => v.key);
        if (!want) return t.skip('no golden cards and no scan to compare with');
        if (want.length === 0) {
          await page.waitForTimeout(800);
        } else {
          await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= want.length, {
            message: `${want.length} badges`,
            timeout: 15000,
          });
          await page.waitForTimeout(150);
        }
        const bs = await badges(page);
        t.diagnostic(`load ${t1 - t0} ms, badges ${Date.now() - t1} ms`);
        assert.deepEqual(bs.map((b) => b.key).sort(), [...want].sort(), 'exactly one badge per card, by key');
        if (res.verdicts) {
          for (const v of res.verdicts) {
            const b = bs.find((x) => x.key === v.key);
            assert.ok(b, `a badge with key ${v.key} (${v.name})`);
            assert.deepEqual(
              { type: b.type, level: b.level, recommendation: b.recommendation },
              { type: v.type, level: v.level, recommendation: v.recommendation },
              v.name,
            );
          }
        }
        if (want.length > 0) {
          // Every card was read from a snapshot (one call per card, the
          // loader's vettedSnapshot), and reading again with the plan the
          // first reads taught gives the same verdicts: every card is
          // replaced with a fresh copy and read again.
          assert.deepEqual(await scanned(page), { cards: want.length, snapshots: want.length }, 'every card read from a snapshot');
          await page.evaluate(() => {
            performance.clearMarks('vetted:scanned');
            for (const b of document.querySelectorAll('[data-vetted-badge]')) {
              const card = b.parentElement;
              const copy = card.cloneNode(true);
              for (const x of copy.querySelectorAll('[data-vetted-badge]')) x.remove();
              card.replaceWith(copy);
            }
          });
          await waitFor(async () => (await scanned(page)).cards >= 2 * want.length && (await page.locator('[data-vetted-badge]').count()) === want.length, {
            message: 'the copies read and badged',
            timeout: 15000,
          });
          const again = await badges(page);
          assert.deepEqual(
            again.map((b) => [b.key, b.type, b.level, b.recommendation]).sort(),
            bs.map((b) => [b.key, b.type, b.level, b.recommendation]).sort(),
            'the same verdicts from a settled read plan',
          );
        }
        assert.deepEqual(await violations(page), []);
        assert.deepEqual(h.foreignRequests([read(f.file)], since), [], 'no request of its own');
      } finally {
        await page.close();
      }
    });
  }
});
