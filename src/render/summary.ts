import type { DeliveryResult, Failure, IssuePlanEntry, Report } from '../model.js';
import { truncate } from './title.js';

// GitHub refuses a step summary over 1 MiB; stay well under it and say what was left out.
export const SUMMARY_BUDGET_BYTES = 900_000;
const MAX_ROWS = 500;

export interface SummaryInput {
  report: Report;
  issues: readonly IssuePlanEntry[];
  deliveries: readonly DeliveryResult[];
}

/** Markdown cell text: no pipes or newlines, and nothing GitHub would render as HTML or a mention. */
export function cell(text: string, max = 200): string {
  return truncate(text, max)
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

function testLabel(failure: Failure): string {
  if (!failure.test) return failure.source.path;
  const owner = failure.test.classname ?? failure.test.suite;
  return owner ? `${owner} › ${failure.test.name}` : failure.test.name;
}

export const ACTION_WORDS: Record<IssuePlanEntry['action'], string> = {
  open: 'opened',
  update: 'updated',
  reopen: 'reopened (regression)',
  resolve: 'resolved',
};

/** "opened #12", "updated #3 (locked: skipped)", or "not filed: …" when no issue exists. */
export function issueLabel(entry: IssuePlanEntry | undefined): string {
  if (!entry) return '';
  if (entry.number === 0) return entry.note ?? 'not filed';
  const issue = entry.url ? `[#${entry.number}](${entry.url})` : `#${entry.number}`;
  return `${ACTION_WORDS[entry.action]} ${issue}${entry.note ? ` (${entry.note})` : ''}`;
}

function failureRow(failure: Failure, issue: IssuePlanEntry | undefined): string {
  const error = failure.error.type
    ? `${failure.error.type}: ${failure.error.message}`
    : failure.error.message;
  const location = failure.error.frames.find((frame) => frame.inApp && frame.file);
  const where = location
    ? `${location.file}:${location.line ?? ''}`
    : (failure.test?.file ?? failure.source.path);
  const flaky = failure.flaky ? ' (flaky)' : '';
  return `| \`${failure.fingerprint}\` | ${cell(testLabel(failure))}${flaky} | ${cell(error)} | ${cell(where, 120)} | ${issueLabel(issue)} |`;
}

export function renderSummaryMarkdown({ report, issues, deliveries }: SummaryInput): string {
  const { summary } = report;
  const lines = [
    '## faultline',
    '',
    '| tests | passed | failed | skipped | flaky | duration |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${summary.tests} | ${summary.passed} | ${summary.failed} | ${summary.skipped} | ${summary.flaky} | ${(summary.durationMs / 1000).toFixed(1)} s |`,
    '',
  ];
  const byFingerprint = new Map(issues.map((entry) => [entry.fingerprint, entry]));
  if (report.failures.length > 0) {
    lines.push('| fingerprint | test | error | where | issue |', '|---|---|---|---|---|');
    let bytes = Buffer.byteLength(lines.join('\n'));
    let shown = 0;
    for (const failure of report.failures) {
      const row = failureRow(failure, byFingerprint.get(failure.fingerprint));
      bytes += Buffer.byteLength(row) + 1;
      if (shown >= MAX_ROWS || bytes > SUMMARY_BUDGET_BYTES) break;
      lines.push(row);
      shown += 1;
    }
    if (shown < report.failures.length)
      lines.push('', `${report.failures.length - shown} more failure(s) not shown; see report.json.`);
  } else {
    lines.push('No failures.');
  }
  const resolved = issues.filter((entry) => entry.action === 'resolve');
  if (resolved.length > 0) {
    lines.push('', '### Recovered', '');
    for (const entry of resolved.slice(0, MAX_ROWS))
      lines.push(`- \`${entry.fingerprint}\` ${cell(entry.title, 200)}: resolved #${entry.number}`);
  }
  const broken = report.sources.filter((source) => source.error);
  if (broken.length > 0) {
    lines.push('', '### Sources skipped', '');
    for (const source of broken) {
      const at =
        source.error?.line === undefined
          ? ''
          : ` (line ${source.error.line}, column ${source.error.column ?? '?'})`;
      lines.push(`- \`${cell(source.path, 300)}\`${at}: ${cell(source.error?.message ?? '', 500)}`);
    }
  }
  if (deliveries.length > 0) {
    lines.push('', '### Webhooks', '');
    for (const delivery of deliveries) {
      const detail = delivery.detail ? ` — ${cell(delivery.detail, 300)}` : '';
      lines.push(`- ${cell(delivery.endpoint, 100)} (${delivery.type}): ${delivery.status}${detail}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
