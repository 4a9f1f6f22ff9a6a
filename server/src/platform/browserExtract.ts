// Extraction in the web worker. Its code (pdf.js's 3 MB, htmlparser2) is kept out of the
// worker's bundle, which every referat pays for, in a script of its own, dist/web/extract.js
// (extractScript.ts), run in the worker on the first PDF or web page; the script leaves
// extractText on globalThis. How the script is fetched is the caller's (browser.ts).

import type { extractText } from '../extract';

export type ExtractText = typeof extractText;

/** Where dist/web/extract.js leaves what it defines. */
export const EXTRACT_GLOBAL = 'referatExtract';
/** The script, relative to the extension's root. */
export const EXTRACT_SCRIPT = 'dist/web/extract.js';

/** extractText, from the script `loadScript` runs in this worker the first time it is called (again after a failure). */
export function lazyExtractText(loadScript: () => Promise<void>): ExtractText {
  let loading: Promise<ExtractText> | null = null;
  const load = async (): Promise<ExtractText> => {
    const scope = globalThis as { [EXTRACT_GLOBAL]?: { extractText: ExtractText } };
    if (!scope[EXTRACT_GLOBAL]) await loadScript();
    const loaded = scope[EXTRACT_GLOBAL];
    if (!loaded) throw new Error(`${EXTRACT_SCRIPT} did not define extractText`);
    return loaded.extractText;
  };
  return async (...args) => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return (await loading)(...args);
  };
}
