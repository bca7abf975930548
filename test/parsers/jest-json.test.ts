import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { jestJsonParser } from '../../src/parsers/jest-json.js';
import { readJsonDocument } from '../../src/parsers/json-document.js';
import { positionAt, syntaxErrorOffset } from '../../src/parsers/json-document-position.js';
import { readChunks } from '../../src/sources/files.js';

const fixtures = new URL('../fixtures/json/', import.meta.url);
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
// Where generate.sh ran the tool: the workspace of the run that wrote the report.
const workspace = '/tmp/faultline-fixtures/json/project';
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );

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
    // Each failed test keeps how long Vitest says it ran.
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const durations = report.testResults.flatMap(
      (file: { assertionResults: { status: string; duration: number }[] }) =>
        file.assertionResults
          .filter((test) => test.status === 'failed')
          .map((test) => Math.round(test.duration)),
    );
    expect(failures.slice(1).map((failure) => failure.durationMs)).toEqual(durations);
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
    expect(error).toMatchObject({ path: 'bad.json', line: 3, column: 4 });
    const text = readFileSync(new URL('vitest.json', fixtures), 'utf8');
    const cut = text.slice(0, text.indexOf('"assertionResults"') + 40);
    const truncated = await rejection(
      jestJsonParser.parse(Readable.from([cut]), { path: 'vitest.json', workspace }),
    );
    expect(truncated).toBeInstanceOf(ParseError);
    const end = positionAt(cut, cut.length);
    expect(String(truncated)).toBe(
      `vitest.json:${end.line}:${end.column}: invalid JSON: the document ends early (a truncated file?)`,
    );
  });

  it('sniffs jest and Vitest JSON only', () => {
    expect(jestJsonParser.sniff('{"numTotalTestSuites":2,"numPassedTestSuites":0')).toBe(true);
    expect(jestJsonParser.sniff('{"numFailedTestSuites":0,"numTotalTests":3')).toBe(true);
    expect(jestJsonParser.sniff('{"reportFormat":"CTRF"}')).toBe(false);
  });
});

describe('the JSON document reader', () => {
  it('skips a byte-order mark and caps the size it holds in memory', async () => {
    await expect(readJsonDocument(Readable.from(['\uFEFF{"a":', '1}']), 'x.json')).resolves.toEqual({ a: 1 });
    const error = await rejection(
      readJsonDocument(Readable.from(['[1,', '2,', '3]']), 'x.json', { maxChars: 4 }),
    );
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/^larger than 4 characters/);
    const empty = await rejection(readJsonDocument(Readable.from([]), 'x.json'));
    expect(empty).toMatchObject({ line: 1, column: 1 });
  });

  it('names the first character that breaks the grammar, on a line and column', async () => {
    const error = await rejection(
      readJsonDocument(Readable.from(['{"a": 1,\n', ' "b": [1, 2,]}']), 'x.json'),
    );
    expect(String(error)).toBe('x.json:2:13: invalid JSON: unexpected "]"');
    expect(positionAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  // Where V8 names an offset, the scan must agree with it; where it names none (Node 20 says
  // only "Unexpected token"), the scan still finds one.
  it('agrees with JSON.parse on valid and invalid documents', () => {
    const valid = [
      readFileSync(new URL('vitest.json', fixtures), 'utf8'),
      '[1e5, -0.5E-3, 0, true, false, null, "\\u00e9\\n\\"", {}, [], {"a": {"b": [{}]}}]',
      ' "text" ',
    ];
    for (const text of valid) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(syntaxErrorOffset(text)).toBeUndefined();
    }
    const invalid = [
      '{"a": 1',
      '{oops}',
      '{"a":1}x',
      '{"a": "x\ny"}',
      '[1, 01]',
      '{"a":"\\q"}',
      '{"a":"\\u12G4"}',
      '[-]',
      '[1.]',
      '[1.5e]',
      '[1e+x]',
      '[-a]',
      '{"a" 1}',
      '{"a":1,}',
      '[}',
      '{]',
      '',
      '  ',
      '"abc',
      '{"a": tru}',
      '[1,2,]',
      '{"a": [,]}',
    ];
    for (const text of invalid) {
      const v8 = rejectionMessage(() => JSON.parse(text));
      const offset = syntaxErrorOffset(text);
      expect(offset, text).toBeTypeOf('number');
      const named = /at position (\d+)/.exec(v8)?.[1];
      if (named !== undefined) expect(offset, `${text}: ${v8}`).toBe(Number(named));
      else if (/end of JSON input/.test(v8)) expect(offset, text).toBe(text.length);
    }
  });
});

function rejectionMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return String(error);
  }
  throw new Error('expected the call to throw');
}
