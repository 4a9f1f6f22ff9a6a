// Indexing 1,000 referater in a process of its own, so its peak resident memory is its own.
// The corpus is the workspace bench's (bench/workspaceCorpus.ts: the samples with committees,
// dates and case numbers varied, in ten folders). Two modes:
//   index  the server's WorkspaceIndex reading the folder, as the editor does on opening it
//   parse  read and parse each file in a plain loop (the floor under the index)
// Run as: node --expose-gc out/bench-bundle/indexChild.js <mode> <dir>; prints one JSON line.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReferat } from '../server/src/parser';
import { peakRss } from './peakMemory';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';
import { diskAndEditorSource } from '../server/src/workspace/indexSource';
import { ExtractedTexts } from '../server/src/workspace/extractedTexts';
import { diskSourceFiles } from '../server/src/workspace/fileSource';
import { extractText } from '../server/src/extract';

const MiB = 1024 * 1024;

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) stack.push(join(d, e.name));
      else if (e.name.endsWith('.txt')) found.push(join(d, e.name));
    }
  }
  return found.sort();
}

async function main() {
  const [mode, dir] = process.argv.slice(2);
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  let files = 0;
  let items = 0;
  if (mode === 'index') {
    const root = pathToFileURL(dir).toString();
    const index = new WorkspaceIndex(diskAndEditorSource({ openModel: () => null, parseOptions: {}, roots: [root], extracted: new ExtractedTexts(diskSourceFiles, extractText) }), () => undefined);
    index.setRoots([root]);
    await index.whenIdle();
    files = index.status().files;
    for (const s of index.summaries()) items += s.items.length;
  } else {
    for (const path of filesUnder(dir)) {
      files++;
      items += parseReferat(readFileSync(path, 'utf8')).items.length;
    }
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ mode, files, items, ms, rssBeforeMiB: rssBefore / MiB, peakRssMiB: peakRss() / MiB, heapUsedMiB: process.memoryUsage().heapUsed / MiB }) + '\n');
}

void main();
