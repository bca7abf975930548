import type { Database, Statement } from 'node-sqlite3-wasm';
import { FaultlineError } from '../errors.js';
import type { IncomingAlert } from './incoming.js';

// Writes accepted events with group commit: every event that arrives while the event loop is
// busy joins one transaction, and each is acknowledged only after that transaction commits
// (one fsync for the batch). A webhook-id seen before is never stored twice.

export interface AcceptedEvent {
  webhookId: string;
  bodySha256: string;
  body: string;
  alert: IncomingAlert;
  receivedAt: Date;
}

export type IngestResult =
  | { kind: 'stored'; seq: number }
  | { kind: 'duplicate'; receivedAt: string }
  /** The same webhook-id with another body: a sender bug or a forgery with a leaked secret. */
  | { kind: 'conflict' };

/** One row for the outbox: which endpoint gets which alert (JSON), decided when the event is stored. */
export interface OutboxEntry {
  endpoint: string;
  alert: string;
}

export class StoreUnavailable extends FaultlineError {
  override name = 'StoreUnavailable';
}

const MAX_BRANCHES = 20;

interface Pending {
  event: AcceptedEvent;
  resolve(result: IngestResult): void;
  reject(error: unknown): void;
}

export class Ingestor {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly statements: Record<string, Statement>;

  constructor(
    private readonly db: Database,
    private readonly plan: (alert: IncomingAlert) => OutboxEntry[],
    private readonly onCommit: (stored: number) => void = () => {},
    /** Runs after the commit and before any acknowledgement, with the events newly stored. */
    private readonly afterCommit: (stored: AcceptedEvent[]) => void = () => {},
  ) {
    const sql = {
      existing: 'SELECT body_sha256, received_at FROM events WHERE webhook_id = ?',
      event: `INSERT INTO events (webhook_id, body_sha256, received_at, sent_at, repository, branch, run_url, body)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      occurrence: `INSERT OR IGNORE INTO occurrences (fingerprint, event_seq, status, title, error_type, message, tests)
                   VALUES (?, ?, ?, ?, ?, ?, ?)`,
      fingerprint: `INSERT INTO fingerprints (fingerprint, title, last_status, occurrences, first_seen, last_seen,
                      branches, issue_number, issue_url, repository)
                    VALUES (?, ?, ?, 1, ?, ?, '[]', ?, ?, ?)
                    ON CONFLICT (fingerprint) DO UPDATE SET title = excluded.title,
                      last_status = excluded.last_status, occurrences = occurrences + 1,
                      last_seen = excluded.last_seen,
                      issue_number = coalesce(excluded.issue_number, issue_number),
                      issue_url = coalesce(excluded.issue_url, issue_url),
                      repository = coalesce(excluded.repository, repository)`,
      recovered: `UPDATE fingerprints SET last_status = 'recovered' WHERE fingerprint = ?`,
      branches: 'SELECT branches FROM fingerprints WHERE fingerprint = ?',
      setBranches: 'UPDATE fingerprints SET branches = ? WHERE fingerprint = ?',
      outbox: `INSERT INTO outbox (event_seq, endpoint, alert, next_attempt_ms, updated_at) VALUES (?, ?, ?, ?, ?)`,
    };
    this.statements = Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, db.prepare(text)]));
  }

  /** Resolves once the event is committed (or known), rejects with StoreUnavailable when it could not be. */
  ingest(event: AcceptedEvent): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  close(): void {
    for (const statement of Object.values(this.statements)) if (!statement.isFinalized) statement.finalize();
  }

  private statement(name: string): Statement {
    const statement = this.statements[name];
    if (!statement) throw new Error(`no statement ${name}`);
    return statement;
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const results: IngestResult[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const { event } of batch) results.push(this.write(event));
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const pending of batch)
        pending.reject(new StoreUnavailable('the event could not be stored', { cause: error }));
      return;
    }
    const stored = batch
      .filter((_, index) => results[index]?.kind === 'stored')
      .map((pending) => pending.event);
    if (stored.length > 0) this.afterCommit(stored);
    for (const [index, pending] of batch.entries()) pending.resolve(results[index] ?? { kind: 'conflict' });
    if (stored.length > 0) this.onCommit(stored.length);
  }

  private write(event: AcceptedEvent): IngestResult {
    const seen = this.statement('existing').get([event.webhookId]);
    if (seen)
      return seen.body_sha256 === event.bodySha256
        ? { kind: 'duplicate', receivedAt: String(seen.received_at) }
        : { kind: 'conflict' };
    // A duplicate that is still queued in this same batch is caught here too.
    const { alert } = event;
    const at = event.receivedAt.toISOString();
    const { lastInsertRowid } = this.statement('event').run([
      event.webhookId,
      event.bodySha256,
      at,
      alert.timestamp,
      alert.run.repository ?? null,
      alert.run.branch ?? null,
      alert.runUrl ?? null,
      event.body,
    ]);
    const seq = Number(lastInsertRowid);
    for (const item of alert.items) {
      const failure = item.failure;
      const added = this.statement('occurrence').run([
        item.fingerprint,
        seq,
        item.status,
        item.title,
        failure?.error.type ?? null,
        failure?.error.message ?? null,
        JSON.stringify(item.tests),
      ]);
      if (added.changes === 0) continue;
      if (item.status === 'recovered') {
        this.statement('recovered').run([item.fingerprint]);
        continue;
      }
      this.statement('fingerprint').run([
        item.fingerprint,
        item.title,
        item.status,
        at,
        at,
        item.issue?.number ?? null,
        item.issue?.url ?? null,
        alert.run.repository ?? null,
      ]);
      if (alert.run.branch) this.addBranch(item.fingerprint, alert.run.branch);
    }
    for (const entry of this.plan(alert))
      this.statement('outbox').run([seq, entry.endpoint, entry.alert, event.receivedAt.getTime(), at]);
    return { kind: 'stored', seq };
  }

  private addBranch(fingerprint: string, branch: string): void {
    const row = this.statement('branches').get([fingerprint]);
    const branches = JSON.parse(String(row?.branches ?? '[]')) as string[];
    if (branches.includes(branch) || branches.length >= MAX_BRANCHES) return;
    this.statement('setBranches').run([JSON.stringify([...branches, branch]), fingerprint]);
  }
}
