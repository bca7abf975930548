import type { FailureDraft, Summary } from '../model.js';

// gotestsum --rerun-fails writes every run of a failed test as its own <testcase> with the same
// name (all failed runs of a package first, then its passes). A test is counted once: failed if
// every run failed, otherwise passed and flaky (a pass wins, as mikepenz/action-junit-report's
// check_retries decides). junit.ts only remembers failures in gotestsum's shape, so a name that
// repeats in another dialect is another test.

export type CaseStatus = 'passed' | 'failed' | 'skipped';

interface FailedRun {
  /** The failure listed for the test; a Go parent that only failed through a subtest has none. */
  draft: FailureDraft | undefined;
  flaky: boolean;
}

export class RerunTracker {
  // Only failed tests are remembered, so memory grows with the failures, not the report.
  private readonly failed = new Map<string, FailedRun>();

  /**
   * Records one <testcase>. Returns true when it repeats a test that already failed: the caller
   * then neither counts it nor lists its failure, because this tracker has settled the summary.
   */
  isRerun(key: string, status: CaseStatus, summary: Summary): boolean {
    const earlier = this.failed.get(key);
    if (!earlier) return false;
    if (status === 'passed' && !earlier.flaky) {
      earlier.flaky = true;
      if (earlier.draft) earlier.draft.flaky = true;
      summary.failed -= 1;
      summary.passed += 1;
      summary.flaky += 1;
    }
    return true;
  }

  /** Whether a later test case may still change a failure listed before it. */
  get holdsFailures(): boolean {
    return this.failed.size > 0;
  }

  rememberFailure(key: string, draft: FailureDraft | undefined): void {
    this.failed.set(key, { draft, flaky: false });
  }
}

export function caseKey(suite: string | undefined, classname: string | undefined, name: string): string {
  return `${suite ?? ''}\u0000${classname ?? ''}\u0000${name}`;
}
