/** graph.json and mentions.jsonl: the files the explorer loads and the scorer reads. */
import type { CoMentionGraph, ResolvedMention } from '../types.js';

/** graphology's own serialisation (`graph.export()`): what `Graph.from` and the explorer read back. */
export function toGraphJSON(graph: CoMentionGraph): object {
  return graph.export();
}

/**
 * One mention a line, `{doc, start, end, text, entity, type}` (the contract of shared/README.md): `doc` the
 * document id, `start`/`end` UTF-16 offsets into its text, `entity` a node key of graph.json.
 */
export function toMentionsJsonl(mentions: ResolvedMention[]): string {
  return mentions.map((m) => `${JSON.stringify({ doc: m.doc, start: m.start, end: m.end, text: m.text, entity: m.entity, type: m.type })}\n`).join('');
}
