import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { errorMessage, FaultlineError } from '../errors.js';

// A streaming reader for artifact zips, which come from any workflow that ran, forks included:
// hostile input. Nothing is written to disk, so zip-slip cannot land a file, but names still
// reach reports and issue bodies, so unsafe ones are refused. What is refused, and how:
// - an unsafe name (`..`, absolute, drive letter, backslash, NUL), an encrypted entry, a symlink,
//   an unsupported compression method or an entry declared bigger than maxEntryBytes: that entry
//   is skipped and reported through onSkip; the others are still read (one odd file in an
//   artifact should not hide its test reports);
// - a zip bomb (too many entries, a declared or actual ratio over the limit, more bytes than
//   declared, more inflated in all than maxTotalBytes) and a truncated or corrupt archive (bad
//   structure, inflate error, CRC-32 mismatch): ZipError, and the archive is read no further.
// Limits hold on the bytes actually inflated: an entry stops at its declared size (yauzl) and at
// each limit (here). The total counts only entries opened, so a reader may pass over a big file.

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Inflated bytes per compressed byte. Deflate tops out near 1032:1; real reports stay far below 100:1. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};

/** Small files compress absurdly well (a 100 KB run of spaces): the ratio counts only past this size. */
const RATIO_GRACE_BYTES = 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** The declared inflated size; open() enforces the limits on the actual bytes. */
  size: number;
  open(): AsyncIterable<Buffer>;
}

export interface SkippedZipEntry {
  name: string;
  reason: string;
}

export interface ZipReadOptions {
  onSkip?: (skipped: SkippedZipEntry) => void;
}

export class ZipError extends FaultlineError {
  override name = 'ZipError';
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Why a name is unsafe, or undefined. Checked on the decoded name, the one readers see. */
export function unsafeEntryName(name: string): string | undefined {
  if (name === '') return 'empty name';
  if (name.includes('\0')) return 'NUL in the name';
  if (name.includes('\\')) return 'backslash in the name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[a-zA-Z]:/.test(name)) return 'drive letter';
  if (name.split('/').includes('..')) return 'parent directory (..) in the path';
  return undefined;
}

function skipReason(entry: Entry, name: string, limits: ZipLimits): string | undefined {
  const unsafe = unsafeEntryName(name);
  if (unsafe) return unsafe;
  if (entry.isEncrypted()) return 'encrypted';
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return 'symbolic link';
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    return `unsupported compression method ${entry.compressionMethod}`;
  if (entry.uncompressedSize > limits.maxEntryBytes)
    return `declared size ${entry.uncompressedSize} bytes is over the ${limits.maxEntryBytes}-byte limit`;
  return undefined;
}

function overRatio(inflated: number, compressed: number, limits: ZipLimits): boolean {
  return inflated > RATIO_GRACE_BYTES && inflated > Math.max(compressed, 1) * limits.maxRatio;
}

interface Budget {
  inflated: number;
  open: boolean;
}

async function* inflate(
  zip: ZipFile,
  entry: Entry,
  where: string,
  limits: ZipLimits,
  budget: Budget,
): AsyncGenerator<Buffer> {
  if (!budget.open) throw new ZipError(`${where}: opened after the archive was closed`);
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw new ZipError(`${where}: cannot read the entry (${errorMessage(error)})`, { cause: error });
  }
  let bytes = 0;
  let checksum = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      budget.inflated += chunk.length;
      if (bytes > limits.maxEntryBytes)
        throw new ZipError(`${where}: inflates past the ${limits.maxEntryBytes}-byte entry limit`);
      if (budget.inflated > limits.maxTotalBytes)
        throw new ZipError(`${where}: the archive inflates past the ${limits.maxTotalBytes}-byte limit`);
      if (overRatio(bytes, entry.compressedSize, limits))
        throw new ZipError(`${where}: inflates more than ${limits.maxRatio}:1, a zip bomb`);
      checksum = crc32(chunk, checksum);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    // yauzl stops a stream at the first byte past the declared size: a lying header.
    if (/too many bytes/.test(errorMessage(error)))
      throw new ZipError(`${where}: inflates past its declared ${entry.uncompressedSize} bytes, a zip bomb`, {
        cause: error,
      });
    throw new ZipError(`${where}: corrupt data (${errorMessage(error)})`, { cause: error });
  } finally {
    stream.destroy();
  }
  // yauzl checks the byte count against the declared size; the CRC is ours to check.
  if (checksum >>> 0 !== entry.crc32 >>> 0)
    throw new ZipError(`${where}: CRC-32 mismatch, the archive is corrupt`);
}

async function nextEntry(zip: ZipFile, label: string): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new ZipError(`${label}: corrupt archive (${error.message})`, { cause: error }));
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/**
 * The archive's files, in central-directory order, each opened on demand. open() works while the
 * iteration is under way; after it ends (or breaks) the archive is closed and open() throws.
 */
export async function* zipEntries(
  path: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  options: ZipReadOptions = {},
): AsyncGenerator<ZipEntry> {
  const label = basename(path);
  let zip: ZipFile;
  try {
    // Names are decoded here, not by yauzl: its checks abort the whole archive on one bad name.
    zip = await yauzl.openPromise(path, { autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw new ZipError(`${label}: not a readable zip archive, or truncated (${errorMessage(error)})`, {
      cause: error,
    });
  }
  const budget: Budget = { inflated: 0, open: true };
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ZipError(`${label}: ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
    for (let entry = await nextEntry(zip, label); entry; entry = await nextEntry(zip, label)) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        true,
      );
      if (name.endsWith('/')) continue;
      const where = `${label}: ${name}`;
      // A bomb is refused whole, even when honest about its size: the archive is hostile.
      if (!unsafeEntryName(name) && overRatio(entry.uncompressedSize, entry.compressedSize, limits))
        throw new ZipError(`${where}: declares more than ${limits.maxRatio}:1 compression, a zip bomb`);
      const reason = skipReason(entry, name, limits);
      if (reason) {
        options.onSkip?.({ name, reason });
        continue;
      }
      const current = entry;
      yield { name, size: entry.uncompressedSize, open: () => inflate(zip, current, where, limits, budget) };
    }
  } finally {
    budget.open = false;
    zip.close();
  }
}
