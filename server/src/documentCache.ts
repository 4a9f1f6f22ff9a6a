// Parse once per document version. Every feature asks here; none parses for itself. When the
// editor's edits since the cached version are known, the next version is re-parsed from the
// cached one (only the edited item, where that is possible; see parser/incremental.ts).

import { parseEditable, reparseAfterEdit, type EditableParse, type ModelOrigin, type ParseOptions, type ReferatDocument, type TextEdit } from './parser';
import { EditTrail } from './editTrail';

export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export class DocumentCache {
  private readonly entries = new Map<string, { version: number; parsed: EditableParse; parseMs: number; origin: ModelOrigin | null }>();
  private readonly edits = new EditTrail();
  private options: ParseOptions = {};

  get(document: VersionedText): ReferatDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.parsed.model;
    const started = performance.now();
    const edit = cached && this.edits.between(document.uri, cached.version, document.version);
    this.edits.start(document.uri, document.version);
    const parsed = cached && edit ? reparseAfterEdit(cached.parsed, document.getText(), edit) : parseEditable(document.getText(), this.options);
    // The version before is kept only until the next parse: one model more per open document.
    const origin = cached && parsed.reparsedItem !== null ? { previous: cached.parsed.model, item: parsed.reparsedItem, lineDelta: parsed.reparsedLineDelta } : null;
    this.entries.set(document.uri, { version: document.version, parsed, parseMs: performance.now() - started, origin });
    return parsed.model;
  }

  /**
   * How the document's current model came from the one before, when only one item was parsed
   * again: features that computed something per item for the model before (the Outline) redo
   * that item alone.
   */
  origin(uri: string): ModelOrigin | null {
    return this.entries.get(uri)?.origin ?? null;
  }

  /**
   * The editor changed the document from version `from` to `to` by `edit` (offsets in the text
   * of `from`), or replaced it whole (null). Edits pile up until the next `get`.
   */
  edited(uri: string, from: number, to: number, edit: TextEdit | null): void {
    this.edits.edited(uri, from, to, edit);
  }

  /** The item the last parse of the document re-parsed alone, or null after a whole parse. */
  reparsedItem(uri: string): number | null {
    return this.entries.get(uri)?.parsed.reparsedItem ?? null;
  }

  /** How long the document's last parse took (0 when it was never parsed): what the next one will cost, about. */
  parseCost(uri: string): number {
    return this.entries.get(uri)?.parseMs ?? 0;
  }

  /** New parse options (settings changed): every model is stale. */
  setOptions(options: ParseOptions): void {
    this.options = options;
    for (const uri of this.entries.keys()) this.edits.forget(uri);
    this.entries.clear();
  }

  get parseOptions(): ParseOptions {
    return this.options;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.edits.forget(uri);
  }
}
