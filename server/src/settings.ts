// The user's settings (section "referat" in VS Code), with defaults. Parse options derive
// from these, so a change of settings re-parses every open document once.

import type { CaseNumberPattern, ExtraSectionHeading, ParseOptions, SectionKind } from './parser';

export interface Settings {
  /** Extra section headings: heading as written -> canonical kind. */
  readonly sectionHeadings: Readonly<Record<string, SectionKind>>;
  /** Extra case-number shapes: name -> regular expression. */
  readonly caseNumberPatterns: Readonly<Record<string, string>>;
  /** Diagnostics for every referat in the workspace, not only open ones. */
  readonly workspaceDiagnostics: boolean;
  /** Rule code -> "off" | "error" | "warning" | "information" | "hint". */
  readonly rules: Readonly<Record<string, string>>;
  /** The Outline shows sub-headings under items and sections (referat.outline.subHeadings). */
  readonly outlineSubHeadings: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sectionHeadings: {},
  caseNumberPatterns: {},
  workspaceDiagnostics: true,
  rules: {},
  outlineSubHeadings: false,
};

export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const record = (v: unknown): Record<string, string> =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => typeof x === 'string')) as Record<string, string>
      : {};
  const outline = r.outline && typeof r.outline === 'object' ? (r.outline as Record<string, unknown>) : {};
  return {
    sectionHeadings: record(r.sectionHeadings) as Record<string, SectionKind>,
    caseNumberPatterns: record(r.caseNumberPatterns),
    workspaceDiagnostics: typeof r.workspaceDiagnostics === 'boolean' ? r.workspaceDiagnostics : DEFAULT_SETTINGS.workspaceDiagnostics,
    rules: record(r.rules),
    outlineSubHeadings: outline.subHeadings === true,
  };
}

export function parseOptionsOf(settings: Settings): ParseOptions {
  const sectionHeadings: ExtraSectionHeading[] = Object.entries(settings.sectionHeadings).map(([heading, kind]) => ({ heading, kind }));
  const caseNumberPatterns: CaseNumberPattern[] = Object.entries(settings.caseNumberPatterns).map(([name, pattern]) => ({ name, pattern }));
  return { sectionHeadings, caseNumberPatterns };
}
