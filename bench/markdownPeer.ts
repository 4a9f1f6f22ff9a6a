// The peer: VS Code's Markdown language service (vscode-markdown-languageservice 0.5) with
// markdown-it, computing document symbols for the same minutes written as Markdown. Each call
// is a fresh document version and the service is told it changed, as an editor does after an
// edit, so the figure is tokenize + table of contents + symbols, like our parse + symbols.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';

type Service = import('vscode-markdown-languageservice', { with: { 'resolution-mode': 'import' } }).IMdLanguageService;

export interface MarkdownPeer {
  symbols(text: string): Promise<DocumentSymbol[]>;
  dispose(): void;
}

export async function createMarkdownPeer(): Promise<MarkdownPeer> {
  // Both packages are ES modules; the bench compiles to CommonJS, so they load dynamically.
  const md = await import('vscode-markdown-languageservice');
  const { Emitter, CancellationTokenSource } = await import('vscode-languageserver-protocol');
  const MarkdownIt = (await import('markdown-it')).default;
  const markdownIt = new MarkdownIt({ html: true });
  const changed = new Emitter<TextDocument>();
  const created = new Emitter<TextDocument>();
  const deleted = new Emitter<never>();
  const service: Service = md.createLanguageService({
    workspace: {
      workspaceFolders: [],
      onDidChangeMarkdownDocument: changed.event,
      onDidCreateMarkdownDocument: created.event,
      onDidDeleteMarkdownDocument: deleted.event,
      getAllMarkdownDocuments: async () => [],
      hasMarkdownDocument: () => false,
      openMarkdownDocument: async () => undefined,
      stat: async () => undefined,
      readDirectory: async () => [],
    },
    parser: { slugifier: md.githubSlugifier, tokenize: async (doc) => markdownIt.parse(doc.getText(), {}) },
    logger: { level: md.LogLevel.Off, log: () => undefined },
  });
  const token = new CancellationTokenSource().token;
  let version = 0;
  return {
    async symbols(text) {
      const doc = TextDocument.create('file:///bench/referat.md', 'markdown', ++version, text);
      changed.fire(doc);
      return service.getDocumentSymbols(doc, {}, token) as Promise<DocumentSymbol[]>;
    },
    dispose: () => service.dispose(),
  };
}

/** How many symbols a tree holds, to check both sides found the same outline. */
export function countSymbols(symbols: readonly DocumentSymbol[]): number {
  let n = 0;
  const stack = [...symbols];
  while (stack.length > 0) {
    const s = stack.pop()!;
    n++;
    if (s.children) stack.push(...s.children);
  }
  return n;
}
