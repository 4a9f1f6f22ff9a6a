// A saved web page → the text a reader sees, with a real HTML parser (htmlparser2): block
// elements on their own lines, a row's table cells separated by TABs, <br> a line break,
// whitespace collapsed within a line (not in <pre>), entities decoded. Left out: <head>,
// scripts, styles, templates, <noscript>, <svg>, <title>, and elements hidden with the
// `hidden` attribute or an inline display:none / visibility:hidden. Text hidden only by a CSS
// class stays, as a copy from the browser keeps it. The rules are those the project's corpus
// texts were made with (shared/corpus/tools/html2text.py), so both read a page alike.

import { Parser } from 'htmlparser2';
import type { LineCue } from './result';

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'title']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'blockquote', 'pre', 'form', 'fieldset', 'figure',
  'figcaption', 'address', 'details', 'summary', 'hr', 'caption', 'body', 'html', 'center', 'legend', 'option', 'select',
]);
const CELL = new Set(['td', 'th']);
/** What a browser sets bold by default, and larger than the text around it. */
const BOLD = new Set(['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LARGER = new Set(['h1', 'h2', 'h3']);
/** The whitespace a browser collapses, and the no-break space a copy turns into a space. */
const SPACES = /[ \t\r\n\f\v\u00a0]+/g;

/** A run of text with the typography a browser gives it by default. */
interface Piece {
  readonly s: string;
  readonly bold: boolean;
  readonly larger: boolean;
}

export function htmlToText(html: string): string {
  return htmlToLines(html).text;
}

/** The page's text, and a cue per line: bold (headings, <b>, <strong>, <th>), larger (<h1>-<h3>). */
export function htmlToLines(html: string): { text: string; lines: LineCue[] } {
  const out: Piece[] = [];
  // Open elements and whether each hides its content; a hidden element hides all inside it.
  const open: { name: string; hides: boolean }[] = [];
  let hidden = 0;
  let pre = 0;
  let bold = 0;
  let larger = 0;
  const mark = (s: string) => out.push({ s, bold: false, larger: false });
  // The parser hands over text in pieces (an entity is a piece of its own): collapse whitespace
  // over the whole run of text between two tags, as a browser does. The typography cannot
  // change inside a run: it changes at tags, and every tag ends the run first.
  let text = '';
  const flush = () => {
    if (text) out.push({ s: pre ? text.replace(/\r\n?/g, '\n') : text.replace(SPACES, ' '), bold: bold > 0, larger: larger > 0 });
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        if (name === 'br' || name === 'hr') {
          if (!hidden) mark('\n');
          return;
        }
        const hides = SKIP.has(name) || isHidden(attribs);
        open.push({ name, hides });
        if (BOLD.has(name)) bold++;
        if (LARGER.has(name)) larger++;
        if (hides) hidden++;
        if (hidden) return;
        if (BLOCK.has(name)) mark('\n');
        else if (CELL.has(name)) mark('\t');
        if (name === 'pre') pre++;
      },
      onclosetag(name) {
        flush();
        if (name === 'br' || name === 'hr') return;
        let at = open.length - 1;
        while (at >= 0 && open[at].name !== name) at--;
        if (at < 0) return;
        while (open.length > at) {
          const element = open.pop()!;
          if (BOLD.has(element.name)) bold--;
          if (LARGER.has(element.name)) larger--;
          const wasHidden = hidden > 0;
          if (element.hides) hidden--;
          if (wasHidden) continue;
          if (BLOCK.has(element.name)) mark('\n');
          if (element.name === 'pre' && pre > 0) pre--;
        }
      },
      ontext(piece) {
        if (!hidden) text += piece;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html.charCodeAt(0) === 0xfeff ? html.slice(1) : html);
  parser.end();
  flush();
  return tidy(out);
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  const style = (attribs.style ?? '').replace(/ /g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Each line trimmed, also around its TABs; runs of blank lines as one; none at the ends. */
function tidy(pieces: readonly Piece[]): { text: string; lines: LineCue[] } {
  const raw: Piece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.s.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) raw.push([]);
      if (part) raw[raw.length - 1].push({ ...piece, s: part });
    });
  }
  const lines: string[] = [];
  const cues: LineCue[] = [];
  let blank = false;
  for (const line of raw) {
    const tidied = line
      .map((p) => p.s)
      .join('')
      .split('\t')
      .map((cell) => cell.trim())
      .join('\t')
      .trim();
    if (tidied === '') {
      if (lines.length > 0 && !blank) lines.push('');
      blank = true;
      continue;
    }
    const worded = line.filter((p) => /\S/.test(p.s));
    cues.push({ line: lines.length, page: 1, bold: worded.every((p) => p.bold), size: 0, larger: worded.every((p) => p.larger) });
    lines.push(tidied);
    blank = false;
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { text: lines.join('\n') + '\n', lines: cues };
}
