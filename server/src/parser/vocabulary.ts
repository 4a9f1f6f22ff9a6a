// The words of the domain, each in one table, so a new municipality's variant is a
// one-line change here and nowhere else.

import type { Outcome, SectionKind } from './model';

/** Section headings as written (compared lower-cased, trailing colon ignored). */
export const SECTION_HEADINGS: ReadonlyArray<readonly [heading: string, kind: SectionKind]> = [
  ['Beslutningstema', 'Beslutningstema'],
  ['Resume', 'Resume'],
  ['Resumé', 'Resume'],
  ['Sagsfremstilling', 'Sagsfremstilling'],
  ['Indledning', 'Sagsfremstilling'],
  ['Indstilling', 'Indstilling'],
  ['Indstillinger', 'Indstilling'],
  ['Administrativ indstilling', 'Indstilling'],
  ['Beslutning', 'Beslutning'],
  ['Beslutninger', 'Beslutning'],
  ['Bilag', 'Bilag'],
  ['Lovgrundlag', 'Lovgrundlag'],
  ['Kommunikation', 'Kommunikation'],
  ['Kommunikation/Høring', 'Kommunikation'],
  ['Økonomi', 'Økonomi'],
  ['Økonomiske konsekvenser', 'Økonomi'],
  ['Økonomi/Personaleforhold', 'Økonomi'],
  ['Personale', 'Personale'],
  ['Personalemæssige konsekvenser', 'Personale'],
  ['Retsgrundlag', 'Retsgrundlag'],
  ['Retsregler og andre forskrifter', 'Retsgrundlag'],
  ['Høring', 'Høring'],
  ['Tidligere behandling', 'Tidligere behandling'],
];

/** Words that open a Beslutning heading with a qualifier ("Beslutning fra Socialudvalget, ..."). */
export const DECISION_HEADING_WORDS: readonly string[] = ['Beslutning', 'Beslutninger'];

/** The verb of an unheaded recommendation line ("Direktøren for ... indstiller"). */
export const RECOMMENDS_VERB = 'indstiller';

/** Item kind prefixes of the transcript style ("Beslutningssag: <title>"). */
export const ITEM_KIND_PREFIXES = ['Beslutningssag', 'Orienteringssag'] as const;

/**
 * Outcome phrases, lower-case. The earliest phrase in a text wins; at the same place the
 * longer one ("ikke godkendt" over "godkendt"), so order does not matter here.
 */
export const OUTCOME_PHRASES: ReadonlyArray<readonly [phrase: string, outcome: Outcome]> = [
  ['ikke godkendt', 'ikke godkendt'],
  ['ikke godkendte', 'ikke godkendt'],
  ['ikke godkendes', 'ikke godkendt'],
  ['godkendes ikke', 'ikke godkendt'],
  ['forkastet', 'ikke godkendt'],
  ['anbefales godkendt', 'anbefales godkendt'],
  ['anbefales', 'anbefales godkendt'],
  ['anbefalede', 'anbefales godkendt'],
  ['indstilles godkendt', 'indstilles godkendt'],
  ['indstilles til godkendelse', 'indstilles godkendt'],
  ['taget til efterretning', 'taget til efterretning'],
  ['tages til efterretning', 'taget til efterretning'],
  ['tog orienteringen til efterretning', 'taget til efterretning'],
  ['godkendt', 'godkendt'],
  ['godkendes', 'godkendt'],
  ['godkendte', 'godkendt'],
  ['drøftet', 'drøftet'],
  ['drøftede', 'drøftet'],
  ['drøftelsen gennemførtes', 'drøftet'],
  ['udsat', 'udsat'],
  ['udsættes', 'udsat'],
  ['tiltrådt', 'tiltrådt'],
  ['tiltrådte', 'tiltrådt'],
  ['for forslaget stemte', 'afstemning'],
  ['orientering foretaget', 'orientering'],
  ['orienterede', 'orientering'],
];

export const MONTHS: readonly string[] = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
];

/** Danish weekdays, indexed as Date.getUTCDay() (0 = Sunday). */
export const WEEKDAYS: readonly string[] = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** Header field labels of the line-structured exports. */
export const HEADER_LABELS = {
  meetingDate: 'Mødedato',
  place: 'Mødested',
  participants: 'Mødedeltagere',
  absent: ['Fraværende', 'Afbud'],
  toc: ['Indholdsfortegnelse', 'Sagsoversigt'],
} as const;
