// The core hosted in an offscreen document (Chromium; a copy of the build
// forced to it, as make bench compares it with the service worker): X at
// its real URL under X's CSP gets every badge, the document is created by
// the service worker for the reason WORKERS, and closing it mid-session
// loses nothing: the shell asks again, the page gets its badges back, and
// an action's decision-log entry is kept.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIST, badges, launch, violations, waitFor, withHome } from '../lib/harness.mjs';
import { TESTDATA, read } from '../lib/fixtures.mjs';
import { simulateX, xClickedOrHighlighted } from '../lib/sites-sim.mjs';

const URL_X = 'https://x.com/follower_requests';
const FILE = `${TESTDATA}/x/follower-requests.html`;
const CARDS = 10;

describe('core hosted in an offscreen document (forced home)', { timeout: 120000 }, () => {
  let h;
  before(async () => {
    h = await launch({ dist: withHome(DIST, 'offscreen') });
  });
  after(async () => {
    if (h) await h.close();
  });

  // documents lists the extension's offscreen documents (from the worker).
  async function documents() {
    const sw = await h.worker();
    return sw.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl));
  }

  async function closeDocument() {
    const sw = await h.worker();
    await sw.evaluate(() => chrome.offscreen.closeDocument());
    assert.deepEqual(await documents(), [], 'the document is gone');
  }

  async function open() {
    h.serve(URL_X, read(FILE), 'x');
    const page = await h.open(URL_X, { init: simulateX });
    await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= CARDS, { message: `${CARDS} badges`, timeout: 20000 });
    return page;
  }

  test('X under its CSP: every card badged by the core in the document', async () => {
    const page = await open();
    try {
      const bs = await badges(page);
      assert.equal(new Set(bs.map((b) => b.key)).size, CARDS, 'one badge per card');
      for (const b of bs) assert.ok(['safe', 'review', 'danger'].includes(b.level), b.level);
      assert.deepEqual(await documents(), [`chrome-extension://${h.extensionId}/offscreen.html`]);
      const sw = await h.worker();
      assert.equal(await sw.evaluate(() => typeof globalThis.vettedCore), 'undefined', 'no core in the service worker');
      assert.deepEqual(await violations(page), []);
    } finally {
      await page.close();
    }
  });

  test('the document closed mid-session: recreated, badges again, no decision lost', async () => {
    await h.clearLedger();
    const page = await open();
    try {
      await closeDocument();
      // A card re-rendered without its badge while the document is gone.
      await page.evaluate(() => {
        const cell = document.querySelectorAll('[data-testid="UserCell"]')[0];
        const copy = cell.cloneNode(true);
        for (const b of copy.querySelectorAll('[data-vetted-badge]')) b.remove();
        if (cell.nextElementSibling && cell.nextElementSibling.matches('[data-vetted-badge]')) cell.nextElementSibling.remove();
        cell.replaceWith(copy);
      });
      await waitFor(async () => (await page.locator('[data-testid="UserCell"] + [data-vetted-badge]').count()) === CARDS, {
        message: 'every card badged again',
        timeout: 20000,
      });
      assert.equal((await documents()).length, 1, 'the document was created again');

      // An action under way when the document closes: its entry is kept.
      const card = page.locator('[data-testid="UserCell"]').nth(5);
      const badge = card.locator('xpath=following-sibling::*[@data-vetted-badge][1]');
      const key = await badge.getAttribute('data-vetted-key');
      await badge.locator('[data-vetted-action="ignore"]').dispatchEvent('click');
      const how = await xClickedOrHighlighted(page);
      await closeDocument();
      if (how === 'highlighted') await card.locator('button[aria-label="Decline"].vetted-highlight').dispatchEvent('click');
      const entry = await waitFor(async () => (await h.ledger()).find((e) => e.key === key && e.action === 'ignore' && e.outcome === 'done'), {
        message: `a done ledger entry for ${key}`,
        timeout: 20000,
      });
      assert.equal(entry.site, 'x');
      assert.deepEqual((await page.evaluate(() => window.__xClicks)).map((c) => c.label), ['Decline'], 'one click');
      assert.deepEqual(await violations(page), []);
    } finally {
      await page.close();
    }
  });
});
