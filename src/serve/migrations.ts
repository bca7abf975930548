import type { Database } from 'node-sqlite3-wasm';
import { FaultlineError } from '../errors.js';

// The database's schema, one numbered step at a time. PRAGMA user_version records the last
// step applied; each step runs in its own transaction, so a kill mid-migration leaves the
// previous version intact. Never edit a released step: add the next one.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, fingerprints and their occurrences',
    sql: `
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        webhook_id TEXT NOT NULL UNIQUE,
        body_sha256 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        repository TEXT,
        branch TEXT,
        run_url TEXT,
        body TEXT NOT NULL
      );
      CREATE TABLE fingerprints (
        fingerprint TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        last_status TEXT NOT NULL,
        occurrences INTEGER NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        branches TEXT NOT NULL DEFAULT '[]',
        issue_number INTEGER,
        issue_url TEXT,
        repository TEXT
      );
      CREATE INDEX fingerprints_last_seen ON fingerprints (last_seen DESC);
      CREATE TABLE occurrences (
        fingerprint TEXT NOT NULL,
        event_seq INTEGER NOT NULL REFERENCES events (seq),
        status TEXT NOT NULL,
        title TEXT NOT NULL,
        error_type TEXT,
        message TEXT,
        tests TEXT NOT NULL,
        PRIMARY KEY (fingerprint, event_seq)
      );`,
  },
  {
    version: 2,
    name: 'the forwarding outbox and destination state',
    sql: `
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        event_seq INTEGER NOT NULL REFERENCES events (seq),
        endpoint TEXT NOT NULL,
        alert TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_ms INTEGER NOT NULL,
        last_error TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX outbox_due ON outbox (state, next_attempt_ms);
      CREATE TABLE destination_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
];

export class MigrationError extends FaultlineError {
  override name = 'MigrationError';
}

export function schemaVersion(db: Database): number {
  const row = db.get('PRAGMA user_version');
  return Number(row?.user_version ?? 0);
}

/** Brings the schema up to `target` (the latest by default); refuses a database from a newer faultline. */
export function migrate(db: Database, target = MIGRATIONS.length): number {
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length)
    throw new MigrationError(
      `the database is at schema version ${current}, newer than this faultline knows (${MIGRATIONS.length}): upgrade faultline`,
    );
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      // user_version takes no bound parameter; the version is our own integer.
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new MigrationError(`migration ${migration.version} (${migration.name}) failed`, { cause: error });
    }
  }
  return schemaVersion(db);
}
