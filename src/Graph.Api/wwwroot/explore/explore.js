// Graph explorer: search an entity, see it with its neighbours, expand by clicking, read the evidence of an edge.
// Talks only to /graphql. Every text from the graph is set with textContent, never parsed as markup.
// What is drawn comes from one query, the one shown under "The query behind this view": the page runs that text as shown.
'use strict';
(() => {
  const started = performance.now();
  const { COLOURS, NODE_COLOURS, el, resetEvidence, renderEvidence, legend } = window.GraphPanels;
  const ENTITY = 'id name kind mentionCount ar: label(language: "ar")';
  const RELATION = `id type kind confidence subject { ${ENTITY} } object { ${ENTITY} }`;
  const PAGE = 500;
  const $ = id => document.getElementById(id);
  const state = readState();
  let knownTypes = null;

  async function gql(query, variables, operationName) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(body.errors.map(e => e.message).join('; '));
    return body.data;
  }

  function readState() {
    const p = new URLSearchParams(location.search);
    const list = k => (p.get(k) || '').split(',').filter(Boolean);
    const min = Number(p.get('min') || 0);
    return {
      focus: p.get('focus'), types: list('types').filter(t => /^[A-Z_]+$/.test(t)), from: p.get('from') || '', to: p.get('to') || '',
      min: Number.isFinite(min) ? min : 0, rollup: p.get('rollup') !== '0', expanded: list('expand'), edge: p.get('edge'),
      lines: p.get('lines') === '1', lang: p.get('lang') === 'ar' ? 'ar' : 'en',
    };
  }

  function writeState() {
    const p = new URLSearchParams();
    if (state.focus) p.set('focus', state.focus);
    if (state.types.length) p.set('types', state.types.join(','));
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    if (state.min) p.set('min', String(state.min));
    if (!state.rollup) p.set('rollup', '0');
    if (state.lines) p.set('lines', '1');
    if (state.lang === 'ar') p.set('lang', 'ar');
    if (state.expanded.length) p.set('expand', state.expanded.join(','));
    if (state.edge) p.set('edge', state.edge);
    history.replaceState(null, '', `${location.pathname}?${p}`);
  }

  /** The filters as GraphQL arguments, written out (the query is shown and run as text). */
  function filterArguments() {
    const args = [];
    if (state.types.length) args.push(`types: [${state.types.join(', ')}]`);
    if (state.from) args.push(`dateFrom: ${JSON.stringify(state.from)}`);
    if (state.to) args.push(`dateTo: ${JSON.stringify(state.to)}`);
    if (state.min) args.push(`minConfidence: ${state.min}`);
    return args;
  }

  function neighbourFields(alias, id) {
    const where = anchor => `{ ${[`${anchor}: ${JSON.stringify(id)}`, ...filterArguments()].join(', ')} }`;
    return [`${alias}_out: relations(where: ${where('subject')}, first: ${PAGE}) { edges { node { ${RELATION} } } }`,
      `${alias}_in: relations(where: ${where('object')}, first: ${PAGE}) { edges { node { ${RELATION} } } }`];
  }

  /** The GraphQL operations whose answers, together, are what the page draws: the focus with its relations both ways (or
   * a country's roll-up, its officials' acts counted for it), then one operation per expanded node, all under the filters.
   * One operation per node keeps each under the service's complexity bound (a 500-relation page both ways costs about
   * 17,000 of its 50,000), so any number of nodes can be expanded. */
  function viewOperations(kind) {
    if (!state.focus) return [];
    const fields = [`focus: node(id: ${JSON.stringify(state.focus)}) { ... on Entity { ${ENTITY} } }`];
    if (state.rollup && kind === 'COUNTRY') {
      const args = [...filterArguments(), `first: ${PAGE}`].join(', ');
      const rolled = `{ via { name } counterpart { ${ENTITY} } relation { id type kind confidence } }`;
      fields.push(`rollUp: node(id: ${JSON.stringify(state.focus)}) { ... on Country {\n    out: rollUp(direction: OUTGOING, ${args}) ${rolled}\n`
        + `    in: rollUp(direction: INCOMING, ${args}) ${rolled} } }`);
    } else {
      fields.push(...neighbourFields('focus', state.focus));
    }
    const operation = (name, list) => ({ name, text: `query ${name} {\n  ${list.join('\n  ')}\n}` });
    return [operation('Focus', fields), ...state.expanded.map((id, i) => operation(`Expand${i + 1}`, neighbourFields(`expand${i + 1}`, id)))];
  }

  /** The operations as one document, as shown under "The query behind this view". */
  function viewDocument(operations) {
    const note = operations.length > 1 ? `# Run each operation (${operations.map(o => o.name).join(', ')}): the page draws their answers together.\n` : '';
    return note + operations.map(o => o.text).join('\n\n');
  }

  if (!window.cytoscape) return;
  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);
  const cy = cytoscape({
    container: $('cy'),
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 2, width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 9, width: 'data(width)', 'curve-style': 'bezier', 'control-point-step-size': 70, 'target-arrow-shape': 'triangle', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111' } },
    ],
  });

  const nodeLabel = e => (state.lang === 'ar' && e.ar) || e.name;

  function nodeElement(e) {
    const size = 16 + 8 * Math.log2(1 + (e.mentionCount || 0));
    return { group: 'nodes', data: { id: e.id, name: e.name, ar: e.ar, label: nodeLabel(e), kind: e.kind, size, colour: NODE_COLOURS[e.kind] || '#666' } };
  }

  /** The entities and every relation the answer holds, each relation between its ends (or, in a roll-up, between the
   * country and the counterpart). */
  function read(data) {
    const entities = new Map([[data.focus.id, data.focus]]);
    const addEntity = e => { if (!entities.has(e.id)) entities.set(e.id, e); };
    const found = new Map();
    let full = false; // a list that filled its page: there may be more than is drawn
    const add = (r, source, target, via) => found.set(`${r.id}|${source}|${target}`, { id: r.id, type: r.type, kind: r.kind, source, target, via });
    if (data.rollUp) {
      full = [data.rollUp.out, data.rollUp.in].some(list => (list || []).length >= PAGE);
      for (const r of data.rollUp.out || []) { addEntity(r.counterpart); add(r.relation, state.focus, r.counterpart.id, r.via && r.via.name); }
      for (const r of data.rollUp.in || []) { addEntity(r.counterpart); add(r.relation, r.counterpart.id, state.focus, r.via && r.via.name); }
    }
    for (const [key, value] of Object.entries(data)) {
      if (!/_(out|in)$/.test(key)) continue;
      full = full || value.edges.length >= PAGE;
      for (const { node: r } of value.edges) { addEntity(r.subject); addEntity(r.object); add(r, r.subject.id, r.object.id, null); }
    }
    return { entities: [...entities.values()], relations: [...found.values()], full };
  }

  /** The entities, and one edge per relation or (by default) one per pair and direction: its width by count, its label the
   * types with counts. Added in one call: element by element, a thousand-node hub took twice as long to draw. */
  function draw({ entities, relations }) {
    const groups = new Map();
    for (const r of relations) {
      const key = state.lines ? `${r.id}|${r.source}|${r.target}` : `pair|${r.source}|${r.target}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    }
    const elements = entities.map(nodeElement);
    for (const [id, group] of groups) {
      const byType = new Map();
      for (const r of group) byType.set(r.type, (byType.get(r.type) || 0) + 1);
      const types = [...byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const label = types.map(([t, n]) => n > 1 ? `${t} ×${n}` : t).join(' · ');
      const kinds = new Map();
      for (const r of group) kinds.set(r.kind, (kinds.get(r.kind) || 0) + 1);
      const kind = [...kinds].sort((a, b) => b[1] - a[1])[0][0];
      const via = [...new Set(group.map(r => r.via).filter(Boolean))];
      const width = Math.min(2 + 2 * Math.log2(group.length), 10);
      elements.push({ group: 'edges', data: { id, source: group[0].source, target: group[0].target, relations: group.map(r => r.id), count: group.length, label, via, width, colour: COLOURS[kind] || '#888' } });
    }
    cy.add(elements);
    listEdges();
  }

  function listEdges() {
    $('edges').replaceChildren(...cy.edges().map(edge => {
      // Names in <bdi>, so an Arabic name keeps its own direction inside the line.
      const via = edge.data('via').length ? ` (via ${edge.data('via').join(', ')})` : '';
      const button = el('button', { type: 'button' }, el('bdi', { textContent: edge.source().data('label') }), ` — ${edge.data('label')} → `,
        el('bdi', { textContent: edge.target().data('label') }), via);
      button.dataset.edge = edge.id();
      button.setAttribute('aria-pressed', String(edge.id() === state.edge));
      button.addEventListener('click', () => selectEdge(edge.id()).then(() => $('evidence').focus()));
      return el('li', {}, button);
    }));
  }

  let shown = 0;

  /** Draws the view the state names. A newer call (a filter changed while the last was loading) makes an older one stop,
   * so two answers are never drawn over each other. */
  async function show() {
    const call = ++shown;
    cy.elements().remove();
    $('edges').replaceChildren();
    if (!state.focus) { $('query-text').textContent = ''; return; }
    $('status').textContent = 'Loading…';
    const head = await gql(`query($id: ID!) { node(id: $id) { ... on Entity { ${ENTITY} } } }`, { id: state.focus });
    if (call !== shown) return;
    if (!head.node || !head.node.id) { $('status').textContent = `Nothing has the id ${state.focus}.`; resetEvidence(); return; }
    $('search').value = nodeLabel(head.node);
    const operations = viewOperations(head.node.kind);
    const query = viewDocument(operations);
    $('query-text').textContent = query;
    const asked = performance.now();
    const data = Object.assign({}, ...await Promise.all(operations.map(o => gql(query, undefined, o.name))));
    const answered = performance.now();
    if (call !== shown) return;
    cy.elements().remove();
    const view = read(data);
    draw(view);
    cy.getElementById(state.focus).addClass('focus');
    const drawn = performance.now();
    layout();
    window.graphExplorer.timings = { queryMs: answered - asked, addMs: drawn - answered, layoutMs: performance.now() - drawn };
    $('status').textContent = `${cy.nodes().length} entities, ${cy.edges().length} edges for ${view.relations.length} relations`
      + (view.full ? ` (the first ${PAGE} each way of a node; narrow the filters to see the rest).` : '.');
    const edge = state.edge && findEdge(state.edge);
    if (edge) await selectEdge(edge.id());
    else { state.edge = null; writeState(); resetEvidence(); window.GraphTrend.hide(); }
  }

  /** The drawn edge a link names: by its id, else the edge holding that relation, else one between the same two nodes. */
  function findEdge(key) {
    const direct = cy.getElementById(key);
    if (direct.nonempty()) return direct;
    const parts = key.split('|');
    const relationId = parts[0] === 'pair' ? null : parts[0];
    const [source, target] = parts[0] === 'pair' ? parts.slice(1) : parts.slice(1, 3);
    return cy.edges().filter(e => e.data('relations').includes(relationId))[0]
      || cy.edges().filter(e => e.source().id() === source && e.target().id() === target)[0] || null;
  }

  function layout() {
    const big = cy.elements().length > 300;
    if (big || !window.cytoscapeFcose) {
      cy.layout({ name: big ? 'concentric' : 'cose', animate: false, minNodeSpacing: 4, concentric: n => n.hasClass('focus') ? 2 : 1, levelWidth: () => 1 }).run();
    } else {
      // The focus held in the middle and the others on a circle in id order, then fcose from there (not from random places,
      // and a held node turns off its random regrowing of pruned leaves): the same view is drawn the same way each time.
      // fcose counts each node's label in its size, so labels repel too.
      const others = cy.nodes().not('.focus').sort((a, b) => a.id() < b.id() ? -1 : 1);
      others.forEach((n, i) => n.position({ x: 300 * Math.cos(2 * Math.PI * i / others.length), y: 300 * Math.sin(2 * Math.PI * i / others.length) }));
      cy.nodes('.focus').position({ x: 0, y: 0 });
      cy.layout({ name: 'fcose', quality: 'proof', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeSeparation: 90,
        idealEdgeLength: e => 120 + 5 * e.data('label').length, nodeRepulsion: () => 30000, edgeElasticity: () => 0.2, packComponents: true, padding: 30,
        fixedNodeConstraint: [{ nodeId: state.focus, position: { x: 0, y: 0 } }] }).run();
    }
    cy.fit(undefined, 30);
  }

  async function selectEdge(id) {
    const edge = cy.getElementById(id);
    if (edge.empty()) return;
    cy.elements().unselect();
    edge.select();
    state.edge = id;
    writeState();
    for (const b of document.querySelectorAll('#edges button')) b.setAttribute('aria-pressed', String(b.dataset.edge === id));
    const ids = edge.data('relations').slice(0, 50);
    const data = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Relation { id type kind confidence date dateText modality
      subject { name } object { name } article { title outlet publishedAt }
      evidence { sentence statement { text kind speaker { name label(language: "ar") } source { name } } } } } }`, { ids });
    if (state.edge !== id) return;
    const count = edge.data('count');
    const shownCount = Math.min(count, ids.length);
    renderEvidence(`${edge.source().data('label')} → ${edge.target().data('label')}: ${count} relation${count === 1 ? '' : 's'}${count > shownCount ? `, the first ${shownCount} shown` : ''}`,
      data.nodes.filter(Boolean));
    // Between two countries: their acts over time, in both directions.
    const [a, b] = [edge.source().data(), edge.target().data()];
    if (a.kind === 'COUNTRY' && b.kind === 'COUNTRY') await window.GraphTrend.show(gql, a.id, b.id, [a.label, b.label]);
    else window.GraphTrend.hide();
  }

  function relabel() {
    cy.nodes().forEach(n => n.data('label', nodeLabel(n.data())));
    // Arabic names read right to left: the canvas takes its text direction from its container.
    $('cy').dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    $('cy').lang = state.lang;
    if (state.focus && cy.getElementById(state.focus).nonempty()) $('search').value = cy.getElementById(state.focus).data('label');
    listEdges();
    if (cy.nodes().length) layout();
  }

  async function suggest(text) {
    if (text.trim().length < 2) return;
    const data = await gql('query($p: String) { entities(where: { nameStartsWith: $p }, first: 10) { edges { node { id name kind label(language: "ar") } } } }', { p: text });
    $('suggestions').replaceChildren(...data.entities.edges.map(e => el('option', { value: e.node.name, label: `${e.node.label || ''} · ${e.node.kind.toLowerCase()}` })));
  }

  async function choose(text) {
    const data = await gql('query($n: String) { entity(name: $n) { id } }', { n: text.trim() }).catch(e => ({ error: e }));
    if (!data.entity) { $('status').textContent = `Nothing is named “${text}”.`; return; }
    Object.assign(state, { focus: data.entity.id, expanded: [], edge: null });
    resetEvidence();
    writeState();
    await show();
  }

  function refresh() { writeState(); show().catch(e => { $('status').textContent = `Error: ${e.message}`; }); }

  async function init() {
    legend(state.lines);
    const enumData = await gql('{ __type(name: "RelationType") { enumValues { name } } }');
    knownTypes = enumData.__type.enumValues.map(v => v.name);
    state.types = state.types.filter(t => knownTypes.includes(t));
    for (const name of knownTypes) {
      const box = el('input', { type: 'checkbox', value: name, id: `type-${name}`, checked: state.types.includes(name) });
      box.addEventListener('change', () => { state.types = [...document.querySelectorAll('#types input:checked')].map(b => b.value); refresh(); });
      $('types').append(el('label', { htmlFor: box.id }, box, ` ${name}`));
    }
    Object.assign($('from'), { value: state.from }); Object.assign($('to'), { value: state.to });
    $('min').value = String(state.min); $('rollup').checked = state.rollup; $('lines').checked = state.lines;
    $(`lang-${state.lang}`).checked = true;
    $('cy').dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    for (const [id, key, read] of [['from', 'from', v => v], ['to', 'to', v => v], ['min', 'min', v => Number(v) || 0]])
      $(id).addEventListener('change', () => { state[key] = read($(id).value); refresh(); });
    $('rollup').addEventListener('change', () => { state.rollup = $('rollup').checked; refresh(); });
    $('lines').addEventListener('change', () => { state.lines = $('lines').checked; legend(state.lines); refresh(); });
    for (const lang of ['en', 'ar'])
      $(`lang-${lang}`).addEventListener('change', () => { state.lang = lang; writeState(); relabel(); });
    $('copy-query').addEventListener('click', async () => {
      try { await navigator.clipboard.writeText($('query-text').textContent); $('status').textContent = 'Query copied: paste it into a new document in the IDE.'; }
      catch { $('status').textContent = 'Copy is not allowed here: open “The query behind this view” and copy it by hand.'; }
    });
    let timer;
    $('search').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => suggest($('search').value).catch(() => {}), 150); });
    $('search-form').addEventListener('submit', ev => { ev.preventDefault(); choose($('search').value); });
    cy.on('tap', 'node', ev => { const id = ev.target.id(); if (!state.expanded.includes(id) && id !== state.focus) { state.expanded.push(id); refresh(); } });
    cy.on('tap', 'edge', ev => selectEdge(ev.target.id()));
    writeState();
    await show();
    window.graphExplorer.firstDrawMs = performance.now() - started;
  }

  const ready = init().catch(e => { $('status').textContent = `Error: ${e.message}`; throw e; });
  window.graphExplorer = { cy, ready, state, firstDrawMs: null };
})();
