// npm run bench, in two parts. First, fingerprinting 100,000 failures (bench-fingerprint.mjs).
// Then it parses a big generated JUnit report, with the JUnit parser alone (bench-parser.mjs) and
// with the built CLI, and prints time, MB/s and peak memory beside baselines measured in the same
// run, on the same file:
//   - byte scan: a reused 1 MiB Buffer and indexOf, the I/O floor;
//   - readFileSync to a string: the floor of anything that holds the report as one string;
//   - saxes with no handlers: the streaming parser faultline used before its own tokenizer;
//   - xml2js, xml-js and htmlparser2: the libraries under other report actions.
// Last, the same size in two other shapes, for memory (bench-shapes.mjs).
// The input comes from ../shared/bench/gen-junit.mjs when it is there (a team checkout);
// without it, the benchmark says so and stops. BENCH_SIZE sets the size: 10M, 100M (the
// default) or 1G. BENCH_CLI names another build of the CLI to measure (default dist/cli.js), and
// BENCH_NODE the Node it and the baselines run on (default: node24, see bench-node.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSources } from './bench-compile.mjs';
import { benchFingerprints } from './bench-fingerprint.mjs';
import { benchNode, nodeVersion } from './bench-node.mjs';
import { benchShapes } from './bench-shapes.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
// The sources compiled by tsc, for the two stages timed on their own: fingerprinting, and the
// JUnit parser below. When that fails, the CLI's rows still run.
let compiled;
try {
  compiled = compileSources(repo);
  await benchFingerprints(compiled);
} catch (error) {
  console.log(
    `The fingerprint benchmark did not run: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
  );
}

const generator = join(repo, '..', 'shared', 'bench', 'gen-junit.mjs');
if (!existsSync(generator)) {
  console.log(
    `No benchmark input: ${generator} is not here (it ships with the team's shared/ folder, not this repo).`,
  );
  console.log('The JUnit parsing benchmark was not run.');
  process.exit(0);
}
const cliPath = process.env.BENCH_CLI ?? join(repo, 'dist/cli.js');
if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build`);

const size = process.env.BENCH_SIZE ?? '100M';
const folder = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
// The input can be a gigabyte: it goes when the benchmark ends, however it ends.
process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
const file = join(folder, `junit-${size}.xml`);
console.log(`Generating ${size} of JUnit XML with ${generator} …`);
execFileSync(process.execPath, [generator, '--size', size, '--out', file], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const truth = JSON.parse(readFileSync(`${file}.truth.json`, 'utf8'));

const baselines = {
  'byte scan (Buffer.indexOf)': `const fs=require('fs');const fd=fs.openSync(process.argv[1],'r');const b=Buffer.alloc(1<<20);let n=0,r;while((r=fs.readSync(fd,b,0,b.length))>0){let i=-1;while((i=b.indexOf(10,i+1))!==-1&&i<r)n++}`,
  'readFileSync to one string': `require('fs').readFileSync(process.argv[1],'utf8').length`,
  'saxes, streaming, no handlers': `const {SaxesParser}=require('saxes');const p=new SaxesParser();const s=require('fs').createReadStream(process.argv[1],{encoding:'utf8',highWaterMark:1<<20});s.on('data',c=>p.write(c));s.on('end',()=>p.close())`,
  // The libraries under the anchors: xml2js (dorny/test-reporter) and xml-js (mikepenz/action-junit-report)
  // parse the whole file into objects; htmlparser2 is the fastest streaming XML parser measured here.
  'xml2js (whole file)': `require('xml2js').parseString(require('fs').readFileSync(process.argv[1],'utf8'),(e)=>{if(e)throw e})`,
  'xml-js (whole file)': `require('xml-js').xml2js(require('fs').readFileSync(process.argv[1],'utf8'),{compact:true})`,
  'htmlparser2, streaming, xmlMode': `const {Parser}=require('htmlparser2');const p=new Parser({},{xmlMode:true});const s=require('fs').createReadStream(process.argv[1],{encoding:'utf8',highWaterMark:1<<20});s.on('data',c=>p.write(c));s.on('end',()=>p.end())`,
};

// GNU time reports the child's peak RSS, whatever the child is. Output bigger than a string can
// hold (a gigabyte of JSON) goes to `stdoutFile` instead of coming back as `stdout`.
function measure(label, args, stdoutFile) {
  const out = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', benchNode, ...args], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', out, 'pipe'],
  });
  if (typeof out === 'number') closeSync(out);
  const [seconds, kib] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  const outOfMemory = /heap out of memory|Invalid string length|Cannot create a string longer/.test(
    result.stderr,
  );
  return {
    label,
    seconds,
    rssMiB: Math.round(kib / 1024),
    status: result.status,
    stdout: result.stdout,
    outOfMemory,
  };
}

// This kind of machine drifts by tens of percent within a minute, so the rows the target compares
// (xml2js and faultline's) are each run BENCH_RUNS times, taking turns, and the median is shown.
// Default 5; 1 at 1G, where xml2js cannot run.
const runs = Number(process.env.BENCH_RUNS ?? (size === '1G' ? 1 : 5));

function median(measured) {
  const sorted = [...measured].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...middle,
    rssMiB: Math.max(...measured.map((row) => row.rssMiB)),
    all: measured.map((row) => row.seconds),
  };
}

const TAKING_TURNS = 'xml2js (whole file)';
const rows = Object.entries(baselines)
  .filter(([label]) => label !== TAKING_TURNS)
  .map(([label, code]) => measure(label, ['-e', code, file]));
// Three faultline rows. The JUnit parser alone (bench-parser.mjs): what xml2js is measured
// against, a parse of the whole file into its results, here every test counted and every failure
// read whole. Then the whole CLI: parse, fingerprint, spill and print the terminal summary; and
// the same with the full report as JSON on stdout.
const parserArgs = compiled && [join(repo, 'scripts/bench-parser.mjs'), compiled, file];
const turns = { xml2js: [], parser: [], parse: [], json: [] };
for (let run = 0; run < runs; run += 1) {
  turns.xml2js.push(measure(TAKING_TURNS, ['-e', baselines[TAKING_TURNS], file]));
  if (parserArgs) turns.parser.push(measure('faultline JUnit parser alone', parserArgs));
  turns.parse.push(measure('faultline parse (whole CLI)', [cliPath, 'parse', file]));
  turns.json.push(measure('faultline parse --json (whole CLI)', [cliPath, 'parse', '--json', file]));
}
const parser = parserArgs ? median(turns.parser) : undefined;
const parseOnly = median(turns.parse);
const cli = median(turns.json);
rows.splice(3, 0, median(turns.xml2js));
if (parser) rows.push(parser);
rows.push(parseOnly, cli);

const width = Math.max(...rows.map((row) => row.label.length));
console.log(`\n${size} JUnit file, ${truth.tests} test cases, node ${nodeVersion}\n`);
const megabytes = statSync(file).size / 1e6;
console.log(`${'what'.padEnd(width)}  seconds           MB/s  peak RSS MiB  runs (s)`);
for (const row of rows) {
  const speed =
    row.status === 0
      ? (megabytes / row.seconds).toFixed(0)
      : row.outOfMemory
        ? 'out of memory'
        : `exit ${row.status}`;
  console.log(
    `${row.label.padEnd(width)}  ${row.seconds.toFixed(2).padStart(7)}  ${speed.padStart(13)}  ${String(row.rssMiB).padStart(12)}  ${row.all && row.all.length > 1 ? row.all.map((value) => value.toFixed(2)).join(' ') : ''}`,
  );
}

const xml2js = rows.find((row) => row.label.startsWith('xml2js'));
// The machine's noise only ever adds time, and a 1 s run is hit harder by a slow second than an
// 11 s one, so the fastest run of each side is shown too, beside the medians and the turns.
const fastest = (measured) => Math.min(...measured.map((row) => row.seconds));
const speedup = (name, row, measured) =>
  `${name}: ${(xml2js.seconds / row.seconds).toFixed(1)}x the speed of xml2js, ${(xml2js.rssMiB / row.rssMiB).toFixed(1)}x less memory${
    runs > 1
      ? `; turn by turn ${turns.xml2js.map((turn, index) => `${(turn.seconds / measured[index].seconds).toFixed(1)}x`).join(', ')}; fastest against fastest ${(fastest(turns.xml2js) / fastest(measured)).toFixed(1)}x`
      : ''
  }`;
if (xml2js && cli.status === 0)
  console.log(
    xml2js.status === 0
      ? [
          '',
          ...(parser?.status === 0 ? [speedup('faultline JUnit parser alone', parser, turns.parser)] : []),
          speedup('faultline parse (whole CLI)', parseOnly, turns.parse),
          speedup('faultline parse --json (whole CLI)', cli, turns.json),
        ].join('\n')
      : `\nfaultline read it; xml2js ${xml2js.outOfMemory ? 'ran out of memory' : `exited ${xml2js.status}`}`,
  );

// htmlparser2 only finds the markup, and drifts with the machine as faultline does: a steadier yardstick.
const htmlparser2 = rows.find((row) => row.label.startsWith('htmlparser2'));
if (htmlparser2?.status === 0 && parseOnly.status === 0)
  console.log(
    `faultline parse (whole CLI): ${(htmlparser2.seconds / parseOnly.seconds).toFixed(2)}x the speed of htmlparser2 with no handlers`,
  );

const report = JSON.parse(cli.stdout);
const expected = { tests: truth.tests, failed: truth.failures + truth.errors, skipped: truth.skipped };
const got = { tests: report.summary.tests, failed: report.summary.failed, skipped: report.summary.skipped };
const same = JSON.stringify(expected) === JSON.stringify(got);
console.log(
  `\ncounts: faultline ${JSON.stringify(got)}, generator's truth ${JSON.stringify(expected)}: ${same ? 'match' : 'DIFFER'}`,
);
// The parser alone must have read the same report: its totals, and every failure handed over.
let parserSame = true;
if (parser) {
  const alone = parser.status === 0 ? JSON.parse(parser.stdout) : undefined;
  const aloneGot = alone && {
    tests: alone.summary.tests,
    failed: alone.summary.failed,
    skipped: alone.summary.skipped,
  };
  parserSame = JSON.stringify(aloneGot) === JSON.stringify(expected) && alone.failures === expected.failed;
  console.log(
    `counts: the parser alone ${JSON.stringify(aloneGot)}, ${alone?.failures} failures handed over: ${parserSame ? 'match' : 'DIFFER'}`,
  );
}

const shapesMatch = await benchShapes({
  file,
  bytes: statSync(file).size,
  folder,
  cliPath,
  measure,
  htmlparser2: baselines['htmlparser2, streaming, xmlMode'],
  truth,
});
if (!same || !parserSame || !shapesMatch || cli.status !== 0) process.exitCode = 1;
