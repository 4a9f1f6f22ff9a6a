// Document text shown in Markdown hovers: escaped, so a "*" or "_" in a title stays a
// character, and shortened, so a page-long point of a transcript does not fill the screen.

const SPECIAL = /[\\`*_[\]<>|~#]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Whitespace collapsed and cut at `max` characters with an ellipsis. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Escaped and shortened: document text as a hover shows it. */
export const quote = (text: string, max?: number) => escapeMarkdown(shorten(text, max));

/** A Danish long date ("15. september 2020") from an ISO date. */
export function danishDate(iso: string, months: readonly string[]): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${months[m - 1] ?? m} ${y}`;
}
