import type { ErrorInfo, FailureDraft } from '../model.js';
import { buildErrorInfo, stripAnsi } from './error-info.js';
import { jsonNumber } from './json-document.js';
import { capturedOutput, joinedLines } from './json-document-output.js';

// The error, time and output of a failed CTRF test, or of a flaky test's failed attempt.

/** What a failed test and a retry attempt both carry (CTRF 0.0.x and 1.0). */
export interface CtrfRun {
  status?: unknown;
  duration?: unknown;
  message?: unknown;
  trace?: unknown;
  stdout?: unknown;
  stderr?: unknown;
}

// A trace whose first line is already a frame ("at fn (file:1:2)", 'File "x.py", line 3')
// carries no "Type: message" header: the header is in `message`.
const FRAME_FIRST = /^\s*(?:at |File "|❯ )/;
const HEADER_REST = /^\s*[A-Za-z_$][\w$.]*(?: \[[\w_]+\])?: ?(.*)$/;

function firstLine(value: string): string {
  return (
    value
      .split(/\r?\n/)
      .find((line) => line.trim())
      ?.trim() ?? ''
  );
}

/**
 * The error of a failed test or attempt. Writers split it differently: mocha's reporter keeps
 * the whole stack in `trace` and writes `message` as "TypeError Cannot read …" (name, a space,
 * message); jest's puts "TypeError: Cannot read …" in `message` and only the frames in `trace`.
 */
export function ctrfErrorInfo(
  message: string | undefined,
  trace: string | undefined,
  fallback: string,
  workspace: string,
): ErrorInfo {
  const stack = trace?.trim() ? trace : undefined;
  const headerless = stack === undefined || FRAME_FIRST.test(firstLine(stripAnsi(stack)));
  const body = headerless ? [message, stack].filter((part) => part?.trim()).join('\n') : stack;
  // With no message, the trace's "Type: message" header gives one; a bare list of frames cannot.
  const given = message?.trim() ? message : headerless ? fallback : undefined;
  const info = buildErrorInfo({ message: given, text: body }, workspace);
  // "TypeError Cannot read …" when the trace says "TypeError: Cannot read …": drop the name.
  const type = info.type;
  if (type && stack && !headerless && info.message.startsWith(`${type} `)) {
    const rest = info.message.slice(type.length + 1);
    if (HEADER_REST.exec(firstLine(stripAnsi(stack)))?.[1]?.trim() === rest.trim()) info.message = rest;
  }
  return info;
}

/** Duration and output of a failed test, or of a flaky test's last failed attempt. */
export function runDetails(test: CtrfRun, attempt?: CtrfRun): Pick<FailureDraft, 'durationMs' | 'output'> {
  const printed = attempt ?? test;
  const duration = jsonNumber(printed.duration) ?? jsonNumber(test.duration);
  const output = capturedOutput(joinedLines(printed.stdout), joinedLines(printed.stderr));
  return {
    ...(duration === undefined ? {} : { durationMs: Math.round(duration) }),
    ...(output ? { output } : {}),
  };
}
