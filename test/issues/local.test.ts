import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { previousFingerprints, withFingerprint } from '../../src/fingerprint/fingerprint.js';
import { LOCAL_STORE_FILE, localTracker } from '../../src/issues/local.js';
import type { Logger } from '../../src/log.js';
import type { FailureDraft } from '../../src/model.js';

const clock: Clock = { now: () => new Date('2026-11-26T12:00:00Z'), sleep: async () => {} };
const log: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function failure(name: string) {
  const draft: FailureDraft = {
    kind: 'test',
    flaky: false,
    test: { name },
    error: { type: 'AssertionError', message: `${name} broke`, frames: [] },
    source: { path: 'r.xml' },
  };
  return withFingerprint(draft);
}

function tracker(outputDir: string) {
  return localTracker.create({ run: { runId: '7' }, outputDir, clock, log, fetch: globalThis.fetch });
}

describe('local issue store', () => {
  it('opens one issue per fingerprint, then updates it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-store-'));
    const a = failure('a');
    const first = await tracker(dir).sync([a, a, failure('b')], ['r.xml']);
    expect(first.map((entry) => [entry.action, entry.number, entry.occurrences])).toEqual([
      ['open', 1, 1],
      ['open', 2, 1],
    ]);
    const second = await tracker(dir).sync([a], []);
    expect(second).toEqual([
      { fingerprint: a.fingerprint, action: 'update', title: first[0]?.title, number: 1, occurrences: 2 },
    ]);
    const store = JSON.parse(readFileSync(join(dir, LOCAL_STORE_FILE), 'utf8'));
    expect(store.issues[a.fingerprint]).toMatchObject({ lastRunId: '7', grouping: { version: 'v1' } });
  });

  it('finds an issue filed under an older fingerprint version and moves it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-store-'));
    const a = failure('a');
    const legacy = previousFingerprints(a)[0] ?? '';
    const old = {
      number: 5,
      title: 'old',
      firstSeen: '2026-01-01T00:00:00Z',
      lastSeen: '2026-01-02T00:00:00Z',
      occurrences: 3,
    };
    writeFileSync(
      join(dir, LOCAL_STORE_FILE),
      JSON.stringify({ schema: 'faultline.issues/v1', nextNumber: 6, issues: { [legacy]: old } }),
    );
    const plan = await tracker(dir).sync([a], ['r.xml']);
    expect(plan).toEqual([
      { fingerprint: a.fingerprint, action: 'update', title: 'old', number: 5, occurrences: 4 },
    ]);
    const store = JSON.parse(readFileSync(join(dir, LOCAL_STORE_FILE), 'utf8'));
    expect(Object.keys(store.issues)).toEqual([a.fingerprint]);
  });

  it('resolves a failure only when its report was read again without it, and reopens it when it returns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-store-'));
    const a = failure('a');
    await tracker(dir).sync([a], ['r.xml']);
    // A run that did not read r.xml says nothing about a.
    expect(await tracker(dir).sync([], ['other.xml'])).toEqual([]);
    const resolved = await tracker(dir).sync([], ['r.xml', 'other.xml']);
    expect(resolved.map((entry) => [entry.fingerprint, entry.action, entry.number])).toEqual([
      [a.fingerprint, 'resolve', 1],
    ]);
    expect(await tracker(dir).sync([], ['r.xml'])).toEqual([]);
    const regressed = await tracker(dir).sync([a], ['r.xml']);
    expect(regressed.map((entry) => [entry.action, entry.number, entry.occurrences])).toEqual([
      ['reopen', 1, 2],
    ]);
  });

  it('refuses a file that is not its store, rather than overwrite it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-store-'));
    writeFileSync(join(dir, LOCAL_STORE_FILE), '{"something": "else"}');
    await expect(tracker(dir).sync([failure('a')], [])).rejects.toThrow(/is not a faultline issue store/);
  });
});
