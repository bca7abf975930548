import type { DeliveryResult, IssuePlanEntry, Report } from '../model.js';
import {
  cell,
  type FingerprintGroup,
  groupFailures,
  inAppStack,
  originLabel,
  STATUS_HEADINGS,
  STATUS_ORDER,
} from './summary-groups.js';
import { errorLine, failureLabel } from './title.js';

export { cell } from './summary-groups.js';

// GitHub refuses a step summary over 1 MiB. The summary is measured in bytes and degrades in
// steps (every failure with its stack; then one line per bug; then counts only), and always
// says what it left out. Totals are never cut.
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const SUMMARY_BUDGET_BYTES = 900_000;
const MAX_DETAILED = 300;
const MAX_LINES = 2_000;

export interface SummaryInput {
  report: Report;
  issues: readonly IssuePlanEntry[];
  deliveries: readonly DeliveryResult[];
  /** How many failures were annotated, and how many the per-step cap left out. */
  annotations?: { shown: number; omitted: number };
  budgetBytes?: number;
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
  if (entry.number === 0) return cell(entry.note ?? 'not filed');
  const issue = entry.url ? `[#${entry.number}](${entry.url})` : `#${entry.number}`;
  return `${ACTION_WORDS[entry.action]} ${issue}${entry.note ? ` (${cell(entry.note)})` : ''}`;
}

type Level = 'full' | 'compact' | 'counts';

function where(group: FingerprintGroup): string {
  const first = group.failures[0];
  if (!first) return '';
  const frame = first.error.frames.find((candidate) => candidate.inApp && candidate.file);
  if (frame) return `${frame.file}:${frame.line ?? ''}`;
  return first.test?.file ?? `${first.source.path}${first.source.line ? `:${first.source.line}` : ''}`;
}

function detailed(group: FingerprintGroup): string[] {
  const first = group.failures[0];
  if (!first) return [];
  const tests = [...new Set(group.failures.map(failureLabel))];
  const origins = [...new Set(group.failures.map((failure) => originLabel(failure.origin)).filter(Boolean))];
  const issue = issueLabel(group.issue);
  const lines = [
    `<details><summary><b>${cell(errorLine(first.error), 300)}</b> — ${cell(tests[0] ?? '', 200)}${tests.length > 1 ? ` and ${tests.length - 1} more` : ''}${issue ? ` · ${issue}` : ''}</summary>`,
    '',
    `\`${group.fingerprint}\` · ${cell(where(group), 200)}${first.durationMs !== undefined ? ` · ${(first.durationMs / 1000).toFixed(2)} s` : ''}`,
  ];
  for (const origin of origins.slice(0, 10)) lines.push(`- ${cell(origin, 300)}`);
  if (tests.length > 1) for (const test of tests.slice(1, 10)) lines.push(`- also ${cell(test, 200)}`);
  const stack = inAppStack(first).map((line) => line.replace(/`/g, 'ˋ').slice(0, 300));
  if (stack.length > 0) lines.push('', '```text', ...stack, '```');
  lines.push('', '</details>', '');
  return lines;
}

function compact(group: FingerprintGroup): string {
  const first = group.failures[0];
  if (!first) return '';
  return `| \`${group.fingerprint}\` | ${cell(failureLabel(first))}${group.failures.length > 1 ? ` (+${group.failures.length - 1})` : ''} | ${cell(errorLine(first.error))} | ${cell(where(group), 120)} | ${issueLabel(group.issue)} |`;
}

function failureSections(groups: readonly FingerprintGroup[], level: Level): string[] {
  const counts = STATUS_ORDER.map(
    (status) => [status, groups.filter((g) => g.status === status).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${STATUS_HEADINGS[status].toLowerCase()}`);
  const lines = [`**${groups.length} distinct failure(s)**: ${counts.join(' · ')}`, ''];
  if (level === 'counts') return lines;
  if (level === 'compact') {
    lines.push('| fingerprint | test | error | where | issue |', '|---|---|---|---|---|');
    for (const group of groups.slice(0, MAX_LINES)) lines.push(compact(group));
    if (groups.length > MAX_LINES)
      lines.push('', `${groups.length - MAX_LINES} more not listed; see the result file.`);
    return lines;
  }
  for (const status of STATUS_ORDER) {
    const inStatus = groups.filter((group) => group.status === status);
    if (inStatus.length === 0) continue;
    lines.push(`### ${STATUS_HEADINGS[status]} (${inStatus.length})`, '');
    for (const group of inStatus.slice(0, MAX_DETAILED)) lines.push(...detailed(group));
    if (inStatus.length > MAX_DETAILED)
      lines.push(`${inStatus.length - MAX_DETAILED} more not shown in detail; see the result file.`, '');
  }
  return lines;
}

function otherSections(input: SummaryInput): string[] {
  const { report, issues, deliveries } = input;
  const lines: string[] = [];
  const resolved = issues.filter((entry) => entry.action === 'resolve');
  if (resolved.length > 0) {
    lines.push('', `### Recovered (${resolved.length})`, '');
    for (const entry of resolved.slice(0, 200))
      lines.push(`- \`${entry.fingerprint}\` ${cell(entry.title, 200)}: ${issueLabel(entry)}`);
  }
  const broken = report.sources.filter((source) => source.error);
  if (broken.length > 0) {
    lines.push('', '### Sources skipped', '');
    for (const source of broken.slice(0, 200)) {
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
  const annotations = input.annotations;
  if (annotations && annotations.omitted > 0)
    lines.push(
      '',
      `Annotated ${annotations.shown} failure(s); ${annotations.omitted} more were left out, as GitHub shows at most 10 errors per step.`,
    );
  return lines;
}

const CUT_NOTES: Record<Level, string> = {
  full: '',
  compact:
    '_Stacks were left out to keep this summary under GitHub’s 1 MiB limit; the result file has everything._',
  counts:
    '_Only counts are shown: the list of failures would not fit GitHub’s 1 MiB limit; the result file has everything._',
};

export function renderSummaryMarkdown(input: SummaryInput): string {
  const { summary } = input.report;
  const head = [
    '## faultline',
    '',
    '| tests | passed | failed | skipped | flaky | duration |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${summary.tests} | ${summary.passed} | ${summary.failed} | ${summary.skipped} | ${summary.flaky} | ${(summary.durationMs / 1000).toFixed(1)} s |`,
    '',
  ];
  const groups = groupFailures(input.report.failures, input.issues);
  const tail = otherSections(input);
  const budget = input.budgetBytes ?? SUMMARY_BUDGET_BYTES;
  for (const level of ['full', 'compact', 'counts'] as const) {
    const body = groups.length === 0 ? ['No failures.'] : failureSections(groups, level);
    const note = CUT_NOTES[level] ? ['', CUT_NOTES[level]] : [];
    const markdown = `${[...head, ...body, ...tail, ...note].join('\n')}\n`;
    if (level === 'counts' || Buffer.byteLength(markdown) <= budget) return markdown;
  }
  return '';
}
