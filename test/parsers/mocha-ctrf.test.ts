import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { ctrfParser } from '../../src/parsers/ctrf.js';
import { jestJsonParser } from '../../src/parsers/jest-json.js';
import { boundedStream, MAX_OUTPUT_BYTES } from '../../src/parsers/json-document-output.js';
import { mochaJsonParser } from '../../src/parsers/mocha-json.js';
import type { ReportParser } from '../../src/parsers/parser.js';
import { readChunks } from '../../src/sources/files.js';

const mochaFixtures = new URL('../fixtures/mocha/', import.meta.url);
const ctrfFixtures = new URL('../fixtures/ctrf/', import.meta.url);
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
// Where each generate.sh ran the tool: the workspace of the run that wrote the report.
const workspaces = {
  mocha: '/tmp/faultline-fixtures/mocha/project',
  mochaCtrf: '/tmp/faultline-fixtures/ctrf/mocha-project',
  jestCtrf: '/tmp/faultline-fixtures/ctrf/jest-project',
};

function parseFixture(parser: ReportParser, folder: URL, name: string, workspace: string) {
  return parser.parse(readChunks(new URL(name, folder).pathname), { path: name, workspace });
}

function parseText(parser: ReportParser, text: string | string[]) {
  return parser.parse(Readable.from(Array.isArray(text) ? text : [text]), {
    path: 'report.json',
    workspace: '/w',
  });
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );

describe('mocha JSON', () => {
  it('counts what mocha counted: its stats and its printed totals, a failing hook as one more test', async () => {
    const stats = JSON.parse(readFileSync(new URL('mocha.json', mochaFixtures), 'utf8')).stats;
    const totals = readFileSync(new URL('mocha.summary.txt', mochaFixtures), 'utf8');
    const { summary, failures } = await parseFixture(
      mochaJsonParser,
      mochaFixtures,
      'mocha.json',
      workspaces.mocha,
    );
    const hooks = failures.filter((failure) => failure.test?.name.includes('" hook')).length;
    expect(hooks).toBe(1);
    expect(summary).toEqual({
      tests: stats.tests + hooks,
      passed: stats.passes,
      failed: stats.failures,
      skipped: stats.pending,
      flaky: 1,
      durationMs: stats.duration,
    });
    expect(summary).toMatchObject({
      passed: number(totals, /(\d+) passing/),
      failed: number(totals, /(\d+) failing/),
      skipped: number(totals, /(\d+) pending/),
    });
  });

  it('reads each failure with its suite, test, file, type, message and frames', async () => {
    const { failures } = await parseFixture(mochaJsonParser, mochaFixtures, 'mocha.json', workspaces.mocha);
    expect(
      failures.map((failure) => [
        failure.flaky,
        failure.test?.suite,
        failure.test?.name,
        failure.test?.file,
        failure.error.type,
        failure.error.message,
      ]),
    ).toEqual([
      [
        false,
        'cart',
        'summarizes each line with its quantity',
        'test/cart.spec.mjs',
        'AssertionError',
        'Expected values to be strictly deep-equal:',
      ],
      [
        false,
        'cart',
        'totals a cart with a gift line',
        'test/cart.spec.mjs',
        'TypeError',
        "Cannot read properties of undefined (reading 'amount')",
      ],
      [
        false,
        'payments',
        '"before all" hook for "charges a card"',
        'test/payment.spec.mjs',
        'Error',
        'payment gateway unreachable at http://localhost:9999',
      ],
      [
        true,
        'checkout',
        'reserves stock, which times out once',
        'test/cart.spec.mjs',
        undefined,
        'passed after 1 retry',
      ],
    ]);
    // Each failure keeps how long mocha says it ran.
    const listed = JSON.parse(readFileSync(new URL('mocha.json', mochaFixtures), 'utf8')).failures;
    expect(failures.slice(0, 3).map((failure) => failure.durationMs)).toEqual(
      listed.map((test: { duration?: number }) => test.duration),
    );
    const [assertion, typeError, hook, flaky] = failures;
    // The assertion's diff stays in the stack; its frame is the test's own line.
    expect(assertion?.error.stack).toContain('-       quantity: 2,');
    expect(assertion?.error.frames[0]).toMatchObject({ file: 'test/cart.spec.mjs', line: 11, inApp: true });
    // The TypeError was raised in app code: the innermost frames are the module's.
    expect(typeError?.error.frames.slice(0, 2)).toEqual([
      { file: 'src/cart.mjs', line: 3, column: 21, function: 'lineTotal', inApp: true },
      { file: 'src/cart.mjs', line: 7, column: 44, inApp: true },
    ]);
    expect(typeError?.error.frames.find((frame) => frame.function === 'cartTotal')).toMatchObject({
      file: 'src/cart.mjs',
      line: 7,
    });
    // The hook failed in the gateway module, called from the hook in the test file.
    expect(hook?.error.frames.slice(0, 2)).toMatchObject([
      { file: 'src/gateway.mjs', line: 3, function: 'connect', inApp: true },
      { file: 'test/payment.spec.mjs', line: 8, inApp: true },
    ]);
    expect(hook?.source).toEqual({ path: 'mocha.json' });
    // mocha keeps nothing of the failed attempt: no stack, no frames.
    expect(flaky?.error).toEqual({ message: 'passed after 1 retry', frames: [] });
    for (const failure of failures) expect(failure.kind).toBe('test');
  });

  it('reads a test that failed on every retry as failed, and says how many retries a flaky pass took', async () => {
    const report = {
      stats: { suites: 1, tests: 2, passes: 1, pending: 0, failures: 1, duration: 12.4 },
      tests: [],
      pending: [],
      failures: [
        {
          title: 'always fails',
          fullTitle: 'api always fails',
          file: '/w/test/api.spec.js',
          currentRetry: 3,
          err: {
            message: 'boom',
            stack: 'Error: boom\n    at Context.<anonymous> (/w/test/api.spec.js:4:11)',
          },
        },
      ],
      passes: [{ title: 'sometimes fails', fullTitle: 'api sometimes fails', currentRetry: 2, err: {} }],
    };
    const { summary, failures } = await parseText(mochaJsonParser, JSON.stringify(report));
    expect(summary).toEqual({ tests: 2, passed: 1, failed: 1, skipped: 0, flaky: 1, durationMs: 12 });
    expect(failures.map((failure) => [failure.flaky, failure.test?.name, failure.error.message])).toEqual([
      [false, 'always fails', 'boom'],
      [true, 'sometimes fails', 'passed after 2 retries'],
    ]);
    expect(failures[0]?.error.frames[0]).toMatchObject({ file: 'test/api.spec.js', line: 4 });
  });

  it('names the line and column of broken JSON, and refuses JSON that is not a mocha report', async () => {
    const broken = await rejection(
      parseText(mochaJsonParser, ['{"stats": {"passes": 1},\n "tests": [\n', '  {oops}]}']),
    );
    expect(broken).toBeInstanceOf(ParseError);
    expect(broken).toMatchObject({ path: 'report.json', line: 3, column: 4 });
    const truncated = await rejection(parseText(mochaJsonParser, '{"stats": {"passes": 1},\n "tests": ['));
    expect(truncated).toMatchObject({ line: 2, column: 12 });
    expect(String(truncated)).toMatch(/^report\.json:2:12: invalid JSON/);
    const other = await rejection(parseText(mochaJsonParser, '{"numTotalTests": 1, "testResults": []}'));
    expect(other).toBeInstanceOf(ParseError);
    expect((other as ParseError).message).toMatch(/not a mocha JSON report/);
  });
});

describe('CTRF', () => {
  it('counts what mocha-ctrf-json-reporter counted, which is what mocha printed', async () => {
    const reported = JSON.parse(readFileSync(new URL('mocha-ctrf.json', ctrfFixtures), 'utf8')).results
      .summary;
    const totals = readFileSync(new URL('mocha-ctrf.summary.txt', ctrfFixtures), 'utf8');
    const { summary } = await parseFixture(ctrfParser, ctrfFixtures, 'mocha-ctrf.json', workspaces.mochaCtrf);
    expect(summary).toEqual({
      tests: reported.tests,
      passed: reported.passed,
      failed: reported.failed,
      skipped: reported.skipped + reported.pending + reported.other,
      flaky: 1,
      durationMs: reported.stop - reported.start,
    });
    expect(summary).toMatchObject({
      passed: number(totals, /(\d+) passing/),
      failed: number(totals, /(\d+) failing/),
      skipped: number(totals, /(\d+) pending/),
    });
  });

  it('reads the same failures from mocha-ctrf-json-reporter as from mocha JSON', async () => {
    const { failures } = await parseFixture(
      ctrfParser,
      ctrfFixtures,
      'mocha-ctrf.json',
      workspaces.mochaCtrf,
    );
    expect(
      failures.map((failure) => [
        failure.flaky,
        failure.test?.name,
        failure.test?.file,
        failure.error.type,
        failure.error.message,
      ]),
    ).toEqual([
      [
        false,
        'cart summarizes each line with its quantity',
        'test/cart.spec.mjs',
        'AssertionError',
        'Expected values to be strictly deep-equal:',
      ],
      [
        false,
        'cart totals a cart with a gift line',
        'test/cart.spec.mjs',
        'TypeError',
        "Cannot read properties of undefined (reading 'amount')",
      ],
      [
        true,
        'checkout reserves stock, which times out once',
        'test/cart.spec.mjs',
        undefined,
        'passed after 1 retry',
      ],
      [
        false,
        'payments "before all" hook for "charges a card"',
        'test/payment.spec.mjs',
        'Error',
        'payment gateway unreachable at http://localhost:9999',
      ],
    ]);
    const mocha = await parseFixture(mochaJsonParser, mochaFixtures, 'mocha.json', workspaces.mocha);
    const byMessage = (message: string) =>
      mocha.failures.find((failure) => failure.error.message === message)?.error.frames;
    for (const failure of failures.filter((candidate) => !candidate.flaky))
      expect(failure.error.frames).toEqual(byMessage(failure.error.message));
    expect(failures[1]?.error.frames[0]).toMatchObject({
      file: 'src/cart.mjs',
      line: 3,
      function: 'lineTotal',
    });
  });

  it('counts what jest-ctrf-json-reporter and jest counted: pending and todo (other) are skipped', async () => {
    const reported = JSON.parse(readFileSync(new URL('jest-ctrf.json', ctrfFixtures), 'utf8')).results
      .summary;
    const totals = readFileSync(new URL('jest-ctrf.summary.txt', ctrfFixtures), 'utf8');
    const { summary } = await parseFixture(ctrfParser, ctrfFixtures, 'jest-ctrf.json', workspaces.jestCtrf);
    expect(reported.other).toBe(1);
    expect(summary).toEqual({
      tests: reported.tests,
      passed: reported.passed,
      failed: reported.failed,
      skipped: reported.skipped + reported.pending + reported.other,
      flaky: 1,
      durationMs: reported.stop - reported.start,
    });
    expect(summary).toMatchObject({
      tests: number(totals, /(\d+) total/),
      passed: number(totals, /(\d+) passed/),
      failed: number(totals, /(\d+) failed/),
      skipped: number(totals, /(\d+) skipped/) + number(totals, /(\d+) todo/),
    });
  });

  it('reads jest-ctrf-json-reporter failures: the header from message, the frames from trace', async () => {
    const { failures } = await parseFixture(ctrfParser, ctrfFixtures, 'jest-ctrf.json', workspaces.jestCtrf);
    expect(
      failures.map((failure) => [
        failure.flaky,
        failure.test?.suite,
        failure.test?.name,
        failure.test?.file,
        failure.error.type,
        failure.error.message,
      ]),
    ).toEqual([
      [
        false,
        'inventory.test.js > inventory',
        'inventory snapshots reserved units',
        'test/inventory.test.js',
        undefined,
        'assert.deepStrictEqual(received, expected)',
      ],
      [
        false,
        'inventory.test.js > inventory',
        'inventory rejects an unknown SKU',
        'test/inventory.test.js',
        'Error',
        'expect(received).toThrow(expected)',
      ],
      [
        false,
        'inventory.test.js > inventory',
        'inventory reserves a missing SKU',
        'test/inventory.test.js',
        'TypeError',
        "Cannot read properties of undefined (reading 'reserved')",
      ],
      [
        true,
        'inventory.test.js > restock',
        'restock orders from the supplier, which times out once',
        'test/inventory.test.js',
        undefined,
        'passed after 1 retry',
      ],
      // jest fails every test of a block whose beforeAll failed.
      [
        false,
        'warehouse.test.js > warehouse',
        'warehouse lists bins',
        'test/warehouse.test.js',
        'Error',
        'warehouse unreachable at warehouse.internal:7000',
      ],
      [
        false,
        'warehouse.test.js > warehouse',
        'warehouse moves a pallet',
        'test/warehouse.test.js',
        'Error',
        'warehouse unreachable at warehouse.internal:7000',
      ],
    ]);
    expect(failures[0]?.error.frames[0]).toMatchObject({
      file: 'test/inventory.test.js',
      line: 18,
      inApp: true,
    });
    expect(failures[2]?.error.frames[0]).toEqual({
      file: 'src/inventory.js',
      line: 5,
      column: 3,
      function: 'entry',
      inApp: true,
    });
    expect(failures[4]?.error.frames.slice(0, 2)).toMatchObject([
      { file: 'src/inventory.js', line: 15, function: 'connectWarehouse', inApp: true },
      { file: 'test/warehouse.test.js', line: 7, inApp: true },
    ]);
    expect(
      failures[4]?.error.frames.some((frame) => frame.file?.startsWith('node_modules/') && !frame.inApp),
    ).toBe(true);
  });

  it('reads suites as arrays, lines, other statuses by rawStatus, and flaky passes with their attempts', async () => {
    const report = {
      reportFormat: 'CTRF',
      specVersion: '1.0.0',
      results: {
        tool: { name: 'playwright' },
        summary: {
          tests: 6,
          passed: 2,
          failed: 1,
          skipped: 1,
          pending: 0,
          other: 2,
          start: 1000,
          stop: 4000,
        },
        tests: [
          {
            name: 'user can checkout',
            status: 'passed',
            duration: 5,
            suite: ['Checkout', 'Cart'],
            filePath: '/w/tests/checkout.spec.ts',
            flaky: true,
            retries: 1,
            retryAttempts: [
              {
                attempt: 1,
                status: 'failed',
                duration: 3,
                stdout: ['connecting to the gateway', 'retrying'],
                stderr: ['gateway: 504\n'],
                message: 'Payment gateway timeout',
                trace: 'Error: Payment gateway timeout\n    at processPayment (/w/src/payment.js:23:10)',
              },
              { attempt: 2, status: 'passed' },
            ],
          },
          {
            name: 'admin dashboard loads',
            status: 'failed',
            duration: 8,
            suite: ['Admin', 'Dashboard'],
            filePath: 'tests/admin/dashboard.test.js',
            line: 42,
            stdout: ['rendering', 'x'.repeat(20_000), 'rendered'],
            message: 'Element not found: .dashboard-metrics',
            trace:
              'Error: Element not found: .dashboard-metrics\n    at waitForElement (/w/tests/helpers.js:45:10)',
          },
          { name: 'hangs', status: 'other', rawStatus: 'timedOut', duration: 30_000 },
          { name: 'later', status: 'other', rawStatus: 'todo', duration: 0 },
          { name: 'off', status: 'skipped', duration: 0 },
          { name: 'plain', status: 'passed', duration: 1, suite: 'one suite' },
        ],
      },
    };
    const { summary, failures } = await parseText(ctrfParser, JSON.stringify(report));
    expect(summary).toEqual({ tests: 6, passed: 2, failed: 2, skipped: 2, flaky: 1, durationMs: 3000 });
    // A long stream keeps its head and tail within the bound, and says how much it cut.
    const dashboard = (await parseText(ctrfParser, JSON.stringify(report))).failures[1];
    expect(Buffer.byteLength(dashboard?.output?.stdout ?? '')).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    expect(dashboard?.output?.stdout).toMatch(/\n… \[\d+ bytes cut\] …\n/);
    expect(failures).toEqual([
      {
        kind: 'test',
        flaky: true,
        test: { name: 'user can checkout', suite: 'Checkout › Cart', file: 'tests/checkout.spec.ts' },
        error: {
          type: 'Error',
          message: 'Payment gateway timeout',
          stack: 'Error: Payment gateway timeout\n    at processPayment (/w/src/payment.js:23:10)',
          frames: [{ file: 'src/payment.js', line: 23, column: 10, function: 'processPayment', inApp: true }],
        },
        source: { path: 'report.json' },
        // The failed attempt's own time and output, not the passing run's.
        durationMs: 3,
        output: { stdout: 'connecting to the gateway\nretrying\n', stderr: 'gateway: 504\n' },
      },
      expect.objectContaining({
        flaky: false,
        test: {
          name: 'admin dashboard loads',
          suite: 'Admin › Dashboard',
          file: 'tests/admin/dashboard.test.js',
          line: 42,
        },
        error: expect.objectContaining({ type: 'Error', message: 'Element not found: .dashboard-metrics' }),
        durationMs: 8,
        output: { stdout: expect.stringMatching(/^rendering\nxxx[\s\S]*xxx\nrendered\n$/), truncated: true },
      }),
      expect.objectContaining({
        flaky: false,
        test: { name: 'hangs' },
        error: { message: 'the test ended "timedOut" with no message', frames: [] },
      }),
    ]);
  });

  it('counts a run with no summary times by its tests, and refuses JSON that is not CTRF', async () => {
    const { summary } = await parseText(
      ctrfParser,
      '{"results": {"tool": {"name": "x"}, "tests": [{"name": "a", "status": "passed", "duration": 2.6}]}}',
    );
    expect(summary).toEqual({ tests: 1, passed: 1, failed: 0, skipped: 0, flaky: 0, durationMs: 3 });
    const other = await rejection(parseText(ctrfParser, '{"reportFormat": "CTRF", "results": {}}'));
    expect(other).toBeInstanceOf(ParseError);
    expect((other as ParseError).message).toMatch(/not a CTRF report/);
  });

  it('names the line and column of broken JSON', async () => {
    const error = await rejection(
      parseText(ctrfParser, '{"reportFormat": "CTRF",\n "results": {\n  "tests": [,]}}'),
    );
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ path: 'report.json', line: 3, column: 13 });
  });
});

describe('bounded output', () => {
  it('keeps 8 KiB of UTF-8 as head and tail, never cutting a character in half', () => {
    const short = 'ok\n'.repeat(100);
    expect(boundedStream(short)).toEqual({ text: short, truncated: false });
    const long = `${'é'.repeat(6000)}${'€'.repeat(6000)}`;
    const { text, truncated } = boundedStream(long);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    expect(text).not.toContain('\uFFFD');
    const [head = '', cut = '', tail = ''] = text.split(/\n… \[(\d+) bytes cut\] …\n/);
    expect(head).toMatch(/^é+$/);
    expect(tail).toMatch(/^€+$/);
    expect(Buffer.byteLength(head) + Number(cut) + Buffer.byteLength(tail)).toBe(Buffer.byteLength(long));
  });
});

describe('sniffing', () => {
  const mochaHead = readFileSync(new URL('mocha.json', mochaFixtures), 'utf8').slice(0, 8192);
  const mochaCtrfHead = readFileSync(new URL('mocha-ctrf.json', ctrfFixtures), 'utf8').slice(0, 8192);
  const jestCtrfHead = readFileSync(new URL('jest-ctrf.json', ctrfFixtures), 'utf8').slice(0, 8192);
  const jestHead = readFileSync(new URL('../fixtures/json/vitest.json', import.meta.url), 'utf8').slice(
    0,
    8192,
  );
  const junitHead =
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="Mocha Tests" tests="8" failures="3">\n' +
    '<testsuite name="stats" tests="3"><testcase name="passes" classname="results tool"/></testsuite>';
  const legacyCtrf = '{\n  "results": {\n    "tool": {\n      "name": "mocha"\n    },\n    "summary": {';
  const mochawesome =
    '{"stats":{"suites":1,"tests":1,"passes":1,"pending":0,"failures":0,"testsRegistered":1,"passPercent":100}';
  const sarif = '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"eslint"}},"results":[]}]}';

  it('knows mocha JSON by its stats with passes', () => {
    expect(mochaJsonParser.sniff(mochaHead)).toBe(true);
    expect(mochaJsonParser.sniff('{"stats":{"suites":0,"tests":0,"passes":0}')).toBe(true);
    for (const head of [mochaCtrfHead, jestCtrfHead, jestHead, junitHead, legacyCtrf, mochawesome])
      expect(mochaJsonParser.sniff(head)).toBe(false);
  });

  it('knows CTRF by its reportFormat, or by results with a tool', () => {
    expect(ctrfParser.sniff(mochaCtrfHead)).toBe(true);
    expect(ctrfParser.sniff(jestCtrfHead)).toBe(true);
    expect(ctrfParser.sniff(legacyCtrf)).toBe(true);
    expect(ctrfParser.sniff('{ "reportFormat" : "CTRF" }')).toBe(true);
    for (const head of [mochaHead, jestHead, junitHead, sarif]) expect(ctrfParser.sniff(head)).toBe(false);
  });

  it('leaves mocha JSON and CTRF to their own parsers', () => {
    for (const head of [mochaHead, mochaCtrfHead, jestCtrfHead])
      expect(jestJsonParser.sniff(head)).toBe(false);
  });
});
