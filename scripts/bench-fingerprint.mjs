// Fingerprints 100,000 realistic failures (noisy messages, mixed stacks) and prints the time
// beside a baseline in the same run: hashing the raw fields with no normalization (the floor).
// Imports the TypeScript sources compiled by tsc (bench-compile.mjs).
import { hash } from 'node:crypto';
import { join } from 'node:path';

/** `compiled`: the folder bench-compile.mjs compiled the sources into. */
export async function benchFingerprints(compiled, count = 100_000) {
  const { withFingerprint } = await import(join(compiled, 'src/fingerprint/fingerprint.js'));

  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = (items) => items[Math.floor(random() * items.length)];
  const drafts = Array.from({ length: count }, (_, index) => {
    const id = `${Math.floor(random() * 1e9).toString(16)}-${index}`;
    const message = pick([
      `connect ECONNREFUSED 127.0.0.1:${40000 + (index % 20000)}`,
      `order ${id} failed after ${index % 997}ms at 2026-11-26T10:${String(index % 60).padStart(2, '0')}:00Z`,
      `expected ${index % 500} to be ${index % 7}`,
      `ENOENT: no such file or directory, open '/tmp/tmp-${id}/config.json'`,
      "Cannot read properties of undefined (reading 'amount')",
    ]);
    const frames = Array.from({ length: 12 }, (_, depth) => ({
      file:
        depth < 4 ? `/home/runner/work/shop/shop/src/module${depth}.ts` : `node_modules/lib${depth}/index.js`,
      line: 10 + depth + (index % 50),
      column: 3,
      function: `fn${depth}_${index % 40}`,
      inApp: depth < 4,
    }));
    return {
      kind: 'test',
      flaky: false,
      test: {
        classname: `suite${index % 300}`,
        name: `test ${index % 5000}`,
        file: `test/t${index % 300}.test.ts`,
      },
      error: {
        type: pick(['TypeError', 'AssertionError', 'Error', 'java.lang.IllegalStateException']),
        message,
        frames,
      },
      source: { path: 'junit.xml', line: index },
    };
  });

  // Best of three, each after a full GC (npm run bench passes --expose-gc), so the figure is
  // the work itself rather than the collection of the test data made just before.
  const time = (label, fn) => {
    let best = Number.POSITIVE_INFINITY;
    let distinct = new Set();
    for (let round = 0; round < 3; round += 1) {
      globalThis.gc?.();
      distinct = new Set();
      const start = process.hrtime.bigint();
      for (const draft of drafts) distinct.add(fn(draft));
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    }
    return { label, ms: best, distinct: distinct.size };
  };
  const rawHash = (draft) =>
    hash(
      'sha256',
      JSON.stringify([draft.test, draft.error.type, draft.error.message, draft.error.frames]),
      'hex',
    ).slice(0, 16);
  const rows = [
    time('raw fields, SHA-256, no normalization (floor)', rawHash),
    time('v1 fingerprint and its grouping', (draft) => withFingerprint(draft).fingerprint),
  ];
  const width = Math.max(...rows.map((row) => row.label.length));
  console.log(`\nFingerprinting ${count.toLocaleString('en')} failures, node ${process.version}\n`);
  console.log(`${'what'.padEnd(width)}  total ms  µs/failure  distinct ids`);
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(width)}  ${row.ms.toFixed(0).padStart(8)}  ${((row.ms * 1000) / count).toFixed(2).padStart(10)}  ${String(row.distinct).padStart(12)}`,
    );
  }
}
