// The domain model and the public report contract (schemas/report.v1.json).
// Optional fields are left out rather than set to null, so every optional
// property here is `?:` and never `| undefined` under exactOptionalPropertyTypes.

export const REPORT_SCHEMA = 'faultline.report/v1';

/**
 * A value may carry its own JSON: a function under this key returns exactly what
 * JSON.stringify(value) would, as UTF-8 bytes. Writers of big reports copy it rather than
 * rebuild objects that only wait on disk (see sources/failure-spill.ts), and never make a
 * string of it. The bytes may sit in a buffer the next call reuses: copy them before calling again.
 */
export const COMPACT_JSON = Symbol('faultline.compactJson');

export interface Summary {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  durationMs: number;
}

export interface Frame {
  file?: string;
  line?: number;
  column?: number;
  function?: string;
  module?: string;
  inApp: boolean;
}

export interface ErrorInfo {
  type?: string;
  /** First line of the message, ANSI-free. */
  message: string;
  stack?: string;
  /** Innermost (where the error was raised) first, whatever order the language prints. */
  frames: Frame[];
  /**
   * The chain behind this error, nearest first: Python's "direct cause" and "during handling",
   * JVM "Caused by:", .NET inner exceptions, JavaScript `cause`. The outermost error is the
   * ErrorInfo itself; its causes carry their own frames but no further causes.
   */
  causes?: ErrorInfo[];
}

/** What a test or process printed, bounded: long output keeps its head and tail. */
export interface CapturedOutput {
  stdout?: string;
  stderr?: string;
  /** True when either stream was cut to fit the bound. */
  truncated?: boolean;
}

export interface TestRef {
  suite?: string;
  classname?: string;
  name: string;
  file?: string;
  line?: number;
}

export interface SourcePosition {
  path: string;
  line?: number;
}

export type FailureKind = 'test' | 'runtime';

/** A failure as a parser sees it, before it is fingerprinted. */
export interface FailureDraft {
  kind: FailureKind;
  flaky: boolean;
  test?: TestRef;
  error: ErrorInfo;
  source: SourcePosition;
  /** How long the failing test ran, when the report says. */
  durationMs?: number;
  output?: CapturedOutput;
  /** For runtime failures found in logs: the language or runtime that printed it (python, node, go…). */
  runtime?: string;
  /** Where in a workflow run it happened, when faultline triaged a whole run or a matrix. */
  origin?: Origin;
}

/** The part of a workflow run a failure came from: its job, matrix leg and step. */
export interface Origin {
  workflow?: string;
  job?: string;
  jobId?: number;
  /** The matrix leg's values, when the job is one leg of a matrix: { os: 'ubuntu', node: '20' }. */
  matrix?: Record<string, string>;
  step?: string;
  runId?: string;
  runAttempt?: number;
  sha?: string;
  pullRequest?: number;
  /** The artifact the report came from. */
  artifact?: string;
}

/** Why a failure got its fingerprint: what `faultline explain` prints and issue markers keep. */
export type GroupingBasis = 'app-frames' | 'test-error' | 'error' | 'test' | 'rule';

export interface GroupingComponents {
  /** Test identity: [file, classname or suite, name], each normalized. */
  test?: string[];
  type?: string;
  /** The message template: the first line with run-specific values replaced. */
  message?: string;
  /** Innermost frames that identify the code, as "file:function" without line numbers. */
  frames?: string[];
  /** Set by a custom fingerprint rule. */
  custom?: string[];
}

export interface Grouping {
  version: string;
  basis: GroupingBasis;
  components: GroupingComponents;
  /** The index of the custom rule that set the fingerprint, if one did. */
  rule?: number;
}

export interface Failure extends FailureDraft {
  fingerprint: string;
  grouping: Grouping;
}

export interface SourceError {
  message: string;
  line?: number;
  column?: number;
}

export interface SourceInfo {
  path: string;
  format?: string;
  error?: SourceError;
  /** What was repaired to read it (raw control characters, for example). */
  notes?: string[];
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  summary: Summary;
  sources: SourceInfo[];
  failures: Failure[];
}

export function emptySummary(): Summary {
  return { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, durationMs: 0 };
}

export function addSummaries(a: Summary, b: Summary): Summary {
  return {
    tests: a.tests + b.tests,
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    flaky: a.flaky + b.flaky,
    durationMs: a.durationMs + b.durationMs,
  };
}

/** Where the run happened, for links in payloads, issues and summaries. All optional: a local run has none. */
export interface RunContext {
  repository?: string;
  serverUrl?: string;
  runId?: string;
  runAttempt?: string;
  workflow?: string;
  job?: string;
  sha?: string;
  ref?: string;
  /** The branch the run tested: the PR's head branch, or the pushed branch. */
  branch?: string;
}

/**
 * open: first seen; update: failing again; reopen: failing again after it had recovered
 * (a regression); resolve: it failed before, and this run read the same reports without it.
 */
export type IssueAction = 'open' | 'update' | 'reopen' | 'resolve';

export interface IssuePlanEntry {
  fingerprint: string;
  action: IssueAction;
  title: string;
  /** The tracker's id for the issue (a number for GitHub and the local store). */
  number: number;
  /** Where a person can read the issue, when the tracker has a web page for it. */
  url?: string;
  /** Why the tracker did less than the action says (report-only, a cap, a locked issue). */
  note?: string;
  occurrences: number;
}

export interface DeliveryResult {
  endpoint: string;
  type: string;
  status: 'sent' | 'failed' | 'skipped';
  attempts: number;
  httpStatus?: number;
  /** Never holds a URL or secret: built from the endpoint name and status only. */
  detail?: string;
}
