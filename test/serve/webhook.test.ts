import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { genericDestination } from '../../src/destinations/generic.js';
import { postWithRetry } from '../../src/destinations/http.js';
import type { ServeHandle } from '../../src/serve/serve.js';
import { eventOf, plainFailure } from '../helpers/alerts.js';
import { alertBody, OLD_SECRET, post, SECRET, signedHeaders, startTestServer, tempDir } from './helpers.js';

let server: ServeHandle;

beforeEach(async () => {
  server = await startTestServer(tempDir('webhook'), { secrets: [SECRET, OLD_SECRET] });
});
afterEach(async () => {
  await server.close();
});

async function metric(name: string): Promise<string[]> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith(name));
}

describe('POST /webhook', () => {
  it('stores a signed event once, and answers a retry of it as a duplicate', async () => {
    const body = alertBody('msg_one', ['checkout', 'login']);
    const first = await post(server.url, body, signedHeaders('msg_one', body));
    expect(first).toEqual({ status: 200, json: { status: 'stored', id: 'msg_one' } });
    // A sender's retry signs again with a later timestamp; the id is what makes it the same event.
    const retry = await post(
      server.url,
      body,
      signedHeaders('msg_one', body, SECRET, new Date(Date.now() + 2000)),
    );
    expect(retry.status).toBe(200);
    expect(retry.json.status).toBe('duplicate');
    expect(typeof retry.json.storedAt).toBe('string');
    expect(await metric('faultline_serve_events_stored')).toEqual(['faultline_serve_events_stored 1']);
    expect(await metric('faultline_serve_fingerprints')).toEqual(['faultline_serve_fingerprints 2']);
  });

  it('accepts every secret during a rotation', async () => {
    const body = alertBody('msg_rotated', ['checkout']);
    const headers = signedHeaders('msg_rotated', body, OLD_SECRET);
    expect((await post(server.url, body, headers)).json.status).toBe('stored');
  });

  it('refuses tampered, unsigned, stale and future-dated requests with 401 and a reason', async () => {
    const body = alertBody('msg_t', ['checkout']);
    const headers = signedHeaders('msg_t', body);
    const tampered = await post(server.url, body.replace('checkout', 'checkouT'), headers);
    expect(tampered.status).toBe(401);
    expect(tampered.json).toMatchObject({ error: 'bad-signature' });
    const otherId = await post(server.url, body, { ...headers, 'webhook-id': 'msg_u' });
    expect(otherId.json.error).toBe('bad-signature');
    const wrongSecret = signedHeaders(
      'msg_t',
      body,
      `whsec_${Buffer.from('x'.repeat(32)).toString('base64')}`,
    );
    expect((await post(server.url, body, wrongSecret)).json.error).toBe('bad-signature');
    const unsigned = await post(server.url, body, { 'content-type': 'application/json' });
    expect(unsigned.status).toBe(401);
    expect(unsigned.json.reason).toBe(
      'unsigned request: missing webhook-id, webhook-timestamp, webhook-signature',
    );
    const stale = await post(
      server.url,
      body,
      signedHeaders('msg_t', body, SECRET, new Date(Date.now() - 600_000)),
    );
    expect(stale.status).toBe(401);
    expect(stale.json.error).toBe('stale');
    expect(String(stale.json.reason)).toMatch(/^webhook-timestamp is 60\d s old; the tolerance is 300 s$/);
    const future = await post(
      server.url,
      body,
      signedHeaders('msg_t', body, SECRET, new Date(Date.now() + 900_000)),
    );
    expect(String(future.json.reason)).toMatch(/in the future/);
    expect(await metric('faultline_serve_events_stored')).toEqual(['faultline_serve_events_stored 0']);
  });

  it('answers a replay of an id with another validly signed body with 409, storing nothing', async () => {
    const body = alertBody('msg_same', ['checkout']);
    await post(server.url, body, signedHeaders('msg_same', body));
    const other = alertBody('msg_same', ['refund']);
    const replay = await post(server.url, other, signedHeaders('msg_same', other));
    expect(replay.status).toBe(409);
    expect(replay.json.error).toBe('conflict');
    expect(await metric('faultline_serve_fingerprints')).toEqual(['faultline_serve_fingerprints 1']);
  });

  it('refuses malformed bodies and headers with 400 or 422', async () => {
    const notJson = '{"type": "faultline.alert",';
    const bad = await post(server.url, notJson, signedHeaders('msg_j', notJson));
    expect([bad.status, bad.json.error]).toEqual([400, 'malformed-body']);
    const notAlert = JSON.stringify({ type: 'faultline.alert', schema: 'faultline.webhook/v9', id: 'msg_k' });
    const wrong = await post(server.url, notAlert, signedHeaders('msg_k', notAlert));
    expect(wrong).toEqual({
      status: 422,
      json: {
        status: 'rejected',
        error: 'not-an-alert',
        reason: 'not a faultline alert: schema must be faultline.webhook/v1',
      },
    });
    const body = alertBody('msg_body_id', ['checkout']);
    const mismatch = await post(server.url, body, signedHeaders('msg_header_id', body));
    expect([mismatch.status, mismatch.json.error]).toEqual([400, 'id-mismatch']);
    const badTimestamp = { ...signedHeaders('msg_x', body), 'webhook-timestamp': 'yesterday' };
    expect((await post(server.url, body, badTimestamp)).status).toBe(400);
    const form = await post(server.url, body, {
      ...signedHeaders('msg_body_id', body),
      'content-type': 'text/plain',
    });
    expect(form.status).toBe(415);
  });

  it('refuses an oversized body with 413 before reading it, declared or streamed', async () => {
    const big = 'x'.repeat(70 * 1024);
    const declared = await post(server.url, big, signedHeaders('msg_big', big));
    expect([declared.status, declared.json.error]).toEqual([413, 'oversized']);
    // Chunked, no Content-Length: counted as it streams, answered once the limit is passed.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/webhook`, {
        method: 'POST',
        headers: { ...signedHeaders('msg_big', big), 'transfer-encoding': 'chunked' },
      });
      req.on('response', (response) => resolve(response.statusCode ?? 0));
      req.on('error', reject);
      for (let chunk = 0; chunk < 10; chunk += 1) req.write('y'.repeat(16 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
  });

  it('answers other methods and paths with 405 and 404', async () => {
    expect((await fetch(`${server.url}/webhook`)).status).toBe(405);
    expect((await fetch(`${server.url}/`, { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('receives what faultline sends: the generic destination, signed and posted with retries', async () => {
    const event = eventOf([plainFailure('checkout'), plainFailure('refund')], ['open', 'reopen']);
    const endpoint = genericDestination.parseEndpoint(
      { url: `${server.url}/webhook`, secret: SECRET },
      'webhooks[0]',
      { name: 'ops', on: ['new', 'regression'] },
    );
    const [request] = genericDestination.render(event, endpoint);
    if (!request) throw new Error('no request rendered');
    const result = await postWithRetry(request, { fetch: globalThis.fetch, clock: systemClock });
    expect(result).toMatchObject({ ok: true, attempts: 1, httpStatus: 200 });
    expect(JSON.parse(result.text ?? '')).toEqual({ status: 'stored', id: event.id });
    const again = await postWithRetry(request, { fetch: globalThis.fetch, clock: systemClock });
    expect(JSON.parse(again.text ?? '').status).toBe('duplicate');
  });

  it('groups events by fingerprint: counts, first and last seen, branches', async () => {
    for (const [index, id] of ['msg_a', 'msg_b', 'msg_c'].entries()) {
      const body = alertBody(id, index === 2 ? ['checkout', 'refund'] : ['checkout']);
      expect((await post(server.url, body, signedHeaders(id, body))).json.status).toBe('stored');
    }
    const page = await (await fetch(`${server.url}/`)).text();
    const counts = [...page.matchAll(/<td class="count">(\d+)<\/td>/g)].map((match) => match[1]);
    expect(counts.sort()).toEqual(['1', '3']);
    expect(page).toContain('2 fingerprints from 3 events.');
  });
});
