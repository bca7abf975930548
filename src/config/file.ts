import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ConfigError, errorMessage } from '../errors.js';
import { type FingerprintRule, parseFingerprintRules } from '../fingerprint/rules.js';

/** faultline.yml: the settings too rich for flags or action inputs. */
export interface FileConfig {
  webhooks: unknown[];
  fingerprints: FingerprintRule[];
  groupBy?: string;
}

const KEYS = new Set(['webhooks', 'fingerprints', 'group-by']);

export function readConfigFile(path: string | undefined, field: string): FileConfig {
  if (!path) return { webhooks: [], fingerprints: [] };
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    // Keep the first line only: YAML errors quote the source, which may hold a secret.
    throw new ConfigError(field, `cannot read ${path}: ${errorMessage(error).split('\n')[0]}`);
  }
  if (value === null || value === undefined) return { webhooks: [], fingerprints: [] };
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
  };
}
