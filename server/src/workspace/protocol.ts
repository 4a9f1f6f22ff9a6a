// The workspace requests beyond LSP, as the client's views and the tests call them. The
// client keeps its own copy of these shapes (client/src/views/protocol.ts): it may not import
// the server.

import type { Range } from 'vscode-languageserver-types';
import type { IndexStatus } from './workspaceIndex';

/** Request, no parameters: CaseEntry[]. */
export const CASES_REQUEST = 'referat/cases';
/** Request, no parameters: CommitteeEntry[]. */
export const MEETINGS_REQUEST = 'referat/meetings';
/** Request `{ wait?: boolean }`: IndexStatus, after the index is idle when `wait` is set. */
export const INDEX_STATUS_REQUEST = 'referat/indexStatus';
/** Notification with IndexStatus: the index changed (sent when a run ends, and now and then during one). */
export const INDEX_CHANGED_NOTIFICATION = 'referat/indexChanged';

export interface IndexStatusParams {
  readonly wait?: boolean;
}

export type { IndexStatus };

/** One agenda item of one meeting, as the views show it. */
export interface ItemEntry {
  readonly uri: string;
  /** The item's heading: where a click goes. */
  readonly range: Range;
  readonly number: number;
  readonly title: string;
  readonly caseNumber: string | null;
  /** The outcome of this meeting's Beslutning, as the user reads it (glossed in English). */
  readonly outcome: string | null;
}

export interface CaseStep extends ItemEntry {
  readonly committee: string | null;
  readonly date: string | null;
  /** False when the case is only mentioned in the item, not the item's own case number. */
  readonly own: boolean;
}

export interface CaseEntry {
  readonly caseNumber: string;
  /** Every item where the case appears, in meeting date order. */
  readonly steps: readonly CaseStep[];
}

export interface MeetingEntry {
  readonly uri: string;
  readonly fileName: string;
  readonly committee: string | null;
  readonly date: string | null;
  readonly kind: 'referat' | 'dagsorden' | null;
  readonly items: readonly ItemEntry[];
}

export interface CommitteeEntry {
  /** The committee without its term; null for minutes that name none. */
  readonly committee: string | null;
  /** Most recent first. */
  readonly meetings: readonly MeetingEntry[];
}
