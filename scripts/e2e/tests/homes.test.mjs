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
import { bigPage } from '../lib/bigpage.mjs';

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
      else {
        assert.equal(pageFetches(), 0, 'the page never fetched core.wasm');
        // The loader's status told the background a page was loading: the
        // core started and scanned its made-up page before the page asked.
        assert.equal(await (await h.worker()).evaluate(() => globalThis.vettedWarm), 2, 'the core warmed up on its two cards');
      }
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

describe('a long page, core hosted', { timeout: 180000 }, () => {
  // 1,000 cards: the snapshot (about 2 MB) goes to the core in parts and
  // the answer (about 2.5 MB) comes back in parts (host.js, split), each a
  // message and a task of its own. Every card is judged, each badge is its
  // own card's, and nothing is left in parts once the page has its answer.
  let h;
  before(async () => {
    h = await launch({ dist: withHome(DIST, 'hosted') });
  });
  after(async () => {
    if (h) await h.close();
  });

  test('every card judged, each badge its own card\'s, no part kept', async () => {
    const url = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
    h.serve(url, bigPage(1000));
    const p = await h.open(url);
    const detail = await waitFor(
      () => p.evaluate(() => performance.getEntriesByName('vetted:scanned')[0]?.detail),
      { message: 'the scan of 1,000 cards', timeout: 120000, every: 250 },
    );
    assert.equal(detail.cards, 1000);
    assert.equal(detail.home, 'hosted');
    const st = await waitFor(async () => {
      const s = Object.values(await h.tabStatus()).find((x) => x.url === url);
      return s && s.total ? s : null;
    }, { message: 'the status', timeout: 20000 });
    assert.equal(st.total, 1000);
    // Card i's note is a scam's when i is a multiple of 7 (bigpage.mjs).
    assert.equal(st.levels.danger, Math.floor(1000 / 7));
    // The last card: scrolled to, badged with its own key and verdict.
    const last = p.locator('[role="listitem"]').last();
    await last.scrollIntoViewIfNeeded();
    const badge = last.locator('[data-vetted-badge]');
    await waitFor(async () => (await badge.count()) === 1, { message: "the last card's badge", timeout: 20000 });
    assert.equal(await badge.getAttribute('data-vetted-key'), await last.getAttribute('componentkey'));
    const sevens = p.locator('[role="listitem"]').nth(6).locator('[data-vetted-badge]');
    assert.equal(await sevens.getAttribute('data-level'), 'danger');
    const sw = await h.worker();
    const given = await sw.evaluate(() => globalThis.vettedAnswerParts());
    assert.ok(given >= 10 && given % 10 === 0, `the answer came in parts of 100 cards (${given} parts)`);
    assert.equal(await sw.evaluate(() => globalThis.vettedParts()), 0, 'nothing kept in parts');
    assert.deepEqual(await violations(p), []);
    await p.close();
  });
});

describe('the two homes', () => {
  test('answer the same', () => {
    assert.ok(seen.page && seen.hosted, 'both homes ran');
    assert.deepEqual(seen.page, seen.hosted);
  });
});
