// The reading view's words in the user's language (l10n/bundle.l10n.da.json), for the pure
// renderer. Danish domain words (Punkt, Indstilling, Beslutning) stay Danish; outcomes are
// glossed in English, as in the hovers.

import * as vscode from 'vscode';
import type { ReadingLabels } from './render';

export function readingLabels(): ReadingLabels {
  return {
    lang: vscode.env.language.toLowerCase().startsWith('da') ? 'da' : 'en',
    referat: vscode.l10n.t('Referat'),
    dagsorden: vscode.l10n.t('Dagsorden'),
    minutes: vscode.l10n.t('Minutes'),
    punkt: vscode.l10n.t('Punkt'),
    items: vscode.l10n.t('Items'),
    meeting: vscode.l10n.t('Meeting'),
    date: vscode.l10n.t('Date'),
    time: vscode.l10n.t('Time'),
    place: vscode.l10n.t('Place'),
    participants: vscode.l10n.t('Participants'),
    absent: vscode.l10n.t('Absent'),
    caseNumber: vscode.l10n.t('Case number'),
    page: vscode.l10n.t('Page {0}'),
    closed: vscode.l10n.t('Closed'),
    indstilling: vscode.l10n.t('Indstilling'),
    beslutning: vscode.l10n.t('Beslutning'),
    decisionMissing: vscode.l10n.t('Beslutning missing'),
    noAnswer: vscode.l10n.t('(no answer)'),
    earlierDecisions: vscode.l10n.t('Earlier decisions'),
    text: vscode.l10n.t('Text'),
    untitled: vscode.l10n.t('(untitled)'),
    noItems: vscode.l10n.t('No agenda items (Punkt) were found in this document.'),
    showInText: vscode.l10n.t('Show Punkt {0} in the text'),
    note: vscode.l10n.t('Note'),
    resolved: vscode.l10n.t('resolved'),
    replies: vscode.l10n.t('{0} replies'),
    outcomes: {
      godkendt: vscode.l10n.t('godkendt (approved)'),
      'anbefales godkendt': vscode.l10n.t('anbefales godkendt (recommended)'),
      'indstilles godkendt': vscode.l10n.t('indstilles godkendt (recommended)'),
      'taget til efterretning': vscode.l10n.t('taget til efterretning (noted)'),
      drøftet: vscode.l10n.t('drøftet (discussed)'),
      'ikke godkendt': vscode.l10n.t('ikke godkendt (not approved)'),
      udsat: vscode.l10n.t('udsat (postponed)'),
      tiltrådt: vscode.l10n.t('tiltrådt (agreed)'),
      afstemning: vscode.l10n.t('afstemning (vote)'),
      orientering: vscode.l10n.t('orientering (informed)'),
    },
  };
}
