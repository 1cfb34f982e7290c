/**
 * Stage 5: export. CoMentionGraph in, files out: graph.json, GraphML, GEXF, CSV, mentions.jsonl, and filtered
 * views of the graph. Pure string builders, browser-safe: the explorer downloads the same files the CLI writes.
 */
export { graphJSONParts, jsonListParts, mentionsJsonlParts, toGraphJSON, toMentionsJsonl } from './json.js';
export type { SharedJSON } from './json.js';
export { JSON_KEY_DESCRIPTION, graphMLParts, jsonKeysOf, toGraphML } from './graphml.js';
export { toGEXF } from './gexf.js';
export { CSV_LIST_SEPARATOR, toCSV } from './csv.js';
export { GraphFilterError, filterGraph } from './filter.js';
export type { GraphFilter } from './filter.js';
export { escapeXml, escapeXmlText, stripIllegalXml } from './xml.js';
