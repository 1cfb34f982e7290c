/**
 * Hand-made extraction results for resolution tests: a text and the mentions in it, written as surfaces that
 * are looked up in order, so a table row stays readable.
 */
import type { DocumentAnalysis, EntityType, Mention, Resolution } from '../../src/types.js';

/** `[surface, type]` or `[surface, type, canonical]`; the surface is found after the previous mention. */
export type MentionSpec = [string, EntityType] | [string, EntityType, string];

export interface DocSpec {
  id?: string;
  text: string;
  mentions: MentionSpec[];
}

export function analysis(spec: DocSpec, index = 0): DocumentAnalysis {
  const doc = spec.id ?? `doc${index}.txt`;
  // A line break starts a paragraph, as in the articles.
  const paragraphs = [...spec.text.matchAll(/[^\n]+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const paragraphAt = (offset: number): number => Math.max(0, paragraphs.findIndex((p) => p.start <= offset && offset < p.end));
  const sentences = [...spec.text.matchAll(/[^.!?\n]+[.!?]*/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, paragraph: paragraphAt(match.index) }));
  let from = 0;
  const mentions: Mention[] = spec.mentions.map(([surface, type, canonical]) => {
    const start = spec.text.indexOf(surface, from);
    if (start < 0) throw new Error(`fixture: "${surface}" not found in "${spec.text}" after offset ${from}`);
    from = start + surface.length;
    const sentence = Math.max(0, sentences.findIndex((s) => s.start <= start && start < s.end));
    return { start, end: from, text: surface, type, sentence, ...(canonical ? { canonical } : {}) };
  });
  return { doc, sentences, paragraphs, mentions };
}

export function analyses(specs: DocSpec[]): DocumentAnalysis[] {
  return specs.map((spec, index) => analysis(spec, index));
}

/** Mention id as written in expected groupings: `<doc index>:<surface>`. */
export function mentionId(resolution: Resolution, mention: Resolution['mentions'][number]): string {
  const index = /^doc(\d+)\.txt$/.exec(mention.doc)?.[1] ?? mention.doc;
  return `${index}:${mention.text}`;
}

/** The partition resolution made, as sorted groups of mention ids (repeated ids collapse). */
export function grouping(resolution: Resolution): string[][] {
  const groups = new Map<string, Set<string>>();
  for (const mention of resolution.mentions) {
    const group = groups.get(mention.entity) ?? new Set<string>();
    group.add(mentionId(resolution, mention));
    groups.set(mention.entity, group);
  }
  return normalise([...groups.values()].map((group) => [...group]));
}

export function normalise(groups: string[][]): string[][] {
  return groups.map((group) => [...new Set(group)].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
