import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { secretKey } from '../destinations/standard-webhooks.js';
import { ConfigError, errorMessage } from '../errors.js';
import { readConfigFile } from './file.js';
import { parseWebhooks, type WebhookConfig } from './webhooks.js';

// `faultline serve`'s flags and environment, read once into one typed ServeConfig.

export interface ServeConfig {
  host: string;
  port: number;
  /** Folder of the database; created when missing. */
  dataDir: string;
  /** Standard Webhooks secrets; several at once while a secret rotates. */
  secrets: string[];
  toleranceSeconds: number;
  maxBodyBytes: number;
  /** Where new and regressed fingerprints are forwarded (the webhook list of faultline.yml). */
  forward: WebhookConfig;
  /** An append-only NDJSON file that also gets every stored event, for those who want plain files. */
  ndjson?: string;
  /** Every value to mask in logs and errors. */
  masked: string[];
  verbose: boolean;
}

export const SERVE_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  dataDir: './faultline-data',
  // Standard Webhooks' reference libraries allow five minutes of clock skew and delay.
  toleranceSeconds: 300,
  // faultline's generic payload stays under 20 KB; a megabyte leaves room for other senders.
  maxBodyBytes: 1 << 20,
} as const;

export const SECRET_ENV = 'FAULTLINE_SERVE_SECRET';

function integer(
  value: string | undefined,
  field: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(field, `must be a whole number from ${min} to ${max}`);
  const parsed = Number(value);
  if (parsed < min || parsed > max) throw new ConfigError(field, `must be from ${min} to ${max}`);
  return parsed;
}

/** `--secret` may repeat, and the variable may hold several, split by spaces or commas. */
function secretList(flags: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const fromEnv = (env[SECRET_ENV] ?? '').split(/[\s,]+/);
  const secrets = [...flags, ...fromEnv].map((secret) => secret.trim()).filter(Boolean);
  if (secrets.length === 0)
    throw new ConfigError('--secret', `is required (or set ${SECRET_ENV}): unsigned webhooks are refused`);
  secrets.forEach((secret, index) => {
    // Never echo the value: name it by position only.
    if (secretKey(secret).length < 8)
      throw new ConfigError(
        `--secret #${index + 1}`,
        'must be a whsec_<base64> secret of at least 8 bytes, as faultline signs with it',
      );
  });
  return [...new Set(secrets)];
}

/** A faultline.yml (its `webhooks:`) or a bare YAML list of endpoints; a bad entry stops the server. */
function forwardConfig(path: string | undefined, cwd: string, env: NodeJS.ProcessEnv): WebhookConfig {
  if (!path) return { endpoints: [], errors: [], secrets: [] };
  const full = resolve(cwd, path);
  let value: unknown;
  try {
    value = parseYaml(readFileSync(full, 'utf8'));
  } catch (error) {
    // YAML errors quote the source, which may hold a secret: keep the first line only.
    throw new ConfigError('--forward', `cannot read ${path}: ${errorMessage(error).split('\n')[0]}`);
  }
  const entries = Array.isArray(value) ? value : readConfigFile(full, '--forward').webhooks;
  const webhooks = parseWebhooks(entries, `${path}: webhooks`, env);
  const [first] = webhooks.errors;
  if (first) throw first;
  return webhooks;
}

export function serveConfigFromArgv(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): ServeConfig {
  let parsed: ReturnType<typeof parseServeArgs>;
  try {
    parsed = parseServeArgs(argv);
  } catch (error) {
    throw new ConfigError('serve', errorMessage(error));
  }
  const { values } = parsed;
  const secrets = secretList(values.secret ?? [], env);
  const forward = forwardConfig(values.forward, cwd, env);
  return {
    host: values.host ?? SERVE_DEFAULTS.host,
    port: integer(values.port, '--port', SERVE_DEFAULTS.port, 0, 65_535),
    dataDir: resolve(cwd, values.data ?? SERVE_DEFAULTS.dataDir),
    secrets,
    toleranceSeconds: integer(values.tolerance, '--tolerance', SERVE_DEFAULTS.toleranceSeconds, 1, 86_400),
    maxBodyBytes: integer(values['max-body'], '--max-body', SERVE_DEFAULTS.maxBodyBytes, 1024, 64 << 20),
    forward,
    ...(values.ndjson ? { ndjson: resolve(cwd, values.ndjson) } : {}),
    masked: [...secrets, ...forward.secrets],
    verbose: values.verbose ?? false,
  };
}

function parseServeArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: false,
    strict: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      data: { type: 'string', short: 'd' },
      secret: { type: 'string', multiple: true },
      forward: { type: 'string' },
      tolerance: { type: 'string' },
      'max-body': { type: 'string' },
      ndjson: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
    },
  });
}
