// Firefox (stock ESR over WebDriver BiDi) with dist/firefox: the add-on
// installs, the core runs on LinkedIn's invitation page and, unlike in
// Chromium, on X too (Firefox does not apply the page's CSP to extension
// WebAssembly, DESIGN §7), with no CSP violation on either page.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { waitFor } from '../lib/harness.mjs';
import { DEMO_FILE, DEMO_URL, E2E_FIXTURES, scan } from '../lib/fixtures.mjs';
import { haveFirefox, launchFirefox } from '../lib/firefox.mjs';

const X_URL = 'https://x.com/i/follower_requests';
const X_FILE = path.join(E2E_FIXTURES, 'x-follower-requests.html');

const count = (page) => page.evaluate(() => document.querySelectorAll('[data-vetted-badge]').length);
const violations = (page) => page.evaluate(() => (window.__vettedTest ? window.__vettedTest.violations : []));

describe('Firefox', { timeout: 120000, skip: haveFirefox() ? false : 'Firefox ESR is not installed' }, () => {
  let h;
  before(async () => {
    h = await launchFirefox();
    h.serveFile(DEMO_URL, DEMO_FILE);
    h.serveFile(X_URL, X_FILE);
  });
  after(async () => {
    if (h) await h.close();
  });

  test('installs as vetted@vetted.dev', () => {
    assert.equal(h.addon, 'vetted@vetted.dev');
  });

  test('badges every card on LinkedIn, without CSP violations', async () => {
    const page = await h.open(DEMO_URL);
    await waitFor(async () => (await count(page)) >= 10, { message: '10 badges', timeout: 20000 });
    assert.equal(await count(page), 10);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test('runs on X (the page policy does not bind Firefox add-ons)', async (t) => {
    const page = await h.open(X_URL);
    const res = scan(X_FILE, 'x');
    if (res.verdicts && res.verdicts.length > 0) {
      await waitFor(async () => (await count(page)) >= res.verdicts.length, { message: 'badges on X', timeout: 20000 });
    } else {
      t.diagnostic(`no X verdicts to expect (${res.error || 'no cards'}); checking for violations only`);
      await new Promise((r) => setTimeout(r, 2000));
    }
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test('makes no network request of its own', () => {
    const html = [...h.pages.values()].map((p) => p.body).join('\n');
    const foreign = h.requests.filter((r) => {
      if (r.url.startsWith('moz-extension://') || h.pages.has(r.url.split('#')[0])) return false;
      const u = new URL(r.url);
      return !(html.includes(u.pathname) || u.pathname === '/favicon.ico');
    });
    assert.deepEqual(foreign, []);
  });
});
