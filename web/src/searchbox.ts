/**
 * Name search with suggestions over labels and aliases (an ARIA combobox: arrows, Enter, Escape), used by the
 * top bar and by the panel's "merge into" and "path to" pickers.
 */
import type { CoMentionGraph } from '../../src/types.js';
import { append, clear, el, formatNumber } from './dom.js';
import { TYPE_COLORS } from './model/palette.js';
import { searchEntities, type SearchHit } from './model/search.js';

let listCounter = 0;

/** Wires suggestions to an input; `choose` gets the picked node key. */
export function attachSuggestions(
  graph: CoMentionGraph,
  input: HTMLInputElement,
  list: HTMLUListElement,
  choose: (key: string) => void,
  exclude?: string,
): void {
  let hits: SearchHit[] = [];
  let active = -1;
  if (!list.id) list.id = `suggestions-${++listCounter}`;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    choose(hit.key);
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, index) => {
      const dot = el('span', { className: 'dot', 'aria-hidden': 'true' });
      dot.style.background = TYPE_COLORS[hit.type] ?? '#999';
      const option = el(
        'li',
        { role: 'option', id: `${list.id}-${index}`, 'aria-selected': String(index === active) },
        dot,
        el('span', {}, hit.label),
        el('span', { className: 'visually-hidden' }, `, ${hit.type}`),
        hit.alias ? el('span', { className: 'alias' }, `“${hit.alias}”`) : null,
        el('span', { className: 'count' }, formatNumber(hit.mentions)),
      );
      // mousedown, not click: the input's blur would otherwise close the list first.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(hit);
      });
      append(list, option);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    hits = searchEntities(graph, input.value, 9).filter((hit) => hit.key !== exclude);
    active = hits.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}

/** A small inline form: an input with suggestions, calling `choose` once with the picked entity. */
export function createEntityPicker(graph: CoMentionGraph, label: string, choose: (key: string) => void, exclude?: string): HTMLElement {
  const input = el('input', { type: 'search', 'aria-label': label });
  input.placeholder = label;
  input.autocomplete = 'off';
  const list = el('ul', { className: 'search-results' });
  list.hidden = true;
  attachSuggestions(graph, input, list, choose, exclude);
  return el('div', { className: 'inline-form' }, input, list);
}
