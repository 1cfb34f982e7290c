/**
 * The details panel: an entity (aliases, counts, strongest links, documents, curation) or a link (every evidence
 * sentence, both names marked). Everything from the data goes in as text.
 */
import type { CoMentionAttributes, DocumentRecord, EntityType, Evidence } from '../../src/types.js';
import { ENTITY_TYPES } from '../../src/types.js';
import type { Explorer } from './app.js';
import { append, clear, el, formatNumber } from './dom.js';
import { nameRanges, segmentText, type MarkRange, type MarkSide } from './model/highlight.js';
import { TYPE_COLORS } from './model/palette.js';
import { createEntityPicker } from './searchbox.js';

const EVIDENCE_PAGE = 10;
const TOP_NEIGHBOURS = 10;

const TYPE_NAMES: Record<EntityType, string> = { person: 'Person', organization: 'Organisation', country: 'Country' };

/** Only web links become anchors: a `javascript:` URL in a hostile corpus stays plain text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function documentLink(record: DocumentRecord | undefined, id: string): HTMLElement {
  const title = record?.title || record?.path || id;
  const href = safeHref(record?.url);
  return href ? el('a', { 'data-href': href }, title) : el('span', {}, title);
}

function finishLink(element: HTMLElement): HTMLElement {
  // href is set through the property after the scheme check; rel keeps the opened page from reaching back.
  for (const anchor of element.querySelectorAll<HTMLAnchorElement>('a[data-href]')) {
    anchor.href = anchor.dataset.href!;
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
    anchor.removeAttribute('data-href');
  }
  return element;
}

function fact(label: string, value: string, title?: string): HTMLElement {
  return el('div', { className: 'fact', title }, el('dt', {}, label), el('dd', {}, value));
}

function typeChip(type: EntityType): HTMLElement {
  const dot = el('span', { className: 'dot', 'aria-hidden': 'true' });
  dot.style.background = TYPE_COLORS[type] ?? '#999';
  return el('span', { className: 'chip' }, dot, TYPE_NAMES[type] ?? type);
}

export class DetailsPanel {
  private evidencePage = 0;
  private lastKey = '';
  private lastShown = '';

  constructor(
    private readonly explorer: Explorer,
    private readonly root: HTMLElement,
    private readonly notify: (message: string) => void,
  ) {
    explorer.on(() => this.render());
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') explorer.select(null);
    });
  }

  render(): void {
    const selection = this.explorer.selection;
    const key = selection ? `${selection.kind}:${selection.key}` : '';
    if (key !== this.lastKey) this.evidencePage = 0;
    this.lastKey = key;
    const scroll = this.root.scrollTop;
    // Re-rendering removes the focused button; keyboard users keep their place in the panel instead of the page.
    const hadFocus = this.root.contains(document.activeElement) && document.activeElement !== this.root;
    clear(this.root);
    if (this.explorer.path && !selection) {
      this.root.hidden = false;
      this.renderPath(this.explorer.path);
      return;
    }
    if (!selection) {
      this.root.hidden = true;
      return;
    }
    this.root.hidden = false;
    if (selection.kind === 'node') this.renderNode(selection.key);
    else this.renderEdge(selection.key);
    this.root.scrollTop = key === this.lastShown ? scroll : 0;
    this.lastShown = key;
    if (hadFocus) this.root.focus({ preventScroll: true });
  }

  private header(title: Node, ...extra: Array<Node | string>): HTMLElement {
    return el(
      'div',
      { className: 'panel-head' },
      el('h2', { id: 'panel-title' }, title),
      ...extra,
      el('button', { className: 'close', type: 'button', 'aria-label': 'Close details', onClick: () => (this.explorer.selection ? this.explorer.select(null) : this.explorer.clearPath()) }, '×'),
    );
  }

  private renderNode(node: string): void {
    const { graph } = this.explorer;
    const attributes = graph.getNodeAttributes(node);
    this.root.setAttribute('aria-labelledby', 'panel-title');
    const aliases = attributes.aliases.filter((alias) => alias !== attributes.label);
    append(
      this.root,
      this.header(document.createTextNode(attributes.label)),
      el('div', { className: 'row' }, typeChip(attributes.type), attributes.community !== undefined ? el('span', { className: 'chip' }, `Community ${attributes.community}`) : null),
      el(
        'dl',
        { className: 'facts' },
        fact('Mentions', formatNumber(attributes.mentions ?? 0)),
        fact('Documents', formatNumber(attributes.documents ?? 0)),
        fact('Links', formatNumber(graph.degree(node))),
        fact('PageRank', this.pagerankRank(node)),
      ),
    );
    if (!this.explorer.visible.nodes.has(node)) {
      append(
        this.root,
        el(
          'p',
          { className: 'notice' },
          'Hidden by the current filters. ',
          el('button', { type: 'button', className: 'small-button', onClick: () => this.explorer.showEverything() }, 'Show everything'),
        ),
      );
    }
    if (aliases.length) {
      append(this.root, el('h3', {}, 'Also written as'), el('ul', { className: 'chips', 'aria-label': 'Aliases' }, ...aliases.map((alias) => el('li', { className: 'chip' }, alias))));
    }
    this.renderNodeActions(node);

    const links: Array<{ edge: string; other: string; attributes: CoMentionAttributes }> = [];
    graph.forEachEdge(node, (edge, edgeAttributes, source, target) => {
      if (this.explorer.visible.edges.has(edge)) links.push({ edge, other: source === node ? target : source, attributes: edgeAttributes });
    });
    const byWeight = [...links].sort((a, b) => b.attributes.weight - a.attributes.weight).slice(0, TOP_NEIGHBOURS);
    append(this.root, el('h3', {}, `Most co-mentioned (${links.length})`), this.neighbourList(byWeight, 'weight'));
    // A pair seen once together scores high NPMI by chance; when there are enough repeated pairs, rank those.
    const scored = links.filter((link) => typeof link.attributes.npmi === 'number');
    const repeated = scored.filter((link) => link.attributes.weight >= 2);
    const pool = repeated.length >= 3 ? repeated : scored;
    const byAssociation = [...pool].sort((a, b) => (b.attributes.npmi ?? 0) - (a.attributes.npmi ?? 0)).slice(0, TOP_NEIGHBOURS);
    if (byAssociation.length) {
      append(
        this.root,
        el('h3', { title: 'Normalised pointwise mutual information: 1 = always together, 0 = as often as chance' }, pool === repeated ? 'Strongest association (NPMI, together 2+ times)' : 'Strongest association (NPMI)'),
        this.neighbourList(byAssociation, 'npmi'),
      );
    }

    const documents = [...this.explorer.nodeDocuments(node)].sort((a, b) => b[1] - a[1]);
    if (documents.length) {
      const list = el('ul', { className: 'documents' });
      for (const [id, count] of documents.slice(0, 50)) {
        const record = this.explorer.documents.get(id);
        const copyOf = record?.duplicateOf ? this.explorer.documents.get(record.duplicateOf) : undefined;
        const meta = [record?.date?.slice(0, 10), `${count} mention${count === 1 ? '' : 's'}`, record?.duplicateOf ? `copy of ${copyOf?.title || record.duplicateOf}` : undefined];
        append(list, el('li', {}, documentLink(record, id), el('div', { className: 'meta' }, meta.filter(Boolean).join(' · '))));
      }
      append(this.root, el('h3', {}, `Documents (${documents.length})`), finishLink(list));
    }
  }

  /** "#3 of 54": a rank reads better than a PageRank score, which only means something relative to others. */
  private pagerankRank(node: string): string {
    const own = this.explorer.graph.getNodeAttribute(node, 'pagerank');
    if (typeof own !== 'number') return '–';
    let above = 0;
    this.explorer.graph.forEachNode((_other, attributes) => {
      if ((attributes.pagerank ?? 0) > own) above++;
    });
    return `#${above + 1}`;
  }

  private neighbourList(links: Array<{ edge: string; other: string; attributes: CoMentionAttributes }>, measure: 'weight' | 'npmi'): HTMLElement {
    const list = el('ol', { className: 'neighbours' });
    const top = Math.max(1e-9, ...links.map((link) => (measure === 'weight' ? link.attributes.weight : Math.max(0, link.attributes.npmi ?? 0))));
    for (const { edge, other, attributes } of links) {
      const otherAttributes = this.explorer.graph.getNodeAttributes(other);
      const dot = el('span', { className: 'dot', 'aria-hidden': 'true' });
      dot.style.background = this.explorer.nodeColor(otherAttributes);
      const value = measure === 'weight' ? attributes.weight : (attributes.npmi ?? 0);
      const bar = el('span');
      bar.style.width = `${Math.round((100 * Math.max(0, value)) / top)}%`;
      const item = el(
          'li',
          {},
          dot,
          el('button', { className: 'link-button', type: 'button', onClick: () => this.explorer.select({ kind: 'node', key: other }, { focus: true }) }, otherAttributes.label),
          el('span', { className: 'count', title: measure === 'weight' ? 'windows in common' : 'NPMI' }, measure === 'weight' ? formatNumber(value) : formatNumber(value, 2)),
          el('button', { className: 'small-button', type: 'button', 'aria-label': `Evidence for ${otherAttributes.label}`, onClick: () => this.explorer.select({ kind: 'edge', key: edge }) }, 'Evidence'),
          el('div', { className: 'bar', 'aria-hidden': 'true' }, bar),
        );
      item.addEventListener('mouseenter', () => this.explorer.hover(other));
      item.addEventListener('mouseleave', () => this.explorer.hover(null));
      append(list, item);
    }
    return list;
  }

  private renderNodeActions(node: string): void {
    const explorer = this.explorer;
    const attributes = explorer.graph.getNodeAttributes(node);
    const form = el('div', { className: 'inline-form-slot' });
    const ego = explorer.filters.ego;
    const egoButton = (hops: number) =>
      el(
        'button',
        {
          type: 'button',
          'aria-pressed': String(ego?.center === node && ego.hops === hops),
          onClick: () => {
            const same = ego?.center === node && ego.hops === hops;
            explorer.setFilters({ ego: same ? undefined : { center: node, hops } });
            if (!same) explorer.fitNodes([...explorer.visible.nodes]);
          },
        },
        hops === 1 ? 'Neighbours' : '2 hops',
      );
    const showForm = (content: HTMLElement) => {
      clear(form);
      append(form, content);
      content.querySelector<HTMLElement>('input, select')?.focus();
    };
    append(
      this.root,
      el('h3', {}, 'Explore'),
      el(
        'div',
        { className: 'actions' },
        egoButton(1),
        egoButton(2),
        el('button', {
          type: 'button',
          onClick: () =>
            showForm(
              createEntityPicker(explorer.graph, `Path from ${attributes.label} to…`, (target) => {
                const path = explorer.showPath(node, target);
                if (!path) this.notify('No path: these two are not connected.');
              }),
            ),
        }, 'Path to…'),
      ),
      el('h3', {}, 'Curate'),
      el(
        'div',
        { className: 'actions' },
        el('button', {
          type: 'button',
          onClick: () => {
            const input = el('input', { type: 'text', 'aria-label': 'New name' });
            input.value = attributes.label;
            const save = () => {
              const label = input.value.trim();
              if (label && label !== attributes.label) explorer.change({ op: 'rename', entity: node, label });
            };
            input.addEventListener('keydown', (event) => {
              if (event.key === 'Enter') save();
            });
            showForm(el('div', { className: 'inline-form' }, input, el('button', { type: 'button', onClick: save }, 'Rename')));
          },
        }, 'Rename…'),
        el('button', {
          type: 'button',
          onClick: () => {
            const select = el('select', { 'aria-label': 'New type' });
            for (const type of ENTITY_TYPES) {
              const option = el('option', {}, TYPE_NAMES[type]);
              option.value = type;
              option.selected = type === attributes.type;
              select.append(option);
            }
            const save = () => {
              const type = select.value as EntityType;
              if (type !== attributes.type) explorer.change({ op: 'retype', entity: node, type });
            };
            showForm(el('div', { className: 'inline-form' }, select, el('button', { type: 'button', onClick: save }, 'Change type')));
          },
        }, 'Retype…'),
        el('button', {
          type: 'button',
          onClick: () =>
            showForm(
              createEntityPicker(explorer.graph, `Merge ${attributes.label} into…`, (into) => {
                if (into !== node) explorer.change({ op: 'merge', from: node, into });
              }, node),
            ),
        }, 'Merge into…'),
        attributes.aliases.filter((alias) => alias !== attributes.label).length
          ? el('button', {
              type: 'button',
              onClick: () => {
                const select = el('select', { 'aria-label': 'Alias to split off' });
                for (const alias of attributes.aliases.filter((item) => item !== attributes.label)) {
                  const option = el('option', {}, alias);
                  option.value = alias;
                  select.append(option);
                }
                const save = () => {
                  explorer.change({ op: 'split', entity: node, alias: select.value });
                  this.notify(`“${select.value}” becomes an entity of its own at the next build.`);
                };
                showForm(el('div', { className: 'inline-form' }, select, el('button', { type: 'button', onClick: save }, 'Split off')));
              },
            }, 'Split alias…')
          : null,
        el('button', {
          type: 'button',
          onClick: () => {
            explorer.change({ op: 'ignore', entity: node });
            this.notify(`Hid ${attributes.label}. Undo from the sidebar.`);
          },
        }, 'Hide'),
      ),
      form,
    );
  }

  /**
   * A window without text of its own (a paragraph or document when the build kept sentences): the sentences of
   * it whose text the build kept, with gaps shown as an ellipsis.
   */
  private composedEvidence(edge: string, item: Evidence): HTMLElement | undefined {
    const record = this.explorer.documents.get(item.doc);
    if (!record) return undefined;
    const quote = el('blockquote');
    let known = 0;
    let gap = false;
    for (const sentence of record.sentences) {
      if (sentence.start < item.start || sentence.end > item.end) continue;
      const text = this.explorer.knownText(item.doc, sentence.start, sentence.end);
      if (text === undefined) {
        gap = true;
        continue;
      }
      if (gap || known > 0) append(quote, gap ? ' … ' : ' ');
      gap = false;
      known++;
      append(quote, ...this.evidenceSegments(edge, { ...item, start: sentence.start, end: sentence.end }, text).childNodes);
    }
    if (known === 0) return undefined;
    if (gap) append(quote, ' …');
    return quote;
  }

  private evidenceSegments(edge: string, item: Evidence, text: string): HTMLElement {
    const [source, target] = this.explorer.graph.extremities(edge);
    const ranges: MarkRange[] = [];
    for (const [node, side] of [[source, 'source'], [target, 'target']] as Array<[string, MarkSide]>) {
      const rows = this.explorer.mentionsOf(node, item.doc).filter((row) => row.start >= item.start && row.end <= item.start + text.length);
      if (rows.length) {
        for (const row of rows) ranges.push({ start: row.start - item.start, end: row.end - item.start, side });
      } else {
        const attributes = this.explorer.graph.getNodeAttributes(node);
        ranges.push(...nameRanges(text, [attributes.label, ...attributes.aliases], side));
      }
    }
    const quote = el('blockquote');
    for (const segment of segmentText(text, ranges)) {
      append(quote, segment.side ? el('mark', { className: segment.side }, segment.text) : segment.text);
    }
    return quote;
  }

  private renderEdge(edge: string): void {
    const { graph } = this.explorer;
    const attributes = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const sourceLabel = graph.getNodeAttribute(source, 'label');
    const targetLabel = graph.getNodeAttribute(target, 'label');
    const title = document.createDocumentFragment();
    append(title, el('mark', { className: 'source' }, sourceLabel), ' & ', el('mark', { className: 'target' }, targetLabel));
    this.root.setAttribute('aria-labelledby', 'panel-title');
    append(
      this.root,
      this.header(title),
      el(
        'dl',
        { className: 'facts' },
        fact('Together', formatNumber(attributes.weight), `Number of ${this.explorer.window}s mentioning both`),
        fact('Documents', formatNumber(attributes.documents)),
        fact('NPMI', typeof attributes.npmi === 'number' ? formatNumber(attributes.npmi, 2) : '–', 'Normalised pointwise mutual information: 1 = always together, 0 = as often as chance'),
        fact('Evidence', formatNumber(attributes.evidence.length)),
      ),
      el(
        'div',
        { className: 'actions' },
        el('button', { type: 'button', onClick: () => this.explorer.select({ kind: 'node', key: source }, { focus: true }) }, sourceLabel),
        el('button', { type: 'button', onClick: () => this.explorer.select({ kind: 'node', key: target }, { focus: true }) }, targetLabel),
      ),
    );
    const evidence = [...attributes.evidence].sort((a, b) => {
      const dateA = this.explorer.documents.get(a.doc)?.date ?? '';
      const dateB = this.explorer.documents.get(b.doc)?.date ?? '';
      return dateB.localeCompare(dateA) || a.doc.localeCompare(b.doc) || a.start - b.start;
    });
    const pages = Math.max(1, Math.ceil(evidence.length / EVIDENCE_PAGE));
    this.evidencePage = Math.min(this.evidencePage, pages - 1);
    const list = el('ol', { className: 'evidence', 'aria-label': 'Evidence sentences' });
    for (const item of evidence.slice(this.evidencePage * EVIDENCE_PAGE, (this.evidencePage + 1) * EVIDENCE_PAGE)) {
      const record = this.explorer.documents.get(item.doc);
      const text = item.text ?? '';
      append(
        list,
        el(
          'li',
          {},
          text ? this.evidenceSegments(edge, item, text) : this.composedEvidence(edge, item) ?? el('blockquote', { className: 'meta' }, `The text of this ${this.explorer.window} is not in this build.`),
          el('div', { className: 'meta' }, documentLink(record, item.doc), record?.date ? ` · ${record.date.slice(0, 10)}` : ''),
        ),
      );
    }
    append(this.root, el('h3', {}, `Evidence (${evidence.length})`), finishLink(list));
    if (pages > 1) {
      const go = (page: number) => () => {
        this.evidencePage = page;
        this.render();
        this.root.querySelector<HTMLElement>('.evidence')?.scrollIntoView({ block: 'start' });
      };
      const previous = el('button', { type: 'button', onClick: go(this.evidencePage - 1) }, '← Newer');
      const next = el('button', { type: 'button', onClick: go(this.evidencePage + 1) }, 'Older →');
      previous.disabled = this.evidencePage === 0;
      next.disabled = this.evidencePage >= pages - 1;
      append(this.root, el('nav', { className: 'pager', 'aria-label': 'Evidence pages' }, previous, el('span', { className: 'meta' }, `Page ${this.evidencePage + 1} of ${pages}`), next));
    }
  }

  private renderPath(path: string[]): void {
    const { graph } = this.explorer;
    const list = el('ol', { className: 'path' });
    path.forEach((node, index) => {
      const attributes = graph.getNodeAttributes(node);
      const dot = el('span', { className: 'dot', 'aria-hidden': 'true' });
      dot.style.background = this.explorer.nodeColor(attributes);
      const next = path[index + 1];
      const edge = next !== undefined ? graph.edge(node, next) : undefined;
      append(
        list,
        el(
          'li',
          {},
          dot,
          el('button', { className: 'link-button', type: 'button', onClick: () => this.explorer.select({ kind: 'node', key: node }, { focus: true }) }, attributes.label),
          edge !== undefined ? el('button', { className: 'small-button', type: 'button', onClick: () => this.explorer.select({ kind: 'edge', key: edge }) }, 'Evidence ↓') : null,
        ),
      );
    });
    append(
      this.root,
      this.header(document.createTextNode(`Path: ${path.length - 1} step${path.length === 2 ? '' : 's'}`)),
      list,
      el('div', { className: 'actions' }, el('button', { type: 'button', onClick: () => this.explorer.clearPath() }, 'Clear path')),
    );
  }
}
