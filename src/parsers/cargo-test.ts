import { ParseError } from '../errors.js';
import { ACTIONS_TIMESTAMP } from '../logs/framing.js';
import { emptySummary, type FailureDraft, type Summary } from '../model.js';
import { BuildErrors, type CargoFindings, MAX_BLOCK_LINES } from './cargo-build-errors.js';
import {
  addCrash,
  addResult,
  addVerdict,
  type Binary,
  type Block,
  blockFailure,
  newBinary,
  targetName,
  testName,
} from './cargo-test-binary.js';
import { stripAnsi } from './error-info.js';
import { linesOf } from './lines.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';

// The plain text of `cargo test` (libtest's default "pretty" format), stdout and stderr together.
// One file holds several test binaries ("Running unittests src/lib.rs (…)", "Running
// tests/x.rs (…)", "Doc-tests name"), each printing "test a::b ... ok|FAILED|ignored", then a
// "failures:" section of "---- a::b stdout ----" blocks with the panic, then "test result: …".
// Counts come from libtest's own "test result:" lines; a binary that died before printing one
// (a signal, an abort) is counted from the verdicts it printed, plus one failure for the crash.
// Compiler errors that stop the build ("error: could not compile `x`") are one failure per crate.

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
const CRASH = /process didn't exit successfully: .*\((signal: .*|exit status: .*)\)\s*$/;

class CargoReader implements CargoFindings {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  sawCargo = false;
  private binary: Binary = newBinary();
  private section: 'failures' | 'successes' | undefined;
  private block: Block | undefined;
  private readonly buildErrors: BuildErrors;

  constructor(private readonly context: ParseContext) {
    this.buildErrors = new BuildErrors(context, this);
  }

  line(raw: string, number: number): void {
    const line = stripAnsi(raw).replace(ACTIONS_TIMESTAMP, '');
    if (this.block && !this.endsBlock(line)) {
      if (this.block.lines.length < MAX_BLOCK_LINES) this.block.lines.push(line);
      return;
    }
    this.closeBlock();
    if (this.buildErrors.read(line, number)) return;
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
      this.buildErrors.forget();
      return;
    }
    const verdict = VERDICT.exec(line);
    if (verdict) {
      addVerdict(this.binary, testName(verdict[1] ?? ''), verdict[2] ?? '');
      return;
    }
    // With --nocapture the test's own output can sit between its name and its verdict.
    if (this.binary.pending && /^(ok|FAILED|ignored)$/.test(line.trim())) {
      addVerdict(this.binary, this.binary.pending, line.trim());
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

  private result(line: string): void {
    this.sawCargo = true;
    addResult(this, this.binary, line, this.context);
    this.section = undefined;
  }

  finishBinary(): void {
    this.closeBlock();
    addCrash(this, this.binary, this.context);
  }

  private closeBlock(): void {
    const block = this.block;
    this.block = undefined;
    if (!block?.failure) return;
    this.binary.reported.add(block.name);
    this.failures.push(blockFailure(this.binary, block, this.context));
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
