import type { Failure, IssuePlanEntry, RunContext, Summary } from '../model.js';

/** What every destination renders from: one run's failures, with their issue actions. */
export interface AlertEvent {
  /** Stable across retries of one delivery; the receiver's idempotency key. */
  id: string;
  timestamp: Date;
  summary: Summary;
  failures: readonly Failure[];
  issues: readonly IssuePlanEntry[];
  run: RunContext;
}

export interface Endpoint {
  /** A label for logs and summaries: never the URL, which is a secret. */
  name: string;
  type: string;
  url: string;
}

export interface OutgoingRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Headers computed per attempt (signatures carry a timestamp). */
  sign?: (body: string, now: Date) => Record<string, string>;
}

/**
 * One webhook service. `parseEndpoint` validates a config entry and throws a ConfigError
 * naming the field; `render` is pure and builds the request within the service's limits.
 */
export interface Destination<E extends Endpoint = Endpoint> {
  readonly type: string;
  parseEndpoint(entry: Readonly<Record<string, unknown>>, field: string, name: string): E;
  /** Values to mask everywhere: URLs, keys, secrets. */
  secrets(endpoint: E): string[];
  render(event: AlertEvent, endpoint: E): OutgoingRequest;
}
