/**
 * Taking the graph out (GraphML, GEXF, CSV, JSON, PNG of the current view) and bringing one in (a dropped
 * GraphML, GEXF or JSON file), plus the background ForceAtlas2 layout.
 */
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { parse as parseGEXF } from 'graphology-gexf/browser';
import { parse as parseGraphMLDocument } from 'graphology-graphml/browser';
import { toCSV, toGEXF, toGraphML } from '../../src/export/index.js';
import type { CoMentionAttributes, CoMentionGraph, EntityAttributes, EntityType, GraphAttributes } from '../../src/types.js';
import { ENTITY_TYPES } from '../../src/types.js';
import { TYPE_COLORS, TYPE_LABELS } from './model/palette.js';
import type { Explorer } from './app.js';
import { DataLoadError, graphFromJson } from './data.js';

/** The graph as currently shown: filtered nodes and edges, current labels, types and positions. */
export function currentView(explorer: Explorer): CoMentionGraph {
  const { graph, visible } = explorer;
  const view: CoMentionGraph = new Graph({ type: 'undirected', allowSelfLoops: false });
  view.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (visible.nodes.has(node)) view.addNode(node, { ...attributes, color: explorer.nodeColor(attributes) });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visible.edges.has(edge)) view.addEdgeWithKey(edge, source, target, { ...attributes });
  });
  return view;
}

export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The drawing as a PNG: sigma's layers (WebGL edges and nodes, canvas labels) composed on white. The WebGL
 * buffers are read right after a synchronous render, before the browser may clear them.
 */
export function snapshotPNG(explorer: Explorer): Promise<Blob> {
  const renderer = explorer.renderer;
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const layers = renderer.getCanvases();
  for (const name of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const layer = layers[name];
    if (layer) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  context.scale(ratio, ratio);
  drawLegend(context, explorer, height);
  return new Promise((done, fail) => canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('export: the browser could not encode the PNG'))), 'image/png'));
}

/** A picture leaves the page without its sidebar: the legend and the source go into the image itself. */
function drawLegend(context: CanvasRenderingContext2D, explorer: Explorer, height: number): void {
  const entries: Array<[string, string]> =
    explorer.colorBy === 'type'
      ? ENTITY_TYPES.filter((type) => (explorer.typeCounts().get(type)?.visible ?? 0) > 0).map((type) => [TYPE_COLORS[type], `${TYPE_LABELS[type]} (${explorer.typeCounts().get(type)?.visible ?? 0})`])
      : [['#9aa0a6', 'Coloured by community']];
  const attributes = explorer.graph.getAttributes();
  const source = [typeof attributes.corpus === 'string' ? `corpus: ${attributes.corpus}` : '', `links: same ${explorer.window}`, `${explorer.visible.nodes.size} entities, ${explorer.visible.edges.size} links`, 'comention'].filter(Boolean).join(' · ');
  context.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  const lineHeight = 18;
  const width = Math.max(context.measureText(source).width, ...entries.map(([, text]) => context.measureText(text).width + 18)) + 20;
  const boxHeight = lineHeight * (entries.length + 1) + 12;
  const top = height - boxHeight - 10;
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.strokeStyle = '#e1e5ea';
  context.beginPath();
  context.roundRect(10, top, width, boxHeight, 8);
  context.fill();
  context.stroke();
  entries.forEach(([color, text], index) => {
    const y = top + 8 + lineHeight * index + lineHeight / 2;
    context.fillStyle = color;
    context.beginPath();
    context.arc(26, y, 5, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = '#1d2530';
    context.fillText(text, 38, y + 4);
  });
  context.fillStyle = '#5d6978';
  context.fillText(source, 20, top + 8 + lineHeight * entries.length + lineHeight / 2 + 4);
}

export type ExportFormat = 'graphml' | 'gexf' | 'csv-nodes' | 'csv-edges' | 'json' | 'png';

export async function exportView(explorer: Explorer, format: ExportFormat): Promise<string> {
  const base = 'comention-view';
  if (format === 'png') {
    download(`${base}.png`, await snapshotPNG(explorer));
    return `${base}.png`;
  }
  const view = currentView(explorer);
  switch (format) {
    case 'graphml':
      download(`${base}.graphml`, toGraphML(view), 'application/graphml+xml');
      return `${base}.graphml`;
    case 'gexf':
      download(`${base}.gexf`, toGEXF(view), 'application/xml');
      return `${base}.gexf`;
    case 'csv-nodes':
      download(`${base}-nodes.csv`, toCSV(view).nodes, 'text/csv');
      return `${base}-nodes.csv`;
    case 'csv-edges':
      download(`${base}-edges.csv`, toCSV(view).edges, 'text/csv');
      return `${base}-edges.csv`;
    case 'json':
      download(`${base}.json`, JSON.stringify(view.export()), 'application/json');
      return `${base}.json`;
  }
}

function maybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}

/**
 * Fills in what the explorer needs from a graph made elsewhere (Gephi, networkx): a type, a label, counts, and
 * list attributes that GraphML carried as JSON strings.
 */
export function normaliseImported(graph: Graph): CoMentionGraph {
  const out: CoMentionGraph = new Graph({ type: 'undirected', allowSelfLoops: false });
  const attributes = graph.getAttributes();
  out.replaceAttributes({ format: 'comention-graph', version: 1, tool: 'import', toolVersion: '', window: 'sentence', documents: 0, ...attributes } as GraphAttributes);
  graph.forEachNode((node, raw) => {
    const type = String(raw.type ?? raw.entityType ?? '').toLowerCase();
    const aliases = maybeJson(raw.aliases);
    const entity: EntityAttributes = {
      ...raw,
      label: String(raw.label ?? node),
      type: (ENTITY_TYPES.includes(type as EntityType) ? type : type === 'organisation' ? 'organization' : 'organization') as EntityType,
      aliases: Array.isArray(aliases) ? aliases.map(String) : [],
      mentions: Number(raw.mentions ?? raw.weight ?? raw.size ?? 1) || 1,
      documents: Number(raw.documents ?? 0) || 0,
      x: typeof raw.x === 'number' ? raw.x : undefined,
      y: typeof raw.y === 'number' ? raw.y : undefined,
    };
    delete entity.color;
    delete entity.size;
    out.addNode(node, entity);
  });
  graph.forEachEdge((_edge, raw, source, target) => {
    if (source === target || out.hasEdge(source, target)) return;
    const evidence = maybeJson(raw.evidence);
    const edge: CoMentionAttributes = {
      ...raw,
      weight: Number(raw.weight ?? 1) || 1,
      documents: Number(raw.documents ?? 0) || 0,
      evidence: Array.isArray(evidence) ? (evidence as CoMentionAttributes['evidence']) : [],
    };
    out.addEdge(source, target, edge);
  });
  return out;
}

/** Reads a dropped or opened file as a graph (GraphML, GEXF or graphology JSON, told apart by content). */
export async function readGraphFile(file: File): Promise<CoMentionGraph> {
  const text = await file.text();
  const head = text.trimStart().slice(0, 2000);
  try {
    if (head.startsWith('{')) {
      const json = JSON.parse(text) as { graph?: unknown };
      return normaliseImported(graphFromJson(json.graph ?? json));
    }
    if (/<gexf[\s>]/.test(head)) return normaliseImported(parseGEXF(Graph, text, { addMissingNodes: true }));
    if (/<graphml[\s>]/.test(head)) return normaliseImported(parseGraphMLDocument(Graph, text, { addMissingNodes: true }));
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    throw new DataLoadError(`open: "${file.name}" could not be read as a graph (${(error as Error).message})`, { cause: error });
  }
  throw new DataLoadError(`open: "${file.name}" is not GraphML, GEXF or graphology JSON`);
}

/** ForceAtlas2 in a web worker: the page stays responsive while positions move. */
export class BackgroundLayout {
  private layout: FA2Layout | null = null;

  constructor(private readonly graph: CoMentionGraph) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (!this.layout) {
      const settings = forceAtlas2.inferSettings(this.graph);
      this.layout = new FA2Layout(this.graph, { settings: { ...settings, barnesHutOptimize: this.graph.order > 500, adjustSizes: false }, getEdgeWeight: 'weight' });
    }
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
  }

  kill(): void {
    this.layout?.kill();
    this.layout = null;
  }
}
