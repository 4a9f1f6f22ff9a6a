// Child of typingMemory.test.ts, run as `node --expose-gc typingMemoryChild.js`: types a few
// hundred letters at random places of a referat of 120 items through the server's own
// pieces (TextDocument updates recording the edits, DocumentCache, the cached Outline), and
// prints the heap after a full collection at intervals as one JSON line.

import { DocumentCache } from '../../server/src/documentCache';
import { recordingEdits } from '../../server/src/documentEdits';
import { cachedDocumentSymbols } from '../../server/src/languageFeatures/documentSymbols';
import { notCancelled } from '../../server/src/languageFeatures/convert';
import { Messages } from '../../server/src/l10n';
import { samples } from '../testUtil';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const WARMUP = 50;
const EDITS = 300;
const EVERY = 50;

/** Sample 000 with its items repeated, renumbered, until there are `count`. */
function bigReferat(count: number): string {
  const text = samples().find((s) => s.name.startsWith('000'))!.text;
  const firstItem = text.search(/^Punkt \d+:/m);
  const items = text.slice(firstItem);
  let n = 0;
  const parts = [text.slice(0, firstItem)];
  while (n < count) parts.push(items.replace(/^Punkt \d+:/gm, () => `Punkt ${++n}:`), '\n');
  return parts.join('');
}

let seed = 15;
/** A small linear congruential generator: the same edits on every run. */
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

const text = bigReferat(120);
const cache = new DocumentCache();
const documents = recordingEdits((uri, from, to, edit) => cache.edited(uri, from, to, edit));
let document = documents.create('file:///typing.txt', 'referat', 1, text);
const messages = new Messages('en');
const heapMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const samplesMiB: number[] = [];
for (let n = 1; n <= WARMUP + EDITS; n++) {
  const line = Math.floor(random() * document.lineCount);
  const lineLength = document.offsetAt({ line: line + 1, character: 0 }) - document.offsetAt({ line, character: 0 });
  const at = { line, character: Math.floor(random() * lineLength) };
  document = documents.update(document, [{ range: { start: at, end: at }, text: 'x' }], document.version + 1);
  // Sub-headings too: their texts are substrings of the text like the rest.
  cachedDocumentSymbols(cache.get(document), messages, null, { subHeadings: true }, cache.origin(document.uri), notCancelled);
  if (n >= WARMUP && (n - WARMUP) % EVERY === 0) samplesMiB.push(heapMiB());
}
// A two-byte string takes two bytes a character (the sample has characters beyond Latin-1).
process.stdout.write(JSON.stringify({ textMiB: (text.length * 2) / 2 ** 20, heapMiB: samplesMiB }) + '\n');
