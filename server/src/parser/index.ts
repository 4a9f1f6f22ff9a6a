// The parser's public surface. Nothing here imports Node built-ins, LSP or VS Code.
export * from './model';
export { parseReferat, parseEditable, pageAt } from './parse';
export type { ParseOptions, EditableParse } from './parse';
export { reparseAfterEdit, composeEdits } from './incremental';
export type { ModelOrigin, TextEdit } from './incremental';
export { LineIndex } from './lineIndex';
export type { LineCharacter } from './lineIndex';
export { normalizeTitle } from './lines';
export { findCaseNumbers, compileCaseNumberPatterns } from './caseNumbers';
export type { CaseNumberPattern } from './caseNumbers';
export { findDates, weekdayOf, isoDate } from './dates';
export { findOutcome } from './decisions';
export type { ExtraSectionHeading } from './headings';
export { looksLikeMinutes, detectMinutes, minutesKind } from './detect';
export { decisionsOf, pointAt, itemAt } from './pairing';
export { lastWhere } from './sorted';
export { ownString, withOwnStrings } from './ownStrings';
export type { ItemDecisions, DecisionPairing, PointPair } from './pairing';
