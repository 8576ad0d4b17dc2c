// Lists shown later (issue 11, "every list, when it appears"): the page
// holds a second bucket's list from the start, hidden, and the user's
// bucket or filter switch shows it by an attribute or a class change, with
// no node added. Every card of the list shown gets its badge, also far
// down a long list (badges there are drawn when the card comes near the
// viewport), and the list hidden keeps its badges for when it comes back.
// Both of today's paths: the core in the page (LinkedIn) and the shell
// with the hosted core (X), in Chromium; and LinkedIn in Firefox.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from '../lib/harness.mjs';
import { TESTDATA, read } from '../lib/fixtures.mjs';
import { haveFirefox, launchFirefox } from '../lib/firefox.mjs';

const LI_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const X_URL = 'https://x.com/follower_requests';
const OTHER = 42; // cards in LinkedIn's hidden "Other" bucket
const STYLE = '<style>.is-hidden{display:none}</style>';

// linkedinPage: the buckets fixture with a long "Other" bucket, hidden by
// the hidden attribute or by a hiding class.
function linkedinPage(how) {
  let html = read(`${TESTDATA}/linkedin/buckets.html`);
  const start = html.indexOf('<div role="listitem" componentkey="urn:li:invitation:7312000000000009202"');
  const end = html.indexOf('</div></section>', start);
  assert.ok(start > 0 && end > start, 'buckets.html still has its Other bucket');
  const card = html.slice(start, end);
  let more = '';
  for (let i = 1; i <= OTHER - 2; i++) {
    more += card
      .replaceAll('7312000000000009202', String(7312000000000019000 + i))
      .replaceAll('mira-okafor', `mira-okafor-${i}`)
      .replaceAll('Mira Okafor', `Mira Okafor ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  }
  html = html.slice(0, end) + more + html.slice(end);
  if (how === 'class') {
    html = html.replace('<section aria-label="Other" hidden>', '<section aria-label="Other" class="is-hidden">').replace('</head>', `${STYLE}</head>`);
  }
  return html;
}

// switchBucket is the site's own tab switch: it hides one bucket and shows
// the other by the same means the page hid it.
const switchBucket = ([how, show, hide]) => {
  const s = document.querySelector(`section[aria-label="${show}"]`);
  const h = document.querySelector(`section[aria-label="${hide}"]`);
  if (how === 'class') {
    s.classList.remove('is-hidden');
    h.classList.add('is-hidden');
  } else {
    s.hidden = false;
    h.hidden = true;
  }
};

// visibleBadges counts the badges in a bucket that the user can see
// (laid out), and the bucket's cards.
const visibleBadges = (page, bucket) =>
  page.$$eval(`section[aria-label="${bucket}"] [role="listitem"]`, (cards) => ({
    cards: cards.length,
    badged: cards.filter((c) => {
      const b = c.querySelector('[data-vetted-badge]');
      return b && b.getClientRects().length > 0;
    }).length,
  }));

// scrollThrough brings every card of a bucket near the viewport in turn.
async function scrollThrough(page, bucket) {
  const n = await page.locator(`section[aria-label="${bucket}"] [role="listitem"]`).count();
  for (let i = 0; i < n; i += 8) {
    await page.locator(`section[aria-label="${bucket}"] [role="listitem"]`).nth(i).scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  await page.locator(`section[aria-label="${bucket}"] [role="listitem"]`).last().scrollIntoViewIfNeeded();
}

describe('lists shown later by an attribute or class change', { timeout: 240000 }, () => {
  let h;
  before(async () => {
    h = await launch();
  });
  after(async () => {
    if (h) await h.close();
  });

  for (const how of ['attribute', 'class']) {
    test(`LinkedIn, core in the page: the Other bucket shown by ${how}`, async () => {
      h.serve(LI_URL, linkedinPage(how), 'linkedin');
      const page = await h.open(LI_URL);
      try {
        await waitFor(async () => (await visibleBadges(page, 'Focused')).badged === 3, { message: 'the Focused bucket badged', timeout: 20000 });
        assert.equal((await visibleBadges(page, 'Other')).badged, 0, 'nothing of the hidden bucket shows');
        await page.evaluate(switchBucket, [how, 'Other', 'Focused']);
        await scrollThrough(page, 'Other');
        const got = await waitFor(
          async () => {
            const v = await visibleBadges(page, 'Other');
            return v.badged === OTHER && v;
          },
          { message: `all ${OTHER} cards of Other badged`, timeout: 20000 },
        );
        assert.equal(got.cards, OTHER);
        const keys = await page.$$eval('section[aria-label="Other"] [data-vetted-badge]', (bs) => bs.map((b) => b.getAttribute('data-vetted-key')));
        assert.equal(new Set(keys).size, OTHER, 'one badge per card');
        // Back to Focused: its badges are there at once.
        await page.evaluate(switchBucket, [how, 'Focused', 'Other']);
        await waitFor(async () => (await visibleBadges(page, 'Focused')).badged === 3, { message: 'Focused badged again' });
      } finally {
        await page.close();
      }
    });
  }

  for (const how of ['attribute', 'class']) {
    test(`X, shell and hosted core: the list shown by ${how}`, async () => {
      let html = read(`${TESTDATA}/x/follower-requests.html`);
      const region = '<section aria-labelledby="accessible-list-0" role="region" class="css-175oi2r r-9zvhc7h r-ih24d9"';
      assert.ok(html.includes(region), 'the X fixture still has its list region');
      html =
        how === 'class'
          ? html.replace(region, region.replace('r-ih24d9"', 'r-ih24d9 is-hidden"')).replace('</head>', `${STYLE}</head>`)
          : html.replace(region, `${region} style="display:none"`); // X's own display:flex overrides [hidden]
      h.serve(X_URL, html, 'x');
      const page = await h.open(X_URL);
      try {
        const cells = page.locator('[data-testid="UserCell"]');
        assert.equal(await cells.count(), 10);
        // The shell has scanned the page (a status for the tab) before the switch.
        await waitFor(async () => Object.values(await h.tabStatus()).some((s) => s.url === X_URL && s.state === 'active'), {
          message: 'the first scan',
          timeout: 20000,
        });
        assert.equal(await page.locator('[data-testid="UserCell"] + [data-vetted-badge]:visible').count(), 0, 'nothing shows while hidden');
        await page.evaluate((how) => {
          const s = document.querySelector('section[aria-labelledby="accessible-list-0"]');
          if (how === 'class') s.classList.remove('is-hidden');
          else s.removeAttribute('style');
        }, how);
        await waitFor(async () => (await page.locator('[data-testid="UserCell"] + [data-vetted-badge]:visible').count()) === 10, {
          message: 'every shown card badged',
          timeout: 20000,
        });
      } finally {
        await page.close();
      }
    });
  }
});

// Firefox (stock ESR over WebDriver BiDi, as tests/firefox.test.mjs): the
// same switch on LinkedIn, the core in the page.
describe('lists shown later by an attribute or class change (Firefox)', { timeout: 240000, skip: haveFirefox() ? false : 'Firefox ESR is not installed' }, () => {
  let h;
  before(async () => {
    h = await launchFirefox();
  });
  after(async () => {
    if (h) await h.close();
  });

  // scrollThrough brings every card of a bucket near the viewport in turn.
  async function scrollThrough(page, bucket) {
    const n = await page.$$eval(`section[aria-label="${bucket}"] [role="listitem"]`, (l) => l.length);
    for (let i = 0; i < n; i += 8) {
      await page.evaluate(([b, i]) => document.querySelectorAll(`section[aria-label="${b}"] [role="listitem"]`)[i].scrollIntoView({ block: 'center' }), [bucket, i]);
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.evaluate((b) => [...document.querySelectorAll(`section[aria-label="${b}"] [role="listitem"]`)].at(-1).scrollIntoView({ block: 'center' }), bucket);
  }

  for (const how of ['attribute', 'class']) {
    test(`LinkedIn: the Other bucket shown by ${how}`, async () => {
      h.serve(LI_URL, linkedinPage(how), 'linkedin');
      const page = await h.open(LI_URL);
      try {
        await waitFor(async () => (await visibleBadges(page, 'Focused')).badged === 3, { message: 'the Focused bucket badged', timeout: 20000 });
        assert.equal((await visibleBadges(page, 'Other')).badged, 0, 'nothing of the hidden bucket shows');
        await page.evaluate(switchBucket, [how, 'Other', 'Focused']);
        await scrollThrough(page, 'Other');
        const got = await waitFor(
          async () => {
            const v = await visibleBadges(page, 'Other');
            return v.badged === OTHER && v;
          },
          { message: `all ${OTHER} cards of Other badged`, timeout: 20000 },
        );
        assert.equal(got.cards, OTHER);
        const keys = await page.$$eval('section[aria-label="Other"] [data-vetted-badge]', (bs) => bs.map((b) => b.getAttribute('data-vetted-key')));
        assert.equal(new Set(keys).size, OTHER, 'one badge per card');
        await page.evaluate(switchBucket, [how, 'Focused', 'Other']);
        await waitFor(async () => (await visibleBadges(page, 'Focused')).badged === 3, { message: 'Focused badged again' });
      } finally {
        await page.close();
      }
    });
  }
});
