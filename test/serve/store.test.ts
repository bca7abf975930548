import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src/serve/database.js';
import { MIGRATIONS, migrate, schemaVersion } from '../../src/serve/migrations.js';
import { findFingerprint, storedWebhookIds } from '../../src/serve/queries.js';
import { plainFailure } from '../helpers/alerts.js';
import { alertBody, post, signedHeaders, startTestServer, tempDir } from './helpers.js';

describe('the database', () => {
  it('is migrated step by step, and a newer schema is refused', async () => {
    const dir = tempDir('migrate');
    const opened = await openDatabase(dir);
    expect(schemaVersion(opened.db)).toBe(MIGRATIONS.length);
    const tables = opened.db.all(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`);
    expect(tables.map((row) => row.name)).toEqual([
      'destination_state',
      'events',
      'fingerprints',
      'occurrences',
      'outbox',
    ]);
    expect(opened.db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(opened.db.get('PRAGMA synchronous')).toEqual({ synchronous: 2 }); // FULL: fsync at every commit
    opened.db.exec('PRAGMA user_version = 99');
    opened.close();
    await expect(openDatabase(dir)).rejects.toThrow(/schema version 99, newer than this faultline knows/);
  });

  it('upgrades a version-1 database in place, keeping its rows', async () => {
    const dir = tempDir('upgrade');
    const opened = await openDatabase(dir);
    opened.db.exec('DROP TABLE outbox; DROP TABLE destination_state; PRAGMA user_version = 1');
    opened.db.run(
      `INSERT INTO events (webhook_id, body_sha256, received_at, sent_at, body) VALUES ('msg_old', 'x', 'now', 'now', '{}')`,
    );
    expect(migrate(opened.db)).toBe(2);
    expect(storedWebhookIds(opened.db)).toEqual(['msg_old']);
    opened.close();
  });

  it('belongs to one server at a time; a dead owner’s lock is taken over', async () => {
    const dir = tempDir('lock');
    const first = await openDatabase(dir);
    await expect(openDatabase(dir)).rejects.toThrow(
      `${dir} is in use by another faultline serve (pid ${process.pid})`,
    );
    first.close();
    // What a kill -9 leaves: a pid file naming a dead process, and SQLite's lock folder.
    mkdirSync(join(dir, `${DATABASE_FILE}.lock`));
    writeFileSync(join(dir, 'serve.pid'), '999999999\n');
    const second = await openDatabase(dir);
    expect(schemaVersion(second.db)).toBe(MIGRATIONS.length);
    second.close();
  });

  it('keeps fingerprints, counts and first/last seen across a restart', async () => {
    const dir = tempDir('restart');
    let server = await startTestServer(dir);
    const first = alertBody('msg_r1', ['checkout']);
    await post(server.url, first, signedHeaders('msg_r1', first));
    await server.close();
    server = await startTestServer(dir);
    const second = alertBody('msg_r2', ['checkout']);
    await post(server.url, second, signedHeaders('msg_r2', second));
    const replay = await post(server.url, first, signedHeaders('msg_r1', first));
    expect(replay.json.status).toBe('duplicate');
    await server.close();
    const opened = await openDatabase(dir);
    const row = findFingerprint(opened.db, plainFailure('checkout').fingerprint);
    opened.close();
    expect(row).toMatchObject({ occurrences: 2, branches: ['main'], issueNumber: 1, lastStatus: 'new' });
    expect(row && row.firstSeen < row.lastSeen).toBe(true);
  });
});

describe('the NDJSON log', () => {
  it('gets every stored event once, as one JSON line each, before the event is acknowledged', async () => {
    const dir = tempDir('ndjson');
    const file = join(dir, 'events.ndjson');
    const server = await startTestServer(dir, { ndjson: file });
    try {
      const first = alertBody('msg_nd1', ['a']);
      const second = alertBody('msg_nd2', ['b']);
      expect((await post(server.url, first, signedHeaders('msg_nd1', first))).status).toBe(200);
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
      await post(server.url, first, signedHeaders('msg_nd1', first));
      await post(server.url, second, signedHeaders('msg_nd2', second));
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((line) => line.webhookId)).toEqual(['msg_nd1', 'msg_nd2']);
      expect(lines[0].event.items[0].fingerprint).toMatch(/^v1:/);
    } finally {
      await server.close();
    }
  });
});
