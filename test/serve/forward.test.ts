import { afterEach, describe, expect, it } from 'vitest';
import { parseWebhooks } from '../../src/config/webhooks.js';
import type { ServeHandle } from '../../src/serve/serve.js';
import { plainFailure } from '../helpers/alerts.js';
import { startWebhookServer, type WebhookServer } from '../helpers/webhook-server.js';
import { alertBody, post, quietLogger, SECRET, signedHeaders, startTestServer, tempDir } from './helpers.js';

const DOWNSTREAM_SECRET = `whsec_${Buffer.from('downstream-secret-downstream!!').toString('base64')}`;
const FAST = {
  httpPolicy: { attempts: 1, timeoutMs: 2_000, maxWaitMs: 1_000, baseBackoffMs: 10 },
  outboxPolicy: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 500, budgetMs: 5_000 },
};

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let downstream: WebhookServer | undefined;
let server: ServeHandle | undefined;
afterEach(async () => {
  await server?.close();
  await downstream?.close();
});

describe('forwarding through the outbox', () => {
  it('forwards new and regressed fingerprints, and retries after a restart until the endpoint takes them', async () => {
    // The endpoint fails the first delivery, then accepts.
    downstream = await startWebhookServer({
      secret: DOWNSTREAM_SECRET,
      script: [{ status: 503 }, { status: 200 }],
    });
    const forward = parseWebhooks(
      [{ type: 'generic', name: 'downstream', url: downstream.url, secret: DOWNSTREAM_SECRET }],
      'webhooks',
      {},
    );
    const dataDir = tempDir('forward');
    const logs: string[] = [];
    const options = { forward, masked: [SECRET, ...forward.secrets] };
    server = await startTestServer(dataDir, options, { ...FAST, log: quietLogger(logs) });
    const body = alertBody('msg_fwd', ['checkout', 'refund', 'login'], ['open', 'reopen', 'update']);
    expect((await post(server.url, body, signedHeaders('msg_fwd', body))).json.status).toBe('stored');
    const received = downstream.received;
    await until(() => received.length === 1, 'the first attempt');
    await server.close();
    server = undefined;
    expect(logs.some((line) => line.startsWith('warn: forwarding to downstream failed (attempt 1)'))).toBe(
      true,
    );
    // Nothing of the endpoint's URL reaches the log.
    expect(logs.join('\n')).not.toContain('secret-path-token');

    server = await startTestServer(dataDir, options, { ...FAST, log: quietLogger(logs) });
    await until(() => received.length === 2, 'the retry after the restart');
    const delivered = received[1];
    expect(delivered?.verified).toBe(true);
    expect(delivered?.headers['webhook-id']).toBe('msg_fwd');
    const payload = JSON.parse(delivered?.body ?? '{}') as {
      data: { items: { fingerprint: string; status: string }[] };
    };
    expect(payload.data.items.map((item) => [item.fingerprint, item.status])).toEqual([
      [plainFailure('refund').fingerprint, 'regressed'],
      [plainFailure('checkout').fingerprint, 'new'],
    ]);
    await until(() => logs.includes('info: forwarded to downstream'), 'the sent row');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('faultline_serve_outbox_pending 0');
    expect(metrics).toContain('faultline_serve_forwards_total{result="sent"} 1');
  });

  it('forwards nothing for an event with only recurring and recovered fingerprints', async () => {
    downstream = await startWebhookServer({ secret: DOWNSTREAM_SECRET });
    const forward = parseWebhooks(
      [{ type: 'generic', url: downstream.url, secret: DOWNSTREAM_SECRET }],
      'webhooks',
      {},
    );
    server = await startTestServer(tempDir('forward-none'), { forward }, FAST);
    const body = alertBody('msg_quiet', ['checkout', 'refund'], ['update', 'resolve']);
    expect((await post(server.url, body, signedHeaders('msg_quiet', body))).json.status).toBe('stored');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('faultline_serve_outbox_pending 0');
    expect(downstream.received).toEqual([]);
  });
});
