import type { ErrorInfo, Frame } from '../model.js';
import { parseFrames } from './stack-frames.js';

// A stack longer than this is cut: enough for any real trace, and it bounds memory when
// a report carries megabytes of output inside one <failure>.
export const MAX_STACK_CHARS = 32_768;

// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

// Types that say "a test failed" but not why; a better one is looked for in the stack.
// Case matters: JUnit writers put "failure" or "error" here, while "Error" is JavaScript's type.
const UNINFORMATIVE_TYPES = new Set(['', 'failure', 'error', 'testCodeFailure', 'hookFailure', 'assertion']);

// "TypeError: msg", "Error: msg", "java.lang.IllegalStateException: msg", "AssertionError [ERR_ASSERTION]: msg"
const HEADER = /^\s*\[?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(?: \[[\w_]+\])?:/;
const TYPE_NAME = /(?:Error|Exception|Failure|Panic|Interrupt|Exit)$/;
// pytest's last traceback line: "tests/test_math.py:7: AssertionError"
const PYTEST_TRAILER = /^[^\s:][^:]*:\d+: ([A-Za-z_][\w.]*)$/;

// Deep framework stacks (Spring, JUnit runners) run to a hundred frames, and a big report has
// thousands of failures: keep the innermost frames and every in-app one, which is all that
// grouping and people read; the raw stack keeps the rest.
export const MAX_LIBRARY_FRAMES = 32;
export const MAX_FRAMES = 128;

export function boundFrames(frames: Frame[]): Frame[] {
  if (frames.length <= MAX_LIBRARY_FRAMES) return frames;
  return frames.filter((frame, index) => index < MAX_LIBRARY_FRAMES || frame.inApp).slice(0, MAX_FRAMES);
}

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

function firstLine(text: string): string {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const trimmed = text.slice(start, end === -1 ? text.length : end).trim();
    if (trimmed) return trimmed;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

// node:test wraps every failure in "Error [ERR_TEST_FAILURE]" and names the real error as its cause.
const NODE_TEST_CAUSE = /ERR_TEST_FAILURE[\s\S]*?\bcause: ([A-Za-z_$][\w$]*)(?: \[[\w_]+\])?:/;

function typeFromStack(stack: string): string | undefined {
  const cause = NODE_TEST_CAUSE.exec(stack)?.[1];
  if (cause && TYPE_NAME.test(cause)) return cause;
  const header = HEADER.exec(firstLine(stack))?.[1];
  if (header && TYPE_NAME.test(header)) return header;
  // The last line, without splitting the whole stack: a CR before its line feed is trimmed with it.
  const trimmed = stack.trimEnd();
  const trailer = PYTEST_TRAILER.exec(trimmed.slice(trimmed.lastIndexOf('\n') + 1).trim());
  return trailer?.[1];
}

export interface RawProblem {
  type?: string | undefined;
  message?: string | undefined;
  text?: string | undefined;
}

export function buildErrorInfo(problem: RawProblem, workspace: string): ErrorInfo {
  const stack = stripAnsi(problem.text ?? '').trim();
  const declared = stripAnsi(problem.type ?? '').trim();
  const type = UNINFORMATIVE_TYPES.has(declared) ? typeFromStack(stack) : declared;
  let message = firstLine(stripAnsi(problem.message ?? '')) || firstLine(stack);
  if (type && message.startsWith(`${type}:`)) message = message.slice(type.length + 1).trim();
  const info: ErrorInfo = { message, frames: stack ? boundFrames(parseFrames(stack, workspace)) : [] };
  if (type) info.type = type;
  if (stack)
    info.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
  return info;
}
