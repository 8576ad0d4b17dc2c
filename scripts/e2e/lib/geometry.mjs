// The badge-belongs-to-its-card geometry, measured in the page (run with
// page.evaluate(badgeGeometry)). For every badge: its row is the outermost
// ancestor that holds no other badge (the card's own box on the page); its
// content is the union of the row's visible text, images and controls
// outside Vetted's badge; the next card's content is the same for the row
// of the next shown badge in page order (a list the page hides has no
// box). Gaps are the shortest distances between two boxes (0 when they
// touch or overlap).
export function badgeGeometry() {
  const badges = [...document.querySelectorAll('[data-vetted-badge]')];
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const rowOf = (b) => {
    let row = b.parentElement;
    while (row.parentElement && row.parentElement !== document.body && row.parentElement.querySelectorAll('[data-vetted-badge]').length === 1) {
      row = row.parentElement;
    }
    return row;
  };
  // clip returns the part of a box its element's clipping ancestors (up to
  // the row) let show: text that overflows a clamped box is not content.
  const clip = (r, el, row) => {
    let c = box(r);
    for (let x = el; x && x !== row.parentElement; x = x.parentElement) {
      const s = getComputedStyle(x);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const b = x.getBoundingClientRect();
      c = { left: Math.max(c.left, b.left), top: Math.max(c.top, b.top), right: Math.min(c.right, b.right), bottom: Math.min(c.bottom, b.bottom) };
    }
    return { ...c, width: c.right - c.left, height: c.bottom - c.top };
  };
  const content = (row) => {
    let u = null;
    const add = (r) => {
      if (r.width <= 0 || r.height <= 0) return;
      u = u ? { left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) } : box(r);
    };
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.nodeType === 1 ? n : n.parentElement;
      if (el.closest('[data-vetted-badge]')) continue;
      if (n.nodeType === 3) {
        if (!/\S/.test(n.textContent)) continue;
        const r = document.createRange();
        r.selectNodeContents(n);
        const rects = [...r.getClientRects()].filter((x) => x.width > 0 && x.height > 0);
        // Text of invisible characters only: its element's box is the content.
        if (rects.length === 0) add(clip(el.getBoundingClientRect(), el, row));
        for (const x of rects) add(clip(x, el, row));
      } else if (/^(IMG|SVG|BUTTON|svg)$/.test(n.tagName) || n.getAttribute('role') === 'button') {
        add(clip(n.getBoundingClientRect(), n, row));
      }
    }
    return u;
  };
  const gap = (a, b) => {
    if (!a || !b) return Infinity;
    const dx = Math.max(0, a.left - b.right, b.left - a.right);
    const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
    return Math.hypot(dx, dy);
  };
  const rows = badges.map(rowOf);
  // Badges in a list the page does not show (another bucket) have no box
  // and no neighbours: the next and previous cards are the shown ones.
  const shown = badges.map((b) => b.getClientRects().length > 0);
  const neighbour = (i, step) => {
    for (let j = i + step; j >= 0 && j < badges.length; j += step) if (shown[j]) return content(rows[j]);
    return null;
  };
  return badges.map((b, i) => {
    const bb = box(b.getBoundingClientRect());
    const row = box(rows[i].getBoundingClientRect());
    const own = content(rows[i]);
    const next = neighbour(i, 1);
    const prev = neighbour(i, -1);
    return {
      key: b.getAttribute('data-vetted-key'),
      shown: shown[i],
      badge: bb,
      row,
      rowTag: rows[i].tagName.toLowerCase() + (rows[i].getAttribute('role') ? `[role=${rows[i].getAttribute('role')}]` : ''),
      inside: bb.left >= row.left - 1 && bb.right <= row.right + 1 && bb.top >= row.top - 1 && bb.bottom <= row.bottom + 1,
      toOwn: gap(bb, own),
      toNext: gap(bb, next),
      toPrev: gap(bb, prev),
    };
  });
}
