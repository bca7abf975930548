import picomatch from 'picomatch';
import { ConfigError } from '../errors.js';
import type { FailureDraft, GroupingComponents } from '../model.js';
import { messageTemplate } from './normalize.js';

// Custom fingerprint rules, in the spirit of Sentry's: the first rule whose every matcher
// holds sets the fingerprint to its list, where {{ default }} and the component names
// expand to the default components. So a rule can replace the grouping or extend it.

export interface FingerprintRule {
  /** Where the rule was written, for error messages: `fingerprints[2]`. */
  field: string;
  match: {
    type?: (value: string) => boolean;
    message?: (value: string) => boolean;
    test?: (value: string) => boolean;
    path?: (value: string) => boolean;
    kind?: 'test' | 'runtime';
  };
  fingerprint: string[];
  /** The rule as configured: plain data that parseFingerprintRule compiles again in another thread. */
  raw: unknown;
}

const VARIABLE = /^\{\{\s*(default|type|message|test|frames)\s*\}\}$/;

/** "/regex/flags" is a regular expression; any other string matches exactly (type) or as a substring. */
function matcher(value: unknown, field: string, exact: boolean): (text: string) => boolean {
  if (typeof value !== 'string' || value === '') throw new ConfigError(field, 'must be a non-empty string');
  const regex = /^\/(.+)\/([imsu]*)$/.exec(value);
  if (regex) {
    try {
      const pattern = new RegExp(regex[1] ?? '', regex[2]);
      return (text) => pattern.test(text);
    } catch (error) {
      throw new ConfigError(field, `is not a valid regular expression (${(error as Error).message})`);
    }
  }
  return exact ? (text) => text === value : (text) => text.includes(value);
}

export function parseFingerprintRules(value: unknown, field: string): FingerprintRule[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ConfigError(field, 'must be a list of rules');
  return value.map((raw, index) => parseFingerprintRule(raw, `${field}[${index}]`));
}

/** One rule, `at` naming it in errors: `faultline.yml: fingerprints[2]`. */
export function parseFingerprintRule(raw: unknown, at: string): FingerprintRule {
  if (!raw || typeof raw !== 'object')
    throw new ConfigError(at, 'must be a mapping with match and fingerprint');
  const { match, fingerprint } = raw as { match?: Record<string, unknown>; fingerprint?: unknown };
  if (!match || typeof match !== 'object' || Object.keys(match).length === 0) {
    throw new ConfigError(`${at}.match`, 'needs at least one of type, message, test, path, kind');
  }
  const rule: FingerprintRule = { field: at, match: {}, fingerprint: [], raw };
  for (const [key, spec] of Object.entries(match)) {
    const where = `${at}.match.${key}`;
    if (key === 'type') rule.match.type = matcher(spec, where, true);
    else if (key === 'message') rule.match.message = matcher(spec, where, false);
    else if (key === 'test') rule.match.test = matcher(spec, where, false);
    else if (key === 'path') {
      if (typeof spec !== 'string' || !spec) throw new ConfigError(where, 'must be a glob');
      rule.match.path = picomatch(spec, { dot: true });
    } else if (key === 'kind') {
      if (spec !== 'test' && spec !== 'runtime') throw new ConfigError(where, 'must be test or runtime');
      rule.match.kind = spec;
    } else throw new ConfigError(where, 'unknown matcher (use type, message, test, path, kind)');
  }
  if (
    !Array.isArray(fingerprint) ||
    fingerprint.length === 0 ||
    !fingerprint.every((part) => typeof part === 'string')
  ) {
    throw new ConfigError(`${at}.fingerprint`, 'must be a non-empty list of strings');
  }
  rule.fingerprint = fingerprint;
  return rule;
}

function ruleMatches(rule: FingerprintRule, draft: FailureDraft): boolean {
  const { type, message, test, path, kind } = rule.match;
  if (kind && draft.kind !== kind) return false;
  if (type && !type(draft.error.type ?? '')) return false;
  if (message && !message(draft.error.message)) return false;
  if (test && !test([draft.test?.classname, draft.test?.name].filter(Boolean).join(' '))) return false;
  if (path) {
    const files = [draft.test?.file, ...draft.error.frames.map((frame) => frame.file)];
    if (!files.some((file) => file !== undefined && path(file.replace(/\\/g, '/')))) return false;
  }
  return true;
}

function flatten(components: GroupingComponents, only?: keyof GroupingComponents): string[] {
  const parts: string[] = [];
  for (const key of ['test', 'type', 'message', 'frames'] as const) {
    if (only && key !== only) continue;
    const value = components[key];
    if (value !== undefined) parts.push(`${key}=${Array.isArray(value) ? value.join(' / ') : value}`);
  }
  return parts;
}

export interface RuleResult {
  rule: number;
  custom: string[];
}

/** The first matching rule's fingerprint list, expanded; undefined when no rule matches. */
export function applyRules(
  rules: readonly FingerprintRule[],
  draft: FailureDraft,
  defaults: GroupingComponents,
): RuleResult | undefined {
  const index = rules.findIndex((rule) => ruleMatches(rule, draft));
  const rule = rules[index];
  if (!rule) return undefined;
  const custom = rule.fingerprint.flatMap((part) => {
    const variable = VARIABLE.exec(part.trim())?.[1];
    if (variable === 'default') return flatten(defaults);
    if (variable) return flatten(defaults, variable as keyof GroupingComponents);
    return [messageTemplate(part)];
  });
  return { rule: index, custom };
}
