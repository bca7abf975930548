import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { toPosix } from '../parsers/paths.js';

export interface SourceFile {
  /** As shown to users: relative to the working directory when inside it. */
  path: string;
  absolute: string;
  /** Named by the user literally, rather than found by a glob or in a folder. */
  explicit: boolean;
}

export interface ResolvedSources {
  files: SourceFile[];
  /** Literal paths that do not exist: reported as sources with an error. */
  missing: string[];
  /** Globs that matched nothing: worth a warning, not an error. */
  unmatched: string[];
}

const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.faultline/**'];
const SNIFF_BYTES = 8192;
const CHUNK_BYTES = 1 << 20;

function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return toPosix(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute);
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Expands paths, folders and globs into files, each once, in a stable order. */
export async function resolveSources(patterns: readonly string[], cwd: string): Promise<ResolvedSources> {
  const seen = new Map<string, SourceFile>();
  const missing: string[] = [];
  const unmatched: string[] = [];
  const add = (absolute: string, explicit: boolean) => {
    const existing = seen.get(absolute);
    if (existing) existing.explicit ||= explicit;
    else seen.set(absolute, { path: displayPath(absolute, cwd), absolute, explicit });
  };
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true });
      if (found.length === 0) unmatched.push(pattern);
      for (const file of found.sort()) add(resolve(file), false);
      continue;
    }
    const absolute = resolve(cwd, pattern);
    const kind = await kindOf(absolute);
    if (kind === 'missing') missing.push(pattern);
    else if (kind === 'file') add(absolute, true);
    else {
      const found = await glob(`${escapePath(toPosix(absolute))}/**/*`, { absolute: true, ignore: IGNORED });
      if (found.length === 0) unmatched.push(pattern);
      for (const file of found.sort()) add(resolve(file), false);
    }
  }
  return { files: [...seen.values()], missing, unmatched };
}

/** The first few KiB as text, for format sniffing. */
export async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** The file as UTF-8 text chunks; the decoder keeps multi-byte characters whole across chunks. */
export function readChunks(path: string): AsyncIterable<string> {
  return createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
}

/**
 * The file's bytes, read into two buffers in turn: each chunk is valid until the next is asked
 * for (see ReportChunks). The next chunk is read while the caller works on this one, so the
 * parse never waits on the disk; a fresh megabyte per read would leave native memory fragmented.
 */
export async function* readBytes(path: string): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  let buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)] as const;
  // One read at a time, at a known position: two in flight on one file could land out of order.
  let position = 0;
  const readInto = (buffer: Buffer) => {
    const read = handle.read(buffer, 0, CHUNK_BYTES, position);
    // Awaited only when the caller asks for the next chunk: marked as handled now, so that a read
    // that fails meanwhile is no unhandled rejection (which ends the process) but that chunk's error.
    read.catch(() => undefined);
    return read;
  };
  let pending: ReturnType<typeof readInto> | undefined = readInto(buffers[0]);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) return;
      position += bytesRead;
      const [current, next] = buffers;
      // The caller is done with `next`: it asked for the chunk after the one `next` held.
      pending = readInto(next);
      yield current.subarray(0, bytesRead);
      buffers = [next, current];
    }
  } finally {
    // A caller that stops early leaves a read in flight: it must end before the file closes.
    await pending?.catch(() => undefined);
    await handle.close();
  }
}
