import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.js';
import type { Frame } from '../model.js';
import { VERSION } from '../version.js';
import type { AlertItem } from './alert.js';
import type { AlertEvent, Destination, Endpoint, ServiceResponse, Verdict } from './destination.js';
import { requiredString } from './fields.js';
import { defaultVerdict, retryAfterMs } from './http.js';
import { capped, maxEvents } from './per-fingerprint.js';
import { cut } from './text.js';

// Sentry from a DSN (develop.sentry.dev: sdk/foundations/transport, data-model/envelopes,
// event-payloads/stacktrace): an envelope to /api/{project}/envelope/ with X-Sentry-Auth.
// The event's `fingerprint` is ours, so Sentry groups exactly as faultline does. Frames go
// oldest first, as Sentry wants. Tag values stay under 200 characters; an event under 1 MB.
export const SENTRY_LIMITS = { tag: 199, value: 8000, frames: 100 };

export interface SentryEndpoint extends Endpoint {
  dsn: string;
  publicKey: string;
  envelopeUrl: string;
  environment?: string;
  maxEvents: number;
}

export function parseDsn(dsn: string, field: string): { publicKey: string; envelopeUrl: string } {
  let url: URL;
  try {
    url = new URL(dsn);
  } catch {
    throw new ConfigError(`${field}.dsn`, 'is not a valid DSN (https://KEY@HOST/PROJECT)');
  }
  const project = url.pathname.split('/').filter(Boolean).pop();
  if (!url.username || !project || !/^\d+$/.test(project) || !/^https?:$/.test(url.protocol)) {
    throw new ConfigError(`${field}.dsn`, 'is not a valid DSN (https://KEY@HOST/PROJECT)');
  }
  const prefix = url.pathname.slice(0, url.pathname.lastIndexOf(`/${project}`));
  return {
    publicKey: url.username,
    envelopeUrl: `${url.protocol}//${url.host}${prefix}/api/${project}/envelope/`,
  };
}

// 429 (or any answer) may carry X-Sentry-Rate-Limits: "60:error:organization, 2700:default:project".
function interpret(response: ServiceResponse): Verdict {
  const verdict = defaultVerdict(response, new Date());
  const limits = response.headers.get('x-sentry-rate-limits');
  if (!verdict.ok && limits) {
    const seconds = Math.max(...limits.split(',').map((limit) => Number(limit.trim().split(':')[0]) || 0));
    verdict.retryAfterMs = seconds * 1000;
  } else if (response.status === 429 && verdict.retryAfterMs === undefined) {
    // Sentry's rule without headers: back off 60 s.
    verdict.retryAfterMs = retryAfterMs(response.headers.get('retry-after'), new Date()) ?? 60_000;
  }
  return verdict;
}

function sentryFrames(frames: readonly Frame[]) {
  return frames
    .slice(0, SENTRY_LIMITS.frames)
    .map((frame) => ({
      ...(frame.file ? { filename: frame.file } : {}),
      ...(frame.function ? { function: frame.function } : {}),
      ...(frame.module ? { module: frame.module } : {}),
      ...(frame.line ? { lineno: frame.line } : {}),
      ...(frame.column ? { colno: frame.column } : {}),
      in_app: frame.inApp,
    }))
    .reverse();
}

function eventId(event: AlertEvent, item: AlertItem): string {
  // Stable per delivery and fingerprint, so a retried envelope is the same event to Sentry.
  return createHash('sha256').update(`${event.id}:${item.fingerprint}`).digest('hex').slice(0, 32);
}

function sentryEvent(event: AlertEvent, item: AlertItem, endpoint: SentryEndpoint) {
  const error = item.failure?.error;
  const tag = (value: string | undefined) => (value ? cut(value, SENTRY_LIMITS.tag) : undefined);
  const tags = Object.fromEntries(
    Object.entries({
      repository: tag(event.run.repository),
      branch: tag(event.run.branch),
      workflow: tag(event.run.workflow),
      status: item.status,
      'faultline.fingerprint': item.fingerprint,
      test: tag(item.tests[0]),
    }).filter(([, value]) => value !== undefined),
  );
  return {
    event_id: eventId(event, item),
    timestamp: event.timestamp.getTime() / 1000,
    platform: 'other',
    level: 'error',
    logger: 'faultline',
    ...(event.run.sha ? { release: event.run.sha } : {}),
    environment: endpoint.environment ?? 'ci',
    fingerprint: [item.fingerprint],
    tags,
    exception: {
      values: [
        {
          type: cut(error?.type ?? 'Failure', SENTRY_LIMITS.tag),
          value: cut(error?.message ?? item.title, SENTRY_LIMITS.value),
          mechanism: { type: 'faultline', handled: false },
          ...(error && error.frames.length > 0 ? { stacktrace: { frames: sentryFrames(error.frames) } } : {}),
        },
      ],
    },
    extra: { tests: item.tests.slice(0, 50), run_url: event.runUrl, issue: item.issue },
  };
}

export const sentryDestination: Destination<SentryEndpoint> = {
  type: 'sentry',
  defaultOn: ['new', 'regression', 'always'],
  fields: ['dsn', 'environment', 'max-events'],
  parseEndpoint(entry, field, base) {
    const dsn = requiredString(entry, 'dsn', field);
    const endpoint: SentryEndpoint = {
      ...base,
      type: 'sentry',
      dsn,
      ...parseDsn(dsn, field),
      maxEvents: maxEvents(entry, field),
    };
    if (typeof entry.environment === 'string' && entry.environment) endpoint.environment = entry.environment;
    return endpoint;
  },
  secrets: (endpoint) => [endpoint.dsn, endpoint.publicKey],
  render(event, endpoint) {
    const { items } = capped(
      event.items.filter((item) => item.status !== 'recovered'),
      endpoint.maxEvents,
    );
    return items.map((item) => {
      const payload = JSON.stringify(sentryEvent(event, item, endpoint));
      const header = JSON.stringify({
        event_id: eventId(event, item),
        sent_at: event.timestamp.toISOString(),
      });
      const itemHeader = JSON.stringify({ type: 'event', length: Buffer.byteLength(payload) });
      return {
        url: endpoint.envelopeUrl,
        body: `${header}\n${itemHeader}\n${payload}\n`,
        headers: {
          'content-type': 'application/x-sentry-envelope',
          'x-sentry-auth': `Sentry sentry_version=7, sentry_client=faultline/${VERSION}, sentry_key=${endpoint.publicKey}`,
        },
        interpret,
        label: item.fingerprint,
      };
    });
  },
};
