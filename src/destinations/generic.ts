import { ConfigError } from '../errors.js';
import type { Failure } from '../model.js';
import { failureTitle } from '../render/title.js';
import type { AlertEvent, Destination, Endpoint } from './destination.js';
import { standardWebhookHeaders } from './standard-webhooks.js';

// Signed generic JSON: the documented payload in schemas/webhook-generic.v1.json.
export const GENERIC_SCHEMA = 'faultline.webhook/v1';
// Standard Webhooks advises keeping payloads small; failures past this budget are counted, not sent.
export const GENERIC_BUDGET_BYTES = 20_000;
const FRAMES_PER_FAILURE = 5;

export interface GenericEndpoint extends Endpoint {
  secret?: string;
}

function requiredUrl(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new ConfigError(`${field}.url`, 'is required');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${field}.url`, 'is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`${field}.url`, 'must be http or https');
  return value;
}

function failureEntry(failure: Failure, event: AlertEvent) {
  const issue = event.issues.find((entry) => entry.fingerprint === failure.fingerprint);
  return {
    fingerprint: failure.fingerprint,
    kind: failure.kind,
    flaky: failure.flaky,
    title: failureTitle(failure),
    ...(failure.test ? { test: failure.test } : {}),
    error: {
      ...(failure.error.type ? { type: failure.error.type } : {}),
      message: failure.error.message,
      frames: failure.error.frames.filter((frame) => frame.inApp).slice(0, FRAMES_PER_FAILURE),
    },
    grouping: {
      version: failure.grouping.version,
      basis: failure.grouping.basis,
      components: failure.grouping.components,
    },
    ...(issue ? { issue: { action: issue.action, number: issue.number } } : {}),
  };
}

export function renderGenericPayload(event: AlertEvent): string {
  const envelope = {
    type: 'faultline.failures',
    schema: GENERIC_SCHEMA,
    id: event.id,
    timestamp: event.timestamp.toISOString(),
    data: { summary: event.summary, run: event.run, failures: [] as unknown[], omittedFailures: 0 },
  };
  let size = JSON.stringify(envelope).length;
  for (const failure of event.failures) {
    const entry = failureEntry(failure, event);
    const entrySize = JSON.stringify(entry).length + 1;
    if (size + entrySize > GENERIC_BUDGET_BYTES) envelope.data.omittedFailures += 1;
    else {
      envelope.data.failures.push(entry);
      size += entrySize;
    }
  }
  return JSON.stringify(envelope);
}

export const genericDestination: Destination<GenericEndpoint> = {
  type: 'generic',
  parseEndpoint(entry, field, name) {
    const endpoint: GenericEndpoint = { name, type: 'generic', url: requiredUrl(entry.url, field) };
    if (entry.secret !== undefined) {
      if (typeof entry.secret !== 'string' || entry.secret === '') {
        throw new ConfigError(`${field}.secret`, 'must be a non-empty string');
      }
      endpoint.secret = entry.secret;
    }
    return endpoint;
  },
  secrets: (endpoint) => [endpoint.url, ...(endpoint.secret ? [endpoint.secret] : [])],
  render(event, endpoint) {
    const secret = endpoint.secret;
    return {
      url: endpoint.url,
      body: renderGenericPayload(event),
      headers: { 'content-type': 'application/json', 'user-agent': 'faultline' },
      ...(secret
        ? { sign: (body: string, now: Date) => standardWebhookHeaders(event.id, body, secret, now) }
        : {}),
    };
  },
};
