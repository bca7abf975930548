import { describe, expect, it } from 'vitest';
import { alertItems } from '../../src/destinations/alert.js';
import type { IssuePlanEntry } from '../../src/model.js';
import { FAKE_TOKEN, hostileFailure } from '../helpers/alerts.js';

describe('alert items', () => {
  it('read their first failure when a destination asks, scrubbed, and keep no copy of it', () => {
    const failures = [hostileFailure(1, 100), hostileFailure(2, 100)];
    const plan: IssuePlanEntry[] = failures.map((failure, index) => ({
      fingerprint: failure.fingerprint,
      action: 'open',
      title: 'x',
      number: index + 1,
      occurrences: 1,
    }));
    const [item] = alertItems(failures, plan);
    const first = item?.failure;
    expect(first?.fingerprint).toBe(failures[0]?.fingerprint);
    expect(first?.error.message).not.toContain(FAKE_TOKEN);
    expect(JSON.stringify(item)).not.toContain(FAKE_TOKEN);
    // Each read is made anew: a run with tens of thousands of fingerprints holds none of them.
    expect(item?.failure).toEqual(first);
    expect(item?.failure).not.toBe(first);
  });
});
