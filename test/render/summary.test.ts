import { describe, expect, it } from 'vitest';
import type { Failure, IssuePlanEntry, Report } from '../../src/model.js';
import { planAnnotations, workspacePath } from '../../src/render/annotations.js';
import { cell, renderSummaryMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/render/summary.js';

const hostile: Failure = {
  fingerprint: 'v1:00000000000000aa',
  kind: 'test',
  flaky: true,
  test: { name: 'pipes | and <img src=x> @everyone', classname: 'suite' },
  error: {
    type: 'Error',
    message: 'line one\nline two',
    frames: [{ file: 'src/a.ts', line: 4, function: 'run`me', inApp: true }],
  },
  source: { path: 'r.xml', line: 2 },
  grouping: { version: 'v1', basis: 'test-error', components: { type: 'Error' } },
};

function failure(index: number, overrides: Partial<Failure> = {}): Failure {
  return {
    ...hostile,
    flaky: false,
    fingerprint: `v1:${index.toString(16).padStart(16, '0')}`,
    test: { name: `test ${index}`, classname: 'suite', file: `test/t${index}.test.ts`, line: index + 1 },
    error: {
      type: 'TypeError',
      message: `Cannot read properties of undefined (reading 'f${index}') ${'x'.repeat(150)}`,
      frames: Array.from({ length: 12 }, (_, frame) => ({
        file: `src/module${frame}.ts`,
        line: frame + 10,
        function: `fn${frame}`,
        inApp: frame % 2 === 0,
      })),
    },
    ...overrides,
  };
}

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

const plan = (fingerprint: string, action: IssuePlanEntry['action'], number: number): IssuePlanEntry => ({
  fingerprint,
  action,
  title: 't',
  number,
  url: `https://github.com/o/r/issues/${number}`,
  occurrences: 1,
});

describe('job summary markdown', () => {
  it('escapes table breakers, HTML, code spans and mentions from test output', () => {
    expect(cell('a | b\n<c> @team `x`')).toBe('a \\| b &lt;c&gt; @\u200bteam ˋxˋ');
  });

  it('groups failures by status, worst first, with the issue link, the error and a collapsed in-app stack', () => {
    const failures = [failure(1), failure(2), failure(3), { ...failure(4), flaky: true }];
    const markdown = renderSummaryMarkdown({
      report: report(failures, true),
      issues: [
        plan(failures[0]?.fingerprint ?? '', 'update', 12),
        plan(failures[1]?.fingerprint ?? '', 'reopen', 13),
        plan(failures[2]?.fingerprint ?? '', 'open', 14),
      ],
      deliveries: [
        { endpoint: 'ops', type: 'generic', status: 'failed', attempts: 3, detail: 'answered 503' },
      ],
    });
    expect(markdown).toContain('| 3 | 2 | 1 | 0 | 1 | 1.5 s |');
    expect(markdown).toContain('**4 distinct failure(s)**: 1 regressed · 1 new · 1 recurring · 1 flaky');
    const headings = markdown.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### Regressed (1)',
      '### New (1)',
      '### Recurring (1)',
      '### Flaky (1)',
      '### Sources skipped',
      '### Webhooks',
    ]);
    expect(markdown).toContain('reopened (regression) [#13](https://github.com/o/r/issues/13)');
    expect(markdown).toContain('at fn0 (src/module0.ts:10)');
    expect(markdown).not.toContain('at fn1 ');
    expect(markdown).toContain('- `bad.xml` (line 3, column 8): undefined entity');
    expect(markdown).toContain('- ops (generic): failed — answered 503');
  });

  it('keeps hostile text inert inside the collapsed blocks', () => {
    const markdown = renderSummaryMarkdown({ report: report([hostile]), issues: [], deliveries: [] });
    expect(markdown).toContain('suite › pipes \\| and &lt;img src=x&gt; @\u200beveryone');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('at runˋme (src/a.ts:4)');
  });

  it('stays under 1 MiB with 5,000 failures, keeps the totals, and says what it cut', () => {
    const many = Array.from({ length: 5_000 }, (_, index) => failure(index));
    const big = { ...report(many), summary: { ...report(many).summary, tests: 9_000, failed: 5_000 } };
    const markdown = renderSummaryMarkdown({ report: big, issues: [], deliveries: [] });
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(markdown).toContain('| 9000 | 2 | 5000 | 0 | 1 | 1.5 s |');
    expect(markdown).toContain('**5000 distinct failure(s)**: 5000 not filed');
    expect(markdown).toMatch(/4700 more not shown in detail|Stacks were left out|Only counts are shown/);
  });

  it('caps the annotations of 5,000 failures at 10, regressions and new bugs first, and says how many it left out', () => {
    const many = Array.from({ length: 5_000 }, (_, index) => failure(index));
    const issues = [
      plan(many[4_999]?.fingerprint ?? '', 'reopen', 7),
      plan(many[2_500]?.fingerprint ?? '', 'open', 8),
    ];
    const { annotations, omitted } = planAnnotations(many, issues, '/w', () => true);
    expect(annotations).toHaveLength(10);
    expect(omitted).toBe(4_990);
    expect(annotations.slice(0, 2).map((annotation) => annotation.title)).toEqual([
      'suite › test 4999',
      'suite › test 2500',
    ]);
    const markdown = renderSummaryMarkdown({
      report: { ...report(many), summary: { ...report(many).summary, tests: 9_000, failed: 5_000 } },
      issues,
      deliveries: [],
      annotations: { shown: 10, omitted },
    });
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(markdown).toContain('| 9000 | 2 | 5000 | 0 | 1 | 1.5 s |');
    expect(markdown).toContain('Annotated 10 failure(s); 4990 more were left out');
  });

  it('degrades from full to compact to counts as the budget shrinks', () => {
    const failures = Array.from({ length: 40 }, (_, index) => failure(index));
    const input = { report: report(failures), issues: [], deliveries: [] };
    const full = renderSummaryMarkdown(input);
    expect(full).toContain('<details>');
    const compact = renderSummaryMarkdown({ ...input, budgetBytes: Buffer.byteLength(full) - 1 });
    expect(compact).not.toContain('<details>');
    expect(compact).toContain('| `v1:0000000000000027` |');
    expect(compact).toContain('Stacks were left out');
    const counts = renderSummaryMarkdown({ ...input, budgetBytes: 1_000 });
    expect(counts).not.toContain('| `v1:');
    expect(counts).toContain('**40 distinct failure(s)**');
    expect(counts).toContain('Only counts are shown');
  });
});

describe('annotations', () => {
  it('annotates one failure per fingerprint, regressions and new bugs first, within the cap of 10', () => {
    const failures = Array.from({ length: 15 }, (_, index) => failure(index));
    failures.push(failure(0, { test: { name: 'same bug, other test', file: 'x.ts' } }));
    const issues = [
      plan(failures[14]?.fingerprint ?? '', 'reopen', 1),
      plan(failures[13]?.fingerprint ?? '', 'open', 2),
    ];
    const { annotations, omitted } = planAnnotations(failures, issues, '/w', () => true);
    expect(annotations).toHaveLength(10);
    expect(omitted).toBe(5);
    expect(annotations[0]?.title).toBe('suite › test 14');
    expect(annotations[1]?.title).toBe('suite › test 13');
    expect(annotations[0]).toMatchObject({ file: 'src/module0.ts', line: 10 });
    expect(annotations.filter((annotation) => annotation.title === 'suite › test 0')).toHaveLength(1);
    expect(annotations.find((annotation) => annotation.title === 'suite › test 0')?.message).toContain(
      '(2 failures)',
    );
    const markdown = renderSummaryMarkdown({
      report: report(failures),
      issues,
      deliveries: [],
      annotations: { shown: annotations.length, omitted },
    });
    expect(markdown).toContain('Annotated 10 failure(s); 5 more were left out');
  });

  it('resolves report-relative paths to workspace paths (monorepos, working-directory)', () => {
    const files = new Set(['packages/api/src/x.ts', 'src/y.ts']);
    const exists = (path: string) => files.has(path);
    expect(workspacePath('src/x.ts', 'packages/api/reports/junit.xml', '/w', exists)).toBe(
      'packages/api/src/x.ts',
    );
    expect(workspacePath('src/y.ts', 'packages/api/junit.xml', '/w', exists)).toBe('src/y.ts');
    expect(workspacePath('/w/packages/api/src/x.ts', 'r.xml', '/w', exists)).toBe('packages/api/src/x.ts');
    expect(workspacePath('/elsewhere/x.ts', 'r.xml', '/w', exists)).toBeUndefined();
    expect(workspacePath('gone.ts', 'a/r.xml', '/w', exists)).toBe('gone.ts');
  });
});
