import { emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { BoundedText, dotnetErrorInfo, seconds, xmlRoot } from './dotnet.js';
import { handOver, type ParseContext, type ParseResult, type ReportParser } from './parser.js';
import { detach, readXmlReport } from './xml-stream.js';

// NUnit 3 test results (nunit3-console, NUnit3TestAdapter's NUnit.TestOutputXml, the NUnit
// engine): test-run > test-suite (Assembly, TestSuite, TestFixture, ParameterizedMethod…)
// > test-case. A suite fails on its own when its OneTimeSetUp or OneTimeTearDown throws
// (site="SetUp" or "TearDown"): that is one failure more, on top of its test cases, which
// NUnit marks failed with site="Parent". Suites that failed because a child or an ancestor
// did (site="Child" or "Parent") add nothing: the failure is listed where it happened.
// NUnit records only the final result of a [Retry] test, so this format has no flaky tests.

const PASSED = new Set(['Passed', 'Warning']);
// Failed with any label (Error, Invalid, Cancelled): the test case did not pass.
const FAILED = new Set(['Failed']);
// Anything else (Skipped, with label Ignored or Explicit, and Inconclusive) is skipped: no verdict.

// Labels of failures that are not assertions, so they have no assertion type to fall back on.
const NOT_ASSERTIONS = new Set(['Error', 'Invalid', 'Cancelled']);
const CHILD_SUMMARY = /^One or more child tests had/;

interface RawError {
  message: string;
  stack: string;
}

interface Node {
  line: number;
  failure?: RawError;
}

interface CaseNode extends Node {
  attributes: Readonly<Record<string, string>>;
}

/** What a suite's own failure needs, copied: a suite stays open while most of the file streams past. */
interface SuiteNode extends Node {
  result?: string;
  site?: string;
  type?: string;
  owner?: string;
}

class NunitReader {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  private readonly path: string[] = [];
  private readonly suites: SuiteNode[] = [];
  private readonly text = new BoundedText();
  private current: CaseNode | undefined;
  private problem: { owner: Node; message?: string; stack?: string } | undefined;
  private assembly: string | undefined;
  private runSeconds: number | undefined;
  private topSuiteSeconds = 0;

  constructor(private readonly context: ParseContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void {
    const parent = this.path.at(-1);
    this.path.push(name);
    if (name === 'test-run' && this.path.length === 1) this.runSeconds = seconds(attributes.duration);
    else if (name === 'test-suite') {
      if (this.suites.length === 0) this.topSuiteSeconds += seconds(attributes.duration) ?? 0;
      const { type, result, site, classname, fullname, name: suiteName } = attributes;
      if (type === 'Assembly' && suiteName) this.assembly = detach(suiteName);
      const suite: SuiteNode = { line };
      if (type) suite.type = detach(type);
      if (result) suite.result = detach(result);
      if (site) suite.site = detach(site);
      // The class whose OneTimeSetUp failed; an assembly's failure belongs to no class.
      const owner = type === 'Assembly' ? undefined : classname || fullname || suiteName;
      if (owner) suite.owner = detach(owner);
      this.suites.push(suite);
    } else if (name === 'test-case') this.current = { attributes, line };
    else if (name === 'failure' || (name === 'reason' && parent === 'test-suite')) {
      // A suite that cannot run (label="Invalid") says why in <reason>, not <failure>.
      const owner =
        parent === 'test-case' ? this.current : parent === 'test-suite' ? this.suites.at(-1) : undefined;
      if (owner) this.problem = { owner };
    } else if ((name === 'message' || name === 'stack-trace') && this.problem) {
      if (parent === 'failure' || parent === 'reason') this.text.start();
    }
  }

  close(name: string): void {
    this.path.pop();
    if (name === 'test-case' && this.current) this.finishCase(this.current);
    else if (name === 'test-suite') {
      const suite = this.suites.pop();
      if (suite) this.finishSuite(suite);
      if (suite?.type === 'Assembly') this.assembly = undefined;
    } else if ((name === 'message' || name === 'stack-trace') && this.problem && this.text.capturing) {
      this.problem[name === 'message' ? 'message' : 'stack'] = this.text.stop();
    } else if ((name === 'failure' || name === 'reason') && this.problem) {
      this.problem.owner.failure ??= { message: this.problem.message ?? '', stack: this.problem.stack ?? '' };
      this.problem = undefined;
    }
  }

  onText(text: string): void {
    this.text.add(text);
  }

  finish(): ParseResult {
    return { summary: { ...this.summary, durationMs: this.durationMs() }, failures: this.failures };
  }

  durationMs(): number {
    return Math.round((this.runSeconds ?? this.topSuiteSeconds) * 1000);
  }

  private finishCase(state: CaseNode): void {
    this.current = undefined;
    const { result = '', label = '', name, fullname, methodname, classname } = state.attributes;
    this.summary.tests += 1;
    if (PASSED.has(result)) this.summary.passed += 1;
    else if (FAILED.has(result)) this.summary.failed += 1;
    else this.summary.skipped += 1;
    if (!FAILED.has(result)) return;
    const ref: TestRef = { name: detach(name || fullname || methodname || '') };
    if (this.assembly) ref.suite = this.assembly;
    if (classname) ref.classname = detach(classname);
    const failure = state.failure ?? { message: '', stack: '' };
    // Nothing changes a failure once its element has closed: a big run's need not all be held.
    handOver(this.context, this.failures, {
      kind: 'test',
      flaky: false,
      test: ref,
      error: dotnetErrorInfo(
        { ...failure, fallbackType: NOT_ASSERTIONS.has(label) ? undefined : 'AssertionException' },
        this.context.workspace,
      ),
      source: { path: this.context.path, line: state.line },
    });
  }

  private finishSuite(suite: SuiteNode): void {
    const { result, site, failure } = suite;
    if (result !== 'Failed' || !failure || site === 'Child' || site === 'Parent') return;
    if (CHILD_SUMMARY.test(failure.message.trim())) return;
    this.summary.tests += 1;
    this.summary.failed += 1;
    const ref: TestRef = {
      name: site === 'TearDown' ? '(fixture teardown failed)' : '(fixture setup failed)',
    };
    if (this.assembly) ref.suite = this.assembly;
    if (suite.owner) ref.classname = suite.owner;
    handOver(this.context, this.failures, {
      kind: 'test',
      flaky: false,
      test: ref,
      error: dotnetErrorInfo(failure, this.context.workspace),
      source: { path: this.context.path, line: suite.line },
    });
  }
}

export const nunitParser: ReportParser = {
  format: 'nunit',
  description: 'NUnit 3 test results XML (nunit3-console, the NUnit engine and adapter)',
  sniff: (head) => xmlRoot(head)?.name === 'test-run',
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new NunitReader(context);
    return readXmlReport(chunks, context.path, ['test-run'], reader);
  },
};
