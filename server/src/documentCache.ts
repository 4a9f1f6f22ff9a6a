// Parse once per document version. Every feature asks here; none parses for itself.

import { parseReferat, type ParseOptions, type ReferatDocument } from './parser';

export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export class DocumentCache {
  private readonly entries = new Map<string, { version: number; model: ReferatDocument }>();
  private options: ParseOptions = {};

  get(document: VersionedText): ReferatDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = parseReferat(document.getText(), this.options);
    this.entries.set(document.uri, { version: document.version, model });
    return model;
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
