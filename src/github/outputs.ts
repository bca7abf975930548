import type { Outcome } from '../run.js';

/** The action's outputs, as declared in action.yml. Values are strings; lists are JSON. */
export function actionOutputs(
  outcome: Outcome,
  reportPath: string,
  resultPath: string,
): Record<string, string> {
  const { summary } = outcome.report;
  const fingerprints = [...new Set(outcome.report.failures.map((failure) => failure.fingerprint))];
  const opened = outcome.issues.filter((entry) => entry.action === 'open').map((entry) => entry.fingerprint);
  const numbers = (...actions: string[]) =>
    JSON.stringify(
      outcome.issues
        .filter((entry) => actions.includes(entry.action) && entry.number > 0)
        .map((entry) => entry.number),
    );
  return {
    tests: String(summary.tests),
    passed: String(summary.passed),
    failed: String(summary.failed),
    skipped: String(summary.skipped),
    flaky: String(summary.flaky),
    fingerprints: JSON.stringify(fingerprints),
    'new-fingerprints': JSON.stringify(opened),
    issues: JSON.stringify(outcome.issues),
    'skipped-sources': String(outcome.report.sources.filter((source) => source.error).length),
    deliveries: JSON.stringify(outcome.deliveries),
    report: reportPath,
    result: resultPath,
    'runtime-errors': String(outcome.report.failures.filter((failure) => failure.kind === 'runtime').length),
    'new-issues': numbers('open'),
    'updated-issues': numbers('update', 'reopen'),
    'resolved-issues': numbers('resolve'),
  };
}
