import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import type { Summary } from '../../src/model.js';
import { junitParser } from '../../src/parsers/junit.js';
import { readChunks } from '../../src/sources/files.js';

const examples = new URL('../../examples/reports/', import.meta.url);
const fixtures = new URL('../fixtures/junit/', import.meta.url);

async function parse(url: URL, path = url.pathname) {
  return junitParser.parse(readChunks(url.pathname), {
    path,
    workspace: '/tmp/faultline-examples/work/shop',
  });
}

function counts(summary: Summary) {
  const { tests, passed, failed, skipped } = summary;
  return { tests, passed, failed, skipped };
}

function number(text: string, pattern: RegExp): number {
  return Number(pattern.exec(text)?.[1] ?? 0);
}

// Each example report sits beside the closing totals its own tool printed (examples/generate.sh).
describe('junit: counts match what the framework itself reported', () => {
  it('node:test', async () => {
    const line = readFileSync(new URL('node-test-junit.summary.txt', examples), 'utf8');
    const { summary } = await parse(new URL('node-test-junit.xml', examples));
    expect(counts(summary)).toEqual({
      tests: number(line, /ℹ tests (\d+)/),
      passed: number(line, /ℹ pass (\d+)/),
      failed: number(line, /ℹ fail (\d+)/),
      skipped: number(line, /ℹ skipped (\d+)/) + number(line, /ℹ todo (\d+)/),
    });
  });

  it('vitest', async () => {
    const line = readFileSync(new URL('vitest-junit.summary.txt', examples), 'utf8');
    const { summary } = await parse(new URL('vitest-junit.xml', examples));
    expect(counts(summary)).toEqual({
      tests: number(line, /\((\d+)\)/),
      passed: number(line, /(\d+) passed/),
      failed: number(line, /(\d+) failed/),
      skipped: number(line, /(\d+) skipped/) + number(line, /(\d+) todo/),
    });
  });

  it('pytest, where skip and xfail are both skipped', async () => {
    const line = readFileSync(new URL('pytest-junit.summary.txt', examples), 'utf8');
    const { summary } = await parse(new URL('pytest-junit.xml', examples));
    const passed = number(line, /(\d+) passed/);
    const failed = number(line, /(\d+) failed/);
    const skipped = number(line, /(\d+) skipped/) + number(line, /(\d+) xfailed/);
    expect(counts(summary)).toEqual({ tests: passed + failed + skipped, passed, failed, skipped });
  });
});

describe('junit: failure details', () => {
  it('reads vitest type, message, frames and the testcase line', async () => {
    const { failures } = await parse(new URL('vitest-junit.xml', examples), 'reports/vitest-junit.xml');
    const typeError = failures.find((failure) => failure.error.type === 'TypeError');
    expect(typeError).toMatchObject({
      kind: 'test',
      flaky: false,
      test: {
        suite: 'test/discount.test.mjs',
        classname: 'test/discount.test.mjs',
        name: 'discounts > discounts a cart with a gift line',
      },
      error: { message: "Cannot read properties of undefined (reading 'amount')" },
      source: { path: 'reports/vitest-junit.xml', line: 19 },
    });
    expect(typeError?.error.frames[0]).toEqual({
      file: 'src/cart.mjs',
      line: 3,
      column: 21,
      function: 'lineTotal',
      inApp: true,
    });
  });

  it('finds the real error type inside node:test ERR_TEST_FAILURE wrappers', async () => {
    const { failures } = await parse(new URL('node-test-junit.xml', examples));
    expect(failures.map((failure) => failure.error.type)).toEqual(['TypeError', 'AssertionError']);
    const frame = failures[0]?.error.frames[0];
    expect(frame).toMatchObject({ file: 'src/cart.mjs', line: 3, function: 'lineTotal', inApp: true });
    expect(failures[0]?.error.frames.some((f) => f.file?.startsWith('node:') && !f.inApp)).toBe(true);
  });

  it('takes the pytest type from the traceback and orders Python frames innermost first', async () => {
    const { failures } = await parse(new URL('pytest-junit.xml', examples));
    expect(failures[0]?.error).toMatchObject({ type: 'KeyError', message: "'kiwi'" });
    expect(failures[0]?.error.frames.map((frame) => `${frame.file}:${frame.line}`)).toEqual([
      'inventory.py:7',
      'test_inventory.py:11',
    ]);
  });

  it('counts a Surefire flaky test as passed and flaky, and a rerun failure once', async () => {
    const { summary, failures } = await parse(new URL('surefire-flaky.xml', fixtures));
    expect(summary).toEqual({ tests: 3, passed: 2, failed: 1, skipped: 0, flaky: 1, durationMs: 1500 });
    expect(failures.map((failure) => [failure.test?.name, failure.flaky])).toEqual([
      ['chargesCard', true],
      ['refunds', false],
    ]);
    expect(failures[0]?.error).toMatchObject({
      type: 'org.opentest4j.AssertionFailedError',
      message: 'expected: <200> but was: <503>',
    });
    expect(failures[1]?.error.frames.map((frame) => [frame.function, frame.inApp])).toEqual([
      ['com.acme.Refunds.issue', true],
      ['com.acme.PaymentTest.refunds', true],
      ['java.util.ArrayList.forEach', false],
    ]);
  });

  it('keeps multi-byte characters whole across chunk boundaries', async () => {
    const xml =
      '<testsuite name="ü"><testcase name="größe ✓"><failure message="naïve €"/></testcase></testsuite>';
    const bytes = Buffer.from(xml);
    const chunks = Readable.from([
      bytes.subarray(0, 33),
      bytes.subarray(33, 47),
      bytes.subarray(47),
    ]).setEncoding('utf8');
    const { failures } = await junitParser.parse(chunks, { path: 'mem.xml', workspace: '/' });
    expect(failures[0]?.test?.name).toBe('größe ✓');
    expect(failures[0]?.error.message).toBe('naïve €');
  });
});

describe('junit: bad and hostile input', () => {
  async function parseError(name: string): Promise<ParseError> {
    const error = await parse(new URL(name, fixtures), name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }

  it('names the line and column of a truncated report', async () => {
    const error = await parseError('malformed.xml');
    expect(error.path).toBe('malformed.xml');
    expect(error.line).toBe(6);
    expect(error.column).toBeGreaterThan(0);
  });

  it('refuses entity expansion, external entities and deep nesting', async () => {
    expect((await parseError('hostile-billion-laughs.xml')).message).toMatch(/DOCTYPE/);
    expect((await parseError('hostile-xxe.xml')).message).toMatch(/DOCTYPE/);
    expect((await parseError('hostile-deep.xml')).message).toMatch(/nest deeper than 256/);
  });

  it('refuses a document whose root is not a test suite', async () => {
    const chunks = Readable.from(['<project><testcase/></project>']);
    await expect(junitParser.parse(chunks, { path: 'pom.xml', workspace: '/' })).rejects.toThrow(
      /expected <testsuites>/,
    );
  });

  it('sniffs JUnit roots and nothing else', () => {
    expect(junitParser.sniff('<?xml version="1.0"?>\n<!-- x -->\n<testsuites name="a">')).toBe(true);
    expect(junitParser.sniff('<testsuite>')).toBe(true);
    expect(junitParser.sniff('<project xmlns="http://maven.apache.org/POM/4.0.0">')).toBe(false);
    expect(junitParser.sniff('{"testsuites": []}')).toBe(false);
  });
});
