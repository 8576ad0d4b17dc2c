// Fixture pages for the end-to-end tests: the bundled demo page, the
// e2e-only pages in scripts/e2e/fixtures, the site adapters' saved pages in
// core/page/testdata/<adapter>/*.html (each with a sidecar <name>.url that
// holds the page's real URL), and the verdicts the native CLI gives for a
// page (`vetted scan --json`), which the badges must agree with.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, waitFor } from './harness.mjs';
import { simulateLinkedIn } from './linkedin-sim.mjs';

export const DEMO_FILE = path.join(ROOT, 'scripts/demo/linkedin-invitations.html');
export const DEMO_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
export const DEMO_CARDS = 10;

// openDemo serves the demo page at LinkedIn's URL (with LinkedIn's own
// behaviour simulated) and opens it once every card has its badge.
export async function openDemo(h) {
  h.serveFile(DEMO_URL, DEMO_FILE);
  const page = await h.open(DEMO_URL, { init: simulateLinkedIn });
  await waitFor(async () => (await page.locator('[data-vetted-badge]').count()) >= DEMO_CARDS, {
    message: `${DEMO_CARDS} badges`,
    timeout: 15000,
  });
  return page;
}

// acceptOnDemo opens the demo page, accepts the card of the sender called
// name with its badge's Accept button, waits until the action is done and
// the decision log holds it, and closes the page. It returns the badge's
// type and level as they were drawn.
export async function acceptOnDemo(h, name) {
  const demo = await openDemo(h);
  const b = demo.locator('[role="listitem"]').filter({ has: demo.locator('strong', { hasText: name }) }).locator('[data-vetted-badge]');
  const badge = { type: await b.getAttribute('data-type'), level: await b.getAttribute('data-level') };
  await b.locator('button[data-vetted-action="accept"]').click();
  await waitFor(async () => (await b.getAttribute('data-vetted-state')) === 'done', { message: 'the accept to be done' });
  await waitFor(async () => (await h.ledger()).some((e) => e.name === name && e.action === 'accept'), { message: 'the ledger entry' });
  await demo.close();
  return badge;
}

// openLedgerPage opens the decision-log page in a new tab and waits until
// it is ready; the page's uncaught errors go to errors when it is given.
export async function openLedgerPage(h, errors) {
  const p = await h.context.newPage();
  if (errors) p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`chrome-extension://${h.extensionId}/ledger.html`);
  await waitFor(() => p.evaluate(() => document.body.dataset.ready === 'true'), { message: 'the ledger page to be ready' });
  return p;
}

export const E2E_FIXTURES = path.join(ROOT, 'scripts/e2e/fixtures');
export const TESTDATA = path.join(ROOT, 'core/page/testdata');

export function read(file) {
  return fs.readFileSync(file, 'utf8');
}

// adapterFixtures lists core/page/testdata/<dir>/*.html that have a .url
// sidecar: { dir, name, file, url, adapter, keys }. adapter and keys (the
// card keys, in page order) come from the golden <name>.cards.json when
// there is one (adapter is null for pages with no invitation list).
export function adapterFixtures() {
  const out = [];
  if (!fs.existsSync(TESTDATA)) return out;
  for (const adapter of fs.readdirSync(TESTDATA).sort()) {
    // adapter here is the directory name.
    const dir = path.join(TESTDATA, adapter);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.html')) continue;
      const side = path.join(dir, f.replace(/\.html$/, '.url'));
      if (!fs.existsSync(side)) continue;
      // A <name>.native sidecar marks a page only the core reads so far (cards
      // found from their controls need the page as a tree: the snapshot shell).
      if (fs.existsSync(path.join(dir, f.replace(/\.html$/, '.native')))) continue;
      const url = fs.readFileSync(side, 'utf8').trim();
      if (!/^https:\/\//.test(url)) continue;
      const golden = path.join(dir, f.replace(/\.html$/, '.cards.json'));
      let keys = null;
      let adapterID = adapter;
      if (fs.existsSync(golden)) {
        const g = JSON.parse(fs.readFileSync(golden, 'utf8'));
        keys = (g.cards || []).map((c) => c.card && c.card.key);
        adapterID = g.adapter || null;
      }
      out.push({ dir: adapter, name: f.replace(/\.html$/, ''), file: path.join(dir, f), url, adapter: adapterID, keys });
    }
  }
  return out;
}

let cli; // { bin } or { error }

// vettedCLI builds core/cmd/vetted once per process.
export function vettedCLI() {
  if (cli) return cli;
  const bin = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-cli-')), 'vetted');
  try {
    execFileSync('go', ['build', '-o', bin, './core/cmd/vetted'], { cwd: ROOT, stdio: 'pipe' });
    cli = { bin };
  } catch (e) {
    cli = { error: `go build ./core/cmd/vetted failed: ${String(e.stderr || e.message).trim().split('\n').slice(0, 3).join(' | ')}` };
  }
  return cli;
}

// scan returns the CLI's verdicts for a saved page, or { error }.
export function scan(file, site) {
  const c = vettedCLI();
  if (c.error) return { error: c.error };
  const args = ['scan', '--json'];
  if (site) args.push('--site', site);
  args.push(file);
  try {
    const out = execFileSync(c.bin, args, { cwd: ROOT, stdio: 'pipe' }).toString();
    return {
      verdicts: out
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l)),
    };
  } catch (e) {
    return { error: `vetted scan ${path.relative(ROOT, file)}: ${String(e.stderr || e.message).trim().split('\n')[0]}`, status: e.status };
  }
}
