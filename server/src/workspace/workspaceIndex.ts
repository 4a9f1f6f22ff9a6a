// The workspace index: a summary of every referat in the workspace, kept current in the
// background. Work goes through one queue, in slices of a few milliseconds of the event loop,
// so a request on the open document waits at most for a slice and one file's parse. One file's
// parse is one synchronous call, linear on any text (test/parser/adversarial.test.ts) and
// bounded by the 100 MB read limit (text/decode.ts): tens of milliseconds for a large referat,
// and test/workspace/indexResponsiveness.test.ts holds a hostile file to an ordinary one's
// cost. Queries answer from what is indexed so far; the workspace-wide ones (references,
// workspace symbols) first wait, within a bound, until the index has read the workspace
// (whenCaughtUp), so right after start-up they do not answer as if the workspace were empty.

import type { ReferatDocument } from '../parser';
import { summarize, type MinutesSummary } from './summary';
import { uriKey } from './uriKey';
import type { IndexStatus } from '../protocol';

export type { IndexStatus };

/** Where the index gets files from; the server supplies it (disk, or the open document). */
export interface IndexSource {
  /** Every candidate file under the roots, as URIs; yields as it walks. */
  discover(roots: readonly string[]): AsyncIterable<string>;
  /** The model of a file: the open document's, else parsed from disk; null when it is gone or not minutes. */
  load(uri: string): Promise<ReferatDocument | null>;
  /** Start reading a file that load() will be asked for soon (optional). */
  readAhead?(uri: string): void;
  /** The file changed: what readAhead read of it is stale (optional). */
  forget?(uri: string): void;
}

/** How far a walk of the workspace (setRoots, reindexAll) has come, for a progress indicator. */
export interface IndexProgress {
  /** Files read since the walk began. */
  readonly indexed: number;
  /** Files waiting to be read; grows while the walk is still finding files. */
  readonly pending: number;
  /** The walk is over: the index has caught up with the workspace. */
  readonly done: boolean;
}

/** A request's cancellation, as LSP's CancellationToken has it. */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}


/** Notify at most this often while a long run is going, and once when it ends. */
const CHANGE_INTERVAL_MS = 500;

/**
 * Files are indexed back to back for this long, then other work (requests) gets its turn. A
 * turn per file cost little in itself, but it is the reads that made the index slow: they are
 * started a few files ahead (READ_AHEAD), so the disk works while the index parses.
 */
const SLICE_MS = 3;
const READ_AHEAD = 4;

/**
 * The user comes first: while requests on open documents keep arriving (less than QUIET_MS
 * apart), the index waits, so they are served at idle speed. It still takes one slice at least
 * every MAX_DEFER_MS, so a user who never pauses does not stop it.
 */
const QUIET_MS = 20;
const MAX_DEFER_MS = 250;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class WorkspaceIndex {
  private readonly entries = new Map<string, MinutesSummary>();
  /** Open documents first: what the user is editing shows up in the views soonest. */
  private readonly urgent = new Set<string>();
  private readonly queue = new Set<string>();
  private roots: readonly string[] = [];
  private started = false;
  private optionsKey: string | null = null;
  private discovering = 0;
  private discoveryRun = 0;
  private running = false;
  private generation = 0;
  private notifiedGeneration = -1;
  private lastNotified = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly caughtUpWaiters = new Set<() => void>();
  /** The walk under way, if any: files read since it began, and when progress was last told. */
  private walk: { indexed: number; lastTold: number } | null = null;
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private lastUserActivity = -Infinity;

  constructor(
    private readonly source: IndexSource,
    private readonly onChanged: (status: IndexStatus) => void,
    private readonly onError: (uri: string, error: unknown) => void = () => undefined,
    private readonly onProgress: (progress: IndexProgress) => void = () => undefined,
  ) {}

  /** Index everything under these folder URIs (again); entries outside them are dropped as they are re-checked. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots;
    this.started = true;
    for (const summary of this.entries.values()) this.queue.add(summary.uri);
    void this.discover(++this.discoveryRun);
    if (!this.walk) {
      this.walk = { indexed: 0, lastTold: Date.now() };
      this.onProgress({ indexed: 0, pending: this.urgent.size + this.queue.size, done: false });
    }
    this.pump();
  }

  /** Re-read every file, e.g. after the parse options changed. */
  reindexAll(): void {
    this.setRoots(this.roots);
  }

  /** The parse options (settings) are now these, serialised: when they change, every summary may. */
  parseOptionsChanged(key: string): void {
    if (key === this.optionsKey) return;
    this.optionsKey = key;
    if (this.started) this.reindexAll();
  }

  get folders(): readonly string[] {
    return this.roots;
  }

  /** A file was created, changed or deleted on disk, or an open document changed: read it again. */
  touch(uri: string, urgent = false): void {
    this.source.forget?.(uri);
    (urgent ? this.urgent : this.queue).add(uri);
    this.pump();
  }

  /**
   * Something changed on disk at `uri`, a file or a folder: read the file again, re-check
   * what the index holds under it (a deleted folder takes its files along), and look for new
   * files under it (a created or renamed folder brings its files).
   */
  changedOnDisk(uri: string): void {
    const prefix = uriKey(uri).replace(/\/+$/, '') + '/';
    for (const [key, summary] of this.entries) if (key.startsWith(prefix)) this.queue.add(summary.uri);
    this.touch(uri);
    void this.discoverUnder(uri);
  }

  /** An open document was edited: read it again once typing pauses, not at every keystroke. */
  edited(uri: string, delayMs: number): void {
    clearTimeout(this.editTimers.get(uri));
    this.editTimers.set(
      uri,
      setTimeout(() => {
        this.editTimers.delete(uri);
        this.touch(uri, true);
      }, delayMs),
    );
  }

  get(uri: string): MinutesSummary | undefined {
    return this.entries.get(uriKey(uri));
  }

  summaries(): IterableIterator<MinutesSummary> {
    return this.entries.values();
  }

  status(): IndexStatus {
    return {
      indexing: this.busy,
      files: this.entries.size,
      pending: this.urgent.size + this.queue.size,
      generation: this.generation,
    };
  }

  /** Resolves when nothing is waiting to be indexed. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Resolves true once the index has caught up with the workspace (see `caughtUp`), false
   * when `timeoutMs` pass (Infinity: no limit) or the token is cancelled first: the caller
   * then answers with what is indexed so far.
   */
  whenCaughtUp(timeoutMs: number, token?: CancellationSignal): Promise<boolean> {
    if (this.caughtUp) return Promise.resolve(true);
    if (token?.isCancellationRequested) return Promise.resolve(false);
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let cancellation: { dispose(): void } | undefined;
      const finish = (caughtUp: boolean) => {
        clearTimeout(timer);
        cancellation?.dispose();
        this.caughtUpWaiters.delete(caughtUpNow);
        resolve(caughtUp);
      };
      const caughtUpNow = () => finish(true);
      this.caughtUpWaiters.add(caughtUpNow);
      if (Number.isFinite(timeoutMs)) timer = setTimeout(() => finish(false), timeoutMs);
      cancellation = token?.onCancellationRequested(() => finish(false));
    });
  }

  private get busy(): boolean {
    return this.running || this.discovering > 0 || this.urgent.size > 0 || this.queue.size > 0 || this.editTimers.size > 0;
  }

  /**
   * The roots are set, and every file found under them is read: the index answers for the
   * workspace. An open document's edit waiting for typing to pause does not count: its
   * previous summary answers meanwhile, and typing would otherwise keep the index behind.
   */
  private get caughtUp(): boolean {
    return this.started && !this.running && this.discovering === 0 && this.urgent.size === 0 && this.queue.size === 0;
  }

  private async discover(run: number): Promise<void> {
    this.discovering++;
    try {
      for await (const uri of this.source.discover(this.roots)) {
        if (run !== this.discoveryRun) break;
        this.queue.add(uri);
        this.pump();
      }
    } catch (e) {
      this.onError('workspace', e);
    } finally {
      this.discovering--;
      this.settle();
    }
  }

  private async discoverUnder(uri: string): Promise<void> {
    this.discovering++;
    try {
      // A file, not a folder, yields nothing here: the walk cannot list it.
      for await (const found of this.source.discover([uri])) {
        this.queue.add(found);
        this.pump();
      }
    } catch (e) {
      this.onError(uri, e);
    } finally {
      this.discovering--;
      this.settle();
    }
  }

  /** A request on an open document arrived: let the user's work go first for a moment. */
  userActive(): void {
    this.lastUserActivity = performance.now();
  }

  /** Until the user pauses (or the index has waited long enough), then the next event-loop turn. */
  private async yieldToUser(): Promise<void> {
    const waitingSince = performance.now();
    while (performance.now() - this.lastUserActivity < QUIET_MS && performance.now() - waitingSince < MAX_DEFER_MS) {
      await after(QUIET_MS);
    }
    await nextTurn();
  }

  private pump(): void {
    if (this.running) return;
    this.running = true;
    void this.run();
  }

  private async run(): Promise<void> {
    try {
      let sliceStart = -Infinity;
      for (;;) {
        if (performance.now() - sliceStart >= SLICE_MS) {
          await this.yieldToUser();
          sliceStart = performance.now();
        }
        const uri = take(this.urgent) ?? take(this.queue);
        if (uri === undefined) break;
        this.readAhead();
        await this.index(uri);
        this.notify(false);
        this.tellProgress();
      }
    } finally {
      this.running = false;
      this.settle();
    }
  }

  /** Ask the source to start reading the next files in line. */
  private readAhead(): void {
    if (!this.source.readAhead) return;
    let count = 0;
    for (const waiting of [this.urgent, this.queue]) {
      for (const uri of waiting) {
        if (count++ >= READ_AHEAD) return;
        this.source.readAhead(uri);
      }
    }
  }

  private async index(uri: string): Promise<void> {
    const key = uriKey(uri);
    try {
      const model = await this.source.load(uri);
      if (model) {
        this.entries.set(key, summarize(uri, model));
        this.generation++;
      } else if (this.entries.delete(key)) {
        this.generation++;
      }
    } catch (e) {
      // One unreadable file must not stop the rest; it is simply not in the index.
      if (this.entries.delete(key)) this.generation++;
      this.onError(uri, e);
    }
  }

  /** While a walk goes on, how far it has come, at most every CHANGE_INTERVAL_MS. */
  private tellProgress(): void {
    if (!this.walk) return;
    this.walk.indexed++;
    const now = Date.now();
    if (now - this.walk.lastTold < CHANGE_INTERVAL_MS) return;
    this.walk.lastTold = now;
    this.onProgress({ indexed: this.walk.indexed, pending: this.urgent.size + this.queue.size, done: false });
  }

  private settle(): void {
    if (this.caughtUp) {
      for (const caughtUpNow of [...this.caughtUpWaiters]) caughtUpNow();
      if (this.walk) {
        this.onProgress({ indexed: this.walk.indexed, pending: 0, done: true });
        this.walk = null;
      }
    }
    if (this.busy) return;
    this.notify(true);
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private notify(final: boolean): void {
    const now = Date.now();
    const changed = this.generation !== this.notifiedGeneration;
    const due = final ? changed : changed && now - this.lastNotified >= CHANGE_INTERVAL_MS;
    if (!due) return;
    this.notifiedGeneration = this.generation;
    this.lastNotified = now;
    this.onChanged(this.status());
  }
}

function take(set: Set<string>): string | undefined {
  for (const value of set) {
    set.delete(value);
    return value;
  }
  return undefined;
}
