/**
 * GraphML writer. graphology-graphml (0.5) only parses, so this writes what it, networkx (`read_graphml`) and
 * igraph (`Graph.Read_GraphML`) all read back: one typed `<key>` per attribute of the graph, the nodes and the
 * edges, undirected, XML-escaped. GraphML has no list or object type, so those are written as JSON strings and
 * their `<key>` carries `<desc>json</desc>`, which `parseGraphML` uses to decode them again.
 */
import type { CoMentionGraph } from '../types.js';
import { elementJSON, isShareable, type SharedJSON } from './json.js';
import { escapeXml, escapeXmlText } from './xml.js';

type Domain = 'graph' | 'node' | 'edge';
type GraphMLType = 'boolean' | 'int' | 'long' | 'double' | 'string';

/** Marks a key whose string values are JSON (lists, objects, or values of mixed types). */
export const JSON_KEY_DESCRIPTION = 'json';

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphMLType;
  json: boolean;
}

type Attributes = Record<string, unknown>;

const INT32 = 2 ** 31;

function typeOf(values: unknown[]): { type: GraphMLType; json: boolean } {
  if (values.every((v) => typeof v === 'boolean')) return { type: 'boolean', json: false };
  if (values.every((v) => typeof v === 'number')) {
    const numbers = values as number[];
    if (!numbers.every(Number.isSafeInteger)) return { type: 'double', json: false };
    return { type: numbers.every((n) => n >= -INT32 && n < INT32) ? 'int' : 'long', json: false };
  }
  if (values.every((v) => typeof v === 'string')) return { type: 'string', json: false };
  return { type: 'string', json: true };
}

/** Keys of one domain in first-seen order; attributes that are undefined or null everywhere get no key. */
function keysOf(domain: Domain, prefix: string, elements: Attributes[]): Key[] {
  const values = new Map<string, unknown[]>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  }
  return [...values].map(([name, seen], index) => ({ id: `${prefix}${index}`, domain, name, ...typeOf(seen) }));
}

function serialise(key: Key, value: unknown): string {
  if (key.json) return JSON.stringify(value);
  return String(value);
}

/**
 * Escaped JSON of the objects in a list, by object: the graph shares one evidence object between every pair of its
 * window (a sentence naming 30 entities is quoted by 435 edges), so each is written once and its text reused.
 */
interface ElementTexts {
  escaped: WeakMap<object, string>;
  /** Their JSON, which graph.json's writer may have made already (graphJSONParts). */
  json: SharedJSON;
}

/** `escapeXmlText(serialise(key, value))`, the elements of a list of objects taken from `texts` when known there. */
function escapedValue(key: Key, value: unknown, texts: ElementTexts): string {
  if (!key.json || !Array.isArray(value) || value.length === 0) return escapeXmlText(serialise(key, value));
  // The same text as escaping the whole list's JSON: JSON.stringify joins elements with "," and escapes lone
  // surrogates, so no character that escaping drops or changes straddles two elements.
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    const shareable = isShareable(element);
    let text = shareable ? texts.escaped.get(element) : undefined;
    if (text === undefined) {
      text = escapeXmlText(elementJSON(element, texts.json));
      if (shareable) texts.escaped.set(element, text);
    }
    out += i === 0 ? text : `,${text}`;
  }
  return `${out}]`;
}

function dataOf(keys: Key[], attributes: Attributes, indent: string, texts: ElementTexts): string {
  let out = '';
  for (const key of keys) {
    const value = attributes[key.name];
    if (value === undefined || value === null) continue;
    out += `${indent}<data key="${key.id}">${escapedValue(key, value, texts)}</data>\n`;
  }
  return out;
}

export function toGraphML(graph: CoMentionGraph): string {
  return [...graphMLParts(graph)].join('');
}

/**
 * The GraphML document in pieces (header and keys, then one node or edge at a time), for writing a large graph to
 * a stream without building one string: V8 strings stop at about 512 MB, which evidence text can reach.
 */
export function* graphMLParts(graph: CoMentionGraph, shared: SharedJSON = new WeakMap()): Generator<string> {
  const graphAttributes = graph.getAttributes() as Attributes;
  const graphKeys = keysOf('graph', 'g', [graphAttributes]);
  const nodeKeys = keysOf('node', 'n', graph.mapNodes((_key, attributes) => attributes as unknown as Attributes));
  const edgeKeys = keysOf('edge', 'e', graph.mapEdges((_key, attributes) => attributes as unknown as Attributes));

  let head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  head +=
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const key of [...graphKeys, ...nodeKeys, ...edgeKeys]) {
    const open = `  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"`;
    head += key.json ? `${open}>\n    <desc>${JSON_KEY_DESCRIPTION}</desc>\n  </key>\n` : `${open}/>\n`;
  }
  head += `  <graph edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">\n`;
  const texts: ElementTexts = { escaped: new WeakMap(), json: shared };
  // graphology-graphml reads graph data only before the first node
  yield head + dataOf(graphKeys, graphAttributes, '    ', texts);
  for (const node of graph.nodeEntries()) {
    yield `    <node id="${escapeXml(node.node)}">\n${dataOf(nodeKeys, node.attributes as unknown as Attributes, '      ', texts)}    </node>\n`;
  }
  for (const edge of graph.edgeEntries()) {
    yield `    <edge id="${escapeXml(edge.edge)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">\n` +
      `${dataOf(edgeKeys, edge.attributes as unknown as Attributes, '      ', texts)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** Names of the attributes, per domain, that `toGraphML` wrote as JSON, read from the `<key>` elements. */
export function jsonKeysOf(graphml: string): Record<Domain, Set<string>> {
  const found: Record<Domain, Set<string>> = { graph: new Set(), node: new Set(), edge: new Set() };
  for (const match of graphml.matchAll(/<key\b([^>]*)>\s*<desc>json<\/desc>/g)) {
    const attributes = match[1]!;
    const domain = /\bfor="(graph|node|edge)"/.exec(attributes)?.[1] as Domain | undefined;
    const name = /\battr\.name="([^"]*)"/.exec(attributes)?.[1];
    if (domain && name !== undefined) found[domain].add(unescapeXml(name));
  }
  return found;
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_m, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return named[entity] ?? String.fromCodePoint(Number(entity.slice(1)));
  });
}
