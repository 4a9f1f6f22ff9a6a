// Peak memory of one parse, in a process of its own so sizes do not share a heap.
// Run as: node --expose-gc out/bench/memoryChild.js <file>; prints one JSON line.
// The peak is the kernel's high-water mark of resident memory (VmHWM), reset just before
// the parse (Linux clear_refs), so reading the file does not count; where that is not
// possible it falls back to the process's maxRSS, which does include the read.

import { readFileSync, writeFileSync } from 'node:fs';
import { parseReferat } from '../server/src/parser';
import { peakRss } from './peakMemory';

const MiB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const text = readFileSync(process.argv[2], 'utf8');
gc();
gc();
const before = process.memoryUsage();
const peakResetWorked = resetPeak();
const start = performance.now();
const doc = parseReferat(text);
const parseMs = performance.now() - start;
const afterParse = process.memoryUsage();
const peak = peakRss();
gc();
gc();
const retained = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    items: doc.items.length,
    parseMs,
    textMiB: (text.length * (/[^\u0000-\u00ff]/.test(text) ? 2 : 1)) / MiB,
    rssBeforeMiB: before.rss / MiB,
    peakRssMiB: peak / MiB,
    peakRssAboveBeforeMiB: (peak - before.rss) / MiB,
    peakIsParseOnly: peakResetWorked,
    heapUsedAfterParseMiB: (afterParse.heapUsed - before.heapUsed) / MiB,
    modelRetainedMiB: (retained.heapUsed - before.heapUsed) / MiB,
  }) + '\n',
);
