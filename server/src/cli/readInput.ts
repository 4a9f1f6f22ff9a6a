// Reading a file for the CLI: refuse what is not text with one clear line, never a stack trace.

import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {}

export function readReferatFile(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older Danish exports are Windows-1252; decoding them as such keeps æ, ø and å.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
