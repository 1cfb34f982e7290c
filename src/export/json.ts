/** graph.json and mentions.jsonl: the files the explorer loads and the scorer reads. */
import type { CoMentionGraph, ResolvedMention } from '../types.js';

/** graphology's own serialisation (`graph.export()`): what `Graph.from` and the explorer read back. */
export function toGraphJSON(graph: CoMentionGraph): object {
  return graph.export();
}

/**
 * JSON of the objects in lists, by object: the graph shares one evidence object between every pair of its window
 * (a sentence naming 30 entities is quoted by 435 edges), so each is serialised once and its text reused.
 */
export type SharedJSON = WeakMap<object, string>;

/**
 * `JSON.stringify(toGraphJSON(graph))` in pieces (options and attributes, then one node or edge at a time), for a
 * writer that streams them to a file: no string of the whole graph is built, and each shared evidence object is
 * serialised once. The text is the same, character for character (tested).
 */
export function* graphJSONParts(graph: CoMentionGraph, shared: SharedJSON = new WeakMap()): Generator<string> {
  const { options, attributes, nodes, edges } = graph.export();
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  yield* elementsJSON(nodes, (node) => JSON.stringify(node));
  yield '],"edges":[';
  yield* elementsJSON(edges, (edge) =>
    objectJSON(edge, (name, value) => (name === 'attributes' ? objectJSON(value as object, (_, v) => valueJSON(v, shared)) : JSON.stringify(value))),
  );
  yield ']}';
}

/** `JSON.stringify(list)` of a list of objects, one element at a time. */
export function* jsonListParts(list: object[]): Generator<string> {
  yield '[';
  yield* elementsJSON(list, (element) => JSON.stringify(element));
  yield ']';
}

/** The elements of a JSON list, comma-separated, one at a time. */
function* elementsJSON<T>(list: readonly T[], json: (element: T) => string): Generator<string> {
  for (let i = 0; i < list.length; i++) yield i === 0 ? json(list[i]!) : `,${json(list[i]!)}`;
}

/** JSON.stringify of a plain object whose values are serialised by `value`; undefined leaves the property out, as JSON.stringify does. */
function objectJSON(object: object, value: (name: string, value: unknown) => string | undefined): string {
  let out = '';
  for (const [name, v] of Object.entries(object)) {
    const text = value(name, v);
    if (text !== undefined) out += `${out ? ',' : ''}${JSON.stringify(name)}:${text}`;
  }
  return `{${out}}`;
}

/** Whether a list element is an object whose JSON can be kept by identity (its own toJSON could change it). */
export function isShareable(element: unknown): element is object {
  return typeof element === 'object' && element !== null && !('toJSON' in element);
}

/** JSON.stringify of a list element, a shareable object's taken from `shared` when known there. */
export function elementJSON(element: unknown, shared: SharedJSON): string {
  if (!isShareable(element)) return JSON.stringify(element) ?? 'null'; // in a list, what JSON.stringify leaves out is written null
  let text = shared.get(element);
  if (text === undefined) shared.set(element, (text = JSON.stringify(element)));
  return text;
}

/** JSON.stringify of a value, the elements of a list of objects taken from `shared` when known there. */
export function valueJSON(value: unknown, shared: SharedJSON): string | undefined {
  if (!Array.isArray(value)) return JSON.stringify(value);
  let out = '[';
  for (let i = 0; i < value.length; i++) out += i === 0 ? elementJSON(value[i], shared) : `,${elementJSON(value[i], shared)}`;
  return `${out}]`;
}

/**
 * One mention a line, `{doc, start, end, text, entity, type}` (the contract of shared/README.md): `doc` the
 * document id, `start`/`end` UTF-16 offsets into its text, `entity` a node key of graph.json.
 */
export function toMentionsJsonl(mentions: ResolvedMention[]): string {
  return [...mentionsJsonlParts(mentions)].join('');
}

/** The lines of toMentionsJsonl one at a time, for a writer that streams them. */
export function* mentionsJsonlParts(mentions: ResolvedMention[]): Generator<string> {
  for (const m of mentions) yield `${JSON.stringify({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity, type: m.type })}\n`;
}
