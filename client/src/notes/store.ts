// One document's notes and highlights, kept in its sidecar file. Every write takes the
// sidecar's lock (writers in other windows and processes take turns), re-reads the file and
// merges (another writer may have written since), replaces the file atomically, and reads it
// back to catch a writer that does not lock (an older Referat, a sync tool). So a change whose
// promise resolved is in the file, whatever else writes it. A file we cannot read, or one from
// a newer Referat, is never overwritten: the store turns read-only and says why.
// File access is injected, so this runs (and is tested) without VS Code.

import { emptySidecar, type Anchor, type Highlight, type HighlightColour, type Note, type Reply, type Sidecar } from './model';
import { mergeSidecars, parseSidecar, serializeSidecar } from './sidecar';

export interface SidecarFileSystem {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): Promise<string | undefined>;
  /** Replaces the file's text at once: a reader, or a crash, sees the old text or the new, never a mix. */
  writeAtomic(path: string, text: string): Promise<void>;
  /**
   * Runs `action` while no other writer of the file runs one, in this process or another; fails
   * with a clear message when the file stays locked too long.
   */
  exclusive<T>(path: string, action: () => Promise<T>): Promise<T>;
}

export type StoreStatus =
  | { readonly kind: 'ok' }
  | { readonly kind: 'corrupt'; readonly reason: string }
  | { readonly kind: 'newer'; readonly schema: number };

/** Thrown by a change to a read-only store; the message names the reason. */
export class ReadOnlySidecarError extends Error {
  constructor(
    readonly path: string,
    readonly status: Exclude<StoreStatus, { kind: 'ok' }>,
  ) {
    super(status.kind === 'corrupt' ? `${path} cannot be read (${status.reason}); it is left as it is` : `${path} was written by a newer version of Referat (schema ${status.schema}); it is left as it is`);
  }
}

export interface StoreOptions {
  readonly clock?: () => Date;
  readonly newId?: () => string;
  /** Re-merge and write again this many times when another writer replaced the file in between. */
  readonly maxAttempts?: number;
}

export class NotesStore {
  private current: Sidecar = emptySidecar();
  private state: StoreStatus = { kind: 'ok' };
  private lastText: string | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly clock: () => Date;
  private readonly newId: () => string;
  private readonly maxAttempts: number;

  constructor(
    readonly path: string,
    private readonly fs: SidecarFileSystem,
    options: StoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  get sidecar(): Sidecar {
    return this.current;
  }

  get status(): StoreStatus {
    return this.state;
  }

  get readOnly(): boolean {
    return this.state.kind !== 'ok';
  }

  note(id: string): Note | undefined {
    return this.current.notes.find((n) => n.id === id);
  }

  /** Reads the file (a missing file is an empty one). */
  async load(): Promise<StoreStatus> {
    const text = await this.fs.read(this.path);
    this.lastText = text;
    if (text === undefined) {
      this.current = emptySidecar();
      this.state = { kind: 'ok' };
      return this.state;
    }
    const read = parseSidecar(text);
    if (read.kind === 'ok') {
      this.current = read.sidecar;
      this.state = { kind: 'ok' };
    } else if (read.kind === 'newer') {
      this.current = read.sidecar ?? emptySidecar();
      this.state = { kind: 'newer', schema: read.schema };
    } else {
      this.current = emptySidecar();
      this.state = { kind: 'corrupt', reason: read.reason };
    }
    return this.state;
  }

  /**
   * The file changed on disk (another window, a sync tool, a hand edit): take its changes in.
   * Returns whether what this store holds changed. If the file lacks a change of ours (a window
   * overwrote it without merging), ours is written back.
   */
  async reload(): Promise<boolean> {
    const text = await this.fs.read(this.path);
    if (text === this.lastText) return false;
    this.lastText = text;
    if (text === undefined) {
      // The file was deleted: keep what we hold and write it again only on the next change.
      return false;
    }
    const read = parseSidecar(text);
    if (read.kind !== 'ok') {
      const before = this.state;
      this.state = read.kind === 'newer' ? { kind: 'newer', schema: read.schema } : { kind: 'corrupt', reason: read.reason };
      if (read.kind === 'newer' && read.sidecar) this.current = read.sidecar;
      return before.kind !== this.state.kind;
    }
    const wasReadOnly = this.readOnly;
    this.state = { kind: 'ok' };
    const before = serializeSidecar(this.current);
    const merged = wasReadOnly ? read.sidecar : mergeSidecars(read.sidecar, this.current);
    this.current = merged;
    const mergedText = serializeSidecar(merged);
    if (mergedText !== text) void this.persist().catch(() => undefined);
    return mergedText !== before || wasReadOnly;
  }

  // ---- changes; each resolves once the file holds it ----

  async addNote(input: { body: string; anchor: Anchor; author?: string }): Promise<Note> {
    this.assertWritable();
    const now = this.stamp();
    const note: Note = {
      id: this.newId(),
      created: now,
      updated: now,
      ...(input.author ? { author: input.author } : {}),
      body: input.body,
      replies: [],
      resolved: false,
      anchor: input.anchor,
    };
    this.current = { ...this.current, notes: [...this.current.notes, note] };
    await this.persist();
    return note;
  }

  async updateNote(id: string, change: Partial<Pick<Note, 'body' | 'resolved' | 'anchor'>>): Promise<Note> {
    this.assertWritable();
    const note = this.require(id);
    const updated: Note = { ...note, ...change, updated: this.stamp(note.updated) };
    this.replaceNote(updated);
    await this.persist();
    return updated;
  }

  async deleteNote(id: string): Promise<void> {
    this.assertWritable();
    const note = this.require(id);
    const at = this.stamp(latest([note.updated, ...note.replies.map((r) => r.updated)]));
    this.current = {
      ...this.current,
      notes: this.current.notes.filter((n) => n.id !== id),
      deleted: [...this.current.deleted, { id, deleted: at }, ...note.replies.map((r) => ({ id: r.id, deleted: at }))],
    };
    await this.persist();
  }

  async addReply(noteId: string, input: { body: string; author?: string }): Promise<Reply> {
    this.assertWritable();
    const note = this.require(noteId);
    const now = this.stamp(note.updated);
    const reply: Reply = { id: this.newId(), created: now, updated: now, ...(input.author ? { author: input.author } : {}), body: input.body };
    this.replaceNote({ ...note, updated: now, replies: [...note.replies, reply] });
    await this.persist();
    return reply;
  }

  async updateReply(noteId: string, replyId: string, body: string): Promise<void> {
    this.assertWritable();
    const note = this.require(noteId);
    const reply = note.replies.find((r) => r.id === replyId);
    if (!reply) throw new Error(`no reply ${replyId} on note ${noteId}`);
    const now = this.stamp(latest([note.updated, reply.updated]));
    this.replaceNote({ ...note, updated: now, replies: note.replies.map((r) => (r.id === replyId ? { ...r, body, updated: now } : r)) });
    await this.persist();
  }

  async deleteReply(noteId: string, replyId: string): Promise<void> {
    this.assertWritable();
    const note = this.require(noteId);
    const reply = note.replies.find((r) => r.id === replyId);
    if (!reply) return;
    const now = this.stamp(latest([note.updated, reply.updated]));
    this.replaceNote({ ...note, updated: now, replies: note.replies.filter((r) => r.id !== replyId) });
    this.current = { ...this.current, deleted: [...this.current.deleted, { id: replyId, deleted: now }] };
    await this.persist();
  }

  async addHighlight(colour: HighlightColour, anchor: Anchor): Promise<Highlight> {
    this.assertWritable();
    const now = this.stamp();
    const highlight: Highlight = { id: this.newId(), created: now, updated: now, colour, anchor };
    this.current = { ...this.current, highlights: [...this.current.highlights, highlight] };
    await this.persist();
    return highlight;
  }

  async deleteHighlights(ids: readonly string[]): Promise<void> {
    this.assertWritable();
    const gone = this.current.highlights.filter((h) => ids.includes(h.id));
    if (gone.length === 0) return;
    this.current = {
      ...this.current,
      highlights: this.current.highlights.filter((h) => !ids.includes(h.id)),
      deleted: [...this.current.deleted, ...gone.map((h) => ({ id: h.id, deleted: this.stamp(h.updated) }))],
    };
    await this.persist();
  }

  /** Resolves when every change made so far is in the file (or failed). */
  flush(): Promise<void> {
    return this.queue;
  }

  // ---- writing ----

  private persist(): Promise<void> {
    const run = this.queue.then(() => this.fs.exclusive(this.path, () => this.writeMerged()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeMerged(): Promise<void> {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const onDisk = await this.fs.read(this.path);
      let merged = this.current;
      if (onDisk !== undefined) {
        const read = parseSidecar(onDisk);
        if (read.kind !== 'ok') {
          this.state = read.kind === 'newer' ? { kind: 'newer', schema: read.schema } : { kind: 'corrupt', reason: read.reason };
          this.lastText = onDisk;
          throw new ReadOnlySidecarError(this.path, this.state);
        }
        merged = mergeSidecars(read.sidecar, this.current);
      }
      const text = serializeSidecar(merged);
      if (text !== onDisk) await this.fs.writeAtomic(this.path, text);
      // Changes made while we wrote stay; merging is idempotent.
      this.current = mergeSidecars(this.current, merged);
      this.lastText = text;
      const after = await this.fs.read(this.path);
      if (after === text) return;
      // A writer that does not lock replaced the file between our read and our rename. If its copy already
      // holds everything of ours we are done; otherwise merge again and write.
      if (after !== undefined) {
        const read = parseSidecar(after);
        if (read.kind === 'ok' && serializeSidecar(mergeSidecars(read.sidecar, merged)) === after) {
          this.current = mergeSidecars(this.current, read.sidecar);
          this.lastText = after;
          return;
        }
      }
    }
    throw new Error(`${this.path}: another writer kept replacing the file; the change is kept in memory and written with the next one`);
  }

  // ---- helpers ----

  private assertWritable(): void {
    if (this.state.kind !== 'ok') throw new ReadOnlySidecarError(this.path, this.state);
  }

  private require(id: string): Note {
    const note = this.note(id);
    if (!note) throw new Error(`no note ${id} in ${this.path}`);
    return note;
  }

  private replaceNote(note: Note): void {
    this.current = { ...this.current, notes: this.current.notes.map((n) => (n.id === note.id ? note : n)) };
  }

  /** Now, as an ISO time strictly after `after`: successive changes to one note always order. */
  private stamp(after?: string): string {
    const now = this.clock().getTime();
    const floor = after ? Date.parse(after) + 1 : -Infinity;
    return new Date(Math.max(now, Number.isFinite(floor) ? floor : now)).toISOString();
  }
}

const latest = (times: readonly string[]) => times.reduce((a, b) => (b > a ? b : a));
