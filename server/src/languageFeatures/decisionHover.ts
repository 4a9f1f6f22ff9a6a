// Hover on an Indstilling or a Beslutning (its heading or one of its points): the counterpart,
// point by point where both are numbered ("1. At sagen drøftes" with "1. Drøftet."), and the
// earlier decisions of other committees quoted in the item.

import { decisionsOf, type ItemDecisions, type Point, type PriorDecisionRef, type ReferatDocument, type Section, type Span } from '../parser';
import { MONTHS } from '../parser/vocabulary';
import type { Messages } from '../l10n';
import { answeredBy, answersTo, contentOf, decisionContextAt } from './counterpart';
import { danishDate, escapeMarkdown, quote } from './markdown';

/** The heading or point under the offset, and the hover for it. */
export function decisionHoverAt(doc: ReferatDocument, offset: number, messages: Messages): { span: Span; markdown: string } | null {
  const at = decisionContextAt(doc, offset);
  if (!at) return null;
  const onHeading = at.section.heading.span.start <= offset && offset < at.section.heading.span.end;
  if (!onHeading && !at.point) return null;
  const d = decisionsOf(at.item);
  const text = (span: Span) => doc.text.slice(span.start, span.end);
  const line = (span: Span) => doc.lines.positionAt(span.start).line + 1;
  const out: string[] = [];
  const point = onHeading ? null : at.point;

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
      if (point && answered.length > 0) out.push(...answered.map((r) => `- ${quote(text(r.span))}`));
      else out.push(...answerLines(doc, d.recommendation, at.section, null, messages));
    }
    if (at.section.prior) out.push('', priorName(at.section.prior, messages));
    else if (!point) out.push(...otherPriors(d, messages));
  }
  const span = point ? point.span : at.section.heading.span;
  return { span, markdown: out.join('\n').trimEnd() };
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
    return [`- ${quote(text(only.span))} → ${answer}`];
  }
  if (!numbered || recommendation.points.length === 0) {
    return recommendation.points.length > 0 ? [messages.t('hover.decision.answersAll'), '', `> ${wholeText}`] : [`> ${wholeText}`];
  }
  return recommendation.points.map((r) => {
    const answers = answersTo(decision, r);
    const answer = answers.length > 0 ? answers.map((a) => quote(text(a.span))).join(' · ') : messages.t('hover.point.unanswered');
    return `- ${quote(text(r.span))} → ${answer}`;
  });
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
