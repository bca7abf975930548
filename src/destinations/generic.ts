import { createHmac } from 'node:crypto';
import { ConfigError } from '../errors.js';
import type { AlertItem } from './alert.js';
import type { AlertEvent, Destination, Endpoint } from './destination.js';
import { oneOf, optionalString, requiredUrl } from './fields.js';
import { standardWebhookHeaders } from './standard-webhooks.js';

// Signed generic JSON: the documented payload in schemas/webhook-generic.v1.json.
export const GENERIC_SCHEMA = 'faultline.webhook/v1';
// Standard Webhooks advises keeping payloads small; items past this budget are counted, not sent.
export const GENERIC_BUDGET_BYTES = 20_000;
const FRAMES_PER_ITEM = 5;

const SIGNATURES = ['standard', 'github', 'none'] as const;
const FORMATS = ['json', 'cloudevents'] as const;

export interface GenericEndpoint extends Endpoint {
  url: string;
  secret?: string;
  signature: (typeof SIGNATURES)[number];
  format: (typeof FORMATS)[number];
}

function itemEntry(item: AlertItem) {
  const failure = item.failure;
  return {
    fingerprint: item.fingerprint,
    status: item.status,
    title: item.title,
    flaky: item.flaky,
    tests: item.tests,
    ...(item.issue ? { issue: item.issue } : {}),
    ...(failure
      ? {
          failure: {
            kind: failure.kind,
            ...(failure.test ? { test: failure.test } : {}),
            error: {
              ...(failure.error.type ? { type: failure.error.type } : {}),
              message: failure.error.message,
              frames: failure.error.frames.filter((frame) => frame.inApp).slice(0, FRAMES_PER_ITEM),
            },
            grouping: failure.grouping,
            ...(failure.runtime ? { runtime: failure.runtime } : {}),
            ...(failure.origin ? { origin: failure.origin } : {}),
          },
        }
      : {}),
  };
}

/** The `data` of the payload: what happened, within the size budget. */
export function genericData(event: AlertEvent) {
  const data = {
    summary: event.summary,
    run: event.run,
    ...(event.runUrl ? { runUrl: event.runUrl } : {}),
    items: [] as unknown[],
    omittedItems: 0,
  };
  let size = JSON.stringify(data).length + 400;
  for (const item of event.items) {
    const entry = itemEntry(item);
    const entrySize = Buffer.byteLength(JSON.stringify(entry)) + 1;
    if (size + entrySize > GENERIC_BUDGET_BYTES) data.omittedItems += 1;
    else {
      data.items.push(entry);
      size += entrySize;
    }
  }
  return data;
}

export function renderGenericPayload(event: AlertEvent, format: GenericEndpoint['format'] = 'json'): string {
  const data = genericData(event);
  if (format === 'cloudevents') {
    // CloudEvents 1.0, structured mode (cloudevents/spec http-protocol-binding.md §3.2).
    return JSON.stringify({
      specversion: '1.0',
      id: event.id,
      source: event.run.repository ? `faultline/${event.run.repository}` : 'faultline',
      type: 'dev.faultline.alert.v1',
      time: event.timestamp.toISOString(),
      ...(event.run.repository ? { subject: event.run.repository } : {}),
      datacontenttype: 'application/json',
      data,
    });
  }
  return JSON.stringify({
    type: 'faultline.alert',
    schema: GENERIC_SCHEMA,
    id: event.id,
    timestamp: event.timestamp.toISOString(),
    data,
  });
}

function signer(endpoint: GenericEndpoint, id: string) {
  const { secret, signature } = endpoint;
  if (!secret || signature === 'none') return undefined;
  if (signature === 'github') {
    // GitHub's scheme (docs.github.com, validating webhook deliveries): HMAC of the raw body.
    return (body: string) => ({
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    });
  }
  return (body: string, now: Date) => standardWebhookHeaders(id, body, secret, now);
}

export const genericDestination: Destination<GenericEndpoint> = {
  type: 'generic',
  defaultOn: ['new', 'regression', 'recovery'],
  fields: ['url', 'secret', 'signature', 'format'],
  parseEndpoint(entry, field, base) {
    const endpoint: GenericEndpoint = {
      ...base,
      type: 'generic',
      url: requiredUrl(entry, 'url', field).href,
      signature: oneOf(entry, 'signature', field, SIGNATURES, 'standard'),
      format: oneOf(entry, 'format', field, FORMATS, 'json'),
    };
    const secret = optionalString(entry, 'secret', field);
    if (secret) endpoint.secret = secret;
    if (endpoint.signature !== 'none' && !secret && entry.signature !== undefined) {
      throw new ConfigError(`${field}.secret`, `is required for signature: ${endpoint.signature}`);
    }
    return endpoint;
  },
  secrets: (endpoint) => [endpoint.url, ...(endpoint.secret ? [endpoint.secret] : [])],
  render(event, endpoint) {
    const sign = signer(endpoint, event.id);
    const contentType =
      endpoint.format === 'cloudevents' ? 'application/cloudevents+json' : 'application/json';
    return [
      {
        url: endpoint.url,
        body: renderGenericPayload(event, endpoint.format),
        headers: { 'content-type': contentType, 'user-agent': 'faultline' },
        ...(sign ? { sign } : {}),
      },
    ];
  },
};
