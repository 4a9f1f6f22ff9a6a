// Picks the user's language (from the client's locale) and formats messages.

import type { Outcome } from '../parser';
import { MESSAGES, type MessageKey } from './messages';

export type Language = keyof typeof MESSAGES;

/** Outcome words are Danish in the documents; English readers get a gloss. */
const OUTCOME_EN: Record<Outcome, string> = {
  godkendt: 'godkendt (approved)',
  'anbefales godkendt': 'anbefales godkendt (recommended)',
  'indstilles godkendt': 'indstilles godkendt (recommended)',
  'taget til efterretning': 'taget til efterretning (noted)',
  drøftet: 'drøftet (discussed)',
  'ikke godkendt': 'ikke godkendt (not approved)',
  udsat: 'udsat (postponed)',
  tiltrådt: 'tiltrådt (agreed)',
  afstemning: 'afstemning (vote)',
  orientering: 'orientering (informed)',
};

/** Weekdays are Danish in the documents; English readers get a gloss. */
const WEEKDAY_EN: Record<string, string> = {
  mandag: 'Monday',
  tirsdag: 'Tuesday',
  onsdag: 'Wednesday',
  torsdag: 'Thursday',
  fredag: 'Friday',
  lørdag: 'Saturday',
  søndag: 'Sunday',
};

export class Messages {
  readonly language: Language;

  constructor(locale: string | undefined) {
    this.language = locale && /^(da|nb|nn|no)\b/i.test(locale) ? 'da' : 'en';
  }

  t(key: MessageKey, ...args: Array<string | number>): string {
    const template: string = MESSAGES[this.language][key] ?? MESSAGES.en[key];
    return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
  }

  /** An outcome as the user reads it: the Danish word, glossed in English. */
  outcome(outcome: Outcome): string {
    return this.language === 'da' ? outcome : OUTCOME_EN[outcome];
  }

  /** A Danish weekday ("onsdag") as the user reads it, glossed in English. */
  weekday(weekday: string): string {
    const gloss = WEEKDAY_EN[weekday];
    return this.language === 'da' || !gloss ? weekday : `${weekday} (${gloss})`;
  }
}
