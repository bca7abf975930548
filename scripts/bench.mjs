// npm run bench, in two parts. First, fingerprinting 100,000 failures (bench-fingerprint.mjs).
// Then it parses a big generated JUnit report with the built CLI and prints time, MB/s and
// peak memory beside baselines measured in the same run, on the same file:
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
import { benchFingerprints } from './bench-fingerprint.mjs';
import { benchNode, nodeVersion } from './bench-node.mjs';
import { benchShapes } from './bench-shapes.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
// The fingerprint part compiles the tree; when that fails, the parsing part still runs.
try {
  await benchFingerprints(repo);
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
// Default 3; 1 at 1G, where xml2js cannot run.
const runs = Number(process.env.BENCH_RUNS ?? (size === '1G' ? 1 : 3));

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
// Two faultline rows: parse, fingerprint and print the terminal summary (the like of what the
// baselines do: read the whole file), and the same with the full report as JSON on stdout.
const turns = { xml2js: [], parse: [], json: [] };
for (let run = 0; run < runs; run += 1) {
  turns.xml2js.push(measure(TAKING_TURNS, ['-e', baselines[TAKING_TURNS], file]));
  turns.parse.push(measure('faultline parse (whole CLI)', [cliPath, 'parse', file]));
  turns.json.push(measure('faultline parse --json (whole CLI)', [cliPath, 'parse', '--json', file]));
}
const parseOnly = median(turns.parse);
const cli = median(turns.json);
rows.splice(3, 0, median(turns.xml2js));
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
if (xml2js && cli.status === 0)
  console.log(
    xml2js.status === 0
      ? `\nfaultline parse: ${(xml2js.seconds / parseOnly.seconds).toFixed(1)}x the speed of xml2js, ${(xml2js.rssMiB / parseOnly.rssMiB).toFixed(1)}x less memory; with --json: ${(xml2js.seconds / cli.seconds).toFixed(1)}x${runs > 1 ? `\n  turn by turn: ${turns.xml2js.map((row, index) => `${(row.seconds / turns.parse[index].seconds).toFixed(1)}x`).join(', ')}` : ''}`
      : `\nfaultline read it; xml2js ${xml2js.outOfMemory ? 'ran out of memory' : `exited ${xml2js.status}`}`,
  );

// htmlparser2 only finds the markup, and drifts with the machine as faultline does: a steadier yardstick.
const htmlparser2 = rows.find((row) => row.label.startsWith('htmlparser2'));
if (htmlparser2?.status === 0 && parseOnly.status === 0)
  console.log(
    `faultline parse: ${(htmlparser2.seconds / parseOnly.seconds).toFixed(2)}x the speed of htmlparser2 with no handlers`,
  );

const report = JSON.parse(cli.stdout);
const expected = { tests: truth.tests, failed: truth.failures + truth.errors, skipped: truth.skipped };
const got = { tests: report.summary.tests, failed: report.summary.failed, skipped: report.summary.skipped };
const same = JSON.stringify(expected) === JSON.stringify(got);
console.log(
  `\ncounts: faultline ${JSON.stringify(got)}, generator's truth ${JSON.stringify(expected)}: ${same ? 'match' : 'DIFFER'}`,
);

const shapesMatch = await benchShapes({
  file,
  bytes: statSync(file).size,
  folder,
  cliPath,
  measure,
  htmlparser2: baselines['htmlparser2, streaming, xmlMode'],
  truth,
});
if (!same || !shapesMatch || cli.status !== 0) process.exitCode = 1;
