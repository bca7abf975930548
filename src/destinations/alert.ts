import type { Failure, IssuePlanEntry, RunContext } from '../model.js';
import { failureLabel, failureTitle } from '../render/title.js';
import { scrubCredentials } from './scrub.js';

export type AlertStatus = 'new' | 'regressed' | 'recurring' | 'recovered';

/** One fingerprint's part in an alert. */
export interface AlertItem {
  fingerprint: string;
  status: AlertStatus;
  title: string;
  flaky: boolean;
  /** The first failure with this fingerprint, credentials scrubbed; absent for a recovery. */
  failure?: Failure;
  /** Every failing test with this fingerprint, as "suite › name". */
  tests: string[];
  issue?: { number: number; url?: string };
}

const STATUS_OF: Record<IssuePlanEntry['action'], AlertStatus> = {
  open: 'new',
  update: 'recurring',
  reopen: 'regressed',
  resolve: 'recovered',
};
// Worst first: what a person should read first in a message.
const ORDER: readonly AlertStatus[] = ['regressed', 'new', 'recurring', 'recovered'];

function scrubFailure(failure: Failure): Failure {
  const error = { ...failure.error, message: scrubCredentials(failure.error.message) };
  if (failure.error.stack !== undefined) error.stack = scrubCredentials(failure.error.stack);
  const { components } = failure.grouping;
  const grouping = {
    ...failure.grouping,
    components: {
      ...components,
      ...(components.message !== undefined ? { message: scrubCredentials(components.message) } : {}),
      ...(components.test ? { test: components.test.map(scrubCredentials) } : {}),
      ...(components.custom ? { custom: components.custom.map(scrubCredentials) } : {}),
    },
  };
  const scrubbed: Failure = { ...failure, error, grouping };
  if (failure.test) {
    scrubbed.test = { ...failure.test, name: scrubCredentials(failure.test.name) };
    if (failure.test.classname) scrubbed.test.classname = scrubCredentials(failure.test.classname);
  }
  return scrubbed;
}

export function runUrl(run: RunContext): string | undefined {
  if (!run.serverUrl || !run.repository || !run.runId) return undefined;
  return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}`;
}

/** One item per fingerprint, worst first, from the run's failures and the tracker's plan. */
export function alertItems(failures: readonly Failure[], plan: readonly IssuePlanEntry[]): AlertItem[] {
  const byFingerprint = new Map<string, Failure[]>();
  for (const failure of failures) {
    const list = byFingerprint.get(failure.fingerprint) ?? [];
    list.push(failure);
    byFingerprint.set(failure.fingerprint, list);
  }
  const items: AlertItem[] = [];
  for (const entry of plan) {
    const group = byFingerprint.get(entry.fingerprint) ?? [];
    const first = group[0];
    const item: AlertItem = {
      fingerprint: entry.fingerprint,
      status: STATUS_OF[entry.action],
      title: scrubCredentials(first ? failureTitle(first) : entry.title),
      flaky: group.length > 0 && group.every((failure) => failure.flaky),
      tests: [...new Set(group.map((failure) => scrubCredentials(failureLabel(failure))))],
      issue: { number: entry.number, ...(entry.url ? { url: entry.url } : {}) },
    };
    // Read when a destination renders it, and not kept: a report with tens of thousands of
    // fingerprints would otherwise hold each one's first failure, read back from the spill, for
    // the rest of the run (600 MiB of heap on the 1 GB benchmark).
    if (first)
      Object.defineProperty(item, 'failure', {
        get: () => scrubFailure(first),
        enumerable: true,
        configurable: true,
      });
    items.push(item);
  }
  return items.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}
