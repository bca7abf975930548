import { describe, expect, it } from 'vitest';
import type { Failure, Report } from '../../src/model.js';
import { cell, renderSummaryMarkdown } from '../../src/render/summary.js';

const hostile: Failure = {
  fingerprint: 'v0:00000000000000aa',
  kind: 'test',
  flaky: true,
  test: { name: 'pipes | and <img src=x> @everyone', classname: 'suite' },
  error: {
    type: 'Error',
    message: 'line one\nline two',
    frames: [{ file: 'src/a.ts', line: 4, inApp: true }],
  },
  source: { path: 'r.xml', line: 2 },
  grouping: { version: 'v1', basis: 'test-error', components: { type: 'Error' } },
};

function report(failures: Failure[], broken = false): Report {
  return {
    schema: 'faultline.report/v1',
    summary: { tests: 3, passed: 2, failed: 1, skipped: 0, flaky: 1, durationMs: 1500 },
    sources: [
      { path: 'r.xml', format: 'junit' },
      ...(broken ? [{ path: 'bad.xml', error: { message: 'undefined entity', line: 3, column: 8 } }] : []),
    ],
    failures,
  };
}

describe('job summary markdown', () => {
  it('escapes table breakers, HTML and mentions from test output', () => {
    expect(cell('a | b\n<c> @team')).toBe('a \\| b &lt;c&gt; @\u200bteam');
  });

  it('shows totals, one row per failure with its issue, skipped sources and webhook status', () => {
    const markdown = renderSummaryMarkdown({
      report: report([hostile], true),
      issues: [
        { fingerprint: hostile.fingerprint, action: 'update', title: 't', number: 12, occurrences: 3 },
      ],
      deliveries: [
        { endpoint: 'ops', type: 'generic', status: 'failed', attempts: 3, detail: 'answered 503' },
      ],
    });
    expect(markdown).toContain('| 3 | 2 | 1 | 0 | 1 | 1.5 s |');
    expect(markdown).toContain(
      '| `v0:00000000000000aa` | suite › pipes \\| and &lt;img src=x&gt; @\u200beveryone (flaky) | Error: line one line two | src/a.ts:4 | updated #12 |',
    );
    expect(markdown).toContain('- `bad.xml` (line 3, column 8): undefined entity');
    expect(markdown).toContain('- ops (generic): failed — answered 503');
  });

  it('stays under its row cap and says how many it left out', () => {
    const many = Array.from({ length: 700 }, (_, index) => ({
      ...hostile,
      fingerprint: `v0:${index.toString(16).padStart(16, '0')}`,
    }));
    const markdown = renderSummaryMarkdown({ report: report(many), issues: [], deliveries: [] });
    expect(markdown.split('\n').filter((line) => line.startsWith('| `v0:'))).toHaveLength(500);
    expect(markdown).toContain('200 more failure(s) not shown');
  });
});
