import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveConfigFromArgv } from '../../src/config/serve.js';
import { cli } from '../helpers/cli.js';
import { SECRET, tempDir } from './helpers.js';

describe('faultline serve flags', () => {
  it('reads flags, with secrets from --secret and FAULTLINE_SERVE_SECRET for rotation', () => {
    const cwd = tempDir('serve-config');
    const other = `whsec_${Buffer.from('another-secret-another-secret').toString('base64')}`;
    const config = serveConfigFromArgv(
      ['--port', '9000', '--data', 'store', '--secret', SECRET],
      {
        FAULTLINE_SERVE_SECRET: `${other}, ${SECRET}`,
      },
      cwd,
    );
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 9000,
      dataDir: join(cwd, 'store'),
      secrets: [SECRET, other],
      toleranceSeconds: 300,
      maxBodyBytes: 1 << 20,
    });
  });

  it('reads --forward from a faultline.yml or a bare list, expanding ${VARS}', () => {
    const cwd = tempDir('serve-forward');
    writeFileSync(join(cwd, 'faultline.yml'), 'webhooks:\n  - type: slack\n    url: ${SLACK_URL}\n');
    writeFileSync(join(cwd, 'list.yml'), '- type: generic\n  name: ops\n  url: https://ops.example/hook\n');
    const env = {
      FAULTLINE_SERVE_SECRET: SECRET,
      SLACK_URL: 'https://hooks.slack.com/services/T0/B0/abcdefghijkl',
    };
    const fromFile = serveConfigFromArgv(['--forward', 'faultline.yml'], env, cwd);
    expect(fromFile.forward.endpoints.map((endpoint) => endpoint.type)).toEqual(['slack']);
    expect(fromFile.masked).toContain(env.SLACK_URL);
    const fromList = serveConfigFromArgv(['--forward', 'list.yml'], env, cwd);
    expect(fromList.forward.endpoints.map((endpoint) => endpoint.name)).toEqual(['ops']);
  });

  it('refuses to start without a secret, and never echoes a bad one', async () => {
    const cwd = tempDir('serve-refuse');
    const missing = await cli(['serve'], cwd, {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--secret: is required (or set FAULTLINE_SERVE_SECRET)');
    const short = await cli(['serve', '--secret', 'whsec_c2hvcnQ='], cwd, {});
    expect(short.stderr).toContain('--secret #1: must be a whsec_<base64> secret of at least 8 bytes');
    expect(short.stderr).not.toContain('c2hvcnQ');
    writeFileSync(join(cwd, 'bad.yml'), '- type: slack\n  url: not a url\n');
    const badForward = await cli(['serve', '--forward', 'bad.yml'], cwd, { FAULTLINE_SERVE_SECRET: SECRET });
    expect(badForward.stderr).toContain('bad.yml: webhooks[0].url: is not a valid URL');
    expect(`${badForward.stdout}${badForward.stderr}`).not.toContain(SECRET);
  });

  it('masks its secrets in what it logs when the data folder cannot be used', async () => {
    const cwd = tempDir('serve-fail');
    writeFileSync(join(cwd, 'file'), '');
    const result = await cli(['serve', '--data', `file/${SECRET}`, '--port', '0'], cwd, {
      FAULTLINE_SERVE_SECRET: SECRET,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: faultline serve failed:');
    expect(result.stderr).toContain('file/***');
    expect(result.stderr).not.toContain(SECRET);
  });
});
