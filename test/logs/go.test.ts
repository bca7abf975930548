import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goDetector } from '../../src/logs/runtimes/go.js';
import { MAX_GO_FRAMES } from '../../src/logs/runtimes/go-crash.js';
import { goFunctionName, isGoInApp } from '../../src/logs/runtimes/go-frames.js';
import { LogScanner, scanLogText } from '../../src/logs/scanner.js';
import type { ErrorInfo, FailureDraft } from '../../src/model.js';

// Fixtures: real output of go 1.19 (Debian golang-go), made by
// test/fixtures/logs/go/generate.sh in this workspace.
const WORKSPACE = '/tmp/faultline-fixtures/logs-go';
const DIR = 'test/fixtures/logs/go';

function read(name: string): string {
  return readFileSync(`${DIR}/${name}`, 'utf8');
}

function scan(name: string): FailureDraft[] {
  return scanLogText(read(name), [goDetector], { path: name, workspace: WORKSPACE });
}

function only(name: string): FailureDraft {
  const failures = scan(name);
  expect(failures).toHaveLength(1);
  const [failure] = failures;
  if (!failure) throw new Error('no failure');
  expect(failure).toMatchObject({ kind: 'runtime', runtime: 'go', source: { path: name } });
  return failure;
}

/** The frames that key the fingerprint, as "file:line function". */
function appFrames(error: ErrorInfo | undefined): string[] {
  return (error?.frames ?? [])
    .filter((frame) => frame.inApp)
    .map((frame) => `${frame.file ?? '?'}:${frame.line ?? '?'} ${frame.function ?? '?'}`);
}

describe('go detector on real output', () => {
  it('reads a panic with a method receiver in the first frame', () => {
    const { error, source } = only('panic-message.log');
    expect(source.line).toBe(3);
    expect(error).toMatchObject({ type: 'panic', message: 'checkout pear: unknown item' });
    expect(error.frames).toEqual([
      { file: 'cmd/panic-message/main.go', line: 13, function: 'main.(*Store).Checkout', inApp: true },
      { file: 'cmd/panic-message/main.go', line: 22, function: 'main.main', inApp: true },
    ]);
    expect(error.causes).toBeUndefined();
    // "exit status 2" from go run is not part of the report.
    expect(error.stack?.split('\n')).toHaveLength(7);
  });

  it('reads a runtime error, with an inlined frame that has no offset', () => {
    const { error, source } = only('index-out-of-range.log');
    expect(source.line).toBe(2);
    expect(error).toMatchObject({
      type: 'panic',
      message: 'runtime error: index out of range [5] with length 3',
    });
    expect(appFrames(error)).toEqual([
      'cmd/index-out-of-range/main.go:6 main.pick',
      'cmd/index-out-of-range/main.go:12 main.main',
    ]);
  });

  it('reads a recovered panic that panicked again: the last panic, caused by the first', () => {
    const { error, source } = only('recovered-repanic.log');
    expect(source.line).toBe(1);
    expect(error).toMatchObject({ type: 'panic', message: 'save failed: assignment to entry in nil map' });
    expect(error.causes).toEqual([{ type: 'panic', message: 'assignment to entry in nil map', frames: [] }]);
    expect(error.frames[1]).toEqual({
      file: '/usr/lib/go-1.19/src/runtime/panic.go',
      line: 884,
      function: 'panic',
      inApp: false,
    });
    expect(appFrames(error)).toEqual([
      'cmd/nil-map-recovered/main.go:10 main.save.func1',
      'cmd/nil-map-recovered/main.go:13 main.save',
      'cmd/nil-map-recovered/main.go:18 main.main',
    ]);
  });

  it('reads concurrent map writes with the crashing goroutine only, and takes the whole dump', () => {
    const { error, source } = only('concurrent-map-writes.log');
    expect(source.line).toBe(1);
    expect(error).toMatchObject({ type: 'fatal error', message: 'concurrent map writes' });
    expect(appFrames(error)).toEqual([
      'cmd/concurrent-map-writes/main.go:10 main.record',
      'cmd/concurrent-map-writes/main.go:21 main.main.func1',
    ]);
    expect(error.frames).toHaveLength(2);
    // Every other goroutine is in the report's text, up to go run's "exit status 2".
    const lines = read('concurrent-map-writes.log').trimEnd().split('\n');
    expect(lines.at(-1)).toBe('exit status 2');
    expect(error.stack).toBe(lines.slice(0, -1).join('\n'));
  });

  it('reads a deadlock', () => {
    const { error, source } = only('deadlock.log');
    expect(source.line).toBe(2);
    expect(error).toMatchObject({ type: 'fatal error', message: 'all goroutines are asleep - deadlock!' });
    expect(appFrames(error)).toEqual([
      'cmd/deadlock/main.go:6 main.waitForResult',
      'cmd/deadlock/main.go:12 main.main',
    ]);
  });

  it('reads a stack overflow: skips the runtime stack, keeps the frames bounded', () => {
    const { error, source } = only('stack-overflow.log');
    expect(source.line).toBe(3);
    expect(error).toMatchObject({ type: 'fatal error', message: 'stack overflow' });
    expect(error.frames.length).toBeLessThanOrEqual(MAX_GO_FRAMES);
    expect(error.frames[0]).toEqual({
      file: 'cmd/stack-overflow/main.go',
      line: 8,
      function: 'main.depth',
      inApp: true,
    });
    expect(error.frames.some((frame) => frame.function === 'runtime.morestack')).toBe(false);
  });

  it('reads a data race: the access that found it, and the previous access as its cause', () => {
    const { error, source } = only('data-race.log');
    expect(source.line).toBe(2);
    expect(error.type).toBe('data race');
    expect(error.message).toMatch(/^(?:Read|Write) at 0x[0-9a-f]+ by goroutine \d+$/);
    expect(appFrames(error)).toEqual([
      'cmd/data-race/main.go:10 main.(*Counter).Hit',
      'cmd/data-race/main.go:19 main.main.func1',
    ]);
    expect(error.causes).toHaveLength(1);
    expect(error.causes?.[0]).toMatchObject({
      type: 'data race',
      message: expect.stringMatching(/^Previous (?:read|write) at 0x[0-9a-f]+ by goroutine \d+$/),
    });
    expect(appFrames(error.causes?.[0])).toEqual([
      'cmd/data-race/main.go:10 main.(*Counter).Hit',
      'cmd/data-race/main.go:19 main.main.func1',
    ]);
    // The program's own output after the report is not part of it.
    expect(error.stack).not.toContain('hits:');
    expect(error.stack?.split('\n').at(-1)).toBe('==================');
  });

  it('reads a data race in go test -race', () => {
    const { error, source } = only('go-test-race.log');
    expect(source.line).toBe(3);
    expect(error.message).toMatch(/^(?:Read|Write) at 0x[0-9a-f]+ by goroutine \d+$/);
    expect(appFrames(error)).toEqual([
      'calc/calc.go:23 example.com/crash/calc.Total.func1',
      'calc/calc.go:26 example.com/crash/calc.Total.func2',
    ]);
    expect(appFrames(error.causes?.[0])).toEqual([
      'calc/calc.go:23 example.com/crash/calc.Total.func1',
      'calc/calc.go:26 example.com/crash/calc.Total.func2',
    ]);
  });

  it('reads a panic in go test, naming the failing test, plain and as a GitHub Actions log', () => {
    for (const [name, line] of [
      ['go-test-panic.log', 5],
      ['go-test-panic.gha.log', 7],
    ] as const) {
      const { error, source } = only(name);
      expect(source.line).toBe(line);
      expect(error).toMatchObject({ type: 'panic', message: 'runtime error: integer divide by zero' });
      // go test re-panics with the same value: no cause of its own.
      expect(error.causes).toBeUndefined();
      expect(appFrames(error)).toEqual([
        'calc/calc.go:13 example.com/crash/calc.Average',
        'calc/calc_test.go:12 example.com/crash/calc.TestAverageOfNone',
      ]);
      expect(error.frames.map((frame) => frame.function)).toEqual([
        'testing.tRunner.func1.2',
        'testing.tRunner.func1',
        'panic',
        'example.com/crash/calc.Average',
        'example.com/crash/calc.TestAverageOfNone',
        'testing.tRunner',
      ]);
      expect(error.stack?.split('\n')[0]).toBe('--- FAIL: TestAverageOfNone (0.00s)');
      expect(error.stack).not.toContain('FAIL\texample.com/crash/calc');
    }
  });

  it('gives the same result when the log comes in 7-byte chunks', () => {
    for (const name of [
      'recovered-repanic.log',
      'concurrent-map-writes.log',
      'data-race.log',
      'go-test-panic.gha.log',
    ]) {
      const bytes = Buffer.from(read(name));
      const scanner = new LogScanner([goDetector], { path: name, workspace: WORKSPACE });
      for (let at = 0; at < bytes.length; at += 7) scanner.write(bytes.subarray(at, at + 7));
      expect(scanner.end()).toEqual(scan(name));
    }
  });

  it('raises no alarm on clean logs: handled panics with printed stacks, look-alike lines, go vet', () => {
    for (const name of ['go-test-pass.log', 'go-vet-warnings.log']) {
      const text = readFileSync(`test/fixtures/logs/clean/${name}`, 'utf8');
      expect(scanLogText(text, [goDetector], { path: name, workspace: WORKSPACE })).toEqual([]);
    }
    expect(readFileSync('test/fixtures/logs/clean/go-test-pass.log', 'utf8')).toMatch(
      /^panic: false\nfatal error: none so far$/m,
    );
  });

  it('reports nothing for a panic line that no goroutine dump follows', () => {
    const log = 'panic: timeout must be positive\nusage: tool [flags]\n\nexit status 2\n';
    expect(scanLogText(log, [goDetector], { path: 'x.log', workspace: WORKSPACE })).toEqual([]);
  });
});

describe('go frames', () => {
  it('names functions without their arguments, receivers and closures included', () => {
    expect(goFunctionName('main.(*Store).Checkout(0x4ba8c8?, {0x49a8f0, 0x4})')).toBe(
      'main.(*Store).Checkout',
    );
    expect(goFunctionName('github.com/acme/x/pkg.Func.func1(...)')).toBe('github.com/acme/x/pkg.Func.func1');
    expect(goFunctionName('  main.main()')).toBe('main.main');
    expect(goFunctionName('created by main.main')).toBeUndefined();
    expect(goFunctionName('goroutine 1 [running]:')).toBeUndefined();
  });

  it('counts the runtime, testing, GOROOT and dependencies as library code', () => {
    expect(isGoInApp({ function: 'runtime.gopark', file: '/x/proc.go' })).toBe(false);
    expect(isGoInApp({ function: 'testing.tRunner', file: '/x/testing.go' })).toBe(false);
    expect(
      isGoInApp({ function: 'sync.(*WaitGroup).Wait', file: '/usr/local/go/src/sync/waitgroup.go' }),
    ).toBe(false);
    expect(
      isGoInApp({ function: 'fmt.Sprintf', file: '/opt/hostedtoolcache/go/1.22.1/x64/src/fmt/print.go' }),
    ).toBe(false);
    expect(
      isGoInApp({
        function: 'github.com/lib/pq.Open',
        file: '/home/r/go/pkg/mod/github.com/lib/pq@v1/conn.go',
      }),
    ).toBe(false);
    expect(isGoInApp({ function: 'main.main', file: '/w/app/vendor/x/y.go' }, '/w/app')).toBe(false);
    // A GOPATH checkout sits under ".../go/src/" like GOROOT: inside the workspace it is the app.
    const gopath = '/home/r/go/src/github.com/acme/app';
    expect(isGoInApp({ function: 'github.com/acme/app.Run', file: `${gopath}/run.go` }, gopath)).toBe(true);
  });
});
