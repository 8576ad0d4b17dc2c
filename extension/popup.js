/*
 * Vetted popup (placeholder until the full popup): the current tab's status
 * as the content script and the background know it, or the list of pages
 * Vetted works on.
 */
'use strict';

const api = globalThis.chrome;
const msg = (key, subs) => api.i18n.getMessage(key, subs) || key;
const SITES = ['siteLinkedIn', 'siteFacebook', 'siteX', 'siteInstagram', 'siteXing'];

function p(text, cls) {
  const el = document.createElement('p');
  el.textContent = text;
  if (cls) el.className = cls;
  return el;
}

function worksOn() {
  const ul = document.createElement('ul');
  for (const key of SITES) {
    const li = document.createElement('li');
    li.textContent = msg(key);
    ul.append(li);
  }
  return [p(msg('popupWorksOn')), ul];
}

function describe(ping, st) {
  if (ping.state === 'idle') return [p(msg('popupIdle'))];
  if (ping.state === 'blocked' || (st && st.state === 'blocked')) {
    return [p(msg('popupBlockedCsp', [ping.siteName || (st && st.siteName) || '']), 'error')];
  }
  const out = [];
  if (st && st.state === 'active') {
    const l = st.levels || {};
    out.push(p(msg('popupActive', [String(st.total || 0), String(l.safe || 0), String(l.review || 0), String(l.danger || 0)])));
  } else if (st && st.state === 'no-list') {
    out.push(p(msg('popupNoList')));
  } else if (ping.state !== 'error') {
    out.push(p(msg('popupLoading')));
  }
  if (st && st.problem) out.push(p(msg('popupProblem', [st.problem]), 'problem'));
  const error = ping.state === 'error' ? ping.message : st && st.error;
  if (error) out.push(p(msg('popupError', [error]), 'error'));
  return out;
}

async function main() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = msg(el.dataset.i18n);
  document.documentElement.lang = api.i18n.getUILanguage();
  const box = document.getElementById('status');
  // popup.html?tab=<id> shows another tab (for tests and debugging).
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = forced ? [{ id: forced }] : await api.tabs.query({ active: true, currentWindow: true });
  let ping = null;
  if (tab && tab.id !== undefined) {
    ping = await api.tabs.sendMessage(tab.id, { type: 'vetted-ping' }).catch(() => null);
  }
  if (!ping || !ping.site) {
    box.replaceChildren(...worksOn());
    return;
  }
  const st = await api.runtime.sendMessage({ type: 'vetted-get-status', tabId: tab.id }).catch(() => null);
  box.replaceChildren(...describe(ping, st));
}

main();
