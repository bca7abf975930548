import { parse as parseYaml } from 'yaml';
import { ParseError } from '../errors.js';
import { emptySummary, type FailureDraft, type Summary } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import { linesOf } from './lines.js';
import type { ParseContext, ParseResult, ReportParser } from './parser.js';
import { relativeToWorkspace } from './paths.js';

// TAP 13 and 14 (testanything.org): test points "ok N - desc # SKIP|TODO reason", YAML
// diagnostics between "---" and "...", and subtests indented by four spaces under
// "# Subtest: name". Counted as node:test counts: every test point except suites; a parent
// that failed only because a subtest did counts as failed but is not listed again.

const POINT = /^(\s*)(not ok|ok)\b\s*(\d+)?\s*(?:-\s*)?(.*?)(?:\s+#\s*(SKIP|TODO)\b\s*(.*))?$/i;
const SUBTEST = /^(\s*)# Subtest: (.*)$/;
const MAX_YAML_LINES = 2000;

interface PendingPoint {
  ok: boolean;
  name: string;
  directive: string | undefined;
  reason: string;
  depth: number;
  line: number;
  yaml: string[];
  indent: number;
}

type Diagnostics = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

class TapReader {
  readonly summary: Summary = emptySummary();
  readonly failures: FailureDraft[] = [];
  private readonly suites: string[] = [];
  private pending: PendingPoint | undefined;
  private inYaml = false;

  constructor(private readonly context: ParseContext) {}

  line(line: string, number: number): void {
    if (this.inYaml && this.pending) {
      if (/^\s*\.\.\.\s*$/.test(line)) {
        this.inYaml = false;
        return;
      }
      if (this.pending.yaml.length < MAX_YAML_LINES) this.pending.yaml.push(line.slice(this.pending.indent));
      return;
    }
    if (this.pending && /^\s*---\s*$/.test(line)) {
      this.inYaml = true;
      this.pending.indent = line.indexOf('-');
      return;
    }
    const subtest = SUBTEST.exec(line);
    if (subtest) {
      this.flush();
      const depth = Math.floor((subtest[1] ?? '').length / 4);
      this.suites.length = depth;
      this.suites[depth] = subtest[2] ?? '';
      return;
    }
    if (/^\s*Bail out!/i.test(line)) {
      this.flush();
      this.summary.failed += 1;
      this.failures.push({
        kind: 'test',
        flaky: false,
        test: { name: 'Bail out!' },
        error: buildErrorInfo({ message: line.trim() }, this.context.workspace),
        source: { path: this.context.path, line: number },
      });
      return;
    }
    const point = POINT.exec(line);
    if (!point) return;
    this.flush();
    this.pending = {
      ok: (point[2] ?? '').toLowerCase() === 'ok',
      name: (point[4] ?? '').trim(),
      directive: point[5]?.toUpperCase(),
      reason: point[6] ?? '',
      depth: Math.floor((point[1] ?? '').length / 4),
      line: number,
      yaml: [],
      indent: 0,
    };
  }

  flush(): void {
    const point = this.pending;
    this.pending = undefined;
    this.inYaml = false;
    if (!point) return;
    let diagnostics: Diagnostics = {};
    if (point.yaml.length > 0) {
      try {
        diagnostics = (parseYaml(point.yaml.join('\n')) as Diagnostics | null) ?? {};
      } catch {
        diagnostics = { error: point.yaml.join('\n') };
      }
    }
    this.suites.length = Math.min(this.suites.length, point.depth);
    if (diagnostics.type === 'suite') return;
    this.summary.tests += 1;
    this.summary.durationMs += Number(diagnostics.duration_ms ?? 0);
    if (point.directive) this.summary.skipped += 1;
    else if (point.ok) this.summary.passed += 1;
    else {
      this.summary.failed += 1;
      if (diagnostics.failureType !== 'subtestsFailed') this.failures.push(this.failure(point, diagnostics));
    }
  }

  private failure(point: PendingPoint, diagnostics: Diagnostics): FailureDraft {
    // node:test prints stack lines without "at "; put it back so the V8 frame reader knows them.
    const stack = text(diagnostics.stack)
      ?.split('\n')
      .map((frame) => (/^\s*at /.test(frame) ? frame : `    at ${frame.trim()}`))
      .join('\n');
    const message = text(diagnostics.error) ?? text(diagnostics.message) ?? point.name;
    const type = text(diagnostics.name);
    const error = buildErrorInfo(
      { type, message, text: [`${type ?? 'Error'}: ${message}`, stack].filter(Boolean).join('\n') },
      this.context.workspace,
    );
    const location = /^(.*):(\d+):(\d+)$/.exec(text(diagnostics.location) ?? '');
    const suite = this.suites.filter(Boolean).join(' › ');
    return {
      kind: 'test',
      flaky: false,
      test: {
        name: point.name,
        ...(suite ? { suite } : {}),
        ...(location?.[1]
          ? { file: relativeToWorkspace(location[1], this.context.workspace), line: Number(location[2]) }
          : {}),
      },
      error,
      source: { path: this.context.path, line: point.line },
    };
  }
}

export const tapParser: ReportParser = {
  format: 'tap',
  description: 'TAP 13 and 14, with YAML diagnostics and subtests (node:test, tap, prove)',
  sniff: (head) =>
    /^(?:TAP version 1[34]\s*$|1\.\.\d+\s*$|(?:not )?ok \d+\b)/m.test(
      head.trimStart().split('\n', 3).join('\n'),
    ),
  async parse(chunks, context): Promise<ParseResult> {
    const reader = new TapReader(context);
    let number = 0;
    let sawTap = false;
    for await (const line of linesOf(chunks)) {
      number += 1;
      if (/^(?:TAP version|\s*(?:not )?ok\b|\s*1\.\.\d+)/.test(line)) sawTap = true;
      reader.line(line, number);
    }
    reader.flush();
    if (!sawTap) throw new ParseError(context.path, 'no TAP version line, plan or test point found', 1, 1);
    const summary = { ...reader.summary, durationMs: Math.round(reader.summary.durationMs) };
    return { summary, failures: reader.failures };
  },
};
