import { hash } from 'node:crypto';
import type { Failure, FailureDraft, Grouping, GroupingComponents } from '../model.js';
import { defaultComponents, type GroupBy } from './components.js';
import { LEGACY_VERSIONS } from './legacy.js';
import { applyRules, type FingerprintRule } from './rules.js';

// Algorithm v1, documented in docs/fingerprint.md. The version prefix lets a later
// algorithm recognise issues filed under this one (see legacy.ts for v0).
export const FINGERPRINT_VERSION = 'v1';

export interface FingerprintOptions {
  groupBy: GroupBy;
  rules: readonly FingerprintRule[];
}

export const DEFAULT_FINGERPRINT_OPTIONS: FingerprintOptions = { groupBy: 'error', rules: [] };

/** SHA-256 of the components in a fixed order, so the same parts always give the same id. */
export function hashComponents(components: GroupingComponents): string {
  const canonical = [
    FINGERPRINT_VERSION,
    components.test ?? null,
    components.type ?? null,
    components.message ?? null,
    components.frames ?? null,
    components.custom ?? null,
  ];
  return `${FINGERPRINT_VERSION}:${hash('sha256', JSON.stringify(canonical), 'hex').slice(0, 16)}`;
}

export function groupingOf(
  draft: FailureDraft,
  options: FingerprintOptions = DEFAULT_FINGERPRINT_OPTIONS,
): Grouping {
  const { basis, components } = defaultComponents(draft, options.groupBy);
  const ruled = applyRules(options.rules, draft, components);
  if (ruled)
    return {
      version: FINGERPRINT_VERSION,
      basis: 'rule',
      components: { custom: ruled.custom },
      rule: ruled.rule,
    };
  return { version: FINGERPRINT_VERSION, basis, components };
}

/**
 * The fingerprints older algorithms gave this failure. Trackers look under them when the
 * current one finds no issue, so an upgrade never reopens the backlog as new issues. Computed
 * on demand: only a miss needs them.
 */
export function previousFingerprints(draft: FailureDraft): string[] {
  return LEGACY_VERSIONS.map((legacy) => legacy(draft));
}

export function fingerprint(
  draft: FailureDraft,
  options: FingerprintOptions = DEFAULT_FINGERPRINT_OPTIONS,
): string {
  return hashComponents(groupingOf(draft, options).components);
}

export function withFingerprint(
  draft: FailureDraft,
  options: FingerprintOptions = DEFAULT_FINGERPRINT_OPTIONS,
): Failure {
  const grouping = groupingOf(draft, options);
  return { fingerprint: hashComponents(grouping.components), ...draft, grouping };
}
