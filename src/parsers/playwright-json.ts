import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { isJsonObject, jsonNumber, jsonString, readJsonDocument } from './json-document.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';
import {
  attemptDetails,
  firstError,
  type PlaywrightResult,
  playwrightErrorInfo,
} from './playwright-json-failure.js';

// Playwright's JSON reporter (`playwright test --reporter=json`): {config, suites, errors, stats}.
// suites[] are files, their suites[] are describe blocks, and each spec holds one test per
// project, each with one result per attempt (the first run and its retries).
//
// Counted as Playwright counts (its stats and the list reporter's totals), one per test and
// project, however many attempts it took: "expected" is passed (test.fail() that failed is
// expected too), "unexpected" failed (test.fail() that passed is unexpected), "flaky" (failed,
// then passed on a retry) passed and flaky, and "skipped" (skip, fixme) skipped. An error
// outside any test (a file that fails to import, a failing global setup or teardown) is in the
// top-level `errors`: each is a failure, and one more failed test, so that it is never lost.
// A failed test is reported with its last attempt, a flaky one with its first failed attempt.

interface PlaywrightTest {
  status?: unknown;
  expectedStatus?: unknown;
  results?: unknown;
}

interface PlaywrightSpec {
  title?: unknown;
  file?: unknown;
  line?: unknown;
  tests?: unknown;
}

interface PlaywrightSuite {
  title?: unknown;
  file?: unknown;
  specs?: unknown;
  suites?: unknown;
}

interface Walk {
  context: ParseContext;
  /** Absolute folder the specs' `file` is relative to: the config's rootDir (its testDir). */
  root: string | undefined;
  summary: Summary;
  failures: FailureDraft[];
  testDurations: number;
}

const objects = <T>(value: unknown): T[] => (Array.isArray(value) ? (value.filter(isJsonObject) as T[]) : []);

function testRef(spec: PlaywrightSpec, describes: string[], walk: Walk): TestRef {
  const file = jsonString(spec.file);
  const line = jsonNumber(spec.line);
  const absolute = file && walk.root && !file.startsWith('/') ? `${walk.root}/${file}` : file;
  return {
    name: jsonString(spec.title) || '(unnamed test)',
    ...(describes.length ? { suite: describes.join(' › ') } : {}),
    ...(absolute ? { file: relativeToWorkspace(absolute, walk.context.workspace) } : {}),
    ...(line ? { line } : {}),
  };
}

function failureOf(
  test: PlaywrightTest,
  result: PlaywrightResult | undefined,
  flaky: boolean,
  ref: TestRef,
  walk: Walk,
): FailureDraft {
  const error = result ? firstError(result) : undefined;
  const status = jsonString(result?.status) ?? 'no result';
  const fallback =
    jsonString(test.expectedStatus) === 'failed' && status === 'passed'
      ? 'expected to fail (test.fail()), but passed'
      : `the test ended "${status}" with no error`;
  return {
    kind: 'test',
    flaky,
    test: ref,
    error: error
      ? playwrightErrorInfo(error, fallback, walk.context.workspace)
      : { message: fallback, frames: [] },
    source: { path: walk.context.path },
    ...(result ? attemptDetails(result) : {}),
  };
}

function readTest(test: PlaywrightTest, ref: TestRef, walk: Walk): void {
  const { summary } = walk;
  const results = objects<PlaywrightResult>(test.results);
  for (const result of results) walk.testDurations += jsonNumber(result.duration) ?? 0;
  summary.tests += 1;
  switch (jsonString(test.status)) {
    case 'expected':
      summary.passed += 1;
      return;
    case 'skipped':
      summary.skipped += 1;
      return;
    case 'flaky': {
      summary.passed += 1;
      summary.flaky += 1;
      const failed = results.find((result) => jsonString(result.status) !== 'passed' && firstError(result));
      walk.failures.push(failureOf(test, failed ?? results[0], true, ref, walk));
      return;
    }
    default:
      // "unexpected", or a status this reader does not know: a test that did not end as expected.
      summary.failed += 1;
      walk.failures.push(failureOf(test, results.at(-1), false, ref, walk));
  }
}

function readSuite(suite: PlaywrightSuite, describes: string[], walk: Walk): void {
  for (const spec of objects<PlaywrightSpec>(suite.specs)) {
    const ref = testRef(spec, describes, walk);
    for (const test of objects<PlaywrightTest>(spec.tests)) readTest(test, ref, walk);
  }
  for (const child of objects<PlaywrightSuite>(suite.suites))
    readSuite(child, [...describes, jsonString(child.title) ?? ''], walk);
}

function readErrorsOutsideTests(errors: unknown, walk: Walk): void {
  for (const error of objects<Record<string, unknown>>(errors)) {
    walk.summary.tests += 1;
    walk.summary.failed += 1;
    const info = playwrightErrorInfo(error, 'an error outside of any test', walk.context.workspace);
    const file = info.frames[0]?.file;
    walk.failures.push({
      kind: 'test',
      flaky: false,
      test: { name: '(error outside of tests)', ...(file ? { file } : {}) },
      error: info,
      source: { path: walk.context.path },
    });
  }
}

function read(document: Record<string, unknown>, context: ParseContext): ParseResult {
  const config = isJsonObject(document.config) ? document.config : {};
  const walk: Walk = {
    context,
    root: jsonString(config.rootDir)?.replace(/[\\/]+$/, ''),
    summary: emptySummary(),
    failures: [],
    testDurations: 0,
  };
  // Top-level suites are files: their title is the path, not a describe block.
  for (const file of objects<PlaywrightSuite>(document.suites)) readSuite(file, [], walk);
  readErrorsOutsideTests(document.errors, walk);
  const stats = isJsonObject(document.stats) ? document.stats : {};
  walk.summary.durationMs = Math.round(jsonNumber(stats.duration) ?? walk.testDurations);
  return { summary: walk.summary, failures: walk.failures };
}

export const playwrightJsonParser: ReportParser = {
  format: 'playwright-json',
  description: "Playwright's JSON reporter (--reporter=json)",
  // The config comes first, and names options only Playwright has.
  sniff: (head) =>
    /^\s*\{\s*"config"\s*:\s*\{/.test(head) &&
    /"(configFile|rootDir|forbidOnly|fullyParallel|reportSlowTests)"\s*:/.test(head),
  async parse(chunks, context): Promise<ParseResult> {
    const document = await readJsonDocument(chunks, context.path);
    if (!isJsonObject(document) || !Array.isArray(document.suites))
      throw new ParseError(context.path, 'no suites array: not a Playwright JSON report', 1, 1);
    return read(document, context);
  },
};
