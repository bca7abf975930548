import type { FailureDraft, TestRef } from '../model.js';
import type { JunitProblem } from './junit-dialect.js';
import { readJunitError } from './junit-errors.js';
import { OutputCapture } from './junit-output.js';

/** A failure whose test printed nothing of its own, waiting for its suite's output. */
interface AwaitingOutput {
  draft: FailureDraft;
  problem: JunitProblem;
  test: TestRef;
}

/**
 * One <testsuite>. Bazel writes the whole test.log into the suite's <system-out>, after the test
 * case, so a failure without output of its own is settled when its suite closes.
 */
export class SuiteState {
  private readonly output = new OutputCapture();
  private cases = 0;
  private awaiting: AwaitingOutput[] = [];

  constructor(readonly name: string) {}

  /** Whether the suite has no second test case yet, so that its output may still be its one case's. */
  private get atMostOneCase(): boolean {
    return this.cases <= 1;
  }

  addCase(): void {
    this.cases += 1;
    // A second test case means the output is not the first one's: those waiting for it are final.
    if (!this.atMostOneCase && this.awaiting.length > 0) this.awaiting = [];
  }

  /** Where the suite's own output is kept, while it may still speak for its one test case. */
  get outputOfItsCase(): OutputCapture | undefined {
    return this.atMostOneCase ? this.output : undefined;
  }

  /** Whether a failure waits for this suite's output, which settle() may still give it. */
  get mayGiveOutput(): boolean {
    return this.awaiting.length > 0;
  }

  awaitOutput(draft: FailureDraft, problem: JunitProblem, test: TestRef): void {
    // Only the output of a suite of one test case is given; held longer, a one-suite report
    // (pytest) would keep every failure without output of its own in memory.
    if (this.atMostOneCase) this.awaiting.push({ draft, problem, test });
  }

  settle(workspace: string): void {
    // Only a suite of one test case speaks for that test, as Bazel's generated test.xml does: in
    // other suites (Catch2, jest-junit) the output mixes every test's, and addCase() let them go.
    if (this.awaiting.length === 0) return;
    const output = this.output.result();
    if (!output) return;
    for (const { draft, problem, test } of this.awaiting) {
      draft.output = output;
      // An empty failure (Bazel's "exited with error code 1") is explained by the log.
      if (problem.text.trim() !== '') continue;
      const error = readJunitError(problem, { test, output, workspace });
      if (error) draft.error = error;
    }
  }
}
