import type { FailureDraft, Frame, TestRef } from '../model.js';
import { type CargoFindings, DIAGNOSTIC, DIAGNOSTIC_AT } from './cargo-build-errors.js';
import { buildErrorInfo } from './error-info.js';
import type { ParseContext } from './parser.js';
import { cleanPath, frame, location, PANIC, readPanic, withLocation } from './rust-panic.js';

// One test binary of a `cargo test` run, what it counted, and the failures reported against it:
// its target is the test's classname, its failed test's "---- name stdout ----" block the error.

const NO_PANIC = /^note: (test did not panic as expected)(?: at (.+?):(\d+):(\d+))?\s*$/;
const DOC_TEST_NAME = /^(\S+\.rs) - (?:.* )?\(line (\d+)\)(?: - .*)?$/;
// Lines rustdoc puts around a doc test's own output, which say nothing about the error.
const DOC_TEST_NOISE = /^(Test executable failed \(.*\)\.|stdout:|stderr:|Couldn't compile the test\.)$/;

export interface Binary {
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

export interface Block {
  name: string;
  line: number;
  lines: string[];
  failure: boolean;
}

interface Problem {
  type?: string;
  message: string;
  frames: Frame[];
}

export function newBinary(parts: Partial<Binary> = {}): Binary {
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
export function targetName(binary: string): string {
  const base = binary.replace(/\\/g, '/').split('/').pop() ?? binary;
  return base.replace(/\.exe$/, '').replace(/-[0-9a-f]{16}$/, '');
}

/** libtest appends the test's mode to its name on the verdict line only. */
export function testName(name: string): string {
  return name.trim().replace(/ - (should panic|compile fail|compile)$/, '');
}

function count(line: string, word: string): number {
  return Number(new RegExp(`(\\d+) ${word}\\b`).exec(line)?.[1] ?? 0);
}

export function addVerdict(binary: Binary, name: string, verdict: string): void {
  delete binary.pending;
  if (verdict === 'ok') binary.counts.passed += 1;
  else if (verdict === 'ignored') binary.counts.ignored += 1;
  else {
    binary.counts.failed += 1;
    binary.failed.add(name);
  }
}

/** The error in a failed test's output block. */
function blockProblem(lines: string[], workspace: string): Problem {
  const panicAt = lines.findIndex((line) => PANIC.test(line));
  if (panicAt >= 0) {
    const panic = readPanic(lines, panicAt, workspace);
    return { type: 'panic', message: panic.message, frames: withLocation(panic.frames, panic.location) };
  }
  const noPanic = lines.map((line) => NO_PANIC.exec(line)).find(Boolean);
  if (noPanic) {
    const where = noPanic[2] ? [frame(location(noPanic[2], noPanic[3], noPanic[4], workspace))] : [];
    return { message: noPanic[1] ?? '', frames: where };
  }
  // A doc test that does not compile shows rustc's errors in its block.
  const compile = lines.findIndex((line) => DIAGNOSTIC.test(line));
  if (compile >= 0) {
    const at = lines
      .slice(compile)
      .map((line) => DIAGNOSTIC_AT.exec(line))
      .find(Boolean);
    const frames = at ? [frame(location(at[1] ?? '', at[2], at[3], workspace))] : [];
    return { type: 'BuildError', message: lines[compile] ?? '', frames };
  }
  const message = lines.find((line) => line.trim() && !DOC_TEST_NOISE.test(line.trim()))?.trim();
  return { message: message ?? 'test failed', frames: [] };
}

function testFailure(
  binary: Binary,
  name: string,
  problem: Problem,
  text: string,
  line: number,
  context: ParseContext,
): FailureDraft {
  const error = buildErrorInfo({ type: problem.type, message: problem.message, text }, context.workspace);
  // The generic frame reader would take "at ./src/lib.rs:1:2" backtrace lines for V8 frames.
  error.frames = problem.frames;
  const test: TestRef = { name };
  if (binary.suite) test.suite = binary.suite;
  if (binary.classname) test.classname = binary.classname;
  const doc = binary.doc ? DOC_TEST_NAME.exec(name) : null;
  if (doc) {
    test.file = cleanPath(doc[1] ?? '', context.workspace);
    test.line = Number(doc[2]);
  }
  return { kind: 'test', flaky: false, test, error, source: { path: context.path, line } };
}

export function blockFailure(binary: Binary, block: Block, context: ParseContext): FailureDraft {
  const problem = blockProblem(block.lines, context.workspace);
  return testFailure(binary, block.name, problem, block.lines.join('\n'), block.line, context);
}

/** libtest's "test result:" line ends a binary's run with its own counts. */
export function addResult(
  findings: CargoFindings,
  binary: Binary,
  line: string,
  context: ParseContext,
): void {
  const summary = findings.summary;
  const passed = count(line, 'passed');
  const failed = count(line, 'failed');
  const ignored = count(line, 'ignored');
  summary.tests += passed + failed + ignored;
  summary.passed += passed;
  summary.failed += failed;
  summary.skipped += ignored;
  summary.durationMs += Number(/finished in (\d+(?:\.\d+)?)s/.exec(line)?.[1] ?? 0) * 1000;
  // A test marked FAILED whose output block is missing still is a failure.
  for (const name of binary.failed) {
    if (!binary.reported.has(name))
      findings.failures.push(
        testFailure(binary, name, { message: 'test failed', frames: [] }, '', binary.startLine, context),
      );
  }
  binary.resulted = true;
}

/** A binary that printed "running N tests" but never its result died on the way. */
export function addCrash(findings: CargoFindings, binary: Binary, context: ParseContext): void {
  if (!binary.started || binary.resulted) return;
  const summary = findings.summary;
  const { passed, failed, ignored } = binary.counts;
  summary.tests += passed + failed + ignored + 1;
  summary.passed += passed;
  summary.failed += failed + 1;
  summary.skipped += ignored;
  const how = binary.crash ? `the test binary crashed (${binary.crash})` : 'the test binary stopped';
  const message = `${how} before its test result line`;
  const name = binary.pending ?? '(test binary crashed)';
  findings.failures.push(
    testFailure(binary, name, { message, frames: [] }, message, binary.startLine, context),
  );
  binary.resulted = true;
}
