// What the command line says about a file it cannot read, or reads with bad bytes
// (cli/readInput.ts), in English and Danish. {0} is the file's name as given, or "stdin".

export const INPUT_MESSAGES = {
  en: {
    'input.noSuchFile': '{0}: no such file',
    'input.directory': '{0}: is a directory, not a file',
    'input.notRegular': '{0}: not a regular file',
    'input.tooLarge': '{0}: larger than {1}, the most referat reads',
    'input.unreadable': '{0}: cannot be read ({1})',
    'input.binary': '{0}: binary file, not text',
    'input.invalidUtf8': '{0}: not valid UTF-8 from line {1}: {2} bytes shown as U+FFFD',
    'input.invalidUtf8.one': '{0}: not valid UTF-8 from line {1}: 1 byte shown as U+FFFD',
    'input.invalidUtf16': '{0}: not valid UTF-16 from line {1}: {2} code units shown as U+FFFD',
    'input.invalidUtf16.one': '{0}: not valid UTF-16 from line {1}: 1 code unit shown as U+FFFD',
    'input.warning': 'warning',
  },
  da: {
    'input.noSuchFile': '{0}: filen findes ikke',
    'input.directory': '{0}: er en mappe, ikke en fil',
    'input.notRegular': '{0}: ikke en almindelig fil',
    'input.tooLarge': '{0}: større end {1}, det meste referat læser',
    'input.unreadable': '{0}: kan ikke læses ({1})',
    'input.binary': '{0}: binær fil, ikke tekst',
    'input.invalidUtf8': '{0}: ikke gyldig UTF-8 fra linje {1}: {2} byte vist som U+FFFD',
    'input.invalidUtf8.one': '{0}: ikke gyldig UTF-8 fra linje {1}: 1 byte vist som U+FFFD',
    'input.invalidUtf16': '{0}: ikke gyldig UTF-16 fra linje {1}: {2} kodeenheder vist som U+FFFD',
    'input.invalidUtf16.one': '{0}: ikke gyldig UTF-16 fra linje {1}: 1 kodeenhed vist som U+FFFD',
    'input.warning': 'advarsel',
  },
} as const satisfies Record<string, Record<string, string>>;
