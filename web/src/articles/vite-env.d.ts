// Vite's `?worker&url` import: the URL of the worker bundled on its own (see vite.dev/guide/features#web-workers).
declare module '*?worker&url' {
  const url: string;
  export default url;
}
