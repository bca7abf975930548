// npm run bench, part three: scanning a big raw CI log for runtime errors with the built CLI,
// beside baselines measured in the same run on the same file:
//   - byte scan: a reused 1 MiB Buffer and indexOf counting newlines, the I/O floor;
//   - readline + one regex per line: what a straightforward log scanner does (issue #4's baseline).
// The input comes from ../shared/bench/gen-log.mjs when it is there (a team checkout); without
// it, the benchmark says so and stops. BENCH_LOG_SIZE (or BENCH_SIZE) sets the size (default 100M).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchNode, nodeVersion } from './bench-node.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const generator = join(repo, '..', 'shared', 'bench', 'gen-log.mjs');
if (!existsSync(generator)) {
  console.log(`No log benchmark input: ${generator} is not here (it ships with the team's shared/ folder).`);
  console.log('The log scanning benchmark was not run.');
  process.exit(0);
}
if (!existsSync(join(repo, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run npm run build');

const size = process.env.BENCH_LOG_SIZE ?? process.env.BENCH_SIZE ?? '100M';
const folder = mkdtempSync(join(tmpdir(), 'faultline-bench-log-'));
const file = join(folder, `ci-${size}.log`);
console.log(`\nGenerating ${size} of CI log with ${generator} …`);
execFileSync(process.execPath, [generator, '--size', size, '--out', file], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const truth = JSON.parse(readFileSync(`${file}.truth.json`, 'utf8'));

const baselines = {
  'byte scan (newline count)': `const fs=require('fs');const fd=fs.openSync(process.argv[1],'r');const b=Buffer.alloc(1<<20);let n=0,r;while((r=fs.readSync(fd,b,0,b.length))>0){let i=-1;while((i=b.indexOf(10,i+1))!==-1&&i<r)n++}`,
  'readline + one regex per line': `const rl=require('readline').createInterface({input:require('fs').createReadStream(process.argv[1])});let n=0;const re=/Traceback \\(most recent|^\\S+ panic: |Exception in thread|^\\S+ \\w*Error: /;rl.on('line',l=>{if(re.test(l))n++});rl.on('close',()=>console.log(n))`,
};

function measure(label, args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', benchNode, ...args], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [seconds, kib] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { label, seconds, rssMiB: Math.round(kib / 1024), status: result.status, stdout: result.stdout };
}

const rows = Object.entries(baselines).map(([label, code]) => measure(label, ['-e', code, file]));
const cli = measure('faultline parse --logs --json (dist/cli.js)', [
  'dist/cli.js',
  'parse',
  '--logs',
  file,
  '--json',
]);
rows.push(cli);

const megabytes = statSync(file).size / 1e6;
const width = Math.max(...rows.map((row) => row.label.length));
console.log(`\n${size} log, ${truth.lines} lines, node ${nodeVersion}\n`);
console.log(`${'what'.padEnd(width)}  seconds   MB/s  peak RSS MiB`);
for (const row of rows) {
  const speed = row.status === 0 ? (megabytes / row.seconds).toFixed(0) : `exit ${row.status}`;
  console.log(
    `${row.label.padEnd(width)}  ${String(row.seconds).padStart(7)}  ${speed.padStart(5)}  ${String(row.rssMiB).padStart(12)}`,
  );
}

// The figures mean nothing if the scan is wrong: compare with the generator's truth.
if (cli.status === 0 || cli.status === 3) {
  const report = JSON.parse(cli.stdout);
  const found = {};
  for (const failure of report.failures) found[failure.runtime] = (found[failure.runtime] ?? 0) + 1;
  const expected = {
    node: truth.traces.node,
    python: truth.traces.python,
    jvm: truth.traces.java,
    go: truth.traces.go,
  };
  console.log(`\nruntime errors found: ${JSON.stringify(found)}; generated: ${JSON.stringify(expected)}`);
  const readline = rows[1];
  if (readline)
    console.log(`faultline vs the readline baseline: ${(readline.seconds / cli.seconds).toFixed(2)}x`);
} else {
  console.log(`\nfaultline exited ${cli.status}`);
}
rmSync(folder, { recursive: true, force: true });
