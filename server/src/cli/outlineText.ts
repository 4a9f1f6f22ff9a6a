// `referat outline FILE`: the tree, readably.

import type { ReferatDocument } from '../parser';
import { visibleText } from '../parser';

export function outlineText(doc: ReferatDocument): string {
  const out: string[] = [];
  const lineOf = (offset: number) => doc.lines.positionAt(offset).line + 1;
  const m = doc.meeting;
  const head = [m.kind ? m.kind.toUpperCase() : null, m.committee?.value, m.meetingDate?.value || m.headerDate?.value, m.time?.value, m.place?.value]
    .filter(Boolean)
    .join(' · ');
  if (head) out.push(head);
  if (m.participants.length > 0) out.push(`  Mødedeltagere: ${m.participants.map((p) => p.value).join(', ')}`);
  if (m.absent.length > 0) out.push(`  Fraværende: ${m.absent.map((p) => p.value).join(', ')}`);
  if (doc.items.length === 0) {
    out.push('(no agenda items found)');
    return out.join('\n') + '\n';
  }
  for (const it of doc.items) {
    const decision = it.sections.find((s) => s.kind === 'Beslutning' && !s.prior);
    const extra = [it.caseNumber?.text, decision?.outcome].filter(Boolean).join(' · ');
    out.push(`${String(lineOf(it.heading.start)).padStart(5)}  Punkt ${it.number}: ${visibleText(it.title.value)}${extra ? `  [${extra}]` : ''}`);
    for (const s of it.sections) {
      const label = s.prior ? `${s.kind} (tidligere: ${s.heading.value})` : s.implicit ? `${s.kind} (${s.heading.value})` : s.heading.value === s.kind ? s.kind : `${s.kind} (${s.heading.value})`;
      out.push(`${String(lineOf(s.heading.span.start)).padStart(5)}    ${label}${s.outcome ? ` → ${s.outcome}` : ''}`);
      for (const p of s.points) out.push(`${String(lineOf(p.span.start)).padStart(5)}      ${p.numbered ? p.answers.join('+') + '.' : '-'} ${truncate(p.text, 70)}${p.outcome ? ` → ${p.outcome}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}

const truncate = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
