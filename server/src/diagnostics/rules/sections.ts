// Sections of an item: a heading with nothing under it before the next heading, and the same
// kind of section twice in one item. Quoted earlier decisions are many Beslutninger by nature
// and do not count; an empty Beslutning is `empty-decision`'s business.

import type { ReferatDocument, Section } from '../../parser';
import { normalizeTitle } from '../../parser';
import { text, type Finding, type Rule } from '../rule';
import { written } from './util';
import { WEB_CONTROL_PREFIXES } from '../../parser/vocabulary';

export const emptySection: Rule = {
  code: 'empty-section',
  severity: 'warning',
  description: 'rule.empty-section',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const item of doc.items) {
      item.sections.forEach((section, k) => {
        if (!section.empty || section.kind === 'Beslutning') return;
        // A form's field ("Økonomi:"), printed by the meeting system whether filled or not, is no
        // defect when empty; nor a case history whose entries are earlier decisions under it.
        // A folding block's heading behind its toggle ("fold dette punkt ind Resume") is the page's
        // template, printed whether the block holds text or not.
        if (section.heading.value.endsWith(':') || item.sections[k + 1]?.prior || behindToggle(doc.text, section.heading.span.start)) return;
        findings.push({
          code: 'empty-section',
          span: section.heading.span,
          message: text('diag.emptySection', section.heading.value, item.number),
          fix: doc.format === 'line-structured' ? { title: text('fix.removeHeading', section.heading.value), edits: [{ span: headingLines(doc, section), newText: '' }] } : undefined,
        });
      });
    }
    return findings;
  },
};

/** Whether the line holding `at` has a web page's folding toggle before it. */
function behindToggle(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at).trim();
  return before.length > 0 && WEB_CONTROL_PREFIXES.includes(before);
}

export const duplicateSection: Rule = {
  code: 'duplicate-section',
  severity: 'warning',
  description: 'rule.duplicate-section',
  check({ doc }) {
    const findings: Finding[] = [];
    for (const item of doc.items) {
      const first = new Map<string, Section>();
      for (const section of item.sections) {
        // An empty field the system prints again ("Indstilling:" over the Beslutning, Randers's
        // pages) repeats no text: empty-section's business, if anyone's.
        if (section.prior || section.empty) continue;
        const earlier = first.get(section.kind);
        // Written differently ("Sagsbeskrivelse", then "Supplerende sagsfremstilling"; "Høring af
        // Ældrerådet:"), the second is a section of its own, not the same one twice.
        if (earlier && normalizeTitle(earlier.heading.value) !== normalizeTitle(section.heading.value)) continue;
        if (!earlier) {
          first.set(section.kind, section);
          continue;
        }
        findings.push({
          code: 'duplicate-section',
          span: section.heading.span,
          message: text('diag.duplicateSection', item.number, section.kind),
          related: [{ span: earlier.heading.span, message: text('related.firstSection', earlier.heading.value) }],
        });
      }
    }
    return findings;
  },
};

/** The heading's line and the blank lines around it, so removing it leaves the text as if it had never been written. */
function headingLines(doc: ReferatDocument, section: Section): { start: number; end: number } {
  const lines = doc.lines;
  const blank = (line: number) => written(doc, { start: lines.lineStarts[line], end: lines.lineContentEnd(line) }).trim().length === 0;
  const first = lines.positionAt(section.heading.span.start).line;
  let next = first + 1;
  while (next < lines.lineCount && blank(next)) next++;
  if (next < lines.lineCount) return { start: lines.lineStarts[first], end: lines.lineStarts[next] };
  // The heading is the last text: remove it with the blank lines before it, keeping the end.
  let previous = first - 1;
  while (previous >= 0 && blank(previous)) previous--;
  return { start: previous >= 0 ? lines.lineContentEnd(previous) : lines.lineStarts[first], end: lines.lineContentEnd(first) };
}

export const sectionRules: readonly Rule[] = [emptySection, duplicateSection];
