/**
 * CSV for spreadsheets and Gephi's spreadsheet import: a nodes table and an edges table, RFC 4180 (CRLF line
 * ends, fields with commas, quotes or line breaks quoted, quotes doubled).
 */
import type { CoMentionGraph } from '../types.js';

const NODE_COLUMNS = ['id', 'label', 'type', 'aliases', 'mentions', 'documents', 'degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'x', 'y', 'size'] as const;
const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'weight', 'documents', 'npmi', 'documentIds', 'example'] as const;

/** How list cells (aliases, document ids) are joined: readable in a spreadsheet, and rare inside names. */
export const CSV_LIST_SEPARATOR = '; ';

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice), so a
 * hostile alias such as `=HYPERLINK(…)` in an article stays text. Numbers are written as numbers, never guarded.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: readonly string[], rows: unknown[][]): string {
  return [header.map(cell), ...rows.map((row) => row.map(cell))].map((row) => `${row.join(',')}\r\n`).join('');
}

export function toCSV(graph: CoMentionGraph): { nodes: string; edges: string } {
  const nodes = graph.mapNodes((key, a) => [key, a.label, a.type, a.aliases.join(CSV_LIST_SEPARATOR), a.mentions, a.documents, a.degree, a.weightedDegree, a.pagerank, a.betweenness, a.community, a.x, a.y, a.size]);
  const edges = graph.mapEdges((key, a, source, target) => [
    key,
    source,
    target,
    // Gephi reads this column as the edge kind
    graph.isDirected(key) ? 'Directed' : 'Undirected',
    a.weight,
    a.documents,
    a.npmi,
    [...new Set(a.evidence.map((e) => e.doc))].join(CSV_LIST_SEPARATOR),
    a.evidence.find((e) => e.text !== undefined)?.text,
  ]);
  return { nodes: table(NODE_COLUMNS, nodes), edges: table(EDGE_COLUMNS, edges) };
}
