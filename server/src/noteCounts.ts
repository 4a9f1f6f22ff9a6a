// How many notes each item of an open document has. The notes live in the client (sidecar
// files next to the documents); it tells the server with a `referat/noteCounts` notification
// so the Outline's detail and the item hover can show them.

export { NOTE_COUNTS_NOTIFICATION } from './protocol';

export class NoteCounts {
  private readonly byUri = new Map<string, ReadonlyMap<number, number>>();

  /** Takes a notification's parameters; returns false (and keeps nothing) when they are malformed. */
  set(params: unknown): boolean {
    if (typeof params !== 'object' || params === null) return false;
    const { uri, counts } = params as { uri?: unknown; counts?: unknown };
    if (typeof uri !== 'string' || typeof counts !== 'object' || counts === null || Array.isArray(counts)) return false;
    const map = new Map<number, number>();
    for (const [key, value] of Object.entries(counts)) {
      const item = Number(key);
      if (!Number.isInteger(item) || typeof value !== 'number' || !Number.isInteger(value) || value < 0) return false;
      if (value > 0) map.set(item, value);
    }
    if (map.size === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, map);
    return true;
  }

  get(uri: string): ReadonlyMap<number, number> | null {
    return this.byUri.get(uri) ?? null;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
