// Part of npm run bench: the same bytes in the two shapes whose memory the main benchmark does not
// show, each parsed by the built CLI beside htmlparser2 on the same file.
//   - one suite: the generated report with its suites merged into one, as pytest writes a run.
//     A parser that holds failures until their suite closes holds them all.
//   - failures that fill every bound: each failure a 32 KB JVM stack with 400 unique frame lines,
//     8 KiB of stdout and 8 KiB of stderr, about 2,000 of them per 100 MB.
import { once } from 'node:events';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Writes `from` with every <testsuite> merged into the first, line by line (the generator writes one tag a line). */
async function mergeSuites(from, to) {
  const out = createWriteStream(to);
  let opened = false;
  for await (const line of createInterface({
    input: createReadStream(from),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    const tag = line.trimStart();
    if (tag.startsWith('<testsuite ')) {
      if (opened) continue;
      opened = true;
    } else if (tag.startsWith('</testsuite>')) continue;
    else if (tag.startsWith('</testsuites>') && opened) await write(out, '  </testsuite>\n');
    await write(out, `${line}\n`);
  }
  out.end();
  await once(out, 'close');
}

async function write(out, text) {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes a report of `bytes` or so whose every test fails with the largest failure faultline keeps; returns its test count. */
async function writeBigFailures(to, bytes) {
  const out = createWriteStream(to);
  await write(out, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="big">\n');
  const log = 'INFO [main] c.acme.orders.OrderService - Processed 119 records in 180ms\n'.repeat(110);
  let written = 0;
  let tests = 0;
  for (; written < bytes; tests += 1) {
    let stack = `java.lang.IllegalStateException: order ${tests} is broken\n`;
    for (let frame = 0; stack.length < 32_000; frame += 1)
      stack += `\tat com.acme.app.module${frame % 50}.Service${tests % 97}.step${frame}(Service${frame}.java:${100 + frame})\n`;
    const testcase = `<testcase classname="com.acme.OrderTest${tests}" name="test${tests}" time="0.1"><failure type="java.lang.IllegalStateException" message="order ${tests} is broken">${stack}</failure><system-out>${log}</system-out><system-err>${log}</system-err></testcase>\n`;
    written += testcase.length;
    await write(out, testcase);
  }
  await write(out, '</testsuite>\n</testsuites>\n');
  out.end();
  await once(out, 'close');
  return tests;
}

/** The report's summary, from the head of its JSON: the whole can be bigger than a string can hold. */
function summaryOf(path) {
  const head = Buffer.alloc(1 << 16);
  const fd = openSync(path, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const found = /"summary": (\{[^}]*\})/.exec(head.toString('utf8', 0, length));
  return found ? JSON.parse(found[1]) : undefined;
}

/**
 * Measures faultline and htmlparser2 on both shapes. `measure(label, args)` runs node with args
 * and reports seconds and peak RSS; `htmlparser2` is the baseline's script.
 */
export async function benchShapes({ file, bytes, folder, cliPath, measure, htmlparser2, truth }) {
  const merged = `${file}.one-suite.xml`;
  await mergeSuites(file, merged);
  const big = `${folder}/big-failures.xml`;
  const bigTests = await writeBigFailures(big, bytes);
  const shapes = [
    {
      name: 'one suite',
      path: merged,
      expected: { tests: truth.tests, failed: truth.failures + truth.errors },
    },
    { name: 'failures that fill every bound', path: big, expected: { tests: bigTests, failed: bigTests } },
  ];
  let same = true;
  console.log('\nThe same size in other shapes: peak memory must stay under the same budget\n');
  for (const shape of shapes) {
    const baseline = measure(`${shape.name}: htmlparser2, no handlers`, ['-e', htmlparser2, shape.path]);
    const json = `${shape.path}.json`;
    const ours = measure(
      `${shape.name}: faultline parse --json`,
      [cliPath, 'parse', '--json', shape.path],
      json,
    );
    for (const row of [baseline, ours])
      console.log(
        `${row.label.padEnd(56)}  ${row.seconds.toFixed(2).padStart(7)} s  ${String(row.rssMiB).padStart(5)} MiB peak RSS`,
      );
    const summary = ours.status === 0 ? summaryOf(json) : undefined;
    rmSync(json);
    const got = summary && { tests: summary.tests, failed: summary.failed };
    const match = JSON.stringify(got) === JSON.stringify(shape.expected);
    same &&= match;
    console.log(
      `  counts: ${JSON.stringify(got)}, expected ${JSON.stringify(shape.expected)}: ${match ? 'match' : 'DIFFER'}`,
    );
  }
  return same;
}
