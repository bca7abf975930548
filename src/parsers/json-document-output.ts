import type { CapturedOutput } from '../model.js';
import { BoundedText } from './bounded-text.js';
import { stripAnsi } from './error-info.js';

// What a test printed, as JSON reports keep it (Playwright's stdout/stderr entries, CTRF's
// string arrays), cut to a bound: a test that logs megabytes must not make every payload and
// issue body that large. The head shows how it started and the tail how it ended, which is
// where the useful lines of a failing test's output usually are.

export { MAX_OUTPUT_BYTES } from './bounded-text.js';

export function boundedStream(text: string): { text: string; truncated: boolean } {
  const bounded = new BoundedText();
  bounded.append(text);
  const { text: kept, cut } = bounded.value();
  return { text: kept, truncated: cut };
}

/**
 * The output to keep on a failure, or undefined when the test printed nothing. Streams are
 * joined as printed, ANSI colours removed; an empty stream is left out.
 */
export function capturedOutput(stdout: string, stderr: string): CapturedOutput | undefined {
  const output: CapturedOutput = {};
  let truncated = false;
  for (const [name, raw] of [
    ['stdout', stdout],
    ['stderr', stderr],
  ] as const) {
    const text = stripAnsi(raw);
    if (!text.trim()) continue;
    const bounded = boundedStream(text);
    output[name] = bounded.text;
    truncated ||= bounded.truncated;
  }
  if (truncated) output.truncated = true;
  return output.stdout === undefined && output.stderr === undefined ? undefined : output;
}

/** The strings of a JSON array as printed text: each entry is a line unless it ends one itself. */
export function joinedLines(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => (entry.endsWith('\n') ? entry : `${entry}\n`))
    .join('');
}
