import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import type { GitHubTrackerConfig } from '../issues/github-config.js';
import type { RunContext } from '../model.js';

// Builds the GitHub tracker's settings from a reader of named settings (action inputs or CLI
// flags, read by config.ts), the environment the runner sets, and the event payload.

export type Read = (name: string) => string;

interface EventPayload {
  repository?: { default_branch?: string; full_name?: string };
  pull_request?: { head?: { repo?: { full_name?: string } | null } };
}

/** The event that triggered the workflow (GITHUB_EVENT_PATH); empty when absent or unreadable. */
export function readEvent<T extends object>(path: string | undefined): Partial<T> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Partial<T>;
  } catch {
    return {};
  }
}

function whole(value: string, field: string, fallback: number): number {
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new ConfigError(field, 'must be a whole number, 0 or more');
  return number;
}

const list = (value: string) =>
  value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);

export const DEFAULT_ISSUE_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'workflow_run'];

export function githubTrackerConfig(
  read: Read,
  env: NodeJS.ProcessEnv,
  run: RunContext,
): GitHubTrackerConfig {
  const token = read('github-token');
  if (!token) throw new ConfigError('github-token', 'is required by the github issue tracker');
  const repository = read('repository') || env.GITHUB_REPOSITORY || '';
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) throw new ConfigError('repository', 'must be owner/name');
  const event = readEvent<EventPayload>(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const defaultBranch = read('default-branch') || event.repository?.default_branch;
  const events = read('issue-events') ? list(read('issue-events')) : DEFAULT_ISSUE_EVENTS;
  const headRepo = event.pull_request?.head?.repo?.full_name;
  let reportReason: string | undefined;
  if (headRepo && headRepo !== repository)
    reportReason = 'a pull request from a fork gets a read-only token; use the workflow_run setup';
  else if (eventName && !events.includes(eventName))
    reportReason = `${eventName} events only report (issue-events: ${events.join(', ')})`;
  else if (defaultBranch && run.branch && run.branch !== defaultBranch && eventName !== 'workflow_run') {
    reportReason = `branch ${run.branch} is not the default branch ${defaultBranch}`;
  }
  const spacing = read('write-spacing');
  const config: GitHubTrackerConfig = {
    owner,
    repo,
    token,
    apiUrl: (read('github-api-url') || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    label: read('issue-label') || 'faultline',
    labels: list(read('issue-labels')),
    flakyLabel: read('flaky-label') || 'flaky',
    ignoreLabel: read('ignore-label') || 'faultline:ignore',
    assignees: list(read('assignees')).map((login) => login.replace(/^@/, '')),
    assignCodeowners: read('assign-codeowners') === 'true',
    closeAfter: whole(read('close-after'), 'close-after', 0),
    maxNewIssues: whole(read('max-new-issues'), 'max-new-issues', 10),
    quietDays: whole(read('quiet-days'), 'quiet-days', 7),
    convergeDelayMs: whole(read('converge-delay'), 'converge-delay', 3000),
    ...(spacing ? { writeSpacingMs: whole(spacing, 'write-spacing', 1000) } : {}),
    mode: reportReason ? 'report' : 'write',
    ...(reportReason ? { reportReason } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    authors: ['github-actions[bot]', ...list(read('issue-authors'))].map((login) => login.toLowerCase()),
  };
  return config;
}
