import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// The Actions part of the GitHub double: runs with their jobs (per attempt, with steps), job
// logs and artifacts. As on GitHub, logs and artifact zips are not served by the API: it answers
// 302 to a signed URL on a second host (a second loopback server here), which refuses requests
// carrying an Authorization header and links older than their time to live (403), and expired
// artifacts answer 410.

export interface DoubleStep {
  name: string;
  number: number;
  conclusion: string | null;
  startedAt?: string;
  completedAt?: string;
}

export interface DoubleJob {
  id: number;
  name: string;
  /** The attempt that ran this job; filter=latest keeps the highest per job name. */
  attempt: number;
  status?: string;
  conclusion: string | null;
  startedAt?: string;
  completedAt?: string;
  steps: DoubleStep[];
  /** The plain-text log, or a maker of it for logs too big to hold. */
  log?: string | (() => AsyncIterable<Buffer | string>);
}

export interface DoubleArtifact {
  id: number;
  name: string;
  zip: Buffer;
  expired?: boolean;
  /** Served without Content-Length, so its size shows only while streaming. */
  chunked?: boolean;
}

export interface DoubleRun {
  id: number;
  jobs: DoubleJob[];
  artifacts: DoubleArtifact[];
}

export interface ActionsKnobs {
  /** Off: the token lacks actions: read, and every Actions endpoint answers 403. */
  actionsRead: boolean;
  /** How long a signed download link lives; GitHub's last a minute. */
  linkTtlMs: number;
  /** The next N links are issued already expired. */
  expiredLinks: number;
}

export interface Storage {
  url: string;
  /** Every request the storage host saw. */
  requests: Array<{ path: string; authorization: boolean; status: number }>;
}

const DOCS = 'https://docs.github.com/rest';

interface Where {
  owner: string;
  repo: string;
  origin: string;
}

type Answer =
  | 'forbidden'
  | 'not found'
  | { status: number; body?: unknown; headers?: Record<string, string> };

type Send = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
) => void;

interface Link {
  body: () => AsyncIterable<Buffer | string> | Buffer;
  type: string;
  expires: number;
}

const jobShape = (owner: string, repo: string, origin: string, run: DoubleRun, job: DoubleJob) => ({
  id: job.id,
  run_id: run.id,
  run_url: `${origin}/repos/${owner}/${repo}/actions/runs/${run.id}`,
  run_attempt: job.attempt,
  node_id: `CR_${job.id}`,
  head_sha: 'f'.repeat(40),
  url: `${origin}/repos/${owner}/${repo}/actions/jobs/${job.id}`,
  html_url: `https://github.com/${owner}/${repo}/actions/runs/${run.id}/job/${job.id}`,
  status: job.status ?? 'completed',
  conclusion: job.conclusion,
  created_at: job.startedAt ?? '2024-01-01T00:00:00Z',
  started_at: job.startedAt ?? '2024-01-01T00:00:00Z',
  completed_at: job.completedAt ?? null,
  name: job.name,
  steps: job.steps.map((step) => ({
    name: step.name,
    status: 'completed',
    conclusion: step.conclusion,
    number: step.number,
    started_at: step.startedAt ?? null,
    completed_at: step.completedAt ?? null,
  })),
  check_run_url: `${origin}/repos/${owner}/${repo}/check-runs/${job.id}`,
  labels: ['ubuntu-latest'],
  runner_id: 1,
  runner_name: 'GitHub Actions 1',
  runner_group_id: 0,
  runner_group_name: 'GitHub Actions',
  workflow_name: 'CI',
  head_branch: 'main',
});

const artifactShape = (
  owner: string,
  repo: string,
  origin: string,
  run: DoubleRun,
  artifact: DoubleArtifact,
) => ({
  id: artifact.id,
  node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
  name: artifact.name,
  size_in_bytes: artifact.zip.length,
  url: `${origin}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}`,
  archive_download_url: `${origin}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`,
  expired: artifact.expired ?? false,
  created_at: '2024-01-01T00:00:00Z',
  expires_at: '2024-04-01T00:00:00Z',
  updated_at: '2024-01-01T00:00:00Z',
  digest: null,
  workflow_run: {
    id: run.id,
    repository_id: 1,
    head_repository_id: 1,
    head_branch: 'main',
    head_sha: 'f'.repeat(40),
  },
});

/** GitHub's paging: at most 100 a page, and a Link header with next/last/first/prev. */
function page<T>(url: URL, origin: string, all: readonly T[]) {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
  const number = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = (to: number, rel: string) => {
    const next = new URL(url.pathname + url.search, origin);
    next.searchParams.set('page', String(to));
    return `<${next.href}>; rel="${rel}"`;
  };
  const links = [
    ...(number < last ? [link(number + 1, 'next'), link(last, 'last')] : []),
    ...(number > 1 ? [link(1, 'first'), link(number - 1, 'prev')] : []),
  ];
  return {
    items: all.slice((number - 1) * perPage, number * perPage),
    headers: links.length ? { link: links.join(', ') } : ({} as Record<string, string>),
  };
}

function latestPerName(jobs: readonly DoubleJob[]): DoubleJob[] {
  const latest = new Map<string, DoubleJob>();
  for (const job of jobs) if ((latest.get(job.name)?.attempt ?? 0) < job.attempt) latest.set(job.name, job);
  return jobs.filter((job) => latest.get(job.name) === job);
}

export async function startActionsDouble(knobs: ActionsKnobs) {
  const runs: DoubleRun[] = [];
  const links = new Map<string, Link>();
  const requests: Storage['requests'] = [];

  const storageServer = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const link = links.get(url.searchParams.get('sig') ?? '');
    const authorization = request.headers.authorization !== undefined;
    const refuse = (status: number, code: string) => {
      requests.push({ path: url.pathname, authorization, status });
      response.writeHead(status, { 'content-type': 'application/xml' });
      response.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code></Error>`);
    };
    // A signed URL is its own credential; storage rejects a second one, as Azure Blob does.
    if (authorization) return refuse(400, 'InvalidAuthenticationInfo');
    if (!link) return refuse(403, 'AuthenticationFailed');
    if (Date.now() > link.expires) return refuse(403, 'AuthenticationFailed');
    requests.push({ path: url.pathname, authorization, status: 200 });
    const body = link.body();
    if (Buffer.isBuffer(body)) {
      response.writeHead(200, { 'content-type': link.type, 'content-length': String(body.length) });
      return response.end(body);
    }
    response.writeHead(200, { 'content-type': link.type });
    pipeline(Readable.from(body), response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => storageServer.listen(0, '127.0.0.1', resolve));
  const storageUrl = `http://127.0.0.1:${(storageServer.address() as AddressInfo).port}`;

  const signedLink = (path: string, type: string, body: Link['body']) => {
    const sig = randomBytes(16).toString('hex');
    const expired = knobs.expiredLinks > 0;
    if (expired) knobs.expiredLinks -= 1;
    links.set(sig, { body, type, expires: expired ? 0 : Date.now() + knobs.linkTtlMs });
    return `${storageUrl}${path}?sv=2024-01-01&se=soon&sig=${sig}`;
  };

  const refuseWithout = (response: ServerResponse, send: Send) =>
    send(
      response,
      403,
      { message: 'Resource not accessible by integration', documentation_url: DOCS },
      { 'x-accepted-github-permissions': 'actions=read' },
    );

  function runList(run: DoubleRun, kind: string, url: URL, where: Where) {
    const { owner, repo, origin } = where;
    if (kind === 'jobs') {
      const jobs = url.searchParams.get('filter') === 'all' ? run.jobs : latestPerName(run.jobs);
      const { items, headers } = page(url, origin, jobs);
      const body = {
        total_count: jobs.length,
        jobs: items.map((job) => jobShape(owner, repo, origin, run, job)),
      };
      return { body, headers };
    }
    const { items, headers } = page(url, origin, run.artifacts);
    const artifacts = items.map((artifact) => artifactShape(owner, repo, origin, run, artifact));
    return { body: { total_count: run.artifacts.length, artifacts }, headers };
  }

  /** The answer to an Actions request under /repos/{o}/{r}; undefined when the path is not one of ours. */
  function answer(rest: string, url: URL, where: Where): Answer | undefined {
    if (!rest.startsWith('/actions/')) return undefined;
    if (!knobs.actionsRead) return 'forbidden';
    const runMatch = /^\/actions\/runs\/(\d+)\/(jobs|artifacts)$/.exec(rest);
    if (runMatch) {
      const run = runs.find((candidate) => candidate.id === Number(runMatch[1]));
      return run ? { status: 200, ...runList(run, runMatch[2] ?? '', url, where) } : 'not found';
    }
    const logMatch = /^\/actions\/jobs\/(\d+)\/logs$/.exec(rest);
    if (logMatch) {
      const job = runs.flatMap((run) => run.jobs).find((candidate) => candidate.id === Number(logMatch[1]));
      const log = job?.log;
      if (!job || log === undefined) return 'not found';
      const location = signedLink(`/logs/${job.id}.txt`, 'text/plain', () =>
        typeof log === 'string' ? Buffer.from(log) : log(),
      );
      return { status: 302, headers: { location, 'content-type': 'text/html' } };
    }
    const zipMatch = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest);
    const artifact = runs
      .flatMap((run) => run.artifacts)
      .find((candidate) => zipMatch && candidate.id === Number(zipMatch[1]));
    if (!artifact) return 'not found';
    if (artifact.expired)
      return { status: 410, body: { message: 'Artifact has expired', documentation_url: DOCS } };
    const location = signedLink(`/artifacts/${artifact.id}.zip`, 'application/zip', () =>
      artifact.chunked ? Readable.from([artifact.zip]) : artifact.zip,
    );
    return { status: 302, headers: { location, 'content-type': 'text/html' } };
  }

  /** Answers an Actions request under /repos/{o}/{r}; false when the path is not one of ours. */
  function handle(rest: string, url: URL, where: Where, response: ServerResponse, send: Send): boolean {
    const result = answer(rest, url, where);
    if (result === undefined) return false;
    if (result === 'forbidden') refuseWithout(response, send);
    else if (result === 'not found') send(response, 404, { message: 'Not Found', documentation_url: DOCS });
    else send(response, result.status, result.body, result.headers);
    return true;
  }

  return {
    runs,
    storage: { url: storageUrl, requests } satisfies Storage,
    handle,
    close: () =>
      new Promise<void>((resolve) => {
        storageServer.closeAllConnections();
        storageServer.close(() => resolve());
      }),
  };
}
