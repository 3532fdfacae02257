// The panels beside the graph page's drawing: the evidence of an edge and the legend. Every text from the graph is set
// with textContent, never parsed as markup.
'use strict';
window.GraphPanels = (() => {
  const COLOURS = { CONFLICT: '#b3261e', COOPERATION: '#1e7b34', SPEECH: '#6b4fbb', MEMBERSHIP: '#8a94a6' };
  const KIND_NAMES = { CONFLICT: 'conflict (criticized, accused, warned …)', COOPERATION: 'cooperation (met, supported, praised …)', SPEECH: 'speech', MEMBERSHIP: 'membership (office, member of)' };
  const NODE_COLOURS = { COUNTRY: '#23395d', PERSON: '#c77d00', ORGANIZATION: '#2e7d8c', BLOC: '#7b3f8c', PLACE: '#6d6d6d' };

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  }

  /** The evidence panel as it is before an edge is chosen. */
  function resetEvidence() {
    document.getElementById('evidence').replaceChildren(el('h2', { textContent: 'Evidence' }), el('p', { textContent: 'Select an edge to read what shows it.' }));
  }

  /** The relations an edge stands for, each with its quotes and sentences, under a line saying which edge and how many. */
  function renderEvidence(summary, relations) {
    const panel = document.getElementById('evidence');
    panel.replaceChildren(el('h2', { textContent: 'Evidence' }), el('p', { className: 'meta', textContent: summary }));
    if (!relations.length) { panel.append(el('p', { textContent: 'This edge is no longer in the graph.' })); return; }
    for (const r of relations) panel.append(renderRelation(r));
  }

  function renderRelation(r) {
    const box = el('section', { className: 'relation' });
    box.append(el('h3', { className: `kind-${r.kind}`, textContent: `${r.subject.name} — ${r.type} → ${r.object.name}` }));
    const when = r.dateText || r.date;
    box.append(el('p', { className: 'meta', textContent: `confidence ${r.confidence.toFixed(2)} · ${r.modality.toLowerCase()}${when ? ` · ${when}` : ''}` }));
    for (const e of r.evidence) {
      const s = e.statement;
      if (s) {
        box.append(el('blockquote', { className: 'quote', dir: 'rtl', lang: 'ar', textContent: s.text }));
        const who = s.speaker ? `${s.speaker.name}${s.speaker.label ? ` (${s.speaker.label})` : ''}` : 'unattributed';
        box.append(el('p', { className: 'meta', textContent: `— ${who}, ${s.kind.toLowerCase()}${s.source ? `, reported by ${s.source.name}` : ''}` }));
      }
      const sentence = el('p', { className: 'sentence', dir: 'rtl', lang: 'ar' });
      const at = s ? e.sentence.indexOf(s.text) : -1;
      if (at >= 0) sentence.append(e.sentence.slice(0, at), el('mark', { textContent: s.text }), e.sentence.slice(at + s.text.length));
      else sentence.textContent = e.sentence;
      box.append(sentence);
    }
    const a = r.article;
    box.append(el('p', { className: 'meta', textContent: [a.title, a.outlet, a.publishedAt].filter(Boolean).join(' · ') }));
    return box;
  }

  /** Node kinds and edge colours, as the drawing uses them. */
  function legend(lines) {
    const item = (colour, text, line) => {
      const swatch = el('span', { className: line ? 'swatch line' : 'swatch' });
      swatch.style.backgroundColor = colour;
      swatch.setAttribute('aria-hidden', 'true');
      return el('li', {}, swatch, text);
    };
    document.getElementById('legend-nodes').replaceChildren(...Object.entries(NODE_COLOURS).map(([k, c]) => item(c, k.toLowerCase())));
    document.getElementById('legend-edges').replaceChildren(...Object.entries(COLOURS).map(([k, c]) => item(c, KIND_NAMES[k], true)),
      el('li', { textContent: lines ? 'one line per relation' : 'one line per pair and direction; wider: more relations' }));
  }

  return { COLOURS, NODE_COLOURS, el, resetEvidence, renderEvidence, legend };
})();
