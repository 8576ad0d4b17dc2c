// The badge in German (Chromium with --lang=de) on the demo page: what
// lowers the risk is listed under German titles (extension/_locales/de,
// badgeSignal*), the evidence after them as the core found it; page text
// quoted as evidence keeps its dollar signs ("$900 per week").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, ROOT, waitFor } from '../lib/harness.mjs';
import { openDemo } from '../lib/fixtures.mjs';

const DE = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension/_locales/de/messages.json'), 'utf8'));
const EN = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension/_locales/en/messages.json'), 'utf8'));

describe('the badge in German', { timeout: 120000 }, () => {
  let h;
  let page;
  before(async () => {
    h = await launch({ extraArgs: ['--lang=de'] });
    page = await openDemo(h);
  });
  after(async () => {
    if (h) await h.close();
  });

  // explain opens the explanation of name's badge and returns its lines.
  async function explain(name) {
    const badge = page.locator('[role="listitem"]').filter({ has: page.locator('strong', { hasText: name }) }).locator('[data-vetted-badge]');
    await badge.locator('button.vetted-chip').click();
    const panel = badge.locator('[data-vetted-explain]');
    await waitFor(() => panel.isVisible(), { message: `${name}'s explanation` });
    const lines = (sel) => panel.locator(sel).evaluateAll((ls) => ls.map((l) => ({ id: l.getAttribute('data-signal') || l.getAttribute('data-flag'), text: l.textContent })));
    return { signals: await lines('[data-signal]'), flags: await lines('[data-flag]') };
  }

  test('what lowers the risk has German titles', async () => {
    const { signals } = await explain('Ada Lovelace');
    assert.ok(signals.length >= 2, `Ada Lovelace shows what lowers the risk: ${JSON.stringify(signals)}`);
    const titles = Object.keys(DE).filter((k) => /^badgeSignal[A-Z]/.test(k) && k !== 'badgeSignalsHead');
    for (const s of signals) {
      const key = titles.find((k) => s.text.startsWith(`${DE[k].message}: `));
      assert.ok(key, `"${s.text}" starts with a German title`);
      assert.ok(!s.text.startsWith(EN[key].message), `"${s.text}" is not English`);
    }
    const mutuals = signals.find((s) => s.id === 'mutual-connections');
    assert.ok(mutuals, 'the mutual connections are listed');
    assert.match(mutuals.text, new RegExp(`^(${DE.badgeSignalSomeMutuals.message}|${DE.badgeSignalManyMutuals.message}): \\d+ `));
  });

  test("quoted page text keeps its dollar signs", async () => {
    const { flags } = await explain('Daniel Osei');
    assert.ok(flags.some((f) => f.text.includes('“$900 per week”')), JSON.stringify(flags));
  });
});
