import { parse as parseYaml } from 'yaml';
import { type Endpoint, type EndpointBase, TRIGGERS, type Trigger } from '../destinations/destination.js';
import { optionalString, stringList } from '../destinations/fields.js';
import { destinationByType, destinationTypes } from '../destinations/registry.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { FailureKind } from '../model.js';

export interface WebhookConfig {
  endpoints: Endpoint[];
  /** One per bad entry; the good entries still run. */
  errors: ConfigError[];
  secrets: string[];
}

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** `${NAME}` in a value is read from the environment, so secrets stay out of files. */
function expandEnv(value: unknown, field: string, env: NodeJS.ProcessEnv): unknown {
  if (typeof value === 'string') {
    return value.replace(ENV_REF, (_, name: string) => {
      const found = env[name];
      if (found === undefined || found === '')
        throw new ConfigError(field, `environment variable ${name} is not set`);
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => expandEnv(item, `${field}[${index}]`, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, expandEnv(item, `${field}.${key}`, env)]),
    );
  }
  return value;
}

const COMMON_KEYS = new Set(['type', 'name', 'on', 'branches', 'kinds', 'username', 'channel', 'mention']);

function parseBase(
  entry: Record<string, unknown>,
  field: string,
  defaultOn: readonly Trigger[],
): EndpointBase {
  const name = optionalString(entry, 'name', field) ?? field;
  const on = stringList(entry, 'on', field) ?? [...defaultOn];
  for (const trigger of on) {
    if (!(TRIGGERS as readonly string[]).includes(trigger)) {
      throw new ConfigError(`${field}.on`, `unknown trigger "${trigger}" (use ${TRIGGERS.join(', ')})`);
    }
  }
  const base: EndpointBase = { name, on: on as Trigger[] };
  const branches = stringList(entry, 'branches', field);
  if (branches) base.branches = branches;
  const kinds = stringList(entry, 'kinds', field);
  if (kinds) {
    if (!kinds.every((kind) => kind === 'test' || kind === 'runtime'))
      throw new ConfigError(`${field}.kinds`, 'must list test and/or runtime');
    base.kinds = kinds as FailureKind[];
  }
  for (const key of ['username', 'channel', 'mention'] as const) {
    const value = optionalString(entry, key, field);
    if (value) base[key] = value;
  }
  return base;
}

function parseEntry(raw: unknown, field: string, env: NodeJS.ProcessEnv): Endpoint {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError(field, 'must be a mapping');
  const entry = expandEnv(raw, field, env) as Record<string, unknown>;
  const type = entry.type;
  if (typeof type !== 'string')
    throw new ConfigError(`${field}.type`, `is required (one of ${destinationTypes().join(', ')})`);
  const destination = destinationByType(type);
  if (!destination) {
    throw new ConfigError(
      `${field}.type`,
      `unknown type "${type}" (one of ${destinationTypes().join(', ')})`,
    );
  }
  const unknown = Object.keys(entry).find(
    (key) => !COMMON_KEYS.has(key) && !destination.fields.includes(key),
  );
  if (unknown)
    throw new ConfigError(
      `${field}.${unknown}`,
      `is not a field of ${type} endpoints (use ${[...COMMON_KEYS, ...destination.fields].join(', ')})`,
    );
  return destination.parseEndpoint(entry, field, parseBase(entry, field, destination.defaultOn));
}

/** Validates each endpoint entry on its own, so one bad entry never stops the others. */
export function parseWebhooks(
  entries: readonly unknown[],
  field: string,
  env: NodeJS.ProcessEnv,
): WebhookConfig {
  const result: WebhookConfig = { endpoints: [], errors: [], secrets: [] };
  entries.forEach((raw, index) => {
    const entryField = `${field}[${index}]`;
    try {
      const endpoint = parseEntry(raw, entryField, env);
      result.endpoints.push(endpoint);
      result.secrets.push(...(destinationByType(endpoint.type)?.secrets(endpoint) ?? []));
    } catch (error) {
      result.errors.push(
        error instanceof ConfigError ? error : new ConfigError(entryField, errorMessage(error)),
      );
      collectStrings(raw, result.secrets);
    }
  });
  return result;
}

const SECRET_KEY = /url|secret|token|key|dsn|password/i;

// A bad entry may still hold a secret (a URL with a typo in its type): mask what looks like one.
function collectStrings(value: unknown, into: string[], key = ''): void {
  if (typeof value === 'string') {
    if (SECRET_KEY.test(key) || value.includes('://')) into.push(value);
  } else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) collectStrings(item, into, name);
  }
}

export function parseWebhooksYaml(text: string, field: string, env: NodeJS.ProcessEnv): WebhookConfig {
  if (!text.trim()) return { endpoints: [], errors: [], secrets: [] };
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    // The YAML parser quotes the offending text, which may be a secret: keep only its position.
    const position = /at line (\d+), column (\d+)/.exec(errorMessage(error));
    throw new ConfigError(
      field,
      `is not valid YAML${position ? ` (line ${position[1]}, column ${position[2]})` : ''}`,
    );
  }
  if (value === null || value === undefined) return { endpoints: [], errors: [], secrets: [] };
  if (!Array.isArray(value)) throw new ConfigError(field, 'must be a YAML list of endpoints');
  return parseWebhooks(value, field, env);
}
