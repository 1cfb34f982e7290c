/**
 * Stage 1: corpus. Files in, documents out. `parse` is browser-safe; `read` touches the file system (Node only)
 * and is imported from 'src/corpus/read.js' by the command line, never by the browser.
 */
export { SUPPORTED_EXTENSIONS, decodeText, extensionOf, isSupported, parseFile, parseJsonl } from './parse.js';
export type { ParseResult } from './parse.js';
