import { buildErrorInfo } from './error-info.js';
import { goFrames } from './go-test-json.js';
import { type JunitDialect, type JunitProblem, location, nonEmptyLines } from './junit-dialect.js';

// gotestsum puts the test's `go test -v` output in the element, framed by "=== RUN" and
// "--- FAIL" lines; go-junit-report writes the output alone, with message="Failed". Both are read
// the way go-test-json reads the same output.
const GO_FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):|PASS$|FAIL$|ok\s|FAIL\s)/;
const GO_LOCATED = /^\s*([\w./-]+\.go):(\d+): (.*)$/;

/** Whether a failure was written by gotestsum or go-junit-report, from `go test -v` output. */
export function isGoTestProblem(problem: JunitProblem): boolean {
  const framed = /^\s*=== RUN /.test(problem.text);
  return framed || (problem.message === 'Failed' && GO_LOCATED.test(nonEmptyLines(problem.text)[0] ?? ''));
}

export const goTestDialect: JunitDialect = {
  name: 'go test (gotestsum, go-junit-report)',
  readError(problem, context) {
    if (!isGoTestProblem(problem)) return undefined;
    const own = nonEmptyLines(problem.text).filter((line) => !GO_FRAMING.test(line));
    if (own.length === 0) return null;
    const panic = own.findIndex((line) => /^\s*panic: /.test(line));
    const first = (panic >= 0 ? own[panic] : own[0]) ?? '';
    const located = GO_LOCATED.exec(first);
    const message =
      panic >= 0
        ? first.replace(/^\s*panic: /, '').replace(/ \[recovered\]$/, '')
        : (located?.[3] ?? first.trim());
    const error = buildErrorInfo(
      { ...(panic >= 0 ? { type: 'panic' } : {}), message, text: own.join('\n') },
      context.workspace,
    );
    const frames = goFrames(own, context.workspace);
    if (frames.length > 0) error.frames = frames;
    else if (located?.[1])
      error.frames = [location(located[1], located[2], context.workspace, context.test.name)];
    return error;
  },
};
