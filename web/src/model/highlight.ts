/**
 * Which parts of an evidence sentence name the two entities of an edge, so the panel can wrap them in <mark>.
 * Returns plain segments; the page turns them into text nodes (never HTML).
 */
export type MarkSide = 'source' | 'target';

export interface MarkRange {
  start: number;
  end: number;
  side: MarkSide;
}

export interface Segment {
  text: string;
  side?: MarkSide;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where any of `names` occurs in `text` as whole words, longest names first, case-insensitively. */
export function nameRanges(text: string, names: readonly string[], side: MarkSide): MarkRange[] {
  const unique = [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 1))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, side }));
}

/** Cuts `text` into plain and marked segments; overlapping ranges keep the one that starts first. */
export function segmentText(text: string, ranges: readonly MarkRange[]): Segment[] {
  const sorted = ranges
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of sorted) {
    if (range.start < cursor) continue;
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start) });
    segments.push({ text: text.slice(range.start, range.end), side: range.side });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
