import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Frame, type Summary } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import { linesOf } from './lines.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';

// `go test -json` (cmd/test2json): one TestEvent per line, {Time, Action, Package, Test,
// Elapsed, Output, FailedBuild, ImportPath}. Every test and subtest that ends in pass, fail or
// skip counts, as gotestsum counts. A parent that failed only because a subtest did counts as
// failed but is not listed again. A package that fails with no failing test (a build failure,
// a panic in init or TestMain) is a failure of its own.

interface TestEvent {
  Action?: string;
  Package?: string;
  ImportPath?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
  FailedBuild?: string;
}

const MAX_OUTPUT_LINES = 400;
const HEADER = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):|PASS$|FAIL$|ok\s|FAIL\s)/;

interface TestState {
  output: string[];
  line: number;
  hasSubtests: boolean;
}

/** Go's goroutine dumps print a function line, then its file and line: "pkg.Fn(…)\n\t/path/f.go:12 +0x1d". */
export function goFrames(output: readonly string[], workspace: string): Frame[] {
  const frames: Frame[] = [];
  for (let index = 1; index < output.length; index += 1) {
    const location = /^\s+(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?\s*$/.exec(output[index] ?? '');
    const fn = /^\s*([\w./*()\-[\]]+?)\(.*\)\s*$/.exec(output[index - 1] ?? '');
    if (!location || !fn) continue;
    const file = relativeToWorkspace(location[1] ?? '', workspace);
    const name = fn[1] ?? '';
    const library =
      /(^|\/)(go|golang)(-[\d.]+)?\/src\//.test(location[1] ?? '') ||
      /^(runtime|testing|reflect|sync|syscall)\./.test(name) ||
      file.includes('/pkg/mod/');
    frames.push({ file, line: Number(location[2]), function: name, inApp: !library });
  }
  return frames;
}

class GoReader {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  private readonly tests = new Map<string, TestState>();
  private readonly packageOutput = new Map<string, string[]>();
  private readonly failingPackages = new Set<string>();

  constructor(private readonly context: ParseContext) {}

  event(event: TestEvent, line: number): void {
    // A build's ImportPath names the test variant, "x/y [x/y.test]": the package is "x/y".
    const pkg = (event.Package ?? event.ImportPath ?? '').replace(/ \[.*\]$/, '');
    if (event.Action === 'build-output' || (event.Action === 'output' && !event.Test)) {
      const lines = this.packageOutput.get(pkg) ?? [];
      if (lines.length < MAX_OUTPUT_LINES) lines.push((event.Output ?? '').replace(/\n$/, ''));
      this.packageOutput.set(pkg, lines);
      return;
    }
    if (!event.Test) {
      if (event.Action === 'fail' || event.Action === 'build-fail') this.packageFailed(pkg, event, line);
      return;
    }
    const key = `${pkg}\u0000${event.Test}`;
    const state = this.tests.get(key) ?? { output: [], line, hasSubtests: false };
    this.tests.set(key, state);
    const slash = event.Test.lastIndexOf('/');
    if (slash > 0) {
      const parent = this.tests.get(`${pkg}\u0000${event.Test.slice(0, slash)}`);
      if (parent) parent.hasSubtests = true;
    }
    if (event.Action === 'output') {
      if (state.output.length < MAX_OUTPUT_LINES) state.output.push((event.Output ?? '').replace(/\n$/, ''));
      return;
    }
    if (event.Action !== 'pass' && event.Action !== 'fail' && event.Action !== 'skip') return;
    this.summary.tests += 1;
    this.summary.durationMs += (event.Elapsed ?? 0) * 1000;
    if (event.Action === 'pass') this.summary.passed += 1;
    else if (event.Action === 'skip') this.summary.skipped += 1;
    else {
      this.summary.failed += 1;
      this.failingPackages.add(pkg);
      const own = state.output.filter((text) => !HEADER.test(text) && text.trim() !== '');
      if (!(state.hasSubtests && own.length === 0))
        this.failures.push(this.failure(pkg, event.Test, state, own));
    }
    this.tests.delete(key);
  }

  private failure(pkg: string, test: string, state: TestState, own: string[]): FailureDraft {
    const panic = own.findIndex((text) => /^\s*panic: /.test(text));
    const first = (panic >= 0 ? own[panic] : own[0]) ?? 'failed';
    const located = /^\s*([\w./-]+\.go):(\d+): (.*)$/.exec(first);
    const message =
      panic >= 0
        ? first.replace(/^\s*panic: /, '').replace(/ \[recovered\]$/, '')
        : (located?.[3] ?? first.trim());
    const error = buildErrorInfo(
      { ...(panic >= 0 ? { type: 'panic' } : {}), message, text: own.join('\n') },
      this.context.workspace,
    );
    const frames = goFrames(own, this.context.workspace);
    if (frames.length > 0) error.frames = frames;
    else if (located)
      error.frames = [{ file: located[1] ?? '', line: Number(located[2]), function: test, inApp: true }];
    return {
      kind: 'test',
      flaky: false,
      test: {
        suite: pkg,
        classname: pkg,
        name: test,
        ...(located ? { file: located[1] ?? '', line: Number(located[2]) } : {}),
      },
      error,
      source: { path: this.context.path, line: state.line },
    };
  }

  private packageFailed(pkg: string, event: TestEvent, line: number): void {
    if (this.failingPackages.has(pkg)) return;
    this.failingPackages.add(pkg);
    const output = this.packageOutput.get(pkg) ?? [];
    const build =
      event.Action === 'build-fail' ||
      Boolean(event.FailedBuild) ||
      output.some((text) => /\[build failed\]|\[setup failed\]/.test(text));
    const detail = output.filter((text) => text.trim() && !/^(FAIL|ok)\s/.test(text) && !/^# /.test(text));
    if (detail.length === 0 && build)
      detail.push('the package did not build (go test printed the compiler errors on stderr)');
    this.summary.tests += 1;
    this.summary.failed += 1;
    this.failures.push({
      kind: 'test',
      flaky: false,
      test: { suite: pkg, classname: pkg, name: build ? '(build failed)' : '(package failed)' },
      error: buildErrorInfo(
        {
          ...(build ? { type: 'BuildError' } : {}),
          message: detail[0]?.trim() ?? 'the package failed',
          text: detail.join('\n'),
        },
        this.context.workspace,
      ),
      source: { path: this.context.path, line },
    });
  }
}

export const goTestJsonParser: ReportParser = {
  format: 'go-test-json',
  description: 'go test -json (test2json), with build failures and panics',
  sniff: (head) =>
    /^\{"(Time|ImportPath|Action)":.*"Action":"(start|run|output|pass|fail|skip|build-output|build-fail)"/m.test(
      head,
    ),
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new GoReader(context);
    let number = 0;
    for await (const line of linesOf(chunks)) {
      number += 1;
      if (!line.trim()) continue;
      // Before Go 1.24 a build failure is a bare "FAIL\tpkg [build failed]" line (the compiler's
      // errors go to stderr); test2json also passes through lines it cannot frame. Keep going.
      if (!line.startsWith('{')) {
        const failed = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]/.exec(line);
        if (failed) reader.event({ Action: 'build-fail', Package: failed[1] ?? '', Output: line }, number);
        continue;
      }
      let event: TestEvent;
      try {
        event = JSON.parse(line) as TestEvent;
      } catch (error) {
        throw new ParseError(context.path, `invalid JSON event: ${(error as Error).message}`, number, 1);
      }
      reader.event(event, number);
    }
    return {
      summary: { ...reader.summary, durationMs: Math.round(reader.summary.durationMs) },
      failures: reader.failures,
    };
  },
};
