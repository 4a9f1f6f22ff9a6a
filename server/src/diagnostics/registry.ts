// Every rule, in the order diagnostics are listed, with its stable code and default severity.
// Settings (referat.rules) and CLI flags (--rule code=level) change the severity or turn a
// rule off by code.

import { SEVERITIES, type Rule, type RuleCode, type Severity } from './rule';
import { tocRules } from './rules/toc';
import { itemRules } from './rules/items';
import { sectionRules } from './rules/sections';
import { decisionRules } from './rules/decisions';
import { caseNumberRules } from './rules/caseNumbers';
import { dateRules } from './rules/dates';

export const RULES: readonly Rule[] = [...tocRules, ...itemRules, ...sectionRules, ...decisionRules, ...caseNumberRules, ...dateRules];

export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

export type Level = Severity | 'off';

/** Each rule's severity after the user's overrides; 'off' rules do not run. */
export type RuleLevels = ReadonlyMap<RuleCode, Level>;

export const isRuleCode = (code: string): code is RuleCode => (RULE_CODES as readonly string[]).includes(code);

const LEVELS: readonly string[] = [...SEVERITIES, 'off'];

export interface LevelsResult {
  readonly levels: RuleLevels;
  /** Overrides that name no rule or no level, as written ("toc-typo=off"). */
  readonly invalid: readonly string[];
}

/** The default levels with `overrides` (code -> level, e.g. { "toc-truncated": "off" }) applied. */
export function ruleLevels(overrides: Readonly<Record<string, string>> = {}): LevelsResult {
  const levels = new Map<RuleCode, Level>(RULES.map((r) => [r.code, r.severity]));
  const invalid: string[] = [];
  for (const [code, raw] of Object.entries(overrides)) {
    const level = raw.trim().toLowerCase() === 'info' ? 'information' : raw.trim().toLowerCase();
    if (!isRuleCode(code) || !LEVELS.includes(level)) invalid.push(`${code}=${raw}`);
    else levels.set(code, level as Level);
  }
  return { levels, invalid };
}

export const DEFAULT_LEVELS: RuleLevels = ruleLevels().levels;
