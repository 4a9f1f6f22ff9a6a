// When an open document's diagnostics are published after an edit. A fixed pause (200 ms)
// kept typing in a big document from re-parsing it at every keystroke, but made every
// document's diagnostics lag a fifth of a second behind. Now the pause follows what publishing
// costs for that document: computing its diagnostics (the least of the last three
// computations) plus its last parse (an edit re-parses one item where it can, so after the
// first letter that is the item's parse, not the whole text's). A cheap one is published at
// once (after the requests that arrived with the change, so changes that arrive together are
// published once); any other waits until typing pauses, and for a costly one until it has
// paused for twice its cost, so the server is busy with it at most a third of the time while
// the user types. The parse is the one known when the change arrives, not the one at the last
// publish: the open's whole parse, once counted in, kept a 1 MB referat's diagnostics waiting
// for a pause in typing that a typist's pace never made. No connection here: server.ts publishes.

/**
 * Below this a computation is published at once. Published at once, it runs between two
 * keystrokes and competes with the next one's parse and Outline; below 2 ms that is noise in
 * the frame the next keystroke has. At 16 ms (a frame, the bar until session 7) a 1 MB
 * referat's diagnostics (3-5 ms a letter) ran after every letter: the server's CPU per letter
 * was 8 ms instead of 5, and their garbage brought collections into the next letter's frame
 * (bench: --only-typing, server CPU per letter).
 */
export const IMMEDIATE_BELOW_MS = 2;
/**
 * The least pause for a computation that is not cheap: typing has paused. A fast typist's
 * letters come 50-150 ms apart; a slower typist's gaps are long enough for the computation.
 */
export const TYPING_PAUSE_MS = 150;
/** The pause after the last change, per millisecond the computation costs. */
const PAUSE_PER_COST = 2;
/** The longest pause: even a 50 MB document's diagnostics follow within two seconds of a pause. */
export const MAX_PAUSE_MS = 2000;
/**
 * A document's cost is the least of its last few computations: one that another process
 * slowed (a shared machine, a garbage collection) says nothing about the document, and taken
 * alone it would make the next edit wait for no reason.
 */
const COSTS_KEPT = 3;

/** The pause before publishing, given what the last computation cost (undefined: never computed). */
export function diagnosticsDelay(lastCostMs: number | undefined): number {
  if (lastCostMs === undefined || lastCostMs < IMMEDIATE_BELOW_MS) return 0;
  return Math.min(MAX_PAUSE_MS, Math.max(TYPING_PAUSE_MS, Math.round(PAUSE_PER_COST * lastCostMs)));
}

export class DiagnosticsSchedule {
  private readonly pending = new Map<string, () => void>();
  private readonly costs = new Map<string, number[]>();

  constructor(private readonly publish: (uri: string) => void) {}

  /** The document was edited; its last parse cost `parseMs`: publish after the pause both ask for. */
  changed(uri: string, parseMs: number): void {
    const recent = this.costs.get(uri);
    this.schedule(uri, diagnosticsDelay(recent ? Math.min(...recent) + parseMs : undefined));
  }

  /** Publish on the next turn whatever the cost (opened, settings changed). */
  soon(uri: string): void {
    this.schedule(uri, 0);
  }

  /** What computing the document's diagnostics last cost, its parse not included. */
  costWas(uri: string, ms: number): void {
    const recent = this.costs.get(uri) ?? [];
    recent.push(ms);
    if (recent.length > COSTS_KEPT) recent.shift();
    this.costs.set(uri, recent);
  }

  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  /** The document was closed: nothing to publish, and a reopened one starts afresh. */
  closed(uri: string): void {
    this.cancel(uri);
    this.costs.delete(uri);
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    const run = () => {
      this.pending.delete(uri);
      this.publish(uri);
    };
    if (delay === 0) {
      // Two turns, not one: a request that came with the change (an editor asks for the
      // Outline right after a keystroke) is then answered before the diagnostics are computed
      // and sent, since the connection handles its next message on the turn after the change.
      // Nobody waits on a publish; somebody waits on the answer.
      let handle = setImmediate(() => (handle = setImmediate(run)));
      this.pending.set(uri, () => clearImmediate(handle));
    } else {
      const handle = setTimeout(run, delay);
      this.pending.set(uri, () => clearTimeout(handle));
    }
  }

  private cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }
}
