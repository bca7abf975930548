import { Buffer } from 'node:buffer';
import type { CapturedOutput } from '../model.js';
import { stripAnsi } from './error-info.js';

// What a test printed, as JSON reports keep it (Playwright's stdout/stderr entries, CTRF's
// string arrays), cut to a bound: a test that logs megabytes must not make every payload and
// issue body that large. The head shows how it started and the tail how it ended, which is
// where the useful lines of a failing test's output usually are.

/** UTF-8 bytes kept per stream, the cut marker included: 8 KiB, as for JUnit's system-out. */
export const MAX_OUTPUT_BYTES = 8 * 1024;
// Room for "\n… (123456789 bytes cut)\n" between the head and the tail.
const MARKER_ROOM = 64;
const HEAD_BYTES = (MAX_OUTPUT_BYTES - MARKER_ROOM) / 2;
const TAIL_BYTES = MAX_OUTPUT_BYTES - MARKER_ROOM - HEAD_BYTES;

// A UTF-8 continuation byte (10xxxxxx) is never where a character starts.
const isContinuation = (byte: number | undefined) => ((byte ?? 0) & 0xc0) === 0x80;

export function boundedStream(text: string): { text: string; truncated: boolean } {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= MAX_OUTPUT_BYTES) return { text, truncated: false };
  let headEnd = HEAD_BYTES;
  while (headEnd > 0 && isContinuation(bytes[headEnd])) headEnd -= 1;
  let tailStart = bytes.length - TAIL_BYTES;
  while (tailStart < bytes.length && isContinuation(bytes[tailStart])) tailStart += 1;
  const head = bytes.subarray(0, headEnd).toString('utf8');
  const tail = bytes.subarray(tailStart).toString('utf8');
  return { text: `${head}\n… (${tailStart - headEnd} bytes cut)\n${tail}`, truncated: true };
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
