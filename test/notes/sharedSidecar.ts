// The shared-sidecar race: several processes add notes to one sidecar at once; afterwards
// every note whose addNote() resolved must be in the file. Used by the quick tier (a small
// run, test/notes/sharedSidecar.test.ts) and the durability tier (a larger one).

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSidecar } from '../../client/src/notes/sidecar';

const WRITER = join(__dirname, 'sharedSidecarWriter.js');

export interface RaceResult {
  readonly acknowledged: number;
  /** Acknowledged notes missing from the file afterwards, and writers that failed. */
  readonly problems: string[];
}

function runWriter(path: string, name: string, notes: number): Promise<{ acked: string[]; problem?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WRITER, path, name, String(notes)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('close', (code) => {
      const acked = out
        .split('\n')
        .filter((l) => l.startsWith('ack '))
        .map((l) => l.slice(4));
      resolve({ acked, problem: code === 0 ? undefined : `writer ${name} exited with ${code}: ${err.trim()}` });
    });
  });
}

export async function raceOnOneSidecar(writers: number, notesEach: number): Promise<RaceResult> {
  const dir = mkdtempSync(join(tmpdir(), 'referat-shared-'));
  const path = join(dir, 'byraad.txt.noter.json');
  try {
    const runs = await Promise.all(Array.from({ length: writers }, (_, w) => runWriter(path, `w${w}`, notesEach)));
    const problems = runs.flatMap((r) => (r.problem ? [r.problem] : []));
    const read = parseSidecar(readFileSync(path, 'utf8'));
    if (read.kind !== 'ok') return { acknowledged: 0, problems: [...problems, `the sidecar reads as ${read.kind}`] };
    const present = new Set(read.sidecar.notes.map((n) => n.id));
    const acked = runs.flatMap((r) => r.acked);
    for (const id of acked) if (!present.has(id)) problems.push(`acknowledged note ${id} is missing`);
    return { acknowledged: acked.length, problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
