// Runs inside code-server's extension host (through the runner extension, see
// ../runner-extension): API-level checks of what the extension contributes, with the same
// calls a VS Code feature would make. `vscode` comes in through the context, since this
// module is not part of an extension itself; only its types are imported.
import type * as vscode from 'vscode';

export interface ApiContext {
  vscode: typeof vscode;
  workspaceFolder: vscode.WorkspaceFolder | undefined;
  log: (...args: unknown[]) => void;
}

const SAMPLE = '000_df28461cf8eca80f.txt';

async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function openSample(ctx: ApiContext, sample = SAMPLE): Promise<vscode.TextDocument> {
  if (!ctx.workspaceFolder) throw new Error('no workspace folder open');
  const uri = ctx.vscode.Uri.joinPath(ctx.workspaceFolder.uri, sample);
  return ctx.vscode.workspace.openTextDocument(uri);
}

/** Runs a `vscode.execute…Provider` command until it answers with something (the server may still be starting). */
function provided<T>(ctx: ApiContext, what: string, command: string, ...args: unknown[]): Promise<T[]> {
  return waitFor(what, 15_000, async () => {
    const result = await ctx.vscode.commands.executeCommand<T[]>(command, ...args);
    return result && result.length > 0 ? result : undefined;
  });
}

const hoverText = (h: vscode.Hover) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

type Sym = vscode.DocumentSymbol | vscode.SymbolInformation;
const names = (symbols: Sym[]): string[] =>
  symbols.flatMap((s) => [s.name, ...('children' in s ? names(s.children) : [])]);

export const tests: Record<string, (ctx: ApiContext) => Promise<unknown>> = {
  async 'extension is installed and active'({ vscode }) {
    const ext = vscode.extensions.getExtension('referat.referat');
    if (!ext) throw new Error(`referat.referat not installed; have: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
    await waitFor('referat.referat to activate', 15_000, async () => (ext.isActive ? true : undefined));
    return { id: ext.id, version: ext.packageJSON.version };
  },
  async 'sample opens as language referat'(ctx) {
    const doc = await openSample(ctx);
    // Detection may switch a plaintext document to referat just after it opens.
    return waitFor(`languageId "referat" for ${SAMPLE} (is "${doc.languageId}")`, 10_000, async () =>
      doc.languageId === 'referat' ? doc.languageId : undefined,
    );
  },
  async 'executeDocumentSymbolProvider lists the items'(ctx) {
    const doc = await openSample(ctx);
    return waitFor('document symbols for the sample', 15_000, async () => {
      const symbols = await ctx.vscode.commands.executeCommand<Sym[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return symbols && symbols.length > 0 ? names(symbols) : undefined;
    });
  },
  // Ranges come back 1-based (lines) so that the Node side compares them with the gold files.
  async 'executeCodeLensProvider gives the Beslutning above each Indstilling'(ctx) {
    const doc = await openSample(ctx, '003_d675881337821316.txt');
    const lenses = await provided<vscode.CodeLens>(ctx, 'code lenses of sample 003', 'vscode.executeCodeLensProvider', doc.uri);
    return lenses.map((l) => ({ line: l.range.start.line + 1, title: l.command?.title ?? null }));
  },
  async 'executeLinkProvider links the table of contents to the items'(ctx) {
    const doc = await openSample(ctx);
    const links = await provided<vscode.DocumentLink>(ctx, 'document links of the sample', 'vscode.executeLinkProvider', doc.uri);
    return links.map((l) => ({ line: l.range.start.line + 1, text: doc.getText(l.range), target: l.target ? l.target.toString() : null }));
  },
  async 'executeHoverProvider explains the meeting date'(ctx) {
    const doc = await openSample(ctx);
    // The first digit on the "Mødedato" line: inside the meeting's date.
    const line = Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i)).find((l) => /^\s*Mødedato\b/.test(l.text));
    if (!line) throw new Error('no "Mødedato" line in the sample');
    const position = new ctx.vscode.Position(line.lineNumber, line.text.search(/\d/));
    const hovers = await provided<vscode.Hover>(ctx, 'a hover on the meeting date', 'vscode.executeHoverProvider', doc.uri, position);
    return hovers.map(hoverText);
  },
  async 'commands are registered'(ctx) {
    const all = await ctx.vscode.commands.getCommands(true);
    return all.filter((c) => c.startsWith('referat.'));
  },
};
