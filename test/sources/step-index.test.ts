import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StepIndex } from '../../src/logs/step-index.js';

const LOG = [
  '2024-05-01T08:00:00.1000000Z ##[group]Run actions/checkout@v4',
  '2024-05-01T08:00:01.5000000Z Syncing repository',
  '2024-05-01T08:00:02.0000000Z ##[group]Run npm ci',
  '2024-05-01T08:00:09.9000000Z added 300 packages',
  'continuation line without a timestamp',
  '2024-05-01T08:00:10.0000000Z ##[group]Run npm test',
  '2024-05-01T08:00:12.0000000Z TypeError: boom',
].join('\n');

const steps = [
  { name: 'Set up job', number: 1, conclusion: 'success' },
  { name: 'Checkout', number: 2, conclusion: 'success', startedAt: '2024-05-01T08:00:00Z' },
  { name: 'Install', number: 3, conclusion: 'success', startedAt: '2024-05-01T08:00:02Z' },
  { name: 'Test', number: 4, conclusion: 'failure', startedAt: '2024-05-01T08:00:10Z' },
];

async function consume(index: StepIndex, chunkSize: number): Promise<string> {
  const bytes = Buffer.from(LOG);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  const seen: Buffer[] = [];
  for await (const chunk of index.watch(Readable.from(chunks))) seen.push(chunk);
  return Buffer.concat(seen).toString();
}

describe('StepIndex', () => {
  it('maps log lines to the step whose start time they follow, passing the bytes through unchanged', async () => {
    const index = new StepIndex(steps);
    expect(await consume(index, 1 << 20)).toBe(LOG);
    expect([1, 2, 3, 4, 5, 6, 7].map((line) => index.stepAt(line)?.name)).toEqual([
      'Checkout',
      'Checkout',
      'Install',
      'Install',
      'Install',
      'Test',
      'Test',
    ]);
  });

  it('finds the same steps whatever the chunk size', async () => {
    const whole = new StepIndex(steps);
    await consume(whole, 1 << 20);
    for (const size of [64, 200]) {
      const index = new StepIndex(steps);
      await consume(index, size);
      expect([2, 3, 6].map((line) => index.stepAt(line)?.name)).toEqual(
        [2, 3, 6].map((line) => whole.stepAt(line)?.name),
      );
    }
  });

  it('knows no step for a log without timestamps', async () => {
    const index = new StepIndex(steps);
    for await (const _ of index.watch(Readable.from([Buffer.from('plain\nlog\n')]))) {
      // drained
    }
    expect(index.stepAt(1)).toBeUndefined();
  });
});
