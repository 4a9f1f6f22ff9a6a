// Every string the server shows a user, in English and Danish. Keys are English identifiers;
// values use {0}, {1} for arguments. Domain words (Punkt, Indstilling, Beslutning) stay Danish
// in both languages: they are what the documents say.

export const MESSAGES = {
  en: {
    'word.punkt': 'Punkt',
    'symbol.meeting': 'Meeting',
    'symbol.toc': 'Indholdsfortegnelse',
    'symbol.untitled': '(no title)',
    'symbol.notes': '{0} note(s)',
  },
  da: {
    'word.punkt': 'Punkt',
    'symbol.meeting': 'Møde',
    'symbol.toc': 'Indholdsfortegnelse',
    'symbol.untitled': '(ingen titel)',
    'symbol.notes': '{0} note(r)',
  },
} as const satisfies Record<string, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['en'];
