import { ConfigError } from '../errors.js';
import type { RunContext } from '../model.js';
import { type Read, readEvent } from './github.js';

// workflow_run mode: triage another, finished run through the API (its jobs, artifacts and
// logs), never its code. On when the workflow is triggered by workflow_run, or given run-id.

export interface WorkflowRunConfig {
  runId: number;
  /** The triaged run's own event (push, pull_request…), for the issue policy. */
  event?: string;
  /** Artifact names to read: a glob, or /a regular expression/. */
  artifacts: string;
  /** Fetch the logs of failed jobs and look for runtime errors in their failed steps. */
  jobLogs: boolean;
  /** Artifacts larger than this (zip bytes) are skipped, with a note. */
  maxArtifactBytes: number;
  /**
   * The run is the one this job belongs to: the matrix-aggregation setup, where a last job
   * (needs: every leg) triages the run it is part of. Jobs still running are then this job and
   * its peers, not a problem to report.
   */
  ownRun?: boolean;
}

interface WorkflowRunEvent {
  workflow_run?: {
    id?: number;
    name?: string;
    event?: string;
    head_sha?: string;
    head_branch?: string;
    run_attempt?: number;
    pull_requests?: Array<{ number?: number }>;
  };
}

const DEFAULT_MAX_ARTIFACT_MB = 512;

/** The mode's settings and the triaged run's context, or undefined when the mode is off. */
export function workflowRunConfig(
  read: Read,
  env: NodeJS.ProcessEnv,
): { config: WorkflowRunConfig; run: RunContext; pullRequest?: number } | undefined {
  const explicit = read('run-id');
  const event =
    env.GITHUB_EVENT_NAME === 'workflow_run'
      ? readEvent<WorkflowRunEvent>(env.GITHUB_EVENT_PATH).workflow_run
      : undefined;
  if (!explicit && !event?.id) return undefined;
  const runId = Number(explicit || event?.id);
  if (!Number.isSafeInteger(runId) || runId <= 0)
    throw new ConfigError('run-id', 'must be a workflow run id');
  const maxMb = Number(read('max-artifact-mb') || DEFAULT_MAX_ARTIFACT_MB);
  if (!Number.isFinite(maxMb) || maxMb <= 0)
    throw new ConfigError('max-artifact-mb', 'must be a number above 0');
  const jobLogs = read('job-logs') || 'failed';
  if (jobLogs !== 'failed' && jobLogs !== 'none') throw new ConfigError('job-logs', 'must be failed or none');
  const config: WorkflowRunConfig = {
    runId,
    artifacts: read('artifacts') || '*',
    jobLogs: jobLogs === 'failed',
    maxArtifactBytes: maxMb * 1024 * 1024,
  };
  const run: RunContext = { runId: String(runId) };
  if (explicit && explicit === env.GITHUB_RUN_ID) {
    config.ownRun = true;
    if (env.GITHUB_EVENT_NAME) config.event = env.GITHUB_EVENT_NAME;
    const own: Array<[keyof RunContext, string | undefined]> = [
      ['workflow', env.GITHUB_WORKFLOW],
      ['sha', env.GITHUB_SHA],
      ['branch', env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME],
      ['runAttempt', env.GITHUB_RUN_ATTEMPT],
      ['ref', env.GITHUB_REF],
    ];
    for (const [key, value] of own) if (value) run[key] = value;
    return { config, run };
  }
  // The event describes the triaged run only when it is that run (not when run-id names another).
  const same = event && (!explicit || Number(explicit) === event.id);
  if (same && event) {
    if (event.event) config.event = event.event;
    if (event.name) run.workflow = event.name;
    if (event.head_sha) run.sha = event.head_sha;
    if (event.head_branch) run.branch = event.head_branch;
    if (event.run_attempt) run.runAttempt = String(event.run_attempt);
    const pullRequest = event.pull_requests?.[0]?.number;
    if (pullRequest) return { config, run, pullRequest };
  }
  return { config, run };
}
