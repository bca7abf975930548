import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { parseWebhooks } from '../../src/config/webhooks.js';
import { deliverAll } from '../../src/deliver.js';
import type { AlertEvent } from '../../src/destinations/destination.js';
import { GENERIC_BUDGET_BYTES, renderGenericPayload } from '../../src/destinations/generic.js';
import type { Logger } from '../../src/log.js';
import type { Failure } from '../../src/model.js';
import { outputFolder } from '../../src/output-folder.js';
import { startWebhookServer, type WebhookServer } from '../helpers/webhook-server.js';

const SECRET = `whsec_${Buffer.from('a-test-secret-of-32-bytes-length').toString('base64')}`;

function failure(index: number, message = 'Cannot read properties of undefined'): Failure {
  return {
    fingerprint: `v0:${index.toString(16).padStart(16, '0')}`,
    kind: 'test',
    flaky: false,
    test: { name: `test ${index}`, classname: 'cart' },
    error: {
      type: 'TypeError',
      message,
      stack: 'x'.repeat(5000),
      frames: [{ file: 'src/cart.mjs', line: 3, inApp: true }],
    },
    source: { path: 'junit.xml', line: index },
    grouping: { version: 'v1', basis: 'test-error', components: { type: 'TypeError', message } },
  };
}

function event(failures: Failure[]): AlertEvent {
  return {
    id: 'msg_fixed_id',
    timestamp: new Date('2026-11-26T10:00:00Z'),
    summary: { tests: 3, passed: 2, failed: 1, skipped: 0, flaky: 0, durationMs: 10 },
    failures,
    issues: [
      { fingerprint: failures[0]?.fingerprint ?? '', action: 'open', title: 't', number: 7, occurrences: 1 },
    ],
    run: { repository: 'acme/shop', runId: '42' },
  };
}

// Real time for signatures (receivers check the timestamp), recorded sleeps for retries.
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: () => new Date(), sleep: async (ms) => void sleeps.push(ms) };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string) => void lines.push(message);
  return { lines, debug: push, info: push, warn: push, error: push };
}

const servers: WebhookServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(options: Parameters<typeof startWebhookServer>[0]): Promise<WebhookServer> {
  const started = await startWebhookServer(options);
  servers.push(started);
  return started;
}

function run(entries: unknown[], clock = recordingClock(), log = recordingLogger()) {
  const output = outputFolder(mkdtempSync(join(tmpdir(), 'faultline-out-')), '/');
  const webhooks = parseWebhooks(entries, 'webhooks', {});
  const deliver = deliverAll(event([failure(1)]), webhooks, output, { fetch: globalThis.fetch, clock, log });
  return { output, deliver, clock, log };
}

describe('generic webhook delivery', () => {
  it('signs with Standard Webhooks so the reference library verifies it', async () => {
    const receiver = await server({ secret: SECRET });
    const { deliver, output } = run([{ type: 'generic', url: receiver.url, secret: SECRET, name: 'ops' }]);
    expect(await deliver).toEqual([
      { endpoint: 'ops', type: 'generic', status: 'sent', attempts: 1, httpStatus: 200 },
    ]);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.verified).toBe(true);
    const body = JSON.parse(receiver.received[0]?.body ?? '');
    expect(body).toMatchObject({
      type: 'faultline.failures',
      schema: 'faultline.webhook/v1',
      id: 'msg_fixed_id',
    });
    expect(body.data.failures[0]).toMatchObject({
      fingerprint: failure(1).fingerprint,
      issue: { action: 'open', number: 7 },
    });
    expect(readFileSync(join(output.dir, 'payloads/ops.json'), 'utf8').trim()).toBe(
      receiver.received[0]?.body,
    );
  });

  it('a tampered body fails verification at the receiver', async () => {
    const receiver = await server({ secret: SECRET });
    const other = `whsec_${Buffer.from('another-secret-entirely-32-bytes').toString('base64')}`;
    const { deliver } = run([{ type: 'generic', url: receiver.url, secret: other }]);
    const [result] = await deliver;
    expect(result).toMatchObject({ status: 'failed', httpStatus: 401, attempts: 1 });
    expect(receiver.received[0]?.verifyError).toMatch(/No matching signature/);
  });

  it('waits as Retry-After says on 429, then succeeds with the same webhook-id', async () => {
    const receiver = await server({
      secret: SECRET,
      script: [{ status: 429, headers: { 'retry-after': '7' } }, { status: 503 }, { status: 204 }],
    });
    const { deliver, clock } = run([{ type: 'generic', url: receiver.url, secret: SECRET }]);
    expect(await deliver).toEqual([
      { endpoint: 'webhooks[0]', type: 'generic', status: 'sent', attempts: 3, httpStatus: 204 },
    ]);
    expect(clock.sleeps).toEqual([7000, 2000]);
    const ids = receiver.received.map((request) => request.headers['webhook-id']);
    expect(new Set(ids)).toEqual(new Set(['msg_fixed_id']));
    expect(receiver.received.every((request) => request.verified)).toBe(true);
  });

  it('gives up on a Retry-After longer than the limit, and does not retry a 400', async () => {
    const limited = await server({ script: [{ status: 429, headers: { 'retry-after': '3600' } }] });
    const refused = await server({ script: [{ status: 400 }] });
    const { deliver } = run([
      { type: 'generic', url: limited.url },
      { type: 'generic', url: refused.url },
    ]);
    const [first, second] = await deliver;
    expect(first).toMatchObject({ status: 'failed', attempts: 1, httpStatus: 429 });
    expect(first?.detail).toMatch(/asked to wait 3600 s/);
    expect(second).toMatchObject({ status: 'failed', attempts: 1, httpStatus: 400 });
    expect(refused.received).toHaveLength(1);
  });

  it('an endpoint that is down does not stop the others, and no URL or secret leaks', async () => {
    const down = await server({});
    const downUrl = down.url;
    await down.close();
    servers.splice(servers.indexOf(down), 1);
    const up = await server({ secret: SECRET });
    const { deliver, log } = run([
      { type: 'generic', url: downUrl, secret: SECRET, name: 'down' },
      { type: 'generic', url: 'not a url', secret: 'whsec_bad' },
      { type: 'generic', url: up.url, secret: SECRET, name: 'up' },
    ]);
    const results = await deliver;
    expect(results.map((result) => [result.endpoint, result.status])).toEqual([
      ['webhooks[1]', 'failed'],
      ['down', 'failed'],
      ['up', 'sent'],
    ]);
    expect(results[0]?.detail).toMatch(/webhooks\[1\]\.url: is not a valid URL/);
    expect(results[1]).toMatchObject({ attempts: 3, detail: 'network error ECONNREFUSED' });
    const everything = JSON.stringify(results) + log.lines.join('\n');
    for (const secret of [downUrl, up.url, SECRET, 'secret-path-token', 'not a url'])
      expect(everything).not.toContain(secret);
  });

  it('keeps the payload under its size budget and counts what it left out', () => {
    const failures = Array.from({ length: 200 }, (_, index) => failure(index, `message ${'y'.repeat(300)}`));
    const body = renderGenericPayload(event(failures));
    const payload = JSON.parse(body);
    expect(body.length).toBeLessThanOrEqual(GENERIC_BUDGET_BYTES);
    expect(payload.data.failures.length).toBeGreaterThan(10);
    expect(payload.data.failures.length + payload.data.omittedFailures).toBe(200);
  });
});
