import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { jestJsonParser } from '../../src/parsers/jest-json.js';
import { readChunks } from '../../src/sources/files.js';

const fixtures = new URL('../fixtures/json/', import.meta.url);
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
// Where generate.sh ran the tool: the workspace of the run that wrote the report.
const workspace = '/tmp/faultline-fixtures/json/project';

describe('jest / Vitest JSON', () => {
  it('counts what Vitest counted, plus one failure per test file that failed with no test', async () => {
    const totals = readFileSync(new URL('vitest.summary.txt', fixtures), 'utf8');
    const path = new URL('vitest.json', fixtures).pathname;
    const { summary, failures } = await jestJsonParser.parse(readChunks(path), {
      path: 'vitest.json',
      workspace,
    });
    const failedFilesWithoutTests = failures.filter(
      (failure) => failure.test?.name === '(test file failed to run)',
    ).length;
    expect(failedFilesWithoutTests).toBe(1);
    expect(summary).toMatchObject({
      tests: number(totals, /Tests\s.*\((\d+)\)/) + failedFilesWithoutTests,
      passed: number(totals, /(\d+) passed/),
      failed: number(totals, /Tests\s+(\d+) failed/) + failedFilesWithoutTests,
      skipped: number(totals, /(\d+) skipped/) + number(totals, /(\d+) todo/),
    });
  });

  it('reads each failure with its test path, type, message and frames', async () => {
    const path = new URL('vitest.json', fixtures).pathname;
    const { failures } = await jestJsonParser.parse(readChunks(path), { path: 'vitest.json', workspace });
    expect(failures.map((failure) => [failure.test?.file, failure.test?.name, failure.error.type])).toEqual([
      ['test/broken.test.mjs', '(test file failed to run)', undefined],
      ['test/discount.test.mjs', 'discounts > takes 75 % off in the clearance sale', 'AssertionError'],
      ['test/discount.test.mjs', 'discounts > discounts a cart with a gift line', 'TypeError'],
    ]);
    expect(failures[0]?.error.message).toMatch(/^Cannot find module '\.\.\/src\/does-not-exist\.mjs'/);
    expect(failures[2]?.error.frames[0]).toMatchObject({
      file: 'src/cart.mjs',
      line: 3,
      function: 'lineTotal',
      inApp: true,
    });
  });

  it('names the line and column of broken JSON', async () => {
    const error = await jestJsonParser
      .parse(Readable.from(['{"numTotalTests": 1,\n "testResults": [\n  {oops}]}']), {
        path: 'bad.json',
        workspace: '/',
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ path: 'bad.json', line: 3 });
  });

  it('sniffs jest and Vitest JSON only', () => {
    expect(jestJsonParser.sniff('{"numTotalTestSuites":2,"numPassedTestSuites":0')).toBe(true);
    expect(jestJsonParser.sniff('{"numFailedTestSuites":0,"numTotalTests":3')).toBe(true);
    expect(jestJsonParser.sniff('{"reportFormat":"CTRF"}')).toBe(false);
  });
});
