import { launch, waitFor } from './lib/harness.mjs';
import { openDemo } from './lib/fixtures.mjs';
const h = await launch({ extraArgs: ['--lang=de'] });
try {
  const page = await openDemo(h);
  await page.waitForTimeout(500);
  // open every explanation
  const chips = page.locator('[data-vetted-badge] button.vetted-chip');
  const n = await chips.count();
  for (let i = 0; i < n; i++) { try { await chips.nth(i).click({ timeout: 2000 }); } catch {} }
  await page.waitForTimeout(300);
  const texts = await page.$$eval('[data-vetted-badge]', (els) => els.map((b) => {
    const out = [];
    const walk = (n) => { for (const c of n.childNodes) { if (c.nodeType === 3 && c.textContent.trim()) out.push(c.textContent.trim()); else if (c.nodeType === 1) { for (const a of ['aria-label', 'title', 'placeholder']) if (c.getAttribute(a)) out.push(`@${a}: ${c.getAttribute(a)}`); walk(c); if (c.shadowRoot) walk(c.shadowRoot); } } };
    walk(b); if (b.shadowRoot) walk(b.shadowRoot);
    return out;
  }));
  const seen = new Set();
  for (const t of texts.flat()) if (!seen.has(t)) { seen.add(t); console.log('BADGE', t); }
  const tabId = await h.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(-1).id, 'https://www.linkedin.com/mynetwork/invitation-manager/received/');
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForTimeout(1500);
  console.log('POPUP', (await popup.locator('body').innerText()).replace(/\n+/g, ' | '));
  for (const kind of ['#bulk-accept', '#bulk-ignore']) {
    try {
      await popup.locator(kind).click({ timeout: 3000 });
      await popup.locator('#view[data-view="plan"]').waitFor({ timeout: 5000 });
      console.log('PLAN', kind, (await popup.locator('body').innerText()).replace(/\n+/g, ' | '));
      await popup.reload(); await popup.waitForTimeout(1000);
    } catch (e) { console.log('ERR', kind, e.message.split('\n')[0]); }
  }
  // keyboard help
  await page.bringToFront();
  await page.keyboard.press('?');
  await page.waitForTimeout(300);
  console.log('KEYS', await page.$$eval('[data-vetted-keys]', (els) => els.map((e) => e.innerText).join(' | ')));
} finally { await h.close(); }
