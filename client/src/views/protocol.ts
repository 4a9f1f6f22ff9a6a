// The server's workspace requests as the views receive them. A copy of the shapes in
// server/src/workspace/protocol.ts: the client may not import the server, and JSON is the contract.

export interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export const CASES_REQUEST = 'referat/cases';
export const MEETINGS_REQUEST = 'referat/meetings';
export const INDEX_CHANGED_NOTIFICATION = 'referat/indexChanged';

export interface ItemEntry {
  readonly uri: string;
  readonly range: LspRange;
  readonly number: number;
  readonly title: string;
  readonly caseNumber: string | null;
  readonly outcome: string | null;
}

export interface CaseStep extends ItemEntry {
  readonly committee: string | null;
  readonly date: string | null;
  readonly own: boolean;
}

export interface CaseEntry {
  readonly caseNumber: string;
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
  readonly committee: string | null;
  readonly meetings: readonly MeetingEntry[];
}
