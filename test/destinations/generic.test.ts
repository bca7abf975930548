import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERIC_BUDGET_BYTES, renderGenericPayload } from '../../src/destinations/generic.js';
import { eventOf, FAKE_TOKEN, hostileFailure, plainFailure } from '../helpers/alerts.js';
import { webhookSchemaErrors } from '../helpers/schema.js';
import { startWebhookServer } from '../helpers/webhook-server.js';
import { deliver, recordingClock, service } from './harness.js';

const SECRET = `whsec_${Buffer.from('a-test-secret-of-32-bytes-length').toString('base64')}`;

describe('generic webhook', () => {
  it('signs with Standard Webhooks so the reference library verifies it', async () => {
    const receiver = await startWebhookServer({ secret: SECRET });
    try {
      const event = eventOf([plainFailure('a')]);
      const { results, output } = await deliver(
        [{ type: 'generic', url: receiver.url, secret: SECRET, name: 'ops' }],
        event,
      );
      expect(results).toEqual([
        { endpoint: 'ops', type: 'generic', status: 'sent', attempts: 1, httpStatus: 200 },
      ]);
      expect(receiver.received[0]?.verified).toBe(true);
      const body = JSON.parse(receiver.received[0]?.body ?? '');
      expect(body).toMatchObject({ type: 'faultline.alert', schema: 'faultline.webhook/v1', id: event.id });
      expect(webhookSchemaErrors(body)).toBe('');
      expect(body.data.items[0]).toMatchObject({
        status: 'new',
        issue: { number: 1 },
        failure: { grouping: { version: 'v1' } },
      });
      expect(readFileSync(join(output.dir, 'payloads/ops.json'), 'utf8').trim()).toBe(
        receiver.received[0]?.body,
      );
    } finally {
      await receiver.close();
    }
  });

  it('signs like GitHub (X-Hub-Signature-256) when asked', async () => {
    const receiver = await service(() => ({ status: 204 }));
    await deliver(
      [{ type: 'generic', url: receiver.url, secret: 'plain-secret', signature: 'github' }],
      eventOf([plainFailure('a')]),
    );
    const request = receiver.requests[0];
    const expected = `sha256=${createHmac('sha256', 'plain-secret')
      .update(request?.body ?? '')
      .digest('hex')}`;
    expect(request?.headers['x-hub-signature-256']).toBe(expected);
    expect(request?.headers['webhook-signature']).toBeUndefined();
  });

  it('sends CloudEvents 1.0 structured mode, still signed, when asked', async () => {
    const receiver = await startWebhookServer({
      secret: SECRET,
      contentType: 'application/cloudevents+json',
    });
    try {
      await deliver(
        [{ type: 'generic', url: receiver.url, secret: SECRET, format: 'cloudevents' }],
        eventOf([plainFailure('a')]),
      );
      expect(receiver.received[0]?.verified).toBe(true);
      const body = JSON.parse(receiver.received[0]?.body ?? '{}');
      expect(body).toMatchObject({
        specversion: '1.0',
        type: 'dev.faultline.alert.v1',
        source: 'faultline/acme/shop',
        datacontenttype: 'application/json',
      });
      expect(body.id).toBe(receiver.received[0]?.headers['webhook-id']);
    } finally {
      await receiver.close();
    }
  });

  it('retries 429 and 503 with the same webhook-id, as Retry-After says', async () => {
    const receiver = await startWebhookServer({
      secret: SECRET,
      script: [{ status: 429, headers: { 'retry-after': '7' } }, { status: 503 }, { status: 204 }],
    });
    try {
      const clock = recordingClock();
      const { results } = await deliver(
        [{ type: 'generic', url: receiver.url, secret: SECRET }],
        eventOf([plainFailure('a')]),
        { clock },
      );
      expect(results[0]).toMatchObject({ status: 'sent', attempts: 3, httpStatus: 204 });
      expect(clock.sleeps).toEqual([7000, 20]);
      expect(new Set(receiver.received.map((request) => request.headers['webhook-id'])).size).toBe(1);
      expect(receiver.received.every((request) => request.verified)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('keeps the payload under its size budget, scrubbed, and counts what it left out', () => {
    const body = renderGenericPayload(
      eventOf(Array.from({ length: 200 }, (_, index) => hostileFailure(index, 300))),
    );
    const payload = JSON.parse(body);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(GENERIC_BUDGET_BYTES);
    expect(payload.data.items.length).toBeGreaterThan(5);
    expect(payload.data.items.length + payload.data.omittedItems).toBe(200);
    expect(body).not.toContain(FAKE_TOKEN);
    expect(webhookSchemaErrors(payload)).toBe('');
  });

  it('the schema refuses a payload that breaks the contract', () => {
    const payload = JSON.parse(renderGenericPayload(eventOf([plainFailure('a')])));
    expect(webhookSchemaErrors({ ...payload, schema: 'faultline.webhook/v2' })).not.toBe('');
    payload.data.items[0].status = 'exploded';
    expect(webhookSchemaErrors(payload)).not.toBe('');
  });
});

describe('template', () => {
  it('fills a user JSON template, JSON-safe whatever the test output holds', async () => {
    const receiver = await service(() => ({ status: 200, body: '{}' }));
    const dir = (await deliver([], eventOf([]))).output.dir;
    const template = join(dir, 'template.json');
    writeFileSync(
      template,
      JSON.stringify({
        summary: '{{headline}} ({{failed}} failed)',
        failed: '{{failed}}',
        items: '{{items}}',
        nested: ['{{runUrl}}'],
      }),
    );
    const failure = hostileFailure(0, 50);
    failure.error.message = 'quote " backslash \\ brace }} {{failed}} "}, "injected": true';
    const { results } = await deliver(
      [{ type: 'template', url: receiver.url, template }],
      eventOf([failure]),
    );
    expect(results[0]).toMatchObject({ status: 'sent' });
    const body = JSON.parse(receiver.requests[0]?.body ?? '{}');
    expect(Object.keys(body)).toEqual(['summary', 'failed', 'items', 'nested']);
    expect(body.failed).toBe(1);
    expect(body.summary).toBe('faultline: 1 new in acme/shop on main (1 failed)');
    expect(body.items[0].failure.error.message).toBe(failure.error.message);
    expect(body.nested).toEqual(['https://github.com/acme/shop/actions/runs/42']);
  });

  it('refuses an unknown placeholder, naming where it is', async () => {
    const dir = (await deliver([], eventOf([]))).output.dir;
    const template = join(dir, 'bad.json');
    writeFileSync(template, JSON.stringify({ a: { b: '{{nope}}' } }));
    const { results } = await deliver(
      [{ type: 'template', url: 'https://x.example', template }],
      eventOf([plainFailure('a')]),
    );
    expect(results[0]?.detail).toMatch(/webhooks\[0\]\.template\.a\.b: unknown placeholder \{\{nope\}\}/);
  });
});
