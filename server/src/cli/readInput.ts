// Reading a file for the CLI: text as it is, a PDF or a saved web page through extract/ (told
// apart by content, then by name); what cannot be read becomes one clear line, never a stack
// trace. Only regular files are read (or stdin, as "-"), and never more than MAX_TEXT_BYTES: a
// device like /dev/zero or a huge file would otherwise grow the process until it dies.

import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { decodeText, MAX_TEXT_BYTES, MAX_TEXT_SIZE } from '../text/decode';
import { describeFailure, describeWarnings, extractText, sniffKind } from '../extract';
import type { Messages } from '../l10n';

export class InputError extends Error {}

/** The name that reads standard input. */
export const STDIN = '-';

/**
 * The text of the file at `path` ("-" for stdin), decoded as the workspace index decodes it.
 * `warn` hears of bytes that were not valid text (they are shown as U+FFFD).
 */
export function readReferatFile(path: string, messages: Messages, warn: (message: string) => void = warnOnStderr(messages)): string {
  return decodedText(path, readBytes(path, messages), messages, warn);
}

/** The bytes of the file at `path` ("-" for stdin), within the limits above. */
export function readBytes(path: string, messages: Messages): Uint8Array {
  return path === STDIN ? readStdin(messages) : readRegularFile(path, messages);
}

/** The text of a referat: a text file decoded, a PDF's or web page's text extracted. */
export async function readDocument(path: string, messages: Messages, warn: (message: string) => void = warnOnStderr(messages)): Promise<string> {
  const bytes = readBytes(path, messages);
  if (sniffKind(bytes, path) === 'text') return decodedText(path, bytes, messages, warn);
  const result = await extractText(bytes, path);
  if (!result.ok) throw new InputError(`${path}: ${describeFailure(result, messages)}`);
  if (result.ok) for (const warning of describeWarnings(result, messages)) warn(`${path}: ${warning}`);
  return result.text;
}

function decodedText(path: string, bytes: Uint8Array, messages: Messages, warn: (message: string) => void): string {
  const name = path === STDIN ? 'stdin' : path;
  const decoded = decodeText(bytes);
  if (!decoded) throw new InputError(messages.t('input.binary', name));
  if (decoded.invalid > 0) {
    const one = decoded.invalid === 1;
    const key = decoded.encoding === 'utf-8' ? (one ? 'input.invalidUtf8.one' : 'input.invalidUtf8') : one ? 'input.invalidUtf16.one' : 'input.invalidUtf16';
    warn(messages.t(key, name, decoded.firstInvalidLine ?? 1, decoded.invalid));
  }
  return decoded.text;
}

/** One line on stderr; the command goes on (exit 0 if nothing else is wrong). */
const warnOnStderr = (messages: Messages) => (message: string): void => {
  process.stderr.write(`referat: ${messages.t('input.warning')}: ${message}\n`);
};

const tooLarge = (name: string, messages: Messages) => new InputError(messages.t('input.tooLarge', name, MAX_TEXT_SIZE));
const unreadable = (name: string, e: unknown, messages: Messages) => new InputError(messages.t('input.unreadable', name, e instanceof Error ? e.message : String(e)));

function readRegularFile(path: string, messages: Messages): Uint8Array {
  let fd: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(messages.t('input.directory', path));
    // Before opening: opening a FIFO waits for a writer, and a device may never end.
    if (!stat.isFile()) throw new InputError(messages.t('input.notRegular', path));
    fd = openSync(path, 'r');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(messages.t('input.noSuchFile', path));
    throw unreadable(path, e, messages);
  }
  try {
    // What was opened, in case the path changed since it was looked at.
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(messages.t('input.notRegular', path));
    if (stat.size > MAX_TEXT_BYTES) throw tooLarge(path, messages);
    return readAtMost(fd, path, messages);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw unreadable(path, e, messages);
  } finally {
    closeSync(fd);
  }
}

function readStdin(messages: Messages): Uint8Array {
  try {
    return readAtMost(0, 'stdin', messages);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw unreadable('stdin', e, messages);
  }
}

const CHUNK = 1024 * 1024;

/** Everything up to end of file, refusing it once it passes MAX_TEXT_BYTES (a file may grow while read). */
function readAtMost(fd: number, name: string, messages: Messages): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const n = readWaiting(fd, chunk);
    if (n === 0) break;
    total += n;
    if (total > MAX_TEXT_BYTES) throw tooLarge(name, messages);
    chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** readSync, waiting while a non-blocking stdin has nothing yet (EAGAIN) instead of failing. */
function readWaiting(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if ((e as { code?: string }).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}
