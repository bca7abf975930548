import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FailureDraft, Summary } from '../../src/model.js';
import { junitParser } from '../../src/parsers/junit.js';
import { readChunks } from '../../src/sources/files.js';

// Reports written by the real tools (test/fixtures/junit-dialects/generate.sh), each beside the
// totals that tool printed. The projects ran from fixed folders, passed here as the workspace.
const dir = new URL('../fixtures/junit-dialects/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const number = (source: string, pattern: RegExp) => Number(pattern.exec(source)?.[1] ?? 0);

async function parse(name: string, project: string) {
  return junitParser.parse(readChunks(new URL(name, dir).pathname), {
    path: name,
    workspace: `/tmp/faultline-fixtures/junit-dialects/${project}`,
  });
}

function counts({ tests, passed, failed, skipped, flaky }: Summary) {
  return { tests, passed, failed, skipped, flaky };
}

function named(failures: FailureDraft[], name: string): FailureDraft {
  const failure = failures.find((each) => each.test?.name === name);
  if (!failure) throw new Error(`no failure named ${name}: ${failures.map((each) => each.test?.name)}`);
  return failure;
}

/** The testcase's own `time` attribute, as the tool wrote it, in milliseconds. */
function caseMs(report: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/>/g, '&gt;');
  return Math.round(
    Number(new RegExp(`name="${escaped}"[^>]*time="([\\d.]+)"`).exec(text(report))?.[1]) * 1000,
  );
}

const cartTypeError = {
  type: 'TypeError',
  message: "Cannot read properties of undefined (reading 'amount')",
};

describe('jest-junit, mocha-junit-reporter, Vitest and node:test', () => {
  it('jest-junit: totals, the file attribute and the app frame', async () => {
    const line = text('jest-junit.summary.txt');
    const { summary, failures } = await parse('jest-junit.xml', 'js');
    expect(counts(summary)).toEqual({
      tests: number(line, /(\d+) total/),
      passed: number(line, /(\d+) passed/),
      failed: number(line, /(\d+) failed/),
      skipped: number(line, /(\d+) skipped/),
      flaky: 0,
    });
    const gift = named(failures, 'cart totals a cart with a free gift');
    expect(gift.error).toMatchObject(cartTypeError);
    expect(gift.test?.file).toBe('test/cart.jest.test.js');
    expect(gift.error.frames.find((frame) => frame.inApp)).toMatchObject({ file: 'src/cart.js', line: 3 });
    expect(gift.durationMs).toBe(caseMs('jest-junit.xml', 'cart totals a cart with a free gift'));
    // jest-junit writes console output per file, not per test: it is no single test's output.
    expect(gift.output).toBeUndefined();
  });

  it('mocha-junit-reporter: totals, type and frames', async () => {
    const line = text('mocha-junit.summary.txt');
    const { summary, failures } = await parse('mocha-junit.xml', 'js');
    const [passed, pending, failing] = [/(\d+) passing/, /(\d+) pending/, /(\d+) failing/].map((re) =>
      number(line, re),
    );
    expect(counts(summary)).toEqual({
      tests: (passed ?? 0) + (pending ?? 0) + (failing ?? 0),
      passed,
      failed: failing,
      skipped: pending,
      flaky: 0,
    });
    expect(named(failures, 'cart totals a cart with a free gift').error.frames[0]).toEqual({
      file: 'src/cart.js',
      line: 3,
      column: 21,
      function: 'lineTotal',
      inApp: true,
    });
    expect(named(failures, 'cart applies a large discount').error).toMatchObject({ type: 'AssertionError' });
  });

  it('Vitest: per-test output, cut to its head and tail when long', async () => {
    const line = text('vitest-junit.summary.txt');
    const { summary, failures } = await parse('vitest-junit.xml', 'js');
    expect(counts(summary)).toEqual({
      tests: number(line, /\((\d+)\)/),
      passed: number(line, /(\d+) passed/),
      failed: number(line, /(\d+) failed/),
      skipped: number(line, /(\d+) skipped/),
      flaky: 0,
    });
    const gift = named(failures, 'cart > totals a cart with a free gift');
    expect(gift.error).toMatchObject(cartTypeError);
    expect(gift.output).toEqual({ stdout: 'checking cart c-42', stderr: 'warning: price list is stale' });
    const audit = named(failures, 'cart > applies a large discount');
    expect(audit.output?.truncated).toBe(true);
    expect(audit.output?.stdout).toMatch(/^audit 00001: price list checked\n/);
    expect(audit.output?.stdout).toMatch(/\n… \[\d+ bytes cut\] …\n/);
    expect(audit.output?.stdout).toMatch(/audit 00400: price list checked$/);
    expect(Buffer.byteLength(audit.output?.stdout ?? '')).toBeLessThanOrEqual(8192);
  });

  it.each([
    ['node20-junit.xml', undefined],
    ['node24-junit.xml', 'test/cart.node.test.js'],
  ])(
    'node:test %s: totals, the real error inside ERR_TEST_FAILURE, and the file Node 24 adds',
    async (name, file) => {
      const line = text(name.replace('.xml', '.summary.txt'));
      const { summary, failures } = await parse(name, 'js');
      expect(counts(summary)).toEqual({
        tests: number(line, /ℹ tests (\d+)/),
        passed: number(line, /ℹ pass (\d+)/),
        failed: number(line, /ℹ fail (\d+)/),
        skipped: number(line, /ℹ skipped (\d+)/) + number(line, /ℹ todo (\d+)/),
        flaky: 0,
      });
      const gift = named(failures, 'totals a cart with a free gift');
      expect(gift.error).toMatchObject(cartTypeError);
      expect(gift.error.frames[0]).toMatchObject({ file: 'src/cart.js', line: 3, function: 'lineTotal' });
      expect(gift.test?.file).toBe(file);
    },
  );
});

describe('pytest --junitxml', () => {
  const source = readFileSync(new URL('projects/python/tests/test_inventory.py', dir), 'utf8').split('\n');
  const lineOf = (needle: string) => source.findIndex((each) => each.includes(needle)) + 1;

  it.each(['xunit1', 'xunit2'])(
    '%s: error-in-fixture is failed, xfail skipped, xpass passed',
    async (family) => {
      const line = text(`pytest-${family}.summary.txt`);
      const { summary, failures } = await parse(`pytest-${family}.xml`, 'python');
      const passed = number(line, /(\d+) passed/) + number(line, /(\d+) xpassed/);
      const failed = number(line, /(\d+) failed/) + number(line, /(\d+) error/);
      const skipped = number(line, /(\d+) skipped/) + number(line, /(\d+) xfailed/);
      expect(counts(summary)).toEqual({
        tests: passed + failed + skipped,
        passed,
        failed,
        skipped,
        flaky: 0,
      });
      expect(named(failures, 'test_uses_warehouse').error).toMatchObject({
        type: 'ConnectionError',
        message: 'failed on setup with "ConnectionError: cannot reach db://warehouse:5432"',
      });
      const kiwi = named(failures, 'test_reserve_unknown_fruit');
      expect(kiwi.error).toMatchObject({ type: 'KeyError', message: "'kiwi'" });
      expect(kiwi.error.frames.map((frame) => `${frame.file}:${frame.line}`)).toEqual([
        'inventory.py:6',
        `tests/test_inventory.py:${lineOf('assert reserve("kiwi", 1)')}`,
      ]);
      expect(kiwi.output?.stdout).toContain('reserving kiwi for order 42');
      expect(kiwi.output?.stderr).toContain('stock service is slow');
      const restock = named(failures, 'test_restock').output;
      expect(restock?.truncated).toBe(true);
      expect(restock?.stdout).toContain('audit 00001: stock level checked');
      expect(restock?.stdout).toMatch(/audit 00400: stock level checked$/);
    },
  );

  it('xunit1: the test location from its 0-based line attribute, made 1-based', async () => {
    const { failures } = await parse('pytest-xunit1.xml', 'python');
    expect(named(failures, 'test_reserve_unknown_fruit').test).toMatchObject({
      classname: 'tests.test_inventory',
      file: 'tests/test_inventory.py',
      line: lineOf('def test_reserve_unknown_fruit'),
    });
  });

  it('xunit2: no file or line attributes, so the test location comes from the traceback', async () => {
    const { failures } = await parse('pytest-xunit2.xml', 'python');
    expect(named(failures, 'test_reserve_pears[20]').test).toMatchObject({
      file: 'tests/test_inventory.py',
      line: lineOf('assert reserve("pears", count)'),
    });
    // The fixture's frame, in the module the classname names, when the test's own is not there.
    expect(named(failures, 'test_uses_warehouse').test).toMatchObject({
      file: 'tests/test_inventory.py',
      line: lineOf('return connect('),
    });
  });
});

describe('gotestsum --junitfile --rerun-fails', () => {
  it('counts each test once: failed every run, or passed and flaky', async () => {
    const lines = text('gotestsum-rerun.summary.txt').split('\n');
    // "FAIL cart.TestDiscounts/large (re-run 1) (0.00s)": one verdict per test per run.
    const verdicts = new Map<string, string[]>();
    for (const line of lines) {
      const match = /^(PASS|FAIL) (\w+)\.(\S+)(?: \(re-run \d+\))? \(/.exec(line);
      if (match)
        verdicts.set(`${match[2]}.${match[3]}`, [
          ...(verdicts.get(`${match[2]}.${match[3]}`) ?? []),
          match[1] ?? '',
        ]);
    }
    const skipped = number(lines.find((line) => line.startsWith('DONE')) ?? '', /(\d+) skipped/);
    const runs = [...verdicts.values()];
    const { summary, failures } = await parse('gotestsum-rerun.xml', 'go');
    expect(counts(summary)).toEqual({
      tests: verdicts.size + skipped,
      passed: runs.filter((each) => each.at(-1) === 'PASS').length,
      failed: runs.filter((each) => each.at(-1) === 'FAIL').length,
      skipped,
      flaky: runs.filter((each) => each.includes('FAIL') && each.at(-1) === 'PASS').length,
    });
    // The parent TestDiscounts failed only through its subtest, so only the subtest is listed.
    expect(failures.map((each) => [each.test?.name, each.flaky])).toEqual([
      ['TestDiscounts/large', false],
      ['TestCacheIsWarm', true],
    ]);
    expect(failures[1]?.error.message).toBe('Warm: cache was cold');
    expect(failures[1]?.test).toMatchObject({
      classname: 'example.com/shop/flaky',
      file: 'flaky_test.go',
      line: 10,
    });
  });
});
