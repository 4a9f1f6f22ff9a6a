// A failed extraction in the user's language, one line (the CLI prints it after the file name),
// and what a reader should know of one that was read: text left out, hardly any text at all, or
// pages that are scans.

import type { Messages } from '../l10n';
import type { Extracted, ExtractFailure } from './result';

/** One line each: pages in a font that maps to no characters; a PDF with almost no text (a scan with a stamp); scanned pages among text pages. */
export function describeWarnings(result: Extracted, messages: Messages): string[] {
  const warnings: string[] = [];
  if (result.unreadablePages) warnings.push(messages.t('extract.unreadablePages', result.unreadablePages.join(', ')));
  if (result.littleText) warnings.push(messages.t('extract.littleText', result.littleText.characters, result.pages));
  if (result.scannedPages) warnings.push(messages.t('extract.scannedPages', result.scannedPages.join(', ')));
  return warnings;
}

export function describeFailure(failure: ExtractFailure, messages: Messages): string {
  const detail = failure.detail ?? '';
  switch (failure.reason) {
    case 'no-text':
      return messages.t('extract.noText');
    case 'unmapped-font':
      return messages.t('extract.unmappedFont');
    case 'encrypted':
      return messages.t('extract.encrypted');
    case 'damaged':
      return failure.page ? messages.t('extract.damagedPage', failure.page, detail) : messages.t('extract.damaged', detail);
    case 'too-many-pages':
      return messages.t('extract.tooManyPages', failure.count ?? 0, failure.limit ?? 0);
    case 'too-slow':
      return messages.t('extract.tooSlow', failure.page ?? 0, Math.max(0, Math.round((failure.limit ?? 0) / 1000)));
    case 'cancelled':
      return messages.t('extract.cancelled');
  }
}
