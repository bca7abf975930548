import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary } from '../model.js';
import { MAX_STACK_CHARS } from './error-info.js';
import { isGoTestProblem } from './junit-dialect-go.js';
import { type JunitProblem, readJunitError } from './junit-errors.js';
import { baseTestRef, type CaseIdentity, durationMs, locateTest, secondsOf } from './junit-location.js';
import { OutputCapture } from './junit-output.js';
import { type CaseStatus, caseKey, RerunTracker } from './junit-reruns.js';
import { SuiteState } from './junit-suites.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import type { TextMarks } from './xml-cursor.js';
import { DecodedElement, type XmlElement } from './xml-element.js';
import { readXmlReport } from './xml-stream.js';

// The common JUnit dialect and its variants (Surefire/Failsafe, Gradle, jest-junit, mocha,
// Vitest, node:test, pytest, gotestsum, PHPUnit, CTest, Catch2, nextest, Bazel): testsuites >
// testsuite (nested for PHPUnit) > testcase > failure | error | skipped, with system-out and
// system-err. Surefire's rerun elements and gotestsum's repeated test cases are read so that a
// test that failed, then passed, counts once, as passed and flaky.

const FAILED = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const RERUN = new Set(['rerunFailure', 'rerunError']);
// Compared, not looked up: a keyed lookup with every tag's name goes megamorphic.
const streamOf = (name: string): 'stdout' | 'stderr' | undefined =>
  name === 'system-out' ? 'stdout' : name === 'system-err' ? 'stderr' : undefined;
// CTest marks a disabled test with status="disabled" and no <skipped> element.
const NOT_RUN = new Set(['disabled', 'notrun']);
const ROOT =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(testsuites|testsuite)[\s>/]/;

interface ProblemState extends JunitProblem {
  kind: 'failed' | 'flaky' | 'rerun';
  /** Surefire writes a rerun's output inside its element. */
  output: OutputCapture;
}

interface CaseState extends CaseIdentity {
  line: number;
  failed?: ProblemState;
  flaky?: ProblemState;
  skipped: boolean;
  /** Made when the test case has a <system-out> or <system-err>. */
  output?: OutputCapture;
}

function caseKeyOf(state: CaseState): string {
  return caseKey(state.suite, state.element.attribute('classname'), state.element.attribute('name') ?? '');
}

class JunitReader {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  private readonly suites: SuiteState[] = [];
  private readonly reruns = new RerunTracker();
  private rootSeconds: number | undefined;
  private topSuiteSeconds = 0;
  private caseSeconds = 0;
  private current: CaseState | undefined;
  private problem: ProblemState | undefined;
  private stream: { name: 'stdout' | 'stderr'; into: OutputCapture } | undefined;
  /** A capture cleared for reuse: most tests that print pass, and their output is never read. */
  private spareOutput: OutputCapture | undefined;
  private depth = 0;
  /** Whether a suite named "pytest" is open. */
  private pytest = false;
  /** Set once the root element has closed: anything after it is a second document. */
  rootClosed = false;

  constructor(private readonly context: ParseContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void {
    this.openElement(new DecodedElement(name, attributes, false), line);
  }

  // Called for every tag of the report: a passing test case is read for its time alone.
  openElement(element: XmlElement, line: number): void {
    const name = element.name;
    this.depth += 1;
    // A test case, most of a report's tags, is told without the lookup.
    const stream = name === 'testcase' ? undefined : streamOf(name);
    if (stream) {
      if (this.current && !this.current.output) {
        this.current.output = this.spareOutput ?? new OutputCapture();
        this.spareOutput = undefined;
      }
      const into = this.problem?.output ?? this.current?.output ?? this.suites.at(-1)?.outputOfItsCase;
      this.stream = into ? { name: stream, into } : undefined;
    } else if (name === 'testcase') {
      const suite = this.suites[this.suites.length - 1];
      this.current = {
        // A self-closing test case closes before the tokenizer reads on, so it needs no copy.
        element: element.selfClosing ? element : element.keep(),
        suite: suite?.name,
        zeroBasedLine: this.pytest,
        line,
        skipped: false,
      };
      this.caseSeconds += secondsOf(element) ?? 0;
      suite?.addCase();
    } else if (name === 'testsuite') {
      if (this.suites.length === 0) this.topSuiteSeconds += secondsOf(element) ?? 0;
      const suiteName = element.attribute('name') ?? '';
      this.suites.push(new SuiteState(suiteName));
      // pytest names its one suite "pytest"; its xunit1 `line` is 0-based.
      this.pytest ||= suiteName === 'pytest';
    } else if (name === 'testsuites' && this.suites.length === 0) this.rootSeconds = secondsOf(element);
    else if (this.current && (FAILED.has(name) || FLAKY.has(name) || RERUN.has(name))) {
      const kind = FAILED.has(name) ? 'failed' : FLAKY.has(name) ? 'flaky' : 'rerun';
      this.problem = {
        kind,
        type: element.attribute('type'),
        message: element.attribute('message'),
        text: '',
        output: new OutputCapture(),
      };
    } else if (this.current && name === 'skipped') this.current.skipped = true;
    else if (this.problem && name === 'stackTrace') this.problem.text = '';
  }

  close(name: string): void {
    this.depth -= 1;
    if (this.depth === 0) this.rootClosed = true;
    const state = this.current;
    if (streamOf(name)) this.stream = undefined;
    else if (name === 'testsuite') {
      this.suites.pop()?.settle(this.context.workspace);
      this.pytest = this.suites.some((each) => each.name === 'pytest');
      this.settleFinal();
    } else if (name === 'testcase' && state) {
      this.finishCase(state);
      // What the test printed has been read, if it failed: its capture serves the next test.
      if (state.output) {
        state.output.clear();
        this.spareOutput = state.output;
      }
      this.settleFinal();
    } else if (state && this.problem && (FAILED.has(name) || FLAKY.has(name) || RERUN.has(name))) {
      if (this.problem.kind === 'failed') state.failed ??= this.problem;
      else if (this.problem.kind === 'flaky') state.flaky ??= this.problem;
      this.problem = undefined;
    }
  }

  onText(text: string): void {
    if (this.stream) this.stream.into.append(this.stream.name, text);
    else if (this.problem && this.problem.text.length < MAX_STACK_CHARS)
      this.problem.text += text.slice(0, MAX_STACK_CHARS);
  }

  onBytes(bytes: Buffer, start: number, end: number, marks: TextMarks): void {
    this.stream?.into.appendBytes(this.stream.name, bytes, start, end, marks);
  }

  // A test's output can come before its <failure> (Vitest writes it first), so it is always kept,
  // as bytes: only the output of a test that failed is ever decoded.
  wantsText(): boolean | 'bytes' {
    if (this.stream) return 'bytes';
    return this.problem !== undefined && this.problem.text.length < MAX_STACK_CHARS;
  }

  finish(): ParseResult {
    const total = this.rootSeconds ?? (this.topSuiteSeconds || this.caseSeconds);
    return { summary: { ...this.summary, durationMs: Math.round(total * 1000) }, failures: this.failures };
  }

  /**
   * Hands over the failures no later tag can change, as soon as they are final: pytest writes one
   * suite for the whole run, whose failures would otherwise all be held until it closes. A failure
   * may still change while gotestsum's reruns may turn it flaky, or while its suite's output may
   * become its own (a suite of one test case, see SuiteState); those after it wait with it.
   */
  private settleFinal(): void {
    const { settle } = this.context;
    if (!settle || this.failures.length === 0 || this.reruns.holdsFailures) return;
    if (this.suites.some((suite) => suite.mayGiveOutput)) return;
    settle(this.failures.splice(0));
  }

  private finishCase(state: CaseState): void {
    this.current = undefined;
    const status: CaseStatus = state.failed
      ? 'failed'
      : state.skipped || NOT_RUN.has(state.element.attribute('status') ?? '')
        ? 'skipped'
        : 'passed';
    // Most reports have no gotestsum failures at all: then no key is built per test case.
    if (this.reruns.holdsFailures && this.reruns.isRerun(caseKeyOf(state), status, this.summary)) return;
    this.summary.tests += 1;
    if (status === 'passed') this.summary.passed += 1;
    else if (status === 'failed') this.summary.failed += 1;
    else this.summary.skipped += 1;
    if (state.flaky && !state.failed) this.summary.flaky += 1;
    const problem = state.failed ?? state.flaky;
    if (!problem) return;
    const test = baseTestRef(state);
    const output = state.output?.result() ?? problem.output.result();
    const error = readJunitError(problem, { test, output, workspace: this.context.workspace });
    // Only gotestsum writes reruns as repeated test cases. Elsewhere a repeated name is another
    // test (Surefire's JUnit 5 parameterized tests all share one name), counted on its own.
    const reruns = state.failed !== undefined && isGoTestProblem(problem);
    if (!error) {
      if (reruns) this.reruns.rememberFailure(caseKeyOf(state), undefined);
      return;
    }
    const draft: FailureDraft = {
      kind: 'test',
      flaky: !state.failed,
      test: locateTest(test, state, error.frames, this.context.workspace),
      error,
      source: { path: this.context.path, line: state.line },
    };
    const duration = durationMs(state.element.attribute('time'));
    if (duration !== undefined) draft.durationMs = duration;
    if (output) draft.output = output;
    else this.suites.at(-1)?.awaitOutput(draft, problem, test);
    this.failures.push(draft);
    if (reruns) this.reruns.rememberFailure(caseKeyOf(state), draft);
  }
}

export const junitParser: ReportParser = {
  format: 'junit',
  description:
    'JUnit XML (Surefire, Gradle, jest-junit, Vitest, pytest, node:test, gotestsum, PHPUnit, CTest and others)',
  sniff: (head) => ROOT.test(head),
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new JunitReader(context);
    try {
      return await readXmlReport(chunks, context.path, ['testsuites', 'testsuite'], reader);
    } catch (error) {
      if (!(error instanceof ParseError) || !reader.rootClosed) throw error;
      // `cat a.xml b.xml` leaves two roots, which XML forbids; reading on would guess at the rest.
      throw new ParseError(
        context.path,
        `the file goes on after its report ended (${error.message}): several reports in one file are not well-formed XML; give faultline each report as its own file (a glob reads them all)`,
        error.line,
        error.column,
        { cause: error },
      );
    }
  },
};
