// Shared by the reading and navigation protocol tests: where things stand in a sample, found
// from its text and gold (never from the server under test).

import { positionOf } from './lspClient';
import type { Sample } from '../testUtil';

export type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

/** Offset of the first character of a 1-based line. */
export function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const n = text.indexOf('\n', offset);
    if (n < 0) return text.length;
    offset = n + 1;
  }
  return offset;
}

/** The range of `needle`, searched from `from`; throws when it is not there, so a test fails plainly. */
export function rangeOf(text: string, needle: string, from = 0): Range {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not found after offset ${from}`);
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
}

/** The offset of a gold position (1-based line, optional 0-based column). */
export const goldOffset = (text: string, line: number, column = 0) => lineStart(text, line) + column;

export const itemOf = (sample: Sample, number: number) => {
  const item = sample.gold.items.find((i) => i.number === number);
  if (!item) throw new Error(`${sample.name} has no Punkt ${number} in its gold`);
  return item;
};
