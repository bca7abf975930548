import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { startGitHubDouble } from './helpers/github-double.js';
import { reportSchemaErrors } from './helpers/schema.js';

const repo = new URL('..', import.meta.url).pathname;

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-cli-'));
  for (const name of ['vitest-junit.xml', 'pytest-junit.xml']) {
    copyFileSync(join(repo, 'examples/reports', name), join(dir, name));
  }
  return dir;
}

describe('faultline parse --json', () => {
  it('prints exactly one report document that validates against schemas/report.v1.json', async () => {
    const result = await cli(['parse', '--json', 'examples/reports'], repo);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(reportSchemaErrors(report)).toBe('');
    expect(report.summary).toMatchObject({ tests: 15, passed: 5, failed: 6, skipped: 4, flaky: 0 });
    expect(report.sources.map((source: { format: string }) => source.format)).toEqual([
      'junit',
      'junit',
      'junit',
    ]);
    expect(JSON.stringify(report)).not.toContain('null');
  });

  it('lists a broken source with its line and column, reads the rest, and exits 3', async () => {
    const dir = workdir();
    copyFileSync(join(repo, 'test/fixtures/junit/malformed.xml'), join(dir, 'TEST-broken.xml'));
    const result = await cli(['parse', '--json', '*.xml', 'missing.xml'], dir);
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout);
    expect(reportSchemaErrors(report)).toBe('');
    const broken = report.sources.find((source: { path: string }) => source.path === 'TEST-broken.xml');
    expect(broken.error).toMatchObject({ line: 6 });
    expect(broken.error.column).toBeGreaterThan(0);
    expect(report.sources).toContainEqual({ path: 'missing.xml', error: { message: 'no such file' } });
    expect(report.summary.tests).toBe(10);
    expect(result.stderr).toMatch(/Skipped TEST-broken\.xml:6:\d+: /);
  });

  it('ignores non-report files that a glob matches, but names an explicit one', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'pom.xml'), '<project/>');
    const globbed = await cli(['parse', '--json', '*.xml'], dir);
    expect(globbed.code).toBe(0);
    expect(JSON.parse(globbed.stdout).sources).toHaveLength(2);
    const named = await cli(['parse', '--json', 'pom.xml'], dir);
    expect(named.code).toBe(3);
    expect(JSON.parse(named.stdout).sources[0].error.message).toMatch(/not a test report/);
  });

  it('rejects unknown flags, formats and commands with exit 2', async () => {
    expect((await cli(['parse', '--bogus', 'x'], repo)).code).toBe(2);
    const format = await cli(['parse', '--format', 'nope', 'x'], repo);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format: unknown format "nope" \(use auto, junit/);
    expect((await cli(['explode'], repo)).code).toBe(2);
    expect((await cli(['parse'], repo)).stderr).toMatch(/needs at least one path/);
  });
});

describe('faultline report', () => {
  it('prints a readable summary, writes its files, and updates on the second run', async () => {
    const dir = workdir();
    const first = await cli(['report', '.'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/10 tests, 3 passed, 4 failed, 3 skipped, 0 flaky/);
    expect(first.stdout).toMatch(/KeyError: 'kiwi'\n {4}at inventory\.py:7/);
    expect(first.stdout).toMatch(/Issues: 4 opened, 0 updated/);
    const plan = JSON.parse(readFileSync(join(dir, '.faultline/issue-plan.json'), 'utf8'));
    expect(plan.issues.map((entry: { action: string }) => entry.action)).toEqual([
      'open',
      'open',
      'open',
      'open',
    ]);
    const preview = JSON.parse(readFileSync(join(dir, '.faultline/payloads/generic.preview.json'), 'utf8'));
    expect(preview.data.items).toHaveLength(4);
    expect(readFileSync(join(dir, '.faultline/summary.md'), 'utf8')).toMatch(/\| 10 \| 3 \| 4 \| 3 \| 0 \|/);

    const second = await cli(['report', '.'], dir);
    expect(second.stdout).toMatch(/Issues: 0 opened, 4 updated/);
    const again = JSON.parse(readFileSync(join(dir, '.faultline/issue-plan.json'), 'utf8'));
    expect(
      again.issues.map((entry: { number: number; occurrences: number }) => [entry.number, entry.occurrences]),
    ).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
      [4, 2],
    ]);
  });

  it('exits 1 only when asked to fail on failures', async () => {
    const dir = workdir();
    expect((await cli(['report', '.', '--fail-on', 'failures'], dir)).code).toBe(1);
    expect((await cli(['report', '.', '--fail-on', 'parse-errors'], dir)).code).toBe(0);
  });
});

describe('faultline report --tracker github', () => {
  it('files issues through the GitHub API with the token from GITHUB_TOKEN, which it never prints', async () => {
    const github = await startGitHubDouble({
      tokens: { ghp_cliToken0123456789: { login: 'ci-bot', write: true, personal: true } },
    });
    try {
      const dir = workdir();
      const args = [
        'report',
        '.',
        '--tracker',
        'github',
        '--repo',
        'acme/shop',
        '--github-api-url',
        github.url,
        '--converge-delay',
        '10',
        '--write-spacing',
        '0',
      ];
      const env = { GITHUB_TOKEN: 'ghp_cliToken0123456789' };
      const first = await cli(args, dir, env);
      expect(first.stdout).toMatch(/Issues: 4 opened, 0 updated/);
      expect(github.issues.map((issue) => issue.user)).toEqual(['ci-bot', 'ci-bot', 'ci-bot', 'ci-bot']);
      const second = await cli(args, dir, env);
      expect(second.stdout).toMatch(/Issues: 0 opened, 4 updated/);
      expect(first.stdout + first.stderr + second.stdout + second.stderr).not.toContain(
        'ghp_cliToken0123456789',
      );
    } finally {
      await github.close();
    }
  });
});

describe('faultline explain', () => {
  it('prints the components behind each fingerprint, filtered by test name', async () => {
    const result = await cli(['explain', 'examples/reports', '--test', 'gift'], repo);
    expect(result.code).toBe(0);
    const blocks = result.stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      expect(block).toMatch(/^v1:[0-9a-f]{16} {2}.*gift.*\(shared with 1 other failure\(s\) here\)/);
      expect(block).toContain('basis:    app-frames');
      expect(block).toContain('type:     TypeError');
      expect(block).toContain('frames:   cart:lineTotal  ←  cart:  ←  cart:cartTotal');
      expect(block).toMatch(/previous: v0:[0-9a-f]{16}/);
    }
  });

  it('prints JSON with --json, and applies group-by and rules from --config', async () => {
    const dir = workdir();
    writeFileSync(
      join(dir, 'faultline.yml'),
      "fingerprints:\n  - match: { type: KeyError }\n    fingerprint: ['{{ type }}', 'inventory']\n",
    );
    const result = await cli(['explain', '--json', '--config', 'faultline.yml', 'pytest-junit.xml'], dir);
    const groupings = JSON.parse(result.stdout);
    expect(groupings.map((grouping: { basis: string }) => grouping.basis)).toEqual(['rule', 'test-error']);
    expect(groupings[0].components).toEqual({ custom: ['type=KeyError', 'inventory'] });
    const byTest = JSON.parse(
      (await cli(['explain', '--json', '--group-by', 'test', 'pytest-junit.xml'], dir)).stdout,
    );
    expect(byTest.map((grouping: { basis: string }) => grouping.basis)).toEqual(['test', 'test']);
    expect((await cli(['explain', '--group-by', 'bug', 'pytest-junit.xml'], dir)).stderr).toMatch(
      /--group-by: unknown value "bug"/,
    );
  });
});
