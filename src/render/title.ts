import type { ErrorInfo, Failure } from '../model.js';

// GitHub refuses titles over 256 characters; every other surface is happy with that too.
export const MAX_TITLE_CHARS = 256;

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** "UserService › loads a user", or where a runtime error was found: how every surface names a failure. */
export function failureLabel(failure: Failure): string {
  if (!failure.test) return `runtime error in ${failure.source.path}`;
  const owner = failure.test.classname ?? failure.test.suite;
  return owner ? `${owner} › ${failure.test.name}` : failure.test.name;
}

/** The error's first line with its type: "TypeError: boom". */
export function errorLine(error: ErrorInfo): string {
  return error.type ? `${error.type}: ${error.message}` : error.message;
}

/** "TypeError: cannot read x — in UserService › loads a user" */
export function failureTitle(failure: Failure): string {
  const error = errorLine(failure.error);
  const where = failure.test ? ` — in ${failure.test.name}` : '';
  return truncate(`${error || 'failure'}${where}`, MAX_TITLE_CHARS);
}
