import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import type { FailureDraft, Summary } from '../../src/model.js';
import { junitParser } from '../../src/parsers/junit.js';
import { readChunks } from '../../src/sources/files.js';

// PHPUnit, CTest and Catch2 reports from the real tools (generate.sh), and the reports of tools
// that cannot run here (nextest, Bazel, Android, Failsafe), written by hand from their formats
// (README.md in the fixture folder says which is which).
const dir = new URL('../fixtures/junit-dialects/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const number = (source: string, pattern: RegExp) => Number(pattern.exec(source)?.[1] ?? 0);

async function parse(name: string, project = 'none') {
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

describe('PHPUnit --log-junit', () => {
  it('reads nested suites and data providers, and drops the test id PHPUnit puts first', async () => {
    const line = text('phpunit.summary.txt');
    const { summary, failures } = await parse('phpunit.xml', 'php');
    const tests = number(line, /Tests: (\d+)/);
    const failed = number(line, /Errors: (\d+)/) + number(line, /Failures: (\d+)/);
    const skipped = number(line, /Skipped: (\d+)/);
    expect(counts(summary)).toEqual({ tests, passed: tests - failed - skipped, failed, skipped, flaky: 0 });
    const gift = named(failures, 'testGiftLine');
    expect(gift.error).toMatchObject({ type: 'InvalidArgumentException', message: 'line has no price' });
    expect(gift.error.frames.map((frame) => `${frame.file}:${frame.line}`)).toEqual([
      'src/Cart.php:17',
      'tests/CartTest.php:14',
    ]);
    expect(gift.test).toMatchObject({ suite: 'CartTest', file: 'tests/CartTest.php', line: 11 });
    expect(gift.output).toEqual({ stdout: 'checking cart c-42' });
    const large = named(failures, 'testDiscount with data set "large"');
    expect(large.test?.suite).toBe('CartTest::testDiscount');
    expect(large.error).toMatchObject({
      type: 'PHPUnit\\Framework\\ExpectationFailedException',
      message: 'Failed asserting that 100 is identical to 40.',
    });
  });
});

describe('CTest --output-junit and Catch2 -r junit', () => {
  it('CTest: a bare <testsuite> root; disabled tests are skipped; the cause is in the output', async () => {
    const line = text('ctest-junit.summary.txt');
    const { summary, failures } = await parse('ctest-junit.xml', 'cpp');
    const notRun = line.split('\n').filter((each) => /Not Run/.test(each)).length;
    const ran = number(line, /out of (\d+)/);
    const failed = number(line, /(\d+) tests failed/);
    expect(counts(summary)).toEqual({
      tests: ran + notRun,
      passed: ran - failed,
      failed,
      skipped: notRun,
      flaky: 0,
    });
    const discounts = named(failures, 'discounts');
    expect(discounts.error.message).toBe('CHECK( apply_discount(100, 60) == 40 )');
    expect(discounts.error.frames).toEqual([{ file: 'cart_tests.cpp', line: 16, inApp: true }]);
    expect(discounts.output?.stdout).toContain('checking discount for cart c-42');
  });

  it('Catch2: one test case per leaf section; the assertion and its location', async () => {
    const line = text('catch2-junit.summary.txt');
    const { summary, failures } = await parse('catch2-junit.xml', 'cpp');
    // Catch2 counts test cases, its JUnit reporter writes one <testcase> per leaf section.
    expect(summary.failed).toBe(number(line, /(\d+) failed/));
    expect(summary.tests).toBe(number(text('catch2-junit.xml'), /<testsuite [^>]*tests="(\d+)"/));
    const large = named(failures, 'applies discounts/large');
    expect(large.error).toMatchObject({ type: 'CHECK', message: 'apply_discount(100, 60) == 40' });
    expect(large.error.frames).toEqual([{ file: 'cart_tests.cpp', line: 16, inApp: true }]);
    expect(large.output).toEqual({ stdout: 'checking discount for cart c-42' });
    // The suite's output mixes every test's, so it is not given to a test that printed nothing.
    expect(named(failures, 'totals a gift line').output).toBeUndefined();
  });
});

describe('hand-written reports of tools that cannot run here', () => {
  it('cargo-nextest: rerunFailure and flakyFailure, thousands separators in time, the panic', async () => {
    const line = text('nextest-retries.summary.txt');
    const { summary, failures } = await parse('nextest-retries.xml');
    const run = number(line, /(\d+) tests run/);
    const skipped = number(line, /(\d+) skipped/);
    expect(counts(summary)).toEqual({
      tests: run + skipped,
      passed: number(line, /(\d+) passed/),
      failed: number(line, /(\d+) failed/),
      skipped,
      flaky: number(line, /\((\d+) flaky\)/),
    });
    expect(summary.durationMs).toBe(1_204_512);
    const discount = named(failures, 'cart::tests::applies_large_discount');
    expect(discount).toMatchObject({ flaky: false, durationMs: 1_200_250 });
    expect(discount.error).toMatchObject({
      type: 'panic',
      message: 'assertion `left == right` failed: discount ignored',
    });
    expect(discount.error.frames).toEqual([{ file: 'src/cart.rs', line: 42, column: 9, inApp: true }]);
    // The test's own output, not the rerun's.
    expect(discount.output?.stdout).toContain('checking discount for cart c-42');
    const prices = named(failures, 'cart::tests::loads_prices');
    expect(prices.flaky).toBe(true);
    expect(prices.output?.stderr).toContain('Timeout');
  });

  it('Bazel test.xml: the log in the suite-level system-out explains the failure', async () => {
    const { summary, failures } = await parse('bazel-test.xml');
    expect(counts(summary)).toEqual({ tests: 1, passed: 0, failed: 1, skipped: 0, flaky: 0 });
    const [target] = failures;
    expect(target?.error).toMatchObject({
      type: 'ModuleNotFoundError',
      message: "No module named 'warehouse_client'",
    });
    expect(target?.error.frames[0]?.file).toMatch(/_main\/shop\/inventory_test\.py$/);
    expect(target?.output?.stdout).toContain('Executing tests from //shop:inventory_test');
    expect(target?.output?.stderr).toBe('Generated test.err');
    expect(target?.durationMs).toBe(3000);
  });

  it('Android instrumented tests: a bare suite with device properties and message-less failures', async () => {
    const report = text('android-instrumented.xml');
    const { summary, failures } = await parse('android-instrumented.xml');
    expect(counts(summary)).toEqual({
      tests: number(report, /tests="(\d+)"/),
      passed:
        number(report, /tests="(\d+)"/) -
        number(report, /failures="(\d+)"/) -
        number(report, /skipped="(\d+)"/),
      failed: number(report, /failures="(\d+)"/),
      skipped: number(report, /skipped="(\d+)"/),
      flaky: 0,
    });
    expect(failures[0]?.error).toMatchObject({
      type: 'java.lang.AssertionError',
      message: 'expected:<40> but was:<100>',
    });
    expect(failures[0]?.error.frames.find((frame) => frame.inApp)?.function).toBe(
      'com.acme.shop.CartInstrumentedTest.showsDiscountBanner',
    );
  });

  it('go-junit-report: the bare go test output in <failure message="Failed">', async () => {
    const report = text('go-junit-report.xml');
    const { summary, failures } = await parse('go-junit-report.xml');
    expect(counts(summary)).toEqual({
      tests: number(report, /<testsuites tests="(\d+)"/),
      passed: 2,
      failed: number(report, /<testsuites [^>]*failures="(\d+)"/),
      skipped: number(report, /<testsuites [^>]*skipped="(\d+)"/),
      flaky: 0,
    });
    expect(failures[0]?.error).toMatchObject({ message: 'ApplyDiscount(100, 60) = 100, want 40' });
    expect(failures[0]?.test).toMatchObject({ name: 'TestDiscounts/large', file: 'cart_test.go', line: 22 });
    expect(failures[0]?.durationMs).toBe(101);
  });

  it('Failsafe: flakyError and flakyFailure pass; rerunError fails once; each keeps its own output', async () => {
    const line = text('failsafe-reruns.summary.txt');
    const { summary, failures } = await parse('failsafe-reruns.xml');
    const tests = number(line, /Tests run: (\d+)/);
    const failed = number(line, /Failures: (\d+)/) + number(line, /Errors: (\d+)/);
    expect(counts(summary)).toEqual({
      tests,
      passed: tests - failed,
      failed,
      skipped: number(line, /Skipped: (\d+)/),
      flaky: number(line, /Flakes: (\d+)/),
    });
    expect(failures.map((each) => [each.test?.name, each.flaky])).toEqual([
      ['placesOrder', true],
      ['cancelsOrder', false],
      ['refundsOrder', true],
    ]);
    expect(named(failures, 'placesOrder').output).toEqual({
      stdout: 'connecting to payments at 127.0.0.1:8443',
      stderr: 'payments not ready',
    });
    expect(named(failures, 'cancelsOrder').output).toEqual({ stdout: 'cancelling order 7731' });
    expect(named(failures, 'cancelsOrder').error.message).toBe('Order 7731 is locked');
  });
});

describe('roots', () => {
  it('refuses several reports concatenated into one file, saying where and why', async () => {
    const report = text('concatenated-roots.xml').split('\n');
    const second = report.findIndex((each, index) => index > 0 && each.includes('<?xml')) + 1;
    const error = await parse('concatenated-roots.xml').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ path: 'concatenated-roots.xml', line: second });
    expect((error as ParseError).message).toMatch(/several reports in one file.*each report as its own file/);
  });
});
