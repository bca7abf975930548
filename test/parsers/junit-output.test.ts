import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { junitParser } from '../../src/parsers/junit.js';
import { BoundedText, MAX_OUTPUT_BYTES, OutputCapture } from '../../src/parsers/junit-output.js';
import { NEEDS_NORMALIZING } from '../../src/parsers/xml-cursor.js';

async function parseXml(chunks: Iterable<string> | AsyncIterable<string>) {
  return junitParser.parse(Readable.from(chunks), { path: 'mem.xml', workspace: '/w' });
}

describe('bounded output', () => {
  it('keeps output that fits whole, and says nothing was cut', () => {
    const text = new BoundedText();
    text.append('a'.repeat(5000));
    text.append('b'.repeat(3000));
    expect(text.value()).toEqual({ text: `${'a'.repeat(5000)}${'b'.repeat(3000)}`, cut: false });
  });

  it('keeps the head and the tail of long output within the bound, in bytes', () => {
    const text = new BoundedText();
    for (let line = 1; line <= 5000; line += 1) text.append(`line ${line}\n`);
    const { text: kept, cut } = text.value();
    expect(cut).toBe(true);
    expect(kept.startsWith('line 1\nline 2\n')).toBe(true);
    expect(kept.endsWith('line 4999\nline 5000\n')).toBe(true);
    expect(Buffer.byteLength(kept)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
  });

  it('never cuts a multi-byte character in half', () => {
    const text = new BoundedText();
    text.append('€'.repeat(10_000));
    const { text: kept } = text.value();
    expect(kept).not.toContain('\uFFFD');
    expect(kept.replace(/\n… \[\d+ bytes cut\] …\n/, '')).toMatch(/^€+$/);
    expect(Buffer.byteLength(kept)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
  });

  it('leaves out streams that hold only whitespace, and trims the padding reporters add', () => {
    const capture = new OutputCapture();
    capture.append('stdout', '\n   \n');
    capture.append('stderr', '\n  boom\n\n    ');
    expect(capture.result()).toEqual({ stderr: '  boom' });
    expect(new OutputCapture().result()).toBeUndefined();
  });
});

describe('streaming a huge system-out', () => {
  // 50 MB in 5,000 CDATA sections, so the reader sees it piece by piece as a tokenizer streams it.
  const piece = `${'x'.repeat(10_000 - 1)}\n`;
  async function* hugeReport() {
    yield '<testsuite name="s"><testcase name="noisy" time="2.5"><failure message="boom"/><system-out>';
    yield '<![CDATA[first line\n]]>';
    for (let index = 0; index < 5000; index += 1) yield `<![CDATA[${piece}]]>`;
    yield '<![CDATA[last line]]></system-out></testcase></testsuite>';
  }

  it('keeps only its head and tail', async () => {
    const { failures } = await parseXml(hugeReport());
    const output = failures[0]?.output;
    expect(output?.truncated).toBe(true);
    expect(output?.stdout?.startsWith('first line\nxxx')).toBe(true);
    expect(output?.stdout?.endsWith('xxx\nlast line')).toBe(true);
    expect(Buffer.byteLength(output?.stdout ?? '')).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    expect(output?.stdout).toMatch(/… \[\d{8} bytes cut\] …/);
    expect(failures[0]?.durationMs).toBe(2500);
  }, 60_000);

  it('holds at most the bound plus a tail buffer while it reads', () => {
    const text = new BoundedText();
    let largest = 0;
    for (let index = 0; index < 5000; index += 1) {
      text.append(piece);
      largest = Math.max(largest, text.retainedLength);
    }
    expect(largest).toBeLessThanOrEqual(3 * MAX_OUTPUT_BYTES);
  });
});

describe('durations and repeated test cases', () => {
  it('reads a test time with thousands separators, and leaves a missing one out', async () => {
    const { failures } = await parseXml([
      '<testsuites><testsuite name="s">',
      '<testcase name="slow" time="1,234.5"><failure message="late"/></testcase>',
      '<testcase name="untimed"><error message="lost"/></testcase>',
      '</testsuite></testsuites>',
    ]);
    expect(failures.map((failure) => [failure.test?.name, failure.durationMs])).toEqual([
      ['slow', 1_234_500],
      ['untimed', undefined],
    ]);
    expect('durationMs' in (failures[1] ?? {})).toBe(false);
  });

  it('counts two tests that share a name twice when the first passed (Jest allows that)', async () => {
    const { summary, failures } = await parseXml([
      '<testsuite name="s">',
      '<testcase classname="c" name="same"/>',
      '<testcase classname="c" name="same"><failure message="boom"/></testcase>',
      '</testsuite>',
    ]);
    expect(summary).toMatchObject({ tests: 2, passed: 1, failed: 1, flaky: 0 });
    expect(failures).toHaveLength(1);
  });

  it('takes a failed test gotestsum wrote again as its rerun: one test, flaky when a run passed', async () => {
    const run = (name: string, message: string) =>
      `<testcase classname="pkg" name="${name}"><failure message="Failed">=== RUN   ${name}\n    a_test.go:9: ${message}\n--- FAIL: ${name} (0.00s)\n</failure></testcase>`;
    const { summary, failures } = await parseXml([
      '<testsuite name="pkg">',
      run('TestA', 'first'),
      run('TestA', 'second'),
      run('TestB', 'only'),
      '<testcase classname="pkg" name="TestA"/>',
      '</testsuite>',
    ]);
    expect(summary).toMatchObject({ tests: 2, passed: 1, failed: 1, flaky: 1 });
    expect(failures.map((failure) => [failure.test?.name, failure.error.message, failure.flaky])).toEqual([
      ['TestA', 'first', true],
      ['TestB', 'only', false],
    ]);
  });

  it('counts a repeated name in other dialects as another test (Surefire parameterized tests share one)', async () => {
    const { summary, failures } = await parseXml([
      '<testsuite name="CartTest">',
      '<testcase classname="CartTest" name="total"><failure message="expected 3" type="AssertionFailedError"/></testcase>',
      '<testcase classname="CartTest" name="total"/>',
      '</testsuite>',
    ]);
    expect(summary).toMatchObject({ tests: 2, passed: 1, failed: 1, flaky: 0 });
    expect(failures.map((failure) => failure.flaky)).toEqual([false]);
  });
});

describe('a capture reused from test to test', () => {
  it('gives each failing test only what it printed, after passing tests that printed more', async () => {
    const { failures } = await parseXml([
      '<testsuite name="s">',
      '<testcase name="a"><system-out>a says a lot ',
      'x'.repeat(20_000),
      '</system-out><system-err>a err</system-err></testcase>',
      '<testcase name="b"><failure message="b broke"/><system-out>b says &amp; this</system-out></testcase>',
      '<testcase name="c"><system-out>c prints</system-out></testcase>',
      '<testcase name="d"><failure message="d broke"/></testcase>',
      '<testcase name="e"><system-err><![CDATA[e err]]></system-err><failure message="e broke"/></testcase>',
      '<system-out>suite output, which speaks for no one of five tests</system-out>',
      '</testsuite>',
    ]);
    expect(failures.map((failure) => [failure.test?.name, failure.output])).toEqual([
      ['b', { stdout: 'b says & this' }],
      ['d', undefined],
      ['e', { stderr: 'e err' }],
    ]);
  });

  it('holds nothing of what it held before clear()', () => {
    const capture = new OutputCapture();
    const old = Buffer.from('old bytes');
    capture.appendBytes('stdout', old, 0, old.length, 0);
    capture.append('stdout', ' and old text');
    capture.append('stderr', 'old err');
    capture.clear();
    expect(capture.result()).toBeUndefined();
    const fresh = Buffer.from('new\r\nbytes');
    capture.appendBytes('stderr', fresh, 0, fresh.length, NEEDS_NORMALIZING);
    expect(capture.result()).toEqual({ stderr: 'new\nbytes' });
  });
});
