import type { ErrorInfo, Failure } from '../model.js';
import { type FailureSpill, NOT_WRITTEN, type SpillOptions } from './failure-spill.js';

/** Spilled failures as columns: what is kept of each in memory, and what crosses between threads. */
export interface SpilledColumns {
  /** The first failures, whole. */
  whole: Failure[];
  /** Then, per spilled failure: its fingerprint, place in the file, kind, flaky flag and source. */
  fingerprints: string[];
  offsets: Float64Array;
  lengths: Uint32Array;
  /** Bit 0: a runtime failure (else a test); bit 1: flaky. */
  flags: Uint8Array;
  sourcePaths: string[];
  /** The line in the source, or NaN when there is none. */
  sourceLines: Float64Array;
}

const RUNTIME = 1;
const FLAKY = 2;

// Measured (heap after a full GC, per parsed failure): the benchmark's failures take 4.4 KB and
// are estimated at 6.1; failures that fill every bound (a 32 K stack, 128 frames, 8 KiB of stdout
// and of stderr) take 104 KB and are estimated at 116. Text counts two bytes a character, what a
// two-byte string takes, so the estimate errs high for ASCII.
const BYTES_PER_FAILURE = 1536;
const BYTES_PER_FRAME = 160;

function errorBytes(error: ErrorInfo): number {
  let bytes = 2 * (error.message.length + (error.type?.length ?? 0) + (error.stack?.length ?? 0));
  bytes += BYTES_PER_FRAME * error.frames.length;
  for (const cause of error.causes ?? []) bytes += errorBytes(cause);
  return bytes;
}

/** About how many bytes of heap a failure holds; what the in-memory budget counts. */
export function heapBytes(failure: Failure): number {
  const { test, output } = failure;
  let chars = (output?.stdout?.length ?? 0) + (output?.stderr?.length ?? 0);
  if (test)
    chars +=
      test.name.length + (test.classname?.length ?? 0) + (test.suite?.length ?? 0) + (test.file?.length ?? 0);
  return BYTES_PER_FAILURE + 2 * chars + errorBytes(failure.error);
}

/**
 * The failures of a report as they are settled: the first few whole, the rest written to the
 * spill and kept as a row of columns (about 60 bytes each), so even 100,000 failures cost a few
 * MiB until the report is built from them.
 */
export class FailureColumns {
  private columns: SpilledColumns = {
    whole: [],
    fingerprints: [],
    offsets: new Float64Array(1024),
    lengths: new Uint32Array(1024),
    flags: new Uint8Array(1024),
    sourcePaths: [],
    sourceLines: new Float64Array(1024),
  };

  /** heapBytes() of the whole failures. */
  private wholeBytes = 0;

  constructor(
    private readonly spill: FailureSpill,
    private readonly limits: Required<SpillOptions>,
  ) {}

  add(failure: Failure): void {
    const { whole, fingerprints } = this.columns;
    if (this.count >= this.limits.detailsOf) {
      this.addRow(failure, NOT_WRITTEN, 0);
      return;
    }
    if (whole.length < this.limits.keepInMemory && fingerprints.length === 0) {
      const bytes = heapBytes(failure);
      if (this.wholeBytes + bytes <= this.limits.keepInMemoryBytes) {
        this.wholeBytes += bytes;
        whole.push(failure);
        return;
      }
    }
    const [offset, length] = this.spill.write(failure);
    this.addRow(failure, offset, length);
  }

  private addRow(failure: Failure, offset: number, length: number): void {
    const row = this.columns.fingerprints.length;
    if (row === this.columns.offsets.length) this.grow();
    const { fingerprints, offsets, lengths, flags, sourcePaths, sourceLines } = this.columns;
    fingerprints.push(failure.fingerprint);
    offsets[row] = offset;
    lengths[row] = length;
    flags[row] = (failure.kind === 'runtime' ? RUNTIME : 0) | (failure.flaky ? FLAKY : 0);
    sourcePaths.push(failure.source.path);
    sourceLines[row] = failure.source.line ?? Number.NaN;
  }

  get count(): number {
    return this.columns.whole.length + this.columns.fingerprints.length;
  }

  truncate(count: number): void {
    const { whole, fingerprints, sourcePaths } = this.columns;
    fingerprints.length = Math.max(0, count - whole.length);
    sourcePaths.length = fingerprints.length;
    for (let index = count; index < whole.length; index += 1)
      this.wholeBytes -= heapBytes(whole[index] as Failure);
    whole.length = Math.min(whole.length, count);
  }

  /** The columns as they stand, trimmed: they can be posted to another thread. */
  done(): SpilledColumns {
    const rows = this.columns.fingerprints.length;
    const { whole, fingerprints, offsets, lengths, flags, sourcePaths, sourceLines } = this.columns;
    return {
      whole,
      fingerprints,
      offsets: offsets.slice(0, rows),
      lengths: lengths.slice(0, rows),
      flags: flags.slice(0, rows),
      sourcePaths,
      sourceLines: sourceLines.slice(0, rows),
    };
  }

  private grow(): void {
    const size = this.columns.offsets.length * 2;
    const offsets = new Float64Array(size);
    const lengths = new Uint32Array(size);
    const flags = new Uint8Array(size);
    const sourceLines = new Float64Array(size);
    offsets.set(this.columns.offsets);
    lengths.set(this.columns.lengths);
    flags.set(this.columns.flags);
    sourceLines.set(this.columns.sourceLines);
    this.columns = { ...this.columns, offsets, lengths, flags, sourceLines };
  }
}

/** The report's failures from columns: the whole ones, then a stand-in per spilled one, reading `spill`. */
export function failuresFrom(columns: SpilledColumns, spill: FailureSpill): Failure[] {
  const failures = [...columns.whole];
  for (let row = 0; row < columns.fingerprints.length; row += 1) {
    const flags = columns.flags[row] ?? 0;
    const line = columns.sourceLines[row] ?? Number.NaN;
    failures.push(
      spill.standIn(
        {
          fingerprint: columns.fingerprints[row] ?? '',
          kind: flags & RUNTIME ? 'runtime' : 'test',
          flaky: (flags & FLAKY) !== 0,
          source: { path: columns.sourcePaths[row] ?? '', ...(Number.isNaN(line) ? {} : { line }) },
        },
        columns.offsets[row] ?? 0,
        columns.lengths[row] ?? 0,
      ),
    );
  }
  return failures;
}
