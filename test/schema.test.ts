import { describe, expect, it } from 'vitest';
import { reportSchemaErrors } from './helpers/schema.js';

const failure = {
  fingerprint: 'v0:0123456789abcdef',
  kind: 'test',
  flaky: false,
  test: { name: 't' },
  error: { message: 'boom', frames: [{ inApp: true }] },
  source: { path: 'a.xml', line: 3 },
};
const report = {
  schema: 'faultline.report/v1',
  summary: { tests: 1, passed: 0, failed: 1, skipped: 0, flaky: 0, durationMs: 5 },
  sources: [{ path: 'a.xml', format: 'junit' }],
  failures: [failure],
};

describe('schemas/report.v1.json', () => {
  it('accepts a minimal valid report', () => {
    expect(reportSchemaErrors(report)).toBe('');
  });

  it('refuses nulls, unknown fields, a test on a runtime failure, and a missing test on a test failure', () => {
    expect(
      reportSchemaErrors({ ...report, failures: [{ ...failure, error: { ...failure.error, type: null } }] }),
    ).not.toBe('');
    expect(reportSchemaErrors({ ...report, extra: 1 })).not.toBe('');
    expect(reportSchemaErrors({ ...report, failures: [{ ...failure, kind: 'runtime' }] })).not.toBe('');
    const { test: _omitted, ...withoutTest } = failure;
    expect(reportSchemaErrors({ ...report, failures: [withoutTest] })).not.toBe('');
    expect(reportSchemaErrors({ ...report, failures: [{ ...withoutTest, kind: 'runtime' }] })).toBe('');
  });
});
