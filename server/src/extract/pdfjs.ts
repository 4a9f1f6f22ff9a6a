// Loads Mozilla's pdf.js (the legacy build, which runs in Node as well as in a browser) once.
// pdf.js parses in a "worker"; where no real worker is set up it runs the worker's code on the
// calling thread and looks for it on globalThis.pdfjsWorker before trying to load a file. We
// put it there, so the bundles (dist/cli.js, dist/server.js) need no separate worker file.

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfJs> {
  const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
  // pdf.js's drawing code makes a DOMMatrix when it loads. Browsers and web workers have one;
  // Node has not, and pdf.js would take it from a native canvas package (an optional
  // dependency the bundles never load). Reading text draws nothing, so a stand-in serves
  // while pdf.js loads and is gone afterwards: the process's globals stay as they were.
  class LoadOnlyMatrix {}
  const standIn = scope.DOMMatrix === undefined;
  if (standIn) scope.DOMMatrix = LoadOnlyMatrix;
  // On load in Node, pdf.js also looks for that canvas package and warns on stderr when it is
  // not there (or cannot be required from a bundle): noise for a reader of text.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && /^Warning: Cannot (load|access|polyfill)/.test(args[0]))) warn(...args);
  };
  try {
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    scope.pdfjsWorker = worker;
    return lib;
  } finally {
    console.warn = warn;
    if (standIn && scope.DOMMatrix === LoadOnlyMatrix) delete scope.DOMMatrix;
  }
}
