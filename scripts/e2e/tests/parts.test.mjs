// Parts lost mid-delivery, core hosted (extension/host.js): a long page's
// snapshot goes to the background in parts and its answer comes back in
// parts of 100 cards. When the background forgets the parts it keeps (its
// worker was stopped, the tab's parts were dropped) it answers null and
// the shell sends the snapshot again, or asks again: the page still gets
// exactly one badge on every card, and nothing stays kept in parts.
// The loss is made in the background's own scope, without a hook in the
// extension: at a chosen message a listener (in Chromium's service worker,
// after host.js's; in Firefox, in an extension page beside the event page)
// sets the background's clock two minutes ahead, and host.js forgets the
// parts it kept, which are now older than a minute, at the next message,
// as when a delivery stalls. 400
// cards: long enough for a snapshot in several parts and an answer in 4,
// short enough to scroll through every badge in a few seconds.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIST, launch, violations, waitFor, withHome } from '../lib/harness.mjs';
import { bigPage } from '../lib/bigpage.mjs';
import { haveFirefox, launchFirefox } from '../lib/firefox.mjs';

const URL_ = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const CARDS = 400;

// everyBadge scrolls the whole list (badges further down are drawn as
// they near the viewport) and returns, for each card, its key and the
// keys of the badges in it.
async function everyBadge(page) {
  await waitFor(
    () =>
      page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const cards = [...document.querySelectorAll('[role="listitem"]')];
        for (let y = 0; y < document.documentElement.scrollHeight; y += 2500) {
          scrollTo(0, y);
          await frame();
          await frame();
        }
        scrollTo(0, document.documentElement.scrollHeight);
        await frame();
        return cards.every((c) => c.querySelector('[data-vetted-badge]'));
      }),
    { message: 'a badge on every card', timeout: 30000, every: 250 },
  ).catch(() => {});
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="listitem"]')].map((c) => ({
      key: c.getAttribute('componentkey'),
      badges: [...c.querySelectorAll('[data-vetted-badge]')].map((b) => b.getAttribute('data-vetted-key')),
    })),
  );
}

// install runs in the extension (Chromium's service worker, or a Firefox
// extension page): from the first message of type at.type with part
// number at.i on, the background's clock (Date.now, which host.js keeps
// parts by) is two minutes ahead, so everything kept in parts until then
// expires; globalThis.vettedTestLoss says whether and when that happened
// and counts the requests that named parts.
async function install(at) {
  const bg = typeof ServiceWorkerGlobalScope !== 'undefined' ? globalThis : await globalThis.browser.runtime.getBackgroundPage();
  const seen = (globalThis.vettedTestLoss = { ahead: false, requests: 0, n: 0 });
  const clock = bg.Date.now.bind(bg.Date);
  let ahead = 0;
  bg.Date.now = () => clock() + ahead;
  chrome.runtime.onMessage.addListener((msg) => {
    if (!msg || typeof msg !== 'object') return false;
    if (msg.type === 'vetted-core' && msg.parts !== undefined) seen.requests++;
    if (!seen.ahead && msg.type === at.type && msg.i === at.i) {
      ahead = 2 * 60000;
      seen.ahead = true;
      seen.n = Number(msg.n) || 0;
    }
    return false;
  });
}

// kept is how many snapshots and answers the background keeps in parts.
async function kept() {
  const bg = globalThis.vettedParts ? globalThis : await globalThis.browser.runtime.getBackgroundPage();
  return bg.vettedParts();
}

// statusOf is what the background holds for the tab at url.
async function statusOf(ext, url) {
  const got = await ext.evaluate(() => chrome.storage.session.get('tabStatus'));
  return Object.values((got && got.tabStatus) || {}).find((s) => s.url === url);
}

// check loads the page with a loss installed (ext: where the test's
// listener runs) and asserts that every card has exactly one badge, its
// own, and that nothing stays kept in parts.
async function check(h, ext, at) {
  await ext.evaluate(install, at);
  const page = await h.open(URL_);
  try {
    const detail = await waitFor(
      async () => {
        const d = await page.evaluate(() => performance.getEntriesByName('vetted:scanned')[0]?.detail);
        if (d) return d;
        // The shell gave up (an error the core answered is not asked again).
        const st = await statusOf(ext, URL_);
        if (st && st.error) throw new Error(`no scan: ${st.error}`);
        return null;
      },
      { message: `the scan of ${CARDS} cards`, timeout: 60000, every: 250 },
    );
    assert.equal(detail.home, 'hosted');
    const loss = await ext.evaluate(() => globalThis.vettedTestLoss);
    assert.ok(loss.ahead, `the clock went ahead mid-delivery (${JSON.stringify(loss)})`);
    const cards = await everyBadge(page);
    assert.equal(cards.length, CARDS);
    const bare = cards.filter((c) => c.badges.length === 0).map((c) => c.key);
    const twice = cards.filter((c) => c.badges.length > 1).map((c) => c.key);
    assert.deepEqual(bare.slice(0, 5), [], `${bare.length} cards without a badge`);
    assert.deepEqual(twice.slice(0, 5), [], `${twice.length} cards with more than one badge`);
    const wrong = cards.filter((c) => c.badges[0] !== c.key).map((c) => c.key);
    assert.deepEqual(wrong.slice(0, 5), [], "each badge is its own card's");
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-vetted-badge]').length), CARDS, 'as many badges as cards');
    assert.equal(detail.cards, CARDS);
    const st = await statusOf(ext, URL_);
    assert.ok(st && st.state === 'active' && !st.error, `the popup's status is active, no error (${JSON.stringify(st && { state: st.state, error: st.error })})`);
    await waitFor(async () => (await ext.evaluate(kept)) === 0, { message: 'nothing kept in parts', timeout: 5000 });
    assert.deepEqual(await violations(page), []);
    return loss;
  } finally {
    await page.close();
  }
}

// Both directions, in a browser whose extension context ext() gives.
function directions(h, ext) {
  test("a snapshot's parts lost on the way in: sent again, every card badged once", async () => {
    // After the second of the snapshot's parts arrived: the first two
    // are forgotten, the ones after them still come.
    const loss = await check(h(), await ext(), { type: 'vetted-core-part', i: 1 });
    assert.ok(loss.n >= 3, `parts came after the loss (the snapshot in ${loss.n} parts)`);
    assert.ok(loss.requests >= 2, `the request came again with its parts sent again (${loss.requests} requests)`);
  });

  test("an answer's parts lost on the way out: asked again, every card badged once", async () => {
    // After the first part of the answer was given: the others are gone.
    const loss = await check(h(), await ext(), { type: 'vetted-core-answer', i: 0 });
    assert.ok(loss.requests >= 2, `the request came again (${loss.requests} requests)`);
  });
}

describe('a long page whose parts are lost mid-delivery, Chromium, core hosted', { timeout: 180000 }, () => {
  let h;
  before(async () => {
    h = await launch({ dist: withHome(DIST, 'hosted') });
    h.serve(URL_, bigPage(CARDS));
  });
  after(async () => {
    if (h) await h.close();
  });
  directions(() => h, () => h.worker());
});

describe('a long page whose parts are lost mid-delivery, Firefox', { timeout: 180000, skip: haveFirefox() ? false : 'Firefox ESR is not installed' }, () => {
  let h;
  let ext; // an extension page, open throughout: the test's listener lives there
  before(async () => {
    h = await launchFirefox({ extensionPages: true });
    h.serve(URL_, bigPage(CARDS));
    ext = await h.openExtension('popup.html');
  });
  after(async () => {
    if (h) await h.close();
  });
  directions(() => h, async () => ext);
});
