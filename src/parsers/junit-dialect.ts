import type { CapturedOutput, ErrorInfo, Frame } from '../model.js';
import { splitLines } from './lines.js';
import { relativeToWorkspace } from './paths.js';
import { isInApp } from './stack-frames.js';

// JUnit writers agree on <failure> and <error> but not on what goes in them. Each dialect that
// needs it gets one file (junit-dialect-*.ts) implementing this interface; junit-errors.ts
// tries them in order.

export interface JunitProblem {
  type?: string | undefined;
  message?: string | undefined;
  /** The element's text (or its <stackTrace>), bounded. */
  text: string;
}

export interface ProblemContext {
  test: { name: string; classname?: string | undefined };
  /** What the test (or, for Bazel, its suite) printed. */
  output?: CapturedOutput | undefined;
  workspace: string;
}

/**
 * One dialect: the failure it reads, `null` for a failure that only repeats others (a Go
 * parent test that failed because a subtest did), or undefined when the shape is not its own.
 */
export interface JunitDialect {
  readonly name: string;
  readError(problem: JunitProblem, context: ProblemContext): ErrorInfo | null | undefined;
}

export function nonEmptyLines(text: string): string[] {
  return splitLines(text).filter((line) => line.trim() !== '');
}

export function location(file: string, line: string | undefined, workspace: string, fn?: string): Frame {
  const frame = {
    file: relativeToWorkspace(file, workspace),
    ...(line ? { line: Number(line) } : {}),
    ...(fn ? { function: fn } : {}),
  };
  return { ...frame, inApp: isInApp(frame) };
}
