// Every saved page of the site adapters (core/page/testdata/<adapter>/*.html,
// each with a <name>.url sidecar holding its real URL), opened at that URL
// under the site's CSP: one badge per card, agreeing with `vetted scan` on
// the same file, and no CSP violation. On X, Chromium must not inject
// anything (the page's policy forbids in-page WebAssembly).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { badges, launch, siteOf, violations, waitFor } from '../lib/harness.mjs';
import { adapterFixtures, read, scan } from '../lib/fixtures.mjs';

const fixtures = adapterFixtures();

describe('site adapter fixtures', { timeout: 300000 }, () => {
  let h;
  before(async () => {
    if (fixtures.length === 0) return;
    h = await launch();
  });
  after(async () => {
    if (h) await h.close();
  });

  if (fixtures.length === 0) {
    test('core/page/testdata has pages', (t) => t.skip('no adapter fixtures with a .url sidecar yet'));
    return;
  }

  for (const f of fixtures) {
    test(`${f.adapter}/${f.name}`, async (t) => {
      const site = siteOf(f.url);
      assert.ok(site, `${f.url} is a supported site`);
      h.serveFile(f.url, f.file, site);
      const since = h.requests.length;
      const page = await h.open(f.url);
      try {
        if (site === 'x') {
          await page.waitForTimeout(700);
          assert.equal(await page.locator('[data-vetted-badge]').count(), 0, 'nothing injected on X in Chromium');
          assert.deepEqual(await violations(page), []);
          return;
        }
        const res = scan(f.file, f.adapter);
        if (res.error && res.status === undefined) t.diagnostic(res.error);
        else assert.equal(res.error, undefined);
        const want = res.verdicts ? res.verdicts.length : null;
        if (want === 0) {
          await page.waitForTimeout(1000);
        } else {
          await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= (want || 1), {
            message: `${want ?? 'some'} badges`,
            timeout: 15000,
          });
          await page.waitForTimeout(200);
        }
        const bs = await badges(page);
        if (want !== null) {
          assert.equal(bs.length, want, 'one badge per card');
          for (const v of res.verdicts) {
            const b = v.key ? bs.find((x) => x.key === v.key) : null;
            assert.ok(b || !v.key, `a badge with key ${v.key} (${v.name})`);
            if (b) {
              assert.deepEqual(
                { type: b.type, level: b.level, recommendation: b.recommendation },
                { type: v.type, level: v.level, recommendation: v.recommendation },
                v.name,
              );
            }
          }
        }
        const keys = bs.map((b) => b.key);
        assert.equal(new Set(keys).size, keys.length, 'badge keys are unique');
        assert.deepEqual(await violations(page), []);
        const foreign = h.foreignRequests([read(f.file)], since);
        assert.deepEqual(foreign, [], 'no request of its own');
      } finally {
        await page.close();
      }
    });
  }
});
