import type { Failure, IssuePlanEntry, Origin } from '../model.js';
import { truncate } from './title.js';

// The failures of a run as a person triages them: one entry per fingerprint (the bug), in
// the order that matters (regressions, then new bugs, then known ones, then flaky tests).

export type SummaryStatus = 'regressed' | 'new' | 'recurring' | 'flaky' | 'unfiled';

export const STATUS_ORDER: readonly SummaryStatus[] = ['regressed', 'new', 'recurring', 'flaky', 'unfiled'];

export const STATUS_HEADINGS: Record<SummaryStatus, string> = {
  regressed: 'Regressed',
  new: 'New',
  recurring: 'Recurring',
  flaky: 'Flaky',
  unfiled: 'Not filed',
};

export interface FingerprintGroup {
  fingerprint: string;
  status: SummaryStatus;
  failures: Failure[];
  issue?: IssuePlanEntry;
}

function statusOf(failures: readonly Failure[], issue: IssuePlanEntry | undefined): SummaryStatus {
  if (failures.every((failure) => failure.flaky)) return 'flaky';
  if (!issue) return 'unfiled';
  if (issue.action === 'reopen') return 'regressed';
  return issue.action === 'open' ? 'new' : 'recurring';
}

export function groupFailures(
  failures: readonly Failure[],
  issues: readonly IssuePlanEntry[],
): FingerprintGroup[] {
  const byFingerprint = new Map<string, Failure[]>();
  for (const failure of failures) {
    const list = byFingerprint.get(failure.fingerprint);
    if (list) list.push(failure);
    else byFingerprint.set(failure.fingerprint, [failure]);
  }
  const plan = new Map(issues.map((entry) => [entry.fingerprint, entry]));
  const groups = [...byFingerprint].map(([fingerprint, list]) => {
    const issue = plan.get(fingerprint);
    const group: FingerprintGroup = { fingerprint, status: statusOf(list, issue), failures: list };
    if (issue) group.issue = issue;
    return group;
  });
  return groups.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

/** Markdown cell or inline text: no pipes or newlines, and nothing GitHub would render as HTML or a mention. */
export function cell(text: string, max = 200): string {
  return truncate(text, max)
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`/g, 'ˋ')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** "job test (ubuntu-latest, 20) · step Run tests": where in the run, when known. */
export function originLabel(origin: Origin | undefined): string {
  if (!origin) return '';
  const parts: string[] = [];
  if (origin.job) {
    const leg =
      origin.matrix && Object.keys(origin.matrix).length > 0
        ? ` (${Object.values(origin.matrix).join(', ')})`
        : '';
    parts.push(`job ${origin.job}${origin.job.includes('(') ? '' : leg}`);
  }
  if (origin.step) parts.push(`step ${origin.step}`);
  if (origin.runAttempt && origin.runAttempt > 1) parts.push(`attempt ${origin.runAttempt}`);
  if (origin.artifact) parts.push(`artifact ${origin.artifact}`);
  return parts.join(' · ');
}

/** The frames a person reads first: the code of the project, innermost first. */
export function inAppStack(failure: Failure, limit = 12): string[] {
  const frames = failure.error.frames.filter((frame) => frame.inApp);
  const lines = (frames.length > 0 ? frames : failure.error.frames).slice(0, limit).map((frame) => {
    const where = frame.file
      ? `${frame.file}${frame.line ? `:${frame.line}` : ''}${frame.column ? `:${frame.column}` : ''}`
      : '';
    return frame.function ? `at ${frame.function}${where ? ` (${where})` : ''}` : `at ${where || '?'}`;
  });
  for (const cause of failure.error.causes ?? []) {
    lines.push(`caused by ${cause.type ? `${cause.type}: ` : ''}${cause.message}`);
  }
  return lines;
}
