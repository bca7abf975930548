import { errorLine as typedErrorLine } from '../render/title.js';
import type { AlertItem, AlertStatus } from './alert.js';
import type { AlertEvent } from './destination.js';

// The content of a chat message: one per run, worst news first. Destinations format it in
// their own markup and cut it to their own limits.

export const STATUS_LABEL: Record<AlertStatus, string> = {
  regressed: 'Regressed',
  new: 'New',
  recurring: 'Still failing',
  recovered: 'Recovered',
};

export function headline(event: AlertEvent): string {
  const count = (status: AlertStatus) => event.items.filter((item) => item.status === status).length;
  const parts = (['regressed', 'new', 'recurring', 'recovered'] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `${count(status)} ${STATUS_LABEL[status].toLowerCase()}`);
  const where = [event.run.repository, event.run.branch].filter(Boolean).join(' on ');
  return `faultline: ${parts.join(', ') || 'no alerts'}${where ? ` in ${where}` : ''}`;
}

export function countsLine(event: AlertEvent): string {
  const s = event.summary;
  return `${s.tests} tests: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.flaky} flaky`;
}

/** The first line of the error, typed: "TypeError: boom". */
export function errorLine(item: AlertItem): string {
  const error = item.failure?.error;
  return error ? typedErrorLine(error) : 'no longer failing';
}

export function testsLine(item: AlertItem): string {
  if (item.tests.length === 0) return '';
  const [first, ...rest] = item.tests;
  return rest.length > 0
    ? `${first} (+${rest.length} more test${rest.length > 1 ? 's' : ''})`
    : (first ?? '');
}

/** Items in order with at most `max` shown, and how many were left out. */
export function shown(event: AlertEvent, max: number): { items: readonly AlertItem[]; omitted: number } {
  return { items: event.items.slice(0, max), omitted: Math.max(0, event.items.length - max) };
}
