// A failed extraction in the user's language, one line (the CLI prints it after the file name).

import type { Messages } from '../l10n';
import type { ExtractFailure } from './result';

/** The warning for text left out of a PDF that was read: pages in a font that maps to no characters. */
export function describeUnreadablePages(pages: readonly number[], messages: Messages): string {
  return messages.t('extract.unreadablePages', pages.join(', '));
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
