import type { Database } from 'node-sqlite3-wasm';
import type { Clock } from '../clock.js';
import type { AlertEvent, Endpoint, OutgoingRequest, StateStore } from '../destinations/destination.js';
import {
  DEFAULT_HTTP_POLICY,
  type HttpPolicy,
  type PostResult,
  postWithRetry,
} from '../destinations/http.js';
import { destinationByType } from '../destinations/registry.js';
import { selectFor } from '../destinations/select.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { IncomingAlert } from './incoming.js';
import type { OutboxEntry } from './ingest.js';

// Forwards new and regressed fingerprints through the same destinations `faultline report` uses.
// Each (event, endpoint) pair is a row written in the event's own transaction, so a forward is
// never lost to a crash; a row is retried with backoff, across restarts, until sent or given up.
// Delivery is at least once: a kill between the send and the row's update sends it again.

export interface ForwardDeps {
  fetch: typeof fetch;
  clock: Clock;
  log: Logger;
  random?: () => number;
  httpPolicy?: HttpPolicy;
  redact?: (text: string) => string;
}

export interface OutboxPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest a delivery (retries included) may take before the row waits for its next turn. */
  budgetMs: number;
}

export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = {
  maxAttempts: 10,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  budgetMs: 60_000,
};

const FORWARDED = new Set(['new', 'regressed']);

/** Which endpoints get which items of an alert: its new and regressed ones, through each endpoint's filters. */
export function planForwards(endpoints: readonly Endpoint[]): (alert: IncomingAlert) => OutboxEntry[] {
  const names = new Set<string>();
  for (const endpoint of endpoints) {
    if (names.has(endpoint.name))
      throw new ConfigError('--forward', `two endpoints are named "${endpoint.name}": names must be unique`);
    names.add(endpoint.name);
  }
  return (alert) => {
    const items = alert.items.filter((item) => FORWARDED.has(item.status));
    if (items.length === 0) return [];
    return endpoints.flatMap((endpoint) => {
      const selection = selectFor(endpoint, items, alert.run);
      if ('skip' in selection) return [];
      const { id, timestamp, summary, run, runUrl } = alert;
      const event = { id, timestamp, summary, run, ...(runUrl ? { runUrl } : {}), items: selection.items };
      return [{ endpoint: endpoint.name, alert: JSON.stringify(event) }];
    });
  };
}

function stateStore(db: Database): StateStore {
  return {
    async read(name) {
      const row = db.get('SELECT value FROM destination_state WHERE name = ?', [name]);
      return row ? JSON.parse(String(row.value)) : undefined;
    },
    async write(name, value) {
      db.run(
        'INSERT INTO destination_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        [name, JSON.stringify(value)],
      );
    },
  };
}

function revive(text: string): AlertEvent {
  const parsed = JSON.parse(text) as AlertEvent & { timestamp: string };
  const timestamp = new Date(parsed.timestamp);
  return { ...parsed, timestamp: Number.isNaN(timestamp.getTime()) ? new Date(0) : timestamp };
}

export class Forwarder {
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | undefined;
  private readonly byName: Map<string, Endpoint>;

  constructor(
    private readonly db: Database,
    endpoints: readonly Endpoint[],
    private readonly deps: ForwardDeps,
    private readonly policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY,
    private readonly onResult: (result: 'sent' | 'retry' | 'given-up') => void = () => {},
  ) {
    this.byName = new Map(endpoints.map((endpoint) => [endpoint.name, endpoint]));
  }

  start(): void {
    if (this.running || this.byName.size === 0) return;
    this.running = true;
    this.loop = this.work();
  }

  /** New rows were committed: look now rather than at the next timer. */
  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    // A delivery in flight is not awaited past a moment: its row stays pending and goes next start.
    await Promise.race([this.loop, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  }

  private async work(): Promise<void> {
    while (this.running) {
      const now = this.deps.clock.now().getTime();
      const row = this.db.get(
        `SELECT id, endpoint, alert, attempts FROM outbox WHERE state = 'pending' AND next_attempt_ms <= ?
          ORDER BY next_attempt_ms, id LIMIT 1`,
        [now],
      );
      if (!row) {
        const next = this.db.get(`SELECT min(next_attempt_ms) AS at FROM outbox WHERE state = 'pending'`);
        const at = next?.at === null || next?.at === undefined ? now + 60_000 : Number(next.at);
        await this.idle(Math.min(Math.max(at - now, 10), 60_000));
        continue;
      }
      try {
        await this.forward(Number(row.id), String(row.endpoint), String(row.alert), Number(row.attempts));
      } catch (error) {
        // The database closed under a stopping forwarder: the row stays pending for the next start.
        if (this.running) this.deps.log.error(`forwarding failed: ${errorMessage(error)}`);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private async forward(id: number, name: string, alert: string, attempts: number): Promise<void> {
    const endpoint = this.byName.get(name);
    const destination = endpoint && destinationByType(endpoint.type);
    const result =
      endpoint && destination
        ? await this.send(endpoint, revive(alert))
        : { ok: false, detail: `endpoint ${name} is no longer configured`, final: true };
    const now = this.deps.clock.now();
    const tried = attempts + 1;
    const detail = this.deps.redact ? this.deps.redact(result.detail ?? '') : (result.detail ?? '');
    if (result.ok) {
      this.db.run(
        `UPDATE outbox SET state = 'sent', attempts = ?, last_error = NULL, updated_at = ? WHERE id = ?`,
        [tried, now.toISOString(), id],
      );
      this.onResult('sent');
      this.deps.log.info(`forwarded to ${name}`);
      return;
    }
    const giveUp = ('final' in result && result.final) || tried >= this.policy.maxAttempts;
    const delay = Math.min(this.policy.baseDelayMs * 2 ** (tried - 1), this.policy.maxDelayMs);
    this.db.run(
      'UPDATE outbox SET state = ?, attempts = ?, next_attempt_ms = ?, last_error = ?, updated_at = ? WHERE id = ?',
      [giveUp ? 'failed' : 'pending', tried, now.getTime() + delay, detail, now.toISOString(), id],
    );
    this.onResult(giveUp ? 'given-up' : 'retry');
    this.deps.log.warn(
      `forwarding to ${name} failed (attempt ${tried}): ${detail}${giveUp ? '; given up' : `; next try in ${Math.round(delay / 1000)} s`}`,
    );
  }

  private async send(endpoint: Endpoint, event: AlertEvent): Promise<{ ok: boolean; detail?: string }> {
    const destination = destinationByType(endpoint.type);
    if (!destination) return { ok: false, detail: 'unknown type' };
    const deadline = this.deps.clock.now().getTime() + this.policy.budgetMs;
    const post = (request: OutgoingRequest) =>
      postWithRetry(request, this.deps, this.deps.httpPolicy ?? DEFAULT_HTTP_POLICY, deadline);
    let results: PostResult[];
    if (destination.send)
      ({ results } = await destination.send(event, endpoint, { post, state: stateStore(this.db) }));
    else {
      results = [];
      for (const request of destination.render(event, endpoint)) results.push(await post(request));
    }
    const failed = results.filter((result) => !result.ok);
    if (failed.length === 0) return { ok: true };
    return { ok: false, detail: failed.map((result) => result.detail ?? 'failed').join('; ') };
  }
}
