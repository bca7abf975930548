import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPACT_JSON, type Failure } from '../model.js';

// A 1 GB report can hold 90,000 failures of about 3.5 KB each (stack, output, frames): more
// than the whole memory budget. Past a budget of memory, each failure is written to a
// temporary file as JSON, and the report keeps a stand-in that reads it back when asked. The
// stand-in keeps the fingerprint, kind and flag in memory, because counting and grouping read
// those for every failure; anything else costs one read of a few KiB.

export interface SpillOptions {
  /** How many failures stay whole in memory before the rest go to disk; no limit when unset. */
  keepInMemory?: number;
  /** How much memory, as heapBytes() estimates it, the whole failures may take. */
  keepInMemoryBytes?: number;
  /**
   * How many failures, from the first, anyone will read beyond the fields kept in memory
   * (Resident: fingerprint, kind, flaky flag and source). The rest are counted and grouped but
   * not written anywhere: `parse` lists 50 failures, and serializing the thousands it does not
   * show was a seventh of its time on a big report.
   */
  detailsOf?: number;
}

// About a thousand failures of the 1 GB benchmark (3.5 KB of JSON each). A budget of bytes, not a
// count: a thousand failures that each fill every bound (a 32 K stack, 128 frames, 8 KiB of stdout
// and of stderr) take 100 MiB. Keeping more was not faster: at 100 MB, 40 MiB of whole failures
// took the spill's writes out of the profile, but garbage collection grew by about as much, six
// interleaved runs were no quicker, and `parse --json` peaked at 267 MiB.
const DEFAULT_SPILL: Required<SpillOptions> = {
  keepInMemory: Number.POSITIVE_INFINITY,
  keepInMemoryBytes: 6 * 1024 * 1024,
  detailsOf: Number.POSITIVE_INFINITY,
};

/** The limits in force: what the user set (faultline.yml memory), and the defaults for the rest. */
export function spillLimits(set: SpillOptions | undefined): Required<SpillOptions> {
  return {
    keepInMemory: set?.keepInMemory ?? DEFAULT_SPILL.keepInMemory,
    keepInMemoryBytes: set?.keepInMemoryBytes ?? DEFAULT_SPILL.keepInMemoryBytes,
    detailsOf: set?.detailsOf ?? DEFAULT_SPILL.detailsOf,
  };
}

/** An open spill file, and its folder when it could not be unlinked while open. */
export interface SpillFile {
  fd: number;
  folder?: string;
}

const CHUNK_BYTES = 1 << 20;
// Fields every failure has that callers read across the whole report: kept in memory. The
// source is among them because a tracker lists every file a fingerprint failed in.
export type Resident = Pick<Failure, 'fingerprint' | 'kind' | 'flaky' | 'source'>;
const RESIDENT = new Set<PropertyKey>(['fingerprint', 'kind', 'flaky', 'source']);

/** The place of a failure past `detailsOf`: nothing of it was written. */
export const NOT_WRITTEN = -1;

interface Slot extends Resident {
  store: FailureSpill;
  offset: number;
  length: number;
}

/** A stand-in reads like the failure it replaced: JSON, spread, Object.entries and `in` all see every field. */
const standIn: ProxyHandler<Slot> = {
  get(slot, key) {
    if (RESIDENT.has(key)) return slot[key as keyof Resident];
    // Writers of the report copy the stored JSON rather than parse it and write it again.
    if (key === COMPACT_JSON) return () => slot.store.bytes(slot);
    return (slot.store.read(slot) as unknown as Record<PropertyKey, unknown>)[key];
  },
  has: (slot, key) => key in slot.store.read(slot),
  ownKeys: (slot) => Reflect.ownKeys(slot.store.read(slot)),
  getOwnPropertyDescriptor(slot, key) {
    const failure = slot.store.read(slot) as unknown as Record<PropertyKey, unknown>;
    if (!Object.hasOwn(failure, key)) return undefined;
    return { value: failure[key], writable: false, enumerable: true, configurable: true };
  },
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
};

// The report's stand-ins keep their spill alive; once nothing reads it, its file is closed.
const closeWhenUnreachable = new FinalizationRegistry<number>((fd) => closeSync(fd));

function removeAtExit(folder: string): void {
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
}

/**
 * Creates the temporary file, unlinked while open so that it goes away with the process however
 * it ends (POSIX). Where an open file cannot be removed (Windows), its folder goes at exit. A
 * worker thread's own files are closed when it ends, so the thread that reads the spill opens it.
 */
export function openSpillFile(): SpillFile {
  const folder = mkdtempSync(join(tmpdir(), 'faultline-failures-'));
  const path = join(folder, 'failures.jsonl');
  const fd = openSync(path, 'w+', 0o600);
  try {
    unlinkSync(path);
    rmSync(folder, { recursive: true });
    return { fd };
  } catch {
    removeAtExit(folder);
    return { fd, folder };
  }
}

export class FailureSpill {
  private count = 0;
  private fd: number | undefined;
  /** Bytes written to the file; what comes after them still sits in `chunk`. */
  private flushed = 0;
  // Allocated on the first write: most runs spill nothing.
  private chunk = Buffer.alloc(0);
  private used = 0;
  // Callers read one failure several times in a row (label, error line, stack): the last one read
  // is kept parsed.
  private lastSlot: Slot | undefined;
  private readBuffer = Buffer.alloc(0);
  private lastFailure: Failure | undefined;

  /** `file`: one opened by another thread, which will read what this spill writes. */
  constructor(private readonly file?: SpillFile) {}

  /** A spill that reads what another thread's spill writes into `file`; `written` says how much. */
  static reader(file: SpillFile): FailureSpill {
    const spill = new FailureSpill();
    spill.fd = file.fd;
    closeWhenUnreachable.register(spill, file.fd);
    return spill;
  }

  /** Appends the failure to the file; returns where it lies. */
  write(failure: Failure): [offset: number, length: number] {
    this.count += 1;
    const text = JSON.stringify(failure);
    // A UTF-16 unit takes at most 3 bytes: when that fits, the write says the length, and the
    // text is not measured first.
    if (this.used + text.length * 3 > this.chunk.length) {
      const length = Buffer.byteLength(text);
      if (this.used + length > this.chunk.length) this.flush(length);
    }
    const offset = this.flushed + this.used;
    const length = this.chunk.write(text, this.used);
    this.used += length;
    return [offset, length];
  }

  /** A failure whose fields, but for the resident ones, are read from the file when asked. */
  standIn(resident: Resident, offset: number, length: number): Failure {
    const slot: Slot = { ...resident, store: this, offset, length };
    return new Proxy(slot, standIn) as unknown as Failure;
  }

  /** How many failures went to disk. */
  get spilled(): number {
    return this.count;
  }

  /** Writes out what is buffered; returns the file's size, for the reader's `written`. */
  finish(): number {
    this.flush(0);
    return this.flushed;
  }

  /** On a reader: everything before this byte has been written. */
  written(size: number): void {
    this.flushed = size;
  }

  read(slot: Slot): Failure {
    if (slot === this.lastSlot && this.lastFailure) return this.lastFailure;
    this.lastFailure = JSON.parse(this.text(slot)) as Failure;
    this.lastSlot = slot;
    return this.lastFailure;
  }

  /** The failure's JSON, as JSON.stringify wrote it. */
  text(slot: Slot): string {
    return this.bytes(slot).toString('utf8');
  }

  /**
   * The failure's JSON as UTF-8 bytes, in a buffer the next call reuses. Writing a report reads
   * every spilled failure: a new buffer each, outside the JS heap, left glibc's heap fragmented,
   * and 2,000 failures of 68 KB each peaked at 200 MiB against 170.
   */
  bytes(slot: Slot): Buffer {
    if (slot.offset === NOT_WRITTEN)
      throw new Error(
        `failure ${slot.fingerprint} was counted, not kept: only its fingerprint, kind, flaky flag and source can be read`,
      );
    if (this.readBuffer.length < slot.length)
      this.readBuffer = Buffer.allocUnsafe(Math.max(slot.length, 1 << 16));
    const bytes = this.readBuffer.subarray(0, slot.length);
    const inChunk = slot.offset - this.flushed;
    if (inChunk >= 0) this.chunk.copy(bytes, 0, inChunk, inChunk + slot.length);
    else readSync(this.fd as number, bytes, 0, slot.length, slot.offset);
    return bytes;
  }

  /** Writes out the chunk, and makes room for `next` bytes in it. */
  private flush(next: number): void {
    if (this.used > 0) {
      this.fd ??= this.openFile();
      let written = 0;
      while (written < this.used) written += writeSync(this.fd, this.chunk, written, this.used - written);
      this.flushed += this.used;
      this.used = 0;
    }
    if (next > this.chunk.length) this.chunk = Buffer.allocUnsafe(Math.max(next, CHUNK_BYTES));
  }

  private openFile(): number {
    if (this.file) return this.file.fd;
    const { fd } = openSpillFile();
    closeWhenUnreachable.register(this, fd);
    return fd;
  }
}
