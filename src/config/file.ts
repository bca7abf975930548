import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ConfigError, errorMessage } from '../errors.js';
import { type FingerprintRule, parseFingerprintRules } from '../fingerprint/rules.js';
import { type InAppRules, NO_IN_APP_RULES } from '../logs/in-app.js';

/** faultline.yml: the settings too rich for flags or action inputs. */
export interface FileConfig {
  webhooks: unknown[];
  fingerprints: FingerprintRule[];
  groupBy?: string;
  inApp: InAppRules;
  memory: MemorySettings;
}

/** How faultline keeps a big report within its memory budget (README, "Big reports"). */
export interface MemorySettings {
  /** Failures kept whole in memory; the rest wait in a temporary file until read. */
  failuresInMemory?: number;
  /** MiB of memory the failures kept whole may take. */
  failuresInMemoryMb?: number;
  /** Reports totalling this many MiB or more are parsed in a worker thread. */
  parseThreadFromMb?: number;
}

const KEYS = new Set(['webhooks', 'fingerprints', 'group-by', 'in-app', 'memory']);
const MEMORY_KEYS: Record<string, keyof MemorySettings> = {
  'failures-in-memory': 'failuresInMemory',
  'failures-in-memory-mb': 'failuresInMemoryMb',
  'parse-thread-from-mb': 'parseThreadFromMb',
};

// memory: { failures-in-memory: 1000, failures-in-memory-mb: 6, parse-thread-from-mb: 256 }
function memorySettings(value: unknown, field: string): MemorySettings {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(field, `must be a mapping with ${Object.keys(MEMORY_KEYS).join(', ')}`);
  const settings: MemorySettings = {};
  for (const [key, amount] of Object.entries(value as Record<string, unknown>)) {
    const name = MEMORY_KEYS[key];
    if (!name)
      throw new ConfigError(`${field}: ${key}`, `unknown key (use ${Object.keys(MEMORY_KEYS).join(', ')})`);
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0)
      throw new ConfigError(`${field}: ${key}`, 'must be a whole number, 0 or more');
    settings[name] = amount;
  }
  return settings;
}

function globList(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new ConfigError(field, 'must be a list of globs');
  return value as string[];
}

// in-app: { include: [globs], exclude: [globs] }, matched on a frame's file or module.
function inAppRules(value: unknown, field: string): InAppRules {
  if (value === undefined || value === null) return NO_IN_APP_RULES;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(field, 'must be a mapping with include and exclude');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'include' && key !== 'exclude')
      throw new ConfigError(`${field}: ${key}`, 'unknown key (use include, exclude)');
  }
  return {
    include: globList(record.include, `${field}: include`),
    exclude: globList(record.exclude, `${field}: exclude`),
  };
}

export function readConfigFile(path: string | undefined, field: string): FileConfig {
  if (!path) return { webhooks: [], fingerprints: [], inApp: NO_IN_APP_RULES, memory: {} };
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    // Keep the first line only: YAML errors quote the source, which may hold a secret.
    throw new ConfigError(field, `cannot read ${path}: ${errorMessage(error).split('\n')[0]}`);
  }
  if (value === null || value === undefined)
    return { webhooks: [], fingerprints: [], inApp: NO_IN_APP_RULES, memory: {} };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(field, `${path} must be a YAML mapping`);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KEYS.has(key)) throw new ConfigError(`${path}: ${key}`, `unknown key (use ${[...KEYS].join(', ')})`);
  }
  if (record.webhooks !== undefined && !Array.isArray(record.webhooks)) {
    throw new ConfigError(`${path}: webhooks`, 'must be a YAML list of endpoints');
  }
  const groupBy = record['group-by'];
  if (groupBy !== undefined && typeof groupBy !== 'string')
    throw new ConfigError(`${path}: group-by`, 'must be a string');
  return {
    webhooks: (record.webhooks as unknown[] | undefined) ?? [],
    fingerprints: parseFingerprintRules(record.fingerprints, `${path}: fingerprints`),
    ...(groupBy ? { groupBy } : {}),
    inApp: inAppRules(record['in-app'], `${path}: in-app`),
    memory: memorySettings(record.memory, `${path}: memory`),
  };
}
