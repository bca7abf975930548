import type { DeliveryResult, Failure, IssuePlanEntry, Report } from '../model.js';
import { describeSourceError } from '../parse.js';
import { ACTION_WORDS } from './summary.js';
import { errorLine, failureLabel } from './title.js';

export interface TerminalInput {
  report: Report;
  issues: readonly IssuePlanEntry[];
  deliveries: readonly DeliveryResult[];
  written: readonly string[];
}

/** How many failures the listing shows in full; the rest are counted. */
export const LISTED_FAILURES = 50;

function failureBlock(failure: Failure, issue: IssuePlanEntry | undefined): string[] {
  const mark = failure.flaky ? '~ flaky:' : '✗';
  const action = issue
    ? `  [${issue.number === 0 ? (issue.note ?? 'not filed') : `${ACTION_WORDS[issue.action]} #${issue.number}${issue.note ? `, ${issue.note}` : ''}`}]`
    : '';
  const error = errorLine(failure.error);
  const lines = [`${mark} ${failureLabel(failure)}${action}`, `    ${error}`];
  const frame = failure.error.frames.find((candidate) => candidate.inApp && candidate.file);
  if (frame)
    lines.push(`    at ${frame.file}:${frame.line ?? '?'}${frame.function ? ` (${frame.function})` : ''}`);
  lines.push(
    `    ${failure.fingerprint}  ${failure.source.path}${failure.source.line ? `:${failure.source.line}` : ''}`,
  );
  return lines;
}

/** A plain-text summary for people at a terminal or reading a CI log. */
export function renderTerminal({ report, issues, deliveries, written }: TerminalInput): string {
  const s = report.summary;
  const lines = [
    `faultline: ${s.tests} tests, ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.flaky} flaky (${(s.durationMs / 1000).toFixed(1)} s) from ${report.sources.filter((source) => !source.error).length} report(s)`,
  ];
  const byFingerprint = new Map(issues.map((entry) => [entry.fingerprint, entry]));
  for (const failure of report.failures.slice(0, LISTED_FAILURES)) {
    lines.push('', ...failureBlock(failure, byFingerprint.get(failure.fingerprint)));
  }
  if (report.failures.length > LISTED_FAILURES)
    lines.push('', `… and ${report.failures.length - LISTED_FAILURES} more failure(s)`);
  const broken = report.sources.filter((source) => source.error);
  if (broken.length > 0)
    lines.push('', 'Skipped sources:', ...broken.map((source) => `  ${describeSourceError(source)}`));
  if (issues.length > 0) {
    const filed = issues.filter((entry) => entry.number > 0);
    const count = (action: IssuePlanEntry['action']) =>
      filed.filter((entry) => entry.action === action).length;
    const unfiled = issues.length - filed.length;
    lines.push(
      '',
      `Issues: ${count('open')} opened, ${count('update')} updated, ${count('reopen')} reopened, ${count('resolve')} resolved${unfiled ? `, ${unfiled} not filed` : ''}`,
    );
  }
  for (const delivery of deliveries) {
    lines.push(
      `Webhook ${delivery.endpoint} (${delivery.type}): ${delivery.status}${delivery.detail ? ` — ${delivery.detail}` : ''}`,
    );
  }
  if (written.length > 0) lines.push('', `Wrote ${written.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
