import { errorMessage, ParseError } from '../errors.js';
import { type FingerprintOptions, withFingerprint } from '../fingerprint/fingerprint.js';
import { type InAppRules, inAppOverride } from '../logs/in-app.js';
import type { Failure, FailureDraft, SourceInfo } from '../model.js';

// What every kind of source (report files, logs, a triaged run's artifacts and job logs) turns
// into: a listed source, read or failed, and failures with the project's in-app corrections
// applied before they are fingerprinted.

export function readSourceInfo(path: string, format: string, notes?: readonly string[]): SourceInfo {
  const info: SourceInfo = { path, format };
  if (notes?.length) info.notes = [...notes];
  return info;
}

/** A source that could not be read, with the line and column of a parse error where known. */
export function failedSourceInfo(path: string, error: unknown): SourceInfo {
  const info: SourceInfo = { path, error: { message: errorMessage(error) } };
  if (error instanceof ParseError && info.error) {
    if (error.line !== undefined) info.error.line = error.line;
    if (error.column !== undefined) info.error.column = error.column;
  }
  return info;
}

export interface FailureOptions {
  fingerprint: FingerprintOptions;
  inApp?: InAppRules;
}

/** Draft → failure: in-app overrides first, since they decide which frames key a fingerprint. */
export function failureMaker(options: FailureOptions): (draft: FailureDraft) => Failure {
  const fix = options.inApp ? inAppOverride(options.inApp) : undefined;
  return (draft) => withFingerprint(fix ? fix(draft) : draft, options.fingerprint);
}

export function toFailures(drafts: readonly FailureDraft[], options: FailureOptions): Failure[] {
  return drafts.map(failureMaker(options));
}
