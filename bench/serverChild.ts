// The figures through the real server for one referat, with the client in a process of its
// own: by then the bench's own process has parsed up to 100 MB, and the collector's work on
// that heap would fall into the client's timings (it parses every Outline answer it times).
// Run as: node out/bench-bundle/serverChild.js <repo root> <heapProbe.js> <input as JSON>;
// prints one JSON line.

import type { BenchInput } from './inputs';
import { serverFigure } from './serverBench';

async function main() {
  const [repoRoot, heapProbe, input] = process.argv.slice(2);
  const figure = await serverFigure(repoRoot, heapProbe, JSON.parse(input) as BenchInput);
  process.stdout.write(JSON.stringify(figure) + '\n');
}

void main();
