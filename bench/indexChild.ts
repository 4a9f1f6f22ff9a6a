// Indexing 1,000 referater in a process of its own: read each file, parse it, and file its
// items under their case numbers, the core of what a workspace index does. Time and peak
// resident memory cover the whole run. Prints one JSON line.
// Run as: node --expose-gc out/bench/indexChild.js <dir>

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferat } from '../server/src/parser';

const MiB = 1024 * 1024;

function peakRss(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const rssBefore = process.memoryUsage().rss;
const byCase = new Map<string, { file: string; item: number }[]>();
let bytes = 0;
let items = 0;
const start = performance.now();
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  bytes += text.length;
  const doc = parseReferat(text);
  for (const item of doc.items) {
    items++;
    if (!item.caseNumber) continue;
    const list = byCase.get(item.caseNumber.text) ?? [];
    list.push({ file: f, item: item.number });
    byCase.set(item.caseNumber.text, list);
  }
}
const ms = performance.now() - start;
process.stdout.write(
  JSON.stringify({ files: files.length, chars: bytes, items, cases: byCase.size, ms, rssBeforeMiB: rssBefore / MiB, peakRssMiB: peakRss() / MiB, heapUsedMiB: process.memoryUsage().heapUsed / MiB }) + '\n',
);
