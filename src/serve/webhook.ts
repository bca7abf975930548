import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { readLimitedBody } from './body.js';
import { readAlert } from './incoming.js';
import type { Ingestor } from './ingest.js';
import type { Metrics } from './metrics.js';
import { type Rejection, verifySignature } from './verify.js';

// POST /webhook: size, signature, shape, then one durable write. The answer comes only after
// the write commits, so a 2xx always means "stored", and anything else means "send it again".

export interface WebhookContext {
  keys: readonly Buffer[];
  toleranceSeconds: number;
  maxBodyBytes: number;
  clock: Clock;
  ingestor: Ingestor;
  metrics: Metrics;
  log: Logger;
}

const JSON_TYPES = new Set(['application/json', 'application/cloudevents+json']);

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(' ') : value;
}

export function replyJson(
  response: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

export async function handleWebhook(
  request: IncomingMessage,
  response: ServerResponse,
  context: WebhookContext,
): Promise<void> {
  const { metrics } = context;
  const reject = (
    status: number,
    rejection: Rejection,
    reason: string,
    headers: Record<string, string> = {},
  ) => {
    metrics.inc('faultline_serve_webhooks_total', { outcome: rejection });
    context.log.debug(`webhook refused (${status} ${rejection}): ${reason}`);
    replyJson(response, status, { status: 'rejected', error: rejection, reason }, headers);
  };
  const mediaType = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!JSON_TYPES.has(mediaType))
    return reject(415, 'unsupported-media-type', 'content-type must be application/json', {
      connection: 'close',
    });
  const read = await readLimitedBody(request, context.maxBodyBytes);
  if (!read.ok) {
    if (read.reason === 'aborted') return;
    // The rest of the body is never read: close the connection rather than drain it.
    return reject(413, 'oversized', `the body is over the ${context.maxBodyBytes}-byte limit`, {
      connection: 'close',
    });
  }
  const verification = verifySignature(
    read.body,
    {
      id: header(request, 'webhook-id'),
      timestamp: header(request, 'webhook-timestamp'),
      signature: header(request, 'webhook-signature'),
    },
    context.keys,
    Math.floor(context.clock.now().getTime() / 1000),
    context.toleranceSeconds,
  );
  if (!verification.ok) return reject(verification.status, verification.rejection, verification.reason);
  const text = read.body.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return reject(400, 'malformed-body', `the body is not JSON: ${errorMessage(error).slice(0, 120)}`);
  }
  const reading = readAlert(value);
  if (!reading.ok) return reject(422, 'not-an-alert', `not a faultline alert: ${reading.reason}`);
  if (reading.alert.id !== verification.id)
    return reject(400, 'id-mismatch', 'the body id differs from the webhook-id header');
  try {
    const result = await context.ingestor.ingest({
      webhookId: verification.id,
      bodySha256: createHash('sha256').update(read.body).digest('hex'),
      body: text,
      alert: reading.alert,
      receivedAt: context.clock.now(),
    });
    if (result.kind === 'conflict')
      return reject(409, 'conflict', 'this webhook-id was already stored with a different body');
    metrics.inc('faultline_serve_webhooks_total', { outcome: result.kind });
    replyJson(response, 200, {
      status: result.kind,
      id: verification.id,
      ...(result.kind === 'duplicate' ? { storedAt: result.receivedAt } : {}),
    });
  } catch (error) {
    metrics.inc('faultline_serve_webhooks_total', { outcome: 'store-error' });
    context.log.error(`storing ${verification.id} failed: ${errorMessage(error)}`);
    replyJson(
      response,
      503,
      { status: 'error', reason: 'the event could not be stored; retry' },
      { 'retry-after': '5' },
    );
  }
}
