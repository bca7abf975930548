import { afterEach, describe, expect, it } from 'vitest';
import { previousFingerprints, withFingerprint } from '../../src/fingerprint/fingerprint.js';
import { GitHubTracker } from '../../src/issues/github.js';
import { markerLine, readMarker, readState } from '../../src/issues/github-body.js';
import type { GitHubTrackerConfig } from '../../src/issues/github-config.js';
import type { Failure, FailureDraft, RunContext } from '../../src/model.js';
import { recordingLogger } from '../destinations/harness.js';
import { type GitHubDouble, startGitHubDouble, type Token } from '../helpers/github-double.js';
import { openApiProblems } from '../helpers/openapi.js';

const doubles: GitHubDouble[] = [];
afterEach(async () => {
  // Every request faultline sent must conform to GitHub's official OpenAPI description.
  const violations = doubles.flatMap((double) => double.violations);
  await Promise.all(doubles.splice(0).map((double) => double.close()));
  expect(violations).toEqual([]);
});

async function double(options: Parameters<typeof startGitHubDouble>[0] = {}) {
  const started = await startGitHubDouble({ check: openApiProblems, ...options });
  doubles.push(started);
  return started;
}

function failure(name: string, overrides: Partial<FailureDraft> = {}, message = `${name} broke`): Failure {
  return withFingerprint({
    kind: 'test',
    flaky: false,
    test: { classname: 'cart', name, file: `test/${name}.test.ts` },
    error: {
      type: 'AssertionError',
      message,
      frames: [{ file: `test/${name}.test.ts`, line: 3, function: name, inApp: true }],
    },
    source: { path: 'reports/junit.xml', line: 1 },
    ...overrides,
  });
}

let runNumber = 100;
function sync(
  github: GitHubDouble,
  failures: Failure[],
  options: {
    config?: Partial<GitHubTrackerConfig>;
    run?: Partial<RunContext>;
    read?: string[];
    token?: string;
  } = {},
) {
  runNumber += 1;
  const log = recordingLogger();
  const config: GitHubTrackerConfig = {
    owner: 'acme',
    repo: 'shop',
    token: options.token ?? 'ghs-write',
    apiUrl: github.url,
    label: 'faultline',
    labels: ['ci'],
    flakyLabel: 'flaky',
    ignoreLabel: 'faultline:ignore',
    assignees: [],
    assignCodeowners: false,
    closeAfter: 0,
    maxNewIssues: 10,
    quietDays: 7,
    convergeDelayMs: 5,
    writeSpacingMs: 0,
    mode: 'write',
    defaultBranch: 'main',
    authors: ['github-actions[bot]'],
    ...options.config,
  };
  const run: RunContext = {
    runId: String(runNumber),
    branch: 'main',
    job: 'test',
    repository: 'acme/shop',
    serverUrl: 'https://github.com',
    ...options.run,
  };
  const tracker = new GitHubTracker(config, {
    run,
    outputDir: '/nowhere',
    clock: { now: () => new Date(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    log,
    fetch: globalThis.fetch,
  });
  return tracker.sync(failures, options.read ?? ['reports/junit.xml']).then((plan) => ({ plan, log }));
}

const writes = (github: GitHubDouble) => github.requests.filter((request) => request.method !== 'GET').length;

describe('the OpenAPI check', () => {
  it('refuses what GitHub would not accept', () => {
    expect(
      openApiProblems(
        'POST',
        '/repos/a/b/issues',
        new URLSearchParams(),
        JSON.stringify({ title: 't', labels: 'not-a-list' }),
      ),
    ).toEqual([
      expect.stringMatching(/^POST \/repos\/\{owner\}\/\{repo\}\/issues: data\/labels must be array/),
    ]);
    expect(
      openApiProblems(
        'PATCH',
        '/repos/a/b/issues/1',
        new URLSearchParams(),
        JSON.stringify({ state: 'finished' }),
      ),
    ).not.toEqual([]);
    expect(openApiProblems('GET', '/repos/a/b/issues', new URLSearchParams('colour=red'), '')).toEqual([
      'GET /repos/{owner}/{repo}/issues: undeclared query parameter colour',
    ]);
    expect(openApiProblems('DELETE', '/repos/a/b/issues', new URLSearchParams(), '')).toEqual([
      'DELETE /repos/a/b/issues: no such operation',
    ]);
    expect(
      openApiProblems('GET', '/repos/a/b/issues', new URLSearchParams('labels=x&state=all&per_page=100'), ''),
    ).toEqual([]);
  });
});

describe('GitHub issues, through the real Octokit and a stateful double', () => {
  it('opens one issue per fingerprint, labels first, and finds it again by listing', async () => {
    const github = await double();
    const a = failure('a');
    const { plan } = await sync(github, [a, a, failure('b', { flaky: true })]);
    expect(plan.map((entry) => [entry.action, entry.number])).toEqual([
      ['open', 1],
      ['open', 2],
    ]);
    expect([...github.labels].sort()).toEqual(['ci', 'faultline', 'flaky']);
    const [issue] = github.issues;
    expect(readMarker(issue?.body)).toBe(a.fingerprint);
    expect(issue?.labels).toEqual(['faultline', 'ci']);
    expect(github.issues[1]?.labels).toContain('flaky');
    expect(issue?.title.length).toBeLessThanOrEqual(256);
    expect(readState(issue?.body)).toMatchObject({
      occurrences: 1,
      branches: ['main'],
      jobs: ['test'],
      sources: ['reports/junit.xml'],
    });
    expect(github.calls()['GET /search/issues']).toBeUndefined();
  });

  it('a second run updates the body and comments only when something is new', async () => {
    const github = await double();
    const a = failure('a');
    await sync(github, [a]);
    const before = writes(github);
    const { plan } = await sync(github, [a]);
    expect(plan).toEqual([expect.objectContaining({ action: 'update', number: 1, occurrences: 2 })]);
    expect(github.issues[0]?.comments).toEqual([]);
    expect(writes(github) - before).toBe(1);
    await sync(github, [a], { run: { branch: 'release/2' }, config: { defaultBranch: 'main' } });
    expect(github.issues[0]?.comments.map((comment) => comment.body)).toEqual([
      expect.stringContaining('first seen on branch `release/2`'),
    ]);
    await sync(github, [failure('a', {}, 'a broke differently')]);
    expect(github.issues.length).toBe(2);
  });

  it('reopens an issue closed as completed when the failure comes back, with a comment', async () => {
    const github = await double();
    const a = failure('a');
    await sync(github, [a]);
    Object.assign(github.issues[0] ?? {}, { state: 'closed', state_reason: 'completed' });
    const { plan } = await sync(github, [a]);
    expect(plan[0]).toMatchObject({ action: 'reopen', number: 1 });
    expect(github.issues[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(github.issues[0]?.comments[0]?.body).toMatch(/^Regressed in run \d+ on `main`/);
  });

  it('respects not_planned and the ignore label: records the occurrence, does not reopen', async () => {
    const github = await double();
    const a = failure('a');
    const b = failure('b');
    await sync(github, [a, b]);
    Object.assign(github.issues[0] ?? {}, { state: 'closed', state_reason: 'not_planned' });
    Object.assign(github.issues[1] ?? {}, {
      state: 'closed',
      state_reason: 'completed',
      labels: ['faultline', 'faultline:ignore'],
    });
    const { plan } = await sync(github, [a, b]);
    expect(plan.map((entry) => [entry.action, entry.note])).toEqual([
      ['update', 'closed as not planned: occurrence recorded, not reopened'],
      ['update', 'ignored: occurrence recorded, not reopened'],
    ]);
    expect(github.issues.map((issue) => issue.state)).toEqual(['closed', 'closed']);
    expect(github.issues.map((issue) => readState(issue.body)?.occurrences)).toEqual([2, 2]);
  });

  it('skips a locked issue with a note, writing nothing to it', async () => {
    const github = await double();
    const a = failure('a');
    await sync(github, [a]);
    Object.assign(github.issues[0] ?? {}, { locked: true });
    const before = writes(github);
    const { plan } = await sync(github, [a]);
    expect(plan[0]).toMatchObject({ action: 'update', note: 'locked: skipped' });
    expect(writes(github)).toBe(before);
  });

  it('closes after close-after green runs that read the same reports, and only those', async () => {
    const github = await double();
    const a = failure('a');
    await sync(github, [a], { config: { closeAfter: 2 } });
    const unrelated = await sync(github, [], { config: { closeAfter: 2 }, read: ['other.xml'] });
    expect(unrelated.plan).toEqual([]);
    const first = await sync(github, [], { config: { closeAfter: 2 } });
    expect(first.plan).toEqual([expect.objectContaining({ action: 'resolve', number: 1 })]);
    expect(github.issues[0]?.state).toBe('open');
    const offDefault = await sync(github, [], { config: { closeAfter: 2 }, run: { branch: 'feature' } });
    expect(offDefault.plan).toEqual([]);
    const second = await sync(github, [], { config: { closeAfter: 2 } });
    expect(second.plan).toEqual([expect.objectContaining({ action: 'resolve', number: 1 })]);
    expect(github.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.issues[0]?.comments.at(-1)?.body).toMatch(/^No longer failing: 2 green run\(s\) in a row/);
  });

  it('caps new issues per run and says which were not filed', async () => {
    const github = await double();
    const { plan } = await sync(
      github,
      Array.from({ length: 12 }, (_, index) => failure(`t${index}`)),
      { config: { maxNewIssues: 10 } },
    );
    expect(github.issues).toHaveLength(10);
    expect(plan.filter((entry) => entry.note === 'not filed: at most 10 new issues per run')).toHaveLength(2);
  });

  it('names the missing permission and the permissions block on a read-only token, and still reports', async () => {
    const github = await double();
    const { plan, log } = await sync(github, [failure('a')], { token: 'ghs-read' });
    expect(github.issues).toHaveLength(0);
    expect(plan[0]).toMatchObject({ action: 'open', number: 0 });
    expect(plan[0]?.note).toMatch(/^not filed: the token cannot write issues/);
    const warning = log.lines.join('\n');
    expect(warning).toContain('The token needs issues: write (GitHub accepts: issues=write)');
    expect(warning).toContain('  permissions:\n    contents: read\n    issues: write');
  });

  it('ignores markers that someone else wrote, or that test output printed', async () => {
    const tokens: Record<string, Token> = {
      'ghs-write': { login: 'github-actions[bot]', write: true },
      mallory: { login: 'mallory', write: true },
    };
    const github = await double({ tokens });
    const a = failure('a');
    github.labels.add('faultline');
    github.issues.push({
      number: 1,
      title: 'fake',
      body: `${markerLine(a.fingerprint)}\nplanted`,
      state: 'open',
      state_reason: null,
      locked: false,
      labels: ['faultline'],
      assignees: [],
      user: 'mallory',
      created: 0,
      comments: [],
    });
    const b = failure('b', {}, `boom ${markerLine(a.fingerprint)} -->`);
    await sync(github, [b]);
    const { plan } = await sync(github, [a]);
    expect(plan[0]).toMatchObject({ action: 'open', number: 3 });
    expect(github.issues[1]?.body).not.toContain(markerLine(a.fingerprint));
  });

  it('finds an issue filed under an older fingerprint version and moves its marker', async () => {
    const github = await double();
    const a = failure('a');
    const legacy = previousFingerprints(a)[0] ?? '';
    github.labels.add('faultline');
    github.issues.push({
      number: 1,
      title: 'old',
      body: `${markerLine(legacy)}\nold body`,
      state: 'open',
      state_reason: null,
      locked: false,
      labels: ['faultline'],
      assignees: [],
      user: 'github-actions[bot]',
      created: 0,
      comments: [],
    });
    const { plan } = await sync(github, [a]);
    expect(plan[0]).toMatchObject({ action: 'update', number: 1 });
    expect(readMarker(github.issues[0]?.body)).toBe(a.fingerprint);
  });

  it('does not file twice when a create commits and then answers 502', async () => {
    const github = await double({ knobs: { commitThen502: 1 } });
    const { plan } = await sync(github, [failure('a')]);
    expect(github.issues).toHaveLength(1);
    expect(plan[0]).toMatchObject({ action: 'open', number: 1 });
    expect(
      github.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/issues')),
    ).toHaveLength(1);
  });

  it('waits out a secondary rate limit and carries on', async () => {
    const github = await double({ knobs: { secondaryLimits: 1 } });
    const { plan } = await sync(github, [failure('a')]);
    expect(plan[0]).toMatchObject({ action: 'open', number: 1 });
  });

  it('waits for the primary limit to reset, once, and carries on', async () => {
    const github = await double({ knobs: { primaryLimits: 1 } });
    const { plan, log } = await sync(github, [failure('a')]);
    expect(plan[0]).toMatchObject({ action: 'open', number: 1 });
    expect(log.lines.join('\n')).toMatch(/GitHub rate limit on GET \/user; retrying in \d s/);
  });

  it('gives up softly when the limits do not lift, and says so', async () => {
    const github = await double({ knobs: { secondaryLimits: 50 } });
    const { plan, log } = await sync(github, [failure('a')]);
    expect(plan).toEqual([]);
    expect(log.lines.join('\n')).toMatch(
      /GitHub rate-limited GET \/repos\/acme\/shop\/labels\/faultline \(403: You have exceeded a secondary rate limit/,
    );
  }, 20_000);

  it('pages through more than 100 issues, skipping pull requests', async () => {
    const github = await double();
    github.labels.add('faultline');
    const a = failure('a');
    for (let index = 1; index <= 180; index += 1) {
      const pull = index % 3 === 0;
      github.issues.push({
        number: index,
        title: `other ${index}`,
        body: pull ? markerLine(a.fingerprint) : markerLine(failure(`x${index}`).fingerprint),
        state: 'closed',
        state_reason: 'completed',
        locked: false,
        labels: ['faultline'],
        assignees: [],
        user: 'github-actions[bot]',
        created: 0,
        comments: [],
        ...(pull ? { pull_request: true } : {}),
      });
    }
    await sync(github, [a]);
    const { plan } = await sync(github, [a]);
    expect(plan[0]).toMatchObject({ action: 'update', number: 181 });
    expect(github.calls()['GET /repos/{o}/{r}/issues']).toBeGreaterThanOrEqual(4);
  });

  it('assigns from the input and from CODEOWNERS for the failing file', async () => {
    const github = await double({
      knobs: {
        files: { '.github/CODEOWNERS': '* @fallback\n/test/ @testers @acme/team\ntest/a.test.ts @alice\n' },
      },
    });
    await sync(github, [failure('a'), failure('b')], {
      config: { assignees: ['lead'], assignCodeowners: true },
    });
    expect(github.issues.map((issue) => issue.assignees)).toEqual([
      ['lead', 'alice'],
      ['lead', 'testers'],
    ]);
  });

  it('keeps a huge failure inside the body limit', async () => {
    const github = await double();
    const big = failure('big', {}, 'x'.repeat(100_000));
    big.error.stack = `${'at deep (src/x.ts:1:1)\n'.repeat(10_000)}`;
    const many = Array.from({ length: 400 }, (_, index) => ({
      ...big,
      test: { name: `case ${index}`, classname: 'cart' },
    }));
    await sync(github, many);
    expect(github.issues[0]?.body.length).toBeLessThanOrEqual(60_000);
    expect(github.issues[0]?.body).toContain('<details><summary>Stack trace</summary>');
  });
});
