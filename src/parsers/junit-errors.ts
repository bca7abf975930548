import type { ErrorInfo } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import type { JunitDialect, JunitProblem, ProblemContext } from './junit-dialect.js';
import { catch2Dialect } from './junit-dialect-catch2.js';
import { goTestDialect } from './junit-dialect-go.js';
import { outputDialect } from './junit-dialect-output.js';
import { phpunitDialect } from './junit-dialect-phpunit.js';
import { rustPanicDialect } from './junit-dialect-rust.js';
import { detach } from './xml-stream.js';

export type { JunitProblem, ProblemContext } from './junit-dialect.js';

// Tried in order, like stacktrace-parser's chain; the first that knows the shape reads it.
// The output-only reader comes last: it is for failures that carry nothing of their own.
const DIALECTS: readonly JunitDialect[] = [
  goTestDialect,
  phpunitDialect,
  catch2Dialect,
  rustPanicDialect,
  outputDialect,
];

/** The error behind a JUnit failure, or null when the failure only repeats others. */
export function readJunitError(raw: JunitProblem, context: ProblemContext): ErrorInfo | null {
  // Strings sliced from a large chunk keep the chunk alive; copies keep memory bounded.
  const problem: JunitProblem = {
    type: raw.type === undefined ? undefined : detach(raw.type),
    message: raw.message === undefined ? undefined : detach(raw.message),
    text: detach(raw.text),
  };
  for (const dialect of DIALECTS) {
    const error = dialect.readError(problem, context);
    if (error !== undefined) return error;
  }
  return buildErrorInfo(problem, context.workspace);
}
