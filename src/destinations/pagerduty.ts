import { ConfigError } from '../errors.js';
import type { Destination, Endpoint, ServiceResponse, Verdict } from './destination.js';
import { errorLine, testsLine } from './digest.js';
import { oneOf, optionalString, requiredString, requiredUrl } from './fields.js';
import { defaultVerdict } from './http.js';
import { capped, maxEvents } from './per-fingerprint.js';
import { cut, defuseMentions } from './text.js';

// PagerDuty Events API v2 (developer.pagerduty.com, events-api-v2): one event per fingerprint,
// dedup_key = the fingerprint, so recurrences fold into one alert and a recovery resolves it.
// summary ≤ 1,024; dedup_key ≤ 255; payload ≤ 512 KB; 202 accepted, 400 invalid (no retry).
export const PAGERDUTY_URL = 'https://events.pagerduty.com/v2/enqueue';
export const PAGERDUTY_LIMITS = { summary: 1024, dedupKey: 255, detailChars: 4000 };
const SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;

export interface PagerDutyEndpoint extends Endpoint {
  url: string;
  routingKey: string;
  severity: (typeof SEVERITIES)[number];
  maxEvents: number;
}

function interpret(response: ServiceResponse): Verdict {
  const verdict = defaultVerdict(response, new Date());
  if (response.status === 400) {
    try {
      const body = JSON.parse(response.text) as { message?: string; errors?: string[] };
      verdict.detail =
        `answered 400: ${body.message ?? 'invalid event'}${body.errors ? ` (${body.errors.join('; ')})` : ''}`.slice(
          0,
          300,
        );
    } catch {
      // keep the default text
    }
  }
  return verdict;
}

export const pagerdutyDestination: Destination<PagerDutyEndpoint> = {
  type: 'pagerduty',
  defaultOn: ['new', 'regression', 'always', 'recovery'],
  fields: ['routing-key', 'url', 'severity', 'max-events'],
  parseEndpoint(entry, field, base) {
    const routingKey = requiredString(entry, 'routing-key', field);
    if (!/^[A-Za-z0-9]{32}$/.test(routingKey))
      throw new ConfigError(`${field}.routing-key`, 'must be the 32-character integration key');
    return {
      ...base,
      type: 'pagerduty',
      url: optionalString(entry, 'url', field) ? requiredUrl(entry, 'url', field).href : PAGERDUTY_URL,
      routingKey,
      severity: oneOf(entry, 'severity', field, SEVERITIES, 'error'),
      maxEvents: maxEvents(entry, field),
    };
  },
  secrets: (endpoint) => [endpoint.routingKey],
  render(event, endpoint) {
    const { items } = capped(event.items, endpoint.maxEvents);
    return items.map((item) => {
      const resolve = item.status === 'recovered';
      const links = [
        ...(event.runUrl ? [{ href: event.runUrl, text: 'CI run' }] : []),
        ...(item.issue?.url ? [{ href: item.issue.url, text: `Issue #${item.issue.number}` }] : []),
      ];
      const body = {
        routing_key: endpoint.routingKey,
        event_action: resolve ? 'resolve' : 'trigger',
        dedup_key: cut(item.fingerprint, PAGERDUTY_LIMITS.dedupKey),
        ...(resolve
          ? {}
          : {
              payload: {
                summary: cut(
                  defuseMentions(`${item.title}${event.run.repository ? ` (${event.run.repository})` : ''}`),
                  PAGERDUTY_LIMITS.summary,
                ),
                source: event.run.repository ?? 'faultline',
                severity: endpoint.severity,
                timestamp: event.timestamp.toISOString(),
                ...(item.failure?.test?.file ? { component: item.failure.test.file } : {}),
                ...(event.run.workflow ? { group: event.run.workflow } : {}),
                ...(item.failure?.error.type ? { class: item.failure.error.type } : {}),
                custom_details: {
                  status: item.status,
                  fingerprint: item.fingerprint,
                  tests: item.tests.slice(0, 20).map(defuseMentions),
                  error: cut(defuseMentions(errorLine(item)), PAGERDUTY_LIMITS.detailChars),
                  tests_line: defuseMentions(testsLine(item)),
                  ...(event.run.branch ? { branch: event.run.branch } : {}),
                  ...(event.run.sha ? { commit: event.run.sha } : {}),
                },
              },
              ...(links.length ? { links } : {}),
              client: 'faultline',
              ...(event.runUrl ? { client_url: event.runUrl } : {}),
            }),
      };
      return {
        url: endpoint.url,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
        interpret,
        label: item.fingerprint,
      };
    });
  },
};
