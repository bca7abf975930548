import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import type { FailureDraft, Summary } from '../../src/model.js';
import { parseDotnetFrame, parseDotnetFrames, splitDotnetMessage } from '../../src/parsers/dotnet.js';
import { junitParser } from '../../src/parsers/junit.js';
import { nunitParser } from '../../src/parsers/nunit.js';
import type { ReportParser } from '../../src/parsers/parser.js';
import { trxParser } from '../../src/parsers/trx.js';
import { xunitParser } from '../../src/parsers/xunit.js';
import { readChunks } from '../../src/sources/files.js';

// The fixtures are written by hand from the formats' documentation (test/fixtures/dotnet/README.md):
// no .NET SDK runs here. Each carries its framework's own totals, which the parsers must reproduce.

const fixtures = new URL('../fixtures/dotnet/', import.meta.url);
const workspace = '/home/runner/work/shop/shop';

function fixture(name: string): string {
  return readFileSync(new URL(name, fixtures), 'utf8');
}

async function parse(parser: ReportParser, name: string) {
  return parser.parse(readChunks(new URL(name, fixtures).pathname), { path: `reports/${name}`, workspace });
}

async function parseText(parser: ReportParser, xml: string, chunkSize = xml.length) {
  const chunks: string[] = [];
  for (let at = 0; at < xml.length; at += chunkSize) chunks.push(xml.slice(at, at + chunkSize));
  return parser.parse(Readable.from(chunks), { path: 'mem.xml', workspace });
}

/** The numeric attributes of every start tag named `element` in the fixture, summed. */
function counters(text: string, element: string): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const tag of text.matchAll(new RegExp(`<${element}\\s([^>]*)>`, 'g'))) {
    for (const [, key = '', value] of (tag[1] ?? '').matchAll(/([\w-]+)="(\d+(?:\.\d+)?)"/g))
      sums[key] = (sums[key] ?? 0) + Number(value);
  }
  return sums;
}

function sum(values: Record<string, number>, ...keys: string[]): number {
  return keys.reduce((total, key) => total + (values[key] ?? 0), 0);
}

function counts(summary: Summary) {
  const { tests, passed, failed, skipped } = summary;
  return { tests, passed, failed, skipped };
}

function frames(failure: FailureDraft | undefined) {
  return failure?.error.frames.map((frame) => [frame.function, frame.file, frame.line, frame.inApp]);
}

describe('.NET stack frames', () => {
  it('reads function, module, file and line, relative to the workspace', () => {
    expect(
      parseDotnetFrame(
        '   at Shop.Cart.Total(IEnumerable`1 items) in /home/runner/work/shop/shop/src/Shop/Cart.cs:line 12',
        workspace,
      ),
    ).toEqual({
      function: 'Shop.Cart.Total',
      module: 'Shop.Cart',
      file: 'src/Shop/Cart.cs',
      line: 12,
      inApp: true,
    });
  });

  it('keeps frames without " in file:line", and marks framework frames as not in-app', () => {
    expect(
      parseDotnetFrame('   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)', '/'),
    ).toEqual({
      function: 'System.Linq.Enumerable.First[TSource]',
      module: 'System.Linq.Enumerable',
      inApp: false,
    });
    for (const library of [
      'Microsoft.VisualStudio.TestTools.UnitTesting.Assert.ThrowAssertFailed(String assertionName)',
      'NUnit.Framework.Assert.That[TActual](TActual actual, IResolveConstraint expression)',
      'Xunit.Assert.Equal[T](T expected, T actual)',
      'lambda_method12(Closure, Object, Object[])',
    ])
      expect(parseDotnetFrame(`   at ${library}`, '/')?.inApp).toBe(false);
  });

  it('reads Windows paths, Mono frames, constructors and .NET Framework async state machines', () => {
    expect(
      parseDotnetFrame(
        '   at Shop.Cart..ctor(Int32 size) in D:\\a\\shop\\shop\\src\\Shop\\Cart.cs:line 8',
        'D:\\a\\shop\\shop',
      ),
    ).toEqual({
      function: 'Shop.Cart..ctor',
      module: 'Shop.Cart',
      file: 'src/Shop/Cart.cs',
      line: 8,
      inApp: true,
    });
    expect(
      parseDotnetFrame(
        '  at Game.Tests.SaveTests.Setup () [0x00012] in /ci/proj/Assets/Tests/SaveTests.cs:8',
        '/ci/proj',
      ),
    ).toMatchObject({ function: 'Game.Tests.SaveTests.Setup', file: 'Assets/Tests/SaveTests.cs', line: 8 });
    expect(parseDotnetFrame('   at Shop.Cart.<TotalAsync>d__3.MoveNext()', '/')).toMatchObject({
      function: 'Shop.Cart.TotalAsync',
      module: 'Shop.Cart',
    });
  });

  it('skips lines that are not frames, keeping the innermost frame first', () => {
    const stack = [
      '   at Shop.Cart.Total(IEnumerable`1 items) in /src/Shop/Cart.cs:line 12',
      '--- End of stack trace from previous location ---',
      'Expected at least (3) items',
      '   at Shop.Tests.CartTests.Total_IsSum() in /src/Shop.Tests/CartTests.cs:line 21',
    ].join('\n');
    expect(parseDotnetFrames(stack, '/src').map((frame) => `${frame.file}:${frame.line}`)).toEqual([
      'Shop/Cart.cs:12',
      'Shop.Tests/CartTests.cs:21',
    ]);
  });

  it('splits exception types from messages in the ways .NET frameworks write them', () => {
    expect(splitDotnetMessage('System.InvalidOperationException : Sequence contains no elements')).toEqual({
      type: 'System.InvalidOperationException',
      message: 'Sequence contains no elements',
    });
    expect(splitDotnetMessage('Test method A.B.C threw exception: \nSystem.Exception: boom')).toEqual({
      type: 'System.Exception',
      message: 'boom',
    });
    expect(splitDotnetMessage('TearDown : System.IO.IOException : disk full').type).toBe(
      'System.IO.IOException',
    );
    expect(splitDotnetMessage('  Expected: 5\n  But was:  4\n').type).toBe('AssertionException');
    expect(splitDotnetMessage('Assert.True() Failure\nExpected: True').type).toBe('Xunit.Sdk.TrueException');
    expect(splitDotnetMessage('Expected: a list with 3 items')).toEqual({
      message: 'Expected: a list with 3 items',
    });
  });
});

describe('trx', () => {
  it('totals equal the run’s own ResultSummary counters', async () => {
    const { summary } = await parse(trxParser, 'mstest.trx');
    const counted = counters(fixture('mstest.trx'), 'Counters');
    expect(counts(summary)).toEqual({
      tests: counted.total,
      passed: sum(counted, 'passed', 'passedButRunAborted', 'warning', 'completed'),
      failed: sum(counted, 'failed', 'error', 'timeout', 'aborted', 'notRunnable', 'disconnected'),
      skipped: sum(counted, 'notExecuted', 'inconclusive', 'pending', 'inProgress'),
    });
    expect(summary).toMatchObject({ flaky: 0, durationMs: 33_250 });
  });

  it('reads type, message, frames and the class name joined from the test definitions', async () => {
    const { failures } = await parse(trxParser, 'mstest.trx');
    expect(failures.map((failure) => failure.test?.name)).toEqual([
      'Total_IsSum',
      'Checkout_ThrowsWhenEmpty',
      'Export_Completes',
    ]);
    expect(failures[0]).toMatchObject({
      kind: 'test',
      flaky: false,
      test: { name: 'Total_IsSum', classname: 'Shop.Tests.CartTests', suite: 'shop.tests.dll' },
      error: { type: 'AssertFailedException', message: 'Assert.AreEqual failed. Expected:<5>. Actual:<4>.' },
      source: { path: 'reports/mstest.trx', line: 11 },
    });
    expect(failures[0]?.error.frames).toEqual([
      {
        function: 'Shop.Tests.CartTests.Total_IsSum',
        module: 'Shop.Tests.CartTests',
        file: 'tests/Shop.Tests/CartTests.cs',
        line: 21,
        inApp: true,
      },
    ]);
    expect(failures[1]?.error).toMatchObject({
      type: 'System.InvalidOperationException',
      message: 'Sequence contains no elements',
    });
    expect(frames(failures[1])).toEqual([
      ['System.Linq.ThrowHelper.ThrowNoElementsException', undefined, undefined, false],
      ['System.Linq.Enumerable.First[TSource]', undefined, undefined, false],
      ['Shop.Cart.Total', 'src/Shop/Cart.cs', 12, true],
      ['Shop.Tests.CartTests.Checkout_ThrowsWhenEmpty', 'tests/Shop.Tests/CartTests.cs', 30, true],
      ['System.RuntimeMethodHandle.InvokeMethod', undefined, undefined, false],
      ['System.Reflection.MethodBaseInvoker.InvokeWithNoArgs', undefined, undefined, false],
    ]);
    expect(failures[2]).toMatchObject({
      test: { name: 'Export_Completes', classname: 'Shop.Tests.ExportTests' },
      error: { message: "Test 'Export_Completes' exceeded execution timeout period.", frames: [] },
    });
  });

  it('counts a retried test once: failed then passed is passed and flaky', async () => {
    const { summary, failures } = await parse(trxParser, 'retried.trx');
    // The hand-written Counters count every attempt (5); faultline counts each testId once.
    expect(counters(fixture('retried.trx'), 'Counters').total).toBe(5);
    expect(summary).toEqual({ tests: 3, passed: 2, failed: 1, skipped: 0, flaky: 1, durationMs: 4500 });
    expect(
      failures.map((failure) => [
        failure.test?.name,
        failure.test?.classname,
        failure.flaky,
        failure.source.line,
      ]),
    ).toEqual([
      ['Shop.Tests.PaymentTests.Pay_ChargesCard', 'Shop.Tests.PaymentTests', true, 10],
      // The last failed attempt is the one reported.
      ['Shop.Tests.RefundTests.Refund_Issues', 'Shop.Tests.RefundTests', false, 33],
    ]);
    expect(failures[0]?.error).toMatchObject({
      type: 'Xunit.Sdk.EqualException',
      message: 'Assert.Equal() Failure: Values differ',
    });
    expect(failures[1]?.error).toMatchObject({
      type: 'System.TimeoutException',
      message: 'The payment gateway did not answer in 100 ms.',
    });
    expect(frames(failures[1])?.[0]).toEqual([
      'Shop.Payments.Gateway.RefundAsync',
      'src/Shop/Payments/Gateway.cs',
      57,
      true,
    ]);
  });

  it('adds a run error (the test host crashed) as a failure on top of the counters', async () => {
    const { summary, failures } = await parse(trxParser, 'host-crash.trx');
    const counted = counters(fixture('host-crash.trx'), 'Counters');
    expect(counts(summary)).toEqual({
      tests: (counted.total ?? 0) + 1,
      passed: counted.passed,
      failed: (counted.failed ?? 0) + 1,
      skipped: 0,
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      kind: 'test',
      flaky: false,
      test: { name: '(test run error)' },
      error: { type: 'System.InvalidOperationException', message: 'The worker queue was closed.' },
      source: { path: 'reports/host-crash.trx', line: 19 },
    });
    expect(frames(failures[0])).toEqual([
      ['Shop.Worker.Drain', 'src/Shop/Worker.cs', 44, true],
      ['System.Threading.Thread.StartCallback', undefined, undefined, false],
    ]);
  });

  it('joins definitions written before the results, and counts a data-driven test once', async () => {
    const xml = `<TestRun>
      <TestDefinitions>
        <UnitTest id="t1" storage="C:\\src\\Shop.Tests\\bin\\Shop.Tests.dll"><TestMethod className="Shop.Tests.MathTests" name="Add" /></UnitTest>
      </TestDefinitions>
      <Results>
        <UnitTestResult testId="t1" testName="Add" outcome="Failed" duration="00:00:01.5000000">
          <InnerResults>
            <UnitTestResult testId="t1" testName="Add (1,2)" outcome="Passed" />
            <UnitTestResult testId="t1" testName="Add (2,2)" outcome="Failed">
              <Output><ErrorInfo><Message>Assert.AreEqual failed. Expected:&lt;4&gt;. Actual:&lt;5&gt;.</Message></ErrorInfo></Output>
            </UnitTestResult>
          </InnerResults>
        </UnitTestResult>
      </Results>
    </TestRun>`;
    const { summary, failures } = await parseText(trxParser, xml);
    expect(summary).toEqual({ tests: 1, passed: 0, failed: 1, skipped: 0, flaky: 0, durationMs: 1500 });
    expect(failures[0]).toMatchObject({
      test: { name: 'Add', classname: 'Shop.Tests.MathTests', suite: 'Shop.Tests.dll' },
      error: { type: 'AssertFailedException', message: 'Assert.AreEqual failed. Expected:<4>. Actual:<5>.' },
    });
  });
});

describe('nunit', () => {
  it('totals equal the test-run’s own counts, with the fixture setup failure on top', async () => {
    const { summary } = await parse(nunitParser, 'nunit3.xml');
    const counted = counters(fixture('nunit3.xml'), 'test-run');
    const suiteErrors = 1;
    expect(counts(summary)).toEqual({
      tests: (counted.total ?? 0) + suiteErrors,
      passed: sum(counted, 'passed', 'warnings'),
      failed: (counted.failed ?? 0) + suiteErrors,
      skipped: sum(counted, 'skipped', 'inconclusive'),
    });
    expect(summary).toMatchObject({ flaky: 0, durationMs: 2346 });
  });

  it('reads assertion and exception failures with type, message, frames and class', async () => {
    const { failures } = await parse(nunitParser, 'nunit3.xml');
    expect(failures.map((failure) => [failure.test?.classname, failure.test?.name])).toEqual([
      ['Shop.Tests.CartTests', 'Total_IsSum'],
      ['Shop.Tests.CartTests', 'Checkout_ThrowsWhenEmpty'],
      ['Shop.Tests.InventoryTests', 'Reserve_DecrementsStock'],
      ['Shop.Tests.InventoryTests', 'Release_IncrementsStock'],
      ['Shop.Tests.InventoryTests', '(fixture setup failed)'],
    ]);
    expect(failures[0]).toMatchObject({
      kind: 'test',
      flaky: false,
      test: { suite: 'Shop.Tests.dll' },
      // NUnit's assertion messages name no type: AssertionException is what NUnit threw.
      error: { type: 'AssertionException', message: 'Expected: 5' },
      source: { path: 'reports/nunit3.xml', line: 29 },
    });
    expect(frames(failures[0])).toEqual([
      ['Shop.Tests.CartTests.Total_IsSum', 'tests/Shop.Tests/CartTests.cs', 21, true],
    ]);
    expect(failures[1]?.error).toMatchObject({
      type: 'System.InvalidOperationException',
      message: 'Sequence contains no elements',
    });
    expect(frames(failures[1])?.filter((frame) => frame[3])).toEqual([
      ['Shop.Cart.Total', 'src/Shop/Cart.cs', 12, true],
      ['Shop.Tests.CartTests.Checkout_ThrowsWhenEmpty', 'tests/Shop.Tests/CartTests.cs', 30, true],
    ]);
    // A test case whose fixture failed carries the fixture's error, without a stack.
    expect(failures[2]?.error).toEqual({
      type: 'System.Net.Sockets.SocketException',
      message: 'Connection refused',
      frames: [],
    });
  });

  it('lists a OneTimeSetUp failure once, at the fixture, with its stack', async () => {
    const { failures } = await parse(nunitParser, 'nunit3.xml');
    const setup = failures.find((failure) => failure.test?.name === '(fixture setup failed)');
    expect(setup).toMatchObject({
      kind: 'test',
      flaky: false,
      test: { suite: 'Shop.Tests.dll', classname: 'Shop.Tests.InventoryTests' },
      error: { type: 'System.Net.Sockets.SocketException', message: 'Connection refused' },
      source: { line: 79 },
    });
    expect(frames(setup)).toEqual([
      ['System.Net.Sockets.Socket.Connect', undefined, undefined, false],
      ['Shop.Inventory.Db.Connect', 'src/Shop/Inventory/Db.cs', 27, true],
      ['Shop.Tests.InventoryTests.OneTimeSetUp', 'tests/Shop.Tests/InventoryTests.cs', 15, true],
    ]);
    // Suites that failed because of a child ("One or more child tests had errors") add nothing.
    expect(failures.filter((failure) => failure.test?.name.startsWith('('))).toHaveLength(1);
  });

  it('counts Skipped, Ignored and Inconclusive as skipped, Warning as passed, and names teardown failures', async () => {
    const xml = `<test-run>
      <test-suite type="Assembly" name="Shop.Tests.dll">
        <test-suite type="TestFixture" name="T" fullname="Shop.Tests.T" classname="Shop.Tests.T" result="Failed" label="Error" site="TearDown">
          <failure><message><![CDATA[TearDown : System.IO.IOException : disk full]]></message></failure>
          <test-case name="a" result="Skipped" label="Ignored"><reason><message>later</message></reason></test-case>
          <test-case name="b" result="Inconclusive" />
          <test-case name="c" result="Warning"><reason><message>slow</message></reason></test-case>
          <test-case name="d" classname="Shop.Tests.T" result="Failed" label="Invalid"><failure><message>No arguments were provided</message></failure></test-case>
        </test-suite>
      </test-suite>
    </test-run>`;
    const { summary, failures } = await parseText(nunitParser, xml);
    expect(counts(summary)).toEqual({ tests: 5, passed: 1, failed: 2, skipped: 2 });
    expect(
      failures.map((failure) => [failure.test?.name, failure.error.type, failure.error.message]),
    ).toEqual([
      ['d', undefined, 'No arguments were provided'],
      ['(fixture teardown failed)', 'System.IO.IOException', 'disk full'],
    ]);
  });
});

describe('xunit', () => {
  it('totals equal the assemblies’ own counts, with assembly errors on top', async () => {
    const { summary } = await parse(xunitParser, 'xunit-v2.xml');
    const counted = counters(fixture('xunit-v2.xml'), 'assembly');
    expect(counts(summary)).toEqual({
      tests: sum(counted, 'total', 'errors'),
      passed: counted.passed,
      failed: sum(counted, 'failed', 'errors'),
      skipped: counted.skipped,
    });
    expect(summary).toMatchObject({ flaky: 0, durationMs: 1234 });
  });

  it('reads exception-type, message, frames, test name and class', async () => {
    const { failures } = await parse(xunitParser, 'xunit-v2.xml');
    expect(failures.map((failure) => failure.test?.name)).toEqual([
      '(class cleanup failed)',
      'Shop.Tests.CartTests.Total_IsSum',
      'Shop.Tests.CartTests.Checkout_ThrowsWhenEmpty',
    ]);
    expect(failures[1]).toMatchObject({
      kind: 'test',
      flaky: false,
      test: { suite: 'Shop.Tests.dll', classname: 'Shop.Tests.CartTests' },
      error: { type: 'Xunit.Sdk.EqualException', message: 'Assert.Equal() Failure: Values differ' },
      source: { path: 'reports/xunit-v2.xml', line: 18 },
    });
    expect(frames(failures[1])).toEqual([
      ['Shop.Tests.CartTests.Total_IsSum', 'tests/Shop.Tests/CartTests.cs', 21, true],
      ['System.RuntimeMethodHandle.InvokeMethod', undefined, undefined, false],
      ['System.Reflection.MethodBaseInvoker.InvokeWithNoArgs', undefined, undefined, false],
    ]);
    // xUnit.net repeats the type in front of the message; it is taken off.
    expect(failures[2]?.error).toMatchObject({
      type: 'System.InvalidOperationException',
      message: 'Sequence contains no elements',
    });
    expect(frames(failures[2])?.[2]).toEqual(['Shop.Cart.Total', 'src/Shop/Cart.cs', 12, true]);
  });

  it('lists an assembly-level error (a class fixture cleanup) as a failure of its own', async () => {
    const { failures } = await parse(xunitParser, 'xunit-v2.xml');
    expect(failures[0]).toMatchObject({
      kind: 'test',
      flaky: false,
      test: {
        name: '(class cleanup failed)',
        classname: 'Shop.Tests.InventoryTests',
        suite: 'Shop.Tests.dll',
      },
      error: { type: 'System.IO.IOException' },
      source: { line: 9 },
    });
    expect(failures[0]?.error.message).toMatch(/^The process cannot access the file/);
    expect(frames(failures[0])).toEqual([
      ['System.IO.FileSystem.DeleteFile', undefined, undefined, false],
      ['Shop.Tests.InventoryFixture.Dispose', 'tests/Shop.Tests/InventoryFixture.cs', 19, true],
    ]);
  });

  it('counts Skip and NotRun as skipped and reads source-file and source-line when present', async () => {
    const xml = `<assemblies><assembly name="C:\\ci\\Shop.Tests.dll" time="0.5">
      <collection name="c">
        <test name="A.B.Skip" type="A.B" method="Skip" result="Skip"><reason><![CDATA[later]]></reason></test>
        <test name="A.B.Explicit" type="A.B" method="Explicit" result="NotRun" />
        <test name="A.B.Fails" type="A.B" method="Fails" result="Fail" source-file="${workspace}/tests/B.cs" source-line="12">
          <failure exception-type="Xunit.Sdk.TrueException"><message>Assert.True() Failure</message></failure>
        </test>
      </collection></assembly></assemblies>`;
    const { summary, failures } = await parseText(xunitParser, xml);
    expect(summary).toEqual({ tests: 3, passed: 0, failed: 1, skipped: 2, flaky: 0, durationMs: 500 });
    expect(failures[0]?.test).toEqual({
      name: 'A.B.Fails',
      classname: 'A.B',
      suite: 'Shop.Tests.dll',
      file: 'tests/B.cs',
      line: 12,
    });
  });
});

describe('.NET formats: sniffing', () => {
  const heads = {
    trx: fixture('mstest.trx').slice(0, 8192),
    nunit: fixture('nunit3.xml').slice(0, 8192),
    xunit: fixture('xunit-v2.xml').slice(0, 8192),
  };
  const parsers = { trx: trxParser, nunit: nunitParser, xunit: xunitParser };

  it('each parser claims its own format and no other', () => {
    for (const [format, parser] of Object.entries(parsers)) {
      expect(parser.format).toBe(format);
      for (const [other, head] of Object.entries(heads)) expect(parser.sniff(head)).toBe(other === format);
      // The JUnit parser is tried first; none of these are JUnit.
      expect(junitParser.sniff(heads[format as keyof typeof heads])).toBe(false);
    }
  });

  it('is false for JUnit and other XML', () => {
    for (const parser of Object.values(parsers)) {
      expect(parser.sniff('<?xml version="1.0"?>\n<testsuites name="a"><testsuite>')).toBe(false);
      expect(parser.sniff('<testsuite name="TestRun">')).toBe(false);
      expect(parser.sniff('{"TestRun": 1}')).toBe(false);
    }
    expect(
      xunitParser.sniff('<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">'),
    ).toBe(false);
    expect(nunitParser.sniff('<test-results name="NUnit 2" total="1">')).toBe(false);
  });

  it('sees past a BOM, the XML declaration and comments', () => {
    expect(trxParser.sniff('\uFEFF<?xml version="1.0"?><!-- a --><TestRun xmlns="x">')).toBe(true);
    expect(nunitParser.sniff('<test-run id="0" total="1">')).toBe(true);
    expect(xunitParser.sniff('<assemblies>')).toBe(true);
    expect(xunitParser.sniff('<assembly name="a.dll" test-framework="xUnit.net 1.9.2.1705" total="1">')).toBe(
      true,
    );
  });
});

describe('.NET formats: streaming and bad input', () => {
  it('gives the same result however the text is cut into chunks', async () => {
    for (const [parser, name] of [
      [trxParser, 'mstest.trx'],
      [nunitParser, 'nunit3.xml'],
      [xunitParser, 'xunit-v2.xml'],
    ] as const) {
      const whole = await parseText(parser, fixture(name));
      expect(await parseText(parser, fixture(name), 7)).toEqual(whole);
    }
  });

  // The cut-off end of the TRX, the mismatched </test-suite>, the raw "<" in the xUnit message.
  it.each([
    ['malformed.trx', trxParser, 6],
    ['malformed-nunit.xml', nunitParser, 7],
    ['malformed-xunit.xml', xunitParser, 7],
  ] as const)('%s gives a ParseError with its line', async (name, parser, line) => {
    const error = await parse(parser, name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ path: `reports/${name}`, line });
    expect((error as ParseError).column).toBeGreaterThan(0);
  });

  it('refuses a document with the wrong root, and DOCTYPE entities', async () => {
    await expect(parseText(trxParser, '<testsuites>\n<testsuite/></testsuites>')).rejects.toThrow(
      /expected <TestRun>/,
    );
    await expect(parseText(nunitParser, '<test-results/>')).rejects.toThrow(/expected <test-run>/);
    await expect(parseText(xunitParser, '<testsuites/>')).rejects.toThrow(/expected <assemblies>/);
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaa">]>\n<TestRun>&a;</TestRun>';
    const error = await parseText(trxParser, bomb).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/DOCTYPE/);
  });
});

describe('NUnit and xUnit.net hand over each failure as its element closes', () => {
  for (const [parser, name] of [
    [nunitParser, 'nunit3.xml'],
    [xunitParser, 'xunit-v2.xml'],
  ] as const) {
    it(`${parser.format}: the same failures, one at a time, long before the report ends`, async () => {
      const whole = await parse(parser, name);
      const text = fixture(name);
      // Fed a line at a time: `linesRead` says how far the parser had read at each hand-over.
      const lines = text.split(/(?<=\n)/);
      let linesRead = 0;
      const settled: { drafts: FailureDraft[]; linesRead: number }[] = [];
      const result = await parser.parse(
        Readable.from(
          (function* () {
            for (const line of lines) {
              linesRead += 1;
              yield line;
            }
          })(),
        ),
        { path: `reports/${name}`, workspace, settle: (drafts) => settled.push({ drafts, linesRead }) },
      );
      expect(whole.failures.length).toBeGreaterThan(1);
      expect(result.failures).toEqual([]);
      expect(result.summary).toEqual(whole.summary);
      expect(settled.flatMap((call) => call.drafts)).toEqual(whole.failures);
      expect(settled.every((call) => call.drafts.length === 1)).toBe(true);
      expect(settled[0]?.linesRead).toBeLessThan(lines.length - 5);
    });
  }
});
