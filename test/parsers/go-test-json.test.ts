import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { goTestJsonParser } from '../../src/parsers/go-test-json.js';
import { readChunks } from '../../src/sources/files.js';

const fixtures = new URL('../fixtures/go/', import.meta.url);
// Where generate.sh ran the tool: the workspace of the run that wrote the report.
const workspace = '/tmp/faultline-fixtures/go/project';

async function parse() {
  const path = new URL('go-test.json', fixtures).pathname;
  return goTestJsonParser.parse(readChunks(path), { path: 'go-test.json', workspace });
}

describe('go test -json', () => {
  it("counts go's own verdicts: every test and subtest, plus each package that failed to build", async () => {
    const verdicts = readFileSync(new URL('go-test.verdicts.txt', fixtures), 'utf8');
    const count = (pattern: RegExp) => verdicts.split('\n').filter((line) => pattern.test(line)).length;
    const buildFailures = count(/^FAIL\s+\S+\s+\[build failed\]/);
    const { summary } = await parse();
    expect(summary).toMatchObject({
      tests: count(/--- (PASS|FAIL|SKIP):/) + buildFailures,
      passed: count(/--- PASS:/),
      failed: count(/--- FAIL:/) + buildFailures,
      skipped: count(/--- SKIP:/),
    });
  });

  it('lists each failure once: an assertion, a panic with its frames, and a build failure', async () => {
    const { failures } = await parse();
    expect(
      failures.map((failure) => [failure.test?.name, failure.error.type, failure.error.message]),
    ).toEqual([
      [
        '(build failed)',
        'BuildError',
        'the package did not build (go test printed the compiler errors on stderr)',
      ],
      ['TestDiscount/sixty', undefined, 'Discount(100, 60) = 100, want 40'],
      ['TestEmptyCart', 'panic', 'runtime error: index out of range [0] with length 0'],
    ]);
    expect(failures[1]?.test).toMatchObject({
      classname: 'example.com/shop/shop',
      file: 'cart_test.go',
      line: 20,
    });
    const panic = failures[2]?.error.frames ?? [];
    expect(panic.find((frame) => frame.inApp)).toMatchObject({
      file: 'shop/cart.go',
      line: 6,
      function: 'example.com/shop/shop.Total',
    });
    expect(panic.some((frame) => frame.file?.includes('/src/runtime/') && !frame.inApp)).toBe(true);
    expect(failures[0]?.test?.suite).toBe('example.com/shop/broken');
  });

  it('reads Go 1.24 build events and names a broken event line', async () => {
    const events = [
      '{"ImportPath":"x/y [x/y.test]","Action":"build-output","Output":"# x/y\\n"}',
      '{"ImportPath":"x/y [x/y.test]","Action":"build-output","Output":"y.go:3:2: undefined: z\\n"}',
      '{"ImportPath":"x/y [x/y.test]","Action":"build-fail"}',
      '{"Action":"fail","Package":"x/y","FailedBuild":"x/y [x/y.test]"}',
    ].join('\n');
    const { failures } = await goTestJsonParser.parse(Readable.from([events]), {
      path: 'e.json',
      workspace: '/',
    });
    expect(failures.map((failure) => failure.error.message)).toEqual(['y.go:3:2: undefined: z']);
    await expect(
      goTestJsonParser.parse(Readable.from(['{"Action":"run"}\n{broken\n']), {
        path: 'b.json',
        workspace: '/',
      }),
    ).rejects.toMatchObject({ line: 2 });
  });
});
