import { emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { buildErrorInfo, MAX_STACK_CHARS, type RawProblem } from './error-info.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';
import { detach, readXmlReport } from './xml-stream.js';

// The common JUnit dialect (Surefire, jest-junit, vitest, pytest, node:test): testsuites >
// testsuite > testcase > failure | error | skipped. Surefire's rerun elements are read so
// that a test that failed, then passed, counts as passed and flaky.

const FAILED = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const ROOT =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(testsuites|testsuite)[\s>/]/;

interface CaseState {
  attributes: Readonly<Record<string, string>>;
  line: number;
  failed?: RawProblem;
  flaky?: RawProblem;
  skipped: boolean;
}

function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(/,/g, ''));
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

class JunitReader {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  private readonly suites: string[] = [];
  private rootSeconds: number | undefined;
  private topSuiteSeconds = 0;
  private caseSeconds = 0;
  private current: CaseState | undefined;
  private problem: RawProblem | undefined;
  private capturing = false;
  private text = '';

  constructor(private readonly context: ParseContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void {
    if (name === 'testsuites' && this.suites.length === 0) this.rootSeconds = seconds(attributes.time);
    else if (name === 'testsuite') {
      if (this.suites.length === 0) this.topSuiteSeconds += seconds(attributes.time) ?? 0;
      this.suites.push(attributes.name ?? '');
    } else if (name === 'testcase') {
      this.current = { attributes, line, skipped: false };
      this.caseSeconds += seconds(attributes.time) ?? 0;
    } else if (this.current && (FAILED.has(name) || FLAKY.has(name))) {
      this.problem = { type: attributes.type, message: attributes.message };
      this.startText();
    } else if (this.current && name === 'skipped') this.current.skipped = true;
    else if (this.problem && name === 'stackTrace') this.startText();
  }

  close(name: string): void {
    const state = this.current;
    if (name === 'testsuite') this.suites.pop();
    else if (name === 'testcase' && state) this.finishCase(state);
    else if (state && this.problem && (FAILED.has(name) || FLAKY.has(name))) {
      const problem = { ...this.problem, text: this.text };
      if (FAILED.has(name)) state.failed ??= problem;
      else state.flaky ??= problem;
      this.problem = undefined;
      this.capturing = false;
    } else if (name === 'stackTrace') this.capturing = false;
  }

  onText(text: string): void {
    if (this.capturing && this.text.length < MAX_STACK_CHARS) this.text += text.slice(0, MAX_STACK_CHARS);
  }

  finish(): ParseResult {
    return { summary: { ...this.summary, durationMs: this.durationMs() }, failures: this.failures };
  }

  durationMs(): number {
    const total = this.rootSeconds ?? (this.topSuiteSeconds || this.caseSeconds);
    return Math.round(total * 1000);
  }

  private startText(): void {
    this.capturing = true;
    this.text = '';
  }

  private finishCase(state: CaseState): void {
    this.current = undefined;
    this.summary.tests += 1;
    const problem = state.failed ?? state.flaky;
    if (state.failed) this.summary.failed += 1;
    else if (state.skipped) this.summary.skipped += 1;
    else this.summary.passed += 1;
    if (state.flaky && !state.failed) this.summary.flaky += 1;
    if (!problem) return;
    this.failures.push({
      kind: 'test',
      flaky: !state.failed,
      test: this.testRef(state),
      error: buildErrorInfo(
        {
          type: detachOptional(problem.type),
          message: detachOptional(problem.message),
          text: detach(problem.text ?? ''),
        },
        this.context.workspace,
      ),
      source: { path: this.context.path, line: state.line },
    });
  }

  private testRef(state: CaseState): TestRef {
    const { name = '', classname, file, line } = state.attributes;
    const ref: TestRef = { name: detach(name) };
    const suite = this.suites.at(-1);
    if (suite) ref.suite = detach(suite);
    if (classname) ref.classname = detach(classname);
    if (file) ref.file = relativeToWorkspace(detach(file), this.context.workspace);
    const lineNumber = Number(line);
    if (line && Number.isInteger(lineNumber) && lineNumber > 0) ref.line = lineNumber;
    return ref;
  }
}

function detachOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : detach(text);
}

export const junitParser: ReportParser = {
  format: 'junit',
  description: 'JUnit XML (Surefire, Gradle, jest-junit, vitest, pytest, node:test and others)',
  sniff: (head) => ROOT.test(head),
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new JunitReader(context);
    return readXmlReport(chunks, context.path, ['testsuites', 'testsuite'], reader);
  },
};
