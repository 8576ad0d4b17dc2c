// Firefox (stock ESR over WebDriver BiDi) with dist/firefox: the add-on
// installs and badges every card of the demo page and of every adapter
// fixture — on X too, since Firefox does not apply the page's CSP to
// extension WebAssembly (DESIGN §7) — with no CSP violation and no request
// of its own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { scanned, siteOf, waitFor } from '../lib/harness.mjs';
import { adapterFixtures, DEMO_FILE, DEMO_URL, read } from '../lib/fixtures.mjs';
import { haveFirefox, launchFirefox } from '../lib/firefox.mjs';
import { bigPage } from '../lib/bigpage.mjs';

const keys = (page) => page.evaluate(() => [...document.querySelectorAll('[data-vetted-badge]')].map((b) => b.getAttribute('data-vetted-key')));
const violations = (page) => page.evaluate(() => (window.__vettedTest ? window.__vettedTest.violations : []));
const fixtures = adapterFixtures().filter((f) => f.keys);

describe('Firefox', { timeout: 180000, skip: haveFirefox() ? false : 'Firefox ESR is not installed' }, () => {
  let h;
  before(async () => {
    h = await launchFirefox();
  });
  after(async () => {
    if (h) await h.close();
  });

  async function check(url, file, want) {
    h.serveFile(url, file, siteOf(url));
    const since = h.requests.length;
    const page = await h.open(url);
    try {
      if (want.length === 0) await new Promise((r) => setTimeout(r, 800));
      else await waitFor(async () => (await keys(page)).length >= want.length, { message: `${want.length} badges`, timeout: 15000 });
      await new Promise((r) => setTimeout(r, 150));
      assert.deepEqual((await keys(page)).sort(), [...want].sort(), 'exactly one badge per card, by key');
      if (want.length > 0) {
        assert.deepEqual(await scanned(page), { cards: want.length, snapshots: want.length }, 'every card read from a snapshot');
      }
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(h.foreignRequests([read(file)], since), [], 'no request of its own');
    } finally {
      await page.close();
    }
  }

  test('installs as vetted@vetted.dev', () => {
    assert.equal(h.addon, 'vetted@vetted.dev');
  });

  test('demo page', async () => {
    const want = Array.from({ length: 10 }, (_, i) => `urn:li:invitation:73020000000000001${String(i + 1).padStart(2, '0')}`);
    await check(DEMO_URL, DEMO_FILE, want);
  });

  // 1,000 cards: the snapshot goes to the event page in parts and the
  // answer comes back in parts (extension/host.js, split), as in Chromium.
  test('a long page: 1,000 cards judged, each badge its own card\'s', async () => {
    const url = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
    h.serve(url, bigPage(1000));
    const page = await h.open(url);
    try {
      await waitFor(async () => (await scanned(page)).cards === 1000, { message: '1,000 cards judged', timeout: 120000, every: 500 });
      const last = await waitFor(
        () =>
          page.evaluate(() => {
            const cards = document.querySelectorAll('[role="listitem"]');
            const card = cards[cards.length - 1];
            card.scrollIntoView();
            const b = card.querySelector('[data-vetted-badge]');
            return b ? { key: b.getAttribute('data-vetted-key'), card: card.getAttribute('componentkey') } : null;
          }),
        { message: "the last card's badge", timeout: 20000 },
      );
      assert.equal(last.key, last.card);
      assert.deepEqual(await violations(page), []);
    } finally {
      await page.close();
    }
  });

  for (const f of fixtures) {
    test(`${f.dir}/${f.name}${siteOf(f.url) === 'x' ? ' (X: runs in Firefox)' : ''}`, () => check(f.url, f.file, f.keys));
  }
});
