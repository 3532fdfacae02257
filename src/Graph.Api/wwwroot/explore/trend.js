// The trend between two countries: acts by month (or week) as bars drawn in SVG, conflict below the line and cooperation
// above it by their Goldstein sums, each bar a button that lists its acts with every sentence that reports them.
// Drawn without a chart library: a few dozen bars need none, and every text is set with textContent.
'use strict';
window.GraphTrend = (() => {
  const { el, COLOURS } = window.GraphPanels;
  const SVG = 'http://www.w3.org/2000/svg';

  // Two queries, each within the service's complexity bound: the bars, then a bar's acts when it is chosen.
  const BARS = `query Trend($a: String!, $b: String!, $interval: TrendInterval) {
    trend(a: $a, b: $b, interval: $interval) { buckets { start end count goldstein } undated { type } }
  }`;
  const ACTS = `query TrendActs($a: String!, $b: String!, $interval: TrendInterval) {
    trend(a: $a, b: $b, interval: $interval) {
      buckets { start events { type dateText country { name } counterpart { name } via { name } outlets evidence { sentence } } }
    }
  }`;

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The latest request: an answer to an older one (another edge chosen meanwhile, another bar opened) is dropped.
  let latest = 0;

  /** Draws the trend of a and b (ids or names) into the #trend section, with gql(query, variables) to ask the service. */
  async function show(gql, a, b, names) {
    const mine = ++latest;
    const section = document.getElementById('trend');
    const interval = document.getElementById('trend-interval')?.value || 'MONTH';
    section.hidden = false;
    const heading = el('h2', { textContent: `Trend: ${names[0]} and ${names[1]}` });
    const status = el('p', { className: 'meta', textContent: 'Loading…' });
    section.replaceChildren(heading, intervalPicker(interval, () => show(gql, a, b, names)), status);
    const variables = { a, b, interval };
    let data;
    try { data = await gql(BARS, variables, 'Trend'); }
    catch (e) { if (mine === latest) status.textContent = `The trend could not be read: ${e.message}`; return; }
    if (mine !== latest) return;
    const { buckets, undated } = data.trend;
    const total = buckets.reduce((n, x) => n + x.count, 0);
    status.textContent = `${total} act${total === 1 ? '' : 's'} in ${buckets.length} ${interval === 'WEEK' ? 'week' : 'month'}${buckets.length === 1 ? '' : 's'}`
      + (undated.length ? `, ${undated.length} undated` : '') + '. Bars show Goldstein sums: cooperation up, conflict down; select a bar for its acts.';
    if (!buckets.length) return;
    const acts = el('div', { id: 'trend-acts', tabIndex: -1 });
    acts.setAttribute('aria-live', 'polite');
    section.append(chart(buckets, interval, bucket => listActs(gql, variables, bucket)), acts);
  }

  function intervalPicker(value, onChange) {
    const select = el('select', { id: 'trend-interval' },
      el('option', { value: 'MONTH', textContent: 'by month' }), el('option', { value: 'WEEK', textContent: 'by week' }));
    select.value = value;
    select.addEventListener('change', onChange);
    return el('label', { textContent: 'Show ' }, select);
  }

  function chart(buckets, interval, open) {
    const width = Math.max(320, buckets.length * 36 + 40), height = 180, middle = height / 2, bar = 24;
    const top = Math.max(1, ...buckets.map(x => Math.abs(x.goldstein)));
    const box = svg('svg', { viewBox: `0 0 ${width} ${height + 30}`, width, height: height + 30, role: 'group', 'aria-label': 'Acts by period' });
    box.append(svg('line', { x1: 0, x2: width, y1: middle, y2: middle, stroke: '#8a94a6' }));
    buckets.forEach((x, i) => {
      const h = Math.max(2, Math.abs(x.goldstein) / top * (middle - 14));
      const left = 20 + i * 36;
      const group = svg('g', { tabindex: 0, role: 'button', class: 'trend-bar',
        'aria-label': `${x.start} to ${x.end}: ${x.count} act${x.count === 1 ? '' : 's'}, Goldstein ${x.goldstein}` });
      group.append(svg('rect', { x: left, y: x.goldstein >= 0 ? middle - h : middle, width: bar, height: h,
        fill: x.goldstein >= 0 ? COLOURS.COOPERATION : COLOURS.CONFLICT }));
      group.append(svg('text', { x: left + bar / 2, y: x.goldstein >= 0 ? middle - h - 3 : middle + h + 11, 'text-anchor': 'middle', 'font-size': 10 }, String(x.count)));
      // A month reads yyyy-MM; a week its first day, MM-dd.
      group.append(svg('text', { x: left + bar / 2, y: height + 20, 'text-anchor': 'middle', 'font-size': 9 }, interval === 'WEEK' ? x.start.slice(5) : x.start.slice(0, 7)));
      group.append(svg('title', {}, `${x.start} – ${x.end}`));
      group.addEventListener('click', () => open(x));
      group.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(x); } });
      box.append(group);
    });
    return box;
  }

  async function listActs(gql, variables, bucket) {
    const mine = ++latest;
    const list = document.getElementById('trend-acts');
    list.replaceChildren(el('h3', { textContent: `${bucket.start} to ${bucket.end}: ${bucket.count} act${bucket.count === 1 ? '' : 's'}` }));
    let data;
    try { data = await gql(ACTS, variables, 'TrendActs'); }
    catch (e) { if (mine === latest) list.append(el('p', { textContent: `The acts could not be read: ${e.message}` })); return; }
    if (mine !== latest) return;
    const events = data.trend.buckets.find(x => x.start === bucket.start)?.events || [];
    for (const act of events) {
      const who = act.via.length ? `${act.country.name} (via ${act.via.map(v => v.name).join(', ')})` : act.country.name;
      const box = el('section', { className: 'relation' },
        el('h4', { textContent: `${who} — ${act.type} → ${act.counterpart.name}` }),
        el('p', { className: 'meta', textContent: [act.dateText, act.outlets.length ? `reported by ${act.outlets.join(', ')}` : ''].filter(Boolean).join(' · ') }));
      for (const e of act.evidence) box.append(el('p', { className: 'sentence', dir: 'rtl', lang: 'ar', textContent: e.sentence }));
      list.append(box);
    }
    list.focus?.();
  }

  function hide() { latest++; const section = document.getElementById('trend'); if (section) { section.hidden = true; section.replaceChildren(); } }

  return { show, hide };
})();
