// Following a case across meetings, through the real server over stdio: a workspace of the
// samples and other committees' minutes, indexed in the background; workspace symbols,
// references, highlights, links to other minutes and the views, also after files change.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import {
  DocumentHighlightRequest,
  DocumentLinkRequest,
  HoverRequest,
  FileChangeType,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type DocumentLink,
  type Location,
  type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { startServer, positionOf, type TestClient } from '../server/lspClient';
import { samples, type Sample } from '../testUtil';
import { buildWorkspace, BYRAADET, SOCIALUDVALGET, UAI_MARCH, type Workspace } from './workspaceFixture';
import type { CaseEntry, CommitteeEntry, IndexStatus } from '../../server/src/protocol';

let ws: Workspace;
let client: TestClient;
const sample = (prefix: string): Sample => samples().find((s) => s.name.startsWith(prefix))!;

/** Waits until the index has taken in everything sent so far (messages are handled in order). */
const indexed = () => client.connection.sendRequest<IndexStatus>('referat/indexStatus', { wait: true });

before(async () => {
  ws = buildWorkspace();
  client = await startServer({ rootUri: ws.rootUri, locale: 'da' });
  await indexed();
});
after(async () => {
  await client.stop();
  ws.remove();
});

function openFile(...parts: string[]): { uri: string; text: string } {
  const text = readFileSync(ws.path(...parts), 'utf8');
  return { uri: client.open(ws.uri(...parts), text), text };
}

/** The range of every occurrence of `needle` in `text`, as LSP positions. */
function rangesOf(text: string, needle: string) {
  const ranges = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    ranges.push({ start: positionOf(text, at), end: positionOf(text, at + needle.length) });
  }
  return ranges;
}

const headingOf = (text: string, heading: string) => {
  const at = text.indexOf(heading);
  assert.ok(at >= 0, heading);
  return positionOf(text, at);
};

const references = async (uri: string, text: string, needle: string) =>
  (await client.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri },
    position: positionOf(text, text.indexOf(needle) + 3),
    context: { includeDeclaration: true },
  })) as Location[];

const crossLinks = async (uri: string) =>
  ((await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) ?? []).filter((l) => !l.target?.startsWith(uri)) as DocumentLink[];

test('the index holds the minutes of the workspace, and skips other text and node_modules/.git', async () => {
  const status = await indexed();
  assert.equal(status.indexing, false);
  assert.equal(status.files, 8);
  const committees = await client.connection.sendRequest<CommitteeEntry[]>('referat/meetings');
  assert.deepEqual(
    committees.map((c) => [c.committee, c.meetings.map((m) => m.date)]),
    [
      ['Beskæftigelsesudvalget', ['2021-02-24', '2020-11-25', '2020-10-06', '2017-01-11']],
      ['Byrådet', ['2024-06-18']],
      ['Socialudvalget', ['2020-09-21']],
      ['Udvalget for arbejdsmarked og integration', ['2024-05-21', '2024-03-19']],
    ],
  );
  const byraadet = committees.find((c) => c.committee === 'Byrådet')!.meetings[0];
  assert.equal(byraadet.uri, ws.uri('andre udvalg', 'a-byraadet.referat'));
  assert.deepEqual(
    byraadet.items.map((i) => [i.number, i.title, i.caseNumber, i.outcome, i.range.start]),
    [
      [120, 'Kvalitetsstandard for Rusmiddelcenter Jammerbugt', '15.00.00-A00-89-18', 'godkendt', headingOf(BYRAADET, 'Punkt 120')],
      [121, 'Beskæftigelsesplan 2025', '24/6822', 'taget til efterretning', headingOf(BYRAADET, 'Punkt 121')],
    ],
  );
});

test('workspace symbols find an item by its case number, named with it, in its meeting', async () => {
  const s002 = sample('002');
  const goldItem = s002.gold.items.find((i) => i.caseNumber === '16/28428')!;
  const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '16/28428' })) as SymbolInformation[];
  assert.deepEqual(
    symbols.map((s) => [s.name, s.containerName, s.location.uri, s.location.range.start]),
    [[`Punkt ${goldItem.number}: ${goldItem.title} · 16/28428`, 'Beskæftigelsesudvalget · 2017-01-11', ws.uri('samples', s002.name), { line: goldItem.line - 1, character: goldItem.column ?? 0 }]],
  );
});

test('workspace symbols find items by title across all minutes, most recent meeting first', async () => {
  const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Beskæftigelsesplan' })) as SymbolInformation[];
  const fromGold = (prefix: string) => {
    const s = sample(prefix);
    const item = s.gold.items.find((i) => /beskæftigelsesplan/i.test(i.title))!;
    return [`Punkt ${item.number}: ${item.title}`, ws.uri('samples', s.name), item.line - 1];
  };
  assert.deepEqual(
    symbols.map((s) => [s.name, s.location.uri, s.location.range.start.line]),
    [['Punkt 121: Beskæftigelsesplan 2025', ws.uri('andre udvalg', 'a-byraadet.referat'), headingOf(BYRAADET, 'Punkt 121').line], fromGold('001'), fromGold('000')],
  );
  assert.deepEqual(
    symbols.map((s) => s.containerName),
    ['Byrådet · 2024-06-18', 'Udvalget for arbejdsmarked og integration · 2024-05-21', 'Beskæftigelsesudvalget · 2020-11-25'],
  );
});

test('references on a case number list every meeting where it appears, by meeting date', async () => {
  const s000 = openFile('samples', sample('000').name);
  const locations = await references(s000.uri, s000.text, '15.00.00-A00-89-18');
  const byraadet = ws.uri('andre udvalg', 'a-byraadet.referat');
  // The council's file sorts first by name; its meeting is later, so it comes last.
  assert.deepEqual(locations, [
    ...rangesOf(s000.text, '15.00.00-A00-89-18').map((range) => ({ uri: s000.uri, range })),
    ...rangesOf(BYRAADET, '15.00.00-A00-89-18').map((range) => ({ uri: byraadet, range })),
  ]);
  assert.equal(locations.length, 3);
  client.close(s000.uri);
});

test('references from a file that is not open in its own right include mentions in the text', async () => {
  const council = openFile('andre udvalg', 'a-byraadet.referat');
  const s001 = sample('001');
  const locations = await references(council.uri, council.text, '24/6822');
  assert.deepEqual(locations, [
    ...rangesOf(s001.text, '24/6822').map((range) => ({ uri: ws.uri('samples', s001.name), range })),
    ...rangesOf(BYRAADET, '24/6822').map((range) => ({ uri: council.uri, range })),
  ]);
  assert.equal(locations.length, 3);
  client.close(council.uri);
});

test('the hover on a case number names the other meetings it appears in, as links to the items', async () => {
  const s000 = openFile('samples', sample('000').name);
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s000.uri }, position: positionOf(s000.text, s000.text.indexOf('15.00.00-A00-89-18') + 2) });
  const markdown = (hover?.contents as { value: string }).value;
  const council = ws.uri('andre udvalg', 'a-byraadet.referat');
  assert.equal(markdown.split('\n').pop(), `Også i: [Byrådet, 2024-06-18, Punkt 120](${council}#L${headingOf(BYRAADET, 'Punkt 120').line + 1})`);
  // A case no other file shares: no such line.
  const alone = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s000.uri }, position: positionOf(s000.text, s000.text.indexOf('00.30.02-S00-21-19') + 2) });
  assert.doesNotMatch((alone?.contents as { value: string }).value, /Også i/);
  client.close(s000.uri);
});

test('no references and no highlights away from a case number', async () => {
  const s000 = openFile('samples', sample('000').name);
  assert.deepEqual(await references(s000.uri, s000.text, 'Mødested'), []);
  const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: s000.uri }, position: positionOf(s000.text, s000.text.indexOf('Mødested')) });
  assert.deepEqual(highlights, []);
  client.close(s000.uri);
});

test('document highlights mark the case number where it stands in this document', async () => {
  const s000 = openFile('samples', sample('000').name);
  const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, {
    textDocument: { uri: s000.uri },
    position: positionOf(s000.text, s000.text.lastIndexOf('15.00.00-A00-89-18') + 18),
  });
  assert.deepEqual(
    highlights?.map((h) => h.range),
    rangesOf(s000.text, '15.00.00-A00-89-18'),
  );
  client.close(s000.uri);
});

test('a "Tidligere behandling" line links to that meeting\'s item on the same case', async () => {
  const s001 = openFile('samples', sample('001').name);
  const links = await crossLinks(s001.uri);
  const line = '19.03.2024 Udvalget for arbejdsmarked og integration.';
  const at = s001.text.indexOf(line);
  assert.deepEqual(
    links.map((l) => [l.range, l.target]),
    [[{ start: positionOf(s001.text, at), end: positionOf(s001.text, at + line.length) }, `${ws.uri('andre udvalg', 'uai-2024-03-19.referat.txt')}#L${headingOf(UAI_MARCH, 'Punkt 12').line + 1}`]],
  );
  assert.match(links[0].tooltip ?? '', /Punkt 12 i Udvalget for arbejdsmarked og integration, 2024-03-19/);
  client.close(s001.uri);
});

test('a quoted earlier decision links to the item it names in that committee\'s minutes', async () => {
  const s003 = openFile('samples', sample('003').name);
  const links = await crossLinks(s003.uri);
  const heading = 'Beslutning fra Socialudvalget, 21. september 2020, pkt. 95:';
  const at = s003.text.indexOf(heading);
  assert.deepEqual(
    links.map((l) => [l.range, l.target]),
    [[{ start: positionOf(s003.text, at), end: positionOf(s003.text, at + heading.length) }, `${ws.uri('andre udvalg', 'socialudvalget.referat')}#L${headingOf(SOCIALUDVALGET, 'Punkt 95').line + 1}`]],
  );
  client.close(s003.uri);
});

test('the "Sager" view follows a case through its meetings in date order, with the outcome at each step', async () => {
  const cases = await client.connection.sendRequest<CaseEntry[]>('referat/cases');
  const kle = cases.find((c) => c.caseNumber === '15.00.00-A00-89-18')!;
  const s000 = sample('000');
  const goldItem = (n: number) => s000.gold.items.find((i) => i.number === n)!;
  assert.deepEqual(
    kle.steps.map((s) => [s.committee, s.date, s.number, s.outcome, s.own, s.uri, s.range.start.line]),
    [
      ['Beskæftigelsesudvalget', '2020-11-25', 68, 'godkendt', true, ws.uri('samples', s000.name), goldItem(68).line - 1],
      ['Beskæftigelsesudvalget', '2020-11-25', 69, 'godkendt', true, ws.uri('samples', s000.name), goldItem(69).line - 1],
      ['Byrådet', '2024-06-18', 120, 'godkendt', true, ws.uri('andre udvalg', 'a-byraadet.referat'), headingOf(BYRAADET, 'Punkt 120').line],
    ],
  );
  // Cases whose latest meeting is most recent come first: the council's two.
  assert.deepEqual(cases.slice(0, 2).map((c) => c.caseNumber).sort(), ['15.00.00-A00-89-18', '24/6822']);
  // One step per item, however often the item mentions the case.
  assert.deepEqual(cases.find((c) => c.caseNumber === '24/6822')!.steps.map((s) => [s.date, s.number]), [['2024-05-21', 5], ['2024-06-18', 121]]);
});

test('an open document counts as it is in the editor, not as it is on disk', async () => {
  const council = ws.uri('andre udvalg', 'a-byraadet.referat');
  const edited = BYRAADET.replace('jf. sag 24/6822', 'jf. sag 24/6822 og 16/28428');
  client.open(council, edited);
  await indexed();
  const s002 = openFile('samples', sample('002').name);
  const locations = await references(s002.uri, s002.text, '16/28428');
  assert.deepEqual(locations.map((l) => l.uri), [s002.uri, council]);
  assert.deepEqual(locations[1].range, rangesOf(edited, '16/28428')[0]);
  // An edit counts too, once typing pauses.
  const again = edited.replace('Punkt 120: Kvalitetsstandard', 'Punkt 120: 16/28428 Kvalitetsstandard');
  client.change(council, again);
  await indexed();
  assert.deepEqual(
    (await references(s002.uri, s002.text, '16/28428')).filter((l) => l.uri === council).map((l) => l.range),
    rangesOf(again, '16/28428'),
  );
  client.close(council);
  await indexed();
  assert.deepEqual((await references(s002.uri, s002.text, '16/28428')).map((l) => l.uri), [s002.uri]);
  client.close(s002.uri);
});

test('a changed file is read again', async () => {
  const path = ws.path('andre udvalg', 'a-byraadet.referat');
  writeFileSync(path, BYRAADET.replace(/\nPunkt 121:[^]*$/, '\n'));
  client.filesChanged([{ uri: ws.uri('andre udvalg', 'a-byraadet.referat'), type: FileChangeType.Changed }]);
  await indexed();
  const s001 = openFile('samples', sample('001').name);
  assert.deepEqual((await references(s001.uri, s001.text, '24/6822')).map((l) => l.uri), [s001.uri]);
  const cases = await client.connection.sendRequest<CaseEntry[]>('referat/cases');
  assert.deepEqual(cases.find((c) => c.caseNumber === '24/6822')!.steps.map((s) => s.number), [5]);
  client.close(s001.uri);
  writeFileSync(path, BYRAADET);
  client.filesChanged([{ uri: ws.uri('andre udvalg', 'a-byraadet.referat'), type: FileChangeType.Changed }]);
  await indexed();
});

test('a renamed file (deleted, then created) is found under its new name', async () => {
  renameSync(ws.path('andre udvalg', 'socialudvalget.referat'), ws.path('andre udvalg', 'socialudvalget-2020-09-21.referat'));
  client.filesChanged([
    { uri: ws.uri('andre udvalg', 'socialudvalget.referat'), type: FileChangeType.Deleted },
    { uri: ws.uri('andre udvalg', 'socialudvalget-2020-09-21.referat'), type: FileChangeType.Created },
  ]);
  await indexed();
  const s003 = openFile('samples', sample('003').name);
  const links = await crossLinks(s003.uri);
  assert.deepEqual(
    links.map((l) => l.target),
    [`${ws.uri('andre udvalg', 'socialudvalget-2020-09-21.referat')}#L${headingOf(SOCIALUDVALGET, 'Punkt 95').line + 1}`],
  );
  assert.equal((await indexed()).files, 8);
  client.close(s003.uri);
});

test('a deleted file leaves the index, its links and the views', async () => {
  unlinkSync(ws.path('andre udvalg', 'uai-2024-03-19.referat.txt'));
  client.filesChanged([{ uri: ws.uri('andre udvalg', 'uai-2024-03-19.referat.txt'), type: FileChangeType.Deleted }]);
  const status = await indexed();
  assert.equal(status.files, 7);
  const s001 = openFile('samples', sample('001').name);
  assert.deepEqual(await crossLinks(s001.uri), []);
  const committees = await client.connection.sendRequest<CommitteeEntry[]>('referat/meetings');
  assert.deepEqual(committees.find((c) => c.committee === 'Udvalget for arbejdsmarked og integration')!.meetings.map((m) => m.date), ['2024-05-21']);
  client.close(s001.uri);
});

test('a folder created or deleted brings its minutes into the index or takes them out', async () => {
  const folder = ws.path('nyt udvalg');
  mkdirSync(folder);
  writeFileSync(ws.path('nyt udvalg', 'aeldre.referat'), SOCIALUDVALGET.replace('Socialudvalget', 'Ældreudvalget'));
  client.filesChanged([{ uri: ws.uri('nyt udvalg'), type: FileChangeType.Created }]);
  await indexed();
  const committees = async () => (await client.connection.sendRequest<CommitteeEntry[]>('referat/meetings')).map((c) => c.committee);
  assert.ok((await committees()).includes('Ældreudvalget'));
  rmSync(folder, { recursive: true });
  client.filesChanged([{ uri: ws.uri('nyt udvalg'), type: FileChangeType.Deleted }]);
  await indexed();
  assert.ok(!(await committees()).includes('Ældreudvalget'));
});
