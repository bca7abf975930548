import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import { isJsonObject, readJsonDocument } from './json-document.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';

// The jest --json format, which Vitest's JSON reporter writes too: testResults[] per file with
// assertionResults[] per test. A file that failed with no test in it (an import or compile
// error, a failing beforeAll) is a failure of its own, counted as one more failed test.
// The document is read whole, by the shared JSON reader (size cap, line and column of errors).

const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled', 'focused']);

interface AssertionResult {
  ancestorTitles?: string[];
  title?: string;
  fullName?: string;
  status?: string;
  duration?: number | null;
  failureMessages?: string[];
  retryReasons?: string[];
  location?: { line?: number; column?: number } | null;
}

interface FileResult {
  name?: string;
  status?: string;
  message?: string;
  assertionResults?: AssertionResult[];
}

function read(results: FileResult[], context: ParseContext): ParseResult {
  const summary: Summary = emptySummary();
  const failures: FailureDraft[] = [];
  for (const file of results) {
    const path = file.name ? relativeToWorkspace(file.name, context.workspace) : undefined;
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      summary.tests += 1;
      summary.durationMs += test.duration ?? 0;
      const status = test.status ?? '';
      const retried = (test.retryReasons ?? []).length > 0;
      if (SKIPPED.has(status)) summary.skipped += 1;
      else if (status === 'passed') {
        summary.passed += 1;
        if (retried) summary.flaky += 1;
      } else summary.failed += 1;
      const messages =
        status === 'failed'
          ? test.failureMessages
          : status === 'passed' && retried
            ? test.retryReasons
            : undefined;
      if (!messages) continue;
      failures.push({
        kind: 'test',
        flaky: status === 'passed',
        test: {
          name: [...(test.ancestorTitles ?? []), test.title ?? ''].join(' > '),
          ...(path ? { file: path, classname: path } : {}),
          ...(test.location?.line ? { line: test.location.line } : {}),
        },
        error: buildErrorInfo({ text: messages.join('\n\n') }, context.workspace),
        source: { path: context.path },
        ...(typeof test.duration === 'number' && test.duration >= 0
          ? { durationMs: Math.round(test.duration) }
          : {}),
      });
    }
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      summary.tests += 1;
      summary.failed += 1;
      failures.push({
        kind: 'test',
        flaky: false,
        test: { name: '(test file failed to run)', ...(path ? { file: path, classname: path } : {}) },
        error: buildErrorInfo(
          { text: file.message || 'the test file failed with no test result' },
          context.workspace,
        ),
        source: { path: context.path },
      });
    }
  }
  summary.durationMs = Math.round(summary.durationMs);
  return { summary, failures };
}

export const jestJsonParser: ReportParser = {
  format: 'jest-json',
  description: 'jest --json and Vitest --reporter=json',
  sniff: (head) => /^\s*\{/.test(head) && /"(numTotalTests|numTotalTestSuites)"\s*:/.test(head),
  async parse(chunks, context): Promise<ParseResult> {
    const document = await readJsonDocument(chunks, context.path);
    const results = isJsonObject(document) ? document.testResults : undefined;
    if (!Array.isArray(results))
      throw new ParseError(context.path, 'no testResults array: not a jest or Vitest JSON report', 1, 1);
    return read(results.filter(isJsonObject) as FileResult[], context);
  },
};
