import { FaultlineError } from '../errors.js';
import { previousFingerprints } from '../fingerprint/fingerprint.js';
import type { GitHubClient } from '../github/client.js';
import type { Failure, IssuePlanEntry } from '../model.js';
import { ownersOf, parseCodeowners } from './codeowners.js';
import { type IssueState, inert, issueTitle, renderIssueBody } from './github-body.js';
import type { GitHubTrackerConfig } from './github-config.js';
import { describeGitHubError, isPermissionError } from './github-errors.js';
import { canonical, listTracked, type Repo, type TrackedIssue } from './github-index.js';
import { closeDuplicates, countGreenRuns } from './github-maintenance.js';
import type { IssueTracker, TrackerContext, TrackerFactory } from './tracker.js';

const DAY_MS = 86_400_000;

// The state block keeps the message only to notice a change: its start is enough, and keeps the block small.
const stateMessage = (failure: Failure) => failure.error.message.slice(0, 500);

function groupByFingerprint(failures: readonly Failure[]): Map<string, Failure[]> {
  const groups = new Map<string, Failure[]>();
  for (const failure of failures)
    groups.set(failure.fingerprint, [...(groups.get(failure.fingerprint) ?? []), failure]);
  return groups;
}

function entry(
  issue: { number: number; url?: string },
  fingerprint: string,
  action: IssuePlanEntry['action'],
  title: string,
  occurrences: number,
  note?: string,
): IssuePlanEntry {
  return {
    fingerprint,
    action,
    title,
    number: issue.number,
    occurrences,
    ...(issue.url ? { url: issue.url } : {}),
    ...(note ? { note } : {}),
  };
}

function notFiled(fingerprint: string, first: Failure, reason: string): IssuePlanEntry {
  return entry({ number: 0 }, fingerprint, 'open', issueTitle(first), 1, `not filed: ${reason}`);
}

/** The jobs a group failed in: the triaged run's legs in workflow_run mode, else this job. */
function jobsOf(group: readonly Failure[], job: string | undefined): string[] {
  const legs = [...new Set(group.flatMap((failure) => (failure.origin?.job ? [failure.origin.job] : [])))];
  return legs.length > 0 ? legs : job ? [job] : [];
}

export class GitHubTracker implements IssueTracker {
  readonly name = 'github';
  private readonly repo: Repo;
  // Made on the first sync: Octokit is loaded only by runs that keep issues.
  private octokit!: GitHubClient;
  private writable: boolean;
  private codeowners: ReturnType<typeof parseCodeowners> | undefined;

  constructor(
    private readonly config: GitHubTrackerConfig,
    private readonly context: TrackerContext,
  ) {
    this.repo = { owner: config.owner, repo: config.repo };
    this.writable = config.mode === 'write';
  }

  private async connect(): Promise<void> {
    if (this.octokit) return;
    const { createGitHubClient } = await import('../github/client.js');
    const { config, context } = this;
    this.octokit = createGitHubClient({
      token: config.token,
      baseUrl: config.apiUrl,
      fetch: context.fetch,
      log: context.log,
      ...(config.writeSpacingMs === undefined ? {} : { writeSpacingMs: config.writeSpacingMs }),
    });
  }

  async sync(failures: readonly Failure[], readSources: readonly string[]): Promise<IssuePlanEntry[]> {
    await this.connect();
    const plan: IssuePlanEntry[] = [];
    const authors = new Set(this.config.authors);
    const self = await this.whoAmI();
    if (self) authors.add(self);
    if (!this.writable)
      this.context.log.info(`GitHub issues: report only (${this.config.reportReason ?? 'writes are off'})`);
    try {
      if (this.writable) {
        try {
          await this.ensureLabels(failures.some((failure) => failure.flaky));
        } catch (error) {
          if (!isPermissionError(error)) throw error;
          // A read-only token can still list: report what would happen, and how to allow it.
          this.context.log.warn(describeGitHubError(error));
          this.writable = false;
          this.config.reportReason ??= 'the token cannot write issues (see the warning above)';
        }
      }
      let index = await listTracked(this.octokit, this.repo, this.config.label, authors);
      let created = 0;
      for (const [fingerprint, group] of groupByFingerprint(failures)) {
        const first = group[0] as Failure;
        const candidates = [fingerprint, ...previousFingerprints(first)].flatMap(
          (key) => index.get(key) ?? [],
        );
        const issue = canonical(candidates);
        if (issue) plan.push(await this.recur(issue, group));
        else if (!this.writable)
          plan.push(notFiled(fingerprint, first, this.config.reportReason ?? 'report only'));
        else if (created >= this.config.maxNewIssues) {
          plan.push(notFiled(fingerprint, first, `at most ${this.config.maxNewIssues} new issues per run`));
        } else {
          const made = await this.create(fingerprint, group, authors);
          if (made) created += 1;
          plan.push(made ?? notFiled(fingerprint, first, 'GitHub did not confirm the new issue'));
        }
      }
      if (!this.writable) return plan;
      if (created > 0) {
        // Racing runs may have filed the same fingerprint: wait, list again, and let the lowest number win.
        await this.context.clock.sleep(this.config.convergeDelayMs * (1 + Math.random()));
        index = await listTracked(this.octokit, this.repo, this.config.label, authors);
      }
      await closeDuplicates(this.octokit, this.repo, index, this.context.log);
      if (this.onDefaultBranch()) {
        plan.push(
          ...(await countGreenRuns(
            this.octokit,
            this.repo,
            index,
            new Set(groupByFingerprint(failures).keys()),
            readSources,
            this.config,
            this.context,
          )),
        );
      }
    } catch (error) {
      this.context.log.warn(describeGitHubError(error));
      if (isPermissionError(error)) this.writable = false;
    }
    return plan;
  }

  /** A personal token's login; an Actions or App token cannot ask (403), and its bot login is configured. */
  private async whoAmI(): Promise<string | undefined> {
    try {
      return (await this.octokit.rest.users.getAuthenticated()).data.login.toLowerCase();
    } catch {
      return undefined;
    }
  }

  private onDefaultBranch(): boolean {
    const branch = this.context.run.branch;
    return !this.config.defaultBranch || !branch || branch === this.config.defaultBranch;
  }

  private async ensureLabels(flaky: boolean): Promise<void> {
    const names = [this.config.label, ...this.config.labels, ...(flaky ? [this.config.flakyLabel] : [])];
    for (const name of new Set(names)) {
      try {
        await this.octokit.rest.issues.getLabel({ ...this.repo, name });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
        try {
          await this.octokit.rest.issues.createLabel({
            ...this.repo,
            name,
            color: name === this.config.label ? 'b60205' : 'ededed',
            description: 'Filed by faultline',
          });
        } catch (createError) {
          // 422 already_exists: another run made it first, which is what we wanted.
          if ((createError as { status?: number }).status !== 422) throw createError;
        }
      }
    }
  }

  private freshState(fingerprint: string, group: readonly Failure[]): IssueState {
    const now = this.context.clock.now().toISOString();
    const first = group[0] as Failure;
    return {
      fingerprint,
      occurrences: 1,
      firstSeen: now,
      lastSeen: now,
      ...(this.context.run.runId
        ? { firstRun: this.context.run.runId, lastRun: this.context.run.runId }
        : {}),
      branches: this.context.run.branch ? [this.context.run.branch] : [],
      jobs: jobsOf(group, this.context.run.job),
      message: stateMessage(first),
      sources: [...new Set(group.map((failure) => failure.source.path))],
      green: 0,
      grouping: first.grouping,
    };
  }

  private body(group: readonly Failure[], state: IssueState): string {
    const { serverUrl, repository } = this.context.run;
    return renderIssueBody({
      failures: group,
      state,
      ...(serverUrl ? { serverUrl } : {}),
      ...(repository ? { repository } : {}),
    });
  }

  private async assigneesFor(first: Failure): Promise<string[]> {
    const assignees = new Set(this.config.assignees);
    if (this.config.assignCodeowners) {
      this.codeowners ??= await this.readCodeowners();
      const file = first.test?.file ?? first.error.frames.find((frame) => frame.inApp)?.file;
      if (file) for (const owner of ownersOf(this.codeowners, file)) assignees.add(owner);
    }
    return [...assignees];
  }

  private async readCodeowners() {
    for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
      try {
        const { data } = await this.octokit.rest.repos.getContent({ ...this.repo, path });
        if ('content' in data && typeof data.content === 'string')
          return parseCodeowners(Buffer.from(data.content, 'base64').toString('utf8'));
      } catch {
        // Not at this path; try the next.
      }
    }
    return [];
  }

  private async create(
    fingerprint: string,
    group: readonly Failure[],
    authors: ReadonlySet<string>,
  ): Promise<IssuePlanEntry | undefined> {
    const first = group[0] as Failure;
    const title = issueTitle(first);
    const labels = [
      this.config.label,
      ...this.config.labels,
      ...(first.flaky ? [this.config.flakyLabel] : []),
    ];
    const assignees = await this.assigneesFor(first);
    try {
      // No automatic retry: a 5xx may come after GitHub created the issue, and a retry would file it twice.
      const { data } = await this.octokit.rest.issues.create({
        ...this.repo,
        title,
        body: this.body(group, this.freshState(fingerprint, group)),
        labels,
        assignees,
        request: { retries: 0 },
      });
      return entry({ number: data.number, url: data.html_url }, fingerprint, 'open', title, 1);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      if (status !== 0 && status < 500) throw error;
      // Did it land anyway? Look, rather than post again.
      const found = canonical(
        (await listTracked(this.octokit, this.repo, this.config.label, authors)).get(fingerprint) ?? [],
      );
      if (found) return entry(found, fingerprint, 'open', title, 1);
      this.context.log.warn(
        `GitHub did not confirm the issue for ${fingerprint} (${describeGitHubError(error)}); the next run will file it.`,
      );
      return undefined;
    }
  }

  private async recur(issue: TrackedIssue, group: readonly Failure[]): Promise<IssuePlanEntry> {
    const first = group[0] as Failure;
    const { run, clock } = this.context;
    // An issue without a state block (filed by an older faultline) starts counting now.
    const previous = issue.state ?? {
      ...this.freshState(issue.fingerprint, group),
      occurrences: 0,
      lastRun: '',
    };
    const sameRun = Boolean(run.runId) && previous.lastRun === run.runId;
    const quiet = clock.now().getTime() - Date.parse(previous.lastSeen) > this.config.quietDays * DAY_MS;
    const news = [
      ...(run.branch && !previous.branches.includes(run.branch)
        ? [`first seen on branch \`${inert(run.branch)}\``]
        : []),
      ...jobsOf(group, run.job)
        .filter((job) => !previous.jobs.includes(job))
        .map((job) => `first seen in job \`${inert(job)}\``),
      ...(stateMessage(first) !== previous.message ? ['the message changed'] : []),
      ...(quiet
        ? [
            `back after ${Math.floor((clock.now().getTime() - Date.parse(previous.lastSeen)) / DAY_MS)} quiet days`,
          ]
        : []),
    ];
    const state: IssueState = {
      ...previous,
      fingerprint: issue.fingerprint === first.fingerprint ? issue.fingerprint : first.fingerprint,
      occurrences: previous.occurrences + (sameRun ? 0 : 1),
      lastSeen: clock.now().toISOString(),
      ...(run.runId ? { lastRun: run.runId } : {}),
      branches: [...new Set([...previous.branches, ...(run.branch ? [run.branch] : [])])],
      jobs: [...new Set([...previous.jobs, ...jobsOf(group, run.job)])],
      message: stateMessage(first),
      sources: [...new Set(group.map((failure) => failure.source.path))],
      green: 0,
      grouping: first.grouping,
    };
    const ignored = issue.labels.includes(this.config.ignoreLabel);
    const regressed = !issue.open && issue.stateReason !== 'not_planned' && !ignored;
    const action = regressed ? 'reopen' : 'update';
    const at = entry(issue, first.fingerprint, action, issue.title, state.occurrences);
    if (issue.locked) return { ...at, action: 'update', note: 'locked: skipped' };
    if (!this.writable) return { ...at, note: `not written: ${this.config.reportReason ?? 'report only'}` };
    if (sameRun && !regressed) return { ...at, note: 'already counted in this run' };
    await this.octokit.rest.issues.update({
      ...this.repo,
      issue_number: issue.number,
      body: this.body(group, state),
      ...(regressed ? { state: 'open' as const, state_reason: 'reopened' as const } : {}),
    });
    const runRef = run.runId ? `run ${run.runId}` : 'a local run';
    if (regressed)
      await this.comment(
        issue.number,
        `Regressed in ${runRef}${run.branch ? ` on \`${inert(run.branch)}\`` : ''}: it failed again after it was closed.`,
      );
    else if (news.length > 0)
      await this.comment(issue.number, `Failed again in ${runRef}: ${news.join('; ')}.`);
    if (!issue.open && !regressed)
      return {
        ...at,
        note: ignored
          ? 'ignored: occurrence recorded, not reopened'
          : 'closed as not planned: occurrence recorded, not reopened',
      };
    return at;
  }

  private async comment(issueNumber: number, body: string): Promise<void> {
    await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: issueNumber, body });
  }
}

export const githubTracker: TrackerFactory = {
  name: 'github',
  description: 'one GitHub issue per fingerprint (needs a token with issues: write)',
  create(context) {
    if (!context.github) throw new FaultlineError('the github issue tracker needs a repository and a token');
    return new GitHubTracker(context.github, context);
  },
};
