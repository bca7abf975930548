import type { FailureKind, RunContext, Summary } from '../model.js';
import type { AlertItem } from './alert.js';
import type { PostResult } from './http.js';

/** What every destination renders from: one run's alertable failures, one item per fingerprint. */
export interface AlertEvent {
  /** Stable across retries of one delivery; the receiver's idempotency key. */
  id: string;
  timestamp: Date;
  summary: Summary;
  run: RunContext;
  /** Links a person can open; absent on a local run. */
  runUrl?: string;
  /** Only the items this endpoint asked for (its `on` and `kinds` filters), credentials scrubbed. */
  items: readonly AlertItem[];
}

/** `new`: first seen; `regression`: back after it recovered; `always`: any failure; `recovery`: gone. */
export type Trigger = 'new' | 'regression' | 'always' | 'recovery';
export const TRIGGERS: readonly Trigger[] = ['new', 'regression', 'always', 'recovery'];

export interface Endpoint {
  /** A label for logs and summaries: never the URL, which is a secret. */
  name: string;
  type: string;
  on: Trigger[];
  /** Glob patterns for the branch; absent: every branch. */
  branches?: string[];
  kinds?: FailureKind[];
  username?: string;
  channel?: string;
  /** Who to notify, as the service writes it (e.g. `<!subteam^S123>`): the only mention ever sent. */
  mention?: string;
}

export interface Verdict {
  ok: boolean;
  /** Worth another try (rate limited, overloaded). */
  retry: boolean;
  retryAfterMs?: number;
  /** What the service said, for the job summary. */
  detail?: string;
}

export interface ServiceResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface OutgoingRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Headers computed per attempt (signatures carry a timestamp). */
  sign?: (body: string, now: Date) => Record<string, string>;
  /** How this service says yes, no and "later"; the default reads the status code. */
  interpret?: (response: ServiceResponse) => Verdict;
  /** A label for this request when a destination sends several (one per fingerprint). */
  label?: string;
}

/** Common fields, parsed once for every destination by config/webhooks.ts. */
export type EndpointBase = Omit<Endpoint, 'type'>;

/**
 * One webhook service. `parseEndpoint` validates the service's own fields and throws a
 * ConfigError naming the field. `render` is pure and builds the requests (chat services:
 * one per run; event services: one per fingerprint) within the service's hard limits.
 */
export interface Destination<E extends Endpoint = Endpoint> {
  readonly type: string;
  /** The triggers an endpoint gets when it does not say `on:`. */
  readonly defaultOn: readonly Trigger[];
  /** The service's own config keys, besides the common ones (type, name, on, branches, …). */
  readonly fields: readonly string[];
  parseEndpoint(entry: Readonly<Record<string, unknown>>, field: string, base: EndpointBase): E;
  /** Values to mask everywhere: URLs, keys, secrets. */
  secrets(endpoint: E): string[];
  render(event: AlertEvent, endpoint: E): OutgoingRequest[];
  /** For stateful services (Slack threads): send in its own way instead of posting what render made. */
  send?(
    event: AlertEvent,
    endpoint: E,
    context: SendContext,
  ): Promise<{ requests: OutgoingRequest[]; results: PostResult[] }>;
}

/** Small JSON documents kept between runs in the output folder. */
export interface StateStore {
  read(name: string): Promise<unknown>;
  write(name: string, value: unknown): Promise<void>;
}

export interface SendContext {
  post(request: OutgoingRequest): Promise<PostResult>;
  state: StateStore;
}
