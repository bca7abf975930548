import picomatch from 'picomatch';
import type { WorkflowRunConfig } from '../config/workflow-run.js';
import type { RunArtifact, RunJob, WorkflowRunClient } from '../github/workflow-run.js';
import type { Logger } from '../log.js';
import { logDetectors } from '../logs/registry.js';
import { scanLogStream } from '../logs/scanner.js';
import { StepIndex } from '../logs/step-index.js';
import {
  addSummaries,
  emptySummary,
  type FailureDraft,
  type Origin,
  type SourceInfo,
  type Summary,
} from '../model.js';
import { parseReportStream } from './report-stream.js';
import { failedSourceInfo, readSourceInfo } from './source-info.js';
import { DEFAULT_ZIP_LIMITS, zipEntries } from './zip.js';

// Triage of a finished run through the API: its artifacts' reports and its failed jobs' logs.
// Each part that cannot be read (an expired artifact, a log that is gone, a job still running,
// an API error) becomes a source with an error, and the rest goes on.

export interface RunSources {
  summary: Summary;
  sources: SourceInfo[];
  failures: FailureDraft[];
}

export interface RunTriageOptions {
  workspace: string;
  format: string;
  log: Logger;
  /** Attribution every failure of the run shares. */
  base: Origin;
}

const FAILED = new Set(['failure', 'timed_out']);

function artifactMatcher(pattern: string): (name: string) => boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (regex) {
    const compiled = new RegExp(regex[1] ?? '', regex[2]);
    return (name) => compiled.test(name);
  }
  return picomatch(pattern, { dot: true });
}

/** "test (ubuntu-latest, 20)" → ["ubuntu-latest", "20"]: the values of a matrix leg, as GitHub names the job. */
export function matrixValues(jobName: string): string[] {
  const inner = /\(([^()]*)\)\s*$/.exec(jobName)?.[1];
  return inner
    ? inner
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean)
    : [];
}

/** The job an artifact came from, when its name holds exactly one leg's matrix values (or the run has one job). */
export function jobOfArtifact(artifact: string, jobs: readonly RunJob[]): RunJob | undefined {
  if (jobs.length === 1) return jobs[0];
  // Whole values only: leg "2" must not claim the artifact of leg "22".
  const holds = (value: string) =>
    new RegExp(`(^|[^a-z0-9])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`, 'i').test(
      artifact,
    );
  const matches = jobs.filter((job) => {
    const values = matrixValues(job.name);
    return values.length > 0 && values.every(holds);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

function jobOrigin(base: Origin, job: RunJob | undefined): Origin {
  if (!job) return base;
  return { ...base, job: job.name, jobId: job.id, runAttempt: job.runAttempt };
}

async function readArtifact(
  artifact: RunArtifact,
  client: WorkflowRunClient,
  config: WorkflowRunConfig,
  options: RunTriageOptions,
  origin: Origin,
  into: RunSources,
): Promise<void> {
  const label = `artifact ${artifact.name}`;
  if (artifact.expired)
    return void into.sources.push({ path: label, error: { message: 'expired; not triaged' } });
  if (artifact.sizeInBytes > config.maxArtifactBytes) {
    const mb = Math.ceil(artifact.sizeInBytes / 1024 / 1024);
    return void into.sources.push({
      path: label,
      error: { message: `${mb} MB is over max-artifact-mb; not triaged` },
    });
  }
  const download = await client.downloadArtifact(artifact, { maxZipBytes: config.maxArtifactBytes });
  try {
    const onSkip = ({ name, reason }: { name: string; reason: string }) =>
      into.sources.push({ path: `${artifact.name}/${name}`, error: { message: `skipped: ${reason}` } });
    for await (const entry of zipEntries(download.path, DEFAULT_ZIP_LIMITS, { onSkip })) {
      const path = `${artifact.name}/${entry.name}`;
      try {
        const parsed = await parseReportStream(path, () => entry.open(), options.format, options.workspace);
        if (!parsed) continue;
        into.sources.push(readSourceInfo(path, parsed.format, parsed.notes));
        into.summary = addSummaries(into.summary, parsed.summary);
        for (const failure of parsed.failures)
          into.failures.push({ ...failure, origin: { ...origin, artifact: artifact.name } });
      } catch (error) {
        into.sources.push(failedSourceInfo(path, error));
      }
    }
  } finally {
    await download.dispose();
  }
}

async function readJobLog(
  job: RunJob,
  client: WorkflowRunClient,
  options: RunTriageOptions,
  into: RunSources,
): Promise<void> {
  const path = `job log ${job.name}`;
  const index = new StepIndex(job.steps);
  const found = await scanLogStream(index.watch(await client.jobLog(job.id)), logDetectors, {
    path,
    workspace: options.workspace,
  });
  into.sources.push({ path, format: 'log' });
  for (const failure of found) {
    const step = index.stepAt(failure.source.line ?? 0);
    // A runtime error printed by a step that passed was handled (or printed on purpose).
    if (step && step.conclusion === 'success') continue;
    into.failures.push({
      ...failure,
      origin: { ...jobOrigin(options.base, job), ...(step ? { step: step.name } : {}) },
    });
  }
}

export async function readWorkflowRun(
  config: WorkflowRunConfig,
  client: WorkflowRunClient,
  options: RunTriageOptions,
): Promise<RunSources> {
  const into: RunSources = { summary: emptySummary(), sources: [], failures: [] };
  let jobs: RunJob[] = [];
  try {
    jobs = await client.listJobs(config.runId);
  } catch (error) {
    into.sources.push(failedSourceInfo(`jobs of run ${config.runId}`, error));
  }
  // In the run this job belongs to, the jobs still running are this one and its peers.
  const running = config.ownRun ? [] : jobs.filter((candidate) => candidate.status !== 'completed');
  for (const job of running)
    into.sources.push({
      path: `job ${job.name}`,
      error: { message: `still ${job.status.replace(/_/g, ' ')}; not triaged` },
    });

  const wanted = artifactMatcher(config.artifacts);
  let artifacts: RunArtifact[] = [];
  try {
    artifacts = (await client.listArtifacts(config.runId)).filter((artifact) => wanted(artifact.name));
  } catch (error) {
    into.sources.push(failedSourceInfo(`artifacts of run ${config.runId}`, error));
  }
  for (const artifact of artifacts) {
    const origin = jobOrigin(options.base, jobOfArtifact(artifact.name, jobs));
    try {
      await readArtifact(artifact, client, config, options, origin, into);
    } catch (error) {
      into.sources.push(failedSourceInfo(`artifact ${artifact.name}`, error));
    }
  }
  if (config.jobLogs) {
    for (const job of jobs.filter(
      (candidate) => candidate.status === 'completed' && FAILED.has(candidate.conclusion ?? ''),
    )) {
      try {
        await readJobLog(job, client, options, into);
      } catch (error) {
        into.sources.push(failedSourceInfo(`job log ${job.name}`, error));
      }
    }
  }
  options.log.info(
    `Run ${config.runId}: ${jobs.length} job(s), ${artifacts.length} artifact(s) read, ${into.failures.length} failure(s) found`,
  );
  return into;
}
