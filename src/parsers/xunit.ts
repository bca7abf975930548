import { emptySummary, type FailureDraft, type Summary, type TestRef } from '../model.js';
import { BoundedText, baseName, dotnetErrorInfo, seconds, xmlRoot } from './dotnet.js';
import { handOver, type ParseContext, type ParseResult, type ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';
import { detach, readXmlReport } from './xml-stream.js';

// xUnit.net v2 XML (xunit.console -xml, dotnet test with the xunit XML logger):
// assemblies > assembly > collection > test, with failure > message and stack-trace. An
// assembly's <errors> hold failures outside any test (a class fixture's Dispose, a
// collection's cleanup): each is one failure more, on top of the assembly's totals.
// The v1 shape (assembly > class > test) reads the same way. xUnit.net does not retry
// tests, so this format has no flaky tests.

const PASSED = new Set(['Pass']);
const FAILED = new Set(['Fail']);
// Skip and NotRun: the test did not reach a verdict.

// What an <error type="…"> was doing when it failed.
const ERROR_NAMES: Readonly<Record<string, string>> = {
  'assembly-cleanup': '(assembly cleanup failed)',
  'test-collection-cleanup': '(collection cleanup failed)',
  'test-class-cleanup': '(class cleanup failed)',
  'test-method-cleanup': '(method cleanup failed)',
  'test-case-cleanup': '(test case cleanup failed)',
  'test-cleanup': '(test cleanup failed)',
  fatal: '(fatal error)',
};

interface RawError {
  type?: string;
  message: string;
  stack: string;
}

interface Node {
  attributes: Readonly<Record<string, string>>;
  line: number;
  failure?: RawError;
}

class XunitReader {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  private readonly path: string[] = [];
  private readonly text = new BoundedText();
  private current: Node | undefined;
  private problem: { owner: Node; type?: string; message?: string; stack?: string } | undefined;
  private assembly: string | undefined;
  private assemblySeconds = 0;
  private testSeconds = 0;

  constructor(private readonly context: ParseContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void {
    const parent = this.path.at(-1);
    this.path.push(name);
    if (name === 'assembly') {
      this.assembly = attributes.name ? detach(baseName(attributes.name)) : undefined;
      this.assemblySeconds += seconds(attributes.time) ?? 0;
    } else if (name === 'test' || (name === 'error' && parent === 'errors')) {
      this.current = { attributes, line };
      if (name === 'test') this.testSeconds += seconds(attributes.time) ?? 0;
    } else if (name === 'failure' && this.current && (parent === 'test' || parent === 'error')) {
      this.problem = { owner: this.current };
      if (attributes['exception-type']) this.problem.type = detach(attributes['exception-type']);
    } else if ((name === 'message' || name === 'stack-trace') && parent === 'failure' && this.problem)
      this.text.start();
  }

  close(name: string): void {
    this.path.pop();
    if (name === 'test' && this.current) this.finishTest(this.current);
    else if (name === 'error' && this.current) this.finishError(this.current);
    else if (name === 'assembly') this.assembly = undefined;
    else if ((name === 'message' || name === 'stack-trace') && this.problem && this.text.capturing) {
      this.problem[name === 'message' ? 'message' : 'stack'] = this.text.stop();
    } else if (name === 'failure' && this.problem) {
      const { owner, type, message = '', stack = '' } = this.problem;
      owner.failure ??= { ...(type ? { type } : {}), message, stack };
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
    return Math.round((this.assemblySeconds || this.testSeconds) * 1000);
  }

  private finishTest(state: Node): void {
    this.current = undefined;
    const { result = '', name, type, method } = state.attributes;
    this.summary.tests += 1;
    if (PASSED.has(result)) this.summary.passed += 1;
    else if (FAILED.has(result)) this.summary.failed += 1;
    else this.summary.skipped += 1;
    if (!FAILED.has(result)) return;
    const ref: TestRef = { name: detach(name || (type && method ? `${type}.${method}` : method || '')) };
    if (this.assembly) ref.suite = this.assembly;
    if (type) ref.classname = detach(type);
    const file = state.attributes['source-file'];
    if (file) ref.file = relativeToWorkspace(detach(file), this.context.workspace);
    const lineNumber = Number(state.attributes['source-line']);
    if (Number.isInteger(lineNumber) && lineNumber > 0) ref.line = lineNumber;
    this.push(ref, state);
  }

  private finishError(state: Node): void {
    this.current = undefined;
    const { type = '', name } = state.attributes;
    this.summary.tests += 1;
    this.summary.failed += 1;
    const ref: TestRef = { name: ERROR_NAMES[type] ?? `(${type || 'unknown'} error)` };
    if (this.assembly) ref.suite = this.assembly;
    // The error's name is the class, collection or assembly that was being cleaned up.
    if (name && type !== 'assembly-cleanup' && type !== 'fatal') ref.classname = detach(name);
    this.push(ref, state);
  }

  private push(ref: TestRef, state: Node): void {
    const failure = state.failure ?? { message: '', stack: '' };
    // Nothing changes a failure once its element has closed: a big run's need not all be held.
    handOver(this.context, this.failures, {
      kind: 'test',
      flaky: false,
      test: ref,
      error: dotnetErrorInfo(failure, this.context.workspace),
      source: { path: this.context.path, line: state.line },
    });
  }
}

function looksLikeXunitAssembly(tag: string): boolean {
  return /\btest-framework="xUnit/i.test(tag) || (/\btotal="/.test(tag) && /\brun-date="/.test(tag));
}

export const xunitParser: ReportParser = {
  format: 'xunit',
  description: 'xUnit.net v2 XML (xunit.console -xml, dotnet test with an xUnit XML logger)',
  sniff(head) {
    const root = xmlRoot(head);
    return root?.name === 'assemblies' || (root?.name === 'assembly' && looksLikeXunitAssembly(root.tag));
  },
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new XunitReader(context);
    return readXmlReport(chunks, context.path, ['assemblies', 'assembly'], reader);
  },
};
