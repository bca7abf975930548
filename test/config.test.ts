import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Config, configFromArgv, configFromInputs, DEFAULT_PATHS } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { LISTED_FAILURES } from '../src/render/terminal.js';

function runConfig(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = '/work'): Config {
  const request = configFromArgv(argv, env, cwd);
  if (request.kind !== 'run') throw new Error(`expected a run, got ${request.kind}`);
  return request.config;
}

describe('configFromInputs (the runner contract: INPUT_ + upper-cased name, hyphens kept)', () => {
  it('uses built-in defaults when no input is set', () => {
    const config = configFromInputs({ GITHUB_WORKSPACE: '/ws' });
    expect(config).toMatchObject({
      command: 'report',
      paths: DEFAULT_PATHS,
      format: 'auto',
      outputDir: '/ws/.faultline',
      tracker: 'local',
      failOn: [],
      run: {},
    });
    expect(config.webhooks.endpoints).toEqual([]);
  });

  it('reads every input, lists split on newlines and commas', () => {
    const config = configFromInputs({
      GITHUB_WORKSPACE: '/ws',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '99',
      INPUT_PATHS: 'a.xml\nreports/**/*.xml, b.xml',
      'INPUT_OUTPUT-DIR': 'out',
      'INPUT_FAIL-ON': 'failures, parse-errors',
      INPUT_WEBHOOKS: '- type: generic\n  url: https://hooks.example/x\n  secret: ${HOOK_SECRET}\n',
      HOOK_SECRET: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=',
    });
    expect(config.paths).toEqual(['a.xml', 'reports/**/*.xml', 'b.xml']);
    expect(config.outputDir).toBe('/ws/out');
    expect(config.failOn).toEqual(['failures', 'parse-errors']);
    expect(config.run).toEqual({ repository: 'acme/shop', runId: '99' });
    expect(config.webhooks.endpoints).toEqual([
      {
        name: 'webhooks[0]',
        type: 'generic',
        url: 'https://hooks.example/x',
        secret: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=',
        on: ['new', 'regression', 'recovery'],
        signature: 'standard',
        format: 'json',
      },
    ]);
    expect(config.secrets).toEqual(['https://hooks.example/x', 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=']);
  });

  it('reads group-by and fingerprint rules from the config file the config input names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-config-'));
    writeFileSync(
      join(dir, 'faultline.yml'),
      'group-by: test\nfingerprints:\n  - match: { type: KeyError }\n    fingerprint: [keys]\n',
    );
    const config = configFromInputs({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'faultline.yml' });
    expect(config.fingerprint.groupBy).toBe('test');
    expect(config.fingerprint.rules.map((rule) => rule.fingerprint)).toEqual([['keys']]);
    expect(
      configFromInputs({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'faultline.yml', 'INPUT_GROUP-BY': 'error' })
        .fingerprint.groupBy,
    ).toBe('error');
    writeFileSync(join(dir, 'bad.yml'), 'fingerprint: []\n');
    expect(() => configFromInputs({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'bad.yml' })).toThrow(
      /bad\.yml: fingerprint: unknown key/,
    );
  });

  it('reads the memory settings from the config file, and refuses bad ones by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-config-'));
    // Unset, each limit takes its default where the report is parsed (failure-spill.ts).
    expect(configFromInputs({ GITHUB_WORKSPACE: dir }).spill).toEqual({});
    writeFileSync(
      join(dir, 'memory.yml'),
      'memory:\n  failures-in-memory: 10\n  failures-in-memory-mb: 3\n  parse-thread-from-mb: 64\n',
    );
    const config = configFromInputs({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'memory.yml' });
    expect(config.spill).toEqual({ keepInMemory: 10, keepInMemoryBytes: 3 * 1024 * 1024 });
    expect(config.parseThreadFromBytes).toBe(64 * 1024 * 1024);
    writeFileSync(join(dir, 'negative.yml'), 'memory:\n  failures-in-memory: -1\n');
    expect(() => configFromInputs({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'negative.yml' })).toThrow(
      /negative\.yml: memory: failures-in-memory: must be a whole number/,
    );
    writeFileSync(join(dir, 'unknown.yml'), 'memory:\n  heap: 5\n');
    expect(() => configFromInputs({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'unknown.yml' })).toThrow(
      /unknown\.yml: memory: heap: unknown key/,
    );
  });

  it('names the input and the bad value', () => {
    expect(() => configFromInputs({ 'INPUT_FAIL-ON': 'failure' })).toThrow(
      /fail-on: unknown value "failure"/,
    );
    expect(() => configFromInputs({ INPUT_FORMAT: 'yaml' })).toThrow(ConfigError);
    expect(() => configFromInputs({ INPUT_VERBOSE: 'yes' })).toThrow(/verbose: must be true or false/);
    expect(() => configFromInputs({ INPUT_WEBHOOKS: 'type: generic' })).toThrow(
      /webhooks: must be a YAML list/,
    );
  });

  it('keeps good webhook entries when others are bad, naming entry and field', () => {
    const config = configFromInputs({
      INPUT_WEBHOOKS: [
        '- type: slack-ish',
        '  url: https://hooks.example/secret-1',
        '- type: generic',
        '- type: generic',
        '  url: ${MISSING_URL}',
        '- type: generic',
        '  url: https://hooks.example/good',
      ].join('\n'),
    });
    expect(config.webhooks.errors.map((error) => error.message)).toEqual([
      'webhooks[0].type: unknown type "slack-ish" (one of generic, slack, slack-bot, discord, teams, google-chat, mattermost, pagerduty, datadog, sentry, template)',
      'webhooks[1].url: is required',
      'webhooks[2].url: environment variable MISSING_URL is not set',
    ]);
    expect(config.webhooks.endpoints.map((endpoint) => (endpoint as { url?: string }).url)).toEqual([
      'https://hooks.example/good',
    ]);
    // The URL of a bad entry is still a secret.
    expect(config.secrets).toContain('https://hooks.example/secret-1');
  });

  it('does not quote YAML text (which may hold a secret) in its error', () => {
    const error = (() => {
      try {
        configFromInputs({ INPUT_WEBHOOKS: '- url: "https://hooks.example/s3cr3t\n  : :' });
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error.message).toMatch(/webhooks: is not valid YAML/);
    expect(error.message).not.toContain('s3cr3t');
  });
});

describe('configFromArgv', () => {
  it('parses commands, flags and repeated --webhook', () => {
    const config = runConfig(
      [
        'report',
        'a.xml',
        '--format',
        'junit',
        '--webhook',
        'generic=https://h.example/1',
        '--webhook',
        'generic=https://h.example/2',
        '-o',
        'o',
      ],
      {},
      '/w',
    );
    expect(config).toMatchObject({ command: 'report', paths: ['a.xml'], format: 'junit', outputDir: '/w/o' });
    expect(config.webhooks.endpoints.map((endpoint) => (endpoint as { url?: string }).url)).toEqual([
      'https://h.example/1',
      'https://h.example/2',
    ]);
  });

  it('reads webhooks from --config with ${ENV} expansion', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-config-'));
    writeFileSync(
      join(dir, 'faultline.yml'),
      'webhooks:\n  - type: generic\n    url: ${HOOK}\n    name: team\n',
    );
    const config = runConfig(
      ['report', '--config', 'faultline.yml'],
      { HOOK: 'https://h.example/team' },
      dir,
    );
    expect(config.paths).toEqual(DEFAULT_PATHS);
    expect(config.webhooks.endpoints).toEqual([
      expect.objectContaining({ name: 'team', type: 'generic', url: 'https://h.example/team' }),
    ]);
  });

  it('has parse read in full only the failures it lists; every other command reads them all', () => {
    expect(runConfig(['parse', 'a.xml']).spill).toEqual({ detailsOf: LISTED_FAILURES });
    expect(runConfig(['parse', 'a.xml', '--json']).spill).toEqual({});
    for (const command of ['report', 'explain']) expect(runConfig([command, 'a.xml']).spill).toEqual({});
    expect(runConfig(['run', '--', 'npm', 'test']).spill).toEqual({});
    expect(configFromInputs({ GITHUB_WORKSPACE: '/ws' }).spill).toEqual({});
  });

  it('answers help and version, and refuses bad usage', () => {
    expect(configFromArgv([], {}, '/').kind).toBe('help');
    expect(configFromArgv(['--version'], {}, '/').kind).toBe('version');
    expect(() => configFromArgv(['report', '--webhook', 'nourl'], {}, '/')).toThrow(
      /--webhook: takes TYPE=URL/,
    );
    expect(() => configFromArgv(['report', '--tracker', 'jira'], {}, '/')).toThrow(/unknown tracker "jira"/);
  });
});
