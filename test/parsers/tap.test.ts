import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tapParser } from '../../src/parsers/tap.js';
import { readChunks } from '../../src/sources/files.js';

const fixtures = new URL('../fixtures/tap/', import.meta.url);
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);

describe('tap', () => {
  it('counts exactly what node:test counted, subtests and suites included', async () => {
    const totals = readFileSync(new URL('node-subtests.summary.txt', fixtures), 'utf8');
    const path = new URL('node-subtests.tap', fixtures).pathname;
    const { summary } = await tapParser.parse(readChunks(path), { path, workspace: '/' });
    expect(summary).toMatchObject({
      tests: number(totals, /ℹ tests (\d+)/),
      passed: number(totals, /ℹ pass (\d+)/),
      failed: number(totals, /ℹ fail (\d+)/),
      skipped: number(totals, /ℹ skipped (\d+)/) + number(totals, /ℹ todo (\d+)/),
    });
  });

  it('lists real failures once, with type, message, location and frames; a parent failed by a subtest is not repeated', async () => {
    const path = new URL('node-subtests.tap', fixtures).pathname;
    const { failures } = await tapParser.parse(readChunks(path), {
      path: 'node-subtests.tap',
      workspace: '/',
    });
    expect(failures.map((failure) => [failure.test?.suite, failure.test?.name, failure.error.type])).toEqual([
      ['suite', 'bad', 'AssertionError'],
      ['top', 'child bad', 'TypeError'],
    ]);
    expect(failures[0]?.error.message).toBe('Expected values to be strictly equal:');
    expect(failures[0]?.test?.line).toBe(2);
    expect(failures[0]?.error.frames[0]).toMatchObject({
      function: 'TestContext.<anonymous>',
      line: 2,
      inApp: true,
    });
    expect(failures[0]?.error.frames.some((frame) => frame.file?.startsWith('node:') && !frame.inApp)).toBe(
      true,
    );
  });

  it('reads plain TAP from other producers, with a plan, directives and a bail out', async () => {
    const tap = [
      'TAP version 14',
      '1..4',
      'ok 1 - adds',
      'not ok 2 - subtracts',
      '  ---',
      '  message: "expected 1"',
      '  ...',
      'ok 3 - later # SKIP not yet',
      'Bail out! database gone',
    ].join('\n');
    const { summary, failures } = await tapParser.parse(Readable.from([tap]), {
      path: 'x.tap',
      workspace: '/',
    });
    expect(summary).toMatchObject({ tests: 3, passed: 1, failed: 2, skipped: 1 });
    expect(failures.map((failure) => [failure.test?.name, failure.error.message])).toEqual([
      ['subtracts', 'expected 1'],
      ['Bail out!', 'Bail out! database gone'],
    ]);
  });

  it('reads subtests indented by other than four spaces (found by the fuzz test)', async () => {
    const tap = 'TAP version 13\n  # Subtest: a\n      ok 1 - x\n   not ok 2 - y\n1..2\n';
    const { summary } = await tapParser.parse(Readable.from([tap]), { path: 'odd.tap', workspace: '/' });
    expect(summary).toMatchObject({ tests: 2, passed: 1, failed: 1 });
  });

  it('sniffs TAP, and refuses a file with no TAP in it', async () => {
    expect(tapParser.sniff('TAP version 13\n# Subtest: a\n')).toBe(true);
    expect(tapParser.sniff('1..3\nok 1\n')).toBe(true);
    expect(tapParser.sniff('<testsuites>')).toBe(false);
    await expect(
      tapParser.parse(Readable.from(['hello\n']), { path: 'notes.txt', workspace: '/' }),
    ).rejects.toThrow(/no TAP version line/);
  });
});
