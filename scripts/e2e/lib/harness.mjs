// The browser harness shared by the end-to-end tests and the demo: headless
// (or headed) Chromium with the unpacked extension from dist/chrome, and the
// real site URLs routed to local fixture pages served with each site's
// Content Security Policy, so the real manifest's match patterns and the
// real page policies apply. No test-only manifest, no network.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../../..');
const BUILT = path.resolve(process.env.VETTED_DIST || path.join(ROOT, 'dist/chrome'));

// withHome returns a copy of a build whose loader always uses one home of
// the core (DESIGN §7): 'page' (the content script), 'hosted' (the
// background), 'offscreen' (hosted in an offscreen document, Chromium;
// measured, not shipped) or 'auto' (the build as it is). The test switch of
// `VETTED_HOME=page make e2e` and of make bench.
export function withHome(dist, home) {
  if (!home || home === 'auto') return dist;
  const file = path.join(dist, 'loader.js');
  const marker = /const HOME = '[a-z]+';/;
  const src = fs.readFileSync(file, 'utf8');
  if (!marker.test(src)) throw new Error('loader.js no longer has its const HOME');
  if (src.includes(`const HOME = '${home}';`)) return dist; // forced already (never 'offscreen')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `vetted-${home}-`));
  fs.cpSync(dist, dir, { recursive: true });
  if (home === 'offscreen') return withOffscreen(dir);
  // Single quotes, as the marker reads it: a forced copy can be forced again
  // (VETTED_HOME=page, then a test that wants the hosted home).
  if (!/^[a-z]+$/.test(home)) throw new Error(`no home ${home}`);
  fs.writeFileSync(path.join(dir, 'loader.js'), src.replace(marker, `const HOME = '${home}';`));
  return dir;
}

// withOffscreen turns a copy of a build into one whose core is hosted in
// an offscreen document (Chromium), a home measured and not shipped
// (BENCHMARKS.md): the document's files (scripts/e2e/offscreen/) are
// added, the shell asks the background (loader.js: 'hosted'), the
// background relays to the document (host.js: HOSTED_IN), and the
// manifest asks for the `offscreen` permission.
function withOffscreen(dir) {
  fs.cpSync(path.join(here, '../offscreen'), dir, { recursive: true });
  const edit = (name, marker, by) => {
    const file = path.join(dir, name);
    const src = fs.readFileSync(file, 'utf8');
    if (!src.includes(marker)) throw new Error(`${name} no longer has ${marker}`);
    fs.writeFileSync(file, src.replace(marker, by));
  };
  // Whatever home the copy was forced to (VETTED_HOME=page), the shell asks the background.
  const loader = path.join(dir, 'loader.js');
  const src = fs.readFileSync(loader, 'utf8');
  if (!/const HOME = '[a-z]+';/.test(src)) throw new Error('loader.js no longer has its const HOME');
  fs.writeFileSync(loader, src.replace(/const HOME = '[a-z]+';/, "const HOME = 'hosted';"));
  edit('host.js', "const HOSTED_IN = 'worker';", "const HOSTED_IN = 'offscreen';");
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.permissions = [...new Set([...(manifest.permissions || []), 'offscreen'])];
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dir;
}

export const HOME = process.env.VETTED_HOME || 'auto';
export const DIST = withHome(BUILT, HOME);
export const CHROMIUM = process.env.VETTED_CHROMIUM || '/usr/bin/chromium';

// Each site's policy as published captures show it (SITES.md). X has
// neither 'unsafe-eval' nor 'wasm-unsafe-eval': in-page WebAssembly is
// blocked there in Chromium. XING: no capture; assumed LinkedIn-like.
export const CSP = {
  linkedin:
    "default-src *; connect-src 'self' https://*.linkedin.com https://*.licdn.com wss://*.linkedin.com; " +
    "script-src 'report-sample' 'unsafe-inline' 'unsafe-eval' 'self' https://*.licdn.com https://static.licdn.com; " +
    "img-src data: blob: 'self' https://*.licdn.com https://*.linkedin.com; " +
    "style-src 'unsafe-inline' 'self' https://static.licdn.com https://static-exp1.licdn.com https://static-exp2.licdn.com https://static-exp3.licdn.com; " +
    "object-src 'none'; base-uri 'self'; " +
    "frame-ancestors 'self'; upgrade-insecure-requests",
  facebook:
    "default-src * data: blob: 'self'; " +
    "script-src *.facebook.com *.fbcdn.net *.facebook.net 'unsafe-inline' 'unsafe-eval' blob: data: 'self'; " +
    "style-src data: blob: 'unsafe-inline' *; connect-src *.facebook.com facebook.com *.fbcdn.net wss://*.facebook.com:* 'self'; " +
    "img-src *.fbcdn.net *.facebook.com data: blob: 'self'; object-src 'none'; base-uri 'self'",
  instagram:
    "default-src * data: blob: 'self'; " +
    "script-src *.facebook.com *.fbcdn.net *.facebook.net *.instagram.com *.cdninstagram.com 'unsafe-inline' 'unsafe-eval' blob: data: 'self'; " +
    "style-src data: blob: 'unsafe-inline' *; connect-src *.instagram.com *.cdninstagram.com *.facebook.com 'self'; " +
    "img-src *.cdninstagram.com *.fbcdn.net data: blob: 'self'; object-src 'none'; base-uri 'self'",
  x:
    "connect-src 'self' blob: https://*.twimg.com https://api.x.com https://api.twitter.com; default-src 'self'; " +
    "form-action 'self' https://x.com https://twitter.com; img-src 'self' blob: data: https://*.twimg.com; " +
    "script-src 'self' 'unsafe-inline' https://*.twimg.com https://www.google-analytics.com 'nonce-dmV0dGVkLWUyZQ=='; " +
    "style-src 'self' 'unsafe-inline' https://*.twimg.com; object-src 'none'; base-uri 'self'",
  xing:
    "default-src 'self' https://*.xing.com https://*.xing.net; " +
    "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://*.xing.com https://*.xing.net; " +
    "img-src 'self' data: blob: https://*.xing.com https://*.xing.net; style-src 'self' 'unsafe-inline' https://*.xing.com; " +
    "object-src 'none'; base-uri 'self'",
};

export function siteOf(url) {
  const host = new URL(url).hostname;
  if (host === 'www.linkedin.com') return 'linkedin';
  if (host === 'www.facebook.com') return 'facebook';
  if (host === 'www.instagram.com') return 'instagram';
  if (host === 'x.com' || host === 'twitter.com') return 'x';
  if (host === 'www.xing.com') return 'xing';
  return null;
}

// Hosts whose images the fixtures reference: answered with a generated
// avatar so pages look right and no request leaves the machine.
export const IMAGE_HOSTS = /(^|\.)(licdn\.com|fbcdn\.net|cdninstagram\.com|twimg\.com|xing\.com|xing\.net)$/;

// Runs in the page's main world before any page script: collects CSP
// violations and window errors where the tests can read them.
export const INIT = () => {
  const t = (window.__vettedTest = { violations: [], errors: [] });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => t.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile }),
    true,
  );
  window.addEventListener('error', (e) => t.errors.push(String(e.message)));
};

export function avatar(url) {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'x').replace(/\.[a-z]+$/, '');
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) % 360;
  const initials = name
    .split(/[-_ ]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="hsl(${h},45%,55%)"/>` +
    `<text x="50" y="62" font-family="sans-serif" font-size="36" fill="#fff" text-anchor="middle">${initials}</text></svg>`
  );
}

// pageOwn reports whether a request is explained without the extension:
// the extension's own files (chrome-extension:// or moz-extension://, at
// the static or the dynamic id), data:, blob: and about: URLs (no network), a page we served, something the page's
// HTML references (an image, a stylesheet, a manifest; absolute or
// relative), or the browser's favicon probe.
export function pageOwn(url, html, pages) {
  if (/^(chrome|moz)-extension:\/\//.test(url)) return true;
  if (/^(data|blob|about):/.test(url)) return true; // not a network request
  if (pages.has(url.split('#')[0])) return true;
  const u = new URL(url);
  if (u.pathname === '/favicon.ico') return true;
  if (u.pathname.length > 1 && html.includes(u.pathname)) return true;
  const base = decodeURIComponent(u.pathname.split('/').pop());
  return base.length >= 4 && html.includes(base);
}

export const NOT_FOUND = '<!doctype html><title>Not part of the fixture</title><p>Not part of the fixture.</p>';

// launch starts Chromium with the extension loaded. headless defaults to
// true; the returned harness routes pages registered with serve().
export async function launch({ headless = true, extraArgs = [], allowNetwork = false, dist = DIST } = {}) {
  if (!fs.existsSync(path.join(dist, 'manifest.json')) || !fs.existsSync(path.join(dist, 'core.wasm'))) {
    throw new Error(`no extension build in ${dist}: run make build`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath: CHROMIUM,
    viewport: { width: 1100, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=en-US',
      ...extraArgs,
    ],
  });
  const h = new Harness(context, userDataDir, allowNetwork);
  await h.init();
  return h;
}

export class Harness {
  constructor(context, userDataDir, allowNetwork) {
    this.context = context;
    this.userDataDir = userDataDir;
    this.allowNetwork = allowNetwork;
    this.pages = new Map(); // URL without hash → { body, site }
    this.requests = []; // every request the browser made: { url, type, method, worker (from the service worker) }
  }

  async init() {
    const ctx = this.context;
    this.sw = ctx.serviceWorkers()[0] || (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    this.extensionId = new URL(this.sw.url()).host;
    ctx.on('request', (r) =>
      this.requests.push({ url: r.url(), type: r.resourceType(), method: r.method(), worker: Boolean(r.serviceWorker && r.serviceWorker()) }),
    );
    await ctx.addInitScript(INIT);
    await ctx.route('**/*', (route) => this.handle(route));
  }

  // serve answers url (any hash ignored) with html under the site's CSP.
  serve(url, html, site = siteOf(url)) {
    this.pages.set(url.split('#')[0], { body: html, site });
  }

  serveFile(url, file, site) {
    this.serve(url, fs.readFileSync(file, 'utf8'), site);
  }

  async handle(route) {
    const req = route.request();
    const url = req.url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const page = this.pages.get(url.split('#')[0]);
    if (page) {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP[page.site] || '' },
        body: page.body,
      });
    }
    const u = new URL(url);
    if (req.resourceType() === 'image' && IMAGE_HOSTS.test(u.hostname)) {
      return route.fulfill({ status: 200, headers: { 'content-type': 'image/svg+xml' }, body: avatar(url) });
    }
    if (this.allowNetwork) return route.continue();
    if (req.resourceType() === 'document' && siteOf(url)) {
      return route.fulfill({
        status: 404,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP[siteOf(url)] },
        body: NOT_FOUND,
      });
    }
    return route.fulfill({ status: 404, body: '' });
  }

  // open loads url (registered with serve) in a new tab; init is a
  // function to run in the page's main world before its own scripts.
  async open(url, { waitUntil = 'load', init } = {}) {
    const page = await this.context.newPage();
    if (init) await page.addInitScript(init);
    await page.goto(url, { waitUntil });
    return page;
  }

  // foreignRequests are the requests (from index since on) that the pages
  // do not explain: what the extension might have sent (see pageOwn).
  foreignRequests(pageHtmls = [], since = 0) {
    const html = pageHtmls.join('\n');
    return this.requests.slice(since).filter((r) => !pageOwn(r.url, html, this.pages));
  }

  // storage reads chrome.storage.<area> through the service worker.
  async storage(area = 'local', key = null) {
    const sw = await this.worker();
    return sw.evaluate(([a, k]) => chrome.storage[a].get(k), [area, key]);
  }

  async ledger() {
    const got = await this.storage('local', 'ledger');
    return (got && got.ledger) || [];
  }

  async clearLedger() {
    const sw = await this.worker();
    await sw.evaluate(() => chrome.storage.local.remove('ledger'));
  }

  // tabStatus is what the background holds for every tab.
  async tabStatus() {
    const got = await this.storage('session', 'tabStatus');
    return (got && got.tabStatus) || {};
  }

  async worker() {
    const live = this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`));
    if (live) return live;
    // A stopped worker: wake it by opening an extension page.
    const p = await this.context.newPage();
    await p.goto(`chrome-extension://${this.extensionId}/popup.html`).catch(() => {});
    await p.close();
    this.sw = this.context.serviceWorkers()[0] || (await this.context.waitForEvent('serviceworker', { timeout: 10000 }));
    return this.sw;
  }

  async close() {
    await this.context.close().catch(() => {});
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

// Page-side helpers (run with page.evaluate).

// violations returns the CSP violations the page saw.
export async function violations(page) {
  return page.evaluate(() => (window.__vettedTest ? window.__vettedTest.violations : []));
}

// badges reads every Vetted badge on the page.
// scanned returns what the core's last scan mark says: cards read so far,
// and how many of them from a snapshot (0 and 0 before the first scan).
export async function scanned(page) {
  return page.evaluate(() => {
    const [m] = performance.getEntriesByName('vetted:scanned');
    return m && m.detail ? { cards: m.detail.cards, snapshots: m.detail.snapshots } : { cards: 0, snapshots: 0 };
  });
}

export async function badges(page) {
  return page.$$eval('[data-vetted-badge]', (els) =>
    els.map((b) => {
      const card = b.closest('[componentkey], [role="listitem"], li, [data-testid="UserCell"]') || b.parentElement;
      let nameEl = null;
      for (const sel of ['a[href*="/in/"] strong', 'strong', '[data-testid="UserCell"] a[role="link"] span', 'a[href*="/in/"]']) {
        nameEl = card && [...card.querySelectorAll(sel)].find((e) => !e.closest('[data-vetted-badge]') && e.textContent.trim());
        if (nameEl) break;
      }
      return {
        key: b.getAttribute('data-vetted-key'),
        type: b.getAttribute('data-type'),
        level: b.getAttribute('data-level'),
        recommendation: b.getAttribute('data-recommendation'),
        state: b.getAttribute('data-vetted-state'),
        status: (b.querySelector('[data-vetted-status]') || {}).textContent || '',
        name: nameEl ? nameEl.textContent.trim().replace(/\s+/g, ' ') : '',
        cardKey: card ? card.getAttribute('componentkey') : null,
      };
    }),
  );
}

// fillStorageQuota fills chrome.storage.local to its quota, so that every
// write that adds fails. It runs inside the extension (the worker or an
// extension page: evaluate(fillStorageQuota)), so it uses nothing outside.
export async function fillStorageQuota() {
  const chunk = 'x'.repeat(1024 * 1024);
  for (let i = 0; ; i++) {
    try {
      await chrome.storage.local.set({ [`filler${i}`]: chunk });
    } catch {
      // the last chunk did not fit; fill what is left
      for (let n = 512 * 1024; n >= 64; n = Math.floor(n / 2)) {
        try {
          await chrome.storage.local.set({ [`filler-${i}-${n}`]: 'x'.repeat(n) });
        } catch {
          // smaller
        }
      }
      return;
    }
  }
}

// waitFor polls fn until it returns a truthy value or the time is up.
export async function waitFor(fn, { timeout = 10000, every = 100, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${message}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
