import { ConfigError } from '../errors.js';

// Validators for destination config fields. Each names the exact field on error and never
// echoes the value, which may be a secret.

type Entry = Readonly<Record<string, unknown>>;

export function optionalString(entry: Entry, key: string, field: string): string | undefined {
  const value = entry[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ConfigError(`${field}.${key}`, 'must be a string');
  return value;
}

export function requiredString(entry: Entry, key: string, field: string): string {
  const value = optionalString(entry, key, field);
  if (value === undefined) throw new ConfigError(`${field}.${key}`, 'is required');
  return value;
}

export function requiredUrl(entry: Entry, key: string, field: string, schemes = ['https:', 'http:']): URL {
  const value = requiredString(entry, key, field);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${field}.${key}`, 'is not a valid URL');
  }
  if (!schemes.includes(url.protocol))
    throw new ConfigError(`${field}.${key}`, `must be ${schemes.join(' or ')}`);
  return url;
}

export function oneOf<T extends string>(
  entry: Entry,
  key: string,
  field: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = optionalString(entry, key, field) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${field}.${key}`, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function stringList(entry: Entry, key: string, field: string): string[] | undefined {
  const value = entry[key];
  if (value === undefined || value === null) return undefined;
  const list = typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
    throw new ConfigError(`${field}.${key}`, 'must be a list of strings');
  }
  return list;
}
