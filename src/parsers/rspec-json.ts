import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { isJsonObject, jsonNumber, jsonString, readJsonDocument } from './json-document.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';
import { outsideError, rubyErrorInfo } from './rspec-json-errors.js';

// RSpec's JSON formatter (`rspec --format json`): {version, seed?, messages?, examples[],
// summary, summary_line}. Each example is passed, failed or pending; a failed one carries its
// exception (class, message, backtrace).
//
// Counted as RSpec counts ("N examples, N failures, N pending, N errors occurred outside of
// examples"): pending (pending, skip, xit) is skipped; an example marked pending that passed
// is failed, as RSpec fails it. An error outside of examples (a spec file that fails to load,
// a failing before/after(:suite) hook) is a failure and one more failed test, so that it is
// never lost: a load error stops RSpec before any example runs. RSpec prints each such error
// into `messages`; summary.errors_outside_of_examples_count says how many there were.

interface RspecException {
  class?: unknown;
  message?: unknown;
  backtrace?: unknown;
}

interface RspecExample {
  description?: unknown;
  full_description?: unknown;
  status?: unknown;
  file_path?: unknown;
  line_number?: unknown;
  run_time?: unknown;
  exception?: unknown;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
const specPath = (path: string, workspace: string) =>
  relativeToWorkspace(path.replace(/^\.\//, ''), workspace);

function testRef(example: RspecExample, workspace: string): TestRef {
  const description = jsonString(example.description) ?? '';
  const full = jsonString(example.full_description) ?? description;
  // full_description is the example group descriptions and the example's joined by spaces
  // (or by nothing before "#method" and ".method" groups): the group is what comes before.
  const suite = full.endsWith(description) ? full.slice(0, full.length - description.length).trim() : '';
  const file = jsonString(example.file_path);
  const line = jsonNumber(example.line_number);
  return {
    name: description || full || '(unnamed example)',
    ...(suite ? { suite } : {}),
    ...(file ? { file: specPath(file, workspace) } : {}),
    ...(line ? { line } : {}),
  };
}

function failureOf(example: RspecExample, context: ParseContext): FailureDraft {
  const exception: RspecException = isJsonObject(example.exception) ? example.exception : {};
  const seconds = jsonNumber(example.run_time);
  return {
    kind: 'test',
    flaky: false,
    test: testRef(example, context.workspace),
    error: rubyErrorInfo(
      jsonString(exception.class),
      jsonString(exception.message) || 'the example failed with no exception message',
      strings(exception.backtrace),
      context.workspace,
    ),
    source: { path: context.path },
    ...(seconds === undefined ? {} : { durationMs: Math.round(seconds * 1000) }),
  };
}

function outsideFailures(document: Record<string, unknown>, context: ParseContext): FailureDraft[] {
  const summary = isJsonObject(document.summary) ? document.summary : {};
  const errors = strings(document.messages).flatMap(
    (message) => outsideError(message, context.workspace) ?? [],
  );
  const failures: FailureDraft[] = errors.map((found) => ({
    kind: 'test',
    flaky: false,
    test: found.loading
      ? { name: '(spec file failed to load)', file: found.loading }
      : { name: '(error outside of examples)', suite: found.where },
    error: found.error,
    source: { path: context.path },
  }));
  // RSpec counts errors whose text it did not print into messages too (a formatter that
  // failed, an interrupted run): each is still a failure, without its details.
  const counted = jsonNumber(summary.errors_outside_of_examples_count) ?? 0;
  for (let missing = counted - failures.length; missing > 0; missing -= 1)
    failures.push({
      kind: 'test',
      flaky: false,
      test: { name: '(error outside of examples)' },
      error: { message: 'RSpec reported an error outside of examples without its details', frames: [] },
      source: { path: context.path },
    });
  return failures;
}

function read(document: Record<string, unknown>, context: ParseContext): ParseResult {
  const summary: Summary = emptySummary();
  const failures: FailureDraft[] = [];
  let exampleSeconds = 0;
  const examples = Array.isArray(document.examples)
    ? (document.examples.filter(isJsonObject) as RspecExample[])
    : [];
  for (const example of examples) {
    summary.tests += 1;
    exampleSeconds += jsonNumber(example.run_time) ?? 0;
    const status = jsonString(example.status);
    if (status === 'passed') summary.passed += 1;
    else if (status === 'pending') summary.skipped += 1;
    else {
      summary.failed += 1;
      failures.push(failureOf(example, context));
    }
  }
  const outside = outsideFailures(document, context);
  summary.tests += outside.length;
  summary.failed += outside.length;
  failures.push(...outside);
  const reported = isJsonObject(document.summary) ? jsonNumber(document.summary.duration) : undefined;
  summary.durationMs = Math.round((reported ?? exampleSeconds) * 1000);
  return { summary, failures };
}

export const rspecJsonParser: ReportParser = {
  format: 'rspec-json',
  description: "RSpec's JSON formatter (--format json)",
  // RSpec writes its version first, then the seed, messages or examples.
  sniff: (head) =>
    /^\s*\{\s*"version"\s*:\s*"\d[^"]*"\s*,/.test(head) &&
    /"(examples|messages)"\s*:\s*\[|"seed"\s*:\s*\d|"summary_line"\s*:/.test(head),
  async parse(chunks, context): Promise<ParseResult> {
    const document = await readJsonDocument(chunks, context.path);
    if (!isJsonObject(document) || !(Array.isArray(document.examples) || isJsonObject(document.summary)))
      throw new ParseError(context.path, 'no examples array or summary: not an RSpec JSON report', 1, 1);
    return read(document, context);
  },
};
