import { readFileSync } from 'node:fs';
import { ConfigError, errorMessage } from '../errors.js';
import type { AlertEvent, Destination, Endpoint } from './destination.js';
import { countsLine, errorLine, headline, STATUS_LABEL, testsLine } from './digest.js';
import { requiredString, requiredUrl } from './fields.js';
import { genericData } from './generic.js';
import { defuseMentions } from './text.js';

// A user template for any other service: a JSON file whose string values hold {{placeholders}}.
// The template is parsed as JSON first and values are substituted into the parsed tree, then
// serialized: test output can never break out of a string or inject JSON, and nothing is evaluated.

export interface TemplateEndpoint extends Endpoint {
  url: string;
  template: unknown;
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

function values(event: AlertEvent): Record<string, unknown> {
  const count = (status: string) => event.items.filter((item) => item.status === status).length;
  return {
    headline: defuseMentions(headline(event)),
    counts: countsLine(event),
    text: defuseMentions(
      [
        headline(event),
        countsLine(event),
        ...event.items.map(
          (item) =>
            `${STATUS_LABEL[item.status]}: ${testsLine(item) || item.title} — ${errorLine(item)} (${item.fingerprint})`,
        ),
      ].join('\n'),
    ),
    repository: event.run.repository ?? '',
    branch: event.run.branch ?? '',
    sha: event.run.sha ?? '',
    runUrl: event.runUrl ?? '',
    tests: event.summary.tests,
    passed: event.summary.passed,
    failed: event.summary.failed,
    skipped: event.summary.skipped,
    flaky: event.summary.flaky,
    newCount: count('new'),
    regressedCount: count('regressed'),
    recurringCount: count('recurring'),
    recoveredCount: count('recovered'),
    fingerprints: event.items.map((item) => item.fingerprint).join(','),
    items: genericData(event).items,
    id: event.id,
    timestamp: event.timestamp.toISOString(),
  };
}

export const PLACEHOLDERS = Object.keys(
  values({
    id: '',
    timestamp: new Date(0),
    summary: { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, durationMs: 0 },
    run: {},
    items: [],
  }),
);

function check(node: unknown, field: string): void {
  if (typeof node === 'string') {
    for (const match of node.matchAll(PLACEHOLDER)) {
      if (!PLACEHOLDERS.includes(match[1] ?? ''))
        throw new ConfigError(field, `unknown placeholder {{${match[1]}}} (use ${PLACEHOLDERS.join(', ')})`);
    }
  } else if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) check(item, `${field}[${index}]`);
  } else if (node && typeof node === 'object')
    for (const [key, item] of Object.entries(node)) check(item, `${field}.${key}`);
}

/** A string that is exactly one placeholder takes the value's own type (number, list); others get text. */
export function fill(node: unknown, data: Record<string, unknown>): unknown {
  if (typeof node === 'string') {
    const whole = /^\{\{\s*([a-zA-Z]+)\s*\}\}$/.exec(node);
    if (whole) return data[whole[1] ?? ''];
    return node.replace(PLACEHOLDER, (_, name: string) => String(data[name] ?? ''));
  }
  if (Array.isArray(node)) return node.map((item) => fill(item, data));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, fill(item, data)]));
  return node;
}

export const templateDestination: Destination<TemplateEndpoint> = {
  type: 'template',
  defaultOn: ['new', 'regression'],
  fields: ['url', 'template'],
  parseEndpoint(entry, field, base) {
    const path = requiredString(entry, 'template', field);
    let template: unknown;
    try {
      template = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError(
        `${field}.template`,
        `cannot read ${path} as JSON: ${errorMessage(error).split('\n')[0]}`,
      );
    }
    check(template, `${field}.template`);
    return { ...base, type: 'template', url: requiredUrl(entry, 'url', field).href, template };
  },
  secrets: (endpoint) => [endpoint.url],
  render: (event, endpoint) => [
    {
      url: endpoint.url,
      body: JSON.stringify(fill(endpoint.template, values(event))),
      headers: { 'content-type': 'application/json' },
    },
  ],
};
