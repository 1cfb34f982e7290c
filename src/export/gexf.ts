/**
 * GEXF 1.3 through graphology-gexf, for Gephi: positions, sizes and colours as `viz`, the weight as the edge
 * weight, aliases as a liststring, evidence as a JSON string (GEXF has no object type), provenance as `<meta>`.
 */
import write from 'graphology-gexf/browser/writer.js';
import type { Attributes } from 'graphology-types';
import type Graph from 'graphology';
import type { CoMentionGraph } from '../types.js';
import { stripIllegalXml } from './xml.js';

const VIZ = new Set(['x', 'y', 'size', 'color']);

/** Strings cleaned of characters XML forbids (the writer escapes markup but not those); lists stay lists. */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return stripIllegalXml(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map(stripIllegalXml);
  if (value !== null && typeof value === 'object') return stripIllegalXml(JSON.stringify(value));
  return value;
}

function split(attributes: Attributes, reserved: ReadonlySet<string>) {
  const data: Attributes = {};
  const viz: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || reserved.has(name)) continue;
    if (VIZ.has(name)) viz[name] = value;
    else data[name] = clean(value);
  }
  return { data, viz };
}

/** GEXF's `<meta>`: creator and description where Gephi shows them, every other scalar setting as its own tag. */
function metaOf(attributes: Attributes): Attributes {
  const meta: Attributes = {
    creator: `${String(attributes.tool ?? 'comention')} ${String(attributes.toolVersion ?? '')}`.trim(),
    description: `Co-mentions by ${String(attributes.window ?? 'sentence')} in ${attributes.corpus === undefined ? 'a corpus' : `"${String(attributes.corpus)}"`} of ${String(attributes.documents ?? '?')} documents`,
  };
  if (typeof attributes.createdAt === 'string') meta.lastModifiedDate = attributes.createdAt.slice(0, 10);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || name in meta) continue;
    meta[name] = clean(value);
  }
  return meta;
}

export function toGEXF(graph: CoMentionGraph): string {
  // The writer reads graph attributes straight from the graph, so it gets a copy with GEXF-shaped ones.
  const shaped = (graph as unknown as Graph).nullCopy();
  shaped.replaceAttributes(metaOf(graph.getAttributes()));
  graph.forEachNode((key, attributes) => shaped.addNode(key, attributes));
  graph.forEachEdge((key, attributes, source, target) => shaped.addEdgeWithKey(key, source, target, attributes));
  return write(shaped, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { data, viz } = split(attributes, new Set(['label']));
      return { label: clean(attributes.label) as string, attributes: data, viz };
    },
    formatEdge: (_key, attributes) => {
      const { data } = split(attributes, new Set(['weight']));
      return { weight: attributes.weight as number, attributes: data };
    },
  });
}
