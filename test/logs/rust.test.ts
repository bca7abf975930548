import { describe, expect, it } from 'vitest';
import { nativeDetector } from '../../src/logs/runtimes/native.js';
import { rustDetector } from '../../src/logs/runtimes/rust.js';
import { scanLogText } from '../../src/logs/scanner.js';
import type { ErrorInfo, FailureDraft } from '../../src/model.js';
import { runtimeFixtures } from './runtime-fixtures.js';

// Fixtures: real output of cargo/rustc 1.95 over test/fixtures/logs/rust/project, made by
// test/fixtures/logs/rust/generate.sh in this workspace.
const WORKSPACE = '/tmp/faultline-fixtures/rust';
const fixtures = runtimeFixtures('rust', rustDetector, WORKSPACE);
const { only } = fixtures;

function scan(name: string, clean = false): FailureDraft[] {
  const failures = fixtures.scanText(fixtures.read(name, clean), name);
  for (const failure of failures) expect(failure).toMatchObject({ kind: 'runtime', runtime: 'rust' });
  return failures;
}

/** The frames that key the fingerprint, as "file:line function". */
function appFrames(error: ErrorInfo | undefined): string[] {
  return (error?.frames ?? [])
    .filter((frame) => frame.inApp)
    .map((frame) => `${frame.file ?? '?'}:${frame.line ?? '?'} ${frame.function ?? '?'}`);
}

const PORT_FRAMES = ['src/config.rs:3 crashy::config::port', 'src/bin/panic_main.rs:3 panic_main::main'];

describe('rust detector on real output', () => {
  it('reads a panic without a backtrace: the location is the one frame', () => {
    const { error, source } = only('panic-main.log');
    expect(source.line).toBe(5);
    expect(error).toMatchObject({
      type: 'panic',
      message: 'port must be a number: ParseIntError { kind: InvalidDigit }',
    });
    expect(error.frames).toEqual([{ file: 'src/config.rs', line: 3, column: 25, inApp: true }]);
    expect(error.causes).toBeUndefined();
    expect(error.stack?.split('\n').at(-1)).toMatch(/^note: run with `RUST_BACKTRACE=1`/);
  });

  it('reads RUST_BACKTRACE=1 frames: std, core and rust_begin_unwind are not app code', () => {
    const { error, source } = only('panic-backtrace.log');
    expect(source.line).toBe(2);
    expect(error.message).toBe('port must be a number: ParseIntError { kind: InvalidDigit }');
    expect(appFrames(error)).toEqual(PORT_FRAMES);
    expect(error.frames[0]).toMatchObject({ function: '__rustc::rust_begin_unwind', inApp: false });
    expect(error.frames).toHaveLength(7);
    expect(error.frames[4]).toEqual({
      function: 'crashy::config::port',
      file: 'src/config.rs',
      line: 3,
      column: 25,
      inApp: true,
    });
  });

  it('reads RUST_BACKTRACE=full: addresses, crate and symbol hashes, absolute paths', () => {
    const { error, source } = only('panic-backtrace-full.log');
    expect(source.line).toBe(2);
    expect(error.type).toBe('panic');
    expect(appFrames(error)).toEqual(PORT_FRAMES);
    // The C entry point, libc and the unnamed last frame are not app code either.
    const runtime = error.frames.filter((frame) =>
      ['main', '<unknown>', '_start', '__libc_start_call_main'].includes(frame.function ?? ''),
    );
    expect(runtime.map((frame) => [frame.function, frame.inApp])).toEqual([
      ['main', false],
      ['__libc_start_call_main', false],
      ['_start', false],
      ['<unknown>', false],
    ]);
  });

  it('reads the same panic from a GitHub Actions log with timestamps and colours', () => {
    const { error, source } = only('panic-backtrace.framed.log');
    expect(source.line).toBe(5);
    expect(error.message).toBe('port must be a number: ParseIntError { kind: InvalidDigit }');
    expect(appFrames(error)).toEqual(PORT_FRAMES);
  });

  it('reads a panic in a named thread and the one it causes in main', () => {
    const failures = scan('thread-panic.log');
    expect(failures.map((f) => [f.source.line, f.error.message])).toEqual([
      [2, 'overdrawn: balance 0 is below 250'],
      [15, 'worker thread finished: Any { .. }'],
    ]);
    expect(appFrames(failures[0]?.error)).toEqual([
      'src/ledger.rs:13 crashy::ledger::Ledger::withdraw',
      'src/bin/thread_panic.rs:8 thread_panic::main::{{closure}}',
    ]);
    expect(appFrames(failures[1]?.error)).toEqual(['src/bin/thread_panic.rs:11 thread_panic::main']);
  });

  it('reads the panics of failed tests in cargo test output, captured and with --nocapture', () => {
    for (const name of ['cargo-test-failures.log', 'cargo-test-nocapture.log']) {
      const failures = scan(name);
      expect(failures.map((f) => [f.error.type, f.error.message, appFrames(f.error)])).toEqual([
        ['panic', 'assertion `left == right` failed: interest was not credited', ['tests/ledger.rs:16 ?']],
        ['panic', 'overdrawn: balance 0 is below 1', ['src/ledger.rs:13 ?']],
      ]);
    }
    expect(scan('cargo-test-failures.log').map((f) => f.source.line)).toEqual([27, 35]);
    expect(scan('cargo-test-nocapture.log').map((f) => f.source.line)).toEqual([19, 26]);
  });

  it('reads a double panic: the abort that follows belongs to the second panic', () => {
    const failures = scanLogText(fixtures.read('double-panic.log'), [rustDetector, nativeDetector], {
      path: 'double-panic.log',
      workspace: WORKSPACE,
    });
    expect(failures.map((f) => [f.runtime, f.source.line, f.error.message])).toEqual([
      ['rust', 2, 'port must be a number: ParseIntError { kind: Empty }'],
      ['rust', 6, 'connection dropped while unwinding'],
    ]);
    expect(appFrames(failures[1]?.error)).toEqual([
      'src/bin/double_panic.rs:6 <double_panic::Connection as core::ops::drop::Drop>::drop',
      'src/bin/double_panic.rs:14 double_panic::main',
    ]);
    expect(failures[1]?.error.stack?.split('\n').slice(-2)).toEqual([
      'thread caused non-unwinding panic. aborting.',
      expect.stringMatching(/^bash: line 1: +\d+ Aborted +cargo run/),
    ]);
  });

  it('reads a stack overflow, and the abort report after it is no second failure', () => {
    const failures = scanLogText(fixtures.read('stack-overflow.log'), [rustDetector, nativeDetector], {
      path: 'stack-overflow.log',
      workspace: WORKSPACE,
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      runtime: 'rust',
      source: { line: 14 },
      error: { type: 'stack overflow', message: "thread 'main' has overflowed its stack", frames: [] },
    });
  });

  it('reads a test binary that cargo saw die of SIGSEGV', () => {
    const { error, source } = only('cargo-test-segfault.log');
    expect(source.line).toBe(22);
    expect(error).toMatchObject({
      type: 'SIGSEGV',
      message: 'crash was killed by SIGSEGV: invalid memory reference',
      frames: [],
    });
  });

  it('gives the same result when the log arrives in 7-byte chunks', () => {
    for (const name of ['panic-backtrace-full.log', 'double-panic.log', 'cargo-test-nocapture.log']) {
      fixtures.expectChunkedSame(name);
    }
  });

  it('finds nothing in clean cargo output: passing tests, warnings, panics of passing tests under --nocapture', () => {
    const clean = fixtures.cleanLogs;
    expect(clean).toHaveLength(3);
    for (const name of clean) expect(scan(name, true)).toEqual([]);
  });
});

describe('rust detector on the pre-1.73 panic format', () => {
  // Written by hand in the old format (rustc 1.95 cannot print it): the message in quotes first.
  it('reads the message and location, on one line or over several', () => {
    const log = [
      "thread 'main' panicked at 'port must be a number', src/config.rs:3:25",
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
      "thread 'worker' panicked at 'first line",
      "second line', src/ledger.rs:13:13",
    ].join('\n');
    const failures = scanLogText(log, [rustDetector], { path: 'old.log', workspace: WORKSPACE });
    expect(failures.map((f) => [f.source.line, f.error.message, f.error.frames])).toEqual([
      [1, 'port must be a number', [{ file: 'src/config.rs', line: 3, column: 25, inApp: true }]],
      [3, 'first line', [{ file: 'src/ledger.rs', line: 13, column: 13, inApp: true }]],
    ]);
  });
});
