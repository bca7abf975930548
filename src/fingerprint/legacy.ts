import { hash } from 'node:crypto';
import type { FailureDraft } from '../model.js';

// Earlier algorithms, kept so trackers still find issues filed under their fingerprints.
// Each is frozen: changing one would orphan the issues it named.

const V0_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b0x[0-9a-f]+\b/gi, '<hex>'],
  [/\b[0-9a-f]{16,}\b/gi, '<hash>'],
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<time>'],
  [/\d+(?:\.\d+)?/g, '<n>'],
  [/\s+/g, ' '],
];

/** v0, the placeholder of the first release: test identity, error type and a rough message template. */
export function fingerprintV0(draft: FailureDraft): string {
  let template = draft.error.message;
  for (const [pattern, replacement] of V0_RULES) template = template.replace(pattern, replacement);
  const test = draft.test;
  const identity = test ? [test.file ?? test.classname ?? test.suite ?? '', test.name] : ['', ''];
  const parts = [draft.kind, ...identity, draft.error.type ?? '', template.trim()];
  return `v0:${hash('sha256', JSON.stringify(parts), 'hex').slice(0, 16)}`;
}

export const LEGACY_VERSIONS: ReadonlyArray<(draft: FailureDraft) => string> = [fingerprintV0];
