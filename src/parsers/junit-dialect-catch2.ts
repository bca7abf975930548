import { buildErrorInfo } from './error-info.js';
import { type JunitDialect, location } from './junit-dialect.js';

// Catch2's JUnit reporter names the assertion macro as the type and ends with "at file:LINE".
const CATCH2_AT = /^at (.+):(\d+)\s*$/m;

export const catch2Dialect: JunitDialect = {
  name: 'Catch2',
  readError(problem, context) {
    // Every failure passes here: the cheap test first.
    if (!problem.text.includes('FAILED:')) return undefined;
    const at = CATCH2_AT.exec(problem.text);
    if (!at?.[1] || !/^\s*FAILED:\s*$/m.test(problem.text)) return undefined;
    const error = buildErrorInfo(problem, context.workspace);
    error.frames = [location(at[1], at[2], context.workspace)];
    return error;
  },
};
