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
}

const KEYS = new Set(['webhooks', 'fingerprints', 'group-by', 'in-app']);

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
  if (!path) return { webhooks: [], fingerprints: [], inApp: NO_IN_APP_RULES };
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    // Keep the first line only: YAML errors quote the source, which may hold a secret.
    throw new ConfigError(field, `cannot read ${path}: ${errorMessage(error).split('\n')[0]}`);
  }
  if (value === null || value === undefined)
    return { webhooks: [], fingerprints: [], inApp: NO_IN_APP_RULES };
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
  };
}
