import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ZIP_LIMITS,
  type SkippedZipEntry,
  ZipError,
  type ZipLimits,
  zipEntries,
} from '../../src/sources/zip.js';
import { deflatedZeros, zipBytes } from '../helpers/zip-writer.js';

const fixtures = join(import.meta.dirname, '../fixtures/zip');
const examples = join(import.meta.dirname, '../../examples/reports');
const scratch = mkdtempSync(join(tmpdir(), 'faultline-zip-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let written = 0;
function zipFile(bytes: Buffer): string {
  written += 1;
  const path = join(scratch, `archive-${written}.zip`);
  writeFileSync(path, bytes);
  return path;
}

async function readAll(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
  const files = new Map<string, Buffer>();
  const skipped: SkippedZipEntry[] = [];
  for await (const entry of zipEntries(path, limits, { onSkip: (skip) => skipped.push(skip) })) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.open()) chunks.push(chunk);
    files.set(entry.name, Buffer.concat(chunks));
  }
  return { files, skipped };
}

const example = (name: string) => readFileSync(join(examples, name));

// Made once: deflating 1 GB of zeros takes a few seconds.
let bombMade: ReturnType<typeof deflatedZeros> | undefined;
const gigabyteOfZeros = () => {
  bombMade ??= deflatedZeros(1024 ** 3);
  return bombMade;
};

describe('zipEntries on real archives', () => {
  it('reads an Info-ZIP archive back byte for byte, skipping directories and the symlink', async () => {
    const { files, skipped } = await readAll(join(fixtures, 'reports.zip'));
    expect([...files.keys()]).toEqual([
      'reports/pytest-junit.xml',
      'reports/vitest-junit.xml',
      'reports/nested/node-test-junit.xml',
    ]);
    expect(files.get('reports/pytest-junit.xml')).toEqual(example('pytest-junit.xml'));
    expect(files.get('reports/vitest-junit.xml')).toEqual(example('vitest-junit.xml'));
    expect(files.get('reports/nested/node-test-junit.xml')).toEqual(example('node-test-junit.xml'));
    expect(skipped).toEqual([{ name: 'reports/nested/link.xml', reason: 'symbolic link' }]);
  });

  const zip = spawnSync('zip', ['-v']).status === 0;
  it.skipIf(!zip)('reads what the system zip makes now (skipped where zip is absent, as in CI)', async () => {
    const tree = join(scratch, 'tree');
    mkdirSync(join(tree, 'deep'), { recursive: true });
    cpSync(join(examples, 'vitest-junit.xml'), join(tree, 'vitest-junit.xml'));
    cpSync(join(examples, 'pytest-junit.xml'), join(tree, 'deep', 'pytest-junit.xml'));
    // -0 for one entry stored, the default deflate for the other: both methods of real archives.
    const archive = join(scratch, 'system.zip');
    execFileSync('zip', ['-X', '-q', archive, 'vitest-junit.xml'], { cwd: tree });
    execFileSync('zip', ['-X', '-q', '-0', archive, 'deep/pytest-junit.xml'], { cwd: tree });
    const { files } = await readAll(archive);
    expect(files).toEqual(
      new Map([
        ['vitest-junit.xml', example('vitest-junit.xml')],
        ['deep/pytest-junit.xml', example('pytest-junit.xml')],
      ]),
    );
  });

  it('reads deflated and stored entries from the tiny writer', async () => {
    const binary = randomBytes(70_000);
    const path = zipFile(
      zipBytes([
        { name: 'junit.xml', data: example('node-test-junit.xml') },
        { name: 'raw.bin', data: binary, store: true },
        { name: 'empty.txt', data: Buffer.alloc(0) },
        { name: 'folder/', store: true },
      ]),
    );
    const entries: Array<{ name: string; size: number }> = [];
    for await (const entry of zipEntries(path)) entries.push({ name: entry.name, size: entry.size });
    expect(entries).toEqual([
      { name: 'junit.xml', size: example('node-test-junit.xml').length },
      { name: 'raw.bin', size: 70_000 },
      { name: 'empty.txt', size: 0 },
    ]);
    const { files } = await readAll(path);
    expect(files.get('raw.bin')).toEqual(binary);
    expect(files.get('empty.txt')).toEqual(Buffer.alloc(0));
  });
});

describe('zipEntries refuses', () => {
  it('skips names that climb out, are absolute, carry a drive letter or a backslash, and reads the rest', async () => {
    const { files, skipped } = await readAll(join(fixtures, 'traversal.zip'));
    expect([...files.keys()]).toEqual(['reports/ok.xml']);
    expect(files.get('reports/ok.xml')).toEqual(example('vitest-junit.xml'));
    expect(skipped).toEqual([
      { name: '../escape.xml', reason: 'parent directory (..) in the path' },
      { name: '/etc/faultline.xml', reason: 'absolute path' },
      { name: 'C:/windows/report.xml', reason: 'drive letter' },
      { name: 'reports\\windows.xml', reason: 'backslash in the name' },
      { name: 'reports/../../up.xml', reason: 'parent directory (..) in the path' },
    ]);
  });

  it('skips encrypted entries (zip -P)', async () => {
    const { files, skipped } = await readAll(join(fixtures, 'encrypted.zip'));
    expect(files.size).toBe(0);
    expect(skipped).toEqual([{ name: 'reports/pytest-junit.xml', reason: 'encrypted' }]);
  });

  it('refuses a 1 GB bomb honest about its size at once, before inflating it', async () => {
    const bomb = await gigabyteOfZeros();
    const path = zipFile(
      zipBytes([
        { name: 'ok.xml', data: example('vitest-junit.xml') },
        { name: 'zeros.xml', deflated: bomb },
      ]),
    );
    const seen: string[] = [];
    const reading = (async () => {
      for await (const entry of zipEntries(path)) seen.push(entry.name);
    })();
    await expect(reading).rejects.toThrow(/zeros\.xml: declares more than 200:1 compression, a zip bomb/);
    expect(seen).toEqual(['ok.xml']);
  });

  it('stops a 1 GB bomb that lies about its size at the declared size, quickly and in bounded memory', async () => {
    const bomb = await gigabyteOfZeros();
    const path = zipFile(zipBytes([{ name: 'report.xml', deflated: bomb, declaredSize: 4 * 1024 * 1024 }]));
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    let inflated = 0;
    const reading = (async () => {
      for await (const entry of zipEntries(path))
        for await (const chunk of entry.open()) inflated += chunk.length;
    })();
    await expect(reading).rejects.toThrow(
      /report\.xml: inflates past its declared 4194304 bytes, a zip bomb/,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(inflated).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('counts the bytes actually inflated against the total, over the entries opened', async () => {
    const path = zipFile(
      zipBytes([
        { name: 'a.bin', data: randomBytes(3 * 1024 * 1024) },
        { name: 'b.bin', data: randomBytes(3 * 1024 * 1024) },
      ]),
    );
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 5 * 1024 * 1024 };
    await expect(readAll(path, limits)).rejects.toThrow(
      /b\.bin: the archive inflates past the 5242880-byte limit/,
    );
    // Passing over an entry costs nothing: only a.bin is read.
    const read: string[] = [];
    for await (const entry of zipEntries(path, limits))
      if (entry.name === 'a.bin') for await (const chunk of entry.open()) read.push(`${chunk.length}`);
    expect(read.length).toBeGreaterThan(0);
  });

  it('skips an entry declared over the per-entry limit and refuses too many entries', async () => {
    const path = zipFile(
      zipBytes([
        { name: 'big.log', data: randomBytes(2048) },
        { name: 'small.xml', data: Buffer.from('<testsuites/>') },
      ]),
    );
    const { files, skipped } = await readAll(path, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1024 });
    expect([...files.keys()]).toEqual(['small.xml']);
    expect(skipped).toEqual([
      { name: 'big.log', reason: 'declared size 2048 bytes is over the 1024-byte limit' },
    ]);
    await expect(readAll(path, { ...DEFAULT_ZIP_LIMITS, maxEntries: 1 })).rejects.toThrow(
      /2 entries, over the limit of 1/,
    );
  });

  it('throws ZipError on a truncated archive', async () => {
    const whole = readFileSync(join(fixtures, 'reports.zip'));
    const path = zipFile(whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await readAll(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZipError);
    expect((error as ZipError).message).toMatch(/not a readable zip archive, or truncated/);
  });

  it('throws ZipError on corrupt entry data (CRC-32 or inflate)', async () => {
    const data = example('pytest-junit.xml');
    const bytes = zipBytes([{ name: 'pytest.xml', data, store: true }]);
    // The entry is stored: flip one byte of its data, past the 30-byte header and the name.
    const at = 30 + 'pytest.xml'.length + 100;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await expect(readAll(zipFile(bytes))).rejects.toThrow(/pytest\.xml: CRC-32 mismatch/);
    const deflated = zipBytes([{ name: 'broken.xml', data }]);
    deflated.fill(0xff, 30 + 'broken.xml'.length, 30 + 'broken.xml'.length + 40);
    await expect(readAll(zipFile(deflated))).rejects.toThrow(/broken\.xml: corrupt data/);
  });

  it('refuses an entry opened after the iteration ended', async () => {
    const path = join(fixtures, 'reports.zip');
    let kept: AsyncIterable<Buffer> | undefined;
    for await (const entry of zipEntries(path)) {
      kept = entry.open();
      break;
    }
    const reading = (async () => {
      for await (const _ of kept ?? []) expect.unreachable();
    })();
    await expect(reading).rejects.toThrow(/opened after the archive was closed/);
  });
});
