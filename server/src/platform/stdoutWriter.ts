// LSP messages onto stdout, each as one write: vscode-jsonrpc's stream writer writes a message's
// header, waits for that write to finish, then writes its body, two system calls and a turn of
// the event loop apart, per message (a keystroke sends two: the Outline and the diagnostics).
// Here the header and the body are corked into one writev, in the order messages are given.
// Node only.

import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { encodeMessage } from './jsonEncoder';

export class StdoutMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly out: Writable) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let body: Buffer;
    try {
      body = encodeMessage(msg);
    } catch (error) {
      this.fireError(error, msg, ++this.errorCount);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const done = (error?: Error | null) => {
        if (!error) return resolve();
        this.fireError(error, msg, ++this.errorCount);
        reject(error);
      };
      this.out.cork();
      this.out.write(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii');
      this.out.write(body, done);
      this.out.uncork();
    });
  }

  end(): void {
    this.out.end();
  }
}
