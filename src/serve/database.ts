import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'node-sqlite3-wasm';
import { errorMessage, FaultlineError } from '../errors.js';
import { migrate } from './migrations.js';

// node-sqlite3-wasm (SQLite compiled to WebAssembly, with a VFS on node:fs) installs from npm
// with no native build, so one bundle runs on Node 20 and Node 24 alike. Its VFS syncs with
// fsync, and locks by creating a "<db>.lock" folder, which a killed process leaves behind:
// a pid file says whether its owner still lives, and only a dead owner's lock is cleared.

export const DATABASE_FILE = 'faultline.db';
const PID_FILE = 'serve.pid';

// Loaded on first use: the module compiles its WebAssembly as it loads, which every other
// command would otherwise pay for at start-up. It is CommonJS: its exports are the default.
async function loadSqlite(): Promise<typeof import('node-sqlite3-wasm')> {
  return (await import('node-sqlite3-wasm')).default;
}

export class DataDirInUse extends FaultlineError {
  override name = 'DataDirInUse';
}

export interface OpenDatabase {
  db: Database;
  close(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function claim(dir: string): string {
  const path = join(dir, PID_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
    if (Number.isSafeInteger(owner) && owner > 0 && alive(owner))
      throw new DataDirInUse(`${dir} is in use by another faultline serve (pid ${owner})`);
    unlinkSync(path);
  }
  throw new DataDirInUse(`${dir}: cannot claim ${PID_FILE}`);
}

function removeStaleLock(file: string): void {
  try {
    rmdirSync(`${file}.lock`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function pragma(db: Database, statement: string): unknown {
  const row = db.get(`PRAGMA ${statement}`);
  return row ? Object.values(row)[0] : undefined;
}

/**
 * Opens (creating and migrating) the database in `dir` for this process alone. WAL with
 * synchronous=FULL fsyncs the log at every commit, so a committed event survives a kill -9 and
 * a power cut; exclusive locking keeps WAL's index in memory, since this VFS has no shared memory.
 */
export async function openDatabase(dir: string): Promise<OpenDatabase> {
  const { Database: SqliteDatabase } = await loadSqlite();
  mkdirSync(dir, { recursive: true });
  const pidFile = claim(dir);
  const file = join(dir, DATABASE_FILE);
  let db: Database | undefined;
  try {
    removeStaleLock(file);
    db = new SqliteDatabase(file);
    pragma(db, 'locking_mode = EXCLUSIVE');
    const mode = pragma(db, 'journal_mode = WAL');
    if (mode !== 'wal') throw new FaultlineError(`SQLite refused WAL mode (got ${String(mode)})`);
    pragma(db, 'synchronous = FULL');
    pragma(db, 'foreign_keys = ON');
    migrate(db);
  } catch (error) {
    if (db?.isOpen) db.close();
    unlinkSync(pidFile);
    throw new FaultlineError(`cannot open ${file}: ${errorMessage(error)}`, { cause: error });
  }
  const opened = db;
  return {
    db: opened,
    close() {
      if (opened.isOpen) opened.close();
      try {
        unlinkSync(pidFile);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}
