// What a file is: by its first bytes where they say so (a PDF starts %PDF-, a web page with a
// doctype or an <html> tag), else by its name (.pdf, .html, .htm, .xhtml), else text.

import { latin1 } from './decode';
import type { SourceKind } from './result';

/** How much of the start is looked at. */
const WINDOW = 1024;
const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta)\b/i;

export function sniffKind(bytes: Uint8Array, name = ''): SourceKind {
  // Past a UTF-8 or UTF-16 byte order mark; UTF-16 text has a NUL beside each ASCII letter.
  const head = latin1(bytes.subarray(0, WINDOW)).replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\0/g, '');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (HTML_START.test(pastPrologue(head))) return 'html';
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'pdf') return 'pdf';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  return 'text';
}

/** Past leading whitespace, an XML declaration and comments (a browser's "saved from" note). */
function pastPrologue(head: string): string {
  let at = 0;
  for (;;) {
    while (at < head.length && /\s/.test(head[at])) at++;
    const close = head.startsWith('<!--', at) ? head.indexOf('-->', at + 4) : head.startsWith('<?xml', at) ? head.indexOf('?>', at) : -1;
    if (close < 0) return head.slice(at);
    at = close + (head[close] === '-' ? 3 : 2);
  }
}
