// The sidecar file's text: reading it strictly (a file we do not fully understand is never
// rewritten), writing it readably, and merging two copies of it (two windows, one folder).
// Fields this version does not know (added by hand, by a script, or by a later Referat that
// kept schema 1) are read along and written back as they were, on the file and on each note,
// reply, highlight and anchor: a write of ours must not drop what another tool keeps there.

import {
  HIGHLIGHT_COLOURS,
  SIDECAR_SCHEMA,
  type Anchor,
  type Highlight,
  type Note,
  type Reply,
  type Sidecar,
  type Tombstone,
} from './model';

export type SidecarRead =
  | { readonly kind: 'ok'; readonly sidecar: Sidecar }
  | { readonly kind: 'corrupt'; readonly reason: string }
  /** Written by a newer Referat. `sidecar` holds what could be read of it, for showing only. */
  | { readonly kind: 'newer'; readonly schema: number; readonly sidecar: Sidecar | null };

export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(sidecar, null, 2) + '\n';
}

/** A byte order mark, which Windows editors put before UTF-8 text; it is not part of the JSON. */
const BOM = '\uFEFF';

export function parseSidecar(text: string): SidecarRead {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith(BOM) ? text.slice(BOM.length) : text);
  } catch (e) {
    return { kind: 'corrupt', reason: e instanceof Error ? e.message : String(e) };
  }
  if (!isObject(json)) return { kind: 'corrupt', reason: 'not a JSON object' };
  const schema = json.schema;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) return { kind: 'corrupt', reason: 'no "schema" number' };
  if (schema > SIDECAR_SCHEMA) {
    let sidecar: Sidecar | null = null;
    try {
      sidecar = readVersion1(json);
    } catch {
      sidecar = null;
    }
    return { kind: 'newer', schema, sidecar };
  }
  try {
    return { kind: 'ok', sidecar: readVersion1(json) };
  } catch (e) {
    return { kind: 'corrupt', reason: e instanceof Error ? e.message : String(e) };
  }
}

class Invalid extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field<T>(o: Record<string, unknown>, key: string, check: (v: unknown) => v is T, where: string): T {
  const v = o[key];
  if (!check(v)) throw new Invalid(`${where}: "${key}" is missing or has the wrong type`);
  return v;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The fields of `o` not in `known`, as they were (fromEntries: a "__proto__" key stays a plain field). */
function unknownFields(o: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([key]) => !known.includes(key)));
}

const ITEM_FIELDS = ['number', 'title', 'caseNumber', 'sharedCaseNumber'];
const ANCHOR_FIELDS = ['scope', 'item', 'section', 'quote', 'prefix', 'suffix', 'start', 'end', 'itemOffset'];
const REPLY_FIELDS = ['id', 'created', 'updated', 'author', 'body'];
const NOTE_FIELDS = [...REPLY_FIELDS, 'replies', 'resolved', 'anchor'];
const HIGHLIGHT_FIELDS = ['id', 'created', 'updated', 'colour', 'anchor'];
const TOMBSTONE_FIELDS = ['id', 'deleted'];
const FILE_FIELDS = ['schema', 'notes', 'highlights', 'deleted'];

function optionalAuthor(o: Record<string, unknown>, where: string): { author?: string } {
  if (o.author === undefined) return {};
  if (typeof o.author !== 'string') throw new Invalid(`${where}: "author" must be a string`);
  return { author: o.author };
}

function readAnchor(v: unknown, where: string): Anchor {
  if (!isObject(v)) throw new Invalid(`${where}: "anchor" must be an object`);
  const scope = field(v, 'scope', isString, where);
  if (scope !== 'selection' && scope !== 'line' && scope !== 'item') throw new Invalid(`${where}: unknown anchor scope "${scope}"`);
  let item: Anchor['item'] = null;
  if (v.item !== null && v.item !== undefined) {
    if (!isObject(v.item)) throw new Invalid(`${where}: "item" must be an object or null`);
    item = {
      number: field(v.item, 'number', isOffset, where),
      title: field(v.item, 'title', isString, where),
      caseNumber: field(v.item, 'caseNumber', isNullableString, where),
      ...(v.item.sharedCaseNumber === true ? { sharedCaseNumber: true } : {}),
      ...unknownFields(v.item, ITEM_FIELDS),
    };
  }
  const start = field(v, 'start', isOffset, where);
  const end = field(v, 'end', isOffset, where);
  if (end < start) throw new Invalid(`${where}: anchor ends before it starts`);
  const itemOffset = v.itemOffset === undefined || v.itemOffset === null ? null : field(v, 'itemOffset', isOffset, where);
  return {
    scope,
    item,
    section: (v.section === undefined ? null : field(v, 'section', isNullableString, where)) as Anchor['section'],
    quote: field(v, 'quote', isString, where),
    prefix: field(v, 'prefix', isString, where),
    suffix: field(v, 'suffix', isString, where),
    start,
    end,
    itemOffset,
    ...unknownFields(v, ANCHOR_FIELDS),
  };
}

/** The fields a note shares with its replies: id, times, author and text. */
function readComment(v: Record<string, unknown>, where: string): Reply {
  return {
    id: field(v, 'id', isString, where),
    created: field(v, 'created', isString, where),
    updated: field(v, 'updated', isString, where),
    ...optionalAuthor(v, where),
    body: field(v, 'body', isString, where),
  };
}

function readReply(v: unknown, where: string): Reply {
  if (!isObject(v)) throw new Invalid(`${where}: a reply must be an object`);
  return { ...readComment(v, where), ...unknownFields(v, REPLY_FIELDS) };
}

function readNote(v: unknown, index: number): Note {
  const where = `notes[${index}]`;
  if (!isObject(v)) throw new Invalid(`${where} must be an object`);
  return {
    ...readComment(v, where),
    replies: field(v, 'replies', isArray, where).map((r, i) => readReply(r, `${where}.replies[${i}]`)),
    resolved: field(v, 'resolved', isBoolean, where),
    anchor: readAnchor(v.anchor, where),
    ...unknownFields(v, NOTE_FIELDS),
  };
}

function readHighlight(v: unknown, index: number): Highlight {
  const where = `highlights[${index}]`;
  if (!isObject(v)) throw new Invalid(`${where} must be an object`);
  const colour = field(v, 'colour', isString, where);
  if (!(HIGHLIGHT_COLOURS as readonly string[]).includes(colour)) throw new Invalid(`${where}: unknown colour "${colour}"`);
  return {
    id: field(v, 'id', isString, where),
    created: field(v, 'created', isString, where),
    updated: field(v, 'updated', isString, where),
    colour: colour as Highlight['colour'],
    anchor: readAnchor(v.anchor, where),
    ...unknownFields(v, HIGHLIGHT_FIELDS),
  };
}

function readTombstone(v: unknown, index: number): Tombstone {
  const where = `deleted[${index}]`;
  if (!isObject(v)) throw new Invalid(`${where} must be an object`);
  return { id: field(v, 'id', isString, where), deleted: field(v, 'deleted', isString, where), ...unknownFields(v, TOMBSTONE_FIELDS) };
}

function readVersion1(json: Record<string, unknown>): Sidecar {
  const list = (key: string) => (json[key] === undefined ? [] : field(json, key, isArray, 'file'));
  return {
    schema: SIDECAR_SCHEMA,
    notes: list('notes').map(readNote),
    highlights: list('highlights').map(readHighlight),
    deleted: list('deleted').map(readTombstone),
    ...unknownFields(json, FILE_FIELDS),
  };
}

// ---- merging ----

interface Versioned {
  readonly id: string;
  readonly updated: string;
}

/** The copy that wins: the later `updated`; on a tie the larger serialisation, so both windows agree. */
function later<T extends Versioned>(a: T, b: T): T {
  if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function unionById<T extends Versioned>(a: readonly T[], b: readonly T[], pick: (x: T, y: T) => T): Map<string, T> {
  const byId = new Map<string, T>();
  for (const x of [...a, ...b]) {
    const seen = byId.get(x.id);
    byId.set(x.id, seen ? pick(seen, x) : x);
  }
  return byId;
}

const alive = (deleted: ReadonlyMap<string, string>) => (x: Versioned) => {
  const at = deleted.get(x.id);
  // An edit made after the deletion (in a window that had not seen it) keeps the thing.
  return at === undefined || x.updated > at;
};

const byCreation = (x: { created: string; id: string }, y: { created: string; id: string }) =>
  x.created < y.created ? -1 : x.created > y.created ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/**
 * Both copies' changes in one: per note (and per reply, per highlight) the last updated copy
 * wins; a deletion wins over every copy updated before it. Commutative and idempotent, so
 * two windows merging in either order write the same file.
 */
export function mergeSidecars(a: Sidecar, b: Sidecar): Sidecar {
  const deleted = new Map<string, string>();
  for (const t of [...a.deleted, ...b.deleted]) {
    const seen = deleted.get(t.id);
    if (seen === undefined || t.deleted > seen) deleted.set(t.id, t.deleted);
  }
  const isAlive = alive(deleted);
  const notes = [...unionById(a.notes, b.notes, (x, y) => {
    const winner = later(x, y);
    const replies = [...unionById(x.replies, y.replies, later).values()].filter(isAlive).sort(byCreation);
    return { ...winner, replies };
  }).values()]
    .filter(isAlive)
    .map((n) => (n.replies.every(isAlive) ? n : { ...n, replies: n.replies.filter(isAlive) }))
    .sort(byCreation);
  const highlights = [...unionById(a.highlights, b.highlights, later).values()].filter(isAlive).sort(byCreation);
  const tombstones = [...deleted].map(([id, at]) => ({ id, deleted: at })).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { schema: SIDECAR_SCHEMA, notes, highlights, deleted: tombstones, ...mergeUnknownFields(a, b) };
}

/**
 * The file's own unknown fields from both copies, by name. One that differs between them has
 * no time to decide by; the larger serialisation wins, as on a tie of notes, so both windows
 * write the same file.
 */
function mergeUnknownFields(a: Sidecar, b: Sidecar): Record<string, unknown> {
  const fromA = new Map(Object.entries(unknownFields(a as unknown as Record<string, unknown>, FILE_FIELDS)));
  const fromB = new Map(Object.entries(unknownFields(b as unknown as Record<string, unknown>, FILE_FIELDS)));
  const keys = [...new Set([...fromA.keys(), ...fromB.keys()])].sort();
  return Object.fromEntries(
    keys.map((key) => {
      const x = fromA.get(key);
      const y = fromB.get(key);
      if (!fromA.has(key)) return [key, y];
      if (!fromB.has(key)) return [key, x];
      return [key, JSON.stringify(x) >= JSON.stringify(y) ? x : y];
    }),
  );
}
