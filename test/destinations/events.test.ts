import { describe, expect, it } from 'vitest';
import { eventOf, FAKE_AWS_KEY, FAKE_TOKEN, hostileFailure, plainFailure } from '../helpers/alerts.js';
import { json } from '../helpers/fake-service.js';
import { deliver, recordingClock, service } from './harness.js';

const ROUTING_KEY = 'R0123456789abcdef0123456789abcde';
const credentialsIn = (body: string) =>
  [FAKE_TOKEN, FAKE_AWS_KEY, '@everyone', '<!channel>'].filter((bad) => body.includes(bad));

describe('pagerduty (Events API v2)', () => {
  // PagerDuty's checks: routing_key, event_action, dedup_key ≤ 255, and for a trigger a payload
  // with summary ≤ 1,024, source and a known severity. 202 on success, 400 "invalid event".
  const pagerduty = () =>
    service((request) => {
      // biome-ignore lint/suspicious/noExplicitAny: the fake reads an untyped body as the service would.
      const body = json(request) as Record<string, any> | undefined;
      const errors: string[] = [];
      if (body?.routing_key !== ROUTING_KEY) errors.push('routing_key is invalid');
      if (!['trigger', 'acknowledge', 'resolve'].includes(body?.event_action))
        errors.push('event_action is invalid');
      if (!body?.dedup_key || body.dedup_key.length > 255) errors.push('dedup_key is invalid');
      if (body?.event_action === 'trigger') {
        const payload = body.payload ?? {};
        if (!payload.summary || payload.summary.length > 1024) errors.push('payload.summary is invalid');
        if (!payload.source) errors.push('payload.source is missing');
        if (!['critical', 'error', 'warning', 'info'].includes(payload.severity))
          errors.push('payload.severity is invalid');
      }
      if (errors.length > 0)
        return {
          status: 400,
          body: JSON.stringify({ status: 'invalid event', message: 'Event object is invalid', errors }),
        };
      return {
        status: 202,
        body: JSON.stringify({ status: 'success', message: 'Event processed', dedup_key: body?.dedup_key }),
      };
    });

  it('triggers one event per fingerprint, deduplicated by it, and resolves a recovery', async () => {
    const receiver = await pagerduty();
    const failures = [hostileFailure(0), hostileFailure(1), plainFailure('gone')];
    const { results } = await deliver(
      [{ type: 'pagerduty', 'routing-key': ROUTING_KEY, url: receiver.url }],
      eventOf(failures, ['open', 'update', 'resolve']),
    );
    expect(results[0]).toMatchObject({ status: 'sent', httpStatus: 202, attempts: 3 });
    expect(receiver.violations).toEqual([]);
    const bodies = receiver.requests.map((request) => JSON.parse(request.body));
    expect(bodies.map((body) => [body.event_action, body.dedup_key])).toEqual([
      ['trigger', failures[0]?.fingerprint],
      ['trigger', failures[1]?.fingerprint],
      ['resolve', failures[2]?.fingerprint],
    ]);
    for (const request of receiver.requests) expect(credentialsIn(request.body)).toEqual([]);
  });

  it('does not retry a 400, and shows what PagerDuty said', async () => {
    const receiver = await pagerduty();
    const { results } = await deliver(
      [{ type: 'pagerduty', 'routing-key': 'X0123456789abcdef0123456789abcde', url: receiver.url }],
      eventOf([plainFailure('a')]),
    );
    expect(results[0]).toMatchObject({ status: 'failed', attempts: 1, httpStatus: 400 });
    expect(results[0]?.detail).toContain('Event object is invalid (routing_key is invalid)');
  });

  it('holds back fingerprints past max-events', async () => {
    const receiver = await pagerduty();
    const failures = Array.from({ length: 30 }, (_, index) => plainFailure(`t${index}`));
    await deliver(
      [{ type: 'pagerduty', 'routing-key': ROUTING_KEY, url: receiver.url, 'max-events': 5 }],
      eventOf(failures),
    );
    expect(receiver.requests).toHaveLength(5);
  });
});

describe('datadog', () => {
  const API_KEY = 'dd0123456789abcdef0123456789abcd';
  const datadog = () =>
    service((request) => {
      if (request.headers['dd-api-key'] !== API_KEY) return { status: 403, body: '{"errors":["Forbidden"]}' };
      // biome-ignore lint/suspicious/noExplicitAny: the fake reads an untyped body as the service would.
      const body = json(request) as any;
      if (request.path === '/api/v1/events') {
        if (!body?.title || (body.text ?? '').length > 4000 || (body.aggregation_key ?? '').length > 100) {
          return { status: 400, body: '{"errors":["Event too large"]}' };
        }
        return { status: 202, body: '{"status":"ok"}' };
      }
      if (request.path === '/api/v2/logs') {
        if (!Array.isArray(body) || body.length > 1000 || Buffer.byteLength(request.body) > 5_000_000)
          return { status: 413, body: 'too large' };
        if (body.some((log: unknown) => Buffer.byteLength(JSON.stringify(log)) > 1_000_000))
          return { status: 413, body: 'log too large' };
        return { status: 202, body: '{}' };
      }
      return { status: 404, body: 'not found' };
    });

  it('sends one event per fingerprint within the Events limits', async () => {
    const receiver = await datadog();
    const { results } = await deliver(
      [{ type: 'datadog', 'api-key': API_KEY, url: receiver.origin }],
      eventOf([hostileFailure(0), hostileFailure(1)]),
    );
    expect(results[0]).toMatchObject({ status: 'sent', httpStatus: 202 });
    expect(receiver.violations).toEqual([]);
    const body = JSON.parse(receiver.requests[0]?.body ?? '{}');
    expect(body).toMatchObject({ alert_type: 'error', source_type_name: 'faultline' });
    expect(body.tags).toContain('repository:acme/shop');
    for (const request of receiver.requests) expect(credentialsIn(request.body)).toEqual([]);
  });

  it('sends logs with error.* fields for Error Tracking', async () => {
    const receiver = await datadog();
    const { results } = await deliver(
      [{ type: 'datadog', mode: 'logs', site: 'datadoghq.eu', 'api-key': API_KEY, url: receiver.origin }],
      eventOf([hostileFailure(0, 900_000)]),
    );
    expect(results[0]).toMatchObject({ status: 'sent' });
    const [log] = JSON.parse(receiver.requests[0]?.body ?? '[]');
    expect(log).toMatchObject({ ddsource: 'faultline', status: 'error', 'error.kind': 'TypeError' });
    expect(credentialsIn(receiver.requests[0]?.body ?? '')).toEqual([]);
  });

  it('refuses an unknown site, naming the field', async () => {
    const { results } = await deliver(
      [{ type: 'datadog', 'api-key': API_KEY, site: 'datadog.example' }],
      eventOf([plainFailure('a')]),
    );
    expect(results[0]?.detail).toMatch(/webhooks\[0\]\.site: must be one of datadoghq\.com/);
  });
});

describe('sentry (envelope from a DSN)', () => {
  it('sends an envelope whose event carries our fingerprint, and honours X-Sentry-Rate-Limits', async () => {
    const receiver = await service((request, index) => {
      if (!/^\/api\/42\/envelope\/$/.test(request.path)) return { status: 404, body: 'not found' };
      if (!/sentry_key=pubkey123/.test(String(request.headers['x-sentry-auth'])))
        return { status: 403, body: '{"detail":"missing auth"}' };
      if (request.headers['content-type'] !== 'application/x-sentry-envelope')
        return { status: 415, body: 'bad type' };
      const [header, itemHeader, event] = request.body.split('\n');
      const parsed = JSON.parse(event ?? '{}');
      if (JSON.parse(itemHeader ?? '{}').length !== Buffer.byteLength(event ?? ''))
        return { status: 400, body: 'bad length' };
      if (!/^[0-9a-f]{32}$/.test(JSON.parse(header ?? '{}').event_id))
        return { status: 400, body: 'bad event_id' };
      if (Object.values(parsed.tags ?? {}).some((value) => String(value).length >= 200))
        return { status: 400, body: 'tag too long' };
      if (index === 0)
        return {
          status: 429,
          headers: { 'x-sentry-rate-limits': '2:error:organization', 'retry-after': '2' },
          body: '',
        };
      return { status: 200, body: JSON.stringify({ id: parsed.event_id }) };
    });
    const dsn = `http://pubkey123@127.0.0.1:${new URL(receiver.origin).port}/42`;
    const clock = recordingClock();
    const failure = hostileFailure(0);
    failure.error.frames = [
      { file: 'src/inner.ts', line: 3, function: 'inner', inApp: true },
      { file: 'node_modules/lib/outer.js', line: 9, function: 'outer', inApp: false },
    ];
    const { results } = await deliver([{ type: 'sentry', dsn, environment: 'ci' }], eventOf([failure]), {
      clock,
    });
    expect(results[0]).toMatchObject({ status: 'sent', attempts: 2, httpStatus: 200 });
    expect(clock.sleeps).toEqual([2000]);
    const event = JSON.parse(receiver.requests[1]?.body.split('\n')[2] ?? '{}');
    expect(event.fingerprint).toEqual([failure.fingerprint]);
    expect(event.exception.values[0].type).toBe('TypeError');
    expect(
      event.exception.values[0].stacktrace.frames.map((frame: { function: string }) => frame.function),
    ).toEqual(['outer', 'inner']);
    expect(event).toMatchObject({ release: 'f00dfeed', environment: 'ci', level: 'error' });
    expect(receiver.requests[0]?.body.split('\n')[0]).toBe(receiver.requests[1]?.body.split('\n')[0]);
    // Sentry is not a chat: the message stays as the test printed it, less its credentials.
    for (const token of [FAKE_TOKEN, FAKE_AWS_KEY])
      expect(receiver.requests[1]?.body.includes(token)).toBe(false);
  });

  it('refuses a malformed DSN without echoing it', async () => {
    const { results } = await deliver(
      [{ type: 'sentry', dsn: 'https://sentry.example/not-a-project' }],
      eventOf([plainFailure('a')]),
    );
    expect(results[0]?.detail).toBe(
      'not sent, bad config: webhooks[0].dsn: is not a valid DSN (https://KEY@HOST/PROJECT)',
    );
  });
});
