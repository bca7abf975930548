import { describe, expect, it } from 'vitest';
import { nativeDetector } from '../../src/logs/runtimes/native.js';
import { isNativeInApp, parseSanitizerFrame } from '../../src/logs/runtimes/native-frames.js';
import type { ErrorInfo, FailureDraft } from '../../src/model.js';
import { runtimeFixtures } from './runtime-fixtures.js';

// Fixtures: real output of g++ 12.2 with its sanitizers, bash, dash and GNU make, made by
// test/fixtures/logs/native/generate.sh in this workspace.
const WORKSPACE = '/tmp/faultline-fixtures/native';
const fixtures = runtimeFixtures('native', nativeDetector, WORKSPACE);
const { only } = fixtures;

function scan(name: string, clean = false): FailureDraft[] {
  const failures = fixtures.scanText(fixtures.read(name, clean), name);
  for (const failure of failures) expect(failure).toMatchObject({ kind: 'runtime', runtime: 'native' });
  return failures;
}

/** The frames that key the fingerprint, as "file:line function". */
function appFrames(error: ErrorInfo | undefined): string[] {
  return (error?.frames ?? [])
    .filter((frame) => frame.inApp)
    .map((frame) => `${frame.file ?? '?'}:${frame.line ?? '?'} ${frame.function ?? '?'}`);
}

function summary(failures: FailureDraft[]): (string | number | undefined)[][] {
  return failures.map((f) => [f.source.line, f.error.type, f.error.message]);
}

describe('native detector: AddressSanitizer', () => {
  it('reads a heap-buffer-overflow; "allocated by" is a cause, not the main frames', () => {
    for (const name of ['asan-heap-buffer-overflow.log', 'asan-heap-buffer-overflow.framed.log']) {
      const { error, source } = only(name);
      expect(source.line).toBe(2);
      expect(error).toMatchObject({
        type: 'heap-buffer-overflow',
        message: 'READ of size 4 by thread T0, 0 bytes to the right of 16-byte region',
      });
      expect(appFrames(error)).toEqual([
        'heap_overflow.cpp:6 sum(int const*, int)',
        'heap_overflow.cpp:12 main',
      ]);
      expect(error.frames.map((frame) => [frame.function, frame.inApp])).toEqual([
        ['sum(int const*, int)', true],
        ['main', true],
        ['__libc_start_call_main', false],
        ['__libc_start_main_impl', false],
        ['_start', false],
      ]);
      expect(error.causes?.map((cause) => [cause.message, appFrames(cause)])).toEqual([
        ['allocated by thread T0 here', ['heap_overflow.cpp:11 main']],
      ]);
      expect(error.stack?.split('\n').at(-1)).toMatch(/^==\d+==ABORTING$/);
    }
  });

  it('reads a heap-use-after-free with the freeing and allocating stacks as causes', () => {
    const { error, source } = only('asan-use-after-free.log');
    expect(source.line).toBe(2);
    expect(error).toMatchObject({
      type: 'heap-use-after-free',
      message: 'READ of size 4 by thread T0, 0 bytes inside of 4-byte region',
    });
    expect(appFrames(error)).toEqual(['use_after_free.cpp:14 main']);
    expect(error.causes?.map((cause) => [cause.message, appFrames(cause)])).toEqual([
      ['freed by thread T0 here', ['use_after_free.cpp:9 close_session', 'use_after_free.cpp:13 main']],
      [
        'previously allocated by thread T0 here',
        ['use_after_free.cpp:7 open_session', 'use_after_free.cpp:12 main'],
      ],
    ]);
    expect(error.causes?.[0]?.frames[0]).toMatchObject({
      function: 'operator delete(void*, unsigned long)',
      inApp: false,
    });
  });

  it('reads a stack-buffer-overflow and names the variable', () => {
    const { error, source } = only('asan-stack-buffer-overflow.log');
    expect(source.line).toBe(2);
    expect(error).toMatchObject({
      type: 'stack-buffer-overflow',
      message: "WRITE of size 4 by thread T0, overflows variable 'buffer'",
    });
    expect(appFrames(error)).toEqual(['stack_overflow.cpp:4 fill', 'stack_overflow.cpp:9 main']);
    expect(error.causes?.map((cause) => cause.message)).toEqual([
      'located in stack of thread T0 at offset 64 in frame',
    ]);
  });

  it('reads LeakSanitizer: one failure per direct leak, at its own line', () => {
    const failures = scan('lsan-leaks.log');
    expect(summary(failures)).toEqual([
      [5, 'memory-leak', 'Direct leak of 64 byte(s) in 1 object(s)'],
      [10, 'memory-leak', 'Direct leak of 16 byte(s) in 1 object(s)'],
    ]);
    expect(failures.map((f) => appFrames(f.error))).toEqual([
      ['leak.cpp:24 main'],
      ['leak.cpp:18 make_list', 'leak.cpp:22 main'],
    ]);
    expect(failures[0]?.error.frames[0]).toMatchObject({ function: '__interceptor_malloc', inApp: false });
  });
});

describe('native detector: UBSan and TSan', () => {
  it('reads each distinct runtime error when UBSan recovers and the program goes on', () => {
    const failures = scan('ubsan-recover.log');
    expect(summary(failures)).toEqual([
      [
        1,
        'undefined-behavior',
        "signed integer overflow: 2147483647 * 2 cannot be represented in type 'int'",
      ],
      [2, 'undefined-behavior', "shift exponent 32 is too large for 32-bit type 'int'"],
    ]);
    expect(failures[0]?.error.frames).toEqual([{ file: 'ubsan.cpp', line: 4, column: 58, inApp: true }]);
  });

  it('reads the stacks UBSan prints with print_stacktrace=1', () => {
    const failures = scan('ubsan-stacktrace.log');
    expect(failures.map((f) => [f.source.line, appFrames(f.error)])).toEqual([
      [1, ['ubsan.cpp:4 scale', 'ubsan.cpp:10 main']],
      [8, ['ubsan.cpp:6 shift', 'ubsan.cpp:11 main']],
    ]);
  });

  it('reads the one error of -fno-sanitize-recover, which ends the program', () => {
    const { error, source } = only('ubsan-abort.log');
    expect(source.line).toBe(1);
    expect(error.type).toBe('undefined-behavior');
    expect(appFrames(error)).toEqual(['ubsan.cpp:4 ?']);
  });

  it('reads a TSan data race; the other access and the thread creations are causes', () => {
    const { error, source } = only('tsan-data-race.log');
    expect(source.line).toBe(2);
    expect(error.type).toBe('data race');
    // Which thread reads and which writes first changes from run to run.
    expect(error.message).toMatch(/^(Read|Write) of size 8 by thread T[12], on global 'hits' of size 8$/);
    expect(appFrames(error)).toEqual(['race.cpp:7 count_hits']);
    expect(error.frames.at(-1)).toEqual({ module: 'libstdc++.so.6', inApp: false });
    expect(error.causes?.map((cause) => [cause.message.replace(/T[12]/g, 'T*'), appFrames(cause)])).toEqual([
      [expect.stringMatching(/^Previous (read|write) of size 8 by thread T\*$/), ['race.cpp:7 count_hits']],
      ['Thread T* created by main thread at', [expect.stringMatching(/^race\.cpp:1[12] main$/)]],
      ['Thread T* created by main thread at', [expect.stringMatching(/^race\.cpp:1[12] main$/)]],
    ]);
    expect(error.stack?.split('\n').at(-1)).toBe('==================');
  });
});

describe('native detector: aborts and signals', () => {
  it('reads a failed assert() and an uncaught exception; their "Aborted" is no second failure', () => {
    const failures = scan('assert-and-terminate.log');
    expect(summary(failures)).toEqual([
      [1, 'assertion', 'Assertion `length >= 0 && "queue length is negative"\' failed.'],
      [3, 'std::runtime_error', 'cannot read settings from settings.ini'],
    ]);
    expect(appFrames(failures[0]?.error)).toEqual(['crash.cpp:17 int queue_length(int, int)']);
    expect(failures[1]?.error.frames).toEqual([]);
  });

  it("reads bash's job reports of SIGSEGV, SIGABRT and SIGKILL", () => {
    expect(summary(scan('signals-bash.log'))).toEqual([
      [1, 'SIGSEGV', 'Segmentation fault: ./crash segv'],
      [3, 'SIGABRT', 'Aborted: ./crash abort'],
      [4, 'SIGKILL', 'Killed: ./crash kill'],
    ]);
    expect(summary(scan('segfault-core-dumped.log'))).toEqual([
      [1, 'SIGSEGV', 'Segmentation fault: ./crash segv'],
    ]);
  });

  it("reads make's reports, with the recipe as the frame", () => {
    const failures = scan('signals-make.log');
    expect(summary(failures)).toEqual([
      [2, 'SIGSEGV', 'Segmentation fault in make target run'],
      [5, 'SIGABRT', 'Aborted in make target abort'],
      [7, 'SIGKILL', 'Killed in make target kill'],
    ]);
    expect(failures.map((f) => appFrames(f.error))).toEqual([
      ['Makefile:2 run'],
      ['Makefile:4 abort'],
      ['Makefile:6 kill'],
    ]);
  });

  it('reads a bare "Segmentation fault" but not a bare "Killed"', () => {
    expect(summary(scan('signals-dash.log'))).toEqual([[1, 'SIGSEGV', 'Segmentation fault']]);
  });

  it('reads exit code 137 from the runner, once, with or without a job report above it', () => {
    expect(summary(scan('oom-exit-137.framed.log'))).toEqual([
      [2, 'SIGKILL', 'Process completed with exit code 137 (SIGKILL, as the out-of-memory killer sends)'],
    ]);
    const [killed] = scan('killed-exit-137.framed.log');
    expect(summary(scan('killed-exit-137.framed.log'))).toEqual([[1, 'SIGKILL', 'Killed: ./crash kill']]);
    expect(killed?.error.stack?.split('\n')).toHaveLength(2);
  });

  it('gives the same result when the log arrives in 7-byte chunks', () => {
    for (const name of ['asan-use-after-free.log', 'lsan-leaks.log', 'assert-and-terminate.log']) {
      fixtures.expectChunkedSame(name);
    }
  });

  it('finds nothing in clean output: compiler warnings, a passing sanitized run, "Killed"/"Aborted" as words', () => {
    const clean = fixtures.cleanLogs;
    expect(clean).toHaveLength(2);
    for (const name of clean) expect(scan(name, true)).toEqual([]);
  });
});

describe('native frame rules', () => {
  it('parses the llvm-symbolizer shape with a column and a BuildId', () => {
    // The shape clang's ASan prints (no clang here, so this line is written by hand from its format).
    const frame = parseSanitizerFrame(
      '    #0 0x4f4f in main /tmp/faultline-fixtures/native/heap.cpp:6:5 (BuildId: 1a2b3c)',
      WORKSPACE,
    );
    expect(frame).toEqual({ function: 'main', file: 'heap.cpp', line: 6, column: 5, inApp: true });
  });

  it('keeps the sanitizer runtime, libc, libstdc++ and system headers out of the app', () => {
    expect(
      isNativeInApp({ function: '__interceptor_malloc', file: '../../../../src/libsanitizer/asan/x.cpp' }),
    ).toBe(false);
    expect(
      isNativeInApp({
        function: 'std::vector<int>::at(unsigned long)',
        file: '/usr/include/c++/12/bits/stl_vector.h',
      }),
    ).toBe(false);
    expect(isNativeInApp({ module: 'libc.so.6' })).toBe(false);
    expect(isNativeInApp({ function: 'operator new[](unsigned long)' })).toBe(false);
    expect(isNativeInApp({ function: 'parse_header', file: 'src/http.c', line: 4 })).toBe(true);
    expect(isNativeInApp({ function: 'parse_header', module: 'server' })).toBe(true);
  });
});
