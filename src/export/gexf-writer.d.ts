// graphology-gexf's writer alone: its browser entry also loads a parser that needs DOMParser when imported,
// which Node and web workers lack. The writer is typed like the package's own `write`.
declare module 'graphology-gexf/browser/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writer: typeof write;
  export default writer;
}
