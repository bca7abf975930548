import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ActionsKnobs,
  type DoubleRun,
  type Storage,
  startActionsDouble,
} from './github-double-actions.js';

// A stateful test double of the GitHub REST API, over real HTTP on 127.0.0.1, for the real
// Octokit. It behaves like GitHub where faultline depends on it: Link pagination (at most 100
// a page), pull requests mixed into the issues list, search that lags behind writes, primary
// and secondary rate limits with their headers, 403 for missing permissions and locked issues,
// 422 for over-long titles and bodies and for duplicate labels, labels created on the fly, and
// a create that commits and then answers 502. Workflow runs, job logs and artifacts live in
// github-double-actions.ts.

export interface DoubleIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  locked: boolean;
  labels: string[];
  assignees: string[];
  user: string;
  created: number;
  pull_request?: boolean;
  comments: Array<{ user: string; body: string }>;
}

export interface Token {
  login: string;
  write: boolean;
  /** A personal token may ask who it is; an Actions token gets 403. */
  personal?: boolean;
}

export interface Knobs extends ActionsKnobs {
  searchLagMs: number;
  /** Answer the next create with 502 after committing it. */
  commitThen502: number;
  /** The next N requests get a secondary rate limit (403 + Retry-After). */
  secondaryLimits: number;
  /** The next N requests find the primary limit spent (403, x-ratelimit-remaining: 0, reset in 1 s). */
  primaryLimits: number;
  /** Hold the first page of issue lists until this many lists have arrived. */
  listBarrier: number;
  files: Record<string, string>;
}

export interface GitHubDouble {
  url: string;
  /** Requests that do not conform to GitHub's OpenAPI description (when checked). */
  violations: string[];
  issues: DoubleIssue[];
  labels: Set<string>;
  /** Workflow runs, with their jobs, logs and artifacts: fill in from tests. */
  runs: DoubleRun[];
  /** The second host that serves logs and artifacts by signed links. */
  storage: Storage;
  requests: Array<{ method: string; path: string; token: string }>;
  knobs: Knobs;
  tokens: Record<string, Token>;
  /** Calls by "METHOD /path-shape", for the notes. */
  calls(): Record<string, number>;
  close(): Promise<void>;
}

const REPO = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/;

function shape(path: string): string {
  return path
    .replace(/\/repos\/[^/]+\/[^/]+/, '/repos/{o}/{r}')
    .replace(/\/issues\/\d+/, '/issues/{n}')
    .replace(/\/labels\/[^/]+$/, '/labels/{name}')
    .replace(/\/actions\/(runs|jobs|artifacts)\/\d+/, '/actions/$1/{id}');
}

export async function startGitHubDouble(
  options: {
    tokens?: Record<string, Token>;
    knobs?: Partial<Knobs>;
    check?: (method: string, path: string, query: URLSearchParams, body: string) => string[];
  } = {},
): Promise<GitHubDouble> {
  const violations: string[] = [];
  const issues: DoubleIssue[] = [];
  const labels = new Set<string>();
  const requests: GitHubDouble['requests'] = [];
  const tokens: Record<string, Token> = options.tokens ?? {
    'ghs-write': { login: 'github-actions[bot]', write: true },
    'ghs-read': { login: 'github-actions[bot]', write: false },
  };
  const knobs: Knobs = {
    searchLagMs: 0,
    commitThen502: 0,
    secondaryLimits: 0,
    primaryLimits: 0,
    listBarrier: 0,
    files: {},
    actionsRead: true,
    linkTtlMs: 1000,
    expiredLinks: 0,
    ...options.knobs,
  };
  const waiting: Array<() => void> = [];
  let listsSeen = 0;
  let origin = '';
  const actions = await startActionsDouble(knobs);

  const send = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    response.end(body === undefined ? '' : JSON.stringify(body));
  };
  const issueJson = (owner: string, repo: string, issue: DoubleIssue) => ({
    id: issue.number * 1000,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    locked: issue.locked,
    labels: issue.labels.map((name) => ({ name })),
    assignees: issue.assignees.map((login) => ({ login })),
    user: { login: issue.user, type: issue.user.endsWith('[bot]') ? 'Bot' : 'User' },
    html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
    url: `${origin}/repos/${owner}/${repo}/issues/${issue.number}`,
    comments: issue.comments.length,
    ...(issue.pull_request
      ? { pull_request: { url: `${origin}/repos/${owner}/${repo}/pulls/${issue.number}` } }
      : {}),
  });
  const forbidden = (response: ServerResponse, message = 'Resource not accessible by integration') =>
    send(
      response,
      403,
      { message, documentation_url: 'https://docs.github.com/rest' },
      { 'x-accepted-github-permissions': 'issues=write' },
    );

  async function handle(request: IncomingMessage, body: string, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const token = (request.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
    requests.push({ method, path: url.pathname, token });
    if (options.check) violations.push(...options.check(method, url.pathname, url.searchParams, body));
    const who = tokens[token];
    if (!who) return send(response, 401, { message: 'Bad credentials' });
    if (knobs.secondaryLimits > 0) {
      knobs.secondaryLimits -= 1;
      return send(
        response,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
        { 'retry-after': '1' },
      );
    }
    if (knobs.primaryLimits > 0) {
      knobs.primaryLimits -= 1;
      return send(
        response,
        403,
        { message: 'API rate limit exceeded for installation ID 1.' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) },
      );
    }
    if (url.pathname === '/user')
      return who.personal ? send(response, 200, { login: who.login }) : forbidden(response);
    if (url.pathname === '/search/issues') {
      const visible = issues.filter((issue) => Date.now() - issue.created >= knobs.searchLagMs);
      const terms = (url.searchParams.get('q') ?? '').split(' ').filter((term) => !term.includes(':'));
      const items = visible.filter((issue) =>
        terms.every((term) => issue.body.includes(term) || issue.title.includes(term)),
      );
      return send(response, 200, {
        total_count: items.length,
        incomplete_results: false,
        items: items.map((issue) => issueJson('o', 'r', issue)),
      });
    }
    const match = REPO.exec(url.pathname);
    if (!match) return send(response, 404, { message: 'Not Found' });
    const [, owner = '', repo = '', rest = ''] = match;
    if (actions.handle(rest, url, { owner, repo, origin }, response, send)) return;
    const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const needWrite = method !== 'GET';
    if (needWrite && !who.write) return forbidden(response);

    if (rest === '/issues' && method === 'GET') {
      const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const state = url.searchParams.get('state') ?? 'open';
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      if (page === 1 && knobs.listBarrier > 0) {
        listsSeen += 1;
        if (listsSeen < knobs.listBarrier) await new Promise<void>((resolve) => waiting.push(resolve));
        else for (const release of waiting.splice(0)) release();
      }
      const all = issues
        .filter((issue) => wanted.every((label) => issue.labels.includes(label)))
        .filter((issue) => state === 'all' || issue.state === state)
        .sort((a, b) =>
          url.searchParams.get('direction') === 'desc' ? b.number - a.number : a.number - b.number,
        );
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (to: number, rel: string) => {
        const next = new URL(url.href.replace('http://127.0.0.1', origin));
        next.searchParams.set('page', String(to));
        return `<${next.href}>; rel="${rel}"`;
      };
      const links = [
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
      ];
      return send(
        response,
        200,
        all.slice((page - 1) * perPage, page * perPage).map((issue) => issueJson(owner, repo, issue)),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if (rest === '/issues' && method === 'POST') {
      const title = String(payload.title ?? '');
      const issueBody = String(payload.body ?? '');
      if (!title)
        return send(response, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
        });
      if (title.length > 256)
        return send(response, 422, {
          message: 'Validation Failed',
          errors: [{ message: 'title is too long (maximum is 256 characters)' }],
        });
      if (issueBody.length > 65_536)
        return send(response, 422, {
          message: 'Validation Failed',
          errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
        });
      const wantedLabels = (payload.labels as string[] | undefined) ?? [];
      for (const label of wantedLabels) labels.add(label);
      const issue: DoubleIssue = {
        number: issues.length + 1,
        title,
        body: issueBody,
        state: 'open',
        state_reason: null,
        locked: false,
        labels: wantedLabels,
        assignees: (payload.assignees as string[] | undefined) ?? [],
        user: who.login,
        created: Date.now(),
        comments: [],
      };
      issues.push(issue);
      if (knobs.commitThen502 > 0) {
        knobs.commitThen502 -= 1;
        return send(response, 502, { message: 'Server Error' });
      }
      return send(response, 201, issueJson(owner, repo, issue));
    }
    const issueMatch = /^\/issues\/(\d+)(\/comments|\/lock)?$/.exec(rest);
    if (issueMatch) {
      const issue = issues[Number(issueMatch[1]) - 1];
      if (!issue) return send(response, 404, { message: 'Not Found' });
      if (issueMatch[2] === '/comments') {
        if (method === 'GET')
          return send(
            response,
            200,
            issue.comments.map((comment, index) => ({
              id: index + 1,
              body: comment.body,
              user: { login: comment.user },
            })),
          );
        if (issue.locked) return forbidden(response, 'Unable to create comment because issue is locked.');
        if (String(payload.body ?? '').length > 65_536)
          return send(response, 422, {
            message: 'Validation Failed',
            errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
          });
        issue.comments.push({ user: who.login, body: String(payload.body ?? '') });
        return send(response, 201, { id: issue.comments.length, body: payload.body });
      }
      if (issueMatch[2] === '/lock') {
        issue.locked = method === 'PUT';
        return send(response, 204, undefined);
      }
      if (method === 'GET') return send(response, 200, issueJson(owner, repo, issue));
      if (method === 'PATCH') {
        if (issue.locked) return forbidden(response, 'Unable to update issue because it is locked.');
        if (typeof payload.body === 'string') {
          if (payload.body.length > 65_536)
            return send(response, 422, {
              message: 'Validation Failed',
              errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
            });
          issue.body = payload.body;
        }
        // state_reason is ignored unless state changes (REST docs, issues/update).
        if (payload.state === 'open' || payload.state === 'closed') {
          if (payload.state !== issue.state)
            issue.state_reason =
              (payload.state_reason as string | undefined) ??
              (payload.state === 'closed' ? 'completed' : 'reopened');
          issue.state = payload.state;
        }
        return send(response, 200, issueJson(owner, repo, issue));
      }
    }
    const labelMatch = /^\/labels(?:\/([^/]+))?$/.exec(rest);
    if (labelMatch) {
      const name = labelMatch[1] ? decodeURIComponent(labelMatch[1]) : String(payload.name ?? '');
      if (method === 'GET')
        return labels.has(name)
          ? send(response, 200, { name })
          : send(response, 404, { message: 'Not Found' });
      if (method === 'POST') {
        if (name.length > 50)
          return send(response, 422, {
            message: 'Validation Failed',
            errors: [{ message: 'name is too long' }],
          });
        if (labels.has(name))
          return send(response, 422, {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          });
        labels.add(name);
        return send(response, 201, { name });
      }
    }
    const contents = /^\/contents\/(.+)$/.exec(rest);
    if (contents && method === 'GET') {
      const text = knobs.files[decodeURIComponent(contents[1] ?? '')];
      return text === undefined
        ? send(response, 404, { message: 'Not Found' })
        : send(response, 200, {
            type: 'file',
            encoding: 'base64',
            content: Buffer.from(text).toString('base64'),
          });
    }
    return send(response, 404, { message: 'Not Found' });
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, Buffer.concat(chunks).toString('utf8'), response).catch((error: unknown) =>
        send(response, 500, { message: String(error) }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    violations,
    issues,
    labels,
    runs: actions.runs,
    storage: actions.storage,
    requests,
    knobs,
    tokens,
    calls() {
      const counts: Record<string, number> = {};
      for (const request of requests)
        counts[`${request.method} ${shape(request.path)}`] =
          (counts[`${request.method} ${shape(request.path)}`] ?? 0) + 1;
      return counts;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        for (const release of waiting.splice(0)) release();
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await actions.close();
    },
  };
}
