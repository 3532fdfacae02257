// Graph explorer: search an entity, see it with its neighbours, expand by clicking, read the evidence of an edge.
// Talks only to /graphql. Every text from the graph is set with textContent, never parsed as markup.
'use strict';
(() => {
  const started = performance.now();
  const COLOURS = { CONFLICT: '#b3261e', COOPERATION: '#1e7b34', SPEECH: '#6b4fbb', MEMBERSHIP: '#8a94a6' };
  const NODE_COLOURS = { COUNTRY: '#23395d', PERSON: '#c77d00', ORGANIZATION: '#2e7d8c', BLOC: '#7b3f8c', PLACE: '#6d6d6d' };
  const RELATION = 'id type kind confidence date modality subject { id name kind mentionCount } object { id name kind mentionCount }';
  const $ = id => document.getElementById(id);
  const state = readState();
  let ready;

  async function gql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(body.errors.map(e => e.message).join('; '));
    return body.data;
  }

  function readState() {
    const p = new URLSearchParams(location.search);
    const list = k => (p.get(k) || '').split(',').filter(Boolean);
    return {
      focus: p.get('focus'), types: list('types'), from: p.get('from') || '', to: p.get('to') || '',
      min: Number(p.get('min') || 0), rollup: p.get('rollup') !== '0', expanded: list('expand'), edge: p.get('edge'),
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
    if (state.expanded.length) p.set('expand', state.expanded.join(','));
    if (state.edge) p.set('edge', state.edge);
    history.replaceState(null, '', `${location.pathname}?${p}`);
    $('query-text').textContent = selectionQuery();
  }

  function where(extra) {
    const w = { ...extra };
    if (state.types.length) w.types = state.types;
    if (state.from) w.dateFrom = state.from;
    if (state.to) w.dateTo = state.to;
    if (state.min) w.minConfidence = state.min;
    return w;
  }

  /** The GraphQL query that shows the current selection, for the IDE. */
  function selectionQuery() {
    if (!state.focus) return '';
    const types = state.types.length ? `, types: [${state.types.join(', ')}]` : '';
    return state.rollup
      ? `{\n  node(id: "${state.focus}") { ... on Country { name counterparts(direction: OUTGOING${types}) { entity { name kind } count relations(first: 3) { via { name } relation { type evidence { sentence statement { text speaker { name } } } article { title } } } } } }\n}`
      : `{\n  relations(where: ${JSON.stringify(where({ subject: state.focus })).replace(/"(\w+)":/g, '$1: ').replace(/"([A-Z_]+)"/g, '$1')}, first: 50) {\n    edges { node { type subject { name } object { name } evidence { sentence statement { text speaker { name } } } article { title outlet publishedAt } } }\n  }\n}`;
  }

  if (!window.cytoscape) return;
  const cy = cytoscape({
    container: $('cy'),
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 2, width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)' } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'text-rotation': 'autorotate' } },
      { selector: 'edge:selected', style: { width: 4, 'line-color': '#111', 'target-arrow-color': '#111' } },
    ],
  });

  function addEntity(e) {
    if (cy.getElementById(e.id).nonempty()) return;
    const size = 16 + 8 * Math.log2(1 + (e.mentionCount || 0));
    cy.add({ group: 'nodes', data: { id: e.id, label: e.name, kind: e.kind, size, colour: NODE_COLOURS[e.kind] || '#666' } });
  }

  function addEdge(id, relationId, source, target, label, kind) {
    if (cy.getElementById(id).nonempty()) return;
    cy.add({ group: 'edges', data: { id, relationId, source, target, label, colour: COLOURS[kind] || '#888' } });
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `${cy.getElementById(source).data('label')} — ${label} → ${cy.getElementById(target).data('label')}`;
    button.dataset.edge = id;
    button.addEventListener('click', () => selectEdge(id));
    item.append(button);
    $('edges').append(item);
  }

  async function neighbours(id) {
    const q = `query($a: RelationFilterInput, $b: RelationFilterInput) {
      out: relations(where: $a, first: 500) { edges { node { ${RELATION} } } }
      in: relations(where: $b, first: 500) { edges { node { ${RELATION} } } } }`;
    const data = await gql(q, { a: where({ subject: id }), b: where({ object: id }) });
    for (const r of [...data.out.edges, ...data.in.edges].map(e => e.node)) {
      addEntity(r.subject); addEntity(r.object);
      addEdge(r.id, r.id, r.subject.id, r.object.id, r.type, r.kind);
    }
  }

  async function rollUp(id) {
    const types = state.types.length ? state.types : null;
    const q = `query($id: ID!, $types: [RelationType!]) { node(id: $id) { ... on Country {
      out: rollUp(direction: OUTGOING, types: $types, first: 500) { via { name } counterpart { id name kind mentionCount } relation { ${RELATION} } }
      in: rollUp(direction: INCOMING, types: $types, first: 500) { via { name } counterpart { id name kind mentionCount } relation { ${RELATION} } } } } }`;
    const data = await gql(q, { id, types });
    if (!data.node || !data.node.out) return neighbours(id);
    const country = { id, name: cy.getElementById(id).data('label') || id, kind: 'COUNTRY' };
    for (const [list, outgoing] of [[data.node.out, true], [data.node.in, false]]) {
      for (const r of list) {
        if (state.min && r.relation.confidence < state.min) continue;
        addEntity(r.counterpart);
        const label = r.via ? `${r.relation.type} (via ${r.via.name})` : r.relation.type;
        const [source, target] = outgoing ? [country.id, r.counterpart.id] : [r.counterpart.id, country.id];
        addEdge(`${r.relation.id}|${source}|${target}`, r.relation.id, source, target, label, r.relation.kind);
      }
    }
  }

  async function show() {
    cy.elements().remove();
    $('edges').replaceChildren();
    if (!state.focus) return;
    $('status').textContent = 'Loading…';
    const data = await gql('query($id: ID!) { node(id: $id) { id ... on Entity { name kind mentionCount } } }', { id: state.focus });
    if (!data.node) { $('status').textContent = `Nothing has the id ${state.focus}.`; return; }
    addEntity(data.node);
    cy.getElementById(state.focus).addClass('focus');
    await (state.rollup && data.node.kind === 'COUNTRY' ? rollUp(state.focus) : neighbours(state.focus));
    for (const id of state.expanded) await neighbours(id);
    layout();
    $('status').textContent = `${cy.nodes().length} entities, ${cy.edges().length} edges.`;
    if (state.edge && cy.getElementById(state.edge).nonempty()) await selectEdge(state.edge);
  }

  function layout() {
    const big = cy.elements().length > 300;
    cy.layout(big ? { name: 'concentric', animate: false, minNodeSpacing: 4, concentric: n => n.hasClass('focus') ? 2 : 1, levelWidth: () => 1 }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90 }).run();
    cy.fit(undefined, 20);
  }

  async function selectEdge(id) {
    const edge = cy.getElementById(id);
    if (edge.empty()) return;
    cy.elements().unselect();
    edge.select();
    state.edge = id;
    writeState();
    const data = await gql(`query($id: ID!) { node(id: $id) { ... on Relation { type kind confidence date modality
      subject { name } object { name } article { title outlet publishedAt }
      evidence { sentence statement { text kind speaker { name label(language: "ar") } source { name } } } } } }`, { id: edge.data('relationId') });
    renderEvidence(data.node);
  }

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  }

  function renderEvidence(r) {
    const panel = $('evidence');
    panel.replaceChildren(el('h2', { textContent: 'Evidence' }));
    if (!r) { panel.append(el('p', { textContent: 'This edge is no longer in the graph.' })); return; }
    panel.append(el('h3', { className: `kind-${r.kind}`, textContent: `${r.subject.name} — ${r.type} → ${r.object.name}` }));
    panel.append(el('p', { className: 'meta', textContent: `confidence ${r.confidence.toFixed(2)} · ${r.modality.toLowerCase()}${r.date ? ` · ${r.date}` : ''}` }));
    for (const e of r.evidence) {
      const s = e.statement;
      if (s) {
        panel.append(el('blockquote', { className: 'quote', dir: 'rtl', lang: 'ar', textContent: s.text }));
        const who = s.speaker ? `${s.speaker.name}${s.speaker.label ? ` (${s.speaker.label})` : ''}` : 'unattributed';
        panel.append(el('p', { className: 'meta', textContent: `— ${who}, ${s.kind.toLowerCase()}${s.source ? `, reported by ${s.source.name}` : ''}` }));
      }
      const sentence = el('p', { className: 'sentence', dir: 'rtl', lang: 'ar' });
      const at = s ? e.sentence.indexOf(s.text) : -1;
      if (at >= 0) sentence.append(e.sentence.slice(0, at), el('mark', { textContent: s.text }), e.sentence.slice(at + s.text.length));
      else sentence.textContent = e.sentence;
      panel.append(sentence);
    }
    const a = r.article;
    panel.append(el('p', { className: 'meta', textContent: [a.title, a.outlet, a.publishedAt].filter(Boolean).join(' · ') }));
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
    writeState();
    await show();
  }

  async function init() {
    const enumData = await gql('{ __type(name: "RelationType") { enumValues { name } } }');
    for (const { name } of enumData.__type.enumValues) {
      const box = el('input', { type: 'checkbox', value: name, id: `type-${name}`, checked: state.types.includes(name) });
      box.addEventListener('change', () => { state.types = [...document.querySelectorAll('#types input:checked')].map(b => b.value); writeState(); show(); });
      $('types').append(el('label', { htmlFor: box.id }, box, ` ${name}`));
    }
    Object.assign($('from'), { value: state.from }); Object.assign($('to'), { value: state.to });
    $('min').value = String(state.min); $('rollup').checked = state.rollup;
    for (const [id, key, read] of [['from', 'from', v => v], ['to', 'to', v => v], ['min', 'min', Number]])
      $(id).addEventListener('change', () => { state[key] = read($(id).value); writeState(); show(); });
    $('rollup').addEventListener('change', () => { state.rollup = $('rollup').checked; writeState(); show(); });
    $('copy-query').addEventListener('click', async () => {
      try { await navigator.clipboard.writeText(selectionQuery()); $('status').textContent = 'Query copied: paste it into a new document in the IDE.'; }
      catch { $('status').textContent = 'Copy is not allowed here: open “The query behind this view” and copy it by hand.'; }
    });
    let timer;
    $('search').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => suggest($('search').value).catch(() => {}), 150); });
    $('search-form').addEventListener('submit', ev => { ev.preventDefault(); choose($('search').value); });
    cy.on('tap', 'node', ev => { const id = ev.target.id(); if (!state.expanded.includes(id) && id !== state.focus) { state.expanded.push(id); writeState(); neighbours(id).then(layout); } });
    cy.on('tap', 'edge', ev => selectEdge(ev.target.id()));
    writeState();
    await show();
    window.graphExplorer.firstDrawMs = performance.now() - started;
  }

  ready = init().catch(e => { $('status').textContent = `Error: ${e.message}`; throw e; });
  window.graphExplorer = { cy, ready, state, firstDrawMs: null };
})();
