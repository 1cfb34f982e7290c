/** XML text helpers shared by the GraphML and GEXF writers. */

/**
 * Characters XML 1.0 forbids anywhere, even escaped: C0 controls but tab, newline and carriage return; lone
 * surrogates; U+FFFE and U+FFFF. News text scraped from the web carries them (form feeds, stray \u0000).
 */
const ILLEGAL_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_IN_XML, '');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Escaped so that parsers neither turn \r\n into \n nor normalise tabs and newlines in attributes to spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for a double-quoted attribute value, dropping illegal characters. */
export function escapeXml(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

/**
 * Escapes text for element content, dropping illegal characters. Quotes stay as they are there, which keeps
 * JSON values (evidence) about a third smaller than with `&quot;` for every quote.
 */
export function escapeXmlText(text: string): string {
  return stripIllegalXml(text).replace(/[&<>\r]/g, (c) => ESCAPES[c]!);
}
