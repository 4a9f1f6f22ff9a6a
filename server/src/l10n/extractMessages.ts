// What a user reads when a PDF or web page cannot be turned into text (extract/result.ts's
// reasons), in English and Danish.

export const EXTRACT_MESSAGES = {
  en: {
    'extract.noText': 'this PDF has no text; run OCR first',
    'extract.unmappedFont': 'the text of this PDF is in fonts that do not say which letters they draw, so it cannot be read; run OCR first',
    'extract.unreadablePages': 'page(s) {0} of this PDF hold text in a font that does not say which letters it draws; that text was left out (run OCR to read it)',
    'extract.littleText': 'this PDF has almost no text ({0} characters on {1} page(s)); if its pages are scanned, run OCR first',
    'extract.scannedPages': 'page(s) {0} of this PDF hold a picture and almost no text; if they are scanned, run OCR to read them',
    'extract.encrypted': 'this PDF is protected by a password; save a copy without the password from a PDF reader first',
    'extract.damaged': 'this file is damaged or not a PDF ({0})',
    'extract.damagedPage': 'page {0} of this PDF is damaged and cannot be read ({1})',
    'extract.tooManyPages': 'this PDF has {0} pages; at most {1} are read',
    'extract.tooSlow': 'reading page {0} of this PDF took longer than {1} seconds; stopped',
    'extract.cancelled': 'reading the PDF was cancelled',
    'extract.notAFile': 'this is not a file on disk, or it is gone',
    'extract.unreadable': 'this file cannot be read ({0})',
    'extract.progress': 'page {0} of {1}',
  },
  da: {
    'extract.noText': 'denne PDF har ingen tekst; kør tekstgenkendelse (OCR) først',
    'extract.unmappedFont': 'teksten i denne PDF er sat med skrifttyper, der ikke oplyser, hvilke bogstaver de tegner, så den kan ikke læses; kør tekstgenkendelse (OCR) først',
    'extract.unreadablePages': 'side(r) {0} i denne PDF har tekst med en skrifttype, der ikke oplyser, hvilke bogstaver den tegner; den tekst er udeladt (kør tekstgenkendelse (OCR) for at læse den)',
    'extract.littleText': 'denne PDF har næsten ingen tekst ({0} tegn på {1} side(r)); er siderne scannet, så kør tekstgenkendelse (OCR) først',
    'extract.scannedPages': 'side(r) {0} i denne PDF har et billede og næsten ingen tekst; er de scannet, så kør tekstgenkendelse (OCR) for at læse dem',
    'extract.encrypted': 'denne PDF er beskyttet med en adgangskode; gem først en kopi uden adgangskode fra en PDF-læser',
    'extract.damaged': 'filen er beskadiget eller ikke en PDF ({0})',
    'extract.damagedPage': 'side {0} i denne PDF er beskadiget og kan ikke læses ({1})',
    'extract.tooManyPages': 'denne PDF har {0} sider; højst {1} læses',
    'extract.tooSlow': 'det tog mere end {1} sekunder at læse side {0} i denne PDF; stoppet',
    'extract.cancelled': 'læsningen af PDF’en blev afbrudt',
    'extract.notAFile': 'dette er ikke en fil på disken, eller den er væk',
    'extract.unreadable': 'filen kan ikke læses ({0})',
    'extract.progress': 'side {0} af {1}',
  },
} as const satisfies Record<string, Record<string, string>>;
