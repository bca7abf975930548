import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { positionAt } from '../../src/parsers/json-document-position.js';
import { detectParser } from '../../src/parsers/registry.js';
import { rspecJsonParser } from '../../src/parsers/rspec-json.js';
import { rubyFrame } from '../../src/parsers/rspec-json-errors.js';
import { readChunks } from '../../src/sources/files.js';

const fixtures = new URL('../fixtures/rspec/', import.meta.url);
// Where generate.sh ran RSpec: the workspace of the run that wrote the reports.
const workspace = '/tmp/faultline-fixtures/rspec/project';
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
const fixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const parseFixture = (name: string) =>
  rspecJsonParser.parse(readChunks(new URL(name, fixtures).pathname), { path: name, workspace });
const parseText = (text: string) =>
  rspecJsonParser.parse(Readable.from([text]), { path: 'rspec.json', workspace: '/w' });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );

/** RSpec's summary line: "8 examples, 4 failures, 3 pending, 1 error occurred outside of examples". */
function printedTotals(name: string) {
  const line = fixture(name);
  return {
    examples: number(line, /(\d+) examples?/),
    failures: number(line, /(\d+) failures?/),
    pending: number(line, /(\d+) pending/),
    outside: number(line, /(\d+) errors? occurred outside of examples/),
  };
}

describe('RSpec JSON', () => {
  it('counts what RSpec printed: pending as skipped, an error outside examples as one more failure', async () => {
    const printed = printedTotals('rspec.summary.txt');
    expect(printed.outside).toBe(1);
    const { summary } = await parseFixture('rspec.json');
    const passed = printed.examples - printed.failures - printed.pending;
    expect(summary).toEqual({
      tests: printed.examples + printed.outside,
      passed,
      failed: printed.failures + printed.outside,
      skipped: printed.pending,
      flaky: 0,
      durationMs: Math.round(JSON.parse(fixture('rspec.json')).summary.duration * 1000),
    });
  });

  it('reads each failure with its group, example, file, line, exception class and message', async () => {
    const { failures } = await parseFixture('rspec.json');
    expect(
      failures.map((failure) => [
        failure.test?.suite,
        failure.test?.name,
        failure.test?.file,
        failure.test?.line,
        failure.error.type,
        failure.error.message,
      ]),
    ).toEqual([
      // pending, but passed: RSpec fails it.
      [
        'Cart',
        'formats prices (marked pending, but passes)',
        'spec/cart_spec.rb',
        31,
        'RSpec::Core::Pending::PendingExampleFixedError',
        'Expected example to fail since it is pending, but it passed.',
      ],
      [
        'Cart#total',
        'applies the gift discount',
        'spec/cart_spec.rb',
        9,
        'RSpec::Expectations::ExpectationNotMetError',
        'expected: 9',
      ],
      [
        'Cart#total',
        'totals a cart with a gift line',
        'spec/cart_spec.rb',
        13,
        'KeyError',
        'key not found: :price',
      ],
      // A failing before(:context) fails each example of its group.
      [
        'Cart#total with a warehouse',
        'reserves stock',
        'spec/cart_spec.rb',
        20,
        'IOError',
        'warehouse unreachable at warehouse.internal:7000',
      ],
      [
        'in an `after(:suite)` hook',
        '(error outside of examples)',
        undefined,
        undefined,
        'RuntimeError',
        'could not stop the stock service: port 7000 still in use',
      ],
    ]);
    for (const failure of failures)
      expect(failure).toMatchObject({ kind: 'test', flaky: false, source: { path: 'rspec.json' } });
  });

  it('reads Ruby backtraces innermost first, gems and Ruby itself out of the app', async () => {
    const { failures } = await parseFixture('rspec.json');
    const [, expectation, keyError, , hook] = failures;
    expect(keyError?.error.frames.slice(0, 6)).toEqual([
      { file: 'lib/cart.rb', line: 14, function: 'fetch', inApp: true },
      { file: 'lib/cart.rb', line: 14, function: 'line_total', inApp: true },
      { file: 'lib/cart.rb', line: 8, function: 'block in total', inApp: true },
      { file: 'lib/cart.rb', line: 8, function: 'sum', inApp: true },
      { file: 'lib/cart.rb', line: 8, function: 'total', inApp: true },
      { file: 'spec/cart_spec.rb', line: 14, function: 'block (3 levels) in <top (required)>', inApp: true },
    ]);
    // The expectation was raised inside rspec-expectations, called from the spec's line 10.
    expect(expectation?.error.frames[0]).toMatchObject({
      function: 'block in <module:Support>',
      inApp: false,
    });
    expect(expectation?.error.frames.find((frame) => frame.inApp)).toMatchObject({
      file: 'spec/cart_spec.rb',
      line: 10,
    });
    expect(expectation?.error.frames.at(-1)).toEqual({
      file: '/usr/bin/rspec',
      line: 4,
      function: '<main>',
      inApp: false,
    });
    expect(expectation?.error.stack).toMatch(
      /^RSpec::Expectations::ExpectationNotMetError: expected: 9\n {5}got: 10\n/,
    );
    expect(hook?.error.frames).toEqual([
      { file: 'spec/spec_helper.rb', line: 5, function: 'block (2 levels) in <top (required)>', inApp: true },
    ]);
    // Each failed example keeps how long RSpec says it ran.
    const examples = JSON.parse(fixture('rspec.json')).examples.filter(
      (example: { status: string }) => example.status === 'failed',
    );
    expect(failures.slice(0, 4).map((failure) => failure.durationMs)).toEqual(
      examples.map((example: { run_time: number }) => Math.round(example.run_time * 1000)),
    );
  });

  it('reads a spec file that fails to load, which stops RSpec before any example, as a failure', async () => {
    const printed = printedTotals('load-error.summary.txt');
    expect(printed).toEqual({ examples: 0, failures: 0, pending: 0, outside: 1 });
    const { summary, failures } = await parseFixture('load-error.json');
    expect(summary).toMatchObject({ tests: printed.outside, failed: printed.outside, passed: 0, skipped: 0 });
    expect(failures).toEqual([
      expect.objectContaining({
        test: { name: '(spec file failed to load)', file: 'broken/cart_spec.rb' },
        error: expect.objectContaining({
          type: 'LoadError',
          message: 'cannot load such file -- /tmp/faultline-fixtures/rspec/project/lib/does_not_exist',
          frames: [
            { file: 'broken/cart_spec.rb', line: 1, function: 'require_relative', inApp: true },
            { file: 'broken/cart_spec.rb', line: 1, function: '<top (required)>', inApp: true },
          ],
        }),
      }),
    ]);
  });

  it('keeps an error outside examples that RSpec counted but did not describe, and skips other messages', async () => {
    const report = {
      version: '3.13.0',
      messages: [
        'Run options: include {:focus=>true}',
        'All examples were filtered out; ignoring {:focus=>true}',
      ],
      examples: [{ description: 'works', full_description: 'works', status: 'passed', run_time: 0.001 }],
      summary: {
        duration: 0.5,
        example_count: 1,
        failure_count: 0,
        pending_count: 0,
        errors_outside_of_examples_count: 1,
      },
    };
    const { summary, failures } = await parseText(JSON.stringify(report));
    expect(summary).toEqual({ tests: 2, passed: 1, failed: 1, skipped: 0, flaky: 0, durationMs: 500 });
    expect(failures).toEqual([
      {
        kind: 'test',
        flaky: false,
        test: { name: '(error outside of examples)' },
        error: { message: 'RSpec reported an error outside of examples without its details', frames: [] },
        source: { path: 'rspec.json' },
      },
    ]);
  });

  it('reads Ruby 3.4 frames, quoted with a plain quote and naming the class', () => {
    expect(rubyFrame("/w/lib/cart.rb:14:in 'Hash#fetch'", '/w')).toEqual({
      file: 'lib/cart.rb',
      line: 14,
      function: 'Hash#fetch',
      inApp: true,
    });
    expect(rubyFrame("<internal:kernel>:187:in 'Kernel#loop'", '/w')).toMatchObject({ inApp: false });
    expect(rubyFrame('/w/vendor/bundle/ruby/3.3.0/gems/rack-3.0.0/lib/rack.rb:9', '/w')).toMatchObject({
      line: 9,
      inApp: false,
    });
    expect(rubyFrame('not a frame', '/w')).toBeUndefined();
  });

  it('names the line and column where a truncated report ends, and refuses other JSON', async () => {
    const text = fixture('rspec.json');
    const cut = text.slice(0, text.indexOf('"backtrace"') + 30);
    const error = await rejection(parseText(cut));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ path: 'rspec.json', ...positionAt(cut, cut.length) });
    expect(String(error)).toMatch(/^rspec\.json:1:\d+: invalid JSON: the document ends early/);
    const other = await rejection(parseText('{"version": "3.12.0"}'));
    expect((other as ParseError).message).toMatch(/not an RSpec JSON report/);
  });
});

describe('detecting RSpec JSON', () => {
  const head = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8').slice(0, 8192);

  it('knows RSpec reports by their head, and takes no other JSON for one', () => {
    for (const name of ['rspec.json', 'load-error.json'])
      expect(detectParser(fixture(name).slice(0, 8192))?.format).toBe('rspec-json');
    expect(rspecJsonParser.sniff('{"version":"3.13.0","seed":1234,"examples":[')).toBe(true);
    for (const path of [
      '../fixtures/playwright/report.json',
      '../fixtures/json/vitest.json',
      '../fixtures/mocha/mocha.json',
      '../fixtures/ctrf/jest-ctrf.json',
    ])
      expect(rspecJsonParser.sniff(head(path)), path).toBe(false);
    const sarif = '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[]}';
    expect(rspecJsonParser.sniff(sarif)).toBe(false);
    expect(rspecJsonParser.sniff('{"version": "1.0.0", "dependencies": {}}')).toBe(false);
  });
});
