// `make bench`, browser part: Vetted in headless Chromium, each figure the
// median of several page loads, beside the floor for the same work.
//
//   node bench.mjs EMPTY_WASM [RUNS]
//
// prints one JSON object (read by scripts/benchreport):
//   first10      content-script start → every badge drawn, 10-card page (ms)
//   longTask10   the longest main-thread task during a 10-card run (ms)
//   floorWasm    starting an empty Go wasm module the same way (ms)
//   scan1000     content-script start → the 1,000 cards judged and the
//                badges of those near the viewport drawn (ms)
//   floorRead    plain JavaScript reading the 1,000 cards' text (ms)
//   longTask     the longest main-thread task after the document is parsed,
//                1,000-card run (ms; the parse itself is the page's)
//   floorLongTask the same with Vetted idle (ms)
//   longFrame    per 1,000-card load, the longest animation frame after the
//                parse, split into its tasks (script, ours and the page's)
//                and the browser's rendering (style, layout, paint), in ms
//   floorLongFrame the same with Vetted idle
//   mem1000      core.wasm's linear memory after 1,000 cards (bytes)
//   crossings    calls across the JavaScript boundary per card while a
//                1,000-card page is read, judged and its first badges drawn
//                (a copy of the build whose loader counts the calls of
//                wasm_exec.js's imports), and by import
//   memRerender1 the same after the list is re-rendered once (bytes): the
//                old and the new cards are alive together, and the heap
//                grows to hold both
//   memRerender  the same after 10 re-renders of the list (bytes): more than
//                after one would be a leak
// The pages are served at the real LinkedIn URL with LinkedIn's CSP, as in
// the end-to-end tests; nothing goes to the network.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST as BUILT, launch, withHome } from './lib/harness.mjs';

// The figures of the core in the page (DESIGN §7), whichever home the
// build chooses for LinkedIn: a copy of the build forced to it.
const DIST = withHome(BUILT, 'page');
import { bigPage } from './lib/bigpage.mjs';

const [emptyWasm, runsArg] = process.argv.slice(2);
if (!emptyWasm || !fs.existsSync(emptyWasm)) {
  console.error('usage: node bench.mjs EMPTY_WASM [RUNS]');
  process.exit(2);
}
const RUNS = Number(runsArg) || 7;
const URL_INV = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const URL_PLAIN = 'https://www.linkedin.com/bench/plain/';
const URL_FLOOR = 'https://www.linkedin.com/bench/floor/';
const WASM_URL = 'https://www.linkedin.com/bench/empty.wasm';
const EXEC_URL = 'https://www.linkedin.com/bench/wasm_exec.js';

// Runs in the page's main world before anything else: long tasks, and the
// moment the expected number of badges is on the page (counted from the
// added nodes, so that measuring costs next to nothing).
function observe(n) {
  const b = (window.__bench = { longtasks: [], frames: [], drawnAt: 0, badges: 0 });
  try {
    new PerformanceObserver((l) => {
      // Tasks after the document is parsed: the page's own parse is not
      // Vetted's (the core starts after DOMContentLoaded).
      const parsed = performance.timing.domContentLoadedEventEnd - performance.timeOrigin;
      for (const e of l.getEntries()) if (performance.timing.domContentLoadedEventEnd && e.startTime >= parsed) b.longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
  try {
    // Long animation frames say how much of a long frame was rendering
    // (from renderStart) and how much the tasks before it.
    new PerformanceObserver((l) => {
      const parsed = performance.timing.domContentLoadedEventEnd - performance.timeOrigin;
      for (const e of l.getEntries()) {
        if (!performance.timing.domContentLoadedEventEnd || e.startTime < parsed) continue;
        const render = e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0;
        b.frames.push({ duration: e.duration, tasks: e.duration - render, render });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No long-animation-frame timing in this browser.
  }
  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType === 1 && node.hasAttribute('data-vetted-badge')) b.badges++;
      }
    }
    if (!b.drawnAt && b.badges >= b.want) b.drawnAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
  b.want = n;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

// waitScanned waits for the end of a scan that judged every card (the
// core marks 'vetted:scanned'; on a long list only the cards near the
// viewport get their badge at once).
async function waitScanned(page, timeout = 120000) {
  await page.waitForFunction(() => performance.getEntriesByName('vetted:scanned').length > 0 && window.__bench.badges >= 30, null, {
    timeout,
    polling: 50,
  });
  return page.evaluate(() => {
    const [start] = performance.getEntriesByName('vetted:start');
    const [done] = performance.getEntriesByName('vetted:scanned');
    return { ms: done.startTime - start.startTime, longest: Math.max(0, ...window.__bench.longtasks) };
  });
}

async function waitBench(page, timeout = 60000) {
  await page.waitForFunction(() => window.__bench && window.__bench.drawnAt > 0, null, { timeout, polling: 50 });
  return page.evaluate(() => {
    const [start] = performance.getEntriesByName('vetted:start');
    return {
      ms: window.__bench.drawnAt - (start ? start.startTime : 0),
      hasStart: Boolean(start),
      longest: Math.max(0, ...window.__bench.longtasks),
    };
  });
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
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: c.id, returnByValue: true });
    if (r.result && r.result.value !== undefined && r.result.value !== null) value = r.result.value;
  }
  await cdp.detach();
  return value;
}

// memory reads core.wasm's memory size in the content script's isolated world.
const memory = (h, page) => isolated(h, page, 'typeof vettedMemory === "function" ? vettedMemory() : null');

// countingBuild copies the build with a loader that counts every call of
// wasm_exec.js's imports (each a crossing of the JavaScript boundary).
function countingBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetted-bench-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const file = path.join(dir, 'loader.js');
  const marker = "go.env = { GOGC: '200' };";
  const src = fs.readFileSync(file, 'utf8');
  if (!src.includes(marker)) throw new Error(`bench: loader.js no longer has ${marker}`);
  fs.writeFileSync(
    file,
    src.replace(
      marker,
      `${marker}
      const counts = (globalThis.vettedCrossings = {});
      for (const [k, f] of Object.entries(go.importObject.gojs)) {
        go.importObject.gojs[k] = (...a) => { counts[k] = (counts[k] || 0) + 1; return f(...a); };
      }`,
    ),
  );
  return dir;
}

const h = await launch({ dist: DIST });
const out = { runs: RUNS, first10: [], longTask10: [], floorWasm: [], scan1000: [], floorRead: [], longTask: [], floorLongTask: [], longFrame: [], floorLongFrame: [], mem1000: null, memRerender1: null, memRerender: null };
try {
  const small = bigPage(10);
  const big = bigPage(1000);
  h.serve(URL_PLAIN, big);
  h.serve(
    URL_FLOOR,
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>floor</title>' +
      `<script src="${EXEC_URL}"></script><script>window.__t0 = performance.now();` +
      'window.__floor = new Promise((done) => { window.__emptyReady = () => done(performance.now() - window.__t0); });' +
      `(async () => { const go = new Go(); const m = await WebAssembly.compileStreaming(fetch("${WASM_URL}"));` +
      'const i = await WebAssembly.instantiate(m, go.importObject); go.run(i); })();</script></head><body></body></html>',
  );
  const wasmBody = fs.readFileSync(emptyWasm);
  const execBody = fs.readFileSync(path.join(DIST, 'wasm_exec.js'));
  await h.context.route(WASM_URL, (r) => r.fulfill({ status: 200, headers: { 'content-type': 'application/wasm' }, body: wasmBody }));
  await h.context.route(EXEC_URL, (r) => r.fulfill({ status: 200, headers: { 'content-type': 'text/javascript' }, body: execBody }));

  for (let i = 0; i < RUNS; i++) {
    // (a) 10 cards, and its floor.
    h.serve(URL_INV, small);
    let page = await h.open(URL_INV, { init: `(${observe})(10)` });
    const r10 = await waitBench(page);
    if (!r10.hasStart) throw new Error('no vetted:start mark: is the loader current?');
    out.first10.push(r10.ms);
    out.longTask10.push(r10.longest);
    await page.close();
    page = await h.open(URL_FLOOR);
    out.floorWasm.push(await page.evaluate(() => window.__floor));
    await page.close();

    // (b, c) 1,000 cards, and reading them in plain JavaScript.
    h.serve(URL_INV, big);
    page = await h.open(URL_INV, { init: `(${observe})(1000)` });
    const r1000 = await waitScanned(page);
    await page.waitForTimeout(300); // the frames after the scan count too
    r1000.longest = await page.evaluate(() => Math.max(0, ...window.__bench.longtasks));
    out.longFrame.push(await page.evaluate(() => window.__bench.frames.reduce((a, f) => (f.duration > a.duration ? f : a), { duration: 0, tasks: 0, render: 0 })));
    out.scan1000.push(r1000.ms);
    out.longTask.push(r1000.longest);
    if (i === 0) {
      // (d) memory after 1,000 cards, then after 10 re-renders of the list.
      await page.waitForTimeout(500);
      out.mem1000 = await memory(h, page);
      for (let k = 0; k < 10; k++) {
        await page.evaluate(() => {
          const list = document.querySelector('[data-testid="lazy-column"]');
          const fresh = [...list.children].map((c) => {
            const copy = c.cloneNode(true);
            for (const b of copy.querySelectorAll('[data-vetted-badge]')) b.remove();
            return copy;
          });
          window.__bench.badges = 0;
          performance.clearMarks('vetted:scanned');
          list.replaceChildren(...fresh);
        });
        await waitScanned(page);
        if (k === 0) {
          await page.waitForTimeout(500);
          out.memRerender1 = await memory(h, page);
        }
      }
      await page.waitForTimeout(500);
      out.memRerender = await memory(h, page);
    }
    await page.close();
    // The same page with Vetted idle: its own long tasks (parse, layout).
    page = await h.open(URL_PLAIN, { init: `(${observe})(1)` });
    await page.waitForTimeout(1000);
    out.floorLongTask.push(await page.evaluate(() => Math.max(0, ...window.__bench.longtasks)));
    out.floorLongFrame.push(await page.evaluate(() => window.__bench.frames.reduce((a, f) => (f.duration > a.duration ? f : a), { duration: 0, tasks: 0, render: 0 })));
    out.floorRead.push(
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

// (e) Crossings of the boundary per card, in a counting copy of the build.
{
  const dir = countingBuild();
  const hc = await launch({ dist: dir });
  try {
    hc.serve(URL_INV, bigPage(1000));
    const page = await hc.open(URL_INV, { init: `(${observe})(1000)` });
    await waitScanned(page);
    await page.waitForTimeout(300);
    const counts = JSON.parse((await isolated(hc, page, 'globalThis.vettedCrossings ? JSON.stringify(globalThis.vettedCrossings) : null')) || 'null');
    if (!counts) throw new Error('bench: the counting loader counted nothing');
    const total = Object.entries(counts).reduce((n, [k, v]) => (k.startsWith('syscall/js.') ? n + v : n), 0);
    out.crossings = Math.round((total / 1000) * 10) / 10;
    out.crossingsBy = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Math.round((v / 1000) * 10) / 10]));
  } finally {
    await hc.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
for (const k of ['first10', 'longTask10', 'floorWasm', 'scan1000', 'floorRead', 'longTask', 'floorLongTask']) {
  out[`${k}Samples`] = out[k].map((x) => Math.round(x * 10) / 10);
  out[k] = median(out[k]);
}
console.log(JSON.stringify(out));
