import { parse as parseYaml } from 'yaml';
import type { Endpoint } from '../destinations/destination.js';
import { destinationByType, destinationTypes } from '../destinations/registry.js';
import { ConfigError, errorMessage } from '../errors.js';

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
  // Unnamed endpoints are called by their place in the list, never by their URL.
  const name = typeof entry.name === 'string' && entry.name ? entry.name : field;
  return destination.parseEndpoint(entry, field, name);
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
