import { ConfigError } from '../errors.js';
import type { AlertItem } from './alert.js';

// Event services (PagerDuty, Datadog, Sentry) get one event per fingerprint. A run with
// thousands of new fingerprints must not flood them, so each endpoint sends at most
// `max-events` (default 20) and the summary says how many were held back.
export const DEFAULT_MAX_EVENTS = 20;

export function maxEvents(entry: Readonly<Record<string, unknown>>, field: string): number {
  const value = entry['max-events'];
  if (value === undefined) return DEFAULT_MAX_EVENTS;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 1000) {
    throw new ConfigError(`${field}.max-events`, 'must be a whole number from 1 to 1000');
  }
  return number;
}

export function capped(
  items: readonly AlertItem[],
  max: number,
): { items: readonly AlertItem[]; held: number } {
  return { items: items.slice(0, max), held: Math.max(0, items.length - max) };
}
