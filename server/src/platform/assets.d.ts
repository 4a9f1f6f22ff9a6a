// Files the browser build bundles as text (esbuild's text loader, scripts/build.mjs).
declare module '*.tsv' {
  const text: string;
  export default text;
}
