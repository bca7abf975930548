import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

// A tiny zip writer for tests (PKWARE APPNOTE 6.3.10, sections 4.3.7, 4.3.12 and 4.3.16): local
// headers, data, central directory, end record; no zip64, no data descriptors. It can also lie,
// which real tools will not: declared sizes, flags and modes are the test's to choose.

export interface DeflatedBytes {
  compressed: Buffer;
  size: number;
  crc: number;
}

export interface ZipWriterEntry {
  name: string;
  /** Deflated by the writer (or stored when `store`). */
  data?: Buffer;
  /** Bytes deflated elsewhere, e.g. a bomb made by streaming. */
  deflated?: DeflatedBytes;
  store?: boolean;
  /** The inflated size the headers declare, when the test wants it to lie. */
  declaredSize?: number;
  /** General purpose flags; bit 0 marks the entry encrypted. UTF-8 (bit 11) is always set. */
  flags?: number;
  /** Unix mode kept in the external attributes, e.g. 0o120777 for a symlink. */
  unixMode?: number;
}

const UTF8_FLAG = 0x800;
// 2024-01-01 00:00:00 in MS-DOS format, so archives are byte-identical on every run.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

function body(entry: ZipWriterEntry): { method: number; bytes: Buffer; size: number; crc: number } {
  if (entry.deflated)
    return {
      method: 8,
      bytes: entry.deflated.compressed,
      size: entry.deflated.size,
      crc: entry.deflated.crc,
    };
  const data = entry.data ?? Buffer.alloc(0);
  return entry.store
    ? { method: 0, bytes: data, size: data.length, crc: crc32(data) }
    : { method: 8, bytes: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

export function zipBytes(entries: readonly ZipWriterEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { method, bytes, size, crc } = body(entry);
    const flags = (entry.flags ?? 0) | UTF8_FLAG;
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(bytes.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.unixMode === undefined ? 20 : (3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(bytes.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.unixMode ?? 0) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, bytes);
    centrals.push(central, name);
    offset += local.length + name.length + bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `size` zero bytes deflated by streaming, so a 1 GB bomb costs about 1 MB of memory to make. */
export async function deflatedZeros(size: number): Promise<DeflatedBytes> {
  const chunk = Buffer.alloc(1 << 20);
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { compressed: Buffer.concat(parts), size, crc };
}
