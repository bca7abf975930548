import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';

// The jest --json format, which Vitest's JSON reporter writes too: testResults[] per file with
// assertionResults[] per test. A file that failed with no test in it (an import or compile
// error, a failing beforeAll) is a failure of its own, counted as one more failed test.
// The document is parsed whole: these reports are small next to JUnit's. A size cap keeps a
// runaway file from exhausting memory.

const MAX_CHARS = 256 * 1024 * 1024;
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

function position(text: string, error: unknown): { line?: number; column?: number } {
  const at = /position (\d+)/.exec(String(error))?.[1];
  if (at === undefined) return {};
  const before = text.slice(0, Number(at));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
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
    let text = '';
    for await (const chunk of chunks) {
      text += chunk;
      if (text.length > MAX_CHARS)
        throw new ParseError(
          context.path,
          `larger than ${MAX_CHARS / 1024 / 1024} MiB; the JSON reader holds a report in memory`,
        );
    }
    let document: { testResults?: unknown };
    try {
      document = JSON.parse(text) as { testResults?: unknown };
    } catch (error) {
      const at = position(text, error);
      throw new ParseError(
        context.path,
        `invalid JSON: ${(error as Error).message.split('\n')[0]}`,
        at.line,
        at.column,
      );
    }
    if (!Array.isArray(document.testResults))
      throw new ParseError(context.path, 'no testResults array: not a jest or Vitest JSON report', 1, 1);
    return read(document.testResults as FileResult[], context);
  },
};
