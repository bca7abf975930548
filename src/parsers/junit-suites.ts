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
  readonly output = new OutputCapture();
  cases = 0;
  private readonly awaiting: AwaitingOutput[] = [];

  constructor(readonly name: string) {}

  awaitOutput(draft: FailureDraft, problem: JunitProblem, test: TestRef): void {
    this.awaiting.push({ draft, problem, test });
  }

  settle(workspace: string): void {
    // Only a suite of one test case speaks for that test, as Bazel's generated test.xml does:
    // in other suites (Catch2, jest-junit) the suite's output mixes every test's.
    if (this.awaiting.length === 0 || this.cases !== 1) return;
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
