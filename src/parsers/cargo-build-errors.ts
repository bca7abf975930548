import type { FailureDraft, Summary } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import type { ParseContext } from './parser.js';
import { frame, type Location, location } from './rust-panic.js';

// Compiler errors in `cargo test` output: rustc's "error[E0425]: …" diagnostics with their
// "--> src/lib.rs:3:5" location, until cargo's "error: could not compile `x`" ends the build.

export const MAX_BLOCK_LINES = 400;

export const DIAGNOSTIC = /^error(?:\[(E\d+)\])?: (.*)$/;
export const DIAGNOSTIC_AT = /^\s*--> (.+?):(\d+):(\d+)\s*$/;
const COULD_NOT_COMPILE = /^error: could not compile `([^`]+)`/;
// cargo's own errors around test runs: not compiler diagnostics.
const CARGO_ERROR = /^error: (test failed|doctest failed|\d+ targets? failed|could not compile|build failed)/;

interface Diagnostic {
  header: string;
  line: number;
  lines: string[];
  location?: Location;
}

/** What the cargo reader has found so far; a failed build adds to it. */
export interface CargoFindings {
  readonly summary: Summary;
  readonly failures: FailureDraft[];
  sawCargo: boolean;
}

export class BuildErrors {
  private diagnostics: Diagnostic[] = [];
  private diagnostic: Diagnostic | undefined;
  private readonly brokenCrates = new Set<string>();

  constructor(
    private readonly context: ParseContext,
    private readonly findings: CargoFindings,
  ) {}

  forget(): void {
    this.diagnostics = [];
    this.brokenCrates.clear();
  }

  /** Compiler errors before any test ran; "could not compile `x`" turns them into one failure. */
  read(line: string, number: number): boolean {
    const broken = COULD_NOT_COMPILE.exec(line);
    if (broken) {
      this.findings.sawCargo = true;
      this.diagnostic = undefined;
      const crate = broken[1] ?? '';
      // cargo says it once per target of the crate (lib, lib test, …); report the errors once.
      if (this.diagnostics.length > 0 || !this.brokenCrates.has(crate)) this.buildFailed(crate, line, number);
      this.brokenCrates.add(crate);
      this.diagnostics = [];
      return true;
    }
    const header = CARGO_ERROR.test(line) ? undefined : DIAGNOSTIC.exec(line);
    if (header) {
      this.diagnostic = { header: line, line: number, lines: [line] };
      this.diagnostics.push(this.diagnostic);
      return true;
    }
    const current = this.diagnostic;
    if (!current) return false;
    if (!line.trim() || /^(warning|error)\b/.test(line)) {
      this.diagnostic = undefined;
      return false;
    }
    if (current.lines.length < MAX_BLOCK_LINES) current.lines.push(line);
    const at = DIAGNOSTIC_AT.exec(line);
    if (at && !current.location)
      current.location = location(at[1] ?? '', at[2], at[3], this.context.workspace);
    return true;
  }

  private buildFailed(crate: string, line: string, number: number): void {
    const first = this.diagnostics[0];
    const text = [...this.diagnostics.flatMap((diagnostic) => [...diagnostic.lines, '']), line].join('\n');
    const error = buildErrorInfo(
      { type: 'BuildError', message: first?.header ?? line, text },
      this.context.workspace,
    );
    error.frames = first?.location ? [frame(first.location)] : [];
    this.findings.summary.tests += 1;
    this.findings.summary.failed += 1;
    this.findings.failures.push({
      kind: 'test',
      flaky: false,
      test: { classname: crate, name: '(build failed)' },
      error,
      source: { path: this.context.path, line: first?.line ?? number },
    });
  }
}
