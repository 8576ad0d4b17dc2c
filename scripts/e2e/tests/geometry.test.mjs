// The badge belongs to its card (issue 12, item 5): on the demo page and
// on every saved page of the site adapters (Chromium, X with the core
// hosted; X in Firefox too), each badge's box lies within its card's box (the
// row: the outermost element holding that badge and no other), and the
// badge is nearer to its own card's content than to the previous or the
// next card's (lib/geometry.mjs). X's virtual list, which stacks its cells
// again when one grows, is simulated (lib/sites-sim.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, siteOf, waitFor } from '../lib/harness.mjs';
import { adapterFixtures, DEMO_FILE, DEMO_URL } from '../lib/fixtures.mjs';
import { haveFirefox, launchFirefox } from '../lib/firefox.mjs';
import { badgeGeometry } from '../lib/geometry.mjs';
import { simulateXList } from '../lib/sites-sim.mjs';

const pages = [
  { name: 'demo', url: DEMO_URL, file: DEMO_FILE, cards: 10 },
  ...adapterFixtures()
    .filter((f) => f.keys && f.keys.length > 0)
    .map((f) => ({ name: `${f.dir}/${f.name}`, url: f.url, file: f.file, cards: f.keys.length })),
];

// settled waits (up to 5 s) until the page's layout gives every shown
// badge its place: X's virtual list stacks its cells again a frame or more
// after a badge made one grow.
async function settled(evaluate) {
  const good = (g) => g.filter((b) => b.shown).every((b) => b.inside && b.toOwn < b.toNext && b.toOwn < b.toPrev);
  await waitFor(async () => good(await evaluate(badgeGeometry)), { timeout: 5000, message: 'the layout to settle' }).catch(() => {});
}

function check(g, cards) {
  assert.equal(g.length, cards, 'one badge per card');
  assert.ok(g.some((b) => b.shown), 'some badge is shown');
  for (const b of g.filter((x) => x.shown)) {
    const where = `${b.key} (row ${b.rowTag}, badge ${JSON.stringify(b.badge)}, row box ${JSON.stringify(b.row)})`;
    assert.ok(b.inside, `the badge lies within its card's box: ${where}`);
    assert.ok(Number.isFinite(b.toOwn), `the card has content: ${where}`);
    assert.ok(b.toOwn < b.toNext, `nearer its own content (${b.toOwn.toFixed(1)} px) than the next card's (${b.toNext.toFixed(1)} px): ${where}`);
    assert.ok(b.toOwn < b.toPrev, `nearer its own content (${b.toOwn.toFixed(1)} px) than the previous card's (${b.toPrev.toFixed(1)} px): ${where}`);
  }
}

describe('the badge belongs to its card (Chromium)', { timeout: 240000 }, () => {
  let h;
  before(async () => {
    h = await launch();
  });
  after(async () => {
    if (h) await h.close();
  });
  for (const f of pages) {
    test(f.name, async () => {
      h.serveFile(f.url, f.file, siteOf(f.url));
      const page = await h.open(f.url, siteOf(f.url) === 'x' ? { init: simulateXList } : {});
      try {
        await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= f.cards, { message: `${f.cards} badges`, timeout: 15000 });
        await page.waitForTimeout(150);
        if (siteOf(f.url) === 'x') await settled((fn) => page.evaluate(fn));
        check(await page.evaluate(badgeGeometry), f.cards);
        // Opening an explanation keeps it with its card.
        await page.locator('[data-vetted-badge] .vetted-chip').first().click();
        if (siteOf(f.url) === 'x') await settled((fn) => page.evaluate(fn));
        check(await page.evaluate(badgeGeometry), f.cards);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the badge belongs to its card (Firefox, X)', { timeout: 120000, skip: haveFirefox() ? false : 'Firefox ESR is not installed' }, () => {
  let h;
  before(async () => {
    h = await launchFirefox();
  });
  after(async () => {
    if (h) await h.close();
  });
  for (const f of pages.filter((p) => siteOf(p.url) === 'x')) {
    test(f.name, async () => {
      h.serveFile(f.url, f.file, 'x');
      const page = await h.open(f.url, { init: simulateXList });
      try {
        await waitFor(async () => (await page.evaluate(() => document.querySelectorAll('[data-vetted-badge]').length)) >= f.cards, {
          message: `${f.cards} badges`,
          timeout: 15000,
        });
        await settled((fn) => page.evaluate(fn));
        check(await page.evaluate(badgeGeometry), f.cards);
      } finally {
        await page.close();
      }
    });
  }
});
