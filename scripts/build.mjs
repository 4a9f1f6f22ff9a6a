// Bundles the three entry points. One esbuild call per target keeps the client
// free of server code and the CLI free of the LSP runtime.
//
// pdf.js (extract/pdfjs.ts) is 3.5 MB of JavaScript: compiling it costs a few hundred
// milliseconds, which every `referat outline notes.txt` and every server start would pay
// without reading a PDF. So the server and the CLI load it from two files of its own beside
// them (dist/pdfjs.js, dist/pdfjs-worker.js), and only when a PDF is opened.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const PDFJS = { 'pdfjs-dist/legacy/build/pdf.mjs': './pdfjs.js', 'pdfjs-dist/legacy/build/pdf.worker.mjs': './pdfjs-worker.js' };

/**
 * Imports of pdf.js become requires of its files beside the bundle, run when first used. A
 * require, not an import(): Node would scan 3 MB of CommonJS for its export names first.
 */
const pdfjsBeside = {
  name: 'pdfjs-beside',
  setup(b) {
    b.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({ path: PDFJS[args.path], namespace: 'pdfjs-beside' }));
    b.onLoad({ filter: /.*/, namespace: 'pdfjs-beside' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/pdfjs(-worker)?\.js$/, namespace: 'pdfjs-beside' }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The web extension (package.json "browser"): the client, and the server for a web worker. Built
 * for the browser, where a Node built-in does not resolve, so either bundle importing one fails
 * the build. The server's only Node-bound module, platform/node.ts, becomes platform/browser.ts;
 * the KLE table is bundled as text (data/ is not readable from a worker). Extraction (pdf.js,
 * htmlparser2) is a script of its own, dist/web/extract.js, that the worker runs on the first
 * PDF or web page (platform/browserExtract.ts); inside it pdf.js's code still runs only when a
 * PDF is read (extract/pdfjs.ts imports it: esbuild defers a dynamically imported module).
 */
const browserServerPlatform = {
  name: 'browser-server-platform',
  setup(b) {
    b.onResolve({ filter: /^\.\/platform\/node$/ }, (args) => ({ path: join(args.resolveDir, 'platform', 'browser.ts') }));
  },
};
const web = { ...common, platform: 'browser', target: 'es2022', minify: true, metafile: true, logLevel: 'warning' };
const webBuilds = [
  build({ ...web, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
  build({ ...web, format: 'iife', entryPoints: ['server/src/server.ts'], outfile: 'dist/web/server.js', plugins: [browserServerPlatform], loader: { '.tsv': 'text' } }),
  // A classic script (importScripts in the worker). pdf.js's import.meta.url serves only in Node.
  build({ ...web, format: 'iife', entryPoints: ['server/src/platform/extractScript.ts'], outfile: 'dist/web/extract.js', define: { 'import.meta.url': 'undefined' } }),
];

await Promise.all([
  ...webBuilds,
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The reading view's script runs in the webview, a browser.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/webview/readingView.ts'], outfile: 'dist/readingView.js' }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [pdfjsBeside] }),
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [pdfjsBeside],
  }),
  // pdf.js as CommonJS. Its import.meta.url serves to require a native canvas package for
  // drawing, which reading text never needs: left empty, the bundle never loads native code.
  ...Object.entries(PDFJS).map(([module, file]) =>
    build({ ...common, entryPoints: [module], outfile: `dist/${file.slice(2)}`, target: 'node20', define: { 'import.meta.url': 'undefined' } }),
  ),
]);

// The web bundles' sizes, for keeping them small: extension.js and server.js are downloaded on
// activation, extract.js on the first PDF or web page.
for (const { metafile } of await Promise.all(webBuilds)) {
  for (const [file, { bytes }] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.map')) console.log(`${file}: ${(bytes / 1024).toFixed(0)} KiB`);
  }
}
