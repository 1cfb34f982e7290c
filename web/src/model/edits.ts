/**
 * Curation applied to the graph in the page, mirroring what the next build does with the same override rule:
 * a merge sums mentions and weights and keeps every piece of evidence; an ignored entity disappears.
 */
import type { CoMentionAttributes, CoMentionGraph, EntityType, OverrideRule } from '../../../src/types.js';

/** A rule names an entity the graph does not have (already merged away, or from another corpus). */
export class UnknownEntityError extends Error {
  override name = 'UnknownEntityError';
}

function requireNode(graph: CoMentionGraph, key: string): void {
  if (!graph.hasNode(key)) throw new UnknownEntityError(`edit: no entity "${key}" in this graph`);
}

function combineEdges(a: CoMentionAttributes, b: CoMentionAttributes): CoMentionAttributes {
  const evidence = [...a.evidence, ...b.evidence];
  const documents = Math.max(new Set(evidence.map((item) => item.doc)).size, a.documents, b.documents);
  // NPMI depends on counts over the whole corpus that the page does not have; the next build recomputes it.
  return { ...a, weight: a.weight + b.weight, documents, evidence, npmi: undefined };
}

/** `from` disappears into `into`: its mentions, aliases, links and evidence move over. */
export function mergeEntities(graph: CoMentionGraph, from: string, into: string): void {
  requireNode(graph, from);
  requireNode(graph, into);
  if (from === into) return;
  const gone = graph.getNodeAttributes(from);
  const kept = graph.getNodeAttributes(into);
  const aliases = [...new Set([...kept.aliases, gone.label, ...gone.aliases])].filter((alias) => alias !== kept.label);
  graph.mergeNodeAttributes(into, {
    aliases: [kept.label, ...aliases].filter((alias, index, all) => all.indexOf(alias) === index),
    mentions: (kept.mentions ?? 0) + (gone.mentions ?? 0),
    documents: Math.max(kept.documents ?? 0, gone.documents ?? 0),
  });
  graph.forEachEdge(from, (edge, attributes, source, target) => {
    const other = source === from ? target : source;
    if (other === into) return;
    const existing = graph.edge(into, other);
    if (existing !== undefined) graph.replaceEdgeAttributes(existing, combineEdges(graph.getEdgeAttributes(existing), attributes));
    else graph.addEdge(into, other, { ...attributes, evidence: [...attributes.evidence] });
  });
  graph.dropNode(from);
  graph.setNodeAttribute(into, 'degree', graph.degree(into));
}

export function renameEntity(graph: CoMentionGraph, key: string, label: string): void {
  requireNode(graph, key);
  const attributes = graph.getNodeAttributes(key);
  const aliases = attributes.aliases.includes(attributes.label) ? attributes.aliases : [attributes.label, ...attributes.aliases];
  graph.mergeNodeAttributes(key, { label, aliases });
}

export function retypeEntity(graph: CoMentionGraph, key: string, type: EntityType): void {
  requireNode(graph, key);
  graph.setNodeAttribute(key, 'type', type);
}

export function ignoreEntity(graph: CoMentionGraph, key: string): void {
  requireNode(graph, key);
  graph.dropNode(key);
}

/** Applies one rule; `split` needs the mentions and is left to the next build (returns false). */
export function applyRule(graph: CoMentionGraph, rule: OverrideRule): boolean {
  switch (rule.op) {
    case 'merge':
      mergeEntities(graph, rule.from, rule.into);
      return true;
    case 'rename':
      renameEntity(graph, rule.entity, rule.label);
      return true;
    case 'retype':
      retypeEntity(graph, rule.entity, rule.type);
      return true;
    case 'ignore':
      ignoreEntity(graph, rule.entity);
      return true;
    case 'split':
      return false;
  }
}
