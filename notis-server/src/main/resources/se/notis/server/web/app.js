'use strict';
// notis web page. Article data is only ever put into the page with textContent or as
// attribute values through the DOM API: never as HTML, so a <script> in an article cannot run.

const view = document.getElementById('view');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) throw new Error((body && body.error) || ('HTTP ' + response.status));
  return body;
}

function showError(target, error) {
  target.append(el('p', { class: 'error', role: 'alert', text: 'Fel: ' + error.message }));
}

function entityHref(canonical) { return '#/entity/' + encodeURIComponent(canonical); }
function docHref(id) { return '#/doc/' + encodeURIComponent(id); }

// ---- rendering an analysed document

/** Text with entities, dates and quotes marked, from code-point offsets. */
function renderAnnotated(doc) {
  const cps = Array.from(doc.text || '');
  const n = cps.length;
  const entAt = new Int32Array(n).fill(-1);
  const timexAt = new Int32Array(n).fill(-1);
  const quoteAt = new Int32Array(n).fill(-1);
  const mark = (array, spans) => (spans || []).forEach((span, i) => {
    for (let k = Math.max(0, span.start); k < Math.min(n, span.end); k++) if (array[k] < 0) array[k] = i;
  });
  mark(entAt, doc.entities);
  mark(timexAt, doc.timex);
  mark(quoteAt, doc.quotes);
  const box = el('div', { class: 'doc-text', id: 'doc-text' });
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && entAt[k] === entAt[start] && timexAt[k] === timexAt[start] && quoteAt[k] === quoteAt[start]) continue;
    const text = cps.slice(start, k).join('');
    let node = document.createTextNode(text);
    const e = entAt[start], t = timexAt[start], q = quoteAt[start];
    if (e >= 0) {
      const ent = doc.entities[e];
      node = el('a', { class: 'ent ent-' + ent.type, href: entityHref(ent.canonical || ent.text),
        title: ent.type + ': ' + (ent.canonical || ent.text), 'data-canonical': ent.canonical || ent.text }, node);
    }
    if (t >= 0) {
      const tx = doc.timex[t];
      node = el('span', { class: 'timex', title: tx.type + (tx.value ? ' = ' + tx.value : '') }, node);
    }
    if (q >= 0) {
      const quote = doc.quotes[q];
      node = el('span', { class: 'quote', title: 'Citat: ' + ((quote.speaker && quote.speaker.canonical) || 'okänd') }, node);
    }
    box.append(node);
    start = k;
  }
  return box;
}

function renderAnalysis(doc) {
  const out = el('div', { id: 'analysis' });
  if (doc.title) out.append(el('h2', { text: doc.title }));
  const meta = [doc.date, doc.source].filter(Boolean).join(' · ');
  if (meta) out.append(el('p', { class: 'muted', text: meta }));
  out.append(el('p', { class: 'legend muted' },
    el('span', { class: 'ent ent-PER', text: 'person' }), el('span', { class: 'ent ent-LOC', text: 'plats' }),
    el('span', { class: 'ent ent-ORG', text: 'organisation' }), el('span', { class: 'ent ent-MISC', text: 'övrigt' }),
    el('span', { class: 'timex', text: 'tid' }), el('span', { class: 'quote', text: 'citat' })));
  out.append(renderAnnotated(doc));
  const counts = [
    (doc.sentences || []).length + ' meningar', (doc.tokens || []).length + ' ord',
    (doc.entities || []).length + ' namn', (doc.quotes || []).length + ' citat', (doc.timex || []).length + ' tidsuttryck'];
  out.append(el('p', { class: 'muted', id: 'analysis-counts', text: counts.join(' · ') }));
  if ((doc.entities || []).length) {
    const seen = new Map();
    doc.entities.forEach(ent => {
      const key = ent.type + '|' + (ent.canonical || ent.text);
      seen.set(key, { ent, count: (seen.get(key) || { count: 0 }).count + 1 });
    });
    const table = el('table', { id: 'entity-table' }, el('tr', {}, el('th', { text: 'Namn' }), el('th', { text: 'Typ' }), el('th', { text: 'Antal' })));
    for (const { ent, count } of seen.values()) {
      table.append(el('tr', {}, el('td', {}, el('a', { href: entityHref(ent.canonical || ent.text), text: ent.canonical || ent.text })),
        el('td', { text: ent.type }), el('td', { text: count })));
    }
    out.append(el('h3', { text: 'Namn' }), table);
  }
  if ((doc.quotes || []).length) {
    out.append(el('h3', { text: 'Citat' }));
    doc.quotes.forEach(quote => {
      const speaker = quote.speaker ? (quote.speaker.canonical || quote.speaker.text) : 'okänd talare';
      out.append(el('blockquote', { class: 'quote-item' }, el('strong', { text: speaker + ': ' }), quote.text));
    });
  }
  if ((doc.timex || []).length) {
    const table = el('table', { id: 'timex-table' }, el('tr', {}, el('th', { text: 'Uttryck' }), el('th', { text: 'Typ' }), el('th', { text: 'Värde' })));
    doc.timex.forEach(tx => table.append(el('tr', {}, el('td', { text: tx.text }), el('td', { text: tx.type }), el('td', { text: tx.value || '–' }))));
    out.append(el('h3', { text: 'Tid' }), table);
  }
  return out;
}

/** A snippet from the API: escaped text with <b>…</b> marks. Parsed by hand, never as HTML. */
function renderSnippet(snippet) {
  const p = el('p', { class: 'snippet' });
  const unescape = s => s.replace(/&(lt|gt|amp|quot|#39|#x27|#x2F);/g, (m, code) =>
    ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'", '#x2F': '/' })[code]);
  const parts = (snippet || '').split(/(<b>|<\/b>)/);
  let bold = false;
  for (const part of parts) {
    if (part === '<b>') { bold = true; continue; }
    if (part === '</b>') { bold = false; continue; }
    if (!part) continue;
    p.append(bold ? el('mark', { text: unescape(part) }) : document.createTextNode(unescape(part)));
  }
  return p;
}

// ---- views

function analyzeView() {
  clear(view);
  const area = el('textarea', { id: 'analyze-text', placeholder: 'Klistra in en artikel (text eller HTML) …' });
  const date = el('input', { type: 'text', id: 'analyze-date', placeholder: 'publiceringsdatum ÅÅÅÅ-MM-DD' });
  const file = el('input', { type: 'file', id: 'analyze-file', accept: '.txt,.html,.htm,text/plain,text/html' });
  const result = el('div', { id: 'analyze-result' });
  let contentType = 'text/plain; charset=utf-8';
  file.addEventListener('change', () => {
    const chosen = file.files[0];
    if (!chosen) return;
    contentType = /\.html?$/i.test(chosen.name) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    chosen.text().then(text => { area.value = text; });
  });
  area.addEventListener('input', () => { contentType = /^\s*</.test(area.value) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8'; });
  const run = async () => {
    clear(result);
    result.append(el('p', { class: 'muted', text: 'Analyserar …' }));
    const query = date.value.trim() ? '?date=' + encodeURIComponent(date.value.trim()) : '';
    try {
      const doc = await api('/api/analyze' + query, { method: 'POST', headers: { 'Content-Type': contentType }, body: area.value });
      clear(result);
      result.append(renderAnalysis(doc));
    } catch (e) { clear(result); showError(result, e); }
  };
  view.append(el('h1', { text: 'Analysera en artikel' }), area,
    el('div', { class: 'row' }, file, date, el('button', { id: 'analyze-button', onclick: run, text: 'Analysera' })), result);
}

function searchView(params) {
  clear(view);
  const q = params.get('q') || '';
  const input = el('input', { type: 'search', id: 'search-input', value: q, placeholder: 'Sök, t.ex. flykting eller "gränsen mot Mexiko"' });
  const sort = el('select', { id: 'search-sort' }, el('option', { value: 'relevance', text: 'relevans' }), el('option', { value: 'date', text: 'nyast först' }));
  sort.value = params.get('sort') || 'relevance';
  const go = () => {
    const next = new URLSearchParams(params);
    next.set('q', input.value);
    next.set('sort', sort.value);
    location.hash = '#/search?' + next.toString();
  };
  input.addEventListener('keydown', e => { if (e.key === 'Enter') go(); });
  const results = el('div', { id: 'search-results' });
  const facets = el('aside', { id: 'search-facets' });
  view.append(el('h1', { text: 'Sök i arkivet' }),
    el('div', { class: 'row' }, input, sort, el('button', { id: 'search-button', onclick: go, text: 'Sök' })));
  const filters = el('p', { class: 'filters' });
  for (const key of ['entity', 'source', 'from', 'to']) {
    params.getAll(key).forEach(value => {
      const without = new URLSearchParams(params);
      without.delete(key);
      params.getAll(key).filter(v => v !== value).forEach(v => without.append(key, v));
      filters.append(el('span', {}, key + ': ' + value + ' ', el('a', { href: '#/search?' + without.toString(), text: '×' })));
    });
  }
  view.append(filters, el('div', { class: 'layout' }, results, facets));
  if (!params.has('q') && ![...params.keys()].length) return;
  const query = new URLSearchParams(params);
  query.set('limit', '20');
  api('/api/search?' + query.toString()).then(result => {
    results.append(el('p', { class: 'muted', id: 'search-total', text: result.total + ' träffar (' + result.tookMillis.toFixed(1) + ' ms)' }));
    result.hits.forEach(hit => {
      results.append(el('div', { class: 'hit' },
        el('h3', {}, el('a', { class: 'hit-title', href: docHref(hit.id), text: hit.title || hit.id })),
        el('div', { class: 'meta', text: [hit.date, hit.source].filter(Boolean).join(' · ') }),
        renderSnippet(hit.snippet)));
    });
    const names = { people: 'Personer', places: 'Platser', organisations: 'Organisationer', sources: 'Källor', months: 'Månader' };
    const types = { people: 'PER', places: 'LOC', organisations: 'ORG' };
    for (const [dim, values] of Object.entries(result.facets || {})) {
      if (!values.length) continue;
      const box = el('div', { class: 'facet', id: 'facet-' + dim }, el('h4', { text: names[dim] || dim }));
      values.forEach(v => {
        const next = new URLSearchParams(params);
        if (types[dim]) next.append('entity', types[dim] + ':' + v.value);
        else if (dim === 'sources') next.set('source', v.value);
        else if (dim === 'months') { next.set('from', v.value + '-01'); next.set('to', lastDay(v.value)); }
        box.append(el('a', { href: '#/search?' + next.toString(), text: v.value + ' (' + v.count + ')' }));
      });
      facets.append(box);
    }
  }).catch(e => showError(results, e));
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0));
  return month + '-' + String(d.getUTCDate()).padStart(2, '0');
}

function quotesView(params) {
  clear(view);
  const input = el('input', { type: 'search', id: 'quotes-input', value: params.get('q') || '', placeholder: 'vad har Trump sagt om gränsen' });
  const go = () => { location.hash = '#/quotes?q=' + encodeURIComponent(input.value); };
  input.addEventListener('keydown', e => { if (e.key === 'Enter') go(); });
  const results = el('div', { id: 'quotes-results' });
  view.append(el('h1', { text: 'Citat' }), el('div', { class: 'row' }, input, el('button', { onclick: go, text: 'Sök' })), results);
  if (!params.get('q')) return;
  api('/api/quotes?limit=30&q=' + encodeURIComponent(params.get('q'))).then(result => {
    results.append(el('p', { class: 'muted', text: result.total + ' citat' }));
    result.hits.forEach(hit => results.append(renderQuoteHit(hit)));
  }).catch(e => showError(results, e));
}

function renderQuoteHit(hit) {
  return el('blockquote', { class: 'quote-item' },
    el('strong', {}, hit.speaker ? el('a', { href: entityHref(hit.speaker), text: hit.speaker }) : 'okänd', ': '),
    hit.text, ' ', el('a', { class: 'muted', href: docHref(hit.docId), text: '— ' + (hit.title || hit.docId) + (hit.date ? ', ' + hit.date : '') }));
}

function entityView(canonical) {
  clear(view);
  const box = el('div', { id: 'entity' });
  view.append(box);
  api('/api/entities/' + encodeURIComponent(canonical) + '?limit=15').then(summary => {
    box.append(el('h1', { id: 'entity-name', text: summary.canonical }),
      el('p', { class: 'muted', text: (summary.type || '') + ' · ' + summary.documents + ' dokument · ' + summary.mentions + ' omnämnanden' }));
    if (summary.timeline.length) {
      const max = Math.max(...summary.timeline.map(t => t.count));
      const table = el('table', { id: 'entity-timeline' });
      summary.timeline.forEach(t => table.append(el('tr', {}, el('td', { text: t.value }),
        el('td', {}, el('span', { class: 'bar', style: 'width:' + Math.max(2, Math.round(200 * t.count / max)) + 'px' })), el('td', { text: t.count }))));
      box.append(el('h3', { text: 'Tidslinje' }), table);
    }
    if (summary.cooccurring.length) {
      box.append(el('h3', { text: 'Nämns tillsammans med' }));
      const list = el('ul', { id: 'entity-cooccurring' });
      summary.cooccurring.forEach(c => list.append(el('li', {}, el('a', { class: 'ent ent-' + c.type, href: entityHref(c.canonical), text: c.canonical }), ' (' + c.documents + ')')));
      box.append(list);
    }
    if (summary.quotes.length) {
      box.append(el('h3', { text: 'Citat' }));
      summary.quotes.forEach(hit => box.append(renderQuoteHit(hit)));
    }
    box.append(el('h3', { text: 'Senaste dokument' }));
    summary.recent.forEach(hit => box.append(el('div', { class: 'hit' },
      el('a', { href: docHref(hit.id), text: hit.title || hit.id }), ' ', el('span', { class: 'muted', text: hit.date || '' }))));
    box.append(el('p', {}, el('a', { href: '#/search?entity=' + encodeURIComponent(canonical), text: 'Alla dokument som nämner ' + summary.canonical })));
  }).catch(e => showError(box, e));
}

function documentView(id) {
  clear(view);
  const box = el('div', { id: 'document' });
  view.append(box);
  api('/api/documents/' + encodeURIComponent(id)).then(doc => {
    box.append(renderAnalysis(doc));
    if (doc.url && /^https?:\/\//i.test(doc.url)) box.append(el('p', {}, el('a', { href: doc.url, rel: 'noopener noreferrer', text: 'Källa' })));
  }).catch(e => showError(box, e));
}

function route() {
  const hash = location.hash || '#/analyze';
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  if (path.startsWith('/entity/')) entityView(decodeURIComponent(path.slice(8)));
  else if (path.startsWith('/doc/')) documentView(decodeURIComponent(path.slice(5)));
  else if (path.startsWith('/search')) searchView(params);
  else if (path.startsWith('/quotes')) quotesView(params);
  else analyzeView();
}

window.addEventListener('hashchange', route);
route();
