// Issue #5 part 3: the popup and bulk triage on LinkedIn's invitation
// manager (the bundled demo page under LinkedIn's CSP, with the site's
// click behaviour from lib/linkedin-sim.mjs). The popup is opened as
// popup.html?tab=<id> in a tab of its own.
//
// Job-search mode is on, so "Accept all recommended" takes three cards (the
// known contact, the recruiter and the verified account). Pacing comes from
// chrome.storage.sync "settings", as the user would set it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { badges, launch, waitFor } from '../lib/harness.mjs';
import { DEMO_FILE, DEMO_URL } from '../lib/fixtures.mjs';
import { simulateLinkedIn } from '../lib/linkedin-sim.mjs';

const CARDS = 10;
const ACCEPT = ['Ada Lovelace', 'Priya Raman', 'Linus Berg']; // page order

// securityOnAccept raises LinkedIn's security check (the checkpoint
// challenge frame) right after the nth accept click on the page.
function securityOnAccept(n) {
  let accepts = 0;
  document.addEventListener(
    'click',
    (e) => {
      const ctl = e.target.closest('[data-view-name="invitation-action"] > *');
      if (!ctl || !/^Accept/.test(ctl.getAttribute('aria-label') || '')) return;
      if (++accepts !== n) return;
      const f = document.createElement('iframe');
      f.setAttribute('src', 'https://www.linkedin.com/checkpoint/challenge/AgF3bulk');
      f.title = 'Security verification';
      document.body.append(f);
    },
    true,
  );
}

describe('popup and bulk triage', { timeout: 240000 }, () => {
  let h;
  const started = Date.now();

  async function setSettings(pacing) {
    const sw = await h.worker();
    await sw.evaluate(
      (s) => chrome.storage.sync.set({ settings: s }),
      { job_search: true, pacing: { min_delay_ms: 200, max_delay_ms: 400, max_per_run: 25, max_per_hour: 80, ...pacing } },
    );
  }

  async function openDemo(init) {
    const page = await h.context.newPage();
    await page.addInitScript(simulateLinkedIn);
    if (init) await page.addInitScript(init.fn, init.arg);
    await page.goto(DEMO_URL);
    await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= CARDS, {
      message: `${CARDS} badges`,
      timeout: 15000,
    });
    // The badges reflect job-search mode (Priya: accept).
    await waitFor(async () => (await badges(page)).filter((b) => b.recommendation === 'accept').length === ACCEPT.length, {
      message: 'job-search mode to reach the badges',
    });
    const tabId = await h.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(-1).id, DEMO_URL);
    return { page, tabId };
  }

  async function openPopup(tabId) {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  async function planNames(popup, kind) {
    await popup.locator(kind === 'accept' ? '#bulk-accept' : '#bulk-ignore').click();
    await popup.locator('#view[data-view="plan"]').waitFor();
    return popup.locator('#bulk-targets li').allTextContents();
  }

  const connected = (page) =>
    page.$$eval('[role="listitem"]', (items) =>
      items.filter((i) => /is now a connection/.test(i.textContent)).map((i) => i.querySelector('strong').textContent.trim()),
    );

  const clickedLabels = (page) => page.evaluate(() => window.__clicks.map((c) => c.label));

  async function summaryOf(popup) {
    const box = popup.locator('#bulk-summary');
    await box.waitFor({ timeout: 30000 });
    return {
      state: await box.getAttribute('data-state'),
      stop: await box.getAttribute('data-stop'),
      text: await box.textContent(),
      done: await popup.locator('#bulk-done li').allTextContents(),
      notReached: await popup.locator('#bulk-not-reached li').allTextContents(),
    };
  }

  before(async () => {
    h = await launch();
    h.serveFile(DEMO_URL, DEMO_FILE);
    await setSettings({});
  });
  after(async () => {
    if (h) await h.close();
  });

  test('the popup shows the counts per level and type', async () => {
    const { page, tabId } = await openDemo();
    const bs = await badges(page);
    const popup = await openPopup(tabId);
    await popup.locator('#counts-levels li').first().waitFor();
    for (const level of ['safe', 'review', 'danger']) {
      const n = bs.filter((b) => b.level === level).length;
      const li = await popup.locator(`#counts-levels li[data-level="${level}"]`).textContent();
      assert.match(li, new RegExp(`: ${n}$`), `${level}: ${li}`);
    }
    const types = {};
    for (const b of bs) types[b.type] = (types[b.type] || 0) + 1;
    const shown = await popup.$$eval('#counts-types li', (lis) => lis.map((li) => [li.dataset.type, li.textContent]));
    assert.deepEqual(shown.map(([type]) => type).sort(), Object.keys(types).sort(), 'one line per type on the page');
    for (const [type, text] of shown) assert.match(text, new RegExp(`: ${types[type]}$`), `${type}: ${text}`);
    assert.match(await popup.locator(`#counts-types li[data-type="scammer"]`).textContent(), /^Scammers or spammers: 2$/);
    assert.ok(await popup.locator('#bulk-accept').isVisible());
    assert.ok(await popup.locator('#bulk-ignore').isVisible());
    assert.equal(await popup.locator('#open-settings').textContent(), 'Settings');
    assert.equal(await popup.locator('#open-ledger').textContent(), 'Decision log');
    // The ignore plan lists the flagged cards, never the known contact.
    const ignore = await planNames(popup, 'ignore');
    assert.ok(ignore.includes('Sophia Williams') && ignore.includes('Daniel Osei') && ignore.includes('JOHN SMITH 1987'), ignore.join(', '));
    assert.ok(!ignore.includes('Ada Lovelace'), 'not the known contact');
    await popup.locator('#bulk-back').click();
    await popup.locator('#view[data-view="main"]').waitFor();
    assert.equal(await page.evaluate(() => window.__clicks.length), 0, 'planning clicks nothing');
    await popup.close();
    await page.close();
  });

  test('bulk accept, cancelled after the first accept', async () => {
    await setSettings({ min_delay_ms: 3000, max_delay_ms: 3000 });
    await h.clearLedger();
    const { page, tabId } = await openDemo();
    const before = await badges(page);
    const popup = await openPopup(tabId);
    assert.deepEqual(await planNames(popup, 'accept'), ACCEPT, 'the plan lists the names, in page order');
    assert.deepEqual(await page.evaluate(() => window.__clicks.length), 0);
    await popup.locator('#bulk-start').click();
    await popup.locator('#view[data-view="run"]').waitFor();
    // The page shows its own progress bar.
    await waitFor(async () => /^Accepting 1 of 3/.test((await page.locator('[data-vetted-bulk-text]').textContent().catch(() => '')) || ''), {
      message: 'the bar to say "Accepting 1 of 3"',
    });
    // Cancel as soon as the first card is accepted (the next click is 3 s away).
    await waitFor(async () => (await connected(page)).length === 1, { message: 'the first accept' });
    await popup.locator('#bulk-cancel').click();
    const s = await summaryOf(popup);
    assert.equal(s.stop, 'cancelled', s.text);
    assert.deepEqual(s.done, ['Ada Lovelace']);
    assert.deepEqual(s.notReached, ['Priya Raman', 'Linus Berg']);
    assert.match(s.text, /cancelled/);
    // Exactly the accepted card changed; nothing else was clicked.
    assert.deepEqual(await connected(page), ['Ada Lovelace']);
    const clicks = await clickedLabels(page);
    assert.equal(clicks.length, 1, clicks.join(' | '));
    assert.match(clicks[0], /^Accept Ada Lovelace/);
    const after = await badges(page);
    for (const b of after.filter((x) => x.name !== 'Ada Lovelace')) {
      assert.equal(b.state, before.find((x) => x.key === b.key).state, `${b.name} untouched`);
    }
    // One ledger entry, marked bulk, for the accepted card only.
    const entries = (await h.ledger()).filter((e) => (e.at || 0) >= started - 1000);
    assert.deepEqual(entries.map((e) => [e.name, e.action, e.outcome, e.bulk]), [['Ada Lovelace', 'accept', 'done', true]]);
    // The bar shows the summary; the background keeps it for a reopened popup.
    await waitFor(async () => /1 done/.test(await page.locator('[data-vetted-bulk-text]').textContent()), { message: 'the bar summary' });
    const again = await openPopup(tabId);
    const s2 = await summaryOf(again);
    assert.equal(s2.stop, 'cancelled');
    assert.deepEqual(s2.done, ['Ada Lovelace']);
    await again.close();
    await popup.close();
    await page.close();
  });

  test('bulk ignore of the flagged cards, capped per run', async () => {
    await setSettings({ min_delay_ms: 200, max_delay_ms: 400, max_per_run: 2 });
    await h.clearLedger();
    const { page, tabId } = await openDemo();
    const popup = await openPopup(tabId);
    const names = await planNames(popup, 'ignore');
    assert.deepEqual(names, ['Sophia Williams', 'JOHN SMITH 1987'], 'the first two flagged cards (job-search mode: the stranger is not flagged)');
    const skipped = await popup.locator('#bulk-skipped li').allTextContents();
    assert.deepEqual(skipped, ['Daniel Osei — over the limit per run']);
    await popup.locator('#bulk-start').click();
    const s = await summaryOf(popup);
    assert.equal(s.state, 'finished', s.text);
    assert.deepEqual(s.done, names);
    const clicks = await clickedLabels(page);
    assert.deepEqual(clicks.map((l) => l.replace(/^Ignore an invitation to connect from /, '')), names);
    const entries = (await h.ledger()).filter((e) => (e.at || 0) >= started - 1000);
    assert.deepEqual(entries.map((e) => [e.name, e.action, e.outcome, e.bulk]), names.map((n) => [n, 'ignore', 'done', true]));
    await popup.close();
    await page.close();
  });

  test('bulk accept stops at a security check', async () => {
    await setSettings({ min_delay_ms: 200, max_delay_ms: 400, max_per_run: 25 });
    await h.clearLedger();
    const { page, tabId } = await openDemo({ fn: securityOnAccept, arg: 2 });
    const popup = await openPopup(tabId);
    assert.deepEqual(await planNames(popup, 'accept'), ACCEPT);
    await popup.locator('#bulk-start').click();
    const s = await summaryOf(popup);
    assert.equal(s.stop, 'security-check', s.text);
    assert.match(s.text, /Stopped at Priya Raman: the site showed a security check/);
    assert.deepEqual(s.done, ['Ada Lovelace']);
    assert.deepEqual(s.notReached, ['Linus Berg']);
    // Nothing after the check was clicked, and the check is left alone.
    const clicks = await clickedLabels(page);
    assert.equal(clicks.length, 2, clicks.join(' | '));
    assert.match(clicks[0], /^Accept Ada Lovelace/);
    assert.match(clicks[1], /^Accept Priya Raman/);
    assert.ok(!clicks.some((l) => /Linus/.test(l)), 'Linus Berg was not clicked');
    assert.equal(await page.locator('iframe[src*="challenge"]').count(), 1);
    const entries = (await h.ledger()).filter((e) => (e.at || 0) >= started - 1000);
    assert.deepEqual(
      entries.map((e) => [e.name, e.outcome, e.bulk]),
      [['Ada Lovelace', 'done', true], ['Priya Raman', 'stopped', true]],
    );
    await popup.close();
    await page.close();
  });
});
