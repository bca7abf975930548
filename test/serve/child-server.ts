import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';

// The server as its users run it: a separate process, killable with SIGKILL. The CLI is bundled
// from source on the spot (rolldown, milliseconds), so the test never depends on a stale dist/.
const repo = new URL('../..', import.meta.url).pathname;
// Inside node_modules, so the bundle resolves node-sqlite3-wasm (left external) as the repo does.
const bundleDir = join(repo, 'node_modules/.cache/faultline-serve-test');

export async function bundleCli(): Promise<string> {
  mkdirSync(bundleDir, { recursive: true });
  const file = join(bundleDir, 'cli.mjs');
  await build({
    input: join(repo, 'src/cli.ts'),
    platform: 'node',
    external: [/^node:/, 'node-sqlite3-wasm'],
    logLevel: 'silent',
    // One file: the CLI's lazily loaded modules (serve itself, Octokit) go inline.
    output: { file, format: 'esm', codeSplitting: false },
  });
  return file;
}

export interface Child {
  process: ChildProcess;
  url: string;
  stderr(): string;
  exited: Promise<number | null>;
}

export async function startChild(
  bundle: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Child> {
  const child = spawn(process.execPath, [bundle, 'serve', '--port', '0', ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 10_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /listening on (http:\/\/[\d.]+:\d+)/.exec(stderr);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`server exited: ${stderr}`));
    });
  });
  return { process: child, url, stderr: () => stderr, exited };
}

/** SIGTERM and wait: the server closes its database and releases its pid file. */
export async function stopChild(child: Child): Promise<number | null> {
  child.process.kill('SIGTERM');
  return child.exited;
}
