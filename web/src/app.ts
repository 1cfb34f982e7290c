/**
 * The explorer's state and the sigma renderer that draws it.
 *
 * State is split as in sigma's demo: filters decide what exists in the view (`visible`), while hover, selection
 * and a highlighted path only restyle it through the reducers. Panels and the sidebar listen for `change`.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, EdgeDisplayData, PartialButFor } from 'sigma/types';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { CoMentionAttributes, CoMentionGraph, CoMentionWindow, DocumentRecord, EntityAttributes, EntityType, GraphAttributes, OverrideRule } from '../../src/types.js';
import { ENTITY_TYPES, WINDOWS } from '../../src/types.js';
import type { ExplorerData, MentionRow } from './data.js';
import { applyRule, UnknownEntityError } from './model/edits.js';
import { coMentionEdges } from './model/windows.js';
import { communityColor, EDGE_COLOR, EDGE_HIGHLIGHT, MUTED_NODE, TYPE_COLORS } from './model/palette.js';
import { visibleElements, type Filters, type Visible } from './model/view.js';
import { budgetedPrograms, CameraMotion, type FrameBudget } from './render.js';
import { FocusLayer, type Focus } from './focus.js';

export type ColorBy = 'type' | 'community';
export type SizeBy = 'mentions' | 'degree' | 'pagerank';
export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

export interface Change {
  rule: OverrideRule;
  /** Labels of the entities the rule names, as they were when it was made (they may be gone since). */
  labels: Record<string, string>;
}

/** Node radius range in pixels: large graphs get smaller discs, or they cover each other. */
function nodeSizeRange(order: number): [number, number] {
  if (order <= 150) return [3, 20];
  if (order <= 1000) return [2, 14];
  return [1.5, 9];
}

/** Above this many neighbours, forcing all their labels would only pile them up; the label grid decides. */
const MAX_FORCED_LABELS = 40;

/**
 * From this size on, the graph is drawn the cheap way (points, hairlines, a frame budget: see render.ts). Below
 * it, a frame of discs and weighted rectangles costs little even on a software renderer.
 */
function isLarge(graph: CoMentionGraph): boolean {
  return graph.size > 5_000 || graph.order > 3_000;
}

/**
 * Edges drawn at rest when the whole graph is in view: the strongest ones. Zooming in by k draws k² times as
 * many (as many per screen), until all visible edges are drawn; a filter that leaves fewer shows them all.
 */
const EDGE_BUDGET = 20_000;

/** Nodes drawn while the camera moves, the biggest: enough to keep one's bearings. */
const MOVING_NODE_BUDGET = 5_000;

/** Hairlines carry weight by shade, from EDGE_COLOR (weakest) to EDGE_HIGHLIGHT (strongest). */
const EDGE_SHADES = Array.from({ length: 8 }, (_, step) => mixColors(EDGE_COLOR, EDGE_HIGHLIGHT, (step / 7) * 0.75));

function mixColors(from: string, to: string, amount: number): string {
  const channel = (hex: string, index: number) => parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16);
  const mixed = [0, 1, 2].map((index) => Math.round(channel(from, index) + (channel(to, index) - channel(from, index)) * amount));
  return `#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** Bounding box of points; a loop, since spreading 100k values into Math.min overflows the stack. */
function bounds(points: ReadonlyArray<{ x: number; y: number }>): { minX: number; maxX: number; minY: number; maxY: number } {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, maxX, minY, maxY };
}

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;
type ExplorerSettings = Settings<EntityAttributes, CoMentionAttributes, GraphAttributes>;

/** Bigger nodes get slightly bigger labels, so the main actors read first. */
function labelFont(data: LabelData, settings: ExplorerSettings): { font: string; size: number } {
  const size = Math.round(settings.labelSize + Math.min(4, data.size / 5));
  return { font: `${data.highlighted ? '600' : settings.labelWeight} ${size}px ${settings.labelFont}`, size };
}

/** Labels with a white halo, so they stay readable over edges at any zoom. */
function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: ExplorerSettings): void {
  if (!data.label) return;
  const { font, size } = labelFont(data, settings);
  context.font = font;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeText(data.label, x, y);
  context.fillStyle = '#1d2530';
  context.fillText(data.label, x, y);
}

/** The hovered or selected node: a card behind node and label, drawn with the same font as drawLabel. */
function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: ExplorerSettings): void {
  const { font, size } = labelFont({ ...data, highlighted: true }, settings);
  context.font = font;
  const textWidth = data.label ? context.measureText(data.label).width : 0;
  const padding = 5;
  const height = Math.max(size, 2 * data.size) + 2 * padding;
  const left = data.x - data.size - padding;
  const width = 2 * data.size + (textWidth ? textWidth + 4 : 0) + 2 * padding;
  context.save();
  context.fillStyle = '#ffffff';
  context.shadowColor = 'rgba(16, 24, 40, 0.25)';
  context.shadowBlur = 10;
  context.beginPath();
  context.roundRect(left, data.y - height / 2, width, height, Math.min(height / 2, 10));
  context.fill();
  context.restore();
  drawLabel(context, { ...data, highlighted: true }, settings);
}

export class Explorer {
  readonly graph: CoMentionGraph;
  readonly renderer: Sigma<EntityAttributes, CoMentionAttributes, GraphAttributes>;
  readonly documents = new Map<string, DocumentRecord>();
  readonly mentions: MentionRow[];
  readonly source: ExplorerData['source'];
  filters: Filters;
  colorBy: ColorBy = 'type';
  sizeBy: SizeBy = 'mentions';
  selection: Selection = null;
  hovered: string | null = null;
  hoveredEdge: string | undefined;
  path: string[] | null = null;
  visible: Visible = { nodes: new Set(), edges: new Set(), weights: new Map() };
  /** Rules made in this session, newest last; the graph is the loaded one with these applied in order. */
  readonly changes: Change[] = [];
  /** Whether the server accepts saved rules (`comention serve` with an overrides file). */
  overridesWritable = false;
  private listeners = new Set<() => void>();
  private sizeMaximum = 1;
  private sizeRange: [number, number] = [3, 20];
  private weightMaximum = 1;
  /** Visible edges, strongest first, ties in the order sigma's buffer ends with them: a frame draws a prefix. */
  private strongestFirst: string[] = [];
  private neighbourhood: Set<string> | null = null;
  private mentionsByEntity = new Map<string, MentionRow[]>();
  /**
   * The graph as loaded: undo and window changes rebuild from it. Taken just before the first change, as
   * copying 100k links costs the first draw a good fraction of a second.
   */
  private loaded: ReturnType<CoMentionGraph['export']> | undefined;
  /** The window the build counted co-mentions in, and the one shown now. */
  readonly baseWindow: CoMentionWindow;
  window: CoMentionWindow;
  /** Texts of evidence spans known from the build, reused when another window hits the same span; made when needed. */
  private knownSpans: Map<string, string> | undefined;
  /** Drawn the cheap way, with a frame budget (render.ts); fixed when the renderer is made. */
  readonly large: boolean;
  private readonly motion: CameraMotion<EntityAttributes, CoMentionAttributes, GraphAttributes> | undefined;
  private readonly focusLayer: FocusLayer<EntityAttributes, CoMentionAttributes, GraphAttributes> | undefined;
  /** Layers the focus hides on a large graph, which frames then leave out. */
  private shown = { edgesHidden: false, labelsHidden: false };

  constructor(data: ExplorerData, container: HTMLElement) {
    this.graph = data.graph;
    this.mentions = data.mentions;
    this.source = data.source;
    for (const record of data.documents) this.documents.set(record.id, record);
    this.filters = { types: new Set(ENTITY_TYPES), minWeight: 1, minMentions: 1 };
    this.ensurePositions();
    this.tidyIsolated();
    const window = this.graph.getAttribute('window');
    this.baseWindow = WINDOWS.includes(window) ? window : 'sentence';
    this.window = this.baseWindow;
    this.indexMentions();
    this.large = isLarge(this.graph);
    // Sigma draws once when made: what the reducers read must be ready before.
    this.updateView();
    const programs = budgetedPrograms<EntityAttributes, CoMentionAttributes, GraphAttributes>(() => this.frameBudget());
    this.renderer = new Sigma<EntityAttributes, CoMentionAttributes, GraphAttributes>(this.graph, container, {
      renderEdgeLabels: false,
      ...(this.large && { nodeProgramClasses: { circle: programs.node }, edgeProgramClasses: { line: programs.edge } }),
      // Edges are picked geometrically (edgeNear): sigma's picking buffer is downsampled and misses thin edges.
      enableEdgeEvents: false,
      zIndex: true,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 4,
      // Labels wait for the camera to settle, at scale.
      defaultDrawNodeLabel: (context, data, settings) => {
        if (!this.motion?.moving && !this.shown.labelsHidden) drawLabel(context, data, settings);
      },
      defaultDrawNodeHover: drawHover,
      minEdgeThickness: 1,
      stagePadding: 40,
      nodeReducer: (node, attributes) => this.reduceNode(node, attributes),
      edgeReducer: (edge, attributes) => this.reduceEdge(edge, attributes),
    });
    if (this.large) {
      const focusLayer = new FocusLayer(this.renderer, drawLabel, drawHover);
      this.focusLayer = focusLayer;
      this.motion = new CameraMotion(this.renderer, (moving) => {
        focusLayer.setMoving(moving);
        // The frame that ends a motion draws everything again.
        if (!moving) this.renderer.scheduleRender();
      });
      focusLayer.show(this.focus());
    }
    this.bindRendererEvents();
    this.emit();
  }

  /** Stops the renderer and the timers of this explorer, before another graph replaces it. */
  kill(): void {
    this.motion?.stop();
    this.focusLayer?.kill();
    if (this.pendingRecompute !== undefined) cancelAnimationFrame(this.pendingRecompute);
    this.renderer.kill();
  }

  /** What the next frame draws (large graphs): nothing but nodes while moving; at rest, edges by zoom. */
  private frameBudget(): FrameBudget {
    if (this.motion?.moving) return { edges: 0, nodes: MOVING_NODE_BUDGET, picking: false };
    return { edges: this.shown.edgesHidden ? 0 : this.drawnEdgeCount(), nodes: Infinity, picking: true };
  }

  /** How many of the visible edges, the strongest first, a frame at rest draws. */
  drawnEdgeCount(): number {
    const visible = this.visible.edges.size;
    if (!this.large) return visible;
    // Before the renderer exists (its first frame), the camera shows the whole graph.
    const ratio = Math.min(1, this.renderer?.getCamera().ratio ?? 1);
    return Math.min(visible, Math.round(EDGE_BUDGET / (ratio * ratio)));
  }

  on(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** Imported graphs may come without positions; sigma needs them, ForceAtlas2 can refine them later. */
  private ensurePositions(): void {
    const count = this.graph.order;
    let index = 0;
    this.graph.forEachNode((node, attributes) => {
      if (typeof attributes.x !== 'number' || typeof attributes.y !== 'number') {
        const angle = (2 * Math.PI * index) / Math.max(1, count);
        this.graph.mergeNodeAttributes(node, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100 });
      }
      index++;
    });
  }

  /**
   * Entities with no link, wherever the layout flung them, move to a row under the linked ones: one far-off
   * node would otherwise shrink the whole picture to fit it in.
   */
  private tidyIsolated(): void {
    const linked = this.graph.filterNodes((node) => this.graph.degree(node) > 0);
    const isolated = this.graph.filterNodes((node) => this.graph.degree(node) === 0);
    if (linked.length < 2 || isolated.length === 0) return;
    const { minX, maxX, minY, maxY } = bounds(linked.map((node) => ({ x: this.graph.getNodeAttribute(node, 'x')!, y: this.graph.getNodeAttribute(node, 'y')! })));
    const width = Math.max(maxX - minX, 1e-6);
    const height = Math.max(maxY - minY, 1e-6);
    const columns = Math.max(1, Math.ceil(Math.sqrt(isolated.length * 4)));
    const step = width / columns;
    isolated
      .sort((a, b) => (this.graph.getNodeAttribute(b, 'mentions') ?? 0) - (this.graph.getNodeAttribute(a, 'mentions') ?? 0))
      .forEach((node, index) => {
        // Graph y grows upwards in sigma, so "under" is below minY.
        this.graph.mergeNodeAttributes(node, { x: minX + step * (index % columns + 0.5), y: minY - height * 0.08 - step * Math.floor(index / columns) });
      });
  }

  private indexMentions(): void {
    this.mentionsByEntity.clear();
    const merged = new Map<string, string>();
    for (const change of this.changes) if (change.rule.op === 'merge') merged.set(change.rule.from, change.rule.into);
    const current = (key: string): string => {
      let seen = 0;
      while (merged.has(key) && seen++ < 100) key = merged.get(key)!;
      return key;
    };
    for (const mention of this.mentions) {
      const key = current(mention.entity);
      const list = this.mentionsByEntity.get(key);
      if (list) list.push(mention);
      else this.mentionsByEntity.set(key, [mention]);
    }
  }

  /** Documents mentioning `node`, with how often; from mentions.jsonl, else from the evidence of its links. */
  nodeDocuments(node: string): Map<string, number> {
    const counts = new Map<string, number>();
    const rows = this.mentionsByEntity.get(node);
    if (rows) {
      for (const row of rows) counts.set(row.doc, (counts.get(row.doc) ?? 0) + 1);
      return counts;
    }
    if (!this.graph.hasNode(node)) return counts;
    this.graph.forEachEdge(node, (_edge, attributes) => {
      for (const item of attributes.evidence) counts.set(item.doc, (counts.get(item.doc) ?? 0) + 1);
    });
    return counts;
  }

  mentionsOf(node: string, doc: string): MentionRow[] {
    return (this.mentionsByEntity.get(node) ?? []).filter((row) => row.doc === doc);
  }

  /** Re-applies filters and rescales sizes; call after any change of filters or of the graph. */
  recompute(): void {
    this.updateView();
    this.renderer.refresh();
    this.emit();
  }

  /** What the reducers read: visible elements, size and weight scales, the highlighted neighbourhood. */
  private updateView(): void {
    const documentDates = new Map([...this.documents.values()].map((record) => [record.id, record.date]));
    this.visible = visibleElements(this.graph, this.filters, documentDates, (node) => this.nodeDocuments(node).keys());
    this.sizeRange = nodeSizeRange(this.graph.order);
    this.sizeMaximum = 1e-9;
    this.graph.forEachNode((node) => {
      this.sizeMaximum = Math.max(this.sizeMaximum, this.sizeValue(node));
    });
    this.weightMaximum = 1;
    this.graph.forEachEdge((edge, attributes) => {
      this.weightMaximum = Math.max(this.weightMaximum, this.visible.weights.get(edge) ?? attributes.weight);
    });
    // The stable ascending sort sigma applies to zIndex (the weight), reversed.
    const weightOf = (edge: string) => this.visible.weights.get(edge) ?? this.graph.getEdgeAttribute(edge, 'weight');
    this.strongestFirst = this.graph
      .filterEdges((edge) => this.visible.edges.has(edge))
      .map((edge) => ({ edge, weight: weightOf(edge) }))
      .sort((a, b) => a.weight - b.weight)
      .map(({ edge }) => edge)
      .reverse();
    if (this.selection && !(this.selection.kind === 'node' ? this.graph.hasNode(this.selection.key) : this.graph.hasEdge(this.selection.key))) {
      this.selection = null;
    }
    if (this.path && !this.path.every((node) => this.graph.hasNode(node))) this.path = null;
    this.updateNeighbourhood();
  }

  sizeValue(node: string): number {
    const attributes = this.graph.getNodeAttributes(node);
    if (this.sizeBy === 'degree') return this.graph.degree(node);
    if (this.sizeBy === 'pagerank') return attributes.pagerank ?? attributes.mentions ?? 1;
    return attributes.mentions ?? 1;
  }

  nodeColor(attributes: EntityAttributes): string {
    return this.colorBy === 'community' ? communityColor(attributes.community) : (TYPE_COLORS[attributes.type] ?? '#9aa0a6');
  }

  /** Nodes to keep bright: the hovered node and its neighbours, else the selection, else the path. */
  private updateNeighbourhood(): void {
    const centre = this.hovered ?? (this.selection?.kind === 'node' ? this.selection.key : null);
    if (centre && this.graph.hasNode(centre)) {
      const set = new Set([centre]);
      this.graph.forEachEdge(centre, (edge, _attributes, source, target) => {
        if (this.visible.edges.has(edge)) set.add(source === centre ? target : source);
      });
      this.neighbourhood = set;
    } else if (this.selection?.kind === 'edge' && this.graph.hasEdge(this.selection.key)) {
      this.neighbourhood = new Set(this.graph.extremities(this.selection.key));
    } else if (this.path) {
      this.neighbourhood = new Set(this.path);
    } else {
      this.neighbourhood = null;
    }
    if (!this.focusLayer) return;
    const focus = this.focus();
    this.focusLayer.show(focus);
    // What the focus hides on a large graph, sigma need not draw; what it shows again, sigma must draw.
    const shown = { edgesHidden: focus?.otherEdges === 'hidden', labelsHidden: focus?.fadeNodes === true };
    if (shown.edgesHidden !== this.shown.edgesHidden || shown.labelsHidden !== this.shown.labelsHidden) {
      this.shown = shown;
      this.renderer.scheduleRender();
    }
  }

  /** Hover, selection and path on a large graph: what the focus layer draws over it (focus.ts). */
  private focus(): Focus | null {
    const centre = this.hovered ?? (this.selection?.kind === 'node' ? this.selection.key : null);
    const edgeSize = (edge: string, extra: number) => 0.5 + 2.5 * Math.sqrt((this.visible.weights.get(edge) ?? this.graph.getEdgeAttribute(edge, 'weight')) / this.weightMaximum) + extra;
    const emphasised = (key: string) => ({ key, label: true, card: key === centre });
    const linkBetween = (a: string, b: string) => ({ source: a, target: b });
    if (centre && this.neighbourhood) {
      const edges: Focus['edges'] = [];
      this.graph.forEachEdge(centre, (edge, _attributes, source, target) => {
        if (this.visible.edges.has(edge)) edges.push({ ...linkBetween(source, target), color: EDGE_HIGHLIGHT, size: edgeSize(edge, 0.5) });
      });
      const labelled = this.neighbourhood.size <= MAX_FORCED_LABELS;
      const nodes = [...this.neighbourhood].map((key) => ({ ...emphasised(key), label: labelled || key === centre }));
      return { otherEdges: 'hidden', fadeNodes: true, edges, nodes };
    }
    if (this.selection?.kind === 'edge' && this.graph.hasEdge(this.selection.key)) {
      const [source, target] = this.graph.extremities(this.selection.key);
      return { otherEdges: 'faded', fadeNodes: true, edges: [{ source, target, color: '#2f5fb3', size: edgeSize(this.selection.key, 2) }], nodes: [emphasised(source), emphasised(target)] };
    }
    if (this.path) {
      const edges = this.path.slice(1).map((node, index) => {
        const previous = this.path![index]!;
        const edge = this.graph.edge(previous, node);
        return { ...linkBetween(previous, node), color: '#2f5fb3', size: edge === undefined ? 2 : edgeSize(edge, 2) };
      });
      return { otherEdges: 'faded', fadeNodes: true, edges, nodes: this.path.map(emphasised) };
    }
    if (this.hoveredEdge !== undefined && this.graph.hasEdge(this.hoveredEdge)) {
      const [source, target] = this.graph.extremities(this.hoveredEdge);
      return { otherEdges: 'shown', fadeNodes: false, edges: [{ source, target, color: EDGE_HIGHLIGHT, size: edgeSize(this.hoveredEdge, 1) }], nodes: [] };
    }
    return null;
  }

  /** Redraws after a change of hover, selection or path: the focus layer at scale, else the reducers. */
  private restyle(): void {
    this.updateNeighbourhood();
    if (!this.large) this.renderer.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, attributes: EntityAttributes): Partial<NodeDisplayData> {
    const value = this.sizeValue(node);
    const [minSize, maxSize] = this.sizeRange;
    const scale = Math.sqrt(Math.max(0, value) / this.sizeMaximum);
    const display: Partial<NodeDisplayData> = {
      x: attributes.x,
      y: attributes.y,
      label: attributes.label,
      size: minSize + (maxSize - minSize) * scale,
      color: this.nodeColor(attributes),
      type: 'circle',
      // Smallest first: big nodes are drawn on top, and a frame budget draws the biggest (render.ts).
      zIndex: 1 + 0.9 * scale,
    };
    if (!this.visible.nodes.has(node)) return { ...display, hidden: true, zIndex: 0 };
    // Emphasis on a large graph is the focus layer's (focus.ts).
    if (this.large) return display;
    const selected = this.selection?.kind === 'node' && this.selection.key === node;
    if (this.neighbourhood && !this.neighbourhood.has(node)) return { ...display, color: MUTED_NODE, label: '', zIndex: 0 };
    if (this.neighbourhood) {
      const forceLabel = selected || node === this.hovered || this.neighbourhood.size <= MAX_FORCED_LABELS;
      return { ...display, forceLabel, zIndex: 2, highlighted: selected || node === this.hovered };
    }
    return display;
  }

  private reduceEdge(edge: string, attributes: { weight: number }): Partial<EdgeDisplayData> {
    if (!this.visible.edges.has(edge)) return { hidden: true, type: 'line', zIndex: -1 };
    const weight = this.visible.weights.get(edge) ?? attributes.weight;
    const strength = Math.sqrt(weight / this.weightMaximum);
    const display: Partial<EdgeDisplayData> = {
      size: this.graph.order > 1000 ? 0.5 + 2.5 * strength : 0.8 + 4.2 * strength,
      color: this.large ? EDGE_SHADES[Math.min(EDGE_SHADES.length - 1, Math.floor(strength * EDGE_SHADES.length))] : EDGE_COLOR,
      type: 'line',
      // Weakest first, so the strongest are drawn on top, and a frame budget draws the strongest (render.ts).
      zIndex: weight / this.weightMaximum,
    };
    if (this.large) return display;
    const selected = this.selection?.kind === 'edge' && this.selection.key === edge;
    if (edge === this.hoveredEdge && !selected) return { ...display, color: EDGE_HIGHLIGHT, size: (display.size ?? 1) + 1, zIndex: 3 };
    if (this.selection?.kind === 'edge') {
      return this.selection.key === edge ? { ...display, color: '#2f5fb3', size: (display.size ?? 1) + 2, zIndex: 3 } : { ...display, color: '#e6e9ed' };
    }
    const [source, target] = this.graph.extremities(edge);
    const centre = this.hovered ?? (this.selection?.kind === 'node' ? this.selection.key : null);
    if (centre) {
      return source === centre || target === centre ? { ...display, color: EDGE_HIGHLIGHT, zIndex: 2 } : { ...display, hidden: true };
    }
    if (this.path) {
      const onPath = this.path.some((node, index) => {
        const next = this.path![index + 1];
        return next !== undefined && ((node === source && next === target) || (node === target && next === source));
      });
      return onPath ? { ...display, color: '#2f5fb3', size: (display.size ?? 1) + 2, zIndex: 3 } : { ...display, color: '#e6e9ed' };
    }
    return display;
  }

  private bindRendererEvents(): void {
    this.renderer.on('enterNode', ({ node }) => {
      this.hover(node);
      this.renderer.getContainer().style.cursor = 'pointer';
    });
    this.renderer.on('leaveNode', () => {
      this.hover(null);
      this.renderer.getContainer().style.cursor = '';
    });
    // Edge hover, found geometrically at most once a frame.
    let pending: { x: number; y: number } | null = null;
    this.renderer.getMouseCaptor().on('mousemove', ({ x, y }) => {
      if (pending === null) {
        requestAnimationFrame(() => {
          const point = pending!;
          pending = null;
          // A drag moves the camera under a still pointer; no edge is drawn then anyway (large graphs).
          if (this.motion?.moving) return;
          const edge = this.hovered ? undefined : this.edgeNear(point.x, point.y);
          if (edge === this.hoveredEdge) return;
          this.hoveredEdge = edge;
          this.renderer.getContainer().style.cursor = edge !== undefined || this.hovered ? 'pointer' : '';
          this.restyle();
        });
      }
      pending = { x, y };
    });
    this.renderer.on('clickNode', ({ node }) => this.select({ kind: 'node', key: node }));
    this.renderer.on('clickStage', ({ event }) => {
      const edge = this.edgeNear(event.x, event.y);
      this.select(edge === undefined ? null : { kind: 'edge', key: edge });
    });
  }

  /**
   * The drawn edge closest to a point of the viewport, within a few pixels of its line. Only edges the last
   * frame drew count (large graphs draw the strongest ones); distances are measured in the framed graph, so
   * no point of the graph is converted but the pointer.
   */
  edgeNear(x: number, y: number, tolerance = 6): string | undefined {
    if (this.motion?.moving) return undefined;
    const pointer = this.renderer.viewportToFramedGraph({ x, y });
    const origin = this.renderer.framedGraphToViewport({ x: 0, y: 0 });
    const unit = this.renderer.framedGraphToViewport({ x: 1, y: 0 });
    const pixelsPerUnit = Math.hypot(unit.x - origin.x, unit.y - origin.y) || 1;
    let best: string | undefined;
    let bestDistance = tolerance;
    const [edges, count] = this.pickableEdges();
    for (let index = 0; index < count; index++) {
      const edge = edges[index]!;
      const display = this.renderer.getEdgeDisplayData(edge);
      if (!display || display.hidden) continue;
      const a = this.renderer.getNodeDisplayData(this.graph.source(edge));
      const b = this.renderer.getNodeDisplayData(this.graph.target(edge));
      if (!a || !b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((pointer.x - a.x) * dx + (pointer.y - a.y) * dy) / length));
      const distance = Math.hypot(pointer.x - (a.x + t * dx), pointer.y - (a.y + t * dy)) * pixelsPerUnit - display.size / 2;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = edge;
      }
    }
    return best;
  }

  /**
   * The edges drawn now, as a list and how many of it: the centre's links when the focus hides the others,
   * else the strongest ones, as many as the frame drew.
   */
  private pickableEdges(): [readonly string[], number] {
    const centre = this.focusCentre();
    if (this.shown.edgesHidden && centre) {
      const links = this.graph.filterEdges(centre, (edge) => this.visible.edges.has(edge));
      return [links, links.length];
    }
    return [this.strongestFirst, Math.min(this.strongestFirst.length, this.drawnEdgeCount())];
  }

  /** The node whose neighbourhood is lit: the hovered one, else the selected one. */
  private focusCentre(): string | null {
    const centre = this.hovered ?? (this.selection?.kind === 'node' ? this.selection.key : null);
    return centre !== null && this.graph.hasNode(centre) ? centre : null;
  }

  /** Lights up a node and its neighbours, from the graph or from a name in a panel. */
  hover(node: string | null): void {
    if (node === this.hovered) return;
    this.hovered = node !== null && this.graph.hasNode(node) ? node : null;
    this.restyle();
  }

  select(selection: Selection, options: { focus?: boolean } = {}): void {
    this.selection = selection;
    // A hover started from a panel row may never see its mouseleave once the panel is redrawn.
    this.hovered = null;
    this.restyle();
    // Panels render first, so focusing knows how much of the graph they cover.
    this.emit();
    if (options.focus && selection?.kind === 'node') this.focusNode(selection.key);
  }

  /** Pixels at the bottom of the graph hidden by an overlaid panel (small screens); set by the page. */
  coveredBottom: () => number = () => 0;

  /** Centres the camera on a node, zoomed so its drawn neighbours fit too, clear of an overlaid panel. */
  focusNode(node: string): void {
    const display = this.renderer.getNodeDisplayData(node);
    if (!display) return;
    const neighbours: Array<{ x: number; y: number }> = [];
    this.graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (!this.visible.edges.has(edge)) return;
      const other = this.renderer.getNodeDisplayData(source === node ? target : source);
      if (other) neighbours.push(other);
    });
    const camera = this.renderer.getCamera();
    const { width, height } = this.renderer.getDimensions();
    const covered = this.coveredBottom();
    const margin = 40;
    const stateFor = (ratio: number) => {
      const state = { x: display.x, y: display.y, ratio, angle: camera.angle };
      if (covered <= 0) return state;
      const centre = this.renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 + covered / 2 }, { cameraState: state });
      return { ...state, x: centre.x, y: centre.y };
    };
    const fits = (ratio: number) => {
      const cameraState = stateFor(ratio);
      return neighbours.every((point) => {
        const at = this.renderer.framedGraphToViewport(point, { cameraState });
        return at.x >= margin && at.x <= width - margin - 120 && at.y >= margin && at.y <= height - covered - margin;
      });
    };
    // The closest zoom at which every neighbour is on screen (labels need ~120px to the right).
    let [low, high] = [0.05, 4];
    if (neighbours.length === 0) high = Math.min(camera.ratio, 0.3);
    else if (!fits(high)) low = high;
    else {
      for (let step = 0; step < 24; step++) {
        const middle = (low + high) / 2;
        if (fits(middle)) high = middle;
        else low = middle;
      }
    }
    void camera.animate(stateFor(Math.max(low, high)), { duration: 450 });
  }

  fitView(): void {
    void this.renderer.getCamera().animatedReset({ duration: 400 });
  }

  setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
    if (!this.large) return this.recompute();
    // A dragged slider sends a value per step, and each pass over a large graph takes longer than a step: the
    // values that arrive before the next frame are applied together.
    if (this.pendingRecompute === undefined) {
      this.pendingRecompute = requestAnimationFrame(() => {
        this.pendingRecompute = undefined;
        this.recompute();
      });
    }
  }

  private pendingRecompute: number | undefined;

  /** Counts resets of the filters from outside the sidebar, which then redraws its controls. */
  filterResets = 0;

  /** Clears every filter (types, thresholds, dates, communities, ego network). */
  showEverything(): void {
    this.filterResets++;
    this.filters = { types: new Set(ENTITY_TYPES), minWeight: 1, minMentions: 1 };
    this.recompute();
  }

  setStyle(patch: { colorBy?: ColorBy; sizeBy?: SizeBy }): void {
    if (patch.colorBy) this.colorBy = patch.colorBy;
    if (patch.sizeBy) this.sizeBy = patch.sizeBy;
    this.recompute();
  }

  showPath(from: string, to: string): string[] | null {
    const path = bidirectional(this.graph, from, to);
    this.path = path;
    this.selection = null;
    this.restyle();
    this.emit();
    if (path) this.fitNodes(path);
    return path;
  }

  clearPath(): void {
    this.path = null;
    this.restyle();
    this.emit();
  }

  /** Zooms so that all of `nodes` are on screen. */
  fitNodes(nodes: readonly string[]): void {
    const points = nodes.map((node) => this.renderer.getNodeDisplayData(node)).filter((data) => data !== undefined);
    if (points.length === 0) return;
    const { minX, maxX, minY, maxY } = bounds(points);
    const spread = Math.max(maxX - minX, maxY - minY);
    void this.renderer.getCamera().animate(
      { x: (maxX + minX) / 2, y: (maxY + minY) / 2, ratio: Math.min(1, Math.max(0.2, spread * 1.4)) },
      { duration: 450 },
    );
  }

  // ---------- curation ----------

  /** The graph as loaded, copied the first time it is about to change. */
  private keepLoaded(): ReturnType<CoMentionGraph['export']> {
    this.loaded ??= this.graph.export();
    return this.loaded;
  }

  private get spanTexts(): Map<string, string> {
    if (!this.knownSpans) {
      this.knownSpans = new Map();
      for (const edge of this.keepLoaded().edges) {
        for (const item of edge.attributes?.evidence ?? []) if (item.text !== undefined) this.knownSpans.set(`${item.doc}:${item.start}:${item.end}`, item.text);
      }
    }
    return this.knownSpans;
  }

  /** Applies a rule to the page's graph at once and records it for saving and undo. */
  change(rule: OverrideRule): void {
    this.keepLoaded();
    const labels: Record<string, string> = {};
    for (const key of Object.values(rule)) if (this.graph.hasNode(key)) labels[key] = this.graph.getNodeAttribute(key, 'label');
    applyRule(this.graph, rule);
    this.changes.push({ rule, labels });
    if (rule.op === 'merge') {
      this.indexMentions();
      if (this.selection?.kind === 'node' && this.selection.key === rule.from) this.selection = { kind: 'node', key: rule.into };
    }
    this.recompute();
  }

  undo(): OverrideRule | undefined {
    const last = this.changes.pop();
    if (!last) return undefined;
    this.rebuild();
    return last.rule;
  }

  /** The text of a span of a document, when the build's evidence carried it. */
  knownText(doc: string, start: number, end: number): string | undefined {
    return this.spanTexts.get(`${doc}:${start}:${end}`);
  }

  /** Whether links can be recounted for another window here: that needs mentions and sentence spans. */
  canSwitchWindow(): boolean {
    return this.mentions.length > 0 && [...this.documents.values()].some((record) => record.sentences.length > 0);
  }

  setWindow(window: CoMentionWindow): void {
    if (window === this.window) return;
    this.keepLoaded();
    this.window = window;
    this.rebuild();
  }

  /**
   * The loaded graph, its links recounted for the current window when it is not the build's, then this
   * session's rules in order. Positions stay where the layout has moved them.
   */
  private rebuild(): void {
    const positions = new Map(this.graph.mapNodes((node, attributes) => [node, { x: attributes.x, y: attributes.y }] as const));
    this.graph.clear();
    // graphology keeps the attribute objects it is given; fresh copies keep `original` untouched by later edits.
    const original = this.keepLoaded();
    this.graph.import({
      ...original,
      nodes: original.nodes.map((node) => ({ ...node, attributes: node.attributes && { ...node.attributes } })),
      edges: original.edges.map((edge) => ({ ...edge, attributes: edge.attributes && { ...edge.attributes } })),
    });
    if (this.window !== this.baseWindow) {
      this.graph.clearEdges();
      const edges = coMentionEdges(this.mentions, [...this.documents.values()], this.window, {
        includeDuplicates: this.graph.getAttribute('duplicatesCounted') === true,
        texts: this.spanTexts,
        keep: (entity) => this.graph.hasNode(entity),
      });
      for (const { source, target, attributes } of edges) this.graph.addEdge(source, target, attributes);
      this.graph.forEachNode((node) => this.graph.setNodeAttribute(node, 'degree', this.graph.degree(node)));
    }
    for (const { rule } of this.changes) {
      try {
        applyRule(this.graph, rule);
      } catch (error) {
        if (!(error instanceof UnknownEntityError)) throw error;
      }
    }
    this.graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions.get(node) }));
    this.indexMentions();
    this.recompute();
  }

  typeCounts(): Map<EntityType, { total: number; visible: number }> {
    const counts = new Map(ENTITY_TYPES.map((type) => [type, { total: 0, visible: 0 }]));
    this.graph.forEachNode((node, attributes) => {
      const entry = counts.get(attributes.type);
      if (!entry) return;
      entry.total++;
      if (this.visible.nodes.has(node)) entry.visible++;
    });
    return counts;
  }
}
