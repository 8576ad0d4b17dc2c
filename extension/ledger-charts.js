/*
 * The decision log page's charts (extension/ledger.html): inline SVG
 * built with DOM APIs (never markup) from the figures the core computes
 * (core.ledgerStats: ledger.Stats, its series and its scale). Each chart
 * has a title, and a real <table> with the same figures after it for
 * screen readers; the series differ by pattern as well as by colour, and
 * the legend names them, so no meaning rests on colour alone.
 */
'use strict';

globalThis.vettedCharts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const COLOURS = ['#1a7f37', '#6e7781', '#bf8700', '#cf222e', '#0969da', '#8250df', '#bc4c00', '#1b7c83', '#4d2d00', '#a40e26'];
  const W = 640;
  const H = 220;
  const PAD = { left: 40, right: 8, top: 10, bottom: 30 };

  function el(name, attrs = {}, text) {
    const e = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // pattern defines series i's fill: its colour with a mark of its own
  // (plain, stripes, dots, cross-hatch…), so that print and colour-blind
  // readers tell the series apart.
  function pattern(id, i) {
    const colour = COLOURS[i % COLOURS.length];
    const p = el('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' });
    p.append(el('rect', { width: 8, height: 8, fill: colour }));
    const mark = { stroke: '#fff', 'stroke-width': 1.5, 'stroke-opacity': 0.75 };
    switch (i % 6) {
      case 1: p.append(el('path', { d: 'M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6', ...mark })); break;
      case 2: p.append(el('circle', { cx: 4, cy: 4, r: 1.6, fill: '#fff', 'fill-opacity': 0.8 })); break;
      case 3: p.append(el('path', { d: 'M0,4 L8,4', ...mark })); break;
      case 4: p.append(el('path', { d: 'M0,0 L8,8 M8,0 L0,8', ...mark })); break;
      case 5: p.append(el('path', { d: 'M4,0 L4,8', ...mark })); break;
      default: break;
    }
    return p;
  }

  let uid = 0;

  function svgRoot(title, desc, height) {
    const n = ++uid;
    const svg = el('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-labelledby': `chart-t${n} chart-d${n}`, class: 'chart' });
    svg.append(el('title', { id: `chart-t${n}` }, title), el('desc', { id: `chart-d${n}` }, desc));
    return { svg, n };
  }

  function legend(n, series) {
    const ul = document.createElement('ul');
    ul.className = 'legend';
    ul.setAttribute('aria-hidden', 'true'); // the table says it all
    series.forEach((s, i) => {
      const li = document.createElement('li');
      const sw = el('svg', { width: 14, height: 14, viewBox: '0 0 14 14' });
      const defs = el('defs');
      defs.append(pattern(`lg${n}-${i}`, s.style ?? i));
      sw.append(defs, el('rect', { width: 14, height: 14, fill: `url(#lg${n}-${i})`, stroke: 'currentColor', 'stroke-width': 0.5 }));
      const label = document.createElement('span');
      label.textContent = s.label;
      li.append(sw, label);
      ul.append(li);
    });
    return ul;
  }

  function table(caption, head, rows) {
    const t = document.createElement('table');
    t.className = 'chart-table';
    const c = document.createElement('caption');
    c.textContent = caption;
    const thead = document.createElement('thead');
    const hr = document.createElement('tr');
    for (const h of head) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      hr.append(th);
    }
    thead.append(hr);
    const body = document.createElement('tbody');
    for (const r of rows) {
      const tr = document.createElement('tr');
      r.forEach((v, i) => {
        const td = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) td.scope = 'row';
        td.textContent = v;
        tr.append(td);
      });
      body.append(tr);
    }
    t.append(c, thead, body);
    return t;
  }

  // stacked draws one bar per week, stacked by series. weeks: [{label,
  // values: [n per series], total}]; series: [{label, style}]; top and step:
  // the value axis (core: Stats.Scale); text: {title, desc, segment(week,
  // series, n), total(week, n), caption, week, totalHead}; fmt formats a number.
  function stacked({ weeks, series, top, step, text, fmt }) {
    const { svg, n } = svgRoot(text.title, text.desc, H);
    const defs = el('defs');
    series.forEach((s, i) => defs.append(pattern(`p${n}-${i}`, s.style ?? i)));
    svg.append(defs);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const y = (v) => PAD.top + plotH - (v / top) * plotH;
    const axis = el('g', { class: 'axis', 'aria-hidden': 'true' });
    for (let v = 0; v <= top; v += step) {
      axis.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }));
      axis.append(el('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmt(v)));
    }
    svg.append(axis);
    const slot = plotW / Math.max(weeks.length, 1);
    const bw = Math.max(4, slot * 0.62);
    weeks.forEach((w, wi) => {
      const x = PAD.left + wi * slot + (slot - bw) / 2;
      const g = el('g', { class: 'bar' });
      g.append(el('title', {}, text.total(w, w.total)));
      let acc = 0;
      w.values.forEach((v, si) => {
        if (v <= 0) return;
        const r = el('rect', { x, y: y(acc + v), width: bw, height: y(acc) - y(acc + v), fill: `url(#p${n}-${si})`, 'data-series': si });
        r.append(el('title', {}, text.segment(w, series[si], v)));
        g.append(r);
        acc += v;
      });
      svg.append(g);
      const lbl = el('text', { x: x + bw / 2, y: H - PAD.bottom + 16, 'text-anchor': 'middle', class: 'week', 'aria-hidden': 'true' }, w.short);
      svg.append(lbl);
    });
    const rows = weeks.map((w) => [w.label, ...w.values.map(fmt), fmt(w.total)]);
    return [svg, legend(n, series), table(text.caption, [text.week, ...series.map((s) => s.label), text.totalHead], rows)];
  }

  // shares draws one horizontal bar per type: the share of its decisions
  // that were accepts, with the percentage and count written beside it.
  // types: [{label, percent, decided, accepted}]; text: {title, desc,
  // bar(type), caption, head: [type, decided, accepted, share]}.
  function shares({ types, text, fmt }) {
    const rowH = 26;
    const height = Math.max(1, types.length) * rowH + 12;
    const { svg } = svgRoot(text.title, text.desc, height);
    const labelW = 170;
    const barW = W - labelW - 150;
    types.forEach((t, i) => {
      const y0 = 6 + i * rowH;
      const g = el('g', { class: 'share' });
      g.append(el('title', {}, text.bar(t)));
      g.append(el('text', { x: labelW - 8, y: y0 + 15, 'text-anchor': 'end' }, t.label));
      g.append(el('rect', { x: labelW, y: y0 + 3, width: barW, height: rowH - 10, class: 'track' }));
      g.append(el('rect', { x: labelW, y: y0 + 3, width: (barW * t.percent) / 100, height: rowH - 10, fill: COLOURS[0], class: 'fill' }));
      g.append(el('text', { x: labelW + barW + 8, y: y0 + 15 }, text.value(t)));
      svg.append(g);
    });
    const rows = types.map((t) => [t.label, fmt(t.decided), fmt(t.accepted), `${t.percent} %`]);
    return [svg, table(text.caption, text.head, rows)];
  }

  return { stacked, shares };
})();
