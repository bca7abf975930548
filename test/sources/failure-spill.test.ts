import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FINGERPRINT_OPTIONS } from '../../src/fingerprint/fingerprint.js';
import type { Logger } from '../../src/log.js';
import type { Failure, FailureDraft, Report } from '../../src/model.js';
import { parseSources } from '../../src/parse.js';
import { junitParser } from '../../src/parsers/junit.js';
import { batched, jsonPieces } from '../../src/render/json-stream.js';
import { FailureColumns, heapBytes } from '../../src/sources/failure-columns.js';
import { FailureSpill, type SpillOptions, spillLimits } from '../../src/sources/failure-spill.js';
import { pieceText } from '../helpers/json-pieces.js';

// Failures past the in-memory budget go to a temporary file and come back through stand-ins.
// A report read that way must be the same report, however it is read.

const repo = new URL('../..', import.meta.url).pathname;
const dialects = 'test/fixtures/junit-dialects';
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function read(spill: SpillOptions): Promise<Report> {
  return parseSources(
    {
      paths: [dialects],
      format: 'auto',
      cwd: repo,
      workspace: repo,
      fingerprint: DEFAULT_FINGERPRINT_OPTIONS,
      spill,
    },
    quiet,
  );
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('failures spilled to disk', () => {
  it('give the same report as failures kept in memory, field for field', async () => {
    const whole = await read({ keepInMemory: 1_000_000 });
    const spilled = await read({ keepInMemory: 2 });
    expect(whole.failures.length).toBeGreaterThan(20);
    expect(plain(spilled)).toEqual(plain(whole));
    expect(plain(await read({ keepInMemoryBytes: 20_000 }))).toEqual(plain(whole));
    // The report writer copies a stand-in's stored JSON: byte for byte what the whole failure gives.
    expect([...jsonPieces(spilled)].map(pieceText).join('')).toBe(JSON.stringify(whole, null, 2));
    expect(Buffer.concat([...batched(jsonPieces(spilled), 4_096)]).toString()).toBe(
      JSON.stringify(whole, null, 2),
    );
    spilled.failures.forEach((failure, index) => {
      const original = plain(whole.failures[index]);
      expect({ ...failure }).toEqual(original);
      expect(Object.keys(failure)).toEqual(Object.keys(original));
      expect(Object.entries(failure)).toEqual(Object.entries(original));
      expect('output' in failure).toBe('output' in original);
      expect(failure.error.frames).toEqual(original.error.frames);
      expect(failure.fingerprint).toBe(original.fingerprint);
    });
  });

  it('are read only: a stand-in refuses writes rather than lose them', async () => {
    const { failures } = await read({ keepInMemory: 0 });
    const failure = failures[0] as unknown as Record<string, unknown>;
    expect(() => {
      failure.flaky = true;
    }).toThrow(TypeError);
    expect(() => {
      delete failure.error;
    }).toThrow(TypeError);
  });

  it('are dropped with the rest of a file that turns out unreadable, even when already settled', async () => {
    const { failures, sources } = await read({ keepInMemory: 0 });
    const broken = sources.find((source) => source.path.endsWith('concatenated-roots.xml'));
    expect(broken?.error?.message).toMatch(/goes on after its report ended/);
    expect(failures.filter((failure) => failure.source.path.endsWith('concatenated-roots.xml'))).toEqual([]);
    // Its first report alone holds failures, which the parser settles before it meets the second root.
    const first = readFileSync(`${repo}/${dialects}/concatenated-roots.xml`, 'utf8').split(
      '</testsuites>',
    )[0];
    expect(first).toContain('<failure');
  });
});

describe('the in-memory budget', () => {
  it('counts bytes, not failures: a few failures that fill every bound go to disk where small ones stay', async () => {
    const { failures } = await read({});
    const small = failures[0] as Failure;
    const big: Failure = {
      ...small,
      error: { ...small.error, stack: 'at x\n'.repeat(6_000) },
      output: { stdout: 'o'.repeat(8_192), stderr: 'e'.repeat(8_192) },
    };
    expect(heapBytes(big)).toBeGreaterThan(2 * (30_000 + 16_384));
    const columns = (bytes: number) =>
      new FailureColumns(new FailureSpill(), spillLimits({ keepInMemoryBytes: bytes }));
    const roomy = columns(heapBytes(big) + 2 * heapBytes(small));
    for (const failure of [small, small, big, small]) roomy.add(failure);
    expect(roomy.done().whole).toEqual([small, small, big]);
    expect(roomy.done().fingerprints).toEqual([small.fingerprint]);
    // Past the budget, failures keep their order: once one is on disk, so are those after it.
    const tight = columns(heapBytes(big) - 1);
    for (const failure of [small, big, small]) tight.add(failure);
    expect(tight.done().whole).toEqual([small]);
    expect(tight.done().fingerprints).toHaveLength(2);
  });

  it('gives back the room of failures dropped with a file that turned out unreadable', async () => {
    const [first, second] = (await read({})).failures as [Failure, Failure];
    const columns = new FailureColumns(
      new FailureSpill(),
      spillLimits({ keepInMemoryBytes: heapBytes(first) + heapBytes(second) }),
    );
    columns.add(first);
    columns.add(second);
    columns.truncate(1);
    columns.add(second);
    expect(columns.done().whole).toEqual([first, second]);
    expect(columns.done().fingerprints).toEqual([]);
  });

  it('past detailsOf, keeps only what counting and grouping read, and writes nothing', async () => {
    const whole = await read({});
    const counted = await read({ keepInMemory: 2, detailsOf: 5 });
    expect(whole.failures.length).toBeGreaterThan(20);
    expect(counted.summary).toEqual(whole.summary);
    expect(counted.failures).toHaveLength(whole.failures.length);
    // The first five read in full, whether kept whole (two) or written to the spill (three).
    expect(plain(counted.failures.slice(0, 5))).toEqual(plain(whole.failures.slice(0, 5)));
    counted.failures.forEach((failure, index) => {
      const original = whole.failures[index] as Failure;
      expect([failure.fingerprint, failure.kind, failure.flaky, failure.source]).toEqual([
        original.fingerprint,
        original.kind,
        original.flaky,
        original.source,
      ]);
      if (index >= 5) expect(() => failure.error).toThrow(/was counted, not kept/);
    });
    // Written: the three between the two whole ones and the limit.
    const spill = new FailureSpill();
    const columns = new FailureColumns(spill, spillLimits({ keepInMemory: 2, detailsOf: 5 }));
    for (const failure of whole.failures) columns.add(failure);
    expect(spill.spilled).toBe(3);
    expect(columns.count).toBe(whole.failures.length);
  });
});

describe('JUnit settles failures as it goes', () => {
  /** Parses the pieces one chunk each; `read` is how many pieces the parser had taken at each settle. */
  async function parse(...pieces: string[]) {
    const settled: FailureDraft[][] = [];
    const read: number[] = [];
    let taken = 0;
    const result = await junitParser.parse(
      (async function* () {
        for (const piece of pieces) {
          taken += 1;
          yield piece;
        }
      })(),
      {
        path: 'report.xml',
        workspace: repo,
        settle: (drafts) => {
          settled.push(drafts);
          read.push(taken);
        },
      },
    );
    return { settled, read, result };
  }
  const messages = (settled: FailureDraft[][]) =>
    settled.map((drafts) => drafts.map((draft) => draft.error.message));
  const failing = (name: string, output = '') =>
    `<testcase name="${name}"><failure message="boom ${name}">Error: boom</failure>${output}</testcase>`;

  it('hands over the failures of every suite in order, and leaves none for the end', async () => {
    const suite = (name: string) =>
      `<testsuite name="${name}" tests="2"><testcase name="a"><failure message="boom ${name}">Error: boom</failure></testcase><testcase name="b"/></testsuite>`;
    const { settled, result } = await parse(`<testsuites>${suite('one')}${suite('two')}</testsuites>`);
    expect(messages(settled)).toEqual([['boom one'], ['boom two']]);
    expect(result.failures).toEqual([]);
    expect(result.summary).toMatchObject({ tests: 4, failed: 2, passed: 2 });
  });

  // pytest writes one suite for the whole run: held to its end, a big run's failures would all be in memory.
  it('hands over a failure when its test case closes, long before its one suite does', async () => {
    const { settled, read, result } = await parse(
      '<testsuites><testsuite name="pytest" tests="4">',
      failing('one', '<system-out>printed</system-out>'),
      failing('two'),
      '<testcase name="three"/>',
      failing('four'),
      '</testsuite></testsuites>',
    );
    expect(messages(settled)).toEqual([['boom one'], ['boom two'], ['boom four']]);
    expect(read).toEqual([2, 3, 5]);
    expect(settled[0]?.[0]?.output).toEqual({ stdout: 'printed' });
    expect(settled[1]?.[0]?.output).toBeUndefined();
    expect(result.failures).toEqual([]);
  });

  it('holds the failure of a suite’s first test case until the suite’s output can be told its own (Bazel)', async () => {
    const alone = await parse(
      '<testsuites><testsuite name="//pkg:test" tests="1">',
      '<testcase name="//pkg:test"><failure message="exited with error code 1"></failure></testcase>',
      '<system-out>AssertionError: the cause, in test.log</system-out>',
      '</testsuite></testsuites>',
    );
    expect(alone.read).toEqual([4]);
    expect(alone.settled[0]?.[0]?.output).toEqual({ stdout: 'AssertionError: the cause, in test.log' });
    // A second test case means the suite's output mixes both: the first failure is final then.
    const shared = await parse(
      '<testsuites><testsuite name="catch2" tests="2">',
      failing('first'),
      '<testcase name="second"/>',
      '<system-out>both tests printed this</system-out>',
      '</testsuite></testsuites>',
    );
    expect(messages(shared.settled)).toEqual([['boom first']]);
    expect(shared.read).toEqual([3]);
    expect(shared.settled[0]?.[0]?.output).toBeUndefined();
  });

  it('holds gotestsum’s failures to the end, since a later rerun can make one flaky', async () => {
    const text = readFileSync(`${repo}/${dialects}/gotestsum-rerun.xml`, 'utf8');
    const { settled, result } = await parse(text);
    expect(settled).toEqual([]);
    expect(result.failures.some((failure) => failure.flaky)).toBe(true);
  });
});

describe('the parsing thread', () => {
  it('gives way to parsing in this thread when it cannot run, with a warning', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'faultline-thread-'));
    const broken = join(folder, 'parse-worker.mjs');
    writeFileSync(broken, "throw new Error('no thread here');\n");
    const warnings: string[] = [];
    const log: Logger = { ...quiet, warn: (message) => void warnings.push(message) };
    const options = {
      paths: [dialects],
      format: 'auto',
      cwd: repo,
      workspace: repo,
      fingerprint: DEFAULT_FINGERPRINT_OPTIONS,
      parseThreadFromBytes: 0,
    };
    const report = await parseSources(options, log, pathToFileURL(broken));
    expect(warnings.some((warning) => /parsing thread stopped \(no thread here\)/.test(warning))).toBe(true);
    expect(plain(report)).toEqual(plain(await parseSources(options, quiet, undefined)));
    expect(report.failures.length).toBeGreaterThan(20);
  });
});
