// `make bench`, the core's two homes (DESIGN §7) side by side in headless
// Chromium: in the page (the build as it is, on LinkedIn) and hosted in the
// background service worker (a copy of the build forced to it, as X in
// Chromium always is).
//
//   node bench-homes.mjs EMPTY_WASM [RUNS] [COLD]
//
// prints one JSON object (read by scripts/benchreport), per home:
//   first10     content-script start → every badge drawn, 10-card page,
//               warm (a reload: the hosted core is running), ms
//   cold10      the same on the first invitation page after the browser
//               starts (the hosted core starts with it), ms
//   floor10     the home's floor: in the page, an empty Go module started
//               in the page; hosted, a snapshot of the 10-card page sent
//               to the background and back without the core, ms
//   floorStart10  hosted: the same trip timed as first10 is, from the
//               content script's start on the page's load (a copy of the
//               build whose shell sends its first snapshot to the
//               background and back instead of scanning), ms
//   scan1000    content-script start → the 1,000 cards judged and the
//               badges near the viewport drawn, warm, ms
//   floorRead   plain JavaScript reading the 1,000 cards' text, ms
//   longTask    the longest main-thread task after the parse, 1,000
//               cards (0: none of 50 ms or more), ms
//   over50      loads of 1,000 cards with a task of 50 ms or more
//   coreMem     the core's WebAssembly memory after 1,000 cards, MB
//   browserMem  the whole browser's memory (PSS of all its processes)
//               after 1,000 cards, MB
// VETTED_BENCH_HOMES picks the homes, in order (default page,hosted;
// offscreen: hosted in an offscreen document, Chromium).
// Nothing goes to the network: pages are served at LinkedIn's URL with its CSP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, launch, withHome } from './lib/harness.mjs';
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

// withEcho returns a copy of a hosted build whose shell, once the page
// is parsed, sends its snapshot to the background and back without the
// core (the echo) and marks vetted:echoed, instead of scanning: the hosted
// home's floor timed from the content script's start, as first10 is.
function withEcho(dist) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-echo-'));
  fs.cpSync(dist, dir, { recursive: true });
  const file = path.join(dir, 'shell.js');
  const src = fs.readFileSync(file, 'utf8');
  const marker = '    scan();\n  }\n';
  if (!src.includes(marker)) throw new Error('shell.js no longer starts with scan();');
  fs.writeFileSync(file, src.replace(marker, "    echo().then(() => performance.mark('vetted:echoed'));\n  }\n"));
  return dir;
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

// pss sums the proportional set size of the browser's processes, in MB.
function pss(userDataDir) {
  const procs = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const ppid = Number(fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      procs.push({ pid: Number(d), ppid, cmd });
    } catch {
      // gone meanwhile
    }
  }
  const root = procs.find((p) => p.cmd.includes(`--user-data-dir=${userDataDir}`) && !p.cmd.includes('--type='));
  if (!root) return null;
  const mine = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of mine) {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

// coreMemory is the core's WebAssembly memory in MB: in the page, read in
// the content script's world; hosted, asked of the service worker.
async function coreMemory(h, page, home) {
  const bytes =
    home === 'page'
      ? await isolated(h, page, 'globalThis.vettedMemory ? globalThis.vettedMemory() : null')
      : await (await h.worker()).evaluate(() => (globalThis.vettedMemory ? globalThis.vettedMemory() : null));
  return typeof bytes === 'number' && bytes > 0 ? bytes / 1048576 : null;
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
for (const home of (process.env.VETTED_BENCH_HOMES || 'page,hosted').split(',')) {
  const dist = home === 'page' ? DIST : withHome(DIST, home);
  const f = { first10: [], cold10: [], floor10: [], scan1000: [], floorRead: [], longTask: [], coreMem: [], browserMem: [] };
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
      if (home !== 'page') f.floor10.push(await isolated(h, page, 'globalThis.vettedShell.echo()'));
      await page.close();
      if (home === 'page') {
        page = await h.open(URL_FLOOR);
        f.floor10.push(await page.evaluate(() => window.__floor));
        await page.close();
      }
      h.serve(URL_INV, big);
      page = await h.open(URL_INV, { init: `(${observe})(1000)` });
      const r = await scan1000(page);
      f.scan1000.push(r.ms);
      f.longTask.push(r.longest);
      f.coreMem.push(await coreMemory(h, page, home));
      f.browserMem.push(pss(h.userDataDir));
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
  if (home !== 'page') {
    // The floor from the content script's start, in a browser of its own.
    f.floorStart10 = [];
    const e = await start(withEcho(dist));
    try {
      e.serve(URL_INV, small);
      for (let i = 0; i <= RUNS; i++) {
        const page = await e.open(URL_INV, { init: `(${observe})(10)` });
        await page.waitForFunction(() => performance.getEntriesByName('vetted:echoed').length > 0, null, { timeout: 60000, polling: 50 });
        const ms = await page.evaluate(() => performance.getEntriesByName('vetted:echoed')[0].startTime - performance.getEntriesByName('vetted:start')[0].startTime);
        if (i > 0) f.floorStart10.push(ms); // the first load wakes the background
        await page.close();
      }
    } finally {
      await e.close();
    }
  }
  const fig = { over50: f.longTask.filter((x) => x >= 50).length };
  for (const [k, xs] of Object.entries(f)) {
    fig[k] = median(xs);
    fig[`${k}Samples`] = round(xs);
  }
  out[home] = fig;
}
console.log(JSON.stringify(out));
