import { previousFingerprints } from '../fingerprint/fingerprint.js';
import type { Failure, GroupingBasis } from '../model.js';
import { failureLabel } from './title.js';

const BASIS: Record<GroupingBasis, string> = {
  'app-frames':
    'raised in app code: keyed by the error type and the innermost app frames, whichever test hit it',
  'test-error': 'raised in the test itself: keyed by the test, the error type and the message template',
  error: 'no app frame and no test: keyed by the error type, message template and innermost frames',
  test: 'group-by test: keyed by the test alone, whatever the error',
  rule: 'set by a custom fingerprint rule',
};

/** What `faultline explain` prints: each failure's fingerprint and the components behind it. */
export function renderExplain(failures: readonly Failure[]): string {
  if (failures.length === 0) return 'No failures to explain.\n';
  const lines: string[] = [];
  const groups = new Map<string, number>();
  for (const failure of failures) groups.set(failure.fingerprint, (groups.get(failure.fingerprint) ?? 0) + 1);
  for (const failure of failures) {
    const { grouping } = failure;
    const shared = (groups.get(failure.fingerprint) ?? 1) - 1;
    lines.push(
      `${failure.fingerprint}  ${failureLabel(failure)}${shared > 0 ? `  (shared with ${shared} other failure(s) here)` : ''}`,
    );
    lines.push(
      `  basis:    ${grouping.basis}: ${BASIS[grouping.basis]}${grouping.rule === undefined ? '' : ` (rule ${grouping.rule})`}`,
    );
    const { test, type, message, frames, custom } = grouping.components;
    if (test) lines.push(`  test:     ${test.map((part) => part || '-').join(' | ')}`);
    if (type) lines.push(`  type:     ${type}`);
    if (message !== undefined) lines.push(`  message:  ${message}`);
    if (frames) lines.push(`  frames:   ${frames.join('  ←  ')}`);
    if (custom) lines.push(`  custom:   ${custom.join(' | ')}`);
    const previous = previousFingerprints(failure);
    if (previous.length > 0) lines.push(`  previous: ${previous.join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
