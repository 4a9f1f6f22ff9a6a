// The diagnostics last published for each open document and the edits since, so the next
// publish carries over those that did not change (diagnostics/carryOver.ts) and the encoder
// sends their bytes again (platform/jsonEncoder.ts).

import type { Diagnostic } from 'vscode-languageserver-types';
import type { ReferatDocument, TextEdit } from './parser';
import type { Messages } from './l10n';
import { diagnosticsAfterEdit, type DiagnosticOptions, type Published } from './diagnostics';
import { markShared } from './languageFeatures/sharedElements';
import { EditTrail } from './editTrail';

export class PublishedDiagnostics {
  private readonly published = new Map<string, { readonly version: number; readonly published: Published }>();
  private readonly edits = new EditTrail();

  /** The editor changed `uri` from version `from` to `to` (documentEdits.ts). */
  edited(uri: string, from: number, to: number, edit: TextEdit | null): void {
    this.edits.edited(uri, from, to, edit);
  }

  /** The diagnostics to publish for version `version` of `uri`, whose model is `doc`. */
  next(doc: ReferatDocument, uri: string, version: number, messages: Messages, options: DiagnosticOptions): Diagnostic[] {
    const last = this.published.get(uri);
    const edit = last && this.edits.between(uri, last.version, version);
    const published = diagnosticsAfterEdit(doc, uri, messages, options, last && edit ? { published: last.published, edit } : null);
    this.published.set(uri, { version, published });
    this.edits.start(uri, version);
    // Elements are never changed after this: a later version carries them over as they are or copies them.
    return markShared([...published.diagnostics]);
  }

  /** The document was closed: what it published is of no use to the next open. */
  forget(uri: string): void {
    this.published.delete(uri);
    this.edits.forget(uri);
  }
}
