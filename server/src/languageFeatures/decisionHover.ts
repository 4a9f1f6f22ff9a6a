// Hover on an Indstilling (its heading or one of its points): this meeting's decision, point
// by point where both are numbered ("1. At sagen drøftes" with "1. Drøftet."), and the earlier
// decisions of other committees quoted in the item. Hover on a Beslutning (its heading, its
// text or a point): what it answers, the Indstilling's text, point by point where both are
// numbered; never the decision itself, which the reader has under the cursor.

import { decisionsOf, type ItemDecisions, type Point, type PriorDecisionRef, type ReferatDocument, type Section, type Span } from '../parser';
import { MONTHS } from '../parser/vocabulary';
import type { Messages } from '../l10n';
import { answeredBy, answersTo, contentOf, decisionContextAt } from './counterpart';
import { danishDate, escapeMarkdown, quote } from './markdown';

/** The heading, point or decision text under the offset, and the hover for it. */
export function decisionHoverAt(doc: ReferatDocument, offset: number, messages: Messages): { span: Span; markdown: string } | null {
  const at = decisionContextAt(doc, offset);
  if (!at) return null;
  const onHeading = at.section.heading.span.start <= offset && offset < at.section.heading.span.end;
  const point = onHeading ? null : at.point;
  const span = onHeading ? at.section.heading.span : point ? point.span : at.section.kind === 'Beslutning' ? textAround(doc, at.section, offset) : null;
  if (!span) return null;
  const d = decisionsOf(at.item);
  const line = (s: Span) => doc.lines.positionAt(s.start).line + 1;
  const out: string[] = [];

  if (at.section.kind === 'Indstilling') {
    if (!d.decision) out.push(messages.t('hover.decision.missing'));
    else {
      out.push(`**${messages.t('hover.decision.current', line(d.decision.heading.span))}**${outcomeOf(d.decision, messages)}`, '');
      out.push(...answerLines(doc, at.section, d.decision, point, messages));
    }
    if (d.priors.length > 0) {
      out.push('', `**${messages.t('hover.priors')}**`, '');
      for (const prior of d.priors) {
        out.push(`- ${priorName(prior.prior!, messages)}${outcomeOf(prior, messages)}`);
        if (point) out.push(...answerLines(doc, at.section, prior, point, messages).map((l) => `  ${l}`));
      }
    }
  } else {
    if (!d.recommendation) out.push(messages.t('hover.recommendation.missing'));
    else {
      out.push(`**${messages.t('hover.recommendation', line(d.recommendation.heading.span))}**`, '');
      const answered = point ? answeredBy(d.recommendation, point) : [];
      if (answered.length > 0) out.push(...answered.map((r) => listed(doc, r)));
      else out.push(...recommendationLines(doc, d.recommendation, at.section, messages));
    }
    if (at.section.prior) out.push('', priorName(at.section.prior, messages));
    else if (!point) out.push(...otherPriors(d, messages));
  }
  return { span, markdown: out.join('\n').trimEnd() };
}

/**
 * The decision's text around the offset, outside its points (an intro such as "Udvalget
 * besluttede:", or the whole text of an unnumbered decision); null on the blank space around it.
 */
function textAround(doc: ReferatDocument, decision: Section, offset: number): Span | null {
  const content = contentOf(doc, decision);
  if (content === decision.heading.span) return null;
  let start = content.start;
  let end = content.end;
  for (const p of decision.points) {
    if (p.span.end <= offset) start = Math.max(start, p.span.end);
    else if (p.span.start > offset) {
      end = Math.min(end, p.span.start);
      break;
    }
  }
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return start <= offset && offset < end ? { start, end } : null;
}

/**
 * What a decision answers, as a whole: the Indstilling's points with their answers where both
 * are numbered, its points where only it is, else its text.
 */
function recommendationLines(doc: ReferatDocument, recommendation: Section, decision: Section, messages: Messages): string[] {
  const text = (s: Span) => doc.text.slice(s.start, s.end);
  if (recommendation.points.length === 0) {
    const whole = contentOf(doc, recommendation);
    return [whole === recommendation.heading.span ? messages.t('hover.recommendation.empty') : `> ${quote(text(whole), 240)}`];
  }
  if (decision.points.some((p) => p.numbered)) return answerLines(doc, recommendation, decision, null, messages);
  return [messages.t('hover.decision.answersAll'), '', ...recommendation.points.map((r) => listed(doc, r))];
}

/**
 * The recommendation's points with the decision's answers: one line per point when the
 * decision is numbered, else the decision's text as a whole. `only` limits to one point.
 */
function answerLines(doc: ReferatDocument, recommendation: Section, decision: Section, only: Point | null, messages: Messages): string[] {
  const text = (span: Span) => doc.text.slice(span.start, span.end);
  const numbered = decision.points.some((p) => p.numbered);
  const whole = contentOf(doc, decision);
  const wholeText = whole === decision.heading.span ? messages.t('hover.point.unanswered') : quote(text(whole), 240);
  if (only) {
    const answers = numbered ? answersTo(decision, only) : [];
    const answer = numbered ? answers.map((a) => quote(text(a.span))).join(' · ') || messages.t('hover.point.unanswered') : wholeText;
    return [`${listed(doc, only)} → ${answer}`];
  }
  if (!numbered || recommendation.points.length === 0) {
    return recommendation.points.length > 0 ? [messages.t('hover.decision.answersAll'), '', `> ${wholeText}`] : [`> ${wholeText}`];
  }
  return recommendation.points.map((r) => {
    const answers = answersTo(decision, r);
    const answer = answers.length > 0 ? answers.map((a) => quote(text(a.span))).join(' · ') : messages.t('hover.point.unanswered');
    return `${listed(doc, r)} → ${answer}`;
  });
}

/** A point as a Markdown list line: with its number as written ("1. at ..."), a bullet's dash left out. */
function listed(doc: ReferatDocument, point: Point): string {
  return `- ${quote(point.numbered ? doc.text.slice(point.span.start, point.span.end) : point.text)}`;
}

function outcomeOf(section: Section, messages: Messages): string {
  return section.outcome ? ` · ${messages.t('hover.outcome', messages.outcome(section.outcome))}` : '';
}

/** "Socialudvalget, 21. september 2020, punkt 95". */
export function priorName(prior: PriorDecisionRef, messages: Messages): string {
  return [
    escapeMarkdown(prior.committee ?? messages.t('hover.prior.unknownCommittee')),
    prior.date ? danishDate(prior.date, MONTHS) : null,
    prior.punkt !== null ? `${messages.t('word.punkt').toLowerCase()} ${prior.punkt}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

function otherPriors(d: ItemDecisions, messages: Messages): string[] {
  if (d.priors.length === 0) return [];
  return ['', `**${messages.t('hover.priors')}**`, '', ...d.priors.map((p) => `- ${priorName(p.prior!, messages)}${outcomeOf(p, messages)}`)];
}
