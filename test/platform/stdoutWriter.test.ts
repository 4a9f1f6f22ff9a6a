// The server's messages on stdout: each framed with the byte length of its UTF-8 body, in the
// order given, header and body in one write, and a failing stream reported, not swallowed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { StdoutMessageWriter } from '../../server/src/platform/stdoutWriter';

function recordingStream(fail = false): { stream: Writable; writes: Buffer[] } {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writes.push(chunk);
      callback(fail ? new Error('EPIPE') : null);
    },
    writev(chunks, callback) {
      writes.push(Buffer.concat(chunks.map((c) => c.chunk as Buffer)));
      callback(fail ? new Error('EPIPE') : null);
    },
  });
  return { stream, writes };
}

test('each message is one write: Content-Length of its UTF-8 bytes, then the body, in order', async () => {
  const { stream, writes } = recordingStream();
  const writer = new StdoutMessageWriter(stream);
  const messages = [
    { jsonrpc: '2.0', id: 1, result: [{ name: 'Punkt 1: Økonomi – å "citat"' }] },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///æ.txt', diagnostics: [] } },
  ];
  await Promise.all(messages.map((m) => writer.write(m)));
  assert.equal(writes.length, 2);
  writes.forEach((w, i) => {
    const body = Buffer.from(JSON.stringify(messages[i]), 'utf8');
    assert.ok(w.equals(Buffer.concat([Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body])), w.toString());
  });
});

test('a write that fails rejects and is reported to the connection', async () => {
  const { stream } = recordingStream(true);
  stream.on('error', () => undefined);
  const writer = new StdoutMessageWriter(stream);
  const errors: unknown[] = [];
  writer.onError(([error]) => errors.push(error));
  await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: null } as never), /EPIPE/);
  assert.ok(errors.length >= 1);
});
