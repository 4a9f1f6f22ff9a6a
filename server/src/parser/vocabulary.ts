// The words of the domain, each in one table, so a new municipality's variant is a
// one-line change here and nowhere else.

import type { Outcome, SectionKind } from './model';

/**
 * Section headings as written (compared lower-cased, trailing colon ignored).
 * "Fremstilling" is none: First Agenda writes it over the item's fields (Sagsprocedure, Resume,
 * Indstilling), a group of sections, not one (corpus gold, Greve).
 */
export const SECTION_HEADINGS: ReadonlyArray<readonly [heading: string, kind: SectionKind]> = [
  ['Beslutningstema', 'Beslutningstema'],
  ['Sagstema', 'Beslutningstema'],
  ['Resume', 'Resume'],
  ['Resumé', 'Resume'],
  ['Sagsresumé', 'Resume'],
  ['Sagsresume', 'Resume'],
  ['Sammendrag', 'Resume'],
  ['Sagens kerne', 'Resume'],
  ['Anledning', 'Resume'],
  ['Sagsfremstilling', 'Sagsfremstilling'],
  ['Indledning', 'Sagsfremstilling'],
  ['Sagsbeskrivelse', 'Sagsfremstilling'],
  ['Supplerende sagsfremstilling', 'Sagsfremstilling'],
  ['Sagens indhold', 'Sagsfremstilling'],
  ['Beskrivelse af sagen', 'Sagsfremstilling'],
  ['Sagsfremstilling og økonomi', 'Sagsfremstilling'],
  ['Problemstilling', 'Sagsfremstilling'],
  ['Indstilling', 'Indstilling'],
  ['Indstillinger', 'Indstilling'],
  ['Indstilling og beslutning', 'Indstilling'],
  ['Direktionens indstilling', 'Indstilling'],
  ['Administrativ indstilling', 'Indstilling'],
  ['Administrationens indstilling', 'Indstilling'],
  ['Forvaltningens indstilling', 'Indstilling'],
  ['Forvaltningen foreslår', 'Indstilling'],
  ['Forslag til beslutning', 'Indstilling'],
  // "ANBEFALING:" over "Administrationen indstiller …" (Dragør's pages): the administration's recommendation.
  ['Anbefaling', 'Indstilling'],
  ['Beslutning', 'Beslutning'],
  ['Beslutninger', 'Beslutning'],
  ['Beslutningspunkter', 'Indstilling'],
  ['Udvalgets beslutning', 'Beslutning'],
  ['Afgørelse', 'Beslutning'],
  ['Udvalgets afgørelse', 'Beslutning'],
  ['Bilag', 'Bilag'],
  ['Lovgrundlag', 'Lovgrundlag'],
  ['Kommunikation', 'Kommunikation'],
  ['Kommunikation/Høring', 'Kommunikation'],
  ['Økonomi', 'Økonomi'],
  ['Økonomiske konsekvenser', 'Økonomi'],
  ['Økonomiske og erhvervsmæssige konsekvenser', 'Økonomi'],
  ['Økonomiske og personalemæssige konsekvenser', 'Økonomi'],
  ['Økonomi/Personaleforhold', 'Økonomi'],
  ['Personale', 'Personale'],
  ['Personalemæssige konsekvenser', 'Personale'],
  ['Retsgrundlag', 'Retsgrundlag'],
  ['Retsregler og andre forskrifter', 'Retsgrundlag'],
  ['Høring', 'Høring'],
  ['Høringer', 'Høring'],
  ['Tidligere behandling', 'Tidligere behandling'],
  ['Tidligere beslutninger', 'Tidligere behandling'],
  ['Sagens tidligere behandling', 'Tidligere behandling'],
  ['Sagsforløb', 'Tidligere behandling'],
  ['Sagens forløb', 'Tidligere behandling'],
  ['Lovgivning', 'Lovgrundlag'],
  ['Præsentation', 'Resume'],
  ['Bilagsliste', 'Bilag'],
  ['Vedlagte bilag', 'Bilag'],
  ['Juridiske forhold', 'Retsgrundlag'],
  ['Lovgrundlag og juridiske forhold', 'Lovgrundlag'],
  ['Økonomi og finansiering', 'Økonomi'],
  // Acadre's template (Syddjurs) and eDoc's (Ballerup).
  ['Økonomi og organisatoriske konsekvenser', 'Økonomi'],
  ['Økonomiske konsekvenser og finansiering', 'Økonomi'],
  ['Økonomiske forhold', 'Økonomi'],
  ['Bevillingsmæssige konsekvenser', 'Økonomi'],
  ['Personalemæssige forhold', 'Personale'],
  ['Kommunikation og høring', 'Kommunikation'],
  ['Høring og sagsgang', 'Høring'],
  ['Tidligere besluttet', 'Tidligere behandling'],
];

/**
 * Headings that go on with a name ("Høring af Handicaprådet:"): the words, then anything short,
 * ending with a colon.
 */
export const SECTION_HEADING_PREFIXES: ReadonlyArray<readonly [prefix: string, kind: SectionKind]> = [
  ['Høring af', 'Høring'],
  ['Høring i', 'Høring'],
];

/**
 * Headings a template opens an item's text with that name no section kind of their own ("Baggrund"
 * under Acadre's item fields, Hørsholm's): they end the title that precedes them in a transcript.
 */
export const TEMPLATE_FIRST_SECTIONS: readonly string[] = ['Baggrund'];

/**
 * Words that open a case's first sentence ("… - 1. møde På baggrund af drøftelserne …"): where a
 * transcript's title has no cue after it, it ends before one of these, after a word in lower case
 * or a digit. Several words each, as a title may hold one capitalised word.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'På baggrund af', 'Med udgangspunkt i', 'I forbindelse med', 'Som led i', 'Der er', 'Der skal', 'Det foreslås',
  'Det indstilles', 'Sagen vedrører', 'Sagen omhandler', 'Formålet med',
];

/** Words that open a Beslutning heading with a qualifier ("Beslutning fra Socialudvalget, ..."). */
export const DECISION_HEADING_WORDS: readonly string[] = ['Beslutning', 'Beslutninger', 'Afgørelse'];

/** The verb of an unheaded recommendation line ("Direktøren for ... indstiller"). */
export const RECOMMENDS_VERB = 'indstiller';

/** Item kind prefixes ("Beslutningssag: <title>"). */
export const ITEM_KIND_PREFIXES = ['Beslutningssag', 'Orienteringssag', 'Drøftelsessag'] as const;

/**
 * Words that introduce an item's number: "Punkt 5:", "Pkt. 5", "Dagsordenspunkt 5", "Sag nr. 5".
 * Compared case-insensitively, each followed by optional spaces and the number.
 */
export const ITEM_NUMBER_KEYWORDS: readonly string[] = [
  'Dagsordenspunkt', 'Dagsordenspkt.', 'Punkt nr.', 'Punkt', 'Pkt.', 'Pkt', 'Sag nr.', 'Sagnr.', 'Sag', 'Nr.',
];

/**
 * Item-number words that may stand alone on the line right below the title ("Spørgetid" /
 * "Sag nr. 129", Rødovre's and its system's pages): there the number belongs to the line above.
 * "Punkt 5" alone keeps its title below, as most systems write it.
 */
export const ITEM_NUMBER_KEYWORDS_BELOW_TITLE: readonly string[] = ['Sag nr.', 'Sagnr.', 'Sag'];

/**
 * A table's column header whose first column is the item's number ("Punkt Titel" over "16 Title",
 * Randers' NemAgenda): the row below is an item, though the number carries no word or full stop.
 * Compared lower-cased with single spaces; a header with a page column is a contents table's.
 */
export const ITEM_COLUMN_HEADERS: readonly string[] = ['punkt titel', 'pkt. titel', 'punkt emne', 'pkt. emne', 'nr. titel', 'punkt overskrift'];

/** Labels of a block of an item's details over its case number ("• Punktoplysninger" / "Sagsnr.: …"); compared lower-cased. */
export const ITEM_DETAILS_LABELS: readonly string[] = ['punktoplysninger', 'sagsoplysninger', 'punktinformation'];

/** Words right after an item's number that say whether it is open ("5 Åbent Title"); "Lukket" closes it. */
export const ITEM_ACCESS_WORDS: ReadonlyArray<readonly [word: string, closed: boolean]> = [
  ['Åben sag', false], ['Åbent punkt', false], ['Åbent', false], ['Åben', false],
  ['Lukket sag', true], ['Lukket punkt', true],
  ['(Åben)', false], ['(Åbent)', false], ['(Lukket)', true],
];

/**
 * A portal's badge printed after an item's title ("Godkendelse af dagsorden Åbent punkt"): not
 * title; "Lukket" closes the item. Compared as written (a title's own words are lower-case).
 */
export const TRAILING_ACCESS_BADGES: ReadonlyArray<readonly [badge: string, closed: boolean]> = [
  ['Åbent punkt', false], ['Åben sag', false], ['Lukket punkt', true], ['Lukket sag', true],
];

/** Words before an item's number that say whether it is open ("åbent 3 Title" in Bornholm's contents); compared lower-cased. */
export const LEADING_ACCESS_WORDS: ReadonlyArray<readonly [word: string, closed: boolean]> = [['åbent', false], ['åben', false], ['lukket', true]];

/**
 * Text a web page glues to an item's title (the toggle of a folding block, a link): not title.
 * Compared at the title's end, case-insensitively.
 */
/** A web page's buttons and links that stand on their own line ("Hent som PDF"): never a title. */
export const WEB_CONTROL_LINES: readonly string[] = [
  'Hent som PDF', 'Hent som fil', 'Se alle bilag', 'Kopier link', 'Kopier link til punktet', 'Print', 'Udskriv', 'Del', 'Åbn/luk punkt', 'Vis bilag', 'Skjul bilag', 'Læs mere', 'Tilbage', 'Til toppen',
  'Fold alle punkter', 'Fold alle punkter ud', 'Udskriv hele dagsordenen', 'Udskriv hele dagsordnen', 'Luk alle punkter', 'fold dette punkt ind', 'fold dette punkt ud',
];

/**
 * A folding block's toggle written before the block's heading on the same line ("fold dette punkt
 * ind Sagsfremstilling", Region Syddanmark's pages): not text; the line starts after it. As written, lower-case.
 */
export const WEB_CONTROL_PREFIXES: readonly string[] = ['fold dette punkt ind', 'fold dette punkt ud'];

export const WEB_CONTROL_SUFFIXES: readonly string[] = ['Åbn/luk punkt', 'Åbn punkt', 'Luk punkt', 'Vis punkt', 'Fold ud', 'Læs mere'];

/**
 * A tab's label the copy glued to the heading's last word ("Meddelelse fra formandenReferat", an
 * eDoc page's "Referat" tab): cut only when glued, a small letter or a digit right before it; after
 * a space the word is the title's own ("Godkendelse af referat").
 */
export const GLUED_TAB_LABELS: readonly string[] = ['Referat', 'Dagsorden'];

/**
 * A folding block's hidden label glued to the title, which repeats the title after it ("Godkendelse
 * af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden"): cut from here on.
 */
export const WEB_CONTROL_LABELS: readonly string[] = ['Klik her for at folde ud', 'Klik for at folde ud', 'Klik her for at læse mere'];

/** Column headers of a contents table ("Side", "Pkt. Tekst Side"): a line of only these words is no contents entry (the row over a list of items is ITEM_COLUMN_HEADERS). Lower-case. */
export const TOC_COLUMN_HEADERS: readonly string[] = ['side', 'pkt.', 'pkt', 'punkt', 'tekst', 'emne', 'nr.', 'sag nr.', 'sagsnr.'];

/**
 * Headings of a table of contents (compared lower-cased without a trailing colon; a heading
 * may go on, as "Indholdsfortegnelse åbent møde").
 */
export const TOC_HEADINGS: readonly string[] = [
  'indholdsfortegnelse', 'sagsoversigt', 'dagsorden', 'punkter på dagsordenen', 'punkter', 'pkt.', 'pkt. tekst',
  'punkt nr. side', 'dagsordenspunkter', 'oversigt over punkter', 'sager', 'punktoversigt', 'åbne dagsordenspunkter',
  'indhold',
];

/**
 * Contents headings a transcript page (or a line) may open with, only there ("2 Indhold Åben dagsorden
 * Sag nr. 74 Title …"): inside a text the word is a common one ("Sagens indhold", "proces og indhold",
 * a report's own "Juni 2016 Indhold 1. Indledning"). Case-sensitive, as a page's heading is written.
 */
export const PAGE_CONTENTS_HEADINGS: readonly string[] = ['Indhold', 'INDHOLD'];

/**
 * Contents headings as a web page's copy can glue them to the first item's heading when the list
 * itself is folded away ("Indholdsfortegnelse1. Fraværende"). Case-sensitive, as the page writes them.
 */
export const GLUED_CONTENTS_HEADINGS: readonly string[] = ['Indholdsfortegnelse', 'Sagsoversigt', 'Punktoversigt', 'Dagsordenspunkter'];

/** Lines that divide the agenda into its open and closed parts; after a closing one, items are closed. */
export const AGENDA_DIVIDERS: ReadonlyArray<readonly [divider: string, closed: boolean]> = [
  ['åben dagsorden', false], ['åbent møde', false], ['åbne dagsordenspunkter', false], ['åbne punkter', false], ['åbne sager', false],
  ['lukket dagsorden', true], ['lukket møde', true], ['lukkede dagsordenspunkter', true], ['lukkede punkter', true], ['lukkede sager', true],
];

/** Labels of a case number ("Sagsnr.: 21-014477"): what follows is the item's case number, whatever its shape. */
export const CASE_NUMBER_LABELS: readonly string[] = [
  'Sagsnr.', 'Sagsnr', 'Sags nr.', 'Sagnr.', 'Sagsnummer', 'Sagsid.', 'Sagsid', 'Sag nr.', 'J.nr.', 'Journalnr.', 'Journalnummer', 'Acadre sagsnr.', 'Sbsys sagsnr.',
];

/** Labels of a document's number in the case ("Dok.nr.: 24-123456"): what follows is no case number, whatever its shape. */
export const DOCUMENT_NUMBER_LABELS: readonly string[] = ['Dok.nr.', 'Dok. nr.', 'Dok.', 'Dokumentnr.', 'Dokument nr.', 'Dokumentnummer', 'Dok.nr', 'Doknr.'];

/** Words in a header that say what the document is. The decisions present decide in the end (kind.ts). */
export const DOCUMENT_KIND_WORDS: ReadonlyArray<readonly [word: string, kind: 'referat' | 'dagsorden']> = [
  ['beslutningsreferat', 'referat'], ['beslutningsprotokol', 'referat'], ['dagsorden med vedtagelser', 'referat'], ['dagsorden med beslutninger', 'referat'],
  ['referat', 'referat'], ['protokol', 'referat'], ['beslutninger fra mødet', 'referat'],
  ['dagsorden', 'dagsorden'], ['indkaldelse', 'dagsorden'],
  // "BESLUTNINGER REGION … FORRETNINGSUDVALGET" (a region's front page): last, as the weakest word.
  ['beslutninger', 'referat'],
];

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
  ['afvist', 'ikke godkendt'],
  ['ikke vedtaget', 'ikke godkendt'],
  // "Ikke tiltrådt.", "Anbefales ikke.": the negation first or after, never the plain outcome.
  ['ikke tiltrådt', 'ikke godkendt'],
  ['tiltrådt ikke', 'ikke godkendt'],
  ['ikke tiltrådte', 'ikke godkendt'],
  ['ikke anbefalet', 'ikke godkendt'],
  ['ikke anbefales', 'ikke godkendt'],
  ['anbefales ikke', 'ikke godkendt'],
  ['vedtaget', 'godkendt'],
  ['taget til orientering', 'taget til efterretning'],
  ['anbefales godkendt', 'anbefales godkendt'],
  ['anbefales', 'anbefales godkendt'],
  ['anbefalede', 'anbefales godkendt'],
  ['anbefalet', 'anbefales godkendt'],
  ['anbefaler', 'anbefales godkendt'],
  ['indstilles godkendt', 'indstilles godkendt'],
  ['indstilles til godkendelse', 'indstilles godkendt'],
  ['taget til efterretning', 'taget til efterretning'],
  ['tages til efterretning', 'taget til efterretning'],
  ['til efterretning', 'taget til efterretning'],
  ['tog orienteringen til efterretning', 'taget til efterretning'],
  ['godkendt', 'godkendt'],
  ['godkendes', 'godkendt'],
  ['godkendte', 'godkendt'],
  ['drøftet', 'drøftet'],
  ['drøftede', 'drøftet'],
  ['drøftelsen gennemførtes', 'drøftet'],
  ['udsat', 'udsat'],
  ['udsættes', 'udsat'],
  // "Udvalget besluttede at udsætte sagen.", "Sagen blev udskudt."
  ['udsætte', 'udsat'],
  ['udskudt', 'udsat'],
  // "Ansøgningen imødekommet.", "Forslaget bifaldet.": granted; the refusal first.
  ['ikke imødekommet', 'ikke godkendt'],
  ['ikke imødekommes', 'ikke godkendt'],
  ['imødekommet', 'godkendt'],
  ['imødekommes', 'godkendt'],
  ['ikke bifaldet', 'ikke godkendt'],
  ['bifaldet', 'godkendt'],
  ['bifaldt', 'godkendt'],
  // "Indstilles til Byrådets godkendelse.": sent on to the council.
  ['indstilles til byrådets godkendelse', 'indstilles godkendt'],
  ['indstilles til kommunalbestyrelsens godkendelse', 'indstilles godkendt'],
  ['indstilles til regionsrådets godkendelse', 'indstilles godkendt'],
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

/**
 * English month names, as a web page's date field may write them beside a Danish weekday
 * ("Onsdag, April 3, 2019 - 18:00", a Drupal site's format). Only the header's date field reads them.
 */
export const MONTHS_ENGLISH: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month names cut short ("23. jun 2014", "3. sept. 2019"), each with its month. */
export const MONTH_ABBREVIATIONS: ReadonlyArray<readonly [short: string, month: number]> = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['maj', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['okt', 10], ['nov', 11], ['dec', 12],
];

/** Danish weekdays, indexed as Date.getUTCDay() (0 = Sunday). */
export const WEEKDAYS: readonly string[] = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** Header field labels of the line-structured exports. */
export const HEADER_LABELS = {
  meetingDate: 'Mødedato',
  place: ['Mødested', 'Mødelokale'],
  participants: 'Mødedeltagere',
  // Longest first: "Afbud fra: Anne Hansen" names Anne Hansen, "Fraværende med afbud:" stands over the names.
  absent: ['Fraværende med afbud', 'Fraværende uden afbud', 'Fraværende i øvrigt', 'Fraværende', 'Afbud fra', 'Afbud'],
  toc: ['Indholdsfortegnelse', 'Sagsoversigt'],
} as const;

/**
 * An attendance table's column headers (a word processor's "Navn | Fremmøde", two members a row):
 * the column of names and the column that says whether each came. Compared lower-cased.
 */
export const ATTENDANCE_COLUMNS = { name: ['navn', 'medlem', 'deltager'], status: ['fremmøde', 'deltagelse', 'status', 'til stede'] } as const;
/** What an attendance table's status cell says of one who did not come; anything else is present. Compared lower-cased. */
export const ABSENT_STATUSES: readonly string[] = ['afbud', 'fraværende', 'ikke til stede', 'ikke mødt', 'forfald'];

/**
 * What an attendance field says where it names nobody ("Fraværende: Ingen"; a web portal's empty
 * field "Deltagere: Ikke registreret"). Compared lower-cased, a full stop and a table cell's bar ignored.
 */
export const NO_ONE: readonly string[] = ['Ingen', 'Ingen afbud', 'Ingen fraværende', 'Intet afbud', 'Ingen fravær', 'Ikke registreret'];

/**
 * The other systems' header labels, each with the field it fills. A label is a line's start,
 * followed by a colon, a tab or spaces; its value is the rest of the line, or the next line when
 * the label stands alone ("STED" above "Borgerportalen").
 */
export const HEADER_FIELD_LABELS: ReadonlyArray<readonly [label: string, field: 'date' | 'time' | 'end' | 'place' | 'committee' | 'participants' | 'absent']> = [
  ['Mødedato', 'date'], ['Dato', 'date'], ['Mødedag', 'date'], ['Starttidspunkt', 'date'], ['Mødetidspunkt', 'time'], ['Tidspunkt', 'time'], ['Tid', 'time'], ['Start kl.', 'time'],
  // "Starttidspunkt for møde:" (Tønder's front page), "Mødet påbegyndt: kl. 18:00" (Hjørring's): the start.
  ['Starttidspunkt for møde', 'time'], ['Mødet påbegyndt', 'time'],
  ['Mødetid', 'time'], ['Starttid', 'time'], ['Mødestart', 'time'], ['Start', 'time'],
  // "Start: 16:00" over "Slut: 18:00", "Mødeafslutning: 18:00": when the meeting ended.
  ['Sluttidspunkt', 'end'], ['Sluttid', 'end'], ['Slut', 'end'], ['Mødeafslutning', 'end'], ['Mødet sluttede', 'end'], ['Mødet slut', 'end'], ['Mødet hævet', 'end'],
  ['Mødested', 'place'], ['Møde lokation', 'place'], ['Mødelokale', 'place'], ['Sted', 'place'], ['Lokation', 'place'], ['Lokale', 'place'], ['Mødeafholdelse', 'place'],
  ['Udvalg', 'committee'], ['Forum', 'committee'],
  ['Mødedeltagere', 'participants'], ['Deltagere', 'participants'], ['Medlemmer', 'participants'], ['Til stede', 'participants'], ['Tilstede', 'participants'],
  // "Indkaldelse :" over the members summoned (a portal's list; "Indkaldelse til møde …" is a title, no label).
  ['Indkaldelse', 'participants'],
  // "Fremmødte: …", "Deltog: …", "Ikke til stede: …": the same lists under other systems' words.
  ['Fremmødte', 'participants'], ['Deltog', 'participants'], ['Til stede var', 'participants'],
  ['Deltog ikke', 'absent'], ['Ikke til stede', 'absent'], ['Meldt afbud', 'absent'], ['Forfald', 'absent'],
  ['Fraværende', 'absent'], ['Afbud', 'absent'], ['Afbud fra', 'absent'], ['Afbud/Fraværende', 'absent'],
  ['Fraværende med afbud', 'absent'], ['Fraværende uden afbud', 'absent'], ['Fraværende i øvrigt', 'absent'],
];

/**
 * The kinds of meeting a header names before the meeting's place and time ("Ekstraordinært møde -
 * Mødelokale F7 kl. 12.00"): the words are no part of the place.
 */
export const MEETING_KIND_PHRASES: readonly string[] = ['Ordinært møde', 'Ekstraordinært møde', 'Konstituerende møde'];

/**
 * A member's attendance written after the name in a web page's list ("Ida Lund (A) - Deltog",
 * "Per Holm: Afbud (…)", "Bo Dam (V)- afbud"), each with whether it says the member was there.
 * A list line that starts with one ("Deltog ikke under punkterne 4-5") is a note on the line above.
 */
// The words that say absent are the attendance tables' (ABSENT_STATUSES): one list for both layouts.
export const ATTENDANCE_WORDS: ReadonlyArray<readonly [word: string, present: boolean]> = [['deltog', true], ...ABSENT_STATUSES.map((w) => [w, false] as const)];

/**
 * Words of a web page's table header row over the committee's row ("Titel Udvalg Funktioner",
 * Randers' NemAgenda): a line of only these is no committee. Compared lower-cased.
 */
export const TABLE_COLUMN_WORDS: readonly string[] = ['titel', 'udvalg', 'funktioner', 'funktion', 'dato', 'mødedato', 'sted', 'tid', 'emne', 'beskrivelse', 'type', 'hent', 'download', 'dokument', 'dokumenter'];


/**
 * A member's role written after the name as a list's next part ("Karen Dam (A), formand, Bo Lund
 * (V)"): the name's, not a name of its own. Compared lower-cased, an ordinal before it allowed. A
 * PDF's copy that lost the line break after it glues it to the next name ("…, FormandBo Lund (V)").
 */
export const MEMBER_ROLES: readonly string[] = ['formand', 'næstformand', 'udvalgsformand', 'borgmester', 'viceborgmester', 'rådmand', 'regionsrådsformand'];

/** Words that name a political body: a header line holding one is the committee when no label says it. */
export const BODY_WORDS: readonly string[] = ['udvalg', 'byråd', 'kommunalbestyrelse', 'regionsråd', 'forretningsudvalg', 'bestyrelse', 'råd', 'borgerrepræsentation', 'kommission'];

/** A web page's icon text after a field's label ("Udvalg Ikon" over the value): no value. Compared lower-cased. */
export const ICON_WORDS: readonly string[] = ['ikon', 'icon'];

/**
 * Words that open a notice to readers where the place stands ("Sted: OBS! Lukket møde kl. 16:30 -
 * Mødelokale 3"): the notice runs to a dash, the place after it. Compared in any case, with the "!".
 */
export const READER_NOTICE_WORDS: readonly string[] = ['obs!', 'bemærk!', 'nb!', 'vigtigt!'];

/** An address's floor or side, abbreviated ("Torvet 3, st.", "Vejen 2, 1. tv."): a place may end with one's full stop. */
export const ADDRESS_ABBREVIATIONS: readonly string[] = ['st.', 'tv.', 'th.', 'mf.'];

/**
 * How a sentence says where the meeting is held ("Mødet afholdes fysisk i Rådssalen, Bogense
 * Rådhus.", a news page's header; "Mødet blev holdt i Byrådssalen"): the place follows "i"/"på".
 * Compared as written, after "Mødet".
 */
export const MEETING_HELD_VERBS: readonly string[] = ['afholdes', 'holdes', 'finder sted', 'blev afholdt', 'blev holdt', 'afholdtes', 'holdtes', 'fandt sted'];

/** An online meeting's place as a header writes it on its own line ("Skype", "via Teams", "Video"), compared lower-cased. */
export const ONLINE_PLACES: readonly string[] = ['skype', 'teams', 'ms teams', 'microsoft teams', 'zoom', 'webex', 'video', 'videomøde', 'online', 'virtuelt', 'virtuelt møde'];

/** Endings of a word that names the building or room a body meets in ("Rådhuset", "Byrådssalen"), not the body. */
export const ROOM_WORD_ENDINGS: readonly string[] = ['hus', 'huset', 'sal', 'salen', 'lokale', 'lokalet', 'kontor', 'kontoret', 'stue', 'stuen', 'værelse', 'værelset'];
