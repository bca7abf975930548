import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FaultlineError } from '../errors.js';
import { previousFingerprints } from '../fingerprint/fingerprint.js';
import type { Failure, Grouping, IssuePlanEntry } from '../model.js';
import { failureTitle } from '../render/title.js';
import {
  firstPerFingerprint,
  type IssueTracker,
  type TrackerContext,
  type TrackerFactory,
} from './tracker.js';

// A local stand-in for an issue tracker: a JSON file in the output folder. It lets the
// main job run with no token and still show "opened" on the first run and "updated" after.
export const LOCAL_STORE_SCHEMA = 'faultline.issues/v1';
export const LOCAL_STORE_FILE = 'issues.json';

interface StoredIssue {
  number: number;
  title: string;
  state: 'failing' | 'recovered';
  /** The reports it was last seen in: it recovers only when a run reads them all again without it. */
  sources: string[];
  /** What the fingerprint was made of, as a hidden issue marker keeps it. */
  grouping?: Grouping;
  firstSeen: string;
  lastSeen: string;
  occurrences: number;
  lastRunId?: string;
}

interface Store {
  schema: typeof LOCAL_STORE_SCHEMA;
  nextNumber: number;
  issues: Record<string, StoredIssue>;
}

async function loadStore(path: string): Promise<Store> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { schema: LOCAL_STORE_SCHEMA, nextNumber: 1, issues: {} };
  }
  const store = JSON.parse(text) as Partial<Store>;
  if (store.schema !== LOCAL_STORE_SCHEMA || typeof store.nextNumber !== 'number' || !store.issues) {
    throw new FaultlineError(`${path} is not a faultline issue store (${LOCAL_STORE_SCHEMA})`);
  }
  return store as Store;
}

// Write then rename, so a run killed mid-write never leaves a half-written store.
async function saveStore(dir: string, path: string, store: Store): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(store, null, 2)}\n`);
  await rename(temporary, path);
}

/** The issue for this failure: under its fingerprint, or under one an older algorithm gave it (then moved). */
function findIssue(store: Store, failure: Failure): StoredIssue | undefined {
  const current = store.issues[failure.fingerprint];
  if (current) return current;
  for (const previous of previousFingerprints(failure)) {
    const old = store.issues[previous];
    if (!old) continue;
    delete store.issues[previous];
    return old;
  }
  return undefined;
}

// Recovery needs evidence: every report the failure was last seen in was read again, cleanly,
// and the failure was not in it. A run that never reached those reports resolves nothing.
function resolveRecovered(store: Store, failing: Map<string, unknown>, read: Set<string>): IssuePlanEntry[] {
  const resolved: IssuePlanEntry[] = [];
  for (const [fingerprint, issue] of Object.entries(store.issues)) {
    if (failing.has(fingerprint) || (issue.state ?? 'failing') !== 'failing') continue;
    if (!issue.sources?.length || !issue.sources.every((source) => read.has(source))) continue;
    issue.state = 'recovered';
    resolved.push({
      fingerprint,
      action: 'resolve',
      title: issue.title,
      number: issue.number,
      occurrences: issue.occurrences,
    });
  }
  return resolved;
}

class LocalTracker implements IssueTracker {
  readonly name = 'local';
  constructor(private readonly context: TrackerContext) {}

  async sync(failures: readonly Failure[], readSources: readonly string[]): Promise<IssuePlanEntry[]> {
    const path = join(this.context.outputDir, LOCAL_STORE_FILE);
    const store = await loadStore(path);
    const now = this.context.clock.now().toISOString();
    const runId = this.context.run.runId;
    const plan: IssuePlanEntry[] = [];
    const sourcesOf = new Map<string, Set<string>>();
    for (const failure of failures) {
      const set = sourcesOf.get(failure.fingerprint) ?? new Set<string>();
      set.add(failure.source.path);
      sourcesOf.set(failure.fingerprint, set);
    }
    for (const failure of firstPerFingerprint(failures)) {
      const existing = findIssue(store, failure);
      const issue: StoredIssue = existing ?? {
        number: store.nextNumber++,
        title: failureTitle(failure),
        state: 'failing',
        sources: [],
        firstSeen: now,
        lastSeen: now,
        occurrences: 0,
      };
      const action = !existing ? 'open' : existing.state === 'recovered' ? 'reopen' : 'update';
      issue.state = 'failing';
      issue.sources = [...(sourcesOf.get(failure.fingerprint) ?? [])];
      issue.lastSeen = now;
      issue.occurrences += 1;
      issue.grouping = failure.grouping;
      if (runId) issue.lastRunId = runId;
      store.issues[failure.fingerprint] = issue;
      plan.push({
        fingerprint: failure.fingerprint,
        action,
        title: issue.title,
        number: issue.number,
        occurrences: issue.occurrences,
      });
    }
    plan.push(...resolveRecovered(store, sourcesOf, new Set(readSources)));
    if (plan.length > 0) await saveStore(this.context.outputDir, path, store);
    return plan;
  }
}

export const localTracker: TrackerFactory = {
  name: 'local',
  description: `a JSON issue store in the output folder (${LOCAL_STORE_FILE})`,
  create: (context) => new LocalTracker(context),
};
