// What a sidecar `<document>.noter.json` holds. Plain JSON data, no behaviour: the store
// reads and merges it, anchoring places it in a (possibly re-published) document.

import type { SectionKind } from '../../../server/src/parser';

export const SIDECAR_SCHEMA = 1;
export const SIDECAR_SUFFIX = '.noter.json';

/** The item a note was written on, as the document named it then. */
export interface AnchorItem {
  readonly number: number;
  readonly title: string;
  readonly caseNumber: string | null;
  /** Set when another item of the document had the same case number: then it alone does not identify the item. */
  readonly sharedCaseNumber?: boolean;
}

/** What a note is attached to: a selection, a whole line, or a whole item (its heading). */
export type AnchorScope = 'selection' | 'line' | 'item';

/**
 * Where a note stood, described well enough to find the place again after the document is
 * re-published: the quoted text with some context, its item and section, and its offsets.
 */
export interface Anchor {
  readonly scope: AnchorScope;
  readonly item: AnchorItem | null;
  readonly section: SectionKind | null;
  readonly quote: string;
  /** Up to CONTEXT_LENGTH characters before the quote. */
  readonly prefix: string;
  /** Up to CONTEXT_LENGTH characters after the quote. */
  readonly suffix: string;
  /** UTF-16 offsets of the quote in the text it was written on. */
  readonly start: number;
  readonly end: number;
  /** Offset of the quote from the start of its item (finds the right one of several equal quotes). */
  readonly itemOffset: number | null;
}

export interface Reply {
  readonly id: string;
  readonly created: string;
  readonly updated: string;
  readonly author?: string;
  readonly body: string;
}

export interface Note {
  readonly id: string;
  /** ISO timestamps; `updated` decides which copy wins when two windows changed the note. */
  readonly created: string;
  readonly updated: string;
  readonly author?: string;
  readonly body: string;
  readonly replies: readonly Reply[];
  readonly resolved: boolean;
  readonly anchor: Anchor;
}

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'red'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export interface Highlight {
  readonly id: string;
  readonly created: string;
  readonly updated: string;
  readonly colour: HighlightColour;
  readonly anchor: Anchor;
}

/** A deletion, kept so that a merge with an older copy does not bring the thing back. */
export interface Tombstone {
  /** Id of a note, a reply or a highlight. */
  readonly id: string;
  readonly deleted: string;
}

export interface Sidecar {
  readonly schema: typeof SIDECAR_SCHEMA;
  readonly notes: readonly Note[];
  readonly highlights: readonly Highlight[];
  readonly deleted: readonly Tombstone[];
}

export const emptySidecar = (): Sidecar => ({ schema: SIDECAR_SCHEMA, notes: [], highlights: [], deleted: [] });

export const sidecarPathOf = (documentPath: string) => documentPath + SIDECAR_SUFFIX;
