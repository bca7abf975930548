import { randomUUID } from 'node:crypto';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { deliverAll } from './deliver.js';
import { alertItems, runUrl } from './destinations/alert.js';
import type { AlertEvent } from './destinations/destination.js';
import type { HttpPolicy } from './destinations/http.js';
import { FaultlineError } from './errors.js';
import { trackerByName } from './issues/registry.js';
import { type Logger, makeRedactor } from './log.js';
import type { DeliveryResult, IssuePlanEntry, Report } from './model.js';
import { outputFolder } from './output-folder.js';
import { type AnnotationPlan, type FileExists, planAnnotations } from './render/annotations.js';
import { jsonPieces } from './render/json-stream.js';
import { renderSummaryMarkdown } from './render/summary.js';
import type { LogInput } from './sources/logs.js';
import { readReport } from './sources/read-report.js';

/** result.json: the report contract plus what the run did with it (issues, deliveries). */
export const RESULT_SCHEMA = 'faultline.result/v1';

export interface RunDeps {
  fetch: typeof fetch;
  clock: Clock;
  log: Logger;
  newId?: () => string;
  random?: () => number;
  httpPolicy?: HttpPolicy;
  /** Logs that are streams rather than files: stdin, or the output of `faultline run`'s command. */
  logStreams?: LogInput[];
  /** Whether a workspace-relative file exists, to place annotations; none are placed without it. */
  fileExists?: FileExists;
}

export interface Outcome {
  report: Report;
  issues: IssuePlanEntry[];
  deliveries: DeliveryResult[];
  /** The step summary: only `report` renders it (parse and explain print to a terminal). */
  summaryMarkdown?: string;
  /** Error annotations for the failures that matter most, within GitHub's per-step cap. */
  annotations: AnnotationPlan;
  /** Files written into the output folder, relative to the working directory. */
  written: string[];
  /** Why the run should fail the caller, per the user's fail-on list. Empty: it should not. */
  failReasons: string[];
}

function failReasons(config: Config, report: Report, deliveries: readonly DeliveryResult[]): string[] {
  const reasons: string[] = [];
  const failing = report.failures.filter((failure) => !failure.flaky).length;
  if (config.failOn.includes('failures') && failing > 0) reasons.push(`${failing} failure(s) found`);
  const broken = report.sources.filter((source) => source.error).length;
  if (config.failOn.includes('parse-errors') && broken > 0)
    reasons.push(`${broken} source(s) could not be read`);
  const undelivered = deliveries.filter((delivery) => delivery.status === 'failed').length;
  if (config.failOn.includes('delivery-errors') && undelivered > 0)
    reasons.push(`${undelivered} webhook(s) failed`);
  return reasons;
}

/** The whole pipeline: sources → parsers → failures → fingerprints → issues, webhooks, summary. */
export async function run(config: Config, deps: RunDeps): Promise<Outcome> {
  const report = await readReport(config, deps);
  if (config.command === 'parse' || config.command === 'explain') {
    return {
      report,
      issues: [],
      deliveries: [],
      annotations: { annotations: [], omitted: 0 },
      written: [],
      failReasons: failReasons(config, report, []),
    };
  }

  const output = outputFolder(config.outputDir, config.cwd);
  const trackerFactory = trackerByName(config.tracker);
  if (!trackerFactory) throw new FaultlineError(`unknown issue tracker ${config.tracker}`);
  const tracker = trackerFactory.create({
    run: config.run,
    outputDir: config.outputDir,
    clock: deps.clock,
    log: deps.log,
    fetch: deps.fetch,
    ...(config.github ? { github: config.github } : {}),
  });
  const readSources = report.sources.filter((source) => !source.error).map((source) => source.path);
  const issues = await tracker.sync(report.failures, readSources);

  const url = runUrl(config.run);
  const event: AlertEvent = {
    id: deps.newId?.() ?? `msg_${randomUUID().replace(/-/g, '')}`,
    timestamp: deps.clock.now(),
    summary: report.summary,
    run: config.run,
    ...(url ? { runUrl: url } : {}),
    items: alertItems(report.failures, issues),
  };
  const redact = makeRedactor(config.secrets);
  const deliveries = await deliverAll(event, config.webhooks, output, {
    ...deps,
    ...config.delivery,
    redact,
  });

  const annotations = planAnnotations(
    report.failures,
    issues,
    config.workspace,
    deps.fileExists ?? (() => false),
  );
  const summaryMarkdown = renderSummaryMarkdown({
    report,
    issues,
    deliveries,
    annotations: { shown: annotations.annotations.length, omitted: annotations.omitted },
  });
  await output.writeStream('report.json', jsonPieces(report));
  await output.write(
    'issue-plan.json',
    JSON.stringify({ schema: 'faultline.issue-plan/v1', tracker: tracker.name, issues }, null, 2),
  );
  await output.write('summary.md', summaryMarkdown);
  await output.writeStream(
    'result.json',
    jsonPieces({ schema: RESULT_SCHEMA, tracker: tracker.name, report, issues, deliveries }, 4),
  );
  return {
    report,
    issues,
    deliveries,
    summaryMarkdown,
    annotations,
    written: output.written,
    failReasons: failReasons(config, report, deliveries),
  };
}
