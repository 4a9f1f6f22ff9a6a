// The reading view as HTML, from the server's view model (protocol.ts ReadingViewModel) and the
// labels in the user's language. Pure (no vscode): the webview and the HTML export both use it,
// and the tests read its output. Every piece of document text goes through `escape`; the page
// has no inline script or style (the webview's content security policy forbids both), so
// behaviour comes from the extension's script and looks from its style sheet.
//
// Paragraphs carry `data-start`, the offset of their first character in the text, and their
// text is the document's own (line breaks kept), so a place in the view maps back to the text.

import type { ReadingItem, ReadingOutcome, ReadingPoint, ReadingSection, ReadingText, ReadingViewModel } from '../../../server/src/protocol';

export interface ReadingLabels {
  /** BCP 47 language of the labels ("da", "en"). */
  readonly lang: string;
  readonly referat: string;
  readonly dagsorden: string;
  readonly minutes: string;
  readonly punkt: string;
  readonly items: string;
  readonly meeting: string;
  readonly date: string;
  readonly time: string;
  readonly place: string;
  readonly participants: string;
  readonly absent: string;
  readonly caseNumber: string;
  readonly page: string;
  readonly closed: string;
  readonly indstilling: string;
  readonly beslutning: string;
  readonly decisionMissing: string;
  readonly noAnswer: string;
  readonly earlierDecisions: string;
  readonly text: string;
  readonly untitled: string;
  readonly noItems: string;
  /** "Show Punkt {0} in the text". */
  readonly showInText: string;
  readonly note: string;
  readonly resolved: string;
  readonly replies: string;
  readonly outcomes: Readonly<Record<ReadingOutcome, string>>;
}

/** A note or highlight where it stands in this version of the text. */
export interface ReadingNote {
  readonly id: string;
  readonly kind: 'note' | 'highlight';
  readonly start: number;
  readonly end: number;
  /** Highlights: yellow, green, blue, red. */
  readonly colour?: string;
  readonly body?: string;
  readonly author?: string;
  readonly resolved?: boolean;
  readonly replies?: number;
}

export interface RenderOptions {
  readonly notes?: readonly ReadingNote[];
  /** Open every collapsible part (the export: print shows what is open). */
  readonly expanded?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and quoted attributes. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const format = (template: string, ...args: Array<string | number>) => template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

/** The badge's colour class: how a reader sorts outcomes at a glance. */
const OUTCOME_CLASS: Record<ReadingOutcome, string> = {
  godkendt: 'approved',
  'anbefales godkendt': 'approved',
  'indstilles godkendt': 'approved',
  tiltrådt: 'approved',
  'taget til efterretning': 'noted',
  drøftet: 'noted',
  orientering: 'noted',
  udsat: 'postponed',
  'ikke godkendt': 'rejected',
  afstemning: 'vote',
};

export function outcomeBadge(outcome: ReadingOutcome, labels: ReadingLabels): string {
  return `<span class="badge outcome-${OUTCOME_CLASS[outcome]}">${escape(labels.outcomes[outcome])}</span>`;
}

/** The body of the reading view: header, list of items, the items. */
export function renderReadingView(model: ReadingViewModel, labels: ReadingLabels, options: RenderOptions = {}): string {
  const notes = new NotePlacer(options.notes ?? [], labels);
  const r = new Renderer(labels, notes, options.expanded === true);
  // Items before the header: notes that no item shows go to the header.
  const items = model.items.map((item) => r.item(item));
  const parts = [r.header(model), r.itemList(model), `<main id="items" aria-label="${escape(labels.items)}">`];
  if (model.items.length === 0) parts.push(`<p class="empty">${escape(labels.noItems)}</p>`);
  parts.push(...items, '</main>');
  return parts.join('\n');
}

class Renderer {
  constructor(
    private readonly labels: ReadingLabels,
    private readonly notes: NotePlacer,
    private readonly expanded: boolean,
  ) {}

  header(model: ReadingViewModel): string {
    const l = this.labels;
    const m = model.meeting;
    const kind = model.kind === 'referat' ? l.referat : model.kind === 'dagsorden' ? l.dagsorden : l.minutes;
    const title = m.committee ? `${kind}: ${m.committee}` : kind;
    const facts: string[] = [];
    const fact = (label: string, value: string | null) => {
      if (value) facts.push(`<dt>${escape(label)}</dt><dd>${escape(value)}</dd>`);
    };
    fact(l.date, m.date ? (m.weekday && !m.date.toLowerCase().includes(m.weekday) ? `${m.weekday} ${m.date}` : m.date) : null);
    fact(l.time, m.time ? (m.endTime ? `${m.time}–${m.endTime}` : m.time) : null);
    fact(l.place, m.place);
    fact(l.participants, m.participants.length > 0 ? m.participants.join(', ') : null);
    fact(l.absent, m.absent.length > 0 ? m.absent.join(', ') : null);
    return [
      `<header class="meeting" aria-label="${escape(l.meeting)}">`,
      `<h1><button type="button" class="reveal" data-offset="${m.start}">${escape(title)}</button></h1>`,
      facts.length > 0 ? `<dl class="facts">${facts.join('')}</dl>` : '',
      this.notes.outside(),
      '</header>',
    ].join('\n');
  }

  itemList(model: ReadingViewModel): string {
    if (model.items.length === 0) return '';
    const rows = model.items.map((item) => {
      const badges = this.badges(item);
      const caseNumber = item.caseNumber ? ` <span class="case-number">${escape(item.caseNumber)}</span>` : '';
      return `<li><a href="#${itemId(item)}" data-offset="${item.headingStart}"><span class="number">${item.number}.</span> <span class="title">${escape(this.title(item))}</span></a>${caseNumber}${badges}</li>`;
    });
    return `<nav class="item-list" aria-labelledby="item-list-heading"><h2 id="item-list-heading">${escape(this.labels.items)}</h2><ol>${rows.join('')}</ol></nav>`;
  }

  private title(item: ReadingItem): string {
    return item.title || this.labels.untitled;
  }

  private badges(item: ReadingItem): string {
    const l = this.labels;
    const badges: string[] = [];
    if (item.outcome) badges.push(outcomeBadge(item.outcome, l));
    else if (item.decisionMissing) badges.push(`<span class="badge outcome-missing">${escape(l.decisionMissing)}</span>`);
    if (item.closed) badges.push(`<span class="badge closed">${escape(l.closed)}</span>`);
    return badges.length > 0 ? ` <span class="badges">${badges.join(' ')}</span>` : '';
  }

  item(item: ReadingItem): string {
    const l = this.labels;
    const id = itemId(item);
    const heading = `${l.punkt} ${item.number}: ${this.title(item)}`;
    const meta: string[] = [];
    if (item.caseNumber) meta.push(`<span class="case-number" title="${escape(l.caseNumber)}">${escape(item.caseNumber)}</span>`);
    if (item.page !== null) meta.push(`<span class="page">${escape(format(l.page, item.page))}</span>`);
    const parts: string[] = [];
    const recommendation = item.recommendation === null ? null : item.sections[item.recommendation];
    const decision = item.decision === null ? null : item.sections[item.decision];
    if (recommendation || decision) parts.push(this.decisions(item, recommendation, decision));
    if (item.priors.length > 0) {
      const priors = item.priors.map((i) => this.prior(item.sections[i])).join('\n');
      parts.push(this.details(`${id}-priors`, `${l.earlierDecisions} (${item.priors.length})`, priors));
    }
    if (item.intro.length > 0) parts.push(this.details(`${id}-intro`, l.text, this.paragraphs(item.intro), item.sections.length === 0));
    item.sections.forEach((section, i) => {
      if (i === item.recommendation || i === item.decision || item.priors.includes(i)) return;
      parts.push(this.details(`${id}-s${i}`, section.heading || section.kind, this.paragraphs(section.paragraphs)));
    });
    // The body first: the item's notes that no paragraph showed go under its heading.
    const head = [
      `<article id="${id}" class="item${item.closed ? ' closed' : ''}" data-start="${item.start}" data-end="${item.end}" aria-labelledby="${id}-h">`,
      `<h2 id="${id}-h"><button type="button" class="reveal" data-offset="${item.headingStart}" title="${escape(format(l.showInText, item.number))}">${escape(heading)}</button></h2>`,
      `<div class="meta">${meta.join(' ')}${this.badges(item)}</div>`,
      this.notes.inItem(item),
    ];
    return [...head, ...parts, '</article>'].filter((p) => p !== '').join('\n');
  }

  /** Indstilling and Beslutning side by side; point against point where both are numbered. */
  private decisions(item: ReadingItem, recommendation: ReadingSection | null, decision: ReadingSection | null): string {
    const l = this.labels;
    const id = itemId(item);
    // The decision's outcome by its heading; point against point, each point has its own.
    const paired = recommendation !== null && decision !== null && item.pairs.length > 0;
    const head = (section: ReadingSection | null, fallback: string, suffix: string) => {
      const text = section ? section.heading || section.kind : fallback;
      const badge = section?.outcome && suffix === 'b' && !paired ? ' ' + outcomeBadge(section.outcome, l) : '';
      const offset = section ? ` data-offset="${section.start}"` : '';
      return `<h3 id="${id}-${suffix}"${offset}>${escape(text)}${badge}</h3>`;
    };
    const missing = (text: string) => `<p class="missing">${escape(text)}</p>`;
    if (paired) {
      const rows = item.pairs.map((pair) => {
        const r = recommendation.points[pair.recommendation];
        const answers = pair.answers.map((a) => this.point(decision.points[a])).join('');
        return `<div class="pair" role="row"><div class="cell" role="cell">${this.point(r)}</div><div class="cell" role="cell">${answers || missing(l.noAnswer)}</div></div>`;
      });
      // Decision points that answer no numbered recommendation point, after the pairs.
      const answered = new Set(item.pairs.flatMap((p) => p.answers));
      const rest = decision.points.filter((_, i) => !answered.has(i));
      if (rest.length > 0) rows.push(`<div class="pair" role="row"><div class="cell" role="cell"></div><div class="cell" role="cell">${rest.map((p) => this.point(p)).join('')}</div></div>`);
      return [
        `<div class="decisions paired" role="table" aria-label="${escape(`${l.indstilling} / ${l.beslutning}`)}">`,
        `<div class="pair head" role="row"><div role="columnheader">${head(recommendation, l.indstilling, 'i')}</div><div role="columnheader">${head(decision, l.beslutning, 'b')}</div></div>`,
        ...rows,
        '</div>',
      ].join('\n');
    }
    const column = (section: ReadingSection | null, fallback: string, suffix: string, missingText: string) =>
      `<section class="column" aria-labelledby="${id}-${suffix}">${head(section, fallback, suffix)}${section ? this.paragraphs(section.paragraphs) : missing(missingText)}</section>`;
    return `<div class="decisions">${column(recommendation, l.indstilling, 'i', '—')}${column(decision, l.beslutning, 'b', item.decisionMissing ? l.decisionMissing : '—')}</div>`;
  }

  private point(point: ReadingPoint): string {
    // The badge outside the paragraph: a paragraph's text is the document's and nothing else.
    const badge = point.outcome ? `<div class="point-outcome">${outcomeBadge(point.outcome, this.labels)}</div>` : '';
    return this.paragraph(point.text, 'point') + badge;
  }

  /** An earlier committee's decision, with its heading as written. */
  private prior(section: ReadingSection): string {
    const badge = section.outcome ? ' ' + outcomeBadge(section.outcome, this.labels) : '';
    return `<section class="prior"><h4 data-offset="${section.start}">${escape(section.heading || section.kind)}${badge}</h4>${this.paragraphs(section.paragraphs)}</section>`;
  }

  private details(id: string, summary: string, body: string, open = false): string {
    const isOpen = open || this.expanded;
    return `<details id="${id}"${isOpen ? ' open' : ''}><summary>${escape(summary)}</summary>${body}</details>`;
  }

  private paragraphs(paragraphs: readonly ReadingText[]): string {
    return paragraphs.map((p) => this.paragraph(p, '')).join('');
  }

  private paragraph(p: ReadingText, cls: string): string {
    const className = cls ? ` class="${cls}"` : '';
    return `<p${className} data-start="${p.start}">${this.notes.marked(p)}</p>${this.notes.after(p)}`;
  }
}

const itemId = (item: ReadingItem) => `punkt-${item.number}-${item.headingStart}`;

/**
 * Where each note shows: its marks inside the paragraphs it covers, its text after the first
 * paragraph shown that it starts in; one that starts in no paragraph shown (a heading, the
 * case-number line) at the top of its item, else of the document.
 */
class NotePlacer {
  private readonly shown = new Set<string>();
  private readonly notes: readonly ReadingNote[];

  constructor(
    notes: readonly ReadingNote[],
    private readonly labels: ReadingLabels,
  ) {
    this.notes = [...notes].sort((a, b) => a.start - b.start);
  }

  /** The paragraph's text with highlights and noted text marked. */
  marked(p: ReadingText): string {
    const end = p.start + p.text.length;
    const cuts = this.notes
      .filter((n) => n.start < end && n.end > p.start && n.end > n.start)
      .map((n) => ({ from: Math.max(n.start, p.start) - p.start, to: Math.min(n.end, end) - p.start, note: n }));
    if (cuts.length === 0) return escape(p.text);
    // Overlapping marks are cut where they meet: the earlier one ends where the next begins.
    let out = '';
    let at = 0;
    for (const cut of cuts) {
      const from = Math.max(cut.from, at);
      if (from >= cut.to) continue;
      out += escape(p.text.slice(at, from));
      const cls = cut.note.kind === 'highlight' ? `hl hl-${escape(cut.note.colour ?? 'yellow')}` : 'noted';
      out += `<mark class="${cls}" data-note="${escape(cut.note.id)}">${escape(p.text.slice(from, cut.to))}</mark>`;
      at = cut.to;
    }
    return out + escape(p.text.slice(at));
  }

  /** The notes that start in the paragraph, not shown yet. */
  after(p: ReadingText): string {
    return this.asides(p.start, p.start + p.text.length);
  }

  /** Call after the item's body: its notes that no paragraph showed. */
  inItem(item: ReadingItem): string {
    return this.asides(item.start, item.end + 1);
  }

  /** Call last: the notes no item showed. */
  outside(): string {
    return this.asides(-Infinity, Infinity);
  }

  private asides(from: number, to: number): string {
    const l = this.labels;
    let out = '';
    for (const n of this.notes) {
      if (n.kind !== 'note' || n.start < from || n.start >= to || this.shown.has(n.id)) continue;
      this.shown.add(n.id);
      const meta = [n.author, n.resolved ? l.resolved : null, n.replies ? format(l.replies, n.replies) : null].filter((x): x is string => !!x);
      out +=
        `<aside class="note${n.resolved ? ' resolved' : ''}" data-note="${escape(n.id)}" data-offset="${n.start}" aria-label="${escape(l.note)}">` +
        `<p class="note-body">${escape(n.body ?? '')}</p>${meta.length > 0 ? `<p class="note-meta">${escape(meta.join(' · '))}</p>` : ''}</aside>`;
    }
    return out;
  }
}

/** The webview's page: the extension's style sheet and script, nothing else may load or run. */
export interface WebviewPage {
  readonly kind: 'webview';
  /** The webview's source for the extension's files (webview.cspSource). */
  readonly cspSource: string;
  readonly nonce: string;
  readonly styleUri: string;
  readonly scriptUri: string;
}

/** The exported file: self-contained, the style sheet inside, no script. */
export interface ExportPage {
  readonly kind: 'export';
  readonly css: string;
}

/** A whole HTML document around a body from renderReadingView. */
export function renderPage(body: string, title: string, labels: ReadingLabels, page: WebviewPage | ExportPage): string {
  const head =
    page.kind === 'webview'
      ? [
          `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${escape(page.cspSource)}; style-src ${escape(page.cspSource)}; script-src 'nonce-${escape(page.nonce)}';">`,
          `<link rel="stylesheet" href="${escape(page.styleUri)}">`,
        ]
      : [`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`, `<style>\n${page.css.replace(/<\//g, '<\\/')}\n</style>`];
  const script = page.kind === 'webview' ? `<script nonce="${escape(page.nonce)}" src="${escape(page.scriptUri)}"></script>` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(labels.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...head,
    `<title>${escape(title)}</title>`,
    '</head>',
    `<body class="${page.kind}">`,
    `<div id="root">${body}</div>`,
    script,
    '</body>',
    '</html>',
  ].join('\n');
}
