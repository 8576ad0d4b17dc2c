// Keyboard shortcuts on LinkedIn's invitation manager (wasm/keys.go,
// core/keys): j/k move the focus across the cards' badges in page order, a
// accepts and i ignores the focused card through the badge's own action
// path (the simulated page reacts, a ledger entry is written), o opens the
// explanation, ? shows the list of shortcuts, and typing in a text field
// of the page is left alone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { badges, launch, waitFor } from '../lib/harness.mjs';
import { DEMO_CARDS as CARDS, openDemo } from '../lib/fixtures.mjs';

describe('keyboard shortcuts', { timeout: 120000 }, () => {
  let h;
  let page;

  before(async () => {
    h = await launch();
    page = await openDemo(h);
  });
  after(async () => {
    if (h) await h.close();
  });

  // focused is the key of the badge holding the focus and whether the
  // focus is on its chip.
  const focused = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      const b = a && a.closest('[data-vetted-badge]');
      return b ? { key: b.getAttribute('data-vetted-key'), chip: a.classList.contains('vetted-chip') } : null;
    });
  const blur = () => page.evaluate(() => document.activeElement && document.activeElement.blur());

  // goTo presses j (then k) until the card of name has the focus.
  async function goTo(name) {
    const want = (await badges(page)).find((b) => b.name === name);
    assert.ok(want, `a badge for ${name}`);
    await blur();
    for (const key of ['j', 'k']) {
      for (let i = 0; i < CARDS; i++) {
        await page.keyboard.press(key);
        const f = await focused();
        if (f && f.key === want.key) return want;
      }
    }
    throw new Error(`j and k never reached ${name}`);
  }

  test('j and k move the focus across the cards in order', async () => {
    const order = (await badges(page)).map((b) => b.key);
    assert.equal(order.length, CARDS);
    await blur();
    const seen = [];
    for (let i = 0; i < CARDS; i++) {
      await page.keyboard.press('j');
      const f = await focused();
      assert.ok(f && f.chip, `j #${i + 1} focuses a chip`);
      seen.push(f.key);
    }
    assert.deepEqual(seen, order, 'j visits every card in page order');
    await page.keyboard.press('j');
    assert.equal((await focused()).key, order[CARDS - 1], 'j stops at the last card');
    await page.keyboard.press('k');
    assert.equal((await focused()).key, order[CARDS - 2], 'k goes back');
    await page.keyboard.press('k');
    assert.equal((await focused()).key, order[CARDS - 3]);
    const current = await page.$$eval('[data-vetted-current]', (bs) => bs.map((b) => b.getAttribute('data-vetted-key')));
    assert.deepEqual(current, [order[CARDS - 3]], 'exactly the current card is marked');
    const ring = await page.evaluate(() => {
      const b = document.querySelector('[data-vetted-current]');
      const s = getComputedStyle(b);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.equal(ring.style, 'solid', 'the current card shows a focus ring');
    assert.ok(ring.width >= 2, `focus ring ${ring.width}px wide`);
  });

  test('o opens and closes the explanation of the current card', async () => {
    const b = await goTo('Sophia Williams');
    const badge = page.locator(`[data-vetted-key="${b.key}"]`);
    const explain = badge.locator('[data-vetted-explain]');
    assert.equal(await explain.isVisible(), false, 'closed at first');
    await page.keyboard.press('o');
    assert.equal(await explain.isVisible(), true, 'o opens it');
    assert.equal(await badge.locator('button.vetted-chip').getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('o');
    assert.equal(await explain.isVisible(), false, 'o closes it');
  });

  test('? shows the list of shortcuts; ? and Esc close it', async () => {
    await goTo('Linus Berg');
    const dlg = page.locator('dialog[data-vetted-keys]');
    await page.keyboard.press('?');
    assert.equal(await dlg.isVisible(), true, '? opens the list');
    assert.equal(await dlg.evaluate((d) => d.open), true);
    const text = await dlg.textContent();
    for (const k of ['j', 'k', 'a', 'i', 'o', '?', 'Esc']) assert.ok(text.includes(k), `the list names ${k}`);
    assert.match(text, /Next invitation/);
    const name = await dlg.evaluate((d) => document.getElementById(d.getAttribute('aria-labelledby')).textContent);
    assert.equal(name, 'Vetted keyboard shortcuts', 'the dialog is named by its heading');
    await page.keyboard.press('j');
    assert.equal(await dlg.isVisible(), true, 'other shortcuts do nothing while the list is open');
    await page.keyboard.press('?');
    assert.equal(await dlg.isVisible(), false, '? closes it');
    assert.ok(await focused(), 'the focus is back on the card');
    await page.keyboard.press('?');
    assert.equal(await dlg.isVisible(), true);
    await page.keyboard.press('Escape');
    assert.equal(await dlg.isVisible(), false, 'Esc closes it');
    await page.keyboard.press('?');
    await dlg.locator('button[data-vetted-keys-close]').click();
    assert.equal(await dlg.isVisible(), false, 'the Close button closes it');
  });

  test('a accepts and i ignores the focused card', async () => {
    for (const [name, key, action, label] of [
      ['Ada Lovelace', 'a', 'accept', /^Accept Ada Lovelace/],
      ['Maria Keller', 'i', 'ignore', /^Ignore .*Maria Keller$/],
    ]) {
      const b = await goTo(name);
      const before = await page.evaluate(() => window.__clicks.length);
      await page.keyboard.press(key);
      const badge = page.locator(`[data-vetted-key="${b.key}"]`);
      await waitFor(async () => (await badge.getAttribute('data-vetted-state')) === 'done', {
        message: `${name}: ${action} done`,
        timeout: 12000,
      });
      const clicks = (await page.evaluate(() => window.__clicks)).slice(before);
      assert.equal(clicks.length, 1, `${key}: one click on the page`);
      assert.match(clicks[0].label, label, `${key} clicked the control of ${name}`);
      const entry = await waitFor(async () => (await h.ledger()).find((e) => e.key === b.key && e.action === action), {
        message: `a ledger entry for ${name} (${action})`,
      });
      assert.equal(entry.name, name);
      assert.equal(entry.outcome, 'done');
    }
  });

  test('typing a or j in a text field of the page does nothing', async () => {
    await page.evaluate(() => {
      const i = document.createElement('input');
      i.id = 'typing';
      i.setAttribute('aria-label', 'Search');
      document.querySelector('main, body').prepend(i);
      const ed = document.createElement('div');
      ed.id = 'editor';
      ed.setAttribute('contenteditable', 'true');
      ed.setAttribute('aria-label', 'Note');
      document.querySelector('main, body').prepend(ed);
    });
    const before = {
      clicks: await page.evaluate(() => window.__clicks.length),
      ledger: (await h.ledger()).length,
      states: await page.$$eval('[data-vetted-badge]', (bs) => bs.map((b) => b.getAttribute('data-vetted-state'))),
    };
    await page.locator('#typing').click();
    await page.keyboard.type('ajkio?');
    assert.equal(await page.locator('#typing').inputValue(), 'ajkio?', 'the keys went into the field');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'typing', 'the focus stayed in the field');
    await page.locator('#editor').click();
    await page.keyboard.type('ai');
    assert.equal(await page.locator('#editor').textContent(), 'ai', 'the keys went into the editable box');
    assert.equal(await page.locator('dialog[data-vetted-keys][open]').count(), 0, 'no list of shortcuts');
    assert.equal(await page.evaluate(() => window.__clicks.length), before.clicks, 'nothing clicked');
    assert.equal((await h.ledger()).length, before.ledger, 'no ledger entry');
    assert.deepEqual(
      await page.$$eval('[data-vetted-badge]', (bs) => bs.map((b) => b.getAttribute('data-vetted-state'))),
      before.states,
      'no badge changed',
    );
    // With Ctrl held, a is the page's (select all), not Vetted's.
    await goTo('Linus Berg');
    await page.keyboard.press('Control+a');
    assert.equal(await page.evaluate(() => window.__clicks.length), before.clicks, 'Ctrl+a clicked nothing');
  });
});
