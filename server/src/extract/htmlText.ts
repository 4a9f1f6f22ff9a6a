// A saved web page → the text a reader sees, with a real HTML parser (htmlparser2): block
// elements on their own lines, a row's table cells separated by TABs, <br> a line break,
// whitespace collapsed within a line (not in <pre>), entities decoded. Left out: <head>,
// scripts, styles, templates, <noscript>, <svg>, <title>, and elements hidden with the
// `hidden` attribute or an inline display:none / visibility:hidden. Text hidden only by a CSS
// class stays, as a copy from the browser keeps it. The rules are those the project's corpus
// texts were made with (shared/corpus/tools/html2text.py), so both read a page alike.

import { Parser } from 'htmlparser2';

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'title']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'blockquote', 'pre', 'form', 'fieldset', 'figure',
  'figcaption', 'address', 'details', 'summary', 'hr', 'caption', 'body', 'html', 'center', 'legend', 'option', 'select',
]);
const CELL = new Set(['td', 'th']);
/** The whitespace a browser collapses, and the no-break space a copy turns into a space. */
const SPACES = /[ \t\r\n\f\v\u00a0]+/g;

export function htmlToText(html: string): string {
  const out: string[] = [];
  // Open elements and whether each hides its content; a hidden element hides all inside it.
  const open: { name: string; hides: boolean }[] = [];
  let hidden = 0;
  let pre = 0;
  // The parser hands over text in pieces (an entity is a piece of its own): collapse whitespace
  // over the whole run of text between two tags, as a browser does.
  let text = '';
  const flush = () => {
    if (text) out.push(pre ? text.replace(/\r\n?/g, '\n') : text.replace(SPACES, ' '));
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        if (name === 'br' || name === 'hr') {
          if (!hidden) out.push('\n');
          return;
        }
        const hides = SKIP.has(name) || isHidden(attribs);
        open.push({ name, hides });
        if (hides) hidden++;
        if (hidden) return;
        if (BLOCK.has(name)) out.push('\n');
        else if (CELL.has(name)) out.push('\t');
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
          const wasHidden = hidden > 0;
          if (element.hides) hidden--;
          if (wasHidden) continue;
          if (BLOCK.has(element.name)) out.push('\n');
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
  return tidy(out.join(''));
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  const style = (attribs.style ?? '').replace(/ /g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Each line trimmed, also around its TABs; runs of blank lines as one; none at the ends. */
function tidy(raw: string): string {
  const lines: string[] = [];
  let blank = false;
  for (const line of raw.split('\n')) {
    const tidied = line
      .split('\t')
      .map((cell) => cell.trim())
      .join('\t')
      .trim();
    if (tidied === '') {
      if (lines.length > 0 && !blank) lines.push('');
      blank = true;
    } else {
      lines.push(tidied);
      blank = false;
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
