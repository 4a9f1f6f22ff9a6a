// The JSON encoding of messages to a client over a stream (stdio): JSON.stringify, except that
// an answer whose elements are shared between versions (languageFeatures/sharedElements.ts:
// the Outline while typing) reuses the bytes of every element it already sent. Typing a
// letter into a 1 MB referat then encodes one item's symbols, not 330 kB of JSON
// (bench: --only-typing). The bytes are those JSON.stringify gives (test/platform/).
// Node only: Buffer.

import type { Message } from 'vscode-languageserver/node';
import { hasSharedElements } from '../languageFeatures/sharedElements';

const encodedElements = new WeakMap<object, Buffer>();
const COMMA = Buffer.from(',');
const END = Buffer.from(']}');

/** A response with exactly these fields: anything else is encoded whole. */
interface Response {
  readonly jsonrpc: string;
  readonly id: number | string | null;
  readonly result: unknown;
}

function isPlainResponse(msg: Message): msg is Message & Response {
  const keys = Object.keys(msg);
  return keys.length === 3 && 'jsonrpc' in msg && 'id' in msg && 'result' in msg;
}

export function encodeMessage(msg: Message): Buffer {
  if (!isPlainResponse(msg) || !hasSharedElements(msg.result)) return Buffer.from(JSON.stringify(msg), 'utf8');
  const parts: Buffer[] = [Buffer.from(`{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"id":${JSON.stringify(msg.id)},"result":[`, 'utf8')];
  msg.result.forEach((element, i) => {
    if (i > 0) parts.push(COMMA);
    let bytes = encodedElements.get(element);
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(element), 'utf8');
      encodedElements.set(element, bytes);
    }
    parts.push(bytes);
  });
  parts.push(END);
  return Buffer.concat(parts);
}

/** vscode-jsonrpc's content type encoder, UTF-8 as LSP's default charset. */
export const jsonEncoder = {
  name: 'application/json',
  encode: (msg: Message): Promise<Uint8Array> => Promise.resolve(encodeMessage(msg)),
};
