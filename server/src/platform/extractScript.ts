// The entry of dist/web/extract.js: extraction for the web worker, run there on the first PDF
// or web page (browserExtract.ts) and left on globalThis for it to take.

import { extractText } from '../extract';
import { EXTRACT_GLOBAL } from './browserExtract';

Object.assign(globalThis, { [EXTRACT_GLOBAL]: { extractText } });
