import { Buffer } from 'node:buffer';
import type { ErrorInfo, FailureDraft } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import { isJsonObject, jsonNumber, jsonString } from './json-document.js';
import { capturedOutput } from './json-document-output.js';
import { relativeToWorkspace } from './paths.js';
import { isInApp } from './stack-frames.js';

// The parts of a Playwright JSON report that describe one failed attempt: its error (the
// TestError of @playwright/test's reporter API: message, stack, location, or a thrown
// non-Error `value`) and what it printed (stdout/stderr entries of text, or base64 `buffer`).

export interface PlaywrightError {
  message?: unknown;
  stack?: unknown;
  value?: unknown;
  location?: unknown;
}

export interface PlaywrightResult {
  status?: unknown;
  duration?: unknown;
  error?: unknown;
  errors?: unknown;
  stdout?: unknown;
  stderr?: unknown;
}

/** The first error of an attempt: `error` since Playwright 1.10, `errors` (all of them) since 1.29. */
export function firstError(result: PlaywrightResult): PlaywrightError | undefined {
  if (isJsonObject(result.error)) return result.error;
  const errors = Array.isArray(result.errors) ? result.errors.filter(isJsonObject) : [];
  return errors[0];
}

/**
 * ErrorInfo from a Playwright error. The stack holds the message and the frames; an error with
 * no frames (a test timeout, an error thrown outside a module) still has its `location`, which
 * stands in for the innermost frame.
 */
export function playwrightErrorInfo(error: PlaywrightError, fallback: string, workspace: string): ErrorInfo {
  const message = jsonString(error.message) ?? jsonString(error.value);
  const stack = jsonString(error.stack) ?? message;
  const info = buildErrorInfo({ message: message ?? fallback, text: stack }, workspace);
  const location = isJsonObject(error.location) ? error.location : undefined;
  const file = jsonString(location?.file);
  const line = jsonNumber(location?.line);
  if (info.frames.length === 0 && file && line) {
    const column = jsonNumber(location?.column);
    const frame = { file: relativeToWorkspace(file, workspace), line, ...(column ? { column } : {}) };
    info.frames = [{ ...frame, inApp: isInApp(frame) }];
  }
  return info;
}

function printed(entries: unknown): string {
  if (!Array.isArray(entries)) return '';
  return entries
    .filter(isJsonObject)
    .map((entry) => {
      const buffer = jsonString(entry.buffer);
      return jsonString(entry.text) ?? (buffer ? Buffer.from(buffer, 'base64').toString('utf8') : '');
    })
    .join('');
}

/** Duration and bounded output of one attempt. */
export function attemptDetails(result: PlaywrightResult): Pick<FailureDraft, 'durationMs' | 'output'> {
  const duration = jsonNumber(result.duration);
  const output = capturedOutput(printed(result.stdout), printed(result.stderr));
  return {
    ...(duration === undefined ? {} : { durationMs: Math.round(duration) }),
    ...(output ? { output } : {}),
  };
}
