import { FaultlineError } from '../errors.js';

// Errors of the workflow_run sources, worded for the person who reads the job log: what was
// refused, and what to change. Messages quote GitHub's own message but never a token or a
// download URL: those carry a signature that grants access until it expires.

/** A run's jobs, logs or artifacts that could not be read. `status` is GitHub's HTTP status. */
export class RunSourceError extends FaultlineError {
  override name = 'RunSourceError';
  constructor(
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

interface RequestErrorLike {
  status?: number;
  message?: string;
}

/** GitHub's message, first line only, without the documentation link Octokit appends. */
function said(error: RequestErrorLike): string {
  const first = (error.message ?? '').split('\n')[0] ?? '';
  return first.replace(/ - https?:\/\/\S+$/, '').slice(0, 300);
}

/** Turns an Octokit error for `what` ("listing the jobs of run 5") into a RunSourceError. */
export function runSourceError(error: unknown, what: string): RunSourceError {
  if (error instanceof RunSourceError) return error;
  const failure = (error ?? {}) as RequestErrorLike;
  const status = typeof failure.status === 'number' ? failure.status : undefined;
  const message = said(failure) || String(error);
  const options = { cause: error };
  if (status === 403 && !/rate limit/i.test(message))
    return new RunSourceError(
      [
        `GitHub refused ${what} (403: ${message}). The token needs actions: read.`,
        'Add this to the workflow that runs faultline:',
        '  permissions:',
        '    contents: read',
        '    actions: read',
      ].join('\n'),
      403,
      options,
    );
  if (status === 404)
    return new RunSourceError(
      `${what}: not found (404). It was deleted, or the token cannot see this repository.`,
      404,
      options,
    );
  if (status === 410)
    return new RunSourceError(
      `${what}: expired (410: ${message}). GitHub keeps logs and artifacts for the repository's retention period only.`,
      410,
      options,
    );
  if (status === undefined) return new RunSourceError(`${what} failed: ${message}`, undefined, options);
  return new RunSourceError(`${what} failed (${status}: ${message})`, status, options);
}
