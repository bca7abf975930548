import { type ErrorInfo, emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { BoundedText, baseName, dotnetErrorInfo, timeSpanMs, xmlRoot } from './dotnet.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { detach, readXmlReport } from './xml-stream.js';

// Visual Studio TRX (dotnet test --logger trx, vstest.console, Microsoft.Testing.Platform):
// TestRun > Results > UnitTestResult, joined by testId to TestDefinitions > UnitTest >
// TestMethod for the class name. Writers put the definitions after the results, so a
// failure is kept (as the bounded ErrorInfo it will be reported with) until the end.
// A testId seen more than once is one test run again (retries): it counts once, by its
// last attempt that ran, and failed-then-passed is passed and flaky.

type Outcome = 'passed' | 'failed' | 'skipped';

const PASSED = new Set(['Passed', 'PassedButRunAborted', 'Warning', 'Completed']);
const FAILED = new Set(['Failed', 'Error', 'Timeout', 'Aborted', 'NotRunnable', 'Disconnected']);
// NotExecuted, Inconclusive, Pending, InProgress and anything unknown: the test did not run to a verdict.

const NO_MESSAGE: Readonly<Record<string, string>> = {
  Timeout: 'the test timed out',
  Aborted: 'the test was aborted',
};

function outcomeOf(value: string | undefined): Outcome {
  if (value && PASSED.has(value)) return 'passed';
  if (value && FAILED.has(value)) return 'failed';
  return 'skipped';
}

interface HeldFailure {
  name: string;
  line: number;
  error: ErrorInfo;
}

interface TrxTest {
  outcome?: Outcome;
  failedOnce: boolean;
  /** The last failed attempt: reported as the failure, or as the flaky one if a later attempt passed. */
  failure?: HeldFailure;
  className?: string;
  suite?: string;
}

interface ResultState {
  key: string;
  name: string;
  outcome: string;
  line: number;
  own?: RawError;
  inner?: RawError;
}

interface RawError {
  message: string;
  stack: string;
}

interface RunError {
  line: number;
  text: string;
}

class TrxReader {
  readonly summary: Summary = emptySummary();
  private readonly tests = new Map<string, TrxTest>();
  /** Class and assembly names repeat across tests: one detached copy each. */
  private readonly names = new Map<string, string>();
  private readonly runErrors: RunError[] = [];
  private readonly path: string[] = [];
  private readonly text = new BoundedText();
  private result: ResultState | undefined;
  private resultDepth = 0;
  private error: Partial<RawError> | undefined;
  private definition: string | undefined;
  private runInfo: { line: number; error: boolean } | undefined;
  private resultsSeen = 0;
  private resultMs = 0;
  private startedAt: number | undefined;
  private finishedAt: number | undefined;

  constructor(private readonly context: ParseContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void {
    const parent = this.path.at(-1);
    this.path.push(name);
    if (name === 'UnitTestResult') this.openResult(attributes, line);
    else if (name === 'ErrorInfo' && this.result) this.error = {};
    else if ((name === 'Message' || name === 'StackTrace') && parent === 'ErrorInfo' && this.error)
      this.text.start();
    else if (name === 'UnitTest' && parent === 'TestDefinitions') this.openDefinition(attributes);
    else if (name === 'TestMethod' && parent === 'UnitTest' && this.definition !== undefined) {
      const test = this.tests.get(this.definition);
      if (test && attributes.className) test.className = this.intern(attributes.className);
    } else if (name === 'RunInfo' && parent === 'RunInfos')
      this.runInfo = { line, error: attributes.outcome === 'Error' };
    else if (name === 'Text' && parent === 'RunInfo' && this.runInfo?.error) this.text.start();
    else if (name === 'Times' && parent === 'TestRun') {
      this.startedAt = instant(attributes.start);
      this.finishedAt = instant(attributes.finish);
    }
  }

  close(name: string): void {
    this.path.pop();
    if (name === 'UnitTestResult') this.closeResult();
    else if ((name === 'Message' || name === 'StackTrace') && this.error && this.text.capturing) {
      this.error[name === 'Message' ? 'message' : 'stack'] = this.text.stop();
    } else if (name === 'ErrorInfo' && this.error && this.result) {
      const error = { message: this.error.message ?? '', stack: this.error.stack ?? '' };
      if (this.resultDepth === 1) this.result.own ??= error;
      else this.result.inner ??= error;
      this.error = undefined;
    } else if (name === 'UnitTest') this.definition = undefined;
    else if (name === 'Text' && this.runInfo?.error && this.text.capturing) {
      this.runErrors.push({ line: this.runInfo.line, text: this.text.stop() });
    } else if (name === 'RunInfo') this.runInfo = undefined;
  }

  onText(text: string): void {
    this.text.add(text);
  }

  finish(): ParseResult {
    const failures: FailureDraft[] = [];
    for (const test of this.tests.values()) {
      if (!test.outcome) continue;
      this.summary.tests += 1;
      this.summary[test.outcome] += 1;
      const flaky = test.outcome === 'passed' && test.failedOnce;
      if (flaky) this.summary.flaky += 1;
      if (!test.failure || !(flaky || test.outcome === 'failed')) continue;
      const ref: TestRef = { name: test.failure.name };
      if (test.suite) ref.suite = test.suite;
      if (test.className) ref.classname = test.className;
      failures.push({
        kind: 'test',
        flaky,
        test: ref,
        error: test.failure.error,
        source: { path: this.context.path, line: test.failure.line },
      });
    }
    for (const runError of this.runErrors) {
      this.summary.tests += 1;
      this.summary.failed += 1;
      failures.push({
        kind: 'test',
        flaky: false,
        test: { name: '(test run error)' },
        error: dotnetErrorInfo({ message: runError.text, stack: runError.text }, this.context.workspace),
        source: { path: this.context.path, line: runError.line },
      });
    }
    const durationMs =
      this.startedAt !== undefined && this.finishedAt !== undefined && this.finishedAt >= this.startedAt
        ? this.finishedAt - this.startedAt
        : this.resultMs;
    return { summary: { ...this.summary, durationMs: Math.round(durationMs) }, failures };
  }

  private openResult(attributes: Readonly<Record<string, string>>, line: number): void {
    this.resultDepth += 1;
    // Data-driven MSTest tests nest one result per data row under InnerResults: the outer one counts.
    if (this.resultDepth > 1) return;
    this.resultMs += timeSpanMs(attributes.duration) ?? 0;
    const id = attributes.testId || attributes.executionId;
    this.resultsSeen += 1;
    this.result = {
      key: id ? detach(id) : `#${this.resultsSeen}`,
      name: attributes.testName ?? '',
      outcome: attributes.outcome ?? '',
      line,
    };
  }

  private closeResult(): void {
    this.resultDepth -= 1;
    const state = this.result;
    if (this.resultDepth > 0 || !state) return;
    this.result = undefined;
    const outcome = outcomeOf(state.outcome);
    let test = this.tests.get(state.key);
    if (!test) {
      test = { failedOnce: false };
      this.tests.set(state.key, test);
    }
    // A retry that was not run (NotExecuted) does not undo the verdict of one that was.
    if (!test.outcome || outcome !== 'skipped') test.outcome = outcome;
    if (outcome !== 'failed') return;
    test.failedOnce = true;
    const raw = state.own ?? state.inner ?? { message: '', stack: '' };
    const message = raw.message.trim() ? raw.message : (NO_MESSAGE[state.outcome] ?? '');
    test.failure = {
      name: detach(state.name),
      line: state.line,
      error: dotnetErrorInfo({ message, stack: raw.stack }, this.context.workspace),
    };
  }

  private openDefinition(attributes: Readonly<Record<string, string>>): void {
    const id = attributes.id;
    if (!id) return;
    let test = this.tests.get(id);
    // Definitions written before the results: remember them all; after: only for tests seen.
    if (!test && this.resultsSeen > 0) return;
    if (!test) {
      test = { failedOnce: false };
      this.tests.set(detach(id), test);
    }
    this.definition = id;
    if (attributes.storage) test.suite = this.intern(baseName(attributes.storage));
  }

  private intern(value: string): string {
    let kept = this.names.get(value);
    if (kept === undefined) {
      kept = detach(value);
      this.names.set(kept, kept);
    }
    return kept;
  }
}

function instant(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

export const trxParser: ReportParser = {
  format: 'trx',
  description: 'Visual Studio TRX (dotnet test --logger trx, vstest, Microsoft.Testing.Platform)',
  sniff: (head) => xmlRoot(head)?.name === 'TestRun',
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new TrxReader(context);
    return readXmlReport(chunks, context.path, ['TestRun'], reader);
  },
};
