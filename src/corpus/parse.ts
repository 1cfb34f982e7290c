/**
 * Turning file contents into documents. No file system here: the Node reader (./read.ts) and the browser's
 * drop zone both hand text to these functions.
 */
import { Parser } from 'htmlparser2';
import type { InputWarning, SourceDocument } from '../types.js';

/** File extensions comention reads, lower case, with the dot. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'] as const;

export type ParseResult = { documents: SourceDocument[]; warnings: InputWarning[] };

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/**
 * Decodes bytes as UTF-8 text, or says why not. Binary files (NUL bytes) and invalid UTF-8 are refused rather
 * than decoded with replacement characters: offsets into a mangled text would point at the wrong words.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text (convert it to UTF-8, e.g. with iconv)' };
  }
}

/** Parses one file's text into documents. `path` is relative to the corpus folder, `/` separators. */
export function parseFile(path: string, text: string): ParseResult {
  const ext = extensionOf(path);
  if (ext === '.jsonl') return parseJsonl(path, text);
  if (text.trim() === '') return { documents: [], warnings: [{ path, message: 'empty file (skipped)' }] };
  if (ext === '.html' || ext === '.htm') return single(htmlDocument(path, text));
  if (ext === '.md' || ext === '.markdown') return single({ id: path, path, title: markdownTitle(text) ?? firstLine(text) ?? path, text });
  return single({ id: path, path, title: firstLine(text) ?? path, text });
}

function single(document: SourceDocument): ParseResult {
  return { documents: [document], warnings: [] };
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim() !== '');
  return line?.trim().replace(/^#+\s*/, '').slice(0, 300);
}

function markdownTitle(text: string): string | undefined {
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(text);
  return heading?.[1]?.trim();
}

/** One article a line: `{"text": …, "title"?, "date"?, "url"?, "id"?}`. A broken line is skipped with a warning. */
export function parseJsonl(path: string, text: string): ParseResult {
  const documents: SourceDocument[] = [];
  const warnings: InputWarning[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const lineNumber = i + 1;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      warnings.push({ path, line: lineNumber, message: `broken JSON (${(error as Error).message}) (skipped)` });
      continue;
    }
    if (typeof record !== 'object' || record === null || typeof (record as { text?: unknown }).text !== 'string') {
      warnings.push({ path, line: lineNumber, message: 'no "text" string field (skipped)' });
      continue;
    }
    const r = record as Record<string, unknown>;
    const body = r.text as string;
    if (body.trim() === '') {
      warnings.push({ path, line: lineNumber, message: 'empty "text" (skipped)' });
      continue;
    }
    let id = `${path}#${r.id !== undefined && r.id !== null && String(r.id) !== '' ? String(r.id) : lineNumber}`;
    if (seen.has(id)) id = `${path}#${lineNumber}`;
    seen.add(id);
    documents.push({
      id,
      path,
      title: typeof r.title === 'string' && r.title.trim() ? r.title.trim() : (firstLine(body) ?? id),
      text: body,
      ...(typeof r.date === 'string' ? { date: r.date } : {}),
      ...(typeof r.url === 'string' ? { url: r.url } : {}),
    });
  }
  if (documents.length === 0 && warnings.length === 0) warnings.push({ path, message: 'empty file (skipped)' });
  return { documents, warnings };
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'blockquote', 'pre', 'figcaption', 'aside', 'main', 'nav', 'dd', 'dt', 'hr',
]);
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

/**
 * The visible text of an HTML page: scripts, styles and other invisible parts dropped, block elements on lines of
 * their own (so sentences and paragraphs survive), entities decoded. Title from <title>, else the first <h1>.
 */
function htmlDocument(path: string, html: string): SourceDocument {
  let hiddenDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  let text = '';
  const meta: Record<string, string> = {};
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? '').toLowerCase();
          if (attributes.content) meta[key] = attributes.content;
        }
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (HIDDEN_TAGS.has(name)) hiddenDepth++;
        if (BLOCK_TAGS.has(name)) text += '\n\n';
      },
      ontext(data) {
        if (inTitle) title += data;
        if (hiddenDepth > 0) return;
        if (inH1) h1 += data;
        text += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (HIDDEN_TAGS.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        if (BLOCK_TAGS.has(name)) text += '\n\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const visible = text
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const date = meta['article:published_time'] ?? meta['date'] ?? meta['dc.date'];
  const url = meta['og:url'];
  return {
    id: path,
    path,
    title: (title.trim() || h1.trim() || firstLine(visible) || path).replace(/\s+/g, ' '),
    text: visible,
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
  };
}
