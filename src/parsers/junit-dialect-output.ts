import { buildErrorInfo } from './error-info.js';
import { type JunitDialect, location, nonEmptyLines } from './junit-dialect.js';

// CTest leaves <failure> empty and Bazel writes only "exited with error code 1": the cause is in
// what the test printed. A raised exception is named by its last "Type: message" line (Python
// prints it last); a C/C++ assertion by the line after "file:LINE: FAILED:".
const EXCEPTION_LINE = /^([A-Za-z_][\w.]*(?:Error|Exception|Failure))(?::\s*(.*))?$/;
const FAILED_AT = /^(\S+):(\d+): FAILED:\s*$/;
const GENERIC_MESSAGE = /^(|exited with error code \d+|failed|failure|error)$/i;

export const outputDialect: JunitDialect = {
  name: 'output only (CTest, Bazel)',
  readError(problem, context) {
    // Every failure passes here: the element's own text, nearly always there, rules it out first.
    if (problem.text.trim() !== '') return undefined;
    const output = [context.output?.stdout, context.output?.stderr].filter(Boolean).join('\n');
    if (output === '') return undefined;
    const lines = nonEmptyLines(output).map((line) => line.trim());
    const exception = lines.map((line) => EXCEPTION_LINE.exec(line)).findLast(Boolean);
    const failedAt = lines.findIndex((line) => FAILED_AT.test(line));
    const declared = (problem.message ?? '').trim();
    const message =
      (GENERIC_MESSAGE.test(declared) ? undefined : declared) ??
      exception?.[2] ??
      (failedAt >= 0 ? lines[failedAt + 1] : undefined) ??
      (declared || 'failed');
    const error = buildErrorInfo(
      { type: problem.type || exception?.[1], message, text: output },
      context.workspace,
    );
    const at = failedAt >= 0 ? FAILED_AT.exec(lines[failedAt] ?? '') : null;
    if (error.frames.length === 0 && at?.[1]) error.frames = [location(at[1], at[2], context.workspace)];
    return error;
  },
};
