import { waitFor } from './harness.mjs';

// Facebook's, X's, Instagram's and legacy LinkedIn's behaviour on the saved
// fixture pages (core/page/testdata), for the action tests. Runs in the
// page's main world (page.addInitScript; evaluateOnNewDocument in Firefox).
// Their Accept and Ignore buttons name nobody ("Confirm", "Delete",
// "Accept", "Decline"): a click on one replaces the row's buttons with the
// site's notice ("Request confirmed" / "Request removed") after 150 ms.
// Every click on a page control is recorded in window.__clicks with the
// profile link of the row it sits in, so a test can tell exactly which
// card's control was clicked.
export function simulateSites() {
  window.__clicks = [];
  // By the label's or the text's first words (legacy LinkedIn's labels
  // name the person: "Accept Robert Chen’s invitation").
  const ACCEPT = /^(confirm|accept|bestätigen|anfrage bestätigen|annehmen)\b/i;
  const IGNORE = /^(delete|remove|decline|ignore|löschen|anfrage löschen|entfernen|ablehnen|ignorieren)\b/i;
  const kindOf = (b) => {
    for (const l of [b.getAttribute('aria-label') || '', (b.textContent || '').trim()]) {
      if (ACCEPT.test(l)) return 'accept';
      if (IGNORE.test(l)) return 'ignore';
    }
    return null;
  };
  const vetted = '[data-vetted-badge], [data-vetted-bulk], .vetted-badge';
  // The row a control sits in: the nearest ancestor (or link) holding a
  // profile link of the page's own.
  const rowOf = (el) => {
    const link = el.closest('a[href]');
    if (link && !link.closest(vetted)) return { row: link, href: link.getAttribute('href') };
    for (let x = el.parentElement; x; x = x.parentElement) {
      const a = [...x.querySelectorAll('a[href]')].find((l) => !l.closest(vetted));
      if (a) return { row: x, href: a.getAttribute('href') };
    }
    return { row: null, href: '' };
  };
  document.addEventListener(
    'click',
    (e) => {
      const ctl = e.target.closest('button, [role="button"]');
      if (!ctl || ctl.closest(vetted)) return;
      const label = (ctl.getAttribute('aria-label') || ctl.textContent || '').trim();
      const kind = kindOf(ctl);
      if (!kind) return;
      e.preventDefault();
      e.stopPropagation();
      const { row, href } = rowOf(ctl);
      window.__clicks.push({ label, kind, href, trusted: e.isTrusted });
      setTimeout(() => {
        if (!row) return;
        for (const b of row.querySelectorAll('button, [role="button"]')) {
          if (b.closest(vetted)) continue;
          if (kindOf(b)) b.remove();
        }
        const note = document.createElement('span');
        note.textContent = kind === 'accept' ? 'Request confirmed' : 'Request removed';
        row.append(note);
      }, 150);
    },
    true,
  );
}

// profileToken is the part of a profile URL that names the person: the id
// parameter's value, else the last path segment (lower case).
export function profileToken(u) {
  const url = new URL(u);
  const id = url.searchParams.get('id');
  if (id) return id.toLowerCase();
  return url.pathname.split('/').filter(Boolean).pop().toLowerCase();
}

// clickedCard returns the card (of cards: { key, profile_url }) whose
// profile a recorded click's row links to: the longest token the link holds.
export function clickedCard(click, cards) {
  const href = decodeURIComponent(click.href || '').toLowerCase();
  let best = null;
  for (const c of cards) {
    if (!c.profile_url) continue;
    const t = profileToken(c.profile_url);
    if (href.includes(t) && (!best || t.length > profileToken(best.profile_url).length)) best = c;
  }
  return best;
}

// simulateXList does what X's virtual list does with its cells (each
// [data-testid="cellInnerDiv"] placed with position: absolute and a
// translateY): it measures the cells whenever one changes size and stacks
// them again, so a cell that grows (a badge drawn in it) pushes the next
// ones down. The saved page alone keeps the offsets it was saved with.
export function simulateXList() {
  const relayout = () => {
    const cells = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
    let y = 0;
    for (const c of cells) {
      c.style.transform = `translateY(${y}px)`;
      y += c.getBoundingClientRect().height;
    }
    if (cells[0]) cells[0].parentElement.style.minHeight = `${y}px`;
  };
  const start = () => {
    const ro = new ResizeObserver(relayout);
    for (const c of document.querySelectorAll('[data-testid="cellInnerDiv"]')) ro.observe(c);
    relayout();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

// X's own behaviour on its follower requests, simulated in the page's main
// world: a click on a card's Accept or Decline records in window.__xClicks
// which card's control it was ({label, handle, trusted}) and removes the
// card, as X does.
export function simulateX() {
  window.__xClicks = [];
  document.addEventListener(
    'click',
    (e) => {
      const btn = e.target instanceof Element && e.target.closest('button[aria-label="Accept"], button[aria-label="Decline"]');
      if (!btn) return;
      const cell = btn.closest('[data-testid="UserCell"]');
      const handle = cell && cell.querySelector('[data-testid^="UserAvatar-Container-"]');
      window.__xClicks.push({
        label: btn.getAttribute('aria-label'),
        handle: handle ? handle.getAttribute('data-testid').replace('UserAvatar-Container-', '') : null,
        trusted: e.isTrusted,
      });
      setTimeout(() => (cell.closest('[data-testid="cellInnerDiv"]') || cell).remove(), 150);
    },
    true,
  );
}

// xClickedOrHighlighted waits, after an action on a simulateX page, until
// Vetted clicked the card's control itself ('clicked') or, for a label
// that names nobody, highlighted it for the user ('highlighted').
export async function xClickedOrHighlighted(page) {
  return waitFor(
    async () => {
      if ((await page.evaluate(() => window.__xClicks.length)) > 0) return 'clicked';
      if ((await page.locator('.vetted-highlight').count()) > 0) return 'highlighted';
      return null;
    },
    { message: 'a click or a highlight', timeout: 10000 },
  );
}
