// Diagnostics: rules over the model, a registry of stable codes, and the runner.
export { RULES, RULE_CODES, DEFAULT_LEVELS, ruleLevels, isRuleCode } from './registry';
export type { Level, RuleLevels, LevelsResult } from './registry';
export { findingsOf, diagnosticsOf, toDiagnostic, format, DIAGNOSTIC_SOURCE } from './run';
export type { DiagnosticOptions, RatedFinding } from './run';
export type { Finding, Rule, RuleCode, Severity, Text } from './rule';
export { diagnosticsAfterEdit } from './carryOver';
export type { Published, Before } from './carryOver';
