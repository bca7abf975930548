import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { RunSourceError, type RunStep, workflowRunClient } from '../../src/github/workflow-run.js';
import { zipEntries } from '../../src/sources/zip.js';
import { recordingLogger } from '../destinations/harness.js';
import { type GitHubDouble, startGitHubDouble } from '../helpers/github-double.js';
import type { DoubleJob } from '../helpers/github-double-actions.js';
import { openApiProblems } from '../helpers/openapi.js';
import { zipBytes } from '../helpers/zip-writer.js';

const examples = join(import.meta.dirname, '../../examples/reports');
const example = (name: string) => readFileSync(join(examples, name));

const doubles: GitHubDouble[] = [];
afterEach(async () => {
  // Every API request must conform to GitHub's official OpenAPI description.
  const violations = doubles.flatMap((double) => double.violations);
  await Promise.all(doubles.splice(0).map((double) => double.close()));
  expect(violations).toEqual([]);
});

/** A double, the queries it saw, and a workflow-run client on the real Octokit. */
async function setup(token = 'ghs-read') {
  const queries: string[] = [];
  const github = await startGitHubDouble({
    check: (method, path, query, body) => {
      queries.push(`${method} ${path}?${query}`);
      return openApiProblems(method, path, query, body);
    },
  });
  doubles.push(github);
  const client = createGitHubClient({
    token,
    baseUrl: github.url,
    fetch: globalThis.fetch,
    log: recordingLogger(),
    writeSpacingMs: 0,
  });
  return { github, queries, runs: workflowRunClient(client, 'acme', 'shop') };
}

const steps = (count: number, minute: number): RunStep[] =>
  Array.from({ length: count }, (_, index) => ({
    name: `step ${index + 1}`,
    number: index + 1,
    conclusion: 'success',
    startedAt: `2024-01-01T10:${String(minute).padStart(2, '0')}:0${index}Z`,
    completedAt: `2024-01-01T10:${String(minute).padStart(2, '0')}:0${index + 1}Z`,
  }));

function job(id: number, name: string, attempt = 1, conclusion: string | null = 'success'): DoubleJob {
  return {
    id,
    name,
    attempt,
    conclusion,
    startedAt: '2024-01-01T10:00:00Z',
    completedAt: '2024-01-01T10:05:00Z',
    steps: steps(2, id % 60),
  };
}

async function text(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

describe('listing a run', () => {
  it('reads 150 jobs over two pages of 100, latest attempt only', async () => {
    const { github, queries, runs } = await setup();
    const jobs = Array.from({ length: 150 }, (_, index) => job(1000 + index, `shard ${index + 1}`));
    github.runs.push({ id: 7, jobs, artifacts: [] });
    const listed = await runs.listJobs(7);
    expect(listed).toHaveLength(150);
    expect(listed.map((item) => item.id)).toEqual(jobs.map((item) => item.id));
    expect(listed[149]).toEqual({
      id: 1149,
      name: 'shard 150',
      status: 'completed',
      conclusion: 'success',
      runAttempt: 1,
      startedAt: '2024-01-01T10:00:00Z',
      completedAt: '2024-01-01T10:05:00Z',
      steps: steps(2, 1149 % 60),
    });
    expect(queries).toEqual([
      'GET /repos/acme/shop/actions/runs/7/jobs?filter=latest&per_page=100',
      'GET /repos/acme/shop/actions/runs/7/jobs?filter=latest&per_page=100&page=2',
    ]);
  });

  it('keeps the re-run of a job, not the attempt it replaced, and leaves out absent times', async () => {
    const { github, runs } = await setup();
    const queued: DoubleJob = {
      id: 4,
      name: 'deploy',
      attempt: 2,
      status: 'queued',
      conclusion: null,
      steps: [],
    };
    github.runs.push({
      id: 8,
      jobs: [job(1, 'test', 1, 'failure'), job(2, 'lint', 1), job(3, 'test', 2, 'success'), queued],
      artifacts: [],
    });
    const listed = await runs.listJobs(8);
    expect(
      listed.map(({ id, name, runAttempt, conclusion }) => ({ id, name, runAttempt, conclusion })),
    ).toEqual([
      { id: 2, name: 'lint', runAttempt: 1, conclusion: 'success' },
      { id: 3, name: 'test', runAttempt: 2, conclusion: 'success' },
      { id: 4, name: 'deploy', runAttempt: 2, conclusion: null },
    ]);
    expect(listed[2]).toEqual({
      id: 4,
      name: 'deploy',
      status: 'queued',
      conclusion: null,
      runAttempt: 2,
      startedAt: '2024-01-01T00:00:00Z',
      steps: [],
    });
  });

  it('lists artifacts over pages, with size and expiry', async () => {
    const { github, queries, runs } = await setup();
    const artifacts = Array.from({ length: 101 }, (_, index) => ({
      id: 500 + index,
      name: `reports-${index}`,
      zip: zipBytes([{ name: 'junit.xml', data: example('vitest-junit.xml') }]),
      expired: index === 100,
    }));
    github.runs.push({ id: 9, jobs: [], artifacts });
    const listed = await runs.listArtifacts(9);
    expect(listed).toHaveLength(101);
    expect(listed[0]).toEqual({
      id: 500,
      name: 'reports-0',
      sizeInBytes: artifacts[0]?.zip.length,
      expired: false,
    });
    expect(listed[100]).toEqual({
      id: 600,
      name: 'reports-100',
      sizeInBytes: artifacts[100]?.zip.length,
      expired: true,
    });
    expect(queries).toHaveLength(2);
  });

  it('explains a token without actions: read, naming neither the token nor a URL', async () => {
    const { github, runs } = await setup();
    github.knobs.actionsRead = false;
    const error = await runs.listJobs(7).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunSourceError);
    expect((error as RunSourceError).status).toBe(403);
    expect((error as RunSourceError).message).toBe(
      [
        'GitHub refused listing the jobs of run 7 in acme/shop (403: Resource not accessible by integration). The token needs actions: read.',
        'Add this to the workflow that runs faultline:',
        '  permissions:',
        '    contents: read',
        '    actions: read',
      ].join('\n'),
    );
    await expect(runs.jobLog(1)).rejects.toMatchObject({ status: 403 });
  });

  it('says what is gone on 404', async () => {
    const { runs } = await setup();
    await expect(runs.listArtifacts(404)).rejects.toThrow(
      'listing the artifacts of run 404 in acme/shop: not found (404). It was deleted, or the token cannot see this repository.',
    );
  });
});

describe('downloading an artifact', () => {
  const reports = zipBytes([
    { name: 'reports/vitest-junit.xml', data: example('vitest-junit.xml') },
    { name: 'reports/pytest-junit.xml', data: example('pytest-junit.xml') },
  ]);

  it('follows the redirect to storage without the token and streams the zip to a temp file', async () => {
    const { github, runs } = await setup();
    github.runs.push({ id: 1, jobs: [], artifacts: [{ id: 77, name: 'test reports', zip: reports }] });
    const [artifact] = await runs.listArtifacts(1);
    if (!artifact) throw new Error('no artifact listed');
    const downloaded = await runs.downloadArtifact(artifact, { maxZipBytes: 1024 * 1024 });
    expect(readFileSync(downloaded.path)).toEqual(reports);
    const names: string[] = [];
    for await (const entry of zipEntries(downloaded.path)) names.push(entry.name);
    expect(names).toEqual(['reports/vitest-junit.xml', 'reports/pytest-junit.xml']);
    expect(github.storage.requests).toEqual([
      { path: '/artifacts/77.zip', authorization: false, status: 200 },
    ]);
    expect(github.requests.at(-1)).toEqual({
      method: 'GET',
      path: '/repos/acme/shop/actions/artifacts/77/zip',
      token: 'ghs-read',
    });
    await downloaded.dispose();
    expect(existsSync(downloaded.path)).toBe(false);
  });

  it('answers 410 for an expired artifact, whether the listing knew it or not', async () => {
    const { github, runs } = await setup();
    github.runs.push({ id: 1, jobs: [], artifacts: [{ id: 5, name: 'old', zip: reports, expired: true }] });
    const stale = { id: 5, name: 'old', sizeInBytes: reports.length, expired: false };
    const error = await runs.downloadArtifact(stale, { maxZipBytes: 1e6 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunSourceError);
    expect(error).toMatchObject({ status: 410 });
    expect((error as Error).message).toBe(
      `downloading artifact "old" (id 5): expired (410: Artifact has expired). GitHub keeps logs and artifacts for the repository's retention period only.`,
    );
    const before = github.requests.length;
    await expect(
      runs.downloadArtifact({ ...stale, expired: true }, { maxZipBytes: 1e6 }),
    ).rejects.toMatchObject({
      status: 410,
    });
    expect(github.requests.length).toBe(before);
  });

  it('refuses an artifact over the limit before downloading, and one that turns out bigger while streaming', async () => {
    const { github, runs } = await setup();
    github.runs.push({ id: 1, jobs: [], artifacts: [{ id: 6, name: 'big', zip: reports }] });
    const honest = { id: 6, name: 'big', sizeInBytes: reports.length, expired: false };
    await expect(runs.downloadArtifact(honest, { maxZipBytes: 100 })).rejects.toThrow(
      `downloading artifact "big" (id 6): ${reports.length} bytes, over the 100-byte limit; not downloaded`,
    );
    expect(github.storage.requests).toEqual([]);
    // The listing said 50 bytes; storage announces the real length, or sends it chunked.
    const lying = { ...honest, sizeInBytes: 50 };
    await expect(runs.downloadArtifact(lying, { maxZipBytes: 100 })).rejects.toThrow(
      `downloading artifact "big" (id 6): the server announced ${reports.length} bytes, over the 100-byte limit`,
    );
    github.runs.push({
      id: 2,
      jobs: [],
      artifacts: [{ id: 8, name: 'chunked', zip: reports, chunked: true }],
    });
    const folders = () =>
      readdirSync(tmpdir()).filter((name) => name.startsWith('faultline-artifact-')).length;
    const before = folders();
    await expect(
      runs.downloadArtifact({ ...lying, id: 8, name: 'chunked' }, { maxZipBytes: 100 }),
    ).rejects.toThrow('downloading artifact "chunked" (id 8): more than the 100-byte limit arrived');
    expect(folders()).toBe(before);
    expect(github.storage.requests).toHaveLength(2);
  });
});

describe('reading a job log', () => {
  it('streams a 20 MB log: chunks arrive long before the end, and the server waits for the reader', async () => {
    const { github, runs } = await setup();
    const line = `2024-01-01T10:30:45.1234567Z ${'x'.repeat(90)}\n`;
    const lines = Math.ceil((20 * 1024 * 1024) / line.length);
    let produced = 0;
    const log = async function* () {
      for (let index = 0; index < lines; index += 1000) {
        const block = line.repeat(Math.min(1000, lines - index));
        produced += block.length;
        yield block;
      }
    };
    github.runs.push({ id: 1, jobs: [{ ...job(42, 'test', 1, 'failure'), log }], artifacts: [] });
    let received = 0;
    let producedAtFirstChunk = -1;
    let producedAfterPause = -1;
    for await (const chunk of await runs.jobLog(42)) {
      if (producedAtFirstChunk < 0) {
        producedAtFirstChunk = produced;
        // A reader that stops: if anything between storage and here buffered the log whole, the
        // server would run on to the end during the pause. Backpressure holds it a few MB ahead.
        await new Promise((resolve) => setTimeout(resolve, 300));
        producedAfterPause = produced;
      }
      received += chunk.length;
    }
    expect(received).toBe(lines * line.length);
    expect(received).toBeGreaterThan(20 * 1024 * 1024);
    expect(producedAtFirstChunk).toBeLessThan(received / 2);
    expect(producedAfterPause).toBeLessThan(received / 2);
    expect(github.storage.requests).toEqual([{ path: '/logs/42.txt', authorization: false, status: 200 }]);
  });

  it('asks for a fresh link once when storage says the first one expired', async () => {
    const { github, runs } = await setup();
    github.runs.push({
      id: 1,
      jobs: [{ ...job(43, 'test'), log: '##[error]Process completed with exit code 1.\n' }],
      artifacts: [],
    });
    github.knobs.expiredLinks = 1;
    expect(await text(await runs.jobLog(43))).toBe('##[error]Process completed with exit code 1.\n');
    expect(github.storage.requests.map((request) => request.status)).toEqual([403, 200]);
    github.knobs.expiredLinks = 2;
    const error = await runs.jobLog(43).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 403 });
    expect((error as Error).message).toBe(
      'reading the log of job 43 in acme/shop failed: the download link GitHub gave was refused (403, and a fresh one too)',
    );
  });
});

describe('the storage host of the double', () => {
  it('refuses the token and links older than a second, as signed URLs do', async () => {
    const { github } = await setup();
    github.runs.push({ id: 1, jobs: [{ ...job(44, 'test'), log: 'hello\n' }], artifacts: [] });
    const api = await fetch(`${github.url}/repos/acme/shop/actions/jobs/44/logs`, {
      headers: { authorization: 'token ghs-read' },
      redirect: 'manual',
    });
    expect(api.status).toBe(302);
    const location = api.headers.get('location') ?? '';
    expect(location.startsWith(github.storage.url)).toBe(true);
    expect((await fetch(location, { headers: { authorization: 'token ghs-read' } })).status).toBe(400);
    expect(await (await fetch(location)).text()).toBe('hello\n');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await fetch(location)).status).toBe(403);
  });
});
