// Loads Mozilla's pdf.js (the legacy build, which runs in Node as well as in a browser) once.
// pdf.js parses in a "worker"; where no real worker is set up it runs the worker's code on the
// calling thread and looks for it on globalThis.pdfjsWorker before trying to load a file. We
// put it there, so the bundles (dist/cli.js, dist/server.js) need no separate worker file.

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  // A load that failed is tried again next time, not remembered.
  loading ??= load().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/**
 * Built-ins whose methods the legacy build's polyfills (core-js) replace when it loads.
 * Array.prototype.push and JSON.parse become JavaScript: in Node 20 pushing got over twice as
 * slow for the whole process, the parser included. pdf.js runs as well on the engine's own
 * methods (its modern build uses nothing else), so they are put back; what the polyfills add
 * (Promise.withResolvers, iterator helpers, ...) stays, as pdf.js needs it.
 */
const GUARDED: readonly object[] = [
  Object,
  Object.prototype,
  Function.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Math,
  JSON,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  RegExp.prototype,
  ArrayBuffer.prototype,
  Uint8Array,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Error,
];

/** Globals pdf.js fills from a native canvas package in Node, for drawing; reading text needs none. */
const DRAWING = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

async function load(): Promise<PdfJs> {
  const scope = globalThis as Record<string, unknown>;
  const saved = GUARDED.map((target) => new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)!])));
  // pdf.js's drawing code makes a DOMMatrix when it loads. Browsers and web workers have one;
  // Node has not, and pdf.js would take it from a native canvas package (an optional
  // dependency the bundles never load). A stand-in serves while pdf.js loads and is gone
  // afterwards, with the other drawing globals it would otherwise add.
  class LoadOnly {}
  const standIns = DRAWING.filter((name) => scope[name] === undefined);
  for (const name of standIns) scope[name] = LoadOnly;
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
    for (const name of standIns) if (scope[name] === LoadOnly) delete scope[name];
    GUARDED.forEach((target, k) => {
      for (const [key, before] of saved[k]) {
        const now = Object.getOwnPropertyDescriptor(target, key);
        if (now && (now.value !== before.value || now.get !== before.get || now.set !== before.set) && !Number.isNaN(before.value)) {
          Object.defineProperty(target, key, before);
        }
      }
    });
  }
}
