// The popup's "could not be read" (issue 11): a page with an invitation
// no card was read for (an Accept control outside every card) makes the
// popup say so, and "Copy skeleton" copies the core's anonymised markup of
// it: tags and structure kept, names, texts and URLs gone. In both of
// today's paths: the core in the page (LinkedIn, Chromium) and the shell
// with the hosted core (X, Chromium); and in Firefox (LinkedIn and X, the
// core in the page). Every card still gets its badge, and a page where
// everything was read shows no such line.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from '../lib/harness.mjs';
import { TESTDATA, read } from '../lib/fixtures.mjs';
import { haveFirefox, launchFirefox } from '../lib/firefox.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Each site's saved page with one stray Accept control added in its list,
// outside every card (as `vetted scan` reports it: 1 could not be read).
const CASES = [
  {
    site: 'linkedin',
    path: 'the core in the page',
    url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    file: `${TESTDATA}/linkedin/received.html`,
    cards: 14,
    at: '<div data-testid="lazy-column" class="_8b7c46b2">',
    after: true,
    stray: '<div class="_odd1"><span>Pat Quinn</span><button type="button" aria-label="Accept Pat Quinn’s invitation"><span>Accept</span></button></div>',
    secret: /Pat|Quinn/,
  },
  {
    site: 'x',
    path: 'the shell with the hosted core',
    url: 'https://x.com/follower_requests',
    file: `${TESTDATA}/x/follower-requests.html`,
    cards: 10,
    at: '</div></div></section>',
    after: false,
    stray: '<div class="css-175oi2r r-odd"><span>Robin Vale</span><button aria-label="Accept" role="button" type="button"><span>Accept</span></button></div>',
    secret: /Robin|Vale/,
  },
];

function withStray(c) {
  const html = read(c.file);
  const i = html.indexOf(c.at);
  assert.ok(i >= 0, `${c.file} still has ${c.at}`);
  const j = c.after ? i + c.at.length : i;
  return html.slice(0, j) + c.stray + html.slice(j);
}

describe('popup: invitations that could not be read', { timeout: 180000 }, () => {
  let h;
  before(async () => {
    h = await launch();
  });
  after(async () => {
    if (h) await h.close();
  });

  async function openPopup(url) {
    const tabId = await h.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(-1).id, url);
    const popup = await h.context.newPage();
    // The clipboard as the popup writes it (headless Chromium has no
    // system clipboard to read back).
    await popup.addInitScript(() => {
      window.__copied = [];
      navigator.clipboard.writeText = async (t) => {
        window.__copied.push(t);
      };
    });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  for (const c of CASES) {
    test(`${c.site} (${c.path}): the popup counts it and copies its skeleton`, async () => {
      h.serve(c.url, withStray(c), c.site);
      const page = await h.open(c.url);
      try {
        await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= c.cards, { message: `${c.cards} badges`, timeout: 20000 });
        const popup = await openPopup(c.url);
        try {
          const line = popup.locator('#unread-line');
          await line.waitFor({ timeout: 10000 });
          assert.equal(await line.textContent(), '1 invitation on this page could not be read.');
          assert.equal(await popup.locator('#unread').isVisible(), true);
          const copy = popup.getByRole('button', { name: 'Copy skeleton' });
          assert.match(await copy.getAttribute('aria-describedby'), /unread-line/);
          await copy.click();
          await waitFor(async () => (await popup.locator('#unread-copied').textContent()) !== '', { message: 'the copied line' });
          assert.equal(await popup.locator('#unread-copied').textContent(), 'Copied. Paste it into a bug report.');
          const [copied] = await popup.evaluate(() => window.__copied);
          assert.ok(copied, 'something was copied');
          assert.match(copied, /<button[^>]*aria-label="Xxxxxx/, 'the control, its label a placeholder');
          assert.doesNotMatch(copied, c.secret, 'no name');
          assert.doesNotMatch(copied, /Accept/, 'no text');
          // The popup passes axe with the line shown.
          await popup.evaluate(AXE);
          const bad = await popup.evaluate(async () =>
            (await window.axe.run(document, { resultTypes: ['violations'] })).violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map((v) => v.id),
          );
          assert.deepEqual(bad, []);
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });
  }

  test('a page where every invitation was read: no such line', async () => {
    const c = CASES[0];
    h.serve(c.url, read(c.file), c.site);
    const page = await h.open(c.url);
    try {
      await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= c.cards, { message: `${c.cards} badges`, timeout: 20000 });
      const popup = await openPopup(c.url);
      try {
        await popup.locator('#counts').waitFor({ timeout: 10000 });
        // The tab answered: nothing to tell.
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(await popup.locator('#unread-line').count(), 0);
        assert.equal(await popup.locator('#unread').isHidden(), true);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });
});

// Firefox (stock ESR over WebDriver BiDi, as tests/firefox.test.mjs): the
// popup, opened as an extension page for the tab, says the same and copies
// the same skeleton; on X too, where Firefox runs the core in the page.
describe('popup: invitations that could not be read (Firefox)', { timeout: 180000, skip: haveFirefox() ? false : 'Firefox ESR is not installed' }, () => {
  let h;
  before(async () => {
    h = await launchFirefox({ extensionPages: true });
  });
  after(async () => {
    if (h) await h.close();
  });

  const badges = (page) => page.evaluate(() => document.querySelectorAll('[data-vetted-badge]').length);

  // openPopup opens the popup for the tab showing url: the tab's id asked
  // of the extension's own tabs API from one of its pages, the clipboard
  // replaced by a recorder (headless Firefox has none to read back).
  async function openPopup(url) {
    const popup = await h.openExtension('popup.html');
    const tabId = await popup.evaluate(async (u) => (await browser.tabs.query({ url: u })).at(-1).id, url);
    assert.ok(Number.isInteger(tabId), `the tab of ${url}`);
    await h.goExtension(popup, `popup.html?tab=${tabId}`);
    await popup.evaluate(() => {
      window.__copied = [];
      navigator.clipboard.writeText = async (t) => {
        window.__copied.push(t);
      };
    });
    return popup;
  }

  for (const c of CASES) {
    test(`${c.site}: the popup counts it and copies its skeleton`, async () => {
      h.serve(c.url, withStray(c), c.site);
      const page = await h.open(c.url);
      try {
        await waitFor(async () => (await badges(page)) >= c.cards, { message: `${c.cards} badges`, timeout: 20000 });
        const popup = await openPopup(c.url);
        try {
          await popup.waitForSelector('#unread-line', { timeout: 10000 });
          assert.equal(await popup.$eval('#unread-line', (e) => e.textContent), '1 invitation on this page could not be read.');
          assert.equal(await popup.$eval('#unread', (e) => !e.hidden), true);
          assert.equal(await popup.$eval('#copy-skeleton', (e) => e.textContent), 'Copy skeleton');
          assert.match(await popup.$eval('#copy-skeleton', (e) => e.getAttribute('aria-describedby')), /unread-line/);
          await popup.click('#copy-skeleton');
          await waitFor(async () => (await popup.$eval('#unread-copied', (e) => e.textContent)) !== '', { message: 'the copied line' });
          assert.equal(await popup.$eval('#unread-copied', (e) => e.textContent), 'Copied. Paste it into a bug report.');
          const [copied] = await popup.evaluate(() => window.__copied);
          assert.ok(copied, 'something was copied');
          assert.match(copied, /<button[^>]*aria-label="Xxxxxx/, 'the control, its label a placeholder');
          assert.doesNotMatch(copied, c.secret, 'no name');
          assert.doesNotMatch(copied, /Accept/, 'no text');
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });
  }

  test('a page where every invitation was read: no such line', async () => {
    const c = CASES[0];
    h.serve(c.url, read(c.file), c.site);
    const page = await h.open(c.url);
    try {
      await waitFor(async () => (await badges(page)) >= c.cards, { message: `${c.cards} badges`, timeout: 20000 });
      const popup = await openPopup(c.url);
      try {
        await popup.waitForSelector('#counts', { timeout: 10000 });
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(await popup.$$eval('#unread-line', (l) => l.length), 0);
        assert.equal(await popup.$eval('#unread', (e) => e.hidden), true);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });
});
