import picomatch from 'picomatch';
import type { RunContext } from '../model.js';
import type { AlertItem, AlertStatus } from './alert.js';
import type { Endpoint, Trigger } from './destination.js';

const STATUSES_FOR: Record<Trigger, readonly AlertStatus[]> = {
  new: ['new'],
  regression: ['regressed'],
  always: ['new', 'regressed', 'recurring'],
  recovery: ['recovered'],
};

export type Selection = { items: AlertItem[] } | { skip: string };

/** The items an endpoint asked for, by its `on`, `kinds` and `branches` filters. */
export function selectFor(endpoint: Endpoint, items: readonly AlertItem[], run: RunContext): Selection {
  if (endpoint.branches) {
    const branch = run.branch ?? '';
    if (!endpoint.branches.some((pattern) => picomatch.isMatch(branch, pattern))) {
      return { skip: `branch ${branch || '(unknown)'} is not in its branches filter` };
    }
  }
  const wanted = new Set(endpoint.on.flatMap((trigger) => STATUSES_FOR[trigger]));
  const kinds = endpoint.kinds;
  // An item's failure is read back each time it is asked for (see alertItems): once per item here.
  const chosen = items.filter((item) => {
    if (!wanted.has(item.status)) return false;
    const kind = kinds && item.failure?.kind;
    return !kind || kinds.includes(kind);
  });
  return chosen.length > 0 ? { items: chosen } : { skip: `nothing matched on: ${endpoint.on.join(', ')}` };
}
