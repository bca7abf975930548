import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromInputs } from '../../src/config.js';
import { jobOfArtifact, matrixValues } from '../../src/sources/workflow-run.js';

function eventFile(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'faultline-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

const runEvent = {
  workflow_run: {
    id: 4242,
    name: 'CI',
    event: 'push',
    head_sha: 'abc123',
    head_branch: 'main',
    run_attempt: 2,
    pull_requests: [],
  },
  repository: { default_branch: 'main', full_name: 'acme/shop' },
};

const base = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '1',
  GITHUB_JOB: 'triage',
  GITHUB_SERVER_URL: 'https://github.com',
  'INPUT_GITHUB-TOKEN': 'ghs_token',
};

describe('workflow_run mode settings', () => {
  it('turns on for a workflow_run event and describes the triaged run, not the triaging one', () => {
    const config = configFromInputs({
      ...base,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile(runEvent),
    });
    expect(config.workflowRun).toMatchObject({
      runId: 4242,
      event: 'push',
      artifacts: '*',
      jobLogs: true,
      owner: 'acme',
      repo: 'shop',
    });
    expect(config.run).toEqual({
      repository: 'acme/shop',
      serverUrl: 'https://github.com',
      runId: '4242',
      workflow: 'CI',
      sha: 'abc123',
      branch: 'main',
      runAttempt: '2',
    });
    expect(config.paths).toEqual([]);
    expect(config.github?.mode).toBe('write');
  });

  it('judges the triaged run by its own event: a pull request run only reports', () => {
    const event = {
      ...runEvent,
      workflow_run: {
        ...runEvent.workflow_run,
        event: 'pull_request',
        head_branch: 'feature',
        pull_requests: [{ number: 7 }],
      },
    };
    const config = configFromInputs({
      ...base,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile(event),
    });
    expect(config.workflowRun?.pullRequest).toBe(7);
    expect(config.github?.mode).toBe('report');
  });

  it('turns on with run-id, and checks its inputs', () => {
    const config = configFromInputs({
      ...base,
      'INPUT_RUN-ID': '99',
      INPUT_ARTIFACTS: '/^junit-/',
      'INPUT_JOB-LOGS': 'none',
    });
    expect(config.workflowRun).toMatchObject({ runId: 99, artifacts: '/^junit-/', jobLogs: false });
    expect(() => configFromInputs({ ...base, 'INPUT_RUN-ID': 'abc' })).toThrow(/run-id/);
    expect(() => configFromInputs({ ...base, 'INPUT_RUN-ID': '9', 'INPUT_JOB-LOGS': 'all' })).toThrow(
      /job-logs/,
    );
    expect(() => configFromInputs({ GITHUB_REPOSITORY: 'acme/shop', 'INPUT_RUN-ID': '9' })).toThrow(
      /github-token/,
    );
  });

  it('triages its own run in the matrix-aggregation setup, described by this run’s environment', () => {
    const config = configFromInputs({
      ...base,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_RUN_ID: '555',
      GITHUB_SHA: 'beef',
      GITHUB_REF_NAME: 'main',
      GITHUB_WORKFLOW: 'CI',
      'INPUT_RUN-ID': '555',
    });
    expect(config.workflowRun).toMatchObject({ runId: 555, ownRun: true, event: 'push' });
    expect(config.run).toMatchObject({ runId: '555', sha: 'beef', branch: 'main', workflow: 'CI' });
  });

  it('stays off for other events', () => {
    expect(configFromInputs({ ...base, GITHUB_EVENT_NAME: 'push' }).workflowRun).toBeUndefined();
  });
});

describe('attribution of artifacts to matrix legs', () => {
  const job = (id: number, name: string) => ({
    id,
    name,
    status: 'completed',
    conclusion: 'failure',
    runAttempt: 1,
    steps: [],
  });
  const jobs = [job(1, 'test (ubuntu-latest, 20)'), job(2, 'test (ubuntu-latest, 22)'), job(3, 'lint')];

  it('reads the values of a leg from its job name', () => {
    expect(matrixValues('test (ubuntu-latest, 20)')).toEqual(['ubuntu-latest', '20']);
    expect(matrixValues('lint')).toEqual([]);
  });

  it('gives an artifact the one leg whose values its name holds, and none when it is ambiguous', () => {
    expect(jobOfArtifact('junit-ubuntu-latest-22', jobs)?.id).toBe(2);
    expect(jobOfArtifact('junit-ubuntu-latest', jobs)).toBeUndefined();
    expect(jobOfArtifact('junit-ubuntu-latest-2', [job(4, 'test (ubuntu-latest, 2)'), ...jobs])?.id).toBe(4);
    expect(jobOfArtifact('reports', [job(9, 'build')])?.id).toBe(9);
  });
});
