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

class LocalTracker implements IssueTracker {
  readonly name = 'local';
  constructor(private readonly context: TrackerContext) {}

  async sync(failures: Parameters<IssueTracker['sync']>[0]): Promise<IssuePlanEntry[]> {
    const path = join(this.context.outputDir, LOCAL_STORE_FILE);
    const store = await loadStore(path);
    const now = this.context.clock.now().toISOString();
    const runId = this.context.run.runId;
    const plan: IssuePlanEntry[] = [];
    for (const failure of firstPerFingerprint(failures)) {
      const existing = findIssue(store, failure);
      const issue: StoredIssue = existing ?? {
        number: store.nextNumber++,
        title: failureTitle(failure),
        firstSeen: now,
        lastSeen: now,
        occurrences: 0,
      };
      issue.lastSeen = now;
      issue.occurrences += 1;
      issue.grouping = failure.grouping;
      if (runId) issue.lastRunId = runId;
      store.issues[failure.fingerprint] = issue;
      plan.push({
        fingerprint: failure.fingerprint,
        action: existing ? 'update' : 'open',
        title: issue.title,
        number: issue.number,
        occurrences: issue.occurrences,
      });
    }
    if (plan.length > 0) await saveStore(this.context.outputDir, path, store);
    return plan;
  }
}

export const localTracker: TrackerFactory = {
  name: 'local',
  description: `a JSON issue store in the output folder (${LOCAL_STORE_FILE})`,
  create: (context) => new LocalTracker(context),
};
