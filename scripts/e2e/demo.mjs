// `make demo`: the built extension (dist/chrome) in Chromium on the bundled
// demo invitation page (scripts/demo/linkedin-invitations.html).
//
// The extension's content scripts match only the real sites and there is no
// test-only manifest, so the page is opened at its real URL,
// https://www.linkedin.com/mynetwork/invitation-manager/received/, and
// Playwright answers that URL from the local file with LinkedIn's Content
// Security Policy (the same routing the end-to-end tests use). Nothing goes
// to the network: other URLs get a local "not part of the demo" answer.
// Accept, Ignore and the reply links behave like LinkedIn's (a small
// script in the page), so the action bar can be tried.
//
// Headless unless $DISPLAY is set. It writes demo.png (a screenshot) and
// prints the badges as read back from the page. Headed, the browser stays
// open until you close it.
import path from 'node:path';
import { badges, launch, ROOT, waitFor } from './lib/harness.mjs';
import { badgeGeometry } from './lib/geometry.mjs';
import { DEMO_FILE, DEMO_URL } from './lib/fixtures.mjs';
import { simulateLinkedIn } from './lib/linkedin-sim.mjs';

const headed = Boolean(process.env.DISPLAY) && process.env.VETTED_HEADLESS !== '1';
const shot = path.join(ROOT, 'demo.png');

function table(rows, cols) {
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c.toLowerCase()] ?? '').length)));
  const line = (cells) => cells.map((s, i) => String(s).padEnd(width[i])).join('  ').trimEnd();
  return [line(cols), ...rows.map((r) => line(cols.map((c) => r[c.toLowerCase()] ?? '')))].join('\n');
}

const h = await launch({ headless: !headed });
let code = 0;
try {
  h.serveFile(DEMO_URL, DEMO_FILE);
  const t0 = Date.now();
  const page = await h.open(DEMO_URL, { init: simulateLinkedIn });
  const loaded = Date.now();
  const cards = await page.locator('[role="listitem"]').count();
  let drawn = 0;
  try {
    await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= cards, { timeout: 20000, message: 'badges' });
    drawn = Date.now();
  } catch {
    // Report what there is.
  }
  await page.waitForTimeout(300);
  // Open the explanation of the first dangerous card, for the screenshot.
  const danger = page.locator('[data-vetted-badge][data-level="danger"] button.vetted-chip').first();
  if (await danger.count()) await danger.click();
  await page.screenshot({ path: shot, fullPage: true });

  const bs = await badges(page);
  const status = Object.values(await h.tabStatus()).find((s) => s.url === DEMO_URL);
  console.log(`Vetted demo: ${DEMO_URL} (served locally), ${cards} invitation cards, ${bs.length} badges.`);
  if (drawn) console.log(`Badges drawn ${drawn - loaded} ms after the page's load event (${drawn - t0} ms after navigation started).`);
  const geo = await page.evaluate(badgeGeometry);
  const attached = geo.filter((g) => g.inside && g.toOwn < g.toNext && g.toOwn < g.toPrev).length;
  console.log(`${attached} of ${geo.length} badges lie within their card and nearer its content than the next card's.`);
  console.log('');
  if (bs.length) {
    console.log(table(bs.map((b) => ({ ...b, name: b.name || '(no name)' })), ['Name', 'Type', 'Recommendation', 'Level']));
  } else {
    code = 1;
    console.log('No badges were drawn.');
    if (status) console.log(`The extension reports: ${JSON.stringify(status)}`);
  }
  console.log(`\nScreenshot: ${path.relative(process.cwd(), shot) || shot}`);
  if (headed) {
    console.log('The browser stays open: try the badges and the action bar. Close the window to finish.');
    await new Promise((resolve) => h.context.on('close', resolve));
  }
} finally {
  await h.close();
}
process.exit(code);
