import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cargoTestParser } from '../../src/parsers/cargo-test.js';
import { readChunks } from '../../src/sources/files.js';

// The fixtures are the real output of cargo 1.95 over test/fixtures/cargo/project (see generate.sh).
const fixtures = new URL('../fixtures/cargo/', import.meta.url);
const workspace = new URL('../fixtures/cargo/project/', import.meta.url).pathname.replace(/\/$/, '');

async function parse(name: string) {
  return cargoTestParser.parse(readChunks(new URL(name, fixtures).pathname), { path: name, workspace });
}

function parseText(lines: string[], root = '/') {
  return cargoTestParser.parse(Readable.from([lines.join('\n')]), { path: 'log.txt', workspace: root });
}

/** libtest's own totals: the sum of its "test result:" lines. */
function libtestTotals(name: string) {
  const results = readFileSync(new URL(name, fixtures), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('test result:'));
  const sum = (pattern: RegExp) =>
    results.reduce((total, line) => total + Number(pattern.exec(line)?.[1]), 0);
  const passed = sum(/(\d+) passed/);
  const failed = sum(/(\d+) failed/);
  const ignored = sum(/(\d+) ignored/);
  const seconds = sum(/finished in ([\d.]+)s/);
  return { results: results.length, passed, failed, ignored, seconds };
}

describe('cargo test', () => {
  it.each(['cargo-test.txt', 'cargo-test-backtrace.txt'])(
    "%s: counts exactly what libtest's test result lines say, over all test binaries",
    async (name) => {
      const totals = libtestTotals(name);
      expect(totals.results).toBe(3);
      const { summary } = await parse(name);
      expect(summary).toEqual({
        tests: totals.passed + totals.failed + totals.ignored,
        passed: totals.passed,
        failed: totals.failed,
        skipped: totals.ignored,
        flaky: 0,
        durationMs: Math.round(totals.seconds * 1000),
      });
    },
  );

  it('lists each failure once, from unit tests, integration tests and doc tests, with its panic location', async () => {
    const { failures } = await parse('cargo-test.txt');
    expect(
      failures.map((failure) => [
        failure.test?.classname,
        failure.test?.name,
        failure.error.type,
        failure.error.message,
      ]),
    ).toEqual([
      ['shop', 'tests::discount_sixty', 'panic', 'assertion `left == right` failed'],
      ['shop', 'tests::empty_cart', 'panic', 'index out of bounds: the len is 0 but the index is 0'],
      ['integration', 'discount_keeps_price_positive', 'panic', 'a full discount left 9 cents'],
      ['shop', 'src/lib.rs - discount (line 14)', 'panic', 'assertion `left == right` failed'],
    ]);
    expect(failures.map((failure) => failure.error.frames)).toEqual([
      [{ file: 'src/lib.rs', line: 38, column: 9, inApp: true }],
      [{ file: 'src/lib.rs', line: 24, column: 5, inApp: true }],
      [{ file: 'tests/integration.rs', line: 11, column: 5, inApp: true }],
      [{ file: 'src/lib.rs', line: 5, column: 1, inApp: true }],
    ]);
    expect(failures[0]?.error.stack).toContain('  left: 94\n right: 40');
    expect(failures[2]?.test?.suite).toBe('tests/integration.rs');
    expect(failures[3]?.test).toMatchObject({ file: 'src/lib.rs', line: 14 });
    expect(failures[0]?.source).toEqual({ path: 'cargo-test.txt', line: 14 });
  });

  it('reads RUST_BACKTRACE=1 frames innermost first, with std, core and alloc frames not in-app', async () => {
    const { failures } = await parse('cargo-test-backtrace.txt');
    const emptyCart = failures.find((failure) => failure.test?.name === 'tests::empty_cart');
    const frames = emptyCart?.error.frames ?? [];
    expect(frames[0]).toMatchObject({ function: '__rustc::rust_begin_unwind', inApp: false });
    expect(frames.find((frame) => frame.inApp)).toEqual({
      function: 'shop::first',
      file: 'src/lib.rs',
      line: 24,
      column: 5,
      inApp: true,
    });
    expect(frames.filter((frame) => frame.inApp).map((frame) => frame.function)).toEqual([
      'shop::first',
      'shop::tests::empty_cart',
      'shop::tests::empty_cart::{{closure}}',
    ]);
    const library = frames.filter((frame) => !frame.inApp);
    expect(library.length).toBeGreaterThanOrEqual(4);
    expect(library.every((frame) => frame.file?.includes('/library/'))).toBe(true);
    // A doc test's frames have no file; the panic location stands in before its first in-app frame.
    const doc = failures.find((failure) => failure.test?.name.startsWith('src/lib.rs - '))?.error.frames;
    expect(doc?.map((frame) => [frame.function, frame.file, frame.inApp])).toEqual([
      ['__rustc::rust_begin_unwind', expect.stringContaining('library/std/'), false],
      ['core::panicking::panic_fmt', expect.stringContaining('library/core/'), false],
      ['core::panicking::assert_failed_inner', expect.stringContaining('library/core/'), false],
      ['core::panicking::assert_failed::<u32, u32>', expect.stringContaining('library/core/'), false],
      [undefined, 'src/lib.rs', true],
      ['rust_out::main::_doctest_main_src_lib_rs_14_0', undefined, true],
      ['rust_out::main', undefined, true],
      ['core::ops::function::FnOnce::call_once', undefined, false],
    ]);
  });

  it('gives a build that failed to compile one "(build failed)" failure at the first error', async () => {
    const { summary, failures } = await parse('cargo-build-fail.txt');
    expect(summary).toMatchObject({ tests: 1, passed: 0, failed: 1, skipped: 0 });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      kind: 'test',
      test: { classname: 'broken', name: '(build failed)' },
      error: {
        type: 'BuildError',
        message: 'error[E0425]: cannot find value `shipping` in this scope',
        frames: [{ file: 'src/lib.rs', line: 2, column: 34, inApp: true }],
      },
      source: { path: 'cargo-build-fail.txt', line: 2 },
    });
  });

  it('reads a test returning Err, a should_panic test that did not, and a full backtrace of a spawned thread', async () => {
    // cargo 1.95 output (RUST_BACKTRACE=full for the thread), shortened.
    const { summary, failures } = await parseText(
      [
        '     Running unittests src/lib.rs (target/debug/deps/scratch-eac2f1ee85d95d2d)',
        '',
        'running 4 tests',
        'test tests::fine ... ok',
        'test tests::returns_err ... FAILED',
        'test tests::should_panic_but_not - should panic ... FAILED',
        'test tests::thread_panic ... FAILED',
        '',
        'failures:',
        '',
        '---- tests::returns_err stdout ----',
        'Error: "boom"',
        '',
        '---- tests::should_panic_but_not stdout ----',
        'note: test did not panic as expected at src/lib.rs:7:8',
        '---- tests::thread_panic stdout ----',
        '',
        "thread '<unnamed>' (2317) panicked at src/lib.rs:14:47:",
        'in thread',
        'stack backtrace:',
        '  17:     0x55fd0dd04e3d - __rustc[b7974e8690430dd9]::rust_begin_unwind',
        '                               at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/panicking.rs:689:5',
        '  18:     0x55fd0dd3937c - core[c1f1a4ba060b9bfa]::panicking::panic_fmt',
        '                               at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:80:14',
        '  19:     0x55fd0dcadfc5 - scratch::tests::thread_panic::{{closure}}::heb35f65c1594c98b',
        '                               at /home/runner/work/scratch/src/lib.rs:14:47',
        '  20:     0x55fd0dcaa806 - std::sys::backtrace::__rust_begin_short_backtrace::ha9f474f40a2d8e2f',
        '                               at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/sys/backtrace.rs:166:18',
        '',
        "thread 'tests::thread_panic' (2307) panicked at src/lib.rs:14:75:",
        'called `Result::unwrap()` on an `Err` value: Any { .. }',
        '',
        '',
        'failures:',
        '    tests::returns_err',
        '    tests::should_panic_but_not',
        '    tests::thread_panic',
        '',
        'test result: FAILED. 1 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.12s',
      ],
      '/home/runner/work/scratch',
    );
    expect(summary).toMatchObject({ tests: 4, passed: 1, failed: 3, durationMs: 120 });
    expect(
      failures.map((failure) => [failure.test?.name, failure.error.type, failure.error.message]),
    ).toEqual([
      ['tests::returns_err', 'Error', '"boom"'],
      ['tests::should_panic_but_not', undefined, 'test did not panic as expected'],
      ['tests::thread_panic', 'panic', 'in thread'],
    ]);
    expect(failures[1]?.error.frames).toEqual([{ file: 'src/lib.rs', line: 7, column: 8, inApp: true }]);
    expect(failures[2]?.error.frames.map((frame) => [frame.function, frame.inApp])).toEqual([
      ['__rustc::rust_begin_unwind', false],
      ['core::panicking::panic_fmt', false],
      ['scratch::tests::thread_panic::{{closure}}', true],
      ['std::sys::backtrace::__rust_begin_short_backtrace', false],
    ]);
    expect(failures[2]?.error.frames[2]).toMatchObject({ file: 'src/lib.rs', line: 14, column: 47 });
  });

  it('reads the pre-1.73 panic format, colours, old Running lines and a doc test that does not compile', async () => {
    const { summary, failures } = await parseText([
      '\u001b[1m\u001b[92m     Running\u001b[0m target/debug/deps/shop-507999230d6984fa',
      '',
      'running 1 test',
      'test tests::discount_sixty ... \u001b[31mFAILED\u001b[0m',
      '',
      'failures:',
      '',
      '---- tests::discount_sixty stdout ----',
      "thread 'tests::discount_sixty' panicked at 'assertion failed: `(left == right)`",
      '  left: `94`,',
      " right: `40`', src/lib.rs:38:9",
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
      '',
      'failures:',
      '    tests::discount_sixty',
      '',
      'test result: \u001b[31mFAILED\u001b[0m. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out',
      '',
      '   Doc-tests shop',
      '',
      'running 1 test',
      'test src/lib.rs - f (line 5) ... FAILED',
      '',
      'failures:',
      '',
      '---- src/lib.rs - f (line 5) stdout ----',
      'error[E0425]: cannot find value `undefined_thing` in this scope',
      ' --> src/lib.rs:6:9',
      '  |',
      '6 | let y = undefined_thing;',
      '  |         ^^^^^^^^^^^^^^^ not found in this scope',
      '',
      'error: aborting due to 1 previous error',
      '',
      "Couldn't compile the test.",
      '',
      'failures:',
      '    src/lib.rs - f (line 5)',
      '',
      'test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.05s',
    ]);
    expect(summary).toMatchObject({ tests: 2, failed: 2, durationMs: 50 });
    expect(failures[0]).toMatchObject({
      test: { classname: 'shop', name: 'tests::discount_sixty' },
      error: {
        type: 'panic',
        message: 'assertion failed: `(left == right)`',
        frames: [{ file: 'src/lib.rs', line: 38, column: 9, inApp: true }],
      },
    });
    expect(failures[1]).toMatchObject({
      test: { classname: 'shop', name: 'src/lib.rs - f (line 5)', file: 'src/lib.rs', line: 5 },
      error: {
        type: 'BuildError',
        message: 'error[E0425]: cannot find value `undefined_thing` in this scope',
        frames: [{ file: 'src/lib.rs', line: 6, column: 9, inApp: true }],
      },
    });
  });

  it('counts a test binary that crashed before its result line as one failure, named after the running test', async () => {
    // cargo 1.95 with `-- --test-threads=1` over a test that calls std::process::abort().
    const { summary, failures } = await parseText([
      '     Running unittests src/lib.rs (target/debug/deps/scratch-eac2f1ee85d95d2d)',
      '',
      'running 2 tests',
      'test tests::fine ... ok',
      'test tests::aborts ... error: test failed, to rerun pass `--lib`',
      '',
      'Caused by:',
      "  process didn't exit successfully: `target/debug/deps/scratch-eac2f1ee85d95d2d --test-threads=1` (signal: 6, SIGABRT: process abort signal)",
      '     Running tests/integration.rs (target/debug/deps/integration-9a70b845d4f8a8a4)',
      '',
      'running 1 test',
      'test it_works ... ok',
      '',
      'test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
    ]);
    expect(summary).toMatchObject({ tests: 3, passed: 2, failed: 1 });
    expect(failures).toHaveLength(1);
    expect(failures[0]?.test).toMatchObject({ classname: 'scratch', name: 'tests::aborts' });
    expect(failures[0]?.error.message).toBe(
      'the test binary crashed (signal: 6, SIGABRT: process abort signal) before its test result line',
    );
  });

  it('sniffs cargo test output and nothing else', async () => {
    for (const name of ['cargo-test.txt', 'cargo-test-backtrace.txt', 'cargo-build-fail.txt']) {
      expect(cargoTestParser.sniff(readFileSync(new URL(name, fixtures), 'utf8').slice(0, 8192))).toBe(true);
    }
    expect(cargoTestParser.sniff('running 3 tests\ntest a ... ok\n')).toBe(true);
    expect(cargoTestParser.sniff('2024-05-01T10:00:00.1234567Z running 1 test\n')).toBe(true);
    expect(
      cargoTestParser.sniff(
        '<?xml version="1.0"?>\n<testsuites><testsuite><system-out>running 1 test\ntest result: ok. 1 passed;</system-out>',
      ),
    ).toBe(false);
    expect(cargoTestParser.sniff('{"Action":"output","Output":"running 1 test\\n"}\n')).toBe(false);
    expect(cargoTestParser.sniff('TAP version 13\nok 1 - running 2 tests\n')).toBe(false);
    expect(cargoTestParser.sniff('hello\n')).toBe(false);
    await expect(parseText(['hello'])).rejects.toThrow(/no cargo test output found/);
  });
});
