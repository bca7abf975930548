import { ParseError } from '../errors.js';
import { ACTIONS_TIMESTAMP } from '../logs/framing.js';
import { emptySummary, type FailureDraft, type Frame, type Summary, type TestRef } from '../model.js';
import { buildErrorInfo, stripAnsi } from './error-info.js';
import { linesOf } from './lines.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { cleanPath, frame, type Location, location, PANIC, readPanic, withLocation } from './rust-panic.js';

// The plain text of `cargo test` (libtest's default "pretty" format), stdout and stderr together.
// One file holds several test binaries ("Running unittests src/lib.rs (…)", "Running
// tests/x.rs (…)", "Doc-tests name"), each printing "test a::b ... ok|FAILED|ignored", then a
// "failures:" section of "---- a::b stdout ----" blocks with the panic, then "test result: …".
// Counts come from libtest's own "test result:" lines; a binary that died before printing one
// (a signal, an abort) is counted from the verdicts it printed, plus one failure for the crash.
// Compiler errors that stop the build ("error: could not compile `x`") are one failure per crate.

const MAX_BLOCK_LINES = 400;

// "Running unittests src/lib.rs (target/debug/deps/shop-1a2b…)", "Running tests/it.rs (…)",
// and before cargo 1.52 just "Running target/debug/deps/shop-1a2b…".
const RUNNING = /^\s*Running (?:unittests )?(.+?)(?: \((.+)\))?\s*$/;
const DOC_TESTS = /^\s*Doc-tests (\S+)\s*$/;
const RUNNING_COUNT = /^running (\d+) tests?$/;
// "test a::b ... ok", "test a::b ... ignored, reason", "test a::b - should panic ... FAILED",
// with `--report-time` "ok <0.001s>".
const VERDICT = /^test (.+?) \.\.\. (ok|FAILED|ignored)\b(?:, .*?)?(?: <\d+(?:\.\d+)?s>)?\s*$/;
// A test that started but whose verdict is not on the line: a crash, or its own output in between.
const STARTED = /^test (.+?) \.\.\. /;
const BLOCK = /^---- (.+) stdout ----$/;
const RESULT = /^test result: (ok|FAILED)\./;
const NO_PANIC = /^note: (test did not panic as expected)(?: at (.+?):(\d+):(\d+))?\s*$/;
const DIAGNOSTIC = /^error(?:\[(E\d+)\])?: (.*)$/;
const DIAGNOSTIC_AT = /^\s*--> (.+?):(\d+):(\d+)\s*$/;
const COULD_NOT_COMPILE = /^error: could not compile `([^`]+)`/;
// cargo's own errors around test runs: not compiler diagnostics.
const CARGO_ERROR = /^error: (test failed|doctest failed|\d+ targets? failed|could not compile|build failed)/;
const CRASH = /process didn't exit successfully: .*\((signal: .*|exit status: .*)\)\s*$/;
const DOC_TEST_NAME = /^(\S+\.rs) - (?:.* )?\(line (\d+)\)(?: - .*)?$/;
// Lines rustdoc puts around a doc test's own output, which say nothing about the error.
const DOC_TEST_NOISE = /^(Test executable failed \(.*\)\.|stdout:|stderr:|Couldn't compile the test\.)$/;

interface Binary {
  classname?: string;
  suite?: string;
  doc: boolean;
  started: boolean;
  startLine: number;
  resulted: boolean;
  counts: { passed: number; failed: number; ignored: number };
  failed: Set<string>;
  reported: Set<string>;
  pending?: string;
  crash?: string;
}

interface Block {
  name: string;
  line: number;
  lines: string[];
  failure: boolean;
}

interface Diagnostic {
  header: string;
  line: number;
  lines: string[];
  location?: Location;
}

function newBinary(parts: Partial<Binary> = {}): Binary {
  return {
    doc: false,
    started: false,
    startLine: 0,
    resulted: false,
    counts: { passed: 0, failed: 0, ignored: 0 },
    failed: new Set(),
    reported: new Set(),
    ...parts,
  };
}

/** "target/debug/deps/shop-1a2b3c4d5e6f7a8b" is the test binary of target "shop". */
function targetName(binary: string): string {
  const base = binary.replace(/\\/g, '/').split('/').pop() ?? binary;
  return base.replace(/\.exe$/, '').replace(/-[0-9a-f]{16}$/, '');
}

/** libtest appends the test's mode to its name on the verdict line only. */
function testName(name: string): string {
  return name.trim().replace(/ - (should panic|compile fail|compile)$/, '');
}

function count(line: string, word: string): number {
  return Number(new RegExp(`(\\d+) ${word}\\b`).exec(line)?.[1] ?? 0);
}

class CargoReader {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  sawCargo = false;
  private binary: Binary = newBinary();
  private section: 'failures' | 'successes' | undefined;
  private block: Block | undefined;
  private diagnostics: Diagnostic[] = [];
  private diagnostic: Diagnostic | undefined;
  private readonly brokenCrates = new Set<string>();

  constructor(private readonly context: ParseContext) {}

  line(raw: string, number: number): void {
    const line = stripAnsi(raw).replace(ACTIONS_TIMESTAMP, '');
    if (this.block && !this.endsBlock(line)) {
      if (this.block.lines.length < MAX_BLOCK_LINES) this.block.lines.push(line);
      return;
    }
    this.closeBlock();
    if (this.readDiagnostic(line, number)) return;
    this.readRun(line, number);
  }

  private endsBlock(line: string): boolean {
    return BLOCK.test(line) || line === 'failures:' || line === 'successes:' || RESULT.test(line);
  }

  private readRun(line: string, number: number): void {
    const doc = DOC_TESTS.exec(line);
    const running = doc ? undefined : RUNNING.exec(line);
    if (doc || running) {
      this.finishBinary();
      this.sawCargo = true;
      const source = running?.[2] ? running[1] : undefined;
      const name = doc ? doc[1] : targetName(running?.[2] ?? running?.[1] ?? '');
      this.binary = newBinary({
        doc: Boolean(doc),
        ...(name ? { classname: name } : {}),
        ...(source ? { suite: source } : {}),
      });
      return;
    }
    if (RUNNING_COUNT.test(line)) {
      // A second "running N tests" with no "Running" line between: test binaries run by hand.
      if (this.binary.started) {
        this.finishBinary();
        this.binary = newBinary();
      }
      this.sawCargo = true;
      this.binary.started = true;
      this.binary.startLine = number;
      this.section = undefined;
      // Compiler errors before this run did not stop it: they were a different build.
      this.diagnostics = [];
      this.brokenCrates.clear();
      return;
    }
    const verdict = VERDICT.exec(line);
    if (verdict) {
      this.verdict(testName(verdict[1] ?? ''), verdict[2] ?? '');
      return;
    }
    // With --nocapture the test's own output can sit between its name and its verdict.
    if (this.binary.pending && /^(ok|FAILED|ignored)$/.test(line.trim())) {
      this.verdict(this.binary.pending, line.trim());
      return;
    }
    const started = STARTED.exec(line);
    if (started && this.binary.started) {
      this.binary.pending = testName(started[1] ?? '');
      return;
    }
    if (line === 'failures:' || line === 'successes:') {
      this.section = line === 'failures:' ? 'failures' : 'successes';
      return;
    }
    const block = BLOCK.exec(line);
    if (block) {
      const name = block[1] ?? '';
      const failure =
        this.section === 'failures' || (this.section === undefined && this.binary.failed.has(name));
      this.block = { name, line: number, lines: [], failure };
      return;
    }
    if (RESULT.test(line)) {
      this.result(line);
      return;
    }
    const crash = CRASH.exec(line);
    if (crash && this.binary.started && !this.binary.resulted) this.binary.crash = crash[1] ?? '';
  }

  private verdict(name: string, verdict: string): void {
    const binary = this.binary;
    delete binary.pending;
    if (verdict === 'ok') binary.counts.passed += 1;
    else if (verdict === 'ignored') binary.counts.ignored += 1;
    else {
      binary.counts.failed += 1;
      binary.failed.add(name);
    }
  }

  private result(line: string): void {
    const binary = this.binary;
    this.sawCargo = true;
    const passed = count(line, 'passed');
    const failed = count(line, 'failed');
    const ignored = count(line, 'ignored');
    this.summary.tests += passed + failed + ignored;
    this.summary.passed += passed;
    this.summary.failed += failed;
    this.summary.skipped += ignored;
    this.summary.durationMs += Number(/finished in (\d+(?:\.\d+)?)s/.exec(line)?.[1] ?? 0) * 1000;
    // A test marked FAILED whose output block is missing still is a failure.
    for (const name of binary.failed) {
      if (!binary.reported.has(name))
        this.failures.push(this.failure(name, { message: 'test failed', frames: [] }, '', binary.startLine));
    }
    binary.resulted = true;
    this.section = undefined;
  }

  /** A binary that printed "running N tests" but never its result died on the way. */
  finishBinary(): void {
    this.closeBlock();
    const binary = this.binary;
    if (!binary.started || binary.resulted) return;
    const { passed, failed, ignored } = binary.counts;
    this.summary.tests += passed + failed + ignored + 1;
    this.summary.passed += passed;
    this.summary.failed += failed + 1;
    this.summary.skipped += ignored;
    const how = binary.crash ? `the test binary crashed (${binary.crash})` : 'the test binary stopped';
    const message = `${how} before its test result line`;
    const name = binary.pending ?? '(test binary crashed)';
    this.failures.push(this.failure(name, { message, frames: [] }, message, binary.startLine));
    binary.resulted = true;
  }

  private closeBlock(): void {
    const block = this.block;
    this.block = undefined;
    if (!block?.failure) return;
    this.binary.reported.add(block.name);
    const lines = block.lines;
    const text = lines.join('\n');
    const panicAt = lines.findIndex((line) => PANIC.test(line));
    if (panicAt >= 0) {
      const panic = readPanic(lines, panicAt, this.context.workspace);
      const frames = withLocation(panic.frames, panic.location);
      this.failures.push(
        this.failure(block.name, { type: 'panic', message: panic.message, frames }, text, block.line),
      );
      return;
    }
    const noPanic = lines.map((line) => NO_PANIC.exec(line)).find(Boolean);
    if (noPanic) {
      const where = noPanic[2]
        ? [frame(location(noPanic[2], noPanic[3], noPanic[4], this.context.workspace))]
        : [];
      this.failures.push(
        this.failure(block.name, { message: noPanic[1] ?? '', frames: where }, text, block.line),
      );
      return;
    }
    // A doc test that does not compile shows rustc's errors in its block.
    const compile = lines.findIndex((line) => DIAGNOSTIC.test(line));
    if (compile >= 0) {
      const at = lines
        .slice(compile)
        .map((line) => DIAGNOSTIC_AT.exec(line))
        .find(Boolean);
      const frames = at ? [frame(location(at[1] ?? '', at[2], at[3], this.context.workspace))] : [];
      const message = lines[compile] ?? '';
      this.failures.push(this.failure(block.name, { type: 'BuildError', message, frames }, text, block.line));
      return;
    }
    const message = lines.find((line) => line.trim() && !DOC_TEST_NOISE.test(line.trim()))?.trim();
    this.failures.push(
      this.failure(block.name, { message: message ?? 'test failed', frames: [] }, text, block.line),
    );
  }

  private failure(
    name: string,
    problem: { type?: string; message: string; frames: Frame[] },
    text: string,
    line: number,
  ): FailureDraft {
    const binary = this.binary;
    const error = buildErrorInfo(
      { type: problem.type, message: problem.message, text },
      this.context.workspace,
    );
    // The generic frame reader would take "at ./src/lib.rs:1:2" backtrace lines for V8 frames.
    error.frames = problem.frames;
    const test: TestRef = { name };
    if (binary.suite) test.suite = binary.suite;
    if (binary.classname) test.classname = binary.classname;
    const doc = binary.doc ? DOC_TEST_NAME.exec(name) : null;
    if (doc) {
      test.file = cleanPath(doc[1] ?? '', this.context.workspace);
      test.line = Number(doc[2]);
    }
    return { kind: 'test', flaky: false, test, error, source: { path: this.context.path, line } };
  }

  /** Compiler errors before any test ran; "could not compile `x`" turns them into one failure. */
  private readDiagnostic(line: string, number: number): boolean {
    const broken = COULD_NOT_COMPILE.exec(line);
    if (broken) {
      this.sawCargo = true;
      this.diagnostic = undefined;
      const crate = broken[1] ?? '';
      // cargo says it once per target of the crate (lib, lib test, …); report the errors once.
      if (this.diagnostics.length > 0 || !this.brokenCrates.has(crate)) this.buildFailed(crate, line, number);
      this.brokenCrates.add(crate);
      this.diagnostics = [];
      return true;
    }
    const header = CARGO_ERROR.test(line) ? undefined : DIAGNOSTIC.exec(line);
    if (header) {
      this.diagnostic = { header: line, line: number, lines: [line] };
      this.diagnostics.push(this.diagnostic);
      return true;
    }
    const current = this.diagnostic;
    if (!current) return false;
    if (!line.trim() || /^(warning|error)\b/.test(line)) {
      this.diagnostic = undefined;
      return false;
    }
    if (current.lines.length < MAX_BLOCK_LINES) current.lines.push(line);
    const at = DIAGNOSTIC_AT.exec(line);
    if (at && !current.location)
      current.location = location(at[1] ?? '', at[2], at[3], this.context.workspace);
    return true;
  }

  private buildFailed(crate: string, line: string, number: number): void {
    const first = this.diagnostics[0];
    const text = [...this.diagnostics.flatMap((diagnostic) => [...diagnostic.lines, '']), line].join('\n');
    const error = buildErrorInfo(
      { type: 'BuildError', message: first?.header ?? line, text },
      this.context.workspace,
    );
    error.frames = first?.location ? [frame(first.location)] : [];
    this.summary.tests += 1;
    this.summary.failed += 1;
    this.failures.push({
      kind: 'test',
      flaky: false,
      test: { classname: crate, name: '(build failed)' },
      error,
      source: { path: this.context.path, line: first?.line ?? number },
    });
  }
}

export const cargoTestParser: ReportParser = {
  format: 'cargo-test',
  description: 'cargo test output (libtest pretty format), with panics, backtraces and build failures',
  sniff(head) {
    const text = stripAnsi(head).replace(new RegExp(ACTIONS_TIMESTAMP.source, 'gm'), '');
    // JUnit XML, JSON and TAP can quote test output; what they start with tells them apart.
    if (/^\s*(<|\{|\[|TAP version|1\.\.\d|(not )?ok \d)/.test(text)) return false;
    return (
      /^running \d+ tests?$/m.test(text) ||
      /^test result: (ok|FAILED)\. \d+ passed/m.test(text) ||
      /^\s+(Running (unittests )?\S+.*\(.*\)|Doc-tests \S+)$/m.test(text) ||
      (/^\s+Compiling \S+ v\d/m.test(text) && /^error: could not compile `/m.test(text))
    );
  },
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new CargoReader(context);
    let number = 0;
    for await (const line of linesOf(chunks)) {
      number += 1;
      reader.line(line, number);
    }
    reader.finishBinary();
    if (!reader.sawCargo)
      throw new ParseError(
        context.path,
        'no cargo test output found ("running N tests" or "test result:")',
        1,
        1,
      );
    const summary = { ...reader.summary, durationMs: Math.round(reader.summary.durationMs) };
    return { summary, failures: reader.failures };
  },
};
