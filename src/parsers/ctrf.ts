import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { type CtrfRun, ctrfErrorInfo, runDetails } from './ctrf-failure.js';
import { isJsonObject, jsonNumber, jsonString, readJsonDocument } from './json-document.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';

// CTRF, the Common Test Report Format (ctrf.io): {reportFormat: "CTRF", specVersion, results:
// {tool, summary, tests[]}}, one entry per test with a status of passed, failed, skipped,
// pending or other. Written by the ctrf-io reporters (jest, mocha, Playwright, Cypress, …),
// by junit-to-ctrf and natively by some runners.
//
// Counting: skipped and pending are skipped. `other` is the spec's catch-all for a status the
// tool could not map; it counts as failed only when the tool's own rawStatus names a failure
// (failed, error, broken, timedOut, crashed, interrupted, …), and as skipped otherwise (jest's
// todo, disabled or focused, or no rawStatus at all): an unmapped status is not a failure to
// report unless the tool says so. A test that passed and is flaky (flaky: true, or retries or a
// failed retry attempt where the writer left `flaky` out) is passed and flaky, and is listed
// as a flaky failure with its last failed attempt's message where the report keeps one.
// A status outside the spec is read like `other`, its own name standing in for rawStatus.

interface CtrfTest extends CtrfRun {
  name?: unknown;
  status?: unknown;
  duration?: unknown;
  message?: unknown;
  trace?: unknown;
  line?: unknown;
  filePath?: unknown;
  suite?: unknown;
  retries?: unknown;
  retryAttempts?: unknown;
  flaky?: unknown;
  rawStatus?: unknown;
  stdout?: unknown;
  stderr?: unknown;
}

interface CtrfSummary {
  start?: unknown;
  stop?: unknown;
  duration?: unknown;
}

const FAILURE_STATUS = /fail|error|broken|crash|timed ?out|timeout|interrupt|abort/i;
function suiteOf(suite: unknown): string | undefined {
  if (typeof suite === 'string') return suite.trim() || undefined;
  if (Array.isArray(suite)) {
    const parts = suite.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
    return parts.length ? parts.join(' › ') : undefined;
  }
  return undefined;
}

function testRef(test: CtrfTest, workspace: string): TestRef {
  const suite = suiteOf(test.suite);
  const file = jsonString(test.filePath);
  const line = jsonNumber(test.line);
  return {
    name: jsonString(test.name) || '(unnamed test)',
    ...(suite ? { suite } : {}),
    ...(file ? { file: relativeToWorkspace(file, workspace) } : {}),
    ...(line ? { line } : {}),
  };
}

type Outcome = 'passed' | 'failed' | 'skipped';

function outcomeOf(test: CtrfTest): Outcome {
  const status = jsonString(test.status);
  if (status === 'passed' || status === 'failed') return status;
  if (status === 'skipped' || status === 'pending') return 'skipped';
  // `other`, or a status outside the spec: failed only if the tool's own status says so.
  const raw = jsonString(test.rawStatus) ?? (status === 'other' ? '' : (status ?? ''));
  return FAILURE_STATUS.test(raw) ? 'failed' : 'skipped';
}

function attemptsOf(test: CtrfTest): CtrfRun[] {
  return Array.isArray(test.retryAttempts)
    ? test.retryAttempts.filter((attempt): attempt is CtrfRun => isJsonObject(attempt))
    : [];
}

function read(results: Record<string, unknown>, context: ParseContext): ParseResult {
  const tests = (results.tests as unknown[]).filter((test): test is CtrfTest => isJsonObject(test));
  const summary: Summary = emptySummary();
  const failures: FailureDraft[] = [];
  let testDurations = 0;
  for (const test of tests) {
    summary.tests += 1;
    testDurations += jsonNumber(test.duration) ?? 0;
    const outcome = outcomeOf(test);
    const attempts = attemptsOf(test);
    const failedAttempts = attempts.filter((attempt) => jsonString(attempt.status) === 'failed');
    const retries = jsonNumber(test.retries) ?? Math.max(attempts.length - 1, 0);
    if (outcome === 'skipped') {
      summary.skipped += 1;
      continue;
    }
    if (outcome === 'passed') {
      summary.passed += 1;
      const flaky = typeof test.flaky === 'boolean' ? test.flaky : retries > 0 || failedAttempts.length > 0;
      if (!flaky) continue;
      summary.flaky += 1;
      const last = failedAttempts.at(-1);
      const retried =
        retries > 0
          ? `passed after ${retries} ${retries === 1 ? 'retry' : 'retries'}`
          : 'passed, and is marked flaky';
      failures.push({
        kind: 'test',
        flaky: true,
        test: testRef(test, context.workspace),
        error: last
          ? ctrfErrorInfo(jsonString(last.message), jsonString(last.trace), retried, context.workspace)
          : { message: retried, frames: [] },
        source: { path: context.path },
        ...runDetails(test, last),
      });
      continue;
    }
    summary.failed += 1;
    const status = jsonString(test.rawStatus) ?? jsonString(test.status) ?? 'failed';
    failures.push({
      kind: 'test',
      flaky: false,
      test: testRef(test, context.workspace),
      error: ctrfErrorInfo(
        jsonString(test.message),
        jsonString(test.trace),
        `the test ended "${status}" with no message`,
        context.workspace,
      ),
      source: { path: context.path },
      ...runDetails(test),
    });
  }
  const reported: CtrfSummary = isJsonObject(results.summary) ? results.summary : {};
  const start = jsonNumber(reported.start);
  const stop = jsonNumber(reported.stop);
  summary.durationMs = Math.round(
    jsonNumber(reported.duration) ??
      (start !== undefined && stop !== undefined && stop >= start ? stop - start : testDurations),
  );
  return { summary, failures };
}

export const ctrfParser: ReportParser = {
  format: 'ctrf',
  description: 'CTRF (Common Test Report Format) JSON',
  sniff: (head) =>
    /^\s*\{/.test(head) &&
    (/"reportFormat"\s*:\s*"CTRF"/.test(head) ||
      (/"results"\s*:\s*\{/.test(head) && /"tool"\s*:\s*\{/.test(head))),
  async parse(chunks, context): Promise<ParseResult> {
    const document = await readJsonDocument(chunks, context.path);
    const results = isJsonObject(document) ? document.results : undefined;
    if (!isJsonObject(results) || !Array.isArray(results.tests))
      throw new ParseError(context.path, 'no results.tests array: not a CTRF report', 1, 1);
    return read(results, context);
  },
};
