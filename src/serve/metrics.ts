import type { StoreCounts } from './queries.js';

// Prometheus text exposition format 0.0.4: counters kept in memory since start, gauges read
// from the database at scrape time, so a restart resets counters but never the stored totals.

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

type Labels = Record<string, string>;

interface Family {
  help: string;
  values: Map<string, number>;
}

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  // Label values escape backslash, quote and newline (exposition format, "Text format details").
  const escapeValue = (value: string) =>
    value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  return `{${entries.map(([key, value]) => `${key}="${escapeValue(value)}"`).join(',')}}`;
}

export class Metrics {
  private readonly counters = new Map<string, Family>();

  constructor(private readonly startedAt: number) {
    this.define('faultline_serve_http_requests_total', 'HTTP requests answered, by route and status.');
    this.define('faultline_serve_webhooks_total', 'Webhook deliveries, by outcome.');
    this.define('faultline_serve_forwards_total', 'Forwarding attempts, by result.');
  }

  private define(name: string, help: string): void {
    this.counters.set(name, { help, values: new Map() });
  }

  inc(name: string, labels: Labels = {}, by = 1): void {
    const family = this.counters.get(name);
    if (!family) throw new Error(`unknown metric ${name}`);
    const key = labelText(labels);
    family.values.set(key, (family.values.get(key) ?? 0) + by);
  }

  render(counts: StoreCounts, nowMs: number): string {
    const lines: string[] = [];
    for (const [name, family] of this.counters) {
      lines.push(`# HELP ${name} ${family.help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of family.values) lines.push(`${name}${labels} ${value}`);
    }
    const gauges: Array<[string, string, number]> = [
      ['faultline_serve_events_stored', 'Events in the database.', counts.events],
      ['faultline_serve_fingerprints', 'Distinct fingerprints in the database.', counts.fingerprints],
      ['faultline_serve_outbox_pending', 'Forwards waiting to be sent.', counts.outboxPending],
      ['faultline_serve_outbox_failed', 'Forwards given up after their last attempt.', counts.outboxFailed],
      [
        'faultline_serve_uptime_seconds',
        'Seconds since the server started.',
        (nowMs - this.startedAt) / 1000,
      ],
    ];
    for (const [name, help, value] of gauges)
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
    return `${lines.join('\n')}\n`;
  }
}
