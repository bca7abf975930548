import type { Database } from 'node-sqlite3-wasm';

// The read side: what the page, the metrics and the tests ask of the database.

export interface FingerprintRow {
  fingerprint: string;
  title: string;
  lastStatus: string;
  occurrences: number;
  firstSeen: string;
  lastSeen: string;
  branches: string[];
  repository?: string;
  issueNumber?: number;
  issueUrl?: string;
}

export interface OccurrenceRow {
  webhookId: string;
  receivedAt: string;
  sentAt: string;
  status: string;
  title: string;
  errorType?: string;
  message?: string;
  tests: string[];
  repository?: string;
  branch?: string;
  runUrl?: string;
}

export interface StoreCounts {
  events: number;
  fingerprints: number;
  outboxPending: number;
  outboxFailed: number;
}

type Row = Record<string, unknown>;

function optional<T>(value: unknown, cast: (value: unknown) => T): T | undefined {
  return value === null || value === undefined ? undefined : cast(value);
}

function stringList(value: unknown): string[] {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

function fingerprintRow(row: Row): FingerprintRow {
  const result: FingerprintRow = {
    fingerprint: String(row.fingerprint),
    title: String(row.title),
    lastStatus: String(row.last_status),
    occurrences: Number(row.occurrences),
    firstSeen: String(row.first_seen),
    lastSeen: String(row.last_seen),
    branches: stringList(row.branches),
  };
  const repository = optional(row.repository, String);
  if (repository !== undefined) result.repository = repository;
  const issueNumber = optional(row.issue_number, Number);
  if (issueNumber !== undefined) result.issueNumber = issueNumber;
  const issueUrl = optional(row.issue_url, String);
  if (issueUrl !== undefined) result.issueUrl = issueUrl;
  return result;
}

export function listFingerprints(db: Database, limit = 500): FingerprintRow[] {
  return db
    .all('SELECT * FROM fingerprints ORDER BY last_seen DESC, fingerprint LIMIT ?', [limit])
    .map((row) => fingerprintRow(row as Row));
}

export function findFingerprint(db: Database, fingerprint: string): FingerprintRow | undefined {
  const row = db.get('SELECT * FROM fingerprints WHERE fingerprint = ?', [fingerprint]);
  return row ? fingerprintRow(row as Row) : undefined;
}

export function latestOccurrences(db: Database, fingerprint: string, limit = 20): OccurrenceRow[] {
  const rows = db.all(
    `SELECT e.webhook_id, e.received_at, e.sent_at, e.repository, e.branch, e.run_url,
            o.status, o.title, o.error_type, o.message, o.tests
       FROM occurrences o JOIN events e ON e.seq = o.event_seq
      WHERE o.fingerprint = ? ORDER BY o.event_seq DESC LIMIT ?`,
    [fingerprint, limit],
  ) as Row[];
  return rows.map((row) => {
    const result: OccurrenceRow = {
      webhookId: String(row.webhook_id),
      receivedAt: String(row.received_at),
      sentAt: String(row.sent_at),
      status: String(row.status),
      title: String(row.title),
      tests: stringList(row.tests),
    };
    for (const [key, column] of [
      ['errorType', 'error_type'],
      ['message', 'message'],
      ['repository', 'repository'],
      ['branch', 'branch'],
      ['runUrl', 'run_url'],
    ] as const) {
      const value = optional(row[column], String);
      if (value !== undefined) result[key] = value;
    }
    return result;
  });
}

export function storeCounts(db: Database): StoreCounts {
  const row = db.get(
    `SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM fingerprints) AS fingerprints,
            (SELECT count(*) FROM outbox WHERE state = 'pending') AS pending,
            (SELECT count(*) FROM outbox WHERE state = 'failed') AS failed`,
  ) as Row;
  return {
    events: Number(row.events),
    fingerprints: Number(row.fingerprints),
    outboxPending: Number(row.pending),
    outboxFailed: Number(row.failed),
  };
}

export function storedWebhookIds(db: Database): string[] {
  return db.all('SELECT webhook_id FROM events ORDER BY seq').map((row) => String(row.webhook_id));
}
