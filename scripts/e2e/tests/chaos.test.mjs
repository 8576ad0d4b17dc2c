// Markup chaos in the browser (issue 11): a sample of the harness's
// mutated pages (core/page/mutate, written by `go run ./scripts/chaos`:
// each site's page rewritten two ways, every mutation once or more) served
// at the site's URL under its CSP. Every card the native core reads on a
// page gets its badge, with the same key: through the shell and the
// hosted core (the home every site is moving to), and through today's
// homes (the core in the page for LinkedIn, Facebook, Instagram and XING;
// hosted for X).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIST, ROOT, launch, waitFor, withHome } from '../lib/harness.mjs';

function sample() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-chaos-'));
  execFileSync('go', ['run', './scripts/chaos', '-out', dir], { cwd: ROOT, stdio: 'pipe' });
  return JSON.parse(fs.readFileSync(path.join(dir, 'sample.json'), 'utf8'));
}

const SAMPLE = sample();

for (const home of ['hosted', 'auto']) {
  describe(`markup chaos in Chromium, ${home === 'hosted' ? 'every site through the shell and hosted core' : "today's homes"}`, { timeout: 300000 }, () => {
    let h;
    before(async () => {
      h = await launch({ dist: withHome(DIST, home) });
    });
    after(async () => {
      if (h) await h.close();
    });

    test(`${SAMPLE.length} mutated pages: every card read natively is badged`, async () => {
      assert.ok(SAMPLE.length >= 10);
      for (const s of SAMPLE) {
        assert.ok(s.keys.length > 0, `${s.name}: the native core reads cards`);
        h.serve(s.url, s.html);
        const page = await h.open(s.url);
        try {
          const keys = await waitFor(
            async () => {
              const got = await page.$$eval('[data-vetted-badge]', (bs) => bs.map((b) => b.getAttribute('data-vetted-key')));
              return got.length >= s.keys.length && got;
            },
            { message: `${s.name}: ${s.keys.length} badges`, timeout: 20000 },
          ).catch(async (e) => {
            const got = await page.$$eval('[data-vetted-badge]', (bs) => bs.map((b) => b.getAttribute('data-vetted-key')));
            throw new Error(`${e.message}; badged ${got.length}, missing ${s.keys.filter((k) => !got.includes(k)).join(', ')}`);
          });
          assert.deepEqual([...keys].sort(), [...s.keys].sort(), `${s.name}: the same cards as the native core`);
        } finally {
          await page.close();
        }
      }
    });
  });
}
