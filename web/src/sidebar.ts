/**
 * The left sidebar: how the graph is drawn (colour, size), what it shows (filters, with live counts) and the
 * curation log with undo.
 */
import type { CoMentionWindow, EntityType, OverrideRule } from '../../src/types.js';
import { ENTITY_TYPES } from '../../src/types.js';
import type { ColorBy, Explorer, SizeBy } from './app.js';
import { append, clear, el, formatNumber } from './dom.js';
import { communityColor, TYPE_COLORS, TYPE_LABELS } from './model/palette.js';

export interface SidebarActions {
  undo(): void;
  downloadOverrides(): void;
  saveStatus(): string;
}

function segmented<T extends string>(label: string, options: Array<[T, string]>, current: T, pick: (value: T) => void): HTMLElement {
  return el(
    'div',
    { className: 'field', role: 'group', 'aria-label': label },
    el('span', {}, label),
    el(
      'div',
      { className: 'segmented' },
      ...options.map(([value, text]) => el('button', { type: 'button', 'aria-pressed': String(value === current), onClick: () => pick(value) }, text)),
    ),
  );
}

function describeRule(rule: OverrideRule, label: (key: string) => string): string {
  switch (rule.op) {
    case 'merge':
      return `Merged ${label(rule.from)} into ${label(rule.into)}`;
    case 'rename':
      return `Renamed ${label(rule.entity)} to ${rule.label}`;
    case 'retype':
      return `${label(rule.entity)} is now a ${rule.type}`;
    case 'ignore':
      return `Hid ${label(rule.entity)}`;
    case 'split':
      return `Split “${rule.alias}” from ${label(rule.entity)} (next build)`;
  }
}

/** Shows a node key as a readable name, also for entities no longer in the graph. */
function keyLabel(key: string): string {
  const name = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
  return name.replace(/-/g, ' ');
}

export class Sidebar {
  private structure = '';
  private typeCountCells = new Map<EntityType, HTMLElement>();

  constructor(
    private readonly explorer: Explorer,
    private readonly root: HTMLElement,
    private readonly actions: SidebarActions,
  ) {
    explorer.on(() => this.render());
    this.render();
  }

  /** Filter changes only update counts: rebuilding would tear a slider out from under the pointer dragging it. */
  render(): void {
    const explorer = this.explorer;
    const structure = [explorer.filterResets, explorer.window, explorer.colorBy, explorer.sizeBy, explorer.changes.length, explorer.filters.ego?.center, explorer.filters.ego?.hops, explorer.graph.order, explorer.graph.size, this.actions.saveStatus()].join('|');
    if (structure === this.structure) {
      this.updateCounts();
      return;
    }
    this.structure = structure;
    this.rebuild();
  }

  /** Where the graph comes from: what a reader needs to cite it or rebuild it. */
  private about(): HTMLElement {
    const attributes = this.explorer.graph.getAttributes();
    const rows: Array<[string, string]> = [];
    if (typeof attributes.corpus === 'string') rows.push(['Corpus', attributes.corpus]);
    if (typeof attributes.documents === 'number') rows.push(['Documents', formatNumber(attributes.documents)]);
    if (typeof attributes.skippedDocuments === 'number' && attributes.skippedDocuments > 0) rows.push(['Near-duplicates left out', formatNumber(attributes.skippedDocuments)]);
    rows.push(['Built with window', String(attributes.window ?? 'unknown')]);
    if (typeof attributes.createdAt === 'string') rows.push(['Built', attributes.createdAt.slice(0, 16).replace('T', ' ')]);
    if (typeof attributes.tool === 'string') rows.push(['Tool', `${attributes.tool} ${String(attributes.toolVersion ?? '')}`.trim()]);
    return el(
      'section',
      { className: 'section about' },
      el('h2', {}, 'About this graph'),
      el('dl', {}, ...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)])),
    );
  }

  private updateCounts(): void {
    const counts = this.explorer.typeCounts();
    for (const [type, cell] of this.typeCountCells) {
      const count = counts.get(type)!;
      cell.textContent = count.visible === count.total ? formatNumber(count.total) : `${formatNumber(count.visible)} / ${formatNumber(count.total)}`;
    }
  }

  private rebuild(): void {
    // Keep keyboard focus on the control that caused the rebuild.
    const focusedId = document.activeElement && this.root.contains(document.activeElement) ? document.activeElement.id : '';
    clear(this.root);
    this.typeCountCells.clear();
    const explorer = this.explorer;
    const { graph } = explorer;
    // Handlers read the filters at event time: the sidebar outlives many filter changes.
    const filters = () => explorer.filters;

    append(
      this.root,
      el(
        'section',
        { className: 'section' },
        el('h2', {}, 'Appearance'),
        segmented<ColorBy>('Colour by', [['type', 'Type'], ['community', 'Community']], explorer.colorBy, (colorBy) => explorer.setStyle({ colorBy })),
        segmented<SizeBy>('Size by', [['mentions', 'Mentions'], ['degree', 'Links'], ['pagerank', 'PageRank']], explorer.sizeBy, (sizeBy) => explorer.setStyle({ sizeBy })),
      ),
    );

    const legend = el('ul', { className: 'legend', 'aria-label': 'Entity types' });
    for (const type of ENTITY_TYPES) {
      const checkbox = el('input', { type: 'checkbox', id: `filter-type-${type}` });
      checkbox.checked = filters().types.has(type);
      checkbox.addEventListener('change', () => {
        const types = new Set(filters().types);
        if (checkbox.checked) types.add(type);
        else types.delete(type);
        explorer.setFilters({ types: types as Set<EntityType> });
      });
      const dot = el('span', { className: 'dot', 'aria-hidden': 'true' });
      dot.style.background = TYPE_COLORS[type];
      const cell = el('span', { className: 'count' });
      this.typeCountCells.set(type, cell);
      append(legend, el('li', {}, el('label', {}, checkbox, dot, TYPE_LABELS[type], cell)));
    }

    let maxWeight = 1;
    graph.forEachEdge((_edge, attributes) => {
      maxWeight = Math.max(maxWeight, attributes.weight);
    });
    let maxMentions = 1;
    graph.forEachNode((_node, attributes) => {
      maxMentions = Math.max(maxMentions, attributes.mentions ?? 0);
    });
    const slider = (id: string, label: string, value: number, max: number, apply: (value: number) => void) => {
      const input = el('input', { type: 'range', id });
      input.min = '1';
      input.max = String(Math.max(1, max));
      input.value = String(Math.min(value, max));
      const shown = el('output', { 'aria-hidden': 'true' }, String(value));
      input.addEventListener('input', () => {
        shown.textContent = input.value;
        apply(Number(input.value));
      });
      return el('label', { className: 'field' }, el('span', {}, label, shown), input);
    };

    const filterSection = el(
      'section',
      { className: 'section' },
      el('h2', {}, 'Show'),
      explorer.canSwitchWindow()
        ? segmented<CoMentionWindow>('Linked when in the same', [['sentence', 'Sentence'], ['paragraph', 'Paragraph'], ['document', 'Document']], explorer.window, (window) => explorer.setWindow(window))
        : null,
      legend,
      slider('filter-min-weight', 'Minimum times together', filters().minWeight, Math.min(maxWeight, 50), (minWeight) => explorer.setFilters({ minWeight })),
      slider('filter-min-mentions', 'Minimum mentions', filters().minMentions, Math.min(maxMentions, 50), (minMentions) => explorer.setFilters({ minMentions })),
    );

    const isolated = el('input', { type: 'checkbox', id: 'filter-hide-isolated' });
    isolated.checked = filters().hideIsolated === true;
    isolated.addEventListener('change', () => explorer.setFilters({ hideIsolated: isolated.checked }));
    append(filterSection, el('ul', { className: 'legend' }, el('li', {}, el('label', {}, isolated, 'Hide entities without links'))));

    const dates = [...explorer.documents.values()].map((record) => record.date?.slice(0, 10)).filter((date): date is string => Boolean(date)).sort();
    if (dates.length) {
      const from = el('input', { type: 'date', id: 'filter-date-from', 'aria-label': 'From date' });
      const to = el('input', { type: 'date', id: 'filter-date-to', 'aria-label': 'To date' });
      from.min = to.min = dates[0]!;
      from.max = to.max = dates[dates.length - 1]!;
      from.value = filters().dateFrom ?? '';
      to.value = filters().dateTo ?? '';
      const apply = () => explorer.setFilters({ dateFrom: from.value || undefined, dateTo: to.value || undefined });
      from.addEventListener('change', apply);
      to.addEventListener('change', apply);
      append(filterSection, el('div', { className: 'field' }, el('span', {}, `Dates (${dates[0]} – ${dates[dates.length - 1]})`), el('div', { className: 'row' }, from, to)));
    }

    const communities = new Map<number, number>();
    graph.forEachNode((_node, attributes) => {
      if (attributes.community !== undefined) communities.set(attributes.community, (communities.get(attributes.community) ?? 0) + 1);
    });
    if (communities.size > 1) {
      const list = el('ul', { className: 'legend', 'aria-label': 'Communities' });
      const ordered = [...communities].sort((a, b) => b[1] - a[1]);
      for (const [community, size] of ordered.slice(0, 12)) {
        const checkbox = el('input', { type: 'checkbox', id: `filter-community-${community}` });
        checkbox.checked = !filters().communities || filters().communities!.has(community);
        checkbox.addEventListener('change', () => {
          const kept = new Set(filters().communities ?? communities.keys());
          if (checkbox.checked) kept.add(community);
          else kept.delete(community);
          explorer.setFilters({ communities: kept.size === communities.size ? undefined : kept });
        });
        const dot = el('span', { className: 'dot', 'aria-hidden': 'true' });
        dot.style.background = communityColor(community);
        append(list, el('li', {}, el('label', {}, checkbox, dot, `Community ${community}`, el('span', { className: 'count' }, formatNumber(size)))));
      }
      append(filterSection, el('div', { className: 'field' }, el('span', {}, `Communities (${communities.size})`), list));
    }
    const ego = filters().ego;
    if (ego) {
      const centre = graph.hasNode(ego.center) ? graph.getNodeAttribute(ego.center, 'label') : ego.center;
      append(filterSection, el('div', { className: 'row' }, el('span', { className: 'meta' }, `Only ${ego.hops === 1 ? 'neighbours' : '2 hops'} of ${centre}`), el('button', { type: 'button', className: 'small-button', onClick: () => explorer.setFilters({ ego: undefined }) }, 'Show all')));
    }
    append(this.root, filterSection);

    const changes = explorer.changes;
    const label = (key: string, known: Record<string, string>) => known[key] ?? (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : keyLabel(key));
    const undo = el('button', { type: 'button', id: 'undo', onClick: () => this.actions.undo() }, 'Undo');
    undo.disabled = changes.length === 0;
    const download = el('button', { type: 'button', onClick: () => this.actions.downloadOverrides() }, 'Download rules');
    append(
      this.root,
      el(
        'section',
        { className: 'section' },
        el('h2', {}, `Changes (${changes.length})`),
        changes.length ? el('ul', { className: 'changes' }, ...changes.slice(-8).reverse().map((change) => el('li', {}, describeRule(change.rule, (key) => label(key, change.labels))))) : el('p', { className: 'save-status' }, 'Merge, rename, retype or hide entities from the details panel.'),
        el('div', { className: 'row' }, undo, download),
        el('p', { className: 'save-status', id: 'save-status' }, this.actions.saveStatus()),
      ),
    );
    append(this.root, this.about());
    this.updateCounts();
    if (focusedId) document.getElementById(focusedId)?.focus();
  }
}
