// Extraction's public surface: a PDF's or a saved web page's bytes → the plain text the parser
// reads, plus line cues. Pure over bytes: no Node built-in, no LSP, no VS Code (the CLI reads
// files; later a web worker can run this as it is).
import { decodeHtml, decodeText } from './decode';
import { htmlToLines } from './htmlText';
import { extractPdf } from './pdfText';
import type { CancellationCheck, ExtractOptions, ExtractResult } from './result';
import { sniffKind } from './sniff';

export * from './result';
export { sniffKind } from './sniff';
export { decodeHtml, decodeText } from './decode';
export { htmlToText, htmlToLines } from './htmlText';
export { extractPdf } from './pdfText';

/** The text of a PDF, a web page or a text file, told apart by content and then by name. */
export async function extractText(bytes: Uint8Array, name: string, options: ExtractOptions = {}, token?: CancellationCheck): Promise<ExtractResult> {
  const kind = sniffKind(bytes, name);
  if (kind === 'pdf') return extractPdf(bytes, options, token);
  if (token?.isCancellationRequested) return { ok: false, kind, reason: 'cancelled' };
  const { text, lines } = kind === 'html' ? htmlToLines(decodeHtml(bytes)) : { text: decodeText(bytes), lines: [] };
  const result = { ok: true as const, kind, text, lines, pages: 1 };
  options.onProgress?.(1, 1);
  return result;
}
export { describeFailure, describeWarnings } from './describe';
