// One shell, two homes (DESIGN §7): the same LinkedIn page in Chromium with
// the core in the page (core.wasm instantiated by the content script) and
// hosted (in the background service worker) gives the same badges, the
// same decision-log entries, follows a settings change the same way and
// tells the popup the same problem about invalid saved settings. Only the
// page's own fetch of core.wasm tells the homes apart.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIST, badges, launch, violations, waitFor, withHome } from '../lib/harness.mjs';
import { DEMO_CARDS, DEMO_FILE, DEMO_URL } from '../lib/fixtures.mjs';
import { simulateLinkedIn } from '../lib/linkedin-sim.mjs';

const seen = {}; // home → what the page showed, compared at the end

for (const home of ['page', 'hosted']) {
  describe(`LinkedIn in Chromium, core ${home === 'page' ? 'in the page' : 'hosted'}`, { timeout: 120000 }, () => {
    let h;
    const pageFetches = () => h.requests.filter((r) => r.url.endsWith('/core.wasm') && !r.worker).length;
    const summary = async (p) =>
      (await badges(p)).map((b) => `${b.key} ${b.type} ${b.level} ${b.recommendation}`).sort();
    const badgeOf = (p, name) =>
      p.locator('[role="listitem"]').filter({ has: p.locator('strong', { hasText: name }) }).locator('[data-vetted-badge]');
    const statusOf = async (url) => Object.values(await h.tabStatus()).find((s) => s.url === url);

    before(async () => {
      h = await launch({ dist: withHome(DIST, home) });
      h.serveFile(DEMO_URL, DEMO_FILE);
    });
    after(async () => {
      if (h) await h.close();
    });

    test('every card badged; the core ran where it was asked to', async () => {
      const p = await h.open(DEMO_URL, { init: simulateLinkedIn });
      await waitFor(async () => (await p.locator('[data-vetted-badge]').count()) >= DEMO_CARDS, { message: 'the badges', timeout: 20000 });
      seen[home] = { badges: await summary(p) };
      assert.equal(seen[home].badges.length, DEMO_CARDS);
      if (home === 'page') assert.ok(pageFetches() > 0, 'the page fetched core.wasm');
      else assert.equal(pageFetches(), 0, 'the page never fetched core.wasm');
      const mark = await p.evaluate(() => performance.getEntriesByName('vetted:scanned')[0]?.detail?.home);
      assert.equal(mark, home);
      assert.deepEqual(await violations(p), []);
      await p.close();
    });

    test('an action writes its decision-log entry', async () => {
      await h.clearLedger();
      const p = await h.open(DEMO_URL, { init: simulateLinkedIn });
      const badge = badgeOf(p, 'Maria Keller');
      await badge.locator('button[data-vetted-action="ignore"]').click({ timeout: 20000 });
      await waitFor(async () => (await badge.getAttribute('data-vetted-state')) === 'done', { message: 'the ignore done', timeout: 20000 });
      const entry = await waitFor(async () => (await h.ledger()).find((e) => e.action === 'ignore'), { message: 'the entry' });
      assert.equal(entry.name, 'Maria Keller');
      seen[home].entry = [entry.key, entry.name, entry.action, entry.outcome, entry.type, entry.recommendation, entry.level, (entry.flags || []).join(',')].join(' ');
      await p.close();
    });

    test('a settings change judges the page again; invalid settings are told and the defaults used', async () => {
      const p = await h.open(DEMO_URL, { init: simulateLinkedIn });
      const ada = badgeOf(p, 'Ada Lovelace');
      await waitFor(async () => (await ada.count()) === 1, { message: "Ada's badge", timeout: 20000 });
      assert.notEqual(await ada.getAttribute('data-type'), 'blocked_person');
      await h.sw.evaluate(() => chrome.storage.sync.set({ settings: { blocked: ['Ada Lovelace'] } }));
      await waitFor(async () => (await ada.getAttribute('data-type')) === 'blocked_person', { message: 'Ada blocked', timeout: 15000 });
      await h.sw.evaluate(() => chrome.storage.sync.set({ settings: { strictness: 'paranoid' } }));
      await waitFor(async () => (await ada.getAttribute('data-type')) !== 'blocked_person', { message: 'the defaults again', timeout: 15000 });
      const st = await waitFor(async () => {
        const s = await statusOf(DEMO_URL);
        return s && s.problem ? s : null;
      }, { message: 'the problem told to the popup', timeout: 15000 });
      assert.match(st.problem, /saved settings are not valid/);
      seen[home].problem = st.problem;
      await h.sw.evaluate(() => chrome.storage.sync.remove('settings'));
      await p.close();
    });
  });
}

describe('the two homes', () => {
  test('answer the same', () => {
    assert.ok(seen.page && seen.hosted, 'both homes ran');
    assert.deepEqual(seen.page, seen.hosted);
  });
});
