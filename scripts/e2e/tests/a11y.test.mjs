// Accessibility check with axe-core: Vetted's own elements on LinkedIn's
// invitation manager (the badges, one explanation open, an action's status
// line, the list of keyboard shortcuts), and the extension's pages (popup,
// options, ledger). No violation of impact serious or critical is allowed;
// lesser ones are reported as diagnostics. On the site only Vetted's
// elements are checked: the fixture's own markup is not ours.
//
// axe is evaluated through the DevTools protocol (page.evaluate), which
// the page's Content Security Policy does not govern, so the same
// injection works on LinkedIn's policy and the extension pages' strict one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, launch, violations, waitFor } from '../lib/harness.mjs';
import { DEMO_URL, openDemo } from '../lib/fixtures.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// axe runs axe-core in the page on context and returns its violations
// (found.passed lists the rules that checked something and passed).
async function axe(page, context) {
  const has = await page.evaluate(() => typeof window.axe === 'object');
  if (!has) await page.evaluate(AXE);
  assert.equal(await page.evaluate(() => typeof window.axe), 'object', 'axe-core is loaded');
  const res = await page.evaluate(async (ctx) => {
    const res = await window.axe.run(ctx || document, { resultTypes: ['violations'] });
    const found = res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
    return { found, passed: res.passes.map((r) => r.id) };
  }, context);
  res.found.passed = res.passed;
  return res.found;
}

// check fails on serious and critical violations and reports the rest.
function check(t, where, found) {
  const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of found.filter((x) => !bad.includes(x))) {
    t.diagnostic(`${where}: ${v.impact} ${v.id} (${v.help}) on ${v.nodes.map((n) => n.target).join(', ')}`);
  }
  assert.deepEqual(
    bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target}: ${n.summary}`).join(' | ')}`),
    [],
    `${where}: no serious or critical accessibility violation`,
  );
}

describe('accessibility (axe-core)', { timeout: 120000 }, () => {
  let h;
  let page;

  before(async () => {
    h = await launch();
    page = await openDemo(h);
  });
  after(async () => {
    if (h) await h.close();
  });

  test("Vetted's badges on LinkedIn", async (t) => {
    const badge = page.locator('[role="listitem"]').filter({ has: page.locator('strong', { hasText: 'Sophia Williams' }) }).locator('[data-vetted-badge]');
    await badge.locator('button.vetted-chip').click();
    await waitFor(() => badge.locator('[data-vetted-explain]').isVisible(), { message: 'the explanation to open' });
    // An outcome in a status line, with its link.
    const daniel = page.locator('[role="listitem"]').filter({ has: page.locator('strong', { hasText: 'Daniel Osei' }) }).locator('[data-vetted-badge]');
    await daniel.locator('button[data-vetted-action="block"]').click();
    await waitFor(async () => (await daniel.getAttribute('data-vetted-state')) === 'needs-user', { message: 'the block hand-over' });
    const found = await axe(page, { include: [['[data-vetted-badge]']] });
    check(t, 'badges', found);
    for (const rule of ['button-name', 'color-contrast', 'aria-allowed-attr', 'link-name']) {
      assert.ok(found.passed.includes(rule), `axe checked ${rule} on the badges (passed: ${found.passed.join(', ')})`);
    }
    assert.deepEqual(await violations(page), [], 'axe caused no CSP violation');
  });

  test('the list of keyboard shortcuts', async (t) => {
    await page.locator('[data-vetted-badge] button.vetted-chip').first().focus();
    await page.keyboard.press('?');
    const dlg = page.locator('dialog[data-vetted-keys]');
    await waitFor(() => dlg.isVisible(), { message: 'the list to open' });
    const found = await axe(page, { include: [['dialog[data-vetted-keys]']] });
    check(t, 'shortcuts', found);
    assert.ok(found.passed.includes('aria-dialog-name') || found.passed.includes('color-contrast'), `axe checked the list (passed: ${found.passed.join(', ')})`);
    await page.keyboard.press('Escape');
  });

  for (const name of ['popup.html', 'options.html', 'ledger.html']) {
    test(`extension page ${name}`, async (t) => {
      if (!fs.existsSync(path.join(DIST, name))) {
        t.diagnostic(`${name} is not in the build (${DIST}); skipped`);
        return t.skip(`${name} not built yet`);
      }
      let url = `chrome-extension://${h.extensionId}/${name}`;
      if (name === 'popup.html') {
        const tabId = await h.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, DEMO_URL);
        url += `?tab=${tabId}`;
      }
      const p = await h.context.newPage();
      try {
        await p.goto(url);
        await p.waitForLoadState('load');
        // The pages fill themselves in from storage and the core: wait
        // until the body has visible text.
        await waitFor(async () => (await p.evaluate(() => document.body.innerText.trim().length)) > 0, { message: `${name} to show something` });
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        check(t, name, await axe(p));
      } finally {
        await p.close();
      }
    });
  }
});
