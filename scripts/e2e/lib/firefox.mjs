// The Firefox side of the harness: stock Firefox ESR driven over WebDriver
// BiDi (puppeteer-core), the unpacked dist/firefox installed as a temporary
// add-on, and the real site URLs answered from local fixture pages with
// each site's CSP, as in the Chromium harness.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { avatar, CSP, HOME, IMAGE_HOSTS, INIT, NOT_FOUND, pageOwn, ROOT, siteOf, withHome } from './harness.mjs';

export const FIREFOX = process.env.VETTED_FIREFOX_BIN || '/usr/bin/firefox-esr';
const BUILT_FIREFOX = path.resolve(process.env.VETTED_DIST_FIREFOX || path.join(ROOT, 'dist/firefox'));
// VETTED_HOME forces one home of the core here too (withHome).
export const DIST_FIREFOX = withHome(BUILT_FIREFOX, HOME);

// The add-on's internal UUID, fixed (Firefox picks one at random), so that
// tests can open its pages: moz-extension://<UUID>/popup.html.
export const FIREFOX_ADDON_UUID = '5e7a1d2c-0b3f-4c6e-9a8d-7f1e2b3c4d5e';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_ADDON_UUID}`;

export function haveFirefox() {
  return fs.existsSync(FIREFOX);
}

// extensionPages: the add-on's own pages (FIREFOX_ORIGIN) may be opened by
// the test; Firefox allows WebDriver to navigate to them only when started
// with --remote-allow-system-access.
export async function launchFirefox({ dist = DIST_FIREFOX, extensionPages = false } = {}) {
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) throw new Error(`no Firefox build in ${dist}: run make build`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: extensionPages ? ['--remote-allow-system-access'] : [],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'vetted@vetted.dev': FIREFOX_ADDON_UUID }) },
  });
  const addon = await browser.installExtension(dist);
  return new FirefoxHarness(browser, addon);
}

class FirefoxHarness {
  constructor(browser, addon) {
    this.browser = browser;
    this.addon = addon;
    this.pages = new Map();
    this.requests = [];
  }

  serve(url, html, site = siteOf(url)) {
    this.pages.set(url.split('#')[0], { body: html, site });
  }

  serveFile(url, file, site) {
    this.serve(url, fs.readFileSync(file, 'utf8'), site);
  }

  async open(url, { init } = {}) {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const u = req.url();
      // (resourceType() is not supported over BiDi: decide by URL.)
      const doc = req.isNavigationRequest();
      this.requests.push({ url: u, document: doc });
      if (u.startsWith('moz-extension://')) return req.continue();
      const served = this.pages.get(u.split('#')[0]);
      const headers = (site) => ({ 'content-security-policy': CSP[site] || '' });
      if (served) return req.respond({ status: 200, headers: headers(served.site), contentType: 'text/html; charset=utf-8', body: served.body });
      if (!doc && IMAGE_HOSTS.test(new URL(u).hostname)) {
        return req.respond({ status: 200, contentType: 'image/svg+xml', body: avatar(u) });
      }
      if (doc && siteOf(u)) {
        return req.respond({ status: 404, headers: headers(siteOf(u)), contentType: 'text/html; charset=utf-8', body: NOT_FOUND });
      }
      return req.respond({ status: 404, body: '' });
    });
    await page.evaluateOnNewDocument(INIT);
    if (init) await page.evaluateOnNewDocument(init);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  // openExtension opens one of the add-on's own pages (FIREFOX_ORIGIN +
  // path; launchFirefox({ extensionPages: true })) in a new tab. Firefox
  // sends no load events for them over BiDi, so goto never settles: the
  // page is awaited by its location and readyState instead.
  async openExtension(path) {
    const page = await this.browser.newPage();
    await this.goExtension(page, path);
    return page;
  }

  // goExtension navigates an open extension page to another of its pages.
  async goExtension(page, path) {
    const url = `${FIREFOX_ORIGIN}/${path}`;
    page.goto(url, { timeout: 60000 }).catch(() => {});
    const end = Date.now() + 20000;
    for (;;) {
      const at = await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false);
      if (at === url) return;
      if (Date.now() > end) throw new Error(`timed out opening ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  foreignRequests(pageHtmls = [], since = 0) {
    const html = pageHtmls.join('\n');
    return this.requests.slice(since).filter((r) => !pageOwn(r.url, html, this.pages));
  }

  async close() {
    await this.browser.close().catch(() => {});
  }
}
