import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Failure, IssuePlanEntry, RunContext } from '../model.js';
import type { GitHubTrackerConfig } from './github-config.js';

export interface TrackerContext {
  run: RunContext;
  fetch: typeof fetch;
  /** Settings of the GitHub tracker, when the config chose it. */
  github?: GitHubTrackerConfig;
  /** Where local state lives (the output folder). */
  outputDir: string;
  clock: Clock;
  log: Logger;
}

/**
 * Keeps one issue per fingerprint. `sync` gets the run's failures (several may share a
 * fingerprint) and the reports this run read without error. It returns one plan entry per
 * fingerprint (open, update or reopen), plus a resolve entry for each tracked failure that
 * is gone from reports this run read again.
 */
export interface IssueTracker {
  readonly name: string;
  sync(failures: readonly Failure[], readSources: readonly string[]): Promise<IssuePlanEntry[]>;
}

export interface TrackerFactory {
  readonly name: string;
  readonly description: string;
  create(context: TrackerContext): IssueTracker;
}

/** The first failure of each fingerprint, in report order. */
export function firstPerFingerprint(failures: readonly Failure[]): Failure[] {
  const seen = new Map<string, Failure>();
  for (const failure of failures) if (!seen.has(failure.fingerprint)) seen.set(failure.fingerprint, failure);
  return [...seen.values()];
}
