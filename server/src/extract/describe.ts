// A failed extraction in the user's language, one line (the CLI prints it after the file name).

import type { Messages } from '../l10n';
import type { ExtractFailure } from './result';

export function describeFailure(failure: ExtractFailure, messages: Messages): string {
  const detail = failure.detail ?? '';
  switch (failure.reason) {
    case 'no-text':
      return messages.t('extract.noText');
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
