import type { AlertItem, AlertStatus } from '../destinations/alert.js';
import { GENERIC_SCHEMA } from '../destinations/generic.js';
import type { Failure, Frame, RunContext, Summary } from '../model.js';

// Reads faultline's generic webhook body (schemas/webhook-generic.v1.json), plain or in its
// CloudEvents envelope, into typed values. Everything in it is attacker-controlled until the
// signature is checked, and still untrusted after: strings are kept as strings, never markup.

export interface IncomingAlert {
  id: string;
  /** The sender's time, as it wrote it. */
  timestamp: string;
  summary: Summary;
  run: RunContext;
  runUrl?: string;
  items: AlertItem[];
  omittedItems: number;
}

export type Reading = { ok: true; alert: IncomingAlert } | { ok: false; reason: string };

type Json = Record<string, unknown>;

const STATUSES: readonly AlertStatus[] = ['new', 'regressed', 'recurring', 'recovered'];
const FINGERPRINT = /^v[0-9]+:[0-9a-f]{16,64}$/;
const RUN_KEYS = [
  'repository',
  'serverUrl',
  'runId',
  'runAttempt',
  'workflow',
  'job',
  'sha',
  'ref',
  'branch',
];
const SUMMARY_KEYS = ['tests', 'passed', 'failed', 'skipped', 'flaky', 'durationMs'] as const;

class Invalid extends Error {}

function record(value: unknown, field: string): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Invalid(`${field} must be an object`);
  return value as Json;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Invalid(`${field} must be a string`);
  return value;
}

function optionalText(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : text(value, field);
}

function count(value: unknown, field: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0)
    throw new Invalid(`${field} must be a whole number`);
  return value as number;
}

function frames(value: unknown, field: string): Frame[] {
  if (!Array.isArray(value)) throw new Invalid(`${field} must be an array`);
  return value.map((raw, index) => {
    const entry = record(raw, `${field}[${index}]`);
    const frame: Frame = { inApp: entry.inApp === true };
    for (const key of ['file', 'function', 'module'] as const) {
      const found = optionalText(entry[key], `${field}[${index}].${key}`);
      if (found !== undefined) frame[key] = found;
    }
    for (const key of ['line', 'column'] as const) {
      if (entry[key] !== undefined) frame[key] = count(entry[key], `${field}[${index}].${key}`);
    }
    return frame;
  });
}

function failure(raw: unknown, field: string, fingerprint: string, flaky: boolean): Failure {
  const entry = record(raw, field);
  const kind = entry.kind;
  if (kind !== 'test' && kind !== 'runtime') throw new Invalid(`${field}.kind must be test or runtime`);
  const error = record(entry.error, `${field}.error`);
  const grouping = record(entry.grouping, `${field}.grouping`);
  const type = optionalText(error.type, `${field}.error.type`);
  const result: Failure = {
    kind,
    flaky,
    fingerprint,
    error: {
      ...(type !== undefined ? { type } : {}),
      message: text(error.message, `${field}.error.message`),
      frames: frames(error.frames, `${field}.error.frames`),
    },
    // The sender keeps report paths to itself; a forwarded alert names none.
    source: { path: '' },
    grouping: {
      version: text(grouping.version, `${field}.grouping.version`),
      basis: text(grouping.basis, `${field}.grouping.basis`) as Failure['grouping']['basis'],
      components: record(grouping.components ?? {}, `${field}.grouping.components`),
    },
  };
  if (entry.test !== undefined) {
    const test = record(entry.test, `${field}.test`);
    result.test = { name: text(test.name, `${field}.test.name`) };
    for (const key of ['suite', 'classname', 'file'] as const) {
      const found = optionalText(test[key], `${field}.test.${key}`);
      if (found !== undefined) result.test[key] = found;
    }
  }
  return result;
}

function item(raw: unknown, field: string): AlertItem {
  const entry = record(raw, field);
  const fingerprint = text(entry.fingerprint, `${field}.fingerprint`);
  if (!FINGERPRINT.test(fingerprint))
    throw new Invalid(`${field}.fingerprint is not a faultline fingerprint`);
  const status = entry.status;
  if (!STATUSES.includes(status as AlertStatus))
    throw new Invalid(`${field}.status must be one of ${STATUSES.join(', ')}`);
  if (typeof entry.flaky !== 'boolean') throw new Invalid(`${field}.flaky must be true or false`);
  if (!Array.isArray(entry.tests)) throw new Invalid(`${field}.tests must be an array`);
  const result: AlertItem = {
    fingerprint,
    status: status as AlertStatus,
    title: text(entry.title, `${field}.title`),
    flaky: entry.flaky,
    tests: entry.tests.map((test, index) => text(test, `${field}.tests[${index}]`)),
  };
  if (entry.issue !== undefined) {
    const issue = record(entry.issue, `${field}.issue`);
    const url = optionalText(issue.url, `${field}.issue.url`);
    result.issue = { number: count(issue.number, `${field}.issue.number`), ...(url ? { url } : {}) };
  }
  if (entry.failure !== undefined)
    result.failure = failure(entry.failure, `${field}.failure`, fingerprint, entry.flaky);
  return result;
}

function data(raw: unknown): Omit<IncomingAlert, 'id' | 'timestamp'> {
  const entry = record(raw, 'data');
  const summaryIn = record(entry.summary, 'data.summary');
  const summary = Object.fromEntries(
    SUMMARY_KEYS.map((key) => [key, count(summaryIn[key], `data.summary.${key}`)]),
  ) as unknown as Summary;
  const runIn = record(entry.run, 'data.run');
  const run: RunContext = {};
  for (const key of RUN_KEYS) {
    const found = optionalText(runIn[key], `data.run.${key}`);
    if (found !== undefined) run[key as keyof RunContext] = found;
  }
  if (!Array.isArray(entry.items)) throw new Invalid('data.items must be an array');
  const runUrl = optionalText(entry.runUrl, 'data.runUrl');
  return {
    summary,
    run,
    ...(runUrl !== undefined ? { runUrl } : {}),
    items: entry.items.map((raw, index) => item(raw, `data.items[${index}]`)),
    omittedItems: entry.omittedItems === undefined ? 0 : count(entry.omittedItems, 'data.omittedItems'),
  };
}

/** A parsed JSON value → a faultline alert, or why it is not one. */
export function readAlert(value: unknown): Reading {
  try {
    const body = record(value, 'the body');
    if (body.specversion === '1.0') {
      if (body.type !== 'dev.faultline.alert.v1')
        throw new Invalid('CloudEvents type must be dev.faultline.alert.v1');
      const timestamp = optionalText(body.time, 'time') ?? '';
      return { ok: true, alert: { id: text(body.id, 'id'), timestamp, ...data(body.data) } };
    }
    if (body.type !== 'faultline.alert') throw new Invalid('type must be faultline.alert');
    if (body.schema !== GENERIC_SCHEMA) throw new Invalid(`schema must be ${GENERIC_SCHEMA}`);
    return {
      ok: true,
      alert: { id: text(body.id, 'id'), timestamp: text(body.timestamp, 'timestamp'), ...data(body.data) },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}
