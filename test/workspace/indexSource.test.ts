// The index's disk source: files read ahead of their turn give the same model as files read
// in turn, a file that changes after it was read ahead is indexed as it is now, and a small .txt file parsed to
// judge it is parsed again when settings add headings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReferat, type ParseOptions } from '../../server/src/parser';
import { diskAndEditorSource } from '../../server/src/workspace/indexSource';
import { ExtractedTexts } from '../../server/src/workspace/extractedTexts';
import { diskSourceFiles } from '../../server/src/workspace/fileSource';
import { extractText } from '../../server/src/extract';
import { WorkspaceIndex, type IndexSource } from '../../server/src/workspace/workspaceIndex';
import { samples } from '../testUtil';

const minutes = (title: string) => `REFERAT Byrådet d. 18-06-2024

Mødedato Tirsdag d. 18. juni 2024 kl. 19:00

Punkt 1: ${title}

24/6822

Baggrund og formål

Planen er drøftet.

Beslutning

Godkendt.
`;

function folder(files: Record<string, string | Uint8Array>): { root: string; uri: (name: string) => string; path: (name: string) => string; write: (name: string, text: string | Uint8Array) => void; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'referat-source-'));
  const write = (name: string, text: string | Uint8Array) => writeFileSync(join(dir, name), text);
  for (const [name, text] of Object.entries(files)) write(name, text);
  return {
    root: pathToFileURL(dir).toString(),
    uri: (name) => pathToFileURL(join(dir, name)).toString(),
    path: (name) => join(dir, name),
    write,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const editor = (root: string, parseOptions: ParseOptions = {}) => ({ openModel: () => null, parseOptions, roots: [root], extracted: new ExtractedTexts(diskSourceFiles, extractText) });
const outline = (doc: ReturnType<typeof parseReferat> | null) => doc && doc.items.map((it) => [it.title.value, it.sections.map((s) => s.kind)]);

test('a file read ahead gives the model a file read in turn gives', async () => {
  const big = samples().find((s) => s.text.length > 64 * 1024)!;
  const small = samples().find((s) => s.text.length < 64 * 1024)!;
  const ws = folder({ 'big.txt': big.text, 'small.txt': small.text, 'minutes.referat': minutes('Plan') });
  try {
    const source = diskAndEditorSource(editor(ws.root));
    for (const name of ['big.txt', 'small.txt', 'minutes.referat']) {
      const inTurn = await source.load(ws.uri(name));
      source.readAhead!(ws.uri(name));
      const ahead = await source.load(ws.uri(name));
      assert.ok(inTurn, name);
      assert.deepEqual(outline(ahead), outline(inTurn), name);
      assert.deepEqual(ahead!.caseNumbers, parseReferat(readFileSync(new URL(ws.uri(name)), 'utf8')).caseNumbers, name);
    }
  } finally {
    ws.remove();
  }
});

test('a file that changes on disk while it waits, read ahead, is indexed as it is now', async () => {
  // A disk whose reads complete at once: readAhead snapshots a file, load uses the snapshot.
  const disk = new Map([
    ['file:///w/a.referat', minutes('A')],
    ['file:///w/b.referat', minutes('Før')],
  ]);
  const readAhead = new Map<string, string>();
  let index: WorkspaceIndex;
  const source: IndexSource = {
    async *discover() {},
    readAhead: (uri) => void readAhead.set(uri, disk.get(uri)!),
    forget: (uri) => void readAhead.delete(uri),
    async load(uri) {
      const text = readAhead.get(uri) ?? disk.get(uri)!;
      readAhead.delete(uri);
      if (uri.endsWith('a.referat')) {
        // While a is indexed, b (read ahead already) is saved again and the watcher reports it.
        disk.set('file:///w/b.referat', minutes('Efter'));
        index.changedOnDisk('file:///w/b.referat');
      }
      return parseReferat(text);
    },
  };
  index = new WorkspaceIndex(source, () => undefined);
  index.touch('file:///w/a.referat');
  index.touch('file:///w/b.referat');
  await index.whenIdle();
  assert.deepEqual(index.get('file:///w/b.referat')?.items.map((it) => it.title), ['Efter']);
});

test('a small .txt file is parsed with the settings, not only as it was judged', async () => {
  const ws = folder({ 'lille.txt': minutes('Plan') });
  try {
    const plain = await diskAndEditorSource(editor(ws.root)).load(ws.uri('lille.txt'));
    const withHeading = await diskAndEditorSource(editor(ws.root, { sectionHeadings: [{ heading: 'Baggrund og formål', kind: 'Sagsfremstilling' }] })).load(ws.uri('lille.txt'));
    assert.deepEqual(outline(plain), [['Plan', ['Beslutning']]]);
    assert.deepEqual(outline(withHeading), [['Plan', ['Sagsfremstilling', 'Beslutning']]]);
  } finally {
    ws.remove();
  }
});

test('files are decoded as the CLI decodes them; a FIFO and a file over 100 MB are skipped', async () => {
  const text = minutes('Ældre på Ærø');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le).swap16();
  const stray = Buffer.concat([Buffer.from(text.replace('Godkendt.', 'Godkendt '), 'utf8'), Buffer.from([0xff, 0x0a])]);
  const ws = folder({ 'le.referat': le, 'be.referat': be, 'gammel.referat': Buffer.from(text, 'latin1'), 'blandet.referat': stray, 'stor.referat': '' });
  try {
    const fd = openSync(ws.path('stor.referat'), 'r+');
    ftruncateSync(fd, 100 * 1024 * 1024 + 1);
    closeSync(fd);
    const source = diskAndEditorSource(editor(ws.root));
    for (const name of ['le.referat', 'be.referat', 'gammel.referat', 'blandet.referat']) {
      assert.deepEqual(outline(await source.load(ws.uri(name))), [['Ældre på Ærø', ['Beslutning']]], name);
    }
    assert.ok((await source.load(ws.uri('blandet.referat')))!.text.endsWith('Godkendt \n\ufffd\n'), 'the stray byte, and only it, replaced');
    assert.equal(await source.load(ws.uri('stor.referat')), null, 'over the limit');
    if (spawnSync('mkfifo', [ws.path('rør.referat')]).status === 0) {
      // Opening it would wait for a writer that never comes.
      assert.equal(await source.load(ws.uri('rør.referat')), null, 'a FIFO');
    }
  } finally {
    ws.remove();
  }
});
