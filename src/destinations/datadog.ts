import type { Destination, Endpoint, OutgoingRequest } from './destination.js';
import { errorLine, testsLine } from './digest.js';
import { oneOf, optionalString, requiredString, requiredUrl } from './fields.js';
import { capped, maxEvents } from './per-fingerprint.js';
import { cut, defuseMentions } from './text.js';

// Datadog (docs.datadoghq.com): Events v1 (text ≤ 4,000, aggregation_key ≤ 100) one per
// fingerprint, or Logs v2 intake (≤ 1,000 entries, ≤ 5 MB, a log ≤ 1 MB) with error.kind,
// error.message and error.stack so Error Tracking picks the failures up. Any Datadog site.
// "@name" in Datadog text notifies people, so mentions from test output are broken.
export const DATADOG_SITES = [
  'datadoghq.com',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'datadoghq.eu',
  'ap1.datadoghq.com',
  'ap2.datadoghq.com',
  'uk1.datadoghq.com',
  'ddog-gov.com',
] as const;
export const DATADOG_LIMITS = {
  text: 4000,
  title: 100,
  aggregationKey: 100,
  tag: 200,
  logBytes: 1_000_000,
  stack: 20_000,
};
const MODES = ['events', 'logs'] as const;

export interface DatadogEndpoint extends Endpoint {
  apiKey: string;
  mode: (typeof MODES)[number];
  /** Base URL: https://api.{site} for events, https://http-intake.logs.{site} for logs, unless `url` overrides it (tests, proxies). */
  base: string;
  maxEvents: number;
}

function tags(endpointTags: Record<string, string | undefined>): string[] {
  return Object.entries(endpointTags)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => cut(`${key}:${value}`, DATADOG_LIMITS.tag));
}

export const datadogDestination: Destination<DatadogEndpoint> = {
  type: 'datadog',
  defaultOn: ['new', 'regression', 'recovery'],
  fields: ['api-key', 'site', 'mode', 'url', 'max-events'],
  parseEndpoint(entry, field, base) {
    const mode = oneOf(entry, 'mode', field, MODES, 'events');
    const site = oneOf(entry, 'site', field, DATADOG_SITES, 'datadoghq.com');
    const override = optionalString(entry, 'url', field)
      ? requiredUrl(entry, 'url', field).href.replace(/\/$/, '')
      : undefined;
    return {
      ...base,
      type: 'datadog',
      apiKey: requiredString(entry, 'api-key', field),
      mode,
      base: override ?? (mode === 'events' ? `https://api.${site}` : `https://http-intake.logs.${site}`),
      maxEvents: maxEvents(entry, field),
    };
  },
  secrets: (endpoint) => [endpoint.apiKey],
  render(event, endpoint): OutgoingRequest[] {
    const { items } = capped(event.items, endpoint.maxEvents);
    const headers = { 'content-type': 'application/json', 'dd-api-key': endpoint.apiKey };
    const common = {
      repository: event.run.repository,
      branch: event.run.branch,
      workflow: event.run.workflow,
    };
    if (endpoint.mode === 'logs') {
      const logs = items.map((item) => ({
        ddsource: 'faultline',
        service: event.run.repository ?? 'faultline',
        status: item.status === 'recovered' ? 'info' : 'error',
        message: cut(defuseMentions(`${item.title} [${item.status}]`), 10_000),
        ddtags: tags({ ...common, fingerprint: item.fingerprint, status: item.status }).join(','),
        'error.kind': item.failure?.error.type ?? 'Failure',
        'error.message': cut(defuseMentions(item.failure?.error.message ?? item.title), 10_000),
        'error.stack': cut(defuseMentions(item.failure?.error.stack ?? ''), DATADOG_LIMITS.stack),
        'error.fingerprint': item.fingerprint,
        faultline: {
          tests: item.tests.slice(0, 50).map(defuseMentions),
          run_url: event.runUrl,
          issue: item.issue,
        },
      }));
      return [{ url: `${endpoint.base}/api/v2/logs`, body: JSON.stringify(logs), headers }];
    }
    return items.map((item) => {
      const text = [
        defuseMentions(errorLine(item)),
        defuseMentions(testsLine(item)),
        event.runUrl ?? '',
        `fingerprint ${item.fingerprint}`,
      ]
        .filter(Boolean)
        .join('\n');
      const body = {
        title: cut(defuseMentions(`[${item.status}] ${item.title}`), DATADOG_LIMITS.title),
        text: cut(text, DATADOG_LIMITS.text),
        alert_type: item.status === 'recovered' ? 'success' : 'error',
        aggregation_key: cut(item.fingerprint, DATADOG_LIMITS.aggregationKey),
        source_type_name: 'faultline',
        tags: tags({ ...common, fingerprint: item.fingerprint, status: item.status, source: 'faultline' }),
        date_happened: Math.floor(event.timestamp.getTime() / 1000),
      };
      return {
        url: `${endpoint.base}/api/v1/events`,
        body: JSON.stringify(body),
        headers,
        label: item.fingerprint,
      };
    });
  },
};
