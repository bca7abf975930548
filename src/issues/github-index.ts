import type { GitHubClient } from '../github/client.js';
import { type IssueState, readMarker, readState } from './github-body.js';

// The index of faultline's issues, built by listing (never by search, which lags behind
// writes): every issue with faultline's label, open or closed, written by a trusted author,
// whose first line is faultline's marker. A marker copied into someone else's issue, or
// printed by a test into a comment, does not count.

export interface TrackedIssue {
  number: number;
  title: string;
  open: boolean;
  stateReason: string | null;
  locked: boolean;
  labels: string[];
  url: string;
  fingerprint: string;
  state: IssueState | undefined;
  body: string;
}

export interface Repo {
  owner: string;
  repo: string;
}

export type IssueIndex = Map<string, TrackedIssue[]>;

export async function listTracked(
  octokit: GitHubClient,
  repo: Repo,
  label: string,
  authors: ReadonlySet<string>,
): Promise<IssueIndex> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  const index: IssueIndex = new Map();
  for (const issue of issues) {
    if (issue.pull_request) continue;
    if (!issue.user || !authors.has(issue.user.login.toLowerCase())) continue;
    const fingerprint = readMarker(issue.body);
    if (!fingerprint) continue;
    const tracked: TrackedIssue = {
      number: issue.number,
      title: issue.title,
      open: issue.state === 'open',
      stateReason: issue.state_reason ?? null,
      locked: issue.locked,
      labels: issue.labels.map((item) => (typeof item === 'string' ? item : (item.name ?? ''))),
      url: issue.html_url,
      fingerprint,
      state: readState(issue.body),
      body: issue.body ?? '',
    };
    index.set(fingerprint, [...(index.get(fingerprint) ?? []), tracked]);
  }
  return index;
}

/** The issue that stands for a fingerprint: the lowest-numbered one not closed as a duplicate. */
export function canonical(candidates: readonly TrackedIssue[]): TrackedIssue | undefined {
  return [...candidates]
    .filter((issue) => issue.stateReason !== 'duplicate')
    .sort((a, b) => a.number - b.number)[0];
}
