// Parse once per document version. Every feature asks here; none parses for itself.

import { parseReferat, type ParseOptions, type ReferatDocument } from './parser';

export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export class DocumentCache {
  private readonly entries = new Map<string, { version: number; model: ReferatDocument; parseMs: number }>();
  private options: ParseOptions = {};

  get(document: VersionedText): ReferatDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const started = performance.now();
    const model = parseReferat(document.getText(), this.options);
    this.entries.set(document.uri, { version: document.version, model, parseMs: performance.now() - started });
    return model;
  }

  /** How long the document's last parse took (0 when it was never parsed): what the next one will cost, about. */
  parseCost(uri: string): number {
    return this.entries.get(uri)?.parseMs ?? 0;
  }

  /** New parse options (settings changed): every model is stale. */
  setOptions(options: ParseOptions): void {
    this.options = options;
    this.entries.clear();
  }

  get parseOptions(): ParseOptions {
    return this.options;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
