// The messages between the extension and the reading view's webview script
// (client/webview/readingView.ts). Offsets are UTF-16 offsets into the document's text; a place
// inside a paragraph is given as the paragraph's start and the offset in its shown text (the
// webview's text has "\n" where the document may have "\r\n"; textPlace.ts maps it back).

/** A place in a paragraph of the view. */
export interface ViewPlace {
  /** The paragraph's data-start. */
  readonly paragraph: number;
  /** Characters into the paragraph's text as the webview holds it. */
  readonly offset: number;
}

export type ToView =
  /** New content: the body from renderReadingView, and the document's URI (kept in the webview's state, to restore the view after a reload). */
  | { readonly type: 'update'; readonly html: string; readonly uri: string }
  /** Show the place at this offset: 'top' puts it at the top (the editor scrolled), 'nearest' scrolls only if hidden (the cursor moved). */
  | { readonly type: 'reveal'; readonly offset: number; readonly align: 'top' | 'nearest' };

export type FromView =
  | { readonly type: 'ready' }
  /** A heading, list entry or note was clicked: show this offset in the text. */
  | { readonly type: 'reveal'; readonly offset: number }
  /** Document text was clicked: show this place in the text. */
  | { readonly type: 'revealPlace'; readonly place: ViewPlace }
  /** The selection in the view changed (null: nothing selected in document text). */
  | { readonly type: 'selection'; readonly start: ViewPlace | null; readonly end: ViewPlace | null };
