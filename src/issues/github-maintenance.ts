import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import type { IssuePlanEntry } from '../model.js';
import { type IssueState, renderIssueBodyFromState } from './github-body.js';
import type { GitHubTrackerConfig } from './github-config.js';
import { canonical, type IssueIndex, type Repo } from './github-index.js';
import type { TrackerContext } from './tracker.js';

/**
 * Where racing runs filed one fingerprint twice, the lowest number wins and the others are
 * closed as duplicates pointing at it. Every racer computes the same winner, and closing is
 * idempotent, so they agree whatever the timing.
 */
export async function closeDuplicates(
  octokit: GitHubClient,
  repo: Repo,
  index: IssueIndex,
  log: Logger,
): Promise<number> {
  let closed = 0;
  for (const issues of index.values()) {
    const winner = canonical(issues.filter((issue) => issue.open));
    if (!winner) continue;
    for (const loser of issues.filter(
      (issue) => issue.open && issue.number !== winner.number && !issue.locked,
    )) {
      await octokit.rest.issues.createComment({
        ...repo,
        issue_number: loser.number,
        body: `Duplicate of #${winner.number}: both were filed for \`${winner.fingerprint}\` by runs that raced.`,
      });
      await octokit.rest.issues.update({
        ...repo,
        issue_number: loser.number,
        state: 'closed',
        state_reason: 'duplicate',
      });
      loser.open = false;
      loser.stateReason = 'duplicate';
      closed += 1;
      log.info(`Closed #${loser.number} as a duplicate of #${winner.number}`);
    }
  }
  return closed;
}

/**
 * A green run counts for an open issue only when it read every report the failure was last
 * seen in, without the failure: a run that never reached the test proves nothing. After
 * `close-after` green runs in a row on the default branch, the issue is closed as completed.
 */
export async function countGreenRuns(
  octokit: GitHubClient,
  repo: Repo,
  index: IssueIndex,
  failing: ReadonlySet<string>,
  readSources: readonly string[],
  config: GitHubTrackerConfig,
  context: TrackerContext,
): Promise<IssuePlanEntry[]> {
  const read = new Set(readSources);
  const plan: IssuePlanEntry[] = [];
  for (const [fingerprint, issues] of index) {
    const issue = canonical(issues);
    const state = issue?.state;
    if (!issue?.open || issue.locked || !state || failing.has(fingerprint)) continue;
    if (state.sources.length === 0 || !state.sources.every((source) => read.has(source))) continue;
    if (context.run.runId && state.lastGreenRun === context.run.runId) continue;
    const next: IssueState = {
      ...state,
      green: state.green + 1,
      ...(context.run.runId ? { lastGreenRun: context.run.runId } : {}),
    };
    const close = config.closeAfter > 0 && next.green >= config.closeAfter;
    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      body: renderIssueBodyFromState(issue, next),
      ...(close ? { state: 'closed' as const, state_reason: 'completed' as const } : {}),
    });
    if (close) {
      const runRef = context.run.runId ? `run ${context.run.runId}` : 'this run';
      await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issue.number,
        body: `No longer failing: ${next.green} green run(s) in a row on the default branch, the last in ${runRef}. Closing; faultline reopens it if it comes back.`,
      });
    }
    // The first green run is the recovery: destinations hear of it once per episode.
    if (next.green === 1 || close) {
      plan.push({
        fingerprint,
        action: 'resolve',
        title: issue.title,
        number: issue.number,
        occurrences: state.occurrences,
        url: issue.url,
        ...(close ? {} : { note: `recovered; closes after ${config.closeAfter || 'never'} green runs` }),
      });
    }
  }
  return plan;
}
