import { relativeToWorkspace } from '../../parsers/paths.js';
import type { DetectedError, LogBlock, LogLine } from '../detector.js';
import { isNativeInApp } from './native-frames.js';
import { errorInfo } from './native-report.js';
import { isSignalEpilogue } from './native-signals.js';

// What a C or C++ program prints itself just before it aborts:
//   glibc's assert(): "prog: src/queue.cpp:17: int length(int): Assertion `n >= 0' failed."
//   libstdc++'s terminate handler: "terminate called after throwing an instance of 'std::runtime_error'"
//     followed by "  what():  message".
// The abort that follows (the shell's "Aborted" report, the runner's exit code 134) is the same
// crash, so the block takes those lines instead of letting them count again.

export const ABORT_TRIGGERS = ['Assertion `', 'terminate called '];

const ASSERTION = /^(?:.+?: )?(.+?):(\d+): (.+?): (Assertion `.+' failed\.)$/;
const TERMINATE =
  /^terminate called (?:after throwing an instance of '(.+)'|(without an active exception|recursively))$/;
const WHAT = /^\s+what\(\):\s+(.*)$/;
// A shell report, then the runner's exit-code line.
const MAX_EPILOGUE_LINES = 2;

export function startAbortReport(line: LogLine, workspace: string): LogBlock | undefined {
  const assertion = ASSERTION.exec(line.text);
  const terminate = assertion ? undefined : TERMINATE.exec(line.text);
  if (!assertion && !terminate) return undefined;
  const lines = [line.text];
  let message = assertion?.[4] ?? terminate?.[2] ?? '';
  let epilogue = 0;
  return {
    push(next) {
      const what = terminate && lines.length === 1 ? WHAT.exec(next.text) : null;
      if (what) message = what[1] ?? '';
      else if (epilogue >= MAX_EPILOGUE_LINES || !isSignalEpilogue(next.text, 'SIGABRT')) return 'end';
      else epilogue++;
      lines.push(next.text);
      return 'more';
    },
    finish(): DetectedError[] {
      if (assertion) {
        const [, file = '', lineNo, fn = ''] = assertion;
        const where = { file: relativeToWorkspace(file, workspace), line: Number(lineNo), function: fn };
        const frames = [{ ...where, inApp: isNativeInApp(where) }];
        return [{ line: line.number, error: errorInfo({ type: 'assertion', message, frames, lines }) }];
      }
      const type = terminate?.[1] ?? 'std::terminate';
      return [{ line: line.number, error: errorInfo({ type, message, frames: [], lines }) }];
    },
  };
}
