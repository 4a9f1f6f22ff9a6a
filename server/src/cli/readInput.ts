// Reading a file for the CLI: text as it is, a PDF or a saved web page through extract/ (told
// apart by content, then by name). What cannot be read becomes one clear line, never a stack
// trace.

import { readFileSync, statSync } from 'node:fs';
import { decodeText, describeFailure, extractText, sniffKind } from '../extract';
import type { Messages } from '../l10n';

export class InputError extends Error {}

export function readBytes(path: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The text of a referat: a text file decoded, a PDF's or web page's text extracted. */
export async function readDocument(path: string, messages: Messages): Promise<string> {
  const bytes = readBytes(path);
  if (sniffKind(bytes, path) === 'text') {
    if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: binary file, not text`);
    // Older Danish exports are Windows-1252; decodeText keeps their æ, ø and å.
    return decodeText(bytes);
  }
  const result = await extractText(bytes, path);
  if (!result.ok) throw new InputError(`${path}: ${describeFailure(result, messages)}`);
  return result.text;
}
