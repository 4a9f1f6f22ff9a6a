// The reading view's script, in the webview. It never builds HTML from document text: the
// extension sends the body rendered (and escaped) by client/src/readingView/render.ts. Here:
// replacing that body without losing the scroll position or the open/closed state of the
// sections, scrolling to where the editor is, and telling the extension what was clicked or
// selected.

import type { FromView, ToView, ViewPlace } from '../src/readingView/messages';

interface VsCodeApi {
  postMessage(message: FromView): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}
export interface ViewState {
  /** The document shown; VS Code hands the state to the extension to restore the view after a reload. */
  readonly uri?: string;
  readonly scrollY: number;
  /** Sections the reader opened or closed, by id. */
  readonly toggled: Record<string, boolean>;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const toggled: Record<string, boolean> = { ...(vscode.getState()?.toggled ?? {}) };
let uri = vscode.getState()?.uri;
const post = (message: FromView) => vscode.postMessage(message);

function saveState(): void {
  vscode.setState({ uri, scrollY: window.scrollY, toggled });
}

/** The first element at or below the top of the window, to keep in place across an update. */
function anchorElement(): { element: Element; top: number } | null {
  for (const element of root.querySelectorAll('[data-start], article, h1')) {
    const top = element.getBoundingClientRect().top;
    if (top >= 0) return { element, top };
  }
  return null;
}

/** Until the first content arrives: where the reader was when the view was last shown. */
let restoreY: number | null = vscode.getState()?.scrollY ?? null;

function update(html: string): void {
  if (restoreY !== null) {
    root.innerHTML = html;
    applyToggles();
    window.scrollTo(0, restoreY);
    restoreY = null;
    saveState();
    return;
  }
  const anchor = anchorElement();
  const key = anchor ? keyOf(anchor.element) : null;
  root.innerHTML = html;
  applyToggles();
  // Put the element that was at the top back where it was; the same frame, so nothing flickers.
  const again = key ? findByKey(key) : null;
  if (again && anchor) window.scrollBy(0, again.getBoundingClientRect().top - anchor.top);
  saveState();
}

const keyOf = (e: Element) => (e.id ? `#${e.id}` : e.getAttribute('data-start') !== null ? `[data-start="${e.getAttribute('data-start')}"]` : null);
const findByKey = (key: string) => root.querySelector(key);

function applyToggles(): void {
  for (const details of root.querySelectorAll('details[id]')) {
    const state = toggled[details.id];
    if (state !== undefined) (details as HTMLDetailsElement).open = state;
  }
}

/** The innermost shown element whose text holds the offset: a paragraph, else its item. */
function elementAt(offset: number): Element | null {
  let best: Element | null = null;
  for (const item of root.querySelectorAll('article[data-start]')) {
    const start = Number(item.getAttribute('data-start'));
    const end = Number(item.getAttribute('data-end'));
    if (start <= offset && offset <= end) {
      best = item;
      for (const p of item.querySelectorAll('p[data-start]')) {
        const from = Number(p.getAttribute('data-start'));
        if (from <= offset && offset <= from + (p.textContent ?? '').length && isShown(p)) return p;
      }
      break;
    }
  }
  return best;
}

const isShown = (e: Element) => (e as HTMLElement).offsetParent !== null;

function reveal(offset: number, align: 'top' | 'nearest'): void {
  const found = elementAt(offset);
  // Outside the paragraphs (a heading, the case number): the item's heading.
  const target = found?.matches('article') ? (found.querySelector('h2') ?? found) : found;
  if (!target) {
    if (align === 'top' && offset === 0) window.scrollTo(0, 0);
    return;
  }
  const box = target.getBoundingClientRect();
  if (align === 'top') window.scrollBy(0, box.top);
  else if (box.top < 0 || box.bottom > window.innerHeight) target.scrollIntoView({ block: 'center' });
}

/** A place in the document's text for a DOM position inside a paragraph, or null. */
function placeOf(node: Node, offset: number): ViewPlace | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest('p[data-start]');
  if (!paragraph) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return { paragraph: Number(paragraph.getAttribute('data-start')), offset: range.toString().length };
}

window.addEventListener('message', (event: MessageEvent<ToView>) => {
  const message = event.data;
  if (message.type === 'update') {
    uri = message.uri;
    update(message.html);
  }
  else if (message.type === 'reveal') reveal(message.offset, message.align);
});

root.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a[href^="#"]');
  if (link) {
    // The list of items: scroll the view there, and the text too.
    event.preventDefault();
    const item = document.getElementById(link.getAttribute('href')!.slice(1));
    item?.scrollIntoView({ block: 'start' });
    // The keyboard follows: Tab goes on from the item, not from the list.
    item?.querySelector<HTMLElement>('h2 button')?.focus({ preventScroll: true });
  }
  const withOffset = target.closest('[data-offset]');
  if (withOffset) {
    post({ type: 'reveal', offset: Number(withOffset.getAttribute('data-offset')) });
    return;
  }
  // A click in document text (not the end of a selection): that place in the text.
  const selection = window.getSelection();
  if (selection && !selection.isCollapsed) return;
  if (selection?.focusNode) {
    const place = placeOf(selection.focusNode, selection.focusOffset);
    if (place) post({ type: 'revealPlace', place });
  }
});

root.addEventListener(
  'toggle',
  (event) => {
    const details = event.target as HTMLDetailsElement;
    if (details.id) toggled[details.id] = details.open;
    saveState();
  },
  true,
);

let selectionTimer: number | undefined;
document.addEventListener('selectionchange', () => {
  clearTimeout(selectionTimer);
  selectionTimer = window.setTimeout(() => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
    const start = range ? placeOf(range.startContainer, range.startOffset) : null;
    const end = range ? placeOf(range.endContainer, range.endOffset) : null;
    post({ type: 'selection', start, end });
  }, 150);
});

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(saveState, 200);
});

post({ type: 'ready' });
