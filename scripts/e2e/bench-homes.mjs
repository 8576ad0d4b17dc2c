// `make bench`, the core's homes (DESIGN §7) side by side, each a copy of
// the build forced to it (VETTED_HOME's withHome): in headless Chromium,
// 'page' (the shell with core.wasm in the content script), 'hosted' (the
// shell with the core in the background service worker, as X in Chromium
// always is) and, while it exists, 'legacy' (the old in-page glue); in
// headless Firefox ESR, 'page' and 'hosted' (the background event page).
//
//   node bench-homes.mjs EMPTY_WASM [RUNS] [COLD]
//
// BENCH_HOMES (e.g. "page,hosted,firefox-page,firefox-hosted") picks some.
// Prints one JSON object (read by scripts/benchreport), per home:
//   first10     content-script start → every badge drawn, 10-card page,
//               warm (a reload: the hosted core is running), ms
//   cold10      the same on the first invitation page after the browser
//               starts (the hosted core starts with it), ms
//   floor10     the home's floor: in the page, an empty Go module started
//               in the page; hosted, a snapshot of the 10-card page sent
//               to the background and back without the core, ms
//   scan1000    content-script start → the 1,000 cards judged and the
//               badges near the viewport drawn, warm, ms
//   floorRead   plain JavaScript reading the 1,000 cards' text, ms
//   longTask    the longest main-thread task after the parse, 1,000
//               cards (0: none of 50 ms or more), ms
//   over50      loads of 1,000 cards with a task of 50 ms or more
// In Firefox (puppeteer over WebDriver BiDi: no isolated-world access, no
// long-task timing) only first10, cold10 and scan1000 are measured.
// Nothing goes to the network: pages are served at LinkedIn's URL with its CSP.
import fs from 'node:fs';
import path from 'node:path';
import { DIST, launch, withHome } from './lib/harness.mjs';
import { DIST_FIREFOX, haveFirefox, launchFirefox } from './lib/firefox.mjs';
import { bigPage } from './lib/bigpage.mjs';

const [emptyWasm, runsArg, coldArg] = process.argv.slice(2);
if (!emptyWasm || !fs.existsSync(emptyWasm)) {
  console.error('usage: node bench-homes.mjs EMPTY_WASM [RUNS] [COLD]');
  process.exit(2);
}
const RUNS = Number(runsArg) || 7;
const COLD = Number(coldArg) || 3;
const URL_INV = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const URL_PLAIN = 'https://www.linkedin.com/bench/plain/';
const URL_FLOOR = 'https://www.linkedin.com/bench/floor/';
const WASM_URL = 'https://www.linkedin.com/bench/empty.wasm';
const EXEC_URL = 'https://www.linkedin.com/bench/wasm_exec.js';

// In the page's main world before anything else: long tasks after the
// parse, and when the wanted number of badges is on the page.
function observe(n) {
  const b = (window.__bench = { longtasks: [], drawnAt: 0, badges: 0, want: n });
  try {
    new PerformanceObserver((l) => {
      const parsed = performance.timing.domContentLoadedEventEnd - performance.timeOrigin;
      for (const e of l.getEntries()) if (performance.timing.domContentLoadedEventEnd && e.startTime >= parsed) b.longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing
  }
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node.nodeType === 1 && node.hasAttribute('data-vetted-badge')) b.badges++;
    if (!b.drawnAt && b.badges >= b.want) b.drawnAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const round = (xs) => xs.map((x) => (typeof x === 'number' ? Math.round(x * 10) / 10 : x));

async function first10(page) {
  await page.waitForFunction(() => window.__bench && window.__bench.drawnAt > 0, null, { timeout: 60000, polling: 50 });
  return page.evaluate(() => window.__bench.drawnAt - performance.getEntriesByName('vetted:start')[0].startTime);
}

async function scan1000(page) {
  await page.waitForFunction(() => performance.getEntriesByName('vetted:scanned').length > 0 && window.__bench.badges >= 30, null, {
    timeout: 120000,
    polling: 50,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('vetted:scanned')[0].startTime - performance.getEntriesByName('vetted:start')[0].startTime);
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => Math.max(0, ...window.__bench.longtasks));
  return { ms, longest };
}

// isolated evaluates an expression in the content script's isolated world.
async function isolated(h, page, expression) {
  const cdp = await h.context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  let value = null;
  for (const c of contexts) {
    if ((c.auxData || {}).type !== 'isolated') continue;
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: c.id, returnByValue: true, awaitPromise: true });
    if (r.result && r.result.value !== undefined && r.result.value !== null) value = r.result.value;
  }
  await cdp.detach();
  return value;
}

const small = bigPage(10);
const big = bigPage(1000);
const wasmBody = fs.readFileSync(emptyWasm);
const execBody = fs.readFileSync(path.join(DIST, 'wasm_exec.js'));

async function start(dist) {
  const h = await launch({ dist });
  h.serve(URL_PLAIN, big);
  h.serve(
    URL_FLOOR,
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>floor</title>' +
      `<script src="${EXEC_URL}"></script><script>window.__t0 = performance.now();` +
      'window.__floor = new Promise((done) => { window.__emptyReady = () => done(performance.now() - window.__t0); });' +
      `(async () => { const go = new Go(); const m = await WebAssembly.compileStreaming(fetch("${WASM_URL}"));` +
      'const i = await WebAssembly.instantiate(m, go.importObject); go.run(i); })();</script></head><body></body></html>',
  );
  await h.context.route(WASM_URL, (r) => r.fulfill({ status: 200, headers: { 'content-type': 'application/wasm' }, body: wasmBody }));
  await h.context.route(EXEC_URL, (r) => r.fulfill({ status: 200, headers: { 'content-type': 'text/javascript' }, body: execBody }));
  return h;
}

const out = { runs: RUNS, cold: COLD };
const HOMES = (process.env.BENCH_HOMES || 'page,hosted,legacy,firefox-page,firefox-hosted').split(',').filter(Boolean);
const hasLegacy = fs.existsSync(path.join(DIST, 'legacy.wasm'));

function summary(f) {
  const fig = { over50: (f.longTask || []).filter((x) => x >= 50).length };
  for (const [k, xs] of Object.entries(f)) {
    fig[k] = median(xs);
    fig[`${k}Samples`] = round(xs);
  }
  return fig;
}

for (const home of HOMES.filter((x) => !x.startsWith('firefox-'))) {
  if (home === 'legacy' && !hasLegacy) continue;
  const dist = withHome(DIST, home);
  const f = { first10: [], cold10: [], floor10: [], scan1000: [], floorRead: [], longTask: [] };
  // Cold: the first invitation page after the browser starts.
  for (let i = 0; i < COLD; i++) {
    const h = await start(dist);
    try {
      h.serve(URL_INV, small);
      const page = await h.open(URL_INV, { init: `(${observe})(10)` });
      f.cold10.push(await first10(page));
      await page.close();
    } finally {
      await h.close();
    }
  }
  // Warm: later loads in one browser.
  const h = await start(dist);
  try {
    h.serve(URL_INV, small);
    const warm = await h.open(URL_INV, { init: `(${observe})(10)` });
    await first10(warm);
    await warm.close();
    for (let i = 0; i < RUNS; i++) {
      h.serve(URL_INV, small);
      let page = await h.open(URL_INV, { init: `(${observe})(10)` });
      f.first10.push(await first10(page));
      if (home === 'hosted') f.floor10.push(await isolated(h, page, 'globalThis.vettedShell.echo()'));
      await page.close();
      if (home !== 'hosted') {
        page = await h.open(URL_FLOOR);
        f.floor10.push(await page.evaluate(() => window.__floor));
        await page.close();
      }
      h.serve(URL_INV, big);
      page = await h.open(URL_INV, { init: `(${observe})(1000)` });
      const r = await scan1000(page);
      f.scan1000.push(r.ms);
      f.longTask.push(r.longest);
      await page.close();
      page = await h.open(URL_PLAIN);
      f.floorRead.push(
        await page.evaluate(() => {
          const t0 = performance.now();
          let n = 0;
          for (const c of document.querySelectorAll('[role="listitem"]')) n += c.textContent.length;
          return n > 0 ? performance.now() - t0 : -1;
        }),
      );
      await page.close();
    }
  } finally {
    await h.close();
  }
  out[home] = summary(f);
  console.error(`bench-homes: ${home}: ${JSON.stringify(out[home])}`);
}

// Firefox: from the content script's start (its performance mark, when the
// page's timeline shows it; else the navigation) to the first n badges (a
// 1,000-card page: the first 30, drawn once every card is judged).
async function ffWait(page, n) {
  await page.waitForFunction((want) => window.__bench && window.__bench.badges >= want, { timeout: 120000, polling: 50 }, n);
  await page.waitForFunction(() => window.__bench.drawnAt > 0, { timeout: 10000, polling: 50 });
  return page.evaluate(() => {
    const [s] = performance.getEntriesByName('vetted:start');
    return window.__bench.drawnAt - (s ? s.startTime : 0);
  });
}

for (const home of HOMES.filter((x) => x.startsWith('firefox-'))) {
  if (!haveFirefox()) break;
  const dist = withHome(DIST_FIREFOX, home.slice('firefox-'.length));
  const f = { first10: [], cold10: [], scan1000: [] };
  for (let i = 0; i < COLD; i++) {
    const h = await launchFirefox({ dist });
    try {
      h.serve(URL_INV, small);
      const page = await h.open(URL_INV, { init: `(${observe})(10)` });
      f.cold10.push(await ffWait(page, 10));
      await page.close();
    } finally {
      await h.close();
    }
  }
  const h = await launchFirefox({ dist });
  try {
    h.serve(URL_INV, small);
    const warm = await h.open(URL_INV, { init: `(${observe})(10)` });
    await ffWait(warm, 10);
    await warm.close();
    for (let i = 0; i < RUNS; i++) {
      h.serve(URL_INV, small);
      let page = await h.open(URL_INV, { init: `(${observe})(10)` });
      f.first10.push(await ffWait(page, 10));
      await page.close();
      h.serve(URL_INV, big);
      page = await h.open(URL_INV, { init: `(${observe})(30)` });
      f.scan1000.push(await ffWait(page, 30));
      await page.close();
    }
  } finally {
    await h.close();
  }
  out[home] = summary(f);
  console.error(`bench-homes: ${home}: ${JSON.stringify(out[home])}`);
}
console.log(JSON.stringify(out));
