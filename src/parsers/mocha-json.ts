import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import { isJsonObject, jsonNumber, readJsonDocument } from './json-document.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';

// mocha's built-in JSON reporter (--reporter json): a `stats` object, then every test that
// ended in `tests`, and the same tests again split into `pending`, `failures` and `passes`.
//
// Counted as mocha counts (its stats and its "N passing / N pending / N failing" lines):
// passed = passes, skipped = pending, failed = failures. A failing hook ("before all" hook
// for "…") is in `failures` and in stats.failures, but not in `tests`; the tests it kept from
// running appear nowhere. So a hook failure is one failure and one more test, as the jest
// parser counts a test file that failed with no test in it: tests = passed + failed + skipped.
//
// With --retries, mocha keeps only the last attempt. A test that passed on a retry has
// currentRetry > 0 and no trace of the failures before: it is passed and flaky, and is
// listed as a flaky failure whose message says how many retries it took.

interface MochaError {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
}

interface MochaTest {
  title?: unknown;
  fullTitle?: unknown;
  file?: unknown;
  duration?: unknown;
  currentRetry?: unknown;
  err?: MochaError;
}

interface MochaStats {
  tests?: unknown;
  passes?: unknown;
  pending?: unknown;
  failures?: unknown;
  duration?: unknown;
}

const HOOK = /^"(?:before|after) (?:all|each)" hook\b/;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value === undefined || value === null ? undefined : String(value);
const entries = (value: unknown): MochaTest[] | undefined =>
  Array.isArray(value) ? value.filter((entry): entry is MochaTest => isJsonObject(entry)) : undefined;

/** True for a failure entry that is a hook ("before all" hook for "…"), not a test. */
export function isMochaHook(title: string): boolean {
  return HOOK.test(title);
}

function testRef(test: MochaTest, workspace: string): TestRef {
  const title = text(test.title) ?? '';
  const fullTitle = text(test.fullTitle) ?? title;
  // fullTitle is the suite titles and the test title joined by spaces; the suite is what is
  // left when the test's own title is taken off the end.
  const suite = fullTitle.endsWith(title) ? fullTitle.slice(0, fullTitle.length - title.length).trim() : '';
  const file = text(test.file);
  return {
    name: title || fullTitle || '(unnamed test)',
    ...(suite ? { suite } : {}),
    ...(file ? { file: relativeToWorkspace(file, workspace) } : {}),
  };
}

function durationOf(test: MochaTest): { durationMs?: number } {
  const duration = jsonNumber(test.duration);
  return duration === undefined ? {} : { durationMs: Math.round(duration) };
}

function read(document: Record<string, unknown>, context: ParseContext): ParseResult {
  const stats: MochaStats = isJsonObject(document.stats) ? document.stats : {};
  const passes = entries(document.passes);
  const failed = entries(document.failures);
  const pending = entries(document.pending);
  const tests = entries(document.tests);

  const summary: Summary = emptySummary();
  // The lists are what mocha counted from; stats stand in for a list a writer left out.
  summary.passed = passes?.length ?? jsonNumber(stats.passes) ?? 0;
  summary.failed = failed?.length ?? jsonNumber(stats.failures) ?? 0;
  summary.skipped = pending?.length ?? jsonNumber(stats.pending) ?? 0;
  summary.tests = summary.passed + summary.failed + summary.skipped;
  const totalDuration = (list: MochaTest[]) =>
    list.reduce((sum, test) => sum + (jsonNumber(test.duration) ?? 0), 0);
  summary.durationMs = Math.round(
    jsonNumber(stats.duration) ?? totalDuration(tests ?? [...(passes ?? []), ...(failed ?? [])]),
  );

  const failures: FailureDraft[] = [];
  for (const test of failed ?? []) {
    const err: MochaError = isJsonObject(test.err) ? test.err : {};
    const message = text(err.message);
    const stack = text(err.stack);
    failures.push({
      kind: 'test',
      flaky: false,
      test: testRef(test, context.workspace),
      error: buildErrorInfo(
        {
          type: text(err.name),
          message: message || (stack ? undefined : 'the test failed with no error message'),
          text: stack ?? message,
        },
        context.workspace,
      ),
      source: { path: context.path },
      ...durationOf(test),
    });
  }
  for (const test of passes ?? []) {
    const retries = jsonNumber(test.currentRetry) ?? 0;
    if (retries === 0) continue;
    summary.flaky += 1;
    failures.push({
      kind: 'test',
      flaky: true,
      test: testRef(test, context.workspace),
      error: { message: `passed after ${retries} ${retries === 1 ? 'retry' : 'retries'}`, frames: [] },
      source: { path: context.path },
      ...durationOf(test),
    });
  }
  return { summary, failures };
}

export const mochaJsonParser: ReportParser = {
  format: 'mocha-json',
  description: "mocha's built-in JSON reporter (--reporter json)",
  sniff: (head) =>
    /^\s*\{/.test(head) &&
    /"stats"\s*:\s*\{/.test(head) &&
    /"passes"\s*:/.test(head) &&
    // mochawesome's JSON has the same stats (with these two more) but nests its tests in suites.
    !/"(passPercent|testsRegistered)"\s*:/.test(head),
  async parse(chunks, context): Promise<ParseResult> {
    const document = await readJsonDocument(chunks, context.path);
    if (
      !isJsonObject(document) ||
      !(isJsonObject(document.stats) || Array.isArray(document.tests) || Array.isArray(document.failures))
    )
      throw new ParseError(context.path, 'no stats object or tests array: not a mocha JSON report', 1, 1);
    return read(document, context);
  },
};
