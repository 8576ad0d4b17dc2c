// Where a page load's time goes with the core hosted (DESIGN §7, §8): a
// copy of the hosted build with performance marks added at each step (the
// shipped files have none but vetted:start and vetted:scanned), loaded
// RUNS times warm in one headless Chromium after one load that warms the
// background.
//
//   node bench-steps.mjs [CARDS] [RUNS]
//
// prints, per step, the median and the samples in ms after the content
// script's start (the page's marks; the background's times are read from
// the service worker, whose clock is the same wall clock):
//   parsed     DOMContentLoaded, when the shell may start
//   snapshot   the snapshot taken (its start is the scan's)
//   sent       the request (and the snapshot's parts) sent
//   received   the request in the background
//   judged     the core's answer ready in the background
//   replied    the answer handed to the browser's messaging
//   answered   the answer (and its parts) back in the page
//   drawn      every badge applied (vetted:scanned)
// and the page's long tasks after the parse. A step that cannot be found
// in the build (the code changed) stops it with an error.
import fs from 'node:fs';
import path from 'node:path';
import { DIST, launch, withHome } from './lib/harness.mjs';
import { bigPage } from './lib/bigpage.mjs';

const CARDS = Number(process.argv[2]) || 10;
const RUNS = Number(process.argv[3]) || 7;
const URL_INV = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';

// instrument adds the marks to a copy of the hosted build.
function instrument(dist) {
  const edit = (file, pairs) => {
    const p = path.join(dist, file);
    let s = fs.readFileSync(p, 'utf8');
    for (const [from, to] of pairs) {
      if (!s.includes(from)) throw new Error(`${file} no longer has: ${from}`);
      s = s.replace(from, to);
    }
    fs.writeFileSync(p, s);
  };
  const mark = (name) => `performance.mark('step:${name}');`;
  edit('loader.js', [['await domReady();\n        state', `await domReady();${mark('parsed')}\n        state`]]);
  edit('shell.js', [
    ['const snap = await snapshot();\n        let res;', `${mark('scan')}const snap = await snapshot();${mark('snapshot')}\n        let res;`],
    ['async function deliver(msg, tree) {', `async function deliver(msg, tree) {\n    if (msg.type === 'vetted-core') ${mark('sending')}`],
    ['const got = await home(body, tree);', `const got = await home(body, tree);${mark('answered')}`],
  ]);
  // The background keeps its times (wall clock, ms) for the last request.
  edit('host.js', [
    [
      "    if (!msg || msg.type !== 'vetted-core' || sender.id",
      "    if (msg && msg.type === 'vetted-core') globalThis.vettedSteps = { received: performance.timeOrigin + performance.now() };\n    if (!msg || msg.type !== 'vetted-core' || sender.id",
    ],
    [
      'run(msg.request, tree).then((answer) => reply(split(tab, answer)),',
      'const steps = globalThis.vettedSteps;\n    run(msg.request, tree).then((answer) => { steps.judged = performance.timeOrigin + performance.now(); reply(split(tab, answer)); steps.replied = performance.timeOrigin + performance.now(); },',
    ],
  ]);
  return dist;
}

function observe() {
  const b = (window.__steps = { longtasks: [] });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

const dist = instrument(withHome(DIST, 'hosted'));
const h = await launch({ dist });
const steps = ['parsed', 'snapshot', 'sent', 'received', 'judged', 'replied', 'answered', 'drawn'];
const got = Object.fromEntries(steps.map((s) => [s, []]));
got.longTasks = [];
try {
  h.serve(URL_INV, bigPage(CARDS));
  for (let i = 0; i <= RUNS; i++) {
    const page = await h.open(URL_INV, { init: `(${observe})()` });
    await page.waitForFunction(() => performance.getEntriesByName('vetted:scanned').length > 0, null, { timeout: 120000, polling: 50 });
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => {
      const at = (n) => (performance.getEntriesByName(n)[0] || {}).startTime;
      const t0 = at('vetted:start');
      const parsedEnd = performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
      return {
        wall: performance.timeOrigin + t0,
        parsed: at('step:parsed') - t0,
        snapshot: at('step:snapshot') - t0,
        sent: at('step:sending') - t0,
        answered: at('step:answered') - t0,
        drawn: at('vetted:scanned') - t0,
        longTasks: window.__steps.longtasks.filter(([s]) => s >= parsedEnd).map(([s, d]) => `${Math.round(d)} ms at ${Math.round(s - t0)}`),
      };
    });
    const w = await (await h.worker()).evaluate(() => globalThis.vettedSteps);
    await page.close();
    if (i === 0) continue; // the background's first page
    for (const s of ['received', 'judged', 'replied']) r[s] = w[s] - r.wall;
    for (const s of steps) got[s].push(Math.round(r[s] * 10) / 10);
    got.longTasks.push(r.longTasks.join(', ') || 'none');
  }
} finally {
  await h.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${CARDS} cards, hosted, ${RUNS} warm loads: ms after the content script's start, median [samples]`);
for (const s of steps) console.log(`${s.padEnd(9)} ${String(median(got[s])).padStart(7)}  [${got[s].join(' ')}]`);
console.log(`long tasks after the parse: ${got.longTasks.join(' | ')}`);
