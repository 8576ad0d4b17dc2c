// Issue #13 on the invitation page: the user's decisions through Vetted
// (Ignore, Accept, Ignore and report) teach what Vetted learnt
// (chrome.storage.local "learnt"), and a later similar card's badge says
// so with its evidence; after a report, another card with the same note is
// flagged at once; a reload keeps it; Forget (the decision log page)
// removes it, Reset all too, and an export imports back; a storage error
// is reported and nothing learnt is lost, and Reset all while a decision
// waits to be saved is not undone by its retry, nor Forget. The demo page, with cards added
// the way a lazy list adds them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { badges, fillStorageQuota, launch, waitFor } from '../lib/harness.mjs';
import { DEMO_CARDS, openDemo, openLedgerPage } from '../lib/fixtures.mjs';

const PITCH = (what) => `Hi Sam, ${what}. Do you have 15 minutes for a quick call this week? Happy to book a demo for your team.`;
const SCAM_NOTE =
  'We have a remote data entry job for you: $900 per week, no experience needed. You only pay $50 for the training kit. Contact me on Telegram @hr_daniel_jobs and send your ID and bank details to start.';

// addCard appends an invitation to the demo list, a copy of Marcus Hale's
// card with another person in it.
function addCard(page, c) {
  return page.evaluate((c) => {
    // A pristine copy, taken before Vetted or a decision changed the card.
    if (!window.__cardTemplate) {
      const tpl = document.querySelector('[componentkey="urn:li:invitation:7302000000000000103"]').cloneNode(true);
      for (const b of tpl.querySelectorAll('[data-vetted-badge]')) b.remove();
      window.__cardTemplate = tpl;
    }
    const item = window.__cardTemplate.cloneNode(true);
    item.setAttribute('componentkey', `urn:li:invitation:${c.id}`);
    const first = c.name.split(' ')[0];
    for (const a of item.querySelectorAll('a[href*="/in/"]')) a.href = `https://www.linkedin.com/in/${c.slug}/`;
    item.querySelector('img').alt = `${c.name}’s profile picture`;
    item.querySelector('strong').textContent = c.name;
    item.querySelector('.rel').textContent = `${c.name} is inviting you to connect`;
    item.querySelector('.headline').textContent = c.headline;
    item.querySelector('.note').textContent = c.note;
    const [ign, acc] = item.querySelectorAll('[data-view-name="invitation-action"] button');
    ign.setAttribute('aria-label', `Ignore an invitation to connect from ${c.name}`);
    acc.setAttribute('aria-label', `Accept ${c.name}’s invitation`);
    const reply = item.querySelector('a.reply');
    reply.textContent = `Reply to ${first}`;
    reply.href = `https://www.linkedin.com/messaging/compose/?recipient=${c.slug}&invitation=urn:li:fsd_invitation:${c.id}`;
    document.querySelector('[data-testid="lazy-column"]').append(item);
  }, c);
}

// keyOf is the badge key of the card with this invitation ID, or of the
// card of this name.
async function keyOf(page, idOrName) {
  let b;
  await waitFor(async () => {
    b = (await badges(page)).find((x) => x.cardKey === `urn:li:invitation:${idOrName}` || x.name === idOrName);
    return b;
  }, { message: `the badge of ${idOrName}` });
  return b.key;
}

// badgeFor reads the badge of a key: its state, recommendation and flags'
// text by rule.
async function badgeFor(page, key) {
  return page.evaluate((k) => {
    const b = [...document.querySelectorAll('[data-vetted-badge]')].find((x) => x.getAttribute('data-vetted-key') === k);
    if (!b) return null;
    // The explanation is written when it is opened: open it to read it.
    const chip = b.querySelector('.vetted-chip');
    const closed = chip.getAttribute('aria-expanded') !== 'true';
    if (closed) chip.click();
    const flags = {};
    for (const li of b.querySelectorAll('[data-flag]')) flags[li.getAttribute('data-flag')] = li.textContent;
    if (closed) chip.click();
    return { state: b.getAttribute('data-vetted-state'), recommendation: b.getAttribute('data-recommendation'), flags };
  }, key);
}

async function press(page, key, action) {
  await page.evaluate(
    ([k, a]) => {
      const b = [...document.querySelectorAll('[data-vetted-badge]')].find((x) => x.getAttribute('data-vetted-key') === k);
      b.querySelector(`button[data-vetted-action="${a}"]`).click();
    },
    [key, action],
  );
  await waitFor(async () => {
    const b = await badgeFor(page, key);
    return b && ['done', 'needs-user'].includes(b.state);
  }, { message: `${action} on ${key} carried out`, timeout: 15000 });
}

// The cards added: two pitches like Marcus Hale's (before the decisions),
// a later one, and a second account with Daniel Osei's scam note.
const P1 = { id: '7302000000000000201', name: 'Lena Fox', slug: 'lena-fox-leadly', headline: 'Account Executive at Leadly', note: PITCH('our team helps startups cut their cloud bill') };
const P2 = { id: '7302000000000000202', name: 'Omar Reyes', slug: 'omar-reyes-saasgrow', headline: 'Account Executive at SaaSGrow', note: PITCH('we help engineering teams ship faster with our platform') };
const LATER = { id: '7302000000000000203', name: 'Kim Ward', slug: 'kim-ward-upward', headline: 'Account Executive at Upward', note: PITCH('we help teams like yours save on infrastructure') };
const R1 = { id: '7302000000000000205', name: 'Rita Moss', slug: 'rita-moss-leadly', headline: 'Account Executive at Leadly', note: PITCH('we help founders close more deals') };
const R2 = { id: '7302000000000000206', name: 'Tom Hale', slug: 'tom-hale-saasgrow', headline: 'Account Executive at SaaSGrow', note: PITCH('we help teams grow revenue') };
const R3 = { id: '7302000000000000207', name: 'Ivy Lang', slug: 'ivy-lang-upward', headline: 'Account Executive at Upward', note: PITCH('we help teams cut costs') };
const TWIN = { id: '7302000000000000204', name: 'Dan Ose', slug: 'dan-ose-remote-jobs', headline: 'HR Manager at Remote Jobs Global', note: SCAM_NOTE };

describe('what Vetted learns from decisions on the page', { timeout: 300000 }, () => {
  let h;
  let page;
  let tmp;
  const storedLearnt = async () => (await h.storage('local', 'learnt')).learnt;

  const openLedger = () => openLedgerPage(h);

  // fillStorage fills chrome.storage.local to its quota: every write that
  // adds fails. It returns the service worker, for freeStorage.
  async function fillStorage() {
    const sw = await h.worker();
    await sw.evaluate(fillStorageQuota);
    return sw;
  }

  async function freeStorage(sw) {
    await sw.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('filler')));
    });
  }

  // savingError is the error the popup shows for the demo tab, or ''.
  async function savingError() {
    const st = Object.values(await h.tabStatus()).find((x) => (x.url || '').startsWith('https://www.linkedin.com/mynetwork/'));
    return (st && st.error) || '';
  }

  // ignoreUnsaved ignores the card with the key while storage is full and
  // waits until the popup reports the decision kept in memory.
  async function ignoreUnsaved(key) {
    await press(page, key, 'ignore');
    await waitFor(async () => /could not save what it learnt \(.*\); 1 decision kept in memory, retrying\./.test(await savingError()), {
      message: 'the error reported to the popup',
      timeout: 15000,
    });
  }

  async function learntHit(key) {
    let last;
    await waitFor(async () => {
      last = await badgeFor(page, key);
      return last && last.flags.learnt;
    }, { message: `a learnt hit on ${key}`, timeout: 15000 }).catch((e) => {
      throw new Error(`${e.message}; got ${JSON.stringify(last)}`);
    });
    return last;
  }

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-learning-'));
    h = await launch();
    page = await openDemo(h);
    await addCard(page, P1);
    await addCard(page, P2);
    await addCard(page, TWIN);
    await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= DEMO_CARDS + 3, { message: 'the added cards badged' });
  });
  after(async () => {
    if (h) await h.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('decisions teach a later similar card, with the evidence', async () => {
    const marcus = await keyOf(page, 'Marcus Hale');
    assert.equal((await badgeFor(page, marcus)).flags.learnt, undefined, 'nothing learnt yet');
    await press(page, marcus, 'ignore');
    await press(page, await keyOf(page, P1.id), 'ignore');
    await press(page, await keyOf(page, P2.id), 'ignore');
    await press(page, await keyOf(page, 'Ada Lovelace'), 'accept');
    await press(page, await keyOf(page, 'Priya Raman'), 'accept');
    await waitFor(async () => ((await storedLearnt()) || {}).seq === 5, { message: 'five decisions saved' }).catch(async (e) => {
      const st = (await storedLearnt()) || {};
      throw new Error(`${e.message}; stored: seq ${st.seq}, ${JSON.stringify((await h.ledger()).map((x) => [x.name, x.action, x.outcome]))}`);
    });
    const state = await storedLearnt();
    assert.equal(state.ignored, 3);
    assert.equal(state.accepted, 2);
    assert.equal(state.recent.length, 5, 'each decision saved once');

    await addCard(page, LATER);
    const b = await learntHit(await keyOf(page, LATER.id));
    assert.match(b.flags.learnt, /you ignored 3 invitations like this: /i);
    // The evidence quotes the card's own words.
    const quotes = [...b.flags.learnt.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    assert.ok(quotes.length > 0, b.flags.learnt);
    for (const q of quotes) assert.ok(`${LATER.headline} ${LATER.note}`.toLowerCase().includes(q.toLowerCase()), `${q} is on the card`);
  });

  test('after a report, the same note on another card is flagged at once', async () => {
    const daniel = await keyOf(page, 'Daniel Osei');
    const twinKey = await keyOf(page, TWIN.id);
    let twin = await badgeFor(page, twinKey);
    assert.equal(twin.flags['like-reported'], undefined);
    await page.evaluate((k) => {
      const b = [...document.querySelectorAll('[data-vetted-badge]')].find((x) => x.getAttribute('data-vetted-key') === k);
      b.querySelector('button[data-vetted-action="ignore-report"]').click();
    }, daniel);
    await waitFor(async () => {
      twin = await badgeFor(page, twinKey);
      return twin.flags['like-reported'];
    }, { message: 'the twin flagged', timeout: 15000 });
    assert.match(twin.flags['like-reported'], /the same note as an invitation you reported \(from "Daniel Osei"\)/);
  });

  test('a reload keeps what was learnt', async () => {
    await page.reload();
    await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= DEMO_CARDS, { message: 'badges again' });
    await addCard(page, LATER);
    await addCard(page, TWIN);
    const b = await learntHit(await keyOf(page, LATER.id));
    // The three ignored pitches, and the note reported since where it
    // shares a word with this card (a report ignores too).
    const n = Number((b.flags.learnt.match(/you ignored (\d+) invitations like this/i) || [])[1]);
    assert.ok(n === 3 || n === 4, b.flags.learnt);
    await waitFor(async () => ((await badgeFor(page, await keyOf(page, TWIN.id))) || { flags: {} }).flags['like-reported'], { message: 'the twin still flagged' });
  });

  test('Forget on the decision log page removes the hit from the open page', async () => {
    const ledger = await openLedger();
    if (await ledger.locator('#learnt-more').isVisible()) await ledger.click('#learnt-more');
    const id = await ledger.$eval('#learnt-rows tr[data-id^="n"]', (tr) => tr.dataset.id);
    await ledger.click(`#learnt-rows tr[data-id="${id}"] button.forget`);
    await waitFor(async () => !(await storedLearnt()).reported.some((r) => r.id === id), { message: 'the reported note forgotten' });
    await waitFor(async () => !(await badgeFor(page, await keyOf(page, TWIN.id))).flags['like-reported'], { message: 'the twin no longer flagged', timeout: 15000 });
    await ledger.close();
  });

  test('Reset all removes the hit; the JSON export imports it back', async () => {
    const ledger = await openLedger();
    const [d] = await Promise.all([ledger.waitForEvent('download'), ledger.click('#export-json')]);
    const file = path.join(tmp, 'export.json');
    await d.saveAs(file);
    const kept = await storedLearnt();
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')).learnt, kept);
    await ledger.click('#learnt-reset');
    await waitFor(() => ledger.locator('#confirm').isVisible(), { message: 'the confirmation' });
    await ledger.click('#confirm-ok');
    await waitFor(async () => !(await badgeFor(page, await keyOf(page, LATER.id))).flags.learnt, { message: 'no learnt hit after the reset', timeout: 15000 });
    assert.equal((await storedLearnt()).seq, 0);
    await ledger.setInputFiles('#import-file', file);
    await waitFor(async () => ((await storedLearnt()) || {}).seq === kept.seq, { message: 'the import' });
    const back = await storedLearnt();
    assert.notEqual(back.epoch, kept.epoch, 'an import starts a new epoch');
    const { epoch: _b, ...backRest } = back;
    const { epoch: _k, ...keptRest } = kept;
    assert.deepEqual(backRest, keptRest, 'round trip');
    await learntHit(await keyOf(page, LATER.id));
    await ledger.close();
  });

  test('a storage error is reported, nothing learnt is lost', async () => {
    const before = (await storedLearnt()).seq;
    const sw = await fillStorage();
    const later = await badgeFor(page, await keyOf(page, LATER.id));
    assert.ok(later);
    await ignoreUnsaved(await keyOf(page, LATER.id));
    assert.equal((await storedLearnt()).seq, before, 'nothing written');
    // Room again: the kept decision is saved (on the next try).
    await freeStorage(sw);
    await waitFor(async () => (await storedLearnt()).seq === before + 1, { message: 'the kept decision saved', timeout: 45000 });
  });
  // Reset all while a decision waits to be saved (the quota is full; the
  // shell asks the core again every 2 s, the core's writer retries): the
  // reset wins, the decision taken before it is not saved over it, and a
  // decision taken after it is saved. Its decision-log entry is kept.
  test('Reset all while a decision waits to be saved: the reset wins, a later decision is saved', async () => {
    await addCard(page, R1);
    await addCard(page, R2);
    const k1 = await keyOf(page, R1.id);
    const k2 = await keyOf(page, R2.id);
    const sw = await fillStorage();
    try {
      await ignoreUnsaved(k1);
      const ledger = await openLedger();
      await ledger.click('#learnt-reset');
      await waitFor(() => ledger.locator('#confirm').isVisible(), { message: 'the confirmation' });
      await ledger.click('#confirm-ok');
      await waitFor(async () => (await ledger.textContent('#notice')) === 'Vetted forgot everything it learnt.', { message: 'the reset (it fits: the state shrinks)' });
      await ledger.close();
    } finally {
      await freeStorage(sw);
    }
    const reset = await storedLearnt();
    assert.equal(reset.seq, 0);
    // Room again: the kept decision-log entry is saved and the error goes.
    await waitFor(async () => (await savingError()) === '' && ((await h.storage('local', 'ledger')).ledger || []).some((e) => e.name === R1.name), {
      message: 'the decision-log entry saved, the error gone',
      timeout: 15000,
    });
    let now = await storedLearnt();
    assert.equal(now.epoch, reset.epoch);
    assert.equal(now.seq, 0, 'the decision taken before the reset is not saved over it');
    await press(page, k2, 'ignore');
    await waitFor(async () => (await storedLearnt()).seq === 1, { message: 'the decision after the reset saved', timeout: 15000 });
    now = await storedLearnt();
    assert.equal(now.epoch, reset.epoch);
    assert.equal(now.recent.length, 1, 'only the decision after the reset');
  });
  // Forget on the decision log page while a decision with the item waits
  // to be saved: the decision is saved, the item stays forgotten.
  test('Forget while a decision waits to be saved: the item stays forgotten', async () => {
    await addCard(page, R3);
    const k3 = await keyOf(page, R3.id);
    const before = await storedLearnt();
    const item = before.features.find((f) => f.label === 'quick call');
    assert.ok(item, `a learnt "quick call": ${before.features.map((f) => f.label).join(', ')}`);
    const sw = await fillStorage();
    try {
      await ignoreUnsaved(k3);
      const ledger = await openLedger();
      if (await ledger.locator('#learnt-more').isVisible()) await ledger.click('#learnt-more');
      await ledger.click(`#learnt-rows tr[data-id="${item.id}"] button.forget`);
      await waitFor(async () => (await ledger.textContent('#notice')) === 'Forgot “quick call”.', { message: 'forgotten (it fits: the state shrinks)' });
      await ledger.close();
    } finally {
      await freeStorage(sw);
    }
    await waitFor(async () => (await savingError()) === '' && (await storedLearnt()).seq === before.seq + 1, {
      message: 'the kept decision saved, the error gone',
      timeout: 15000,
    });
    const now = await storedLearnt();
    assert.ok(!now.features.some((f) => f.id === item.id), 'the decision taken before the forget does not bring it back');
  });
});
