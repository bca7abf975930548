import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import { parseSources } from '../../src/parse.js';
import { cargoTestParser } from '../../src/parsers/cargo-test.js';
import { ctrfParser } from '../../src/parsers/ctrf.js';
import { goTestJsonParser } from '../../src/parsers/go-test-json.js';
import { jestJsonParser } from '../../src/parsers/jest-json.js';
import { junitParser } from '../../src/parsers/junit.js';
import { mochaJsonParser } from '../../src/parsers/mocha-json.js';
import { nunitParser } from '../../src/parsers/nunit.js';
import type { ReportParser } from '../../src/parsers/parser.js';
import { playwrightJsonParser } from '../../src/parsers/playwright-json.js';
import { rspecJsonParser } from '../../src/parsers/rspec-json.js';
import { tapParser } from '../../src/parsers/tap.js';
import { trxParser } from '../../src/parsers/trx.js';
import { xunitParser } from '../../src/parsers/xunit.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const fixture = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

async function parseFiles(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-hostile-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return parseSources(
    {
      paths: Object.keys(files),
      format: 'auto',
      cwd: dir,
      workspace: dir,
      fingerprint: { groupBy: 'error', rules: [] },
    },
    quiet,
  );
}

describe('bad and hostile input', () => {
  it('names each bad file, with line and column where known, and still reads the good one', async () => {
    const report = await parseFiles({
      'empty.xml': '',
      'garbage.bin': Buffer.from([0, 1, 2, 255, 254, 0, 7]),
      'truncated.xml': '<testsuites>\n  <testsuite name="s">\n    <testcase name="a"><failure>boom',
      'deep.xml': `<testsuites>${'<testsuite>'.repeat(100_000)}`,
      'good.xml': fixture('examples/reports/pytest-junit.xml'),
    });
    const errors = Object.fromEntries(report.sources.map((source) => [source.path, source.error]));
    expect(errors['empty.xml']).toEqual({ message: 'the file is empty' });
    expect(errors['garbage.bin']?.message).toBe('not a test report format faultline reads');
    expect(errors['truncated.xml']).toMatchObject({ line: 3 });
    expect(errors['deep.xml']?.message).toMatch(/nest deeper than 256 levels/);
    expect(errors['good.xml']).toBeUndefined();
    expect(report.summary.tests).toBe(6);
  });

  it('refuses a 50 MB attribute in bounded time', async () => {
    const started = Date.now();
    const huge = `<testsuites><testsuite name="${'a'.repeat(50 * 1024 * 1024)}"></testsuite></testsuites>`;
    await expect(
      junitParser.parse(Readable.from([huge]), { path: 'huge.xml', workspace: '/' }),
    ).rejects.toThrow(/attributes of <testsuite> exceed/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('repairs raw control characters and a byte-order mark, and says what it repaired', async () => {
    const report = await parseFiles({
      'TEST-ctrl.xml':
        '\uFEFF<testsuite name="s"><testcase name="a"><failure message="bad \u0001 byte">x\u0002y</failure></testcase></testsuite>',
      'TEST-utf8.xml': Buffer.concat([
        Buffer.from('<testsuite><testcase name="caf'),
        Buffer.from([0xc3]),
        Buffer.from('"/></testsuite>'),
      ]),
    });
    expect(report.sources.map((source) => [source.path, source.notes])).toEqual([
      ['TEST-ctrl.xml', ['replaced 2 control character(s) that XML does not allow with U+FFFD']],
      ['TEST-utf8.xml', undefined],
    ]);
    expect(report.failures[0]?.error.message).toBe('bad \uFFFD byte');
    expect(report.summary.tests).toBe(2);
  });
});

// Mutated real reports: every parser either reads them or throws our ParseError, quickly.
const seeds: Array<[ReportParser, string]> = [
  [junitParser, fixture('examples/reports/vitest-junit.xml')],
  [junitParser, fixture('test/fixtures/junit/surefire-flaky.xml')],
  [tapParser, fixture('test/fixtures/tap/node-subtests.tap')],
  [jestJsonParser, fixture('test/fixtures/json/vitest.json')],
  [goTestJsonParser, fixture('test/fixtures/go/go-test.json')],
  [cargoTestParser, fixture('test/fixtures/cargo/cargo-test-backtrace.txt')],
  [trxParser, fixture('test/fixtures/dotnet/mstest.trx')],
  [nunitParser, fixture('test/fixtures/dotnet/nunit3.xml')],
  [xunitParser, fixture('test/fixtures/dotnet/xunit-v2.xml')],
  [mochaJsonParser, fixture('test/fixtures/mocha/mocha.json')],
  [ctrfParser, fixture('test/fixtures/ctrf/jest-ctrf.json')],
  [playwrightJsonParser, fixture('test/fixtures/playwright/report.json')],
  [rspecJsonParser, fixture('test/fixtures/rspec/rspec.json')],
];

const mutation = (text: string) =>
  fc.oneof(
    fc
      .tuple(fc.nat(text.length), fc.nat(200))
      .map(([at, length]) => text.slice(0, at) + text.slice(at + length)),
    fc
      .tuple(fc.nat(text.length), fc.string({ unit: 'binary', maxLength: 40 }))
      .map(([at, noise]) => text.slice(0, at) + noise + text.slice(at)),
    fc
      .tuple(fc.nat(text.length), fc.nat(text.length))
      .map(
        ([a, b]) =>
          text.slice(0, Math.min(a, b)) +
          text.slice(Math.min(a, b), Math.max(a, b)).repeat(3) +
          text.slice(Math.max(a, b)),
      ),
    fc.nat(text.length).map((at) => text.slice(0, at)),
  );

describe('fuzzing every parser with mutated real reports', () => {
  it.each(seeds.map(([parser, text], index) => [`${parser.format} #${index}`, parser, text] as const))(
    '%s',
    async (_, parser, text) => {
      await fc.assert(
        fc.asyncProperty(mutation(text), fc.nat(64), async (input, split) => {
          const chunks = [input.slice(0, split), input.slice(split)];
          try {
            const result = await parser.parse(Readable.from(chunks), { path: 'fuzz', workspace: '/' });
            expect(result.summary.tests).toBeGreaterThanOrEqual(
              result.summary.passed + result.summary.skipped,
            );
          } catch (error) {
            expect(error).toBeInstanceOf(ParseError);
          }
        }),
        { numRuns: 150, interruptAfterTimeLimit: 8_000 },
      );
    },
    20_000,
  );
});
