// The extension itself: it loads, the loader runs on (and only on) the
// invitation pages, follows in-app navigation, never tries in-page
// WebAssembly on X in Chromium, raises no CSP violation and makes no
// network request of its own; on X in Chromium the core is hosted. These
// pass with any core.wasm that starts, in either home (VETTED_HOME).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HOME, launch, violations, waitFor } from '../lib/harness.mjs';
import { DEMO_FILE, DEMO_URL, E2E_FIXTURES, read } from '../lib/fixtures.mjs';

const FEED_URL = 'https://www.linkedin.com/feed/';
const X_URL = 'https://x.com/i/follower_requests';
const TWITTER_URL = 'https://twitter.com/follower_requests';

describe('extension', { timeout: 120000 }, () => {
  let h;
  // core.wasm fetched by a page (the in-page home), not by the background.
  const wasmFetches = () => h.requests.filter((r) => r.url.endsWith('/core.wasm') && !r.worker).length;
  // LinkedIn's home in Chromium: hosted, unless the tests force the page.
  const inPage = HOME === 'page';
  const statusFor = async (url) => Object.values(await h.tabStatus()).find((s) => s.url === url);

  before(async () => {
    h = await launch();
    h.serveFile(DEMO_URL, DEMO_FILE);
    h.serveFile(FEED_URL, path.join(E2E_FIXTURES, 'linkedin-feed.html'));
    h.serveFile(X_URL, path.join(E2E_FIXTURES, 'x-follower-requests.html'));
    h.serveFile(TWITTER_URL, path.join(E2E_FIXTURES, 'x-follower-requests.html'));
  });
  after(async () => {
    if (h) await h.close();
  });

  test('loads with the minimal manifest', async () => {
    const m = await h.sw.evaluate(() => chrome.runtime.getManifest());
    assert.equal(m.manifest_version, 3);
    assert.deepEqual(m.permissions, ['storage']);
    assert.equal(m.optional_permissions, undefined);
    assert.match(m.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(m.web_accessible_resources.map((w) => w.resources).flat(), ['core.wasm']);
    assert.equal(await h.sw.evaluate(() => chrome.i18n.getMessage('extName')), 'Vetted');
  });

  test('starts the core on the invitation page, without CSP violations', async () => {
    const n = wasmFetches();
    const page = await h.open(DEMO_URL);
    const st = await waitFor(() => statusFor(DEMO_URL), { message: 'a status from the tab' });
    assert.equal(st.site, 'linkedin');
    await waitFor(async () => ['active', 'no-list'].includes((await statusFor(DEMO_URL))?.state) || (await statusFor(DEMO_URL))?.error, {
      message: 'the core to report',
      timeout: 15000,
    });
    if (inPage) assert.ok(wasmFetches() > n, 'the page fetched core.wasm');
    else assert.equal(wasmFetches(), n, 'the page fetched core.wasm (the core is hosted)');
    const probe = await page.evaluate(async (u) => fetch(u).then(() => 'readable', () => 'blocked'), `chrome-extension://${h.extensionId}/core.wasm`);
    assert.equal(probe, 'blocked', 'the page cannot detect Vetted at its static URL');
    const now = await statusFor(DEMO_URL);
    assert.equal(now.error, undefined, `the tab reported an error: ${now.error}`);
    assert.deepEqual(await violations(page), []);
    const styled = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'vetted-badge';
      document.body.append(probe);
      const v = getComputedStyle(probe).getPropertyValue('--vetted-fg');
      probe.remove();
      return v;
    });
    assert.notEqual(styled, '', 'the badge styles are there on LinkedIn (the probe above is meaningful)');
    await page.close();
  });

  test('waits on other LinkedIn pages and starts after in-app navigation', async () => {
    const n = wasmFetches();
    const page = await h.open(FEED_URL);
    await page.waitForTimeout(700);
    assert.equal(wasmFetches(), n, 'core.wasm fetched on the feed');
    assert.equal(await statusFor(FEED_URL), undefined, 'the loader reported from the feed');
    const demo = read(DEMO_FILE);
    await page.evaluate(([html, url]) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.title = doc.title;
      document.body.replaceWith(document.adoptNode(doc.body));
    }, [demo, DEMO_URL]);
    await waitFor(async () => (await statusFor(DEMO_URL))?.state === 'active', { message: 'the active status after pushState', timeout: 15000 });
    if (inPage) assert.ok(wasmFetches() > n, 'core.wasm fetched after pushState');
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  for (const url of [X_URL, TWITTER_URL]) {
    test(`never compiles WebAssembly on ${new URL(url).host} in Chromium: the core is hosted`, async () => {
      const n = wasmFetches();
      const page = await h.open(url);
      const st = await waitFor(async () => {
        const s = await statusFor(url);
        return s && s.state === 'active' ? s : null;
      }, { message: 'the active status', timeout: 15000 });
      assert.equal(st.site, 'x');
      assert.ok(st.total > 0, 'cards counted');
      assert.equal(await page.locator('[data-vetted-badge]').count(), st.total, 'every card badged');
      assert.equal(wasmFetches(), n, 'core.wasm fetched on X');
      assert.deepEqual(await violations(page), []);
      const styled = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.className = 'vetted-badge';
        document.body.append(probe);
        const v = getComputedStyle(probe).getPropertyValue('--vetted-fg');
        probe.remove();
        return v;
      });
      assert.notEqual(styled, '', 'the badge styles are there on X');
      const ping = await h.sw.evaluate(async (u) => {
        const [tab] = await chrome.tabs.query({ url: u });
        return chrome.tabs.sendMessage(tab.id, { type: 'vetted-ping' });
      }, url);
      assert.equal(ping.state, 'running');
      const tabId = await h.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
      const popup = await h.context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      await waitFor(async () => (await popup.locator('#status').textContent()).length > 0, { message: 'the popup' });
      assert.match((await popup.locator('#status').textContent()).trim(), new RegExp(`${st.total}`));
      await popup.close();
      await page.close();
    });
  }

  test('the popup lists the supported pages where Vetted is not running', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await waitFor(async () => (await page.locator('#status li').count()) === 5, { message: 'the list of pages' });
    assert.match(await page.locator('#status').textContent(), /Vetted works on these pages:.*LinkedIn/s);
    await page.close();
  });

  test('makes no network request of its own', async () => {
    const foreign = h.foreignRequests([read(DEMO_FILE), read(path.join(E2E_FIXTURES, 'x-follower-requests.html'))]);
    assert.deepEqual(foreign, []);
  });
});
