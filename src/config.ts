import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type FileConfig, readConfigFile } from './config/file.js';
import { githubTrackerConfig } from './config/github.js';
import { type ServeConfig, serveConfigFromArgv } from './config/serve.js';
import { parseWebhooks, parseWebhooksYaml, type WebhookConfig } from './config/webhooks.js';
import { type WorkflowRunConfig, workflowRunConfig } from './config/workflow-run.js';
import { ConfigError, errorMessage } from './errors.js';
import { GROUP_BY, type GroupBy } from './fingerprint/components.js';
import type { FingerprintOptions } from './fingerprint/fingerprint.js';
import type { GitHubTrackerConfig } from './issues/github-config.js';
import { trackerNames } from './issues/registry.js';
import type { InAppRules } from './logs/in-app.js';
import type { RunContext } from './model.js';
import { formatNames } from './parsers/registry.js';
import { LISTED_FAILURES } from './render/terminal.js';
import type { SpillOptions } from './sources/failure-spill.js';

// The only reader of action inputs (INPUT_* variables) and CLI flags. Everything past
// this file gets one typed, validated Config.

export const FAIL_ON = ['failures', 'parse-errors', 'delivery-errors'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export type Command = 'parse' | 'report' | 'explain' | 'run';

export const DEFAULT_PATHS = [
  '**/TEST-*.xml',
  '**/*junit*.xml',
  '**/test-results/**/*.xml',
  '**/test-reports/**/*.xml',
];
export const DEFAULT_OUTPUT_DIR = '.faultline';

export interface Config {
  command: Command;
  paths: string[];
  /** Raw logs to scan for runtime errors: paths, folders or globs. */
  logs: string[];
  /** Read a log from standard input (`cmd 2>&1 | faultline report --stdin`). */
  stdin: boolean;
  /** `faultline run -- cmd args`: the command to run and triage when it fails. */
  commandLine?: string[];
  /** The project's corrections to which stack frames are its own code. */
  inApp: InAppRules;
  /** workflow_run mode: triage that finished run through the API. */
  workflowRun?: WorkflowRunConfig & {
    token: string;
    owner: string;
    repo: string;
    apiUrl: string;
    pullRequest?: number;
  };
  format: string;
  cwd: string;
  workspace: string;
  outputDir: string;
  tracker: string;
  /** The GitHub tracker's settings, when tracker is github. */
  github?: GitHubTrackerConfig;
  webhooks: WebhookConfig;
  failOn: FailOn[];
  run: RunContext;
  /** Every value to mask: URLs, secrets, tokens. */
  secrets: string[];
  fingerprint: FingerprintOptions;
  /** How many failures stay whole in memory; the rest wait in a temporary file. */
  spill: SpillOptions;
  /** Reports totalling this many bytes or more are parsed in a worker thread. */
  parseThreadFromBytes?: number;
  delivery: { budgetMs: number };
  /** explain: only failures whose test name contains this. */
  testFilter?: string;
  json: boolean;
  verbose: boolean;
}

export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; config: Config }
  | { kind: 'serve'; config: ServeConfig };

function isFailOn(value: string): value is FailOn {
  return (FAIL_ON as readonly string[]).includes(value);
}

function listOf(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function failOnList(text: string, field: string): FailOn[] {
  const values = listOf(text);
  for (const value of values) {
    if (value !== 'never' && !isFailOn(value))
      throw new ConfigError(field, `unknown value "${value}" (use ${FAIL_ON.join(', ')} or never)`);
  }
  return values.filter(isFailOn);
}

function checkFormat(format: string, field: string): string {
  if (format !== 'auto' && !formatNames().includes(format)) {
    throw new ConfigError(field, `unknown format "${format}" (use auto, ${formatNames().join(', ')})`);
  }
  return format;
}

/** `auto`: GitHub when there is a token and a repository, the local store otherwise. */
function chooseTracker(value: string, field: string, token: string, repository: string | undefined): string {
  if (value === 'auto' || value === '') return token && repository ? 'github' : 'local';
  return checkTracker(value, field);
}

function checkTracker(tracker: string, field: string): string {
  if (!trackerNames().includes(tracker))
    throw new ConfigError(field, `unknown tracker "${tracker}" (use ${trackerNames().join(', ')})`);
  return tracker;
}

const DEFAULT_WEBHOOK_BUDGET_S = 60;

function seconds(value: string | undefined, field: string): number {
  if (!value) return DEFAULT_WEBHOOK_BUDGET_S * 1000;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw new ConfigError(field, 'must be a number of seconds above 0');
  return parsed * 1000;
}

function isGroupBy(value: string): value is GroupBy {
  return (GROUP_BY as readonly string[]).includes(value);
}

/** `detailsOf`: how many failures the command reads in full, when not all (see SpillOptions). */
function memoryOptions(file: FileConfig, detailsOf?: number): Pick<Config, 'spill' | 'parseThreadFromBytes'> {
  const { failuresInMemory, failuresInMemoryMb, parseThreadFromMb } = file.memory;
  // What is unset here takes its default where the report is parsed (spillLimits, failure-spill.ts).
  return {
    spill: {
      ...(failuresInMemory === undefined ? {} : { keepInMemory: failuresInMemory }),
      ...(failuresInMemoryMb === undefined ? {} : { keepInMemoryBytes: failuresInMemoryMb * 1024 * 1024 }),
      ...(detailsOf === undefined ? {} : { detailsOf }),
    },
    ...(parseThreadFromMb === undefined ? {} : { parseThreadFromBytes: parseThreadFromMb * 1024 * 1024 }),
  };
}

function fingerprintOptions(flag: string | undefined, field: string, file: FileConfig): FingerprintOptions {
  const value = flag || file.groupBy || 'error';
  if (!isGroupBy(value))
    throw new ConfigError(field, `unknown value "${value}" (use ${GROUP_BY.join(' or ')})`);
  return { groupBy: value, rules: file.fingerprints };
}

function runContext(env: NodeJS.ProcessEnv): RunContext {
  const keys: Array<[keyof RunContext, string]> = [
    ['repository', 'GITHUB_REPOSITORY'],
    ['serverUrl', 'GITHUB_SERVER_URL'],
    ['runId', 'GITHUB_RUN_ID'],
    ['runAttempt', 'GITHUB_RUN_ATTEMPT'],
    ['workflow', 'GITHUB_WORKFLOW'],
    ['job', 'GITHUB_JOB'],
    ['sha', 'GITHUB_SHA'],
    ['ref', 'GITHUB_REF'],
  ];
  const context: RunContext = {};
  for (const [key, name] of keys) {
    const value = env[name];
    if (value) context[key] = value;
  }
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
  if (branch) context.branch = branch;
  return context;
}

/** The runner's rule: INPUT_ + the name upper-cased, spaces as underscores, hyphens kept. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function booleanInput(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = input(env, name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigError(name, `must be true or false, not "${value}"`);
}

export function configFromInputs(env: NodeJS.ProcessEnv): Config {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const configPath = input(env, 'config');
  const file = readConfigFile(configPath ? resolve(workspace, configPath) : undefined, 'config');
  const fromInput = parseWebhooksYaml(input(env, 'webhooks'), 'webhooks', env);
  const fromFile = parseWebhooks(file.webhooks, `${configPath}: webhooks`, env);
  const webhooks = {
    endpoints: [...fromInput.endpoints, ...fromFile.endpoints],
    errors: [...fromInput.errors, ...fromFile.errors],
    secrets: [...fromInput.secrets, ...fromFile.secrets],
  };
  const paths = listOf(input(env, 'paths'));
  const triaged = workflowRunConfig((name) => input(env, name), env);
  // In workflow_run mode the run being triaged, not this one, is what issues and links describe,
  // and its own event (push, pull_request…) is what the issue policy judges.
  const run = triaged
    ? { ...pick(runContext(env), 'repository', 'serverUrl'), ...triaged.run }
    : runContext(env);
  const policyEnv = triaged?.config.event ? { ...env, GITHUB_EVENT_NAME: triaged.config.event } : env;
  const tracker = chooseTracker(
    input(env, 'issue-tracker'),
    'issue-tracker',
    input(env, 'github-token'),
    env.GITHUB_REPOSITORY,
  );
  return {
    command: 'report',
    paths: paths.length > 0 ? paths : triaged ? [] : DEFAULT_PATHS,
    logs: listOf(input(env, 'logs')),
    ...(triaged ? { workflowRun: workflowRunSettings(triaged, (name) => input(env, name), env) } : {}),
    stdin: false,
    inApp: file.inApp,
    ...memoryOptions(file),
    format: checkFormat(input(env, 'format') || 'auto', 'format'),
    cwd: workspace,
    workspace,
    outputDir: resolve(workspace, input(env, 'output-dir') || DEFAULT_OUTPUT_DIR),
    tracker,
    ...(tracker === 'github'
      ? { github: githubTrackerConfig((name) => input(env, name), policyEnv, run) }
      : {}),
    webhooks,
    failOn: [
      ...failOnList(input(env, 'fail-on'), 'fail-on'),
      ...(booleanInput(env, 'fail-on-delivery-error') ? (['delivery-errors'] as const) : []),
    ],
    run,
    secrets: [...webhooks.secrets, ...(input(env, 'github-token') ? [input(env, 'github-token')] : [])],
    fingerprint: fingerprintOptions(input(env, 'group-by'), 'group-by', file),
    delivery: { budgetMs: seconds(input(env, 'webhook-budget'), 'webhook-budget') },
    json: false,
    verbose: booleanInput(env, 'verbose'),
  };
}

function pick<T extends object, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}

function workflowRunSettings(
  triaged: NonNullable<ReturnType<typeof workflowRunConfig>>,
  read: (name: string) => string,
  env: NodeJS.ProcessEnv,
): NonNullable<Config['workflowRun']> {
  const token = read('github-token');
  if (!token)
    throw new ConfigError('github-token', 'is required to triage a workflow run (permission actions: read)');
  const [owner, repo, extra] = (read('repository') || env.GITHUB_REPOSITORY || '').split('/');
  if (!owner || !repo || extra !== undefined)
    throw new ConfigError('repository', 'must be owner/name to triage a workflow run');
  return {
    ...triaged.config,
    token,
    owner,
    repo,
    apiUrl: (read('github-api-url') || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    ...(triaged.pullRequest ? { pullRequest: triaged.pullRequest } : {}),
  };
}

function cliWebhooks(file: FileConfig, shorthand: readonly string[], env: NodeJS.ProcessEnv): WebhookConfig {
  if (file.webhooks !== undefined && !Array.isArray(file.webhooks))
    throw new ConfigError('webhooks', 'must be a YAML list of endpoints');
  const entries: unknown[] = [...((file.webhooks as unknown[] | undefined) ?? [])];
  for (const item of shorthand) {
    const at = item.indexOf('=');
    if (at <= 0) throw new ConfigError('--webhook', 'takes TYPE=URL');
    entries.push({ type: item.slice(0, at), url: item.slice(at + 1) });
  }
  return parseWebhooks(entries, 'webhooks', env);
}

const COMMANDS: readonly Command[] = ['report', 'parse', 'explain', 'run'];

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}

export function configFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliRequest {
  // `faultline serve` has flags of its own (src/config/serve.ts).
  if (argv[0] === 'serve')
    return argv.includes('--help') || argv.includes('-h')
      ? { kind: 'help' }
      : { kind: 'serve', config: serveConfigFromArgv(argv.slice(1), env, cwd) };
  // `faultline run [options] -- cmd args`: everything after the first `--` is the command, untouched.
  const dashes = argv.indexOf('--');
  const commandLine = dashes < 0 ? undefined : argv.slice(dashes + 1);
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(dashes < 0 ? argv : argv.slice(0, dashes));
  } catch (error) {
    throw new ConfigError('arguments', errorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (values.help || command === undefined || command === 'help') return { kind: 'help' };
  if (!isCommand(command)) {
    throw new ConfigError('command', `unknown command "${command}" (use ${COMMANDS.join(', ')})`);
  }
  const logs = values.logs ?? [];
  const stdin = values.stdin ?? false;
  if ((command === 'parse' || command === 'explain') && paths.length === 0 && logs.length === 0 && !stdin)
    throw new ConfigError(command, 'needs at least one path or glob (or --logs, --stdin)');
  if (command === 'run' && (commandLine === undefined || commandLine.length === 0))
    throw new ConfigError('run', 'needs a command after "--" (faultline run -- npm test)');
  if (command !== 'run' && commandLine !== undefined)
    throw new ConfigError(command, 'takes no command after "--" (did you mean faultline run?)');
  if (command === 'run' && stdin) throw new ConfigError('--stdin', 'cannot be used with run');
  const file = readConfigFile(values.config ? resolve(cwd, values.config) : undefined, '--config');
  const webhooks = cliWebhooks(file, values.webhook ?? [], env);
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const run = runContext(env);
  const tracker = chooseTracker(
    values.tracker ?? 'local',
    '--tracker',
    env.GITHUB_TOKEN ?? '',
    values.repo ?? env.GITHUB_REPOSITORY,
  );
  return {
    kind: 'run',
    config: {
      command,
      paths: paths.length > 0 ? paths : command === 'run' || logs.length > 0 || stdin ? [] : DEFAULT_PATHS,
      logs,
      stdin,
      ...(commandLine ? { commandLine } : {}),
      inApp: file.inApp,
      // `parse` without --json prints the first failures and counts the rest.
      ...memoryOptions(file, command === 'parse' && !values.json ? LISTED_FAILURES : undefined),
      format: checkFormat(values.format ?? 'auto', '--format'),
      cwd,
      workspace,
      outputDir: resolve(cwd, values.out ?? DEFAULT_OUTPUT_DIR),
      tracker,
      ...(tracker === 'github'
        ? { github: githubTrackerConfig(cliGitHubSetting(values, env), env, run) }
        : {}),
      webhooks,
      failOn: failOnList(values['fail-on'] ?? '', '--fail-on'),
      run,
      secrets: [...webhooks.secrets, ...(env.GITHUB_TOKEN ? [env.GITHUB_TOKEN] : [])],
      fingerprint: fingerprintOptions(values['group-by'], '--group-by', file),
      delivery: { budgetMs: seconds(values['webhook-budget'], '--webhook-budget') },
      ...(values.test ? { testFilter: values.test } : {}),
      json: values.json ?? false,
      verbose: values.verbose ?? false,
    },
  };
}

/** The CLI's GitHub settings: the token from GITHUB_TOKEN, the rest from flags. */
function cliGitHubSetting(values: ReturnType<typeof parseCliArgs>['values'], env: NodeJS.ProcessEnv) {
  const settings: Record<string, string | undefined> = {
    'github-token': env.GITHUB_TOKEN,
    repository: values.repo,
    'close-after': values['close-after'],
    'github-api-url': values['github-api-url'],
    'converge-delay': values['converge-delay'],
    'write-spacing': values['write-spacing'],
  };
  return (name: string) => settings[name] ?? '';
}

function parseCliArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      json: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      webhook: { type: 'string', multiple: true },
      logs: { type: 'string', short: 'l', multiple: true },
      stdin: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      tracker: { type: 'string' },
      repo: { type: 'string' },
      'close-after': { type: 'string' },
      'github-api-url': { type: 'string' },
      'converge-delay': { type: 'string' },
      'write-spacing': { type: 'string' },
      'fail-on': { type: 'string' },
      'group-by': { type: 'string' },
      'webhook-budget': { type: 'string' },
      test: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}
