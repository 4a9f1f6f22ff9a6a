// PDFs' texts are extracted once per version of the file: asked again, the same extraction
// answers; after the file changes (time or size), it is read again; a cancelled reading is not
// kept; and the cache holds at most its bound of text, the least recently used going first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExtractedTexts } from '../../server/src/workspace/extractedTexts';
import { diskSourceFiles } from '../../server/src/workspace/fileSource';
import { extractText } from '../../server/src/extract';
import { LEFT, makePdf } from '../extract/makePdf';

const onePage = (text: string) => makePdf([[{ text, x: LEFT, y: 90 }]]);

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'referat-extracted-'));
  return {
    write(name: string, bytes: Uint8Array, mtime?: Date) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      if (mtime) utimesSync(path, mtime, mtime);
      return pathToFileURL(path).toString();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const textOf = (file: Awaited<ReturnType<ExtractedTexts['get']>>) => (file?.result.ok ? file.result.text : null);

test('a PDF is read once per version; a changed file is read again, a missing one is null', async () => {
  const ws = folder();
  try {
    const texts = new ExtractedTexts(diskSourceFiles, extractText);
    const uri = ws.write('referat.pdf', await onePage('Punkt 1: Budget'), new Date(2025, 0, 1));
    const first = await texts.get(uri);
    assert.equal(textOf(first), 'Punkt 1: Budget\n');
    assert.equal(await texts.get(uri), first, 'the same extraction answers while the file is unchanged');
    ws.write('referat.pdf', await onePage('Punkt 1: Budget 2026'), new Date(2025, 0, 2));
    assert.equal(textOf(await texts.get(uri)), 'Punkt 1: Budget 2026\n');
    assert.equal(await texts.get(pathToFileURL(join(tmpdir(), 'findes-ikke-referat.pdf')).toString()), null);
  } finally {
    ws.remove();
  }
});

test('a cancelled reading answers cancelled and is not kept; the cache keeps within its bound, least recently used out', async () => {
  const ws = folder();
  try {
    const uri = ws.write('a.pdf', await onePage('Punkt 1: Aaaa'));
    const texts = new ExtractedTexts(diskSourceFiles, extractText, 40);
    const cancelled = await texts.get(uri, undefined, { isCancellationRequested: true });
    assert.deepEqual(cancelled?.result.ok === false && cancelled.result.reason, 'cancelled');
    const a = await texts.get(uri, undefined, { isCancellationRequested: false });
    assert.equal(textOf(a), 'Punkt 1: Aaaa\n');
    const b = ws.write('b.pdf', await onePage('Punkt 2: Bbbb'));
    const c = ws.write('c.pdf', await onePage('Punkt 3: Cccc'));
    const fromB = await texts.get(b);
    assert.equal(await texts.get(uri), a, 'a and b (28 units) fit in 40');
    await texts.get(c); // a, b, c would be 42: b, the least recently used, goes
    assert.equal(await texts.get(uri), a);
    assert.notEqual(await texts.get(b), fromB, 'b was read again');
  } finally {
    ws.remove();
  }
});
