import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { eventOf, plainFailure } from '../helpers/alerts.js';
import { deliver, recordingClock, service } from './harness.js';

const ok = () => service(() => ({ status: 200, body: 'ok' }));

describe('delivery faults', () => {
  it('a slow endpoint times out, and the others are still delivered', async () => {
    const slow = await service(() => ({ status: 200, delayMs: 5000 }));
    const fine = await ok();
    const started = Date.now();
    const { results } = await deliver(
      [
        { type: 'generic', url: slow.url, name: 'slow' },
        { type: 'mattermost', url: fine.url, name: 'fine' },
      ],
      eventOf([plainFailure('a')]),
      { policy: { attempts: 2, timeoutMs: 300, maxWaitMs: 1000, baseBackoffMs: 10 }, clock: systemClock },
    );
    expect(results.map((result) => [result.endpoint, result.status, result.detail])).toEqual([
      ['slow', 'failed', 'timed out'],
      ['fine', 'sent', undefined],
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a slow endpoint delays the run by no more than the budget', async () => {
    const slow = await service(() => ({ status: 503, delayMs: 400 }));
    const fine = await ok();
    const started = Date.now();
    const { results } = await deliver(
      [
        { type: 'generic', url: slow.url, name: 'slow' },
        { type: 'slack', url: fine.url, name: 'fine' },
      ],
      eventOf([plainFailure('a')]),
      {
        policy: { attempts: 10, timeoutMs: 5000, maxWaitMs: 5000, baseBackoffMs: 200 },
        clock: systemClock,
        budgetMs: 1500,
      },
    );
    const elapsed = Date.now() - started;
    expect(results[0]).toMatchObject({ endpoint: 'slow', status: 'failed' });
    expect(results[0]?.detail).toMatch(/budget/);
    expect(results[1]).toMatchObject({ endpoint: 'fine', status: 'sent' });
    expect(elapsed).toBeLessThan(1500 + 600);
  });

  it('retries a connection reset and a 500 that heals', async () => {
    const flaky = await service((_, index) =>
      index === 0
        ? { status: 0, reset: true }
        : index === 1
          ? { status: 500, body: 'oops' }
          : { status: 200 },
    );
    const { results } = await deliver([{ type: 'generic', url: flaky.url }], eventOf([plainFailure('a')]));
    expect(results[0]).toMatchObject({ status: 'sent', attempts: 3, httpStatus: 200 });
  });

  it('a host that does not resolve fails with a network error that names no URL', async () => {
    const clock = recordingClock();
    const { results, log } = await deliver(
      [{ type: 'generic', url: 'https://faultline-nowhere.invalid/hook/s3cret' }],
      eventOf([plainFailure('a')]),
      { clock },
    );
    expect(results[0]).toMatchObject({ status: 'failed', attempts: 3 });
    expect(results[0]?.detail).toMatch(/^network error( E[A-Z_]+)?$/);
    expect(JSON.stringify(results) + log.lines.join('\n')).not.toContain('s3cret');
  });

  it('skips endpoints whose filters match nothing, and says why', async () => {
    const receiver = await ok();
    const event = eventOf([plainFailure('a')], ['update']);
    const { results } = await deliver(
      [
        { type: 'slack', url: receiver.url, name: 'new-only' },
        { type: 'slack', url: receiver.url, name: 'release-only', on: ['always'], branches: ['release/*'] },
        { type: 'slack', url: receiver.url, name: 'runtime-only', on: 'always', kinds: ['runtime'] },
        { type: 'slack', url: receiver.url, name: 'always', on: ['always'] },
      ],
      event,
    );
    expect(results.map((result) => [result.endpoint, result.status, result.detail])).toEqual([
      ['new-only', 'skipped', 'nothing matched on: new, regression'],
      ['release-only', 'skipped', 'branch main is not in its branches filter'],
      ['runtime-only', 'skipped', 'nothing matched on: always'],
      ['always', 'sent', undefined],
    ]);
    expect(receiver.requests).toHaveLength(1);
  });

  it('a bad entry is named with its field, and the good ones still run', async () => {
    const receiver = await ok();
    const { results } = await deliver(
      [
        { type: 'slack', url: receiver.url, on: ['sometimes'] },
        { type: 'pagerduty', 'routing-key': 'short' },
        { type: 'discord', url: receiver.url, colour: 'red' },
        { type: 'mattermost', url: receiver.url },
      ],
      eventOf([plainFailure('a')]),
    );
    expect(results.map((result) => result.detail ?? result.status)).toEqual([
      'not sent, bad config: webhooks[0].on: unknown trigger "sometimes" (use new, regression, always, recovery)',
      'not sent, bad config: webhooks[1].routing-key: must be the 32-character integration key',
      expect.stringMatching(
        /^not sent, bad config: webhooks\[2\]\.colour: is not a field of discord endpoints/,
      ),
      'sent',
    ]);
  });
});
