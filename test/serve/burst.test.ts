import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/serve/database.js';
import { storedWebhookIds } from '../../src/serve/queries.js';
import { bundleCli, type Child, startChild, stopChild } from './child-server.js';
import { alertBody, SECRET, signedHeaders, tempDir } from './helpers.js';

// The acceptance test: 1,000 concurrent signed posts, 10% duplicates and 10% tampered,
// a kill -9 in the middle, a restart, and the senders retrying what was not acknowledged.

interface Delivery {
  id: string;
  body: string;
  kind: 'valid' | 'duplicate' | 'tampered';
}

const TOTAL = 1000;
const NAMES = ['checkout', 'login', 'refund', 'search', 'upload', 'invoice', 'cart', 'profile'];

function deliveries(): Delivery[] {
  const unique = TOTAL * 0.8;
  const valid: Delivery[] = Array.from({ length: unique }, (_, index) => {
    const id = `msg_burst_${index}`;
    return { id, body: alertBody(id, [NAMES[index % NAMES.length] ?? 'checkout']), kind: 'valid' };
  });
  const duplicates = valid
    .slice(0, TOTAL * 0.1)
    .map((delivery) => ({ ...delivery, kind: 'duplicate' as const }));
  // Same id as a valid event, body changed after signing: must never replace or block the real one.
  const tampered = valid.slice(TOTAL * 0.1, TOTAL * 0.2).map((delivery) => ({
    ...delivery,
    body: delivery.body.replace('"failed":', '"failed": 9'),
    kind: 'tampered' as const,
  }));
  const all = [...valid, ...duplicates, ...tampered];
  // A fixed shuffle (LCG), so every run interleaves the same way.
  let seed = 42;
  for (let index = all.length - 1; index > 0; index -= 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const other = seed % (index + 1);
    [all[index], all[other]] = [all[other] as Delivery, all[index] as Delivery];
  }
  return all;
}

async function send(url: string, delivery: Delivery): Promise<number> {
  // Signed over the valid body; a tampered delivery then carries another body under that signature.
  const original =
    delivery.kind === 'tampered' ? delivery.body.replace('"failed": 9', '"failed":') : delivery.body;
  try {
    const response = await fetch(`${url}/webhook`, {
      method: 'POST',
      body: delivery.body,
      headers: signedHeaders(delivery.id, original, SECRET),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

async function storedIds(dataDir: string): Promise<string[]> {
  const { db, close } = await openDatabase(dataDir);
  try {
    return storedWebhookIds(db);
  } finally {
    close();
  }
}

describe('a burst of 1,000 signed posts with a kill -9 in the middle', () => {
  let bundle: string;
  let child: Child | undefined;
  beforeAll(async () => {
    bundle = await bundleCli();
  });
  afterAll(() => {
    child?.process.kill('SIGKILL');
  });

  it('stores exactly the valid unique events, losing none that was acknowledged', async () => {
    const dataDir = tempDir('burst');
    const args = ['--data', dataDir, '--secret', SECRET];
    const all = deliveries();
    const validIds = new Set(
      all.filter((delivery) => delivery.kind === 'valid').map((delivery) => delivery.id),
    );

    child = await startChild(bundle, args);
    const first = child;
    const acknowledged = new Set<string>();
    let answered = 0;
    const firstRound = await Promise.all(
      all.map(async (delivery) => {
        const status = await send(first.url, delivery);
        answered += 1;
        if (answered === 300) first.process.kill('SIGKILL');
        if (status === 200) acknowledged.add(delivery.id);
        return status;
      }),
    );
    await first.exited;
    expect(firstRound.filter((status) => status === 0).length).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(0);

    // Straight after the kill: every acknowledged event is there, and nothing tampered got in.
    const afterKill = await storedIds(dataDir);
    expect(afterKill.filter((id) => acknowledged.has(id))).toHaveLength(acknowledged.size);
    expect(afterKill.every((id) => validIds.has(id))).toBe(true);
    expect(new Set(afterKill).size).toBe(afterKill.length);

    // Restart; senders retry every delivery not acknowledged, all at once again.
    child = await startChild(bundle, args);
    const second = child;
    const retried = all.filter((delivery) => !acknowledged.has(delivery.id) || delivery.kind !== 'valid');
    const statuses = await Promise.all(retried.map((delivery) => send(second.url, delivery)));
    // It kept serving: every post got an answer, 200 for the real ones and 401 for the tampered.
    retried.forEach((delivery, index) => {
      expect([delivery.kind, statuses[index]]).toEqual([
        delivery.kind,
        delivery.kind === 'tampered' ? 401 : 200,
      ]);
    });
    expect(await stopChild(second)).toBe(0);

    const final = await storedIds(dataDir);
    expect(final).toHaveLength(validIds.size);
    expect(new Set(final)).toEqual(validIds);
  }, 60_000);
});
