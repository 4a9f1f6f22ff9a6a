// Shared by the bench reports: a Markdown table, and a timing as "median / p95 (min)".

import type { Timing } from './stats';

export const ms = (t: Timing | null) => (t ? `${t.medianMs.toFixed(2)} / ${t.p95Ms.toFixed(2)} (${t.minMs.toFixed(2)})` : 'n/a');

export function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
