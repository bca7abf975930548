import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { addSummaries, type Report } from '../model.js';
import { describeSourceError, parseSources } from '../parse.js';
import { type LogInput, readLogs } from './logs.js';
import { toFailures } from './source-info.js';

// Every source of one run, read into one report: report files, raw logs, streams the entry
// hands over, and in workflow_run mode the triaged run's artifacts and job logs.

export interface ReadDeps {
  fetch: typeof fetch;
  log: Logger;
  logStreams?: LogInput[];
}

async function readTriagedRun(config: Config, deps: ReadDeps): Promise<Report | undefined> {
  const settings = config.workflowRun;
  if (!settings) return undefined;
  // Loaded only in this mode: Octokit and the zip reader are a third of the bundle.
  const [{ createGitHubClient }, { workflowRunClient }, { readWorkflowRun }] = await Promise.all([
    import('../github/client.js'),
    import('../github/workflow-run.js'),
    import('./workflow-run.js'),
  ]);
  const octokit = createGitHubClient({
    token: settings.token,
    baseUrl: settings.apiUrl,
    fetch: deps.fetch,
    log: deps.log,
  });
  const found = await readWorkflowRun(settings, workflowRunClient(octokit, settings.owner, settings.repo), {
    workspace: config.workspace,
    format: config.format,
    log: deps.log,
    base: {
      runId: String(settings.runId),
      ...(config.run.workflow ? { workflow: config.run.workflow } : {}),
      ...(config.run.sha ? { sha: config.run.sha } : {}),
      ...(config.run.runAttempt ? { runAttempt: Number(config.run.runAttempt) } : {}),
      ...(settings.pullRequest ? { pullRequest: settings.pullRequest } : {}),
    },
  });
  return {
    schema: 'faultline.report/v1',
    summary: found.summary,
    sources: found.sources,
    failures: toFailures(found.failures, config),
  };
}

export async function readReport(config: Config, deps: ReadDeps): Promise<Report> {
  const report = await parseSources(config, deps.log);
  const logs = await readLogs(config, deps.logStreams ?? [], deps.log);
  const triaged = await readTriagedRun(config, deps);
  const extra = [...logs.sources, ...(triaged?.sources ?? [])];
  for (const source of extra) if (source.error) deps.log.warn(`Skipped ${describeSourceError(source)}`);
  return {
    ...report,
    summary: triaged ? addSummaries(report.summary, triaged.summary) : report.summary,
    sources: [...report.sources, ...extra],
    failures: [...report.failures, ...logs.failures, ...(triaged?.failures ?? [])],
  };
}
