import { describe, expect, it } from 'vitest';
import { withFingerprint } from '../../src/fingerprint/fingerprint.js';
import type { Failure } from '../../src/model.js';
import { junitParser } from '../../src/parsers/junit.js';
import { readChunks } from '../../src/sources/files.js';

// Real reruns of the same failing tests (test/fixtures/noise/generate.sh): b/ varies the
// checkout folder, line numbers, test order, ids, ports, timings, temp paths and timestamps;
// c/ changes each bug for a genuinely different one.
const noise = new URL('../fixtures/noise/', import.meta.url).pathname;
const PRODUCERS = ['node-test', 'vitest', 'pytest'];

async function failuresOf(run: string, producer: string): Promise<Map<string, Failure>> {
  const path = `${noise}${run}/${producer}.xml`;
  const { failures } = await junitParser.parse(readChunks(path), { path, workspace: '/nowhere' });
  return new Map(failures.map((draft) => [draft.test?.name ?? '', withFingerprint(draft)]));
}

describe.each(PRODUCERS)('fingerprints of real %s reruns', (producer) => {
  it('stay the same when only the noise changes', async () => {
    const [a, b] = await Promise.all([failuresOf('a', producer), failuresOf('b', producer)]);
    expect(a.size).toBe(3);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, failure] of a) {
      expect({ name, fingerprint: b.get(name)?.fingerprint }).toEqual({
        name,
        fingerprint: failure.fingerprint,
      });
    }
  });

  it('change when the bug changes', async () => {
    const [a, c] = await Promise.all([failuresOf('a', producer), failuresOf('c', producer)]);
    for (const [name, failure] of a) expect(c.get(name)?.fingerprint, name).not.toBe(failure.fingerprint);
  });

  it('never merge two different bugs of one run', async () => {
    const a = await failuresOf('a', producer);
    expect(new Set([...a.values()].map((failure) => failure.fingerprint)).size).toBe(a.size);
  });
});

it('group the same app bug across test frameworks', async () => {
  const [node, vitest] = await Promise.all([failuresOf('a', 'node-test'), failuresOf('a', 'vitest')]);
  expect(vitest.get('orders > places an order')?.fingerprint).toBe(node.get('places an order')?.fingerprint);
  expect(vitest.get('orders > reads the settings')?.fingerprint).toBe(
    node.get('reads the settings')?.fingerprint,
  );
});
