// The JSON encoding of messages to a client over a stream (stdio): JSON.stringify, except that
// an array whose elements are shared between versions (languageFeatures/sharedElements.ts: the
// Outline's symbols, the published diagnostics while typing) reuses the bytes of every element
// it already sent, wherever it stands in the message (an answer's result, a notification's
// params). Typing a letter into a 1 MB referat then encodes one item's symbols, not 330 kB of
// JSON, and the diagnostics the letter changed, not 75 kB (bench: --only-typing). The bytes
// are those JSON.stringify gives (test/platform/).
// Node only: Buffer.

import type { Message } from 'vscode-languageserver/node';
import { hasSharedElements } from '../languageFeatures/sharedElements';

const encodedElements = new WeakMap<object, Buffer>();
const COMMA = Buffer.from(',');
const COLON = Buffer.from(':');
/** How deep in a message a shared array is looked for: a notification's params.diagnostics. */
const SHARED_DEPTH = 2;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

function holdsShared(value: unknown, depth: number): boolean {
  if (hasSharedElements(value)) return true;
  return depth > 0 && isPlainObject(value) && Object.values(value).some((v) => holdsShared(v, depth - 1));
}

/** `value` as JSON.stringify writes it (undefined for what it leaves out), shared elements from their bytes. */
function encodeValue(value: unknown, depth: number, parts: Buffer[]): void {
  if (hasSharedElements(value)) {
    parts.push(Buffer.from('['));
    value.forEach((element, i) => {
      if (i > 0) parts.push(COMMA);
      let bytes = encodedElements.get(element);
      if (!bytes) {
        bytes = Buffer.from(JSON.stringify(element), 'utf8');
        encodedElements.set(element, bytes);
      }
      parts.push(bytes);
    });
    parts.push(Buffer.from(']'));
  } else if (depth > 0 && isPlainObject(value) && holdsShared(value, depth)) {
    parts.push(Buffer.from('{'));
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      // JSON.stringify leaves these keys out of an object.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      if (!first) parts.push(COMMA);
      first = false;
      parts.push(Buffer.from(JSON.stringify(key), 'utf8'), COLON);
      encodeValue(v, depth - 1, parts);
    }
    parts.push(Buffer.from('}'));
  } else {
    parts.push(Buffer.from(JSON.stringify(value), 'utf8'));
  }
}

export function encodeMessage(msg: Message): Buffer {
  if (!holdsShared(msg, SHARED_DEPTH)) return Buffer.from(JSON.stringify(msg), 'utf8');
  const parts: Buffer[] = [];
  encodeValue(msg, SHARED_DEPTH, parts);
  return Buffer.concat(parts);
}
