import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { GitHubClient } from './client.js';
import { download } from './workflow-run-download.js';
import { RunSourceError, runSourceError } from './workflow-run-errors.js';

// What a finished workflow run left behind, read through the REST API (needs actions: read):
// its jobs, its artifacts (zips of reports) and its job logs. Bodies are streamed, never held
// whole: a job log runs to many megabytes, an artifact to gigabytes.

export { RunSourceError } from './workflow-run-errors.js';

export interface RunStep {
  name: string;
  number: number;
  conclusion: string | null;
  startedAt?: string;
  completedAt?: string;
}

export interface RunJob {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  runAttempt: number;
  startedAt?: string;
  completedAt?: string;
  steps: RunStep[];
}

export interface RunArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
}

export interface DownloadLimits {
  /** Bigger artifacts are refused before downloading, by their declared size, and while streaming. */
  maxZipBytes: number;
}

export interface WorkflowRunClient {
  /** GET /repos/{o}/{r}/actions/runs/{run_id}/jobs?filter=latest&per_page=100, all pages. */
  listJobs(runId: number): Promise<RunJob[]>;
  /** GET /repos/{o}/{r}/actions/runs/{run_id}/artifacts?per_page=100, all pages. */
  listArtifacts(runId: number): Promise<RunArtifact[]>;
  /** GET .../actions/artifacts/{id}/zip (302 to a short-lived URL): streamed to a temp file, bounded. */
  downloadArtifact(
    artifact: RunArtifact,
    limits: DownloadLimits,
  ): Promise<{ path: string; dispose(): Promise<void> }>;
  /** GET .../actions/jobs/{job_id}/logs (302 to plain text): a stream of Buffers, never buffered whole. */
  jobLog(jobId: number): Promise<AsyncIterable<Buffer>>;
}

type Timed = { started_at?: string | null; completed_at?: string | null };

const times = (item: Timed) => ({
  ...(item.started_at ? { startedAt: item.started_at } : {}),
  ...(item.completed_at ? { completedAt: item.completed_at } : {}),
});

/** Artifact names are the uploader's choice: keep the temp file's name plain. */
const fileName = (artifact: RunArtifact) =>
  `${artifact.name.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'artifact'}.zip`;

/** Counts bytes on the way to disk and stops the copy past the limit. */
function bounded(limit: number, what: string) {
  let seen = 0;
  return async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      seen += chunk.length;
      if (seen > limit) throw new RunSourceError(`${what}: more than the ${limit}-byte limit arrived`);
      yield chunk;
    }
  };
}

export function workflowRunClient(client: GitHubClient, owner: string, repo: string): WorkflowRunClient {
  const repository = { owner, repo };
  return {
    async listJobs(runId) {
      const what = `listing the jobs of run ${runId} in ${owner}/${repo}`;
      try {
        const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {
          ...repository,
          run_id: runId,
          filter: 'latest',
          per_page: 100,
        });
        return jobs.map((job) => ({
          id: Number(job.id),
          name: job.name,
          status: job.status,
          conclusion: job.conclusion,
          runAttempt: job.run_attempt ?? 1,
          ...times(job),
          steps: (job.steps ?? []).map((step) => ({
            name: step.name,
            number: step.number,
            conclusion: step.conclusion,
            ...times(step),
          })),
        }));
      } catch (error) {
        throw runSourceError(error, what);
      }
    },

    async listArtifacts(runId) {
      const what = `listing the artifacts of run ${runId} in ${owner}/${repo}`;
      try {
        const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
          ...repository,
          run_id: runId,
          per_page: 100,
        });
        return artifacts.map((artifact) => ({
          id: Number(artifact.id),
          name: artifact.name,
          sizeInBytes: artifact.size_in_bytes,
          expired: artifact.expired,
        }));
      } catch (error) {
        throw runSourceError(error, what);
      }
    },

    async downloadArtifact(artifact, limits) {
      const what = `downloading artifact "${artifact.name}" (id ${artifact.id})`;
      if (artifact.expired)
        throw new RunSourceError(
          `${what}: expired. GitHub keeps artifacts for the retention period only.`,
          410,
        );
      if (artifact.sizeInBytes > limits.maxZipBytes)
        throw new RunSourceError(
          `${what}: ${artifact.sizeInBytes} bytes, over the ${limits.maxZipBytes}-byte limit; not downloaded`,
        );
      const { length, body } = await download(
        client,
        'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        { ...repository, artifact_id: artifact.id, archive_format: 'zip' },
        what,
      );
      const folder = await mkdtemp(join(tmpdir(), 'faultline-artifact-'));
      const dispose = () => rm(folder, { recursive: true, force: true });
      const path = join(folder, fileName(artifact));
      try {
        if (length !== undefined && length > limits.maxZipBytes)
          throw new RunSourceError(
            `${what}: the server announced ${length} bytes, over the ${limits.maxZipBytes}-byte limit`,
          );
        await pipeline(body, bounded(limits.maxZipBytes, what), createWriteStream(path, { flags: 'wx' }));
      } catch (error) {
        await body.return(undefined);
        await dispose();
        throw error instanceof RunSourceError ? error : runSourceError(error, what);
      }
      return { path, dispose };
    },

    async jobLog(jobId) {
      const { body } = await download(
        client,
        'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
        { ...repository, job_id: jobId },
        `reading the log of job ${jobId} in ${owner}/${repo}`,
      );
      return body;
    },
  };
}
