import type { Frame } from '../../model.js';
import { relativeToWorkspace } from '../../parsers/paths.js';
import { isRustInApp, rustBacktrace } from '../../parsers/rust-panic.js';
import type { DetectedError, LogBlock, LogDetector, LogLine } from '../detector.js';
import { isNativeInApp } from './native-frames.js';
import { errorInfo } from './native-report.js';
import { isSignalEpilogue } from './native-signals.js';

// Rust panics as the default panic hook prints them, from any program, `cargo run` or `cargo test`:
//   thread 'main' (1234) panicked at src/main.rs:5:9:        (Rust 1.73+; the thread id since 1.89)
//   <message, possibly over several lines>
//   note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// or "stack backtrace:" and its frames ("  4: crate::module::func" + "        at ./src/x.rs:3:25").
// Before 1.73: "thread 'main' panicked at 'message', src/main.rs:5:9".
// Also: "thread 'main' has overflowed its stack" and a test binary killed by a signal, as cargo
// reports it. A panic followed by libtest's "ok" (a should_panic test or a caught panic, printed
// with --nocapture) is not a failure.

const PANIC = /^thread '(.*?)'(?: \(\d+\))? panicked at (.*)$/;
const LOCATION = /^(.+?):(\d+):(\d+):$/;
const OLD_MESSAGE_END = /^(.*)', (.+?):(\d+)(?::(\d+))?$/;
const OVERFLOW = /^thread '(.*?)'(?: \(\d+\))? has overflowed its stack$/;
const CARGO_SIGNAL = /process didn't exit successfully: `(.+?)` \(signal: \d+, (SIG[A-Z]+)(?:: ([^)]+))?\)$/;
const BACKTRACE_LINE = /^\s+(\d+: |at )/;
// A panic inside a destructor while unwinding: the runtime's own panic, then the abort.
const ABORTING = /^thread caused non-unwinding panic\. aborting\.$|^fatal runtime error: /;
const MAX_MESSAGE_LINES = 100;
// Blank lines, the runtime's abort panic, the abort notice, a shell report and the exit code.
const MAX_AFTER_LINES = 8;

type State = 'message' | 'old-message' | 'backtrace' | 'after' | 'done';

export const rustDetector: LogDetector = {
  runtime: 'rust',
  triggers: [' panicked at ', ' has overflowed its stack', "process didn't exit successfully: "],
  start(line, _before, context) {
    return startPanic(line, context.workspace) ?? startOverflow(line) ?? startSignal(line, context.workspace);
  },
};

function startPanic(line: LogLine, workspace: string): LogBlock | undefined {
  const header = PANIC.exec(line.text);
  if (!header) return undefined;
  const [, thread = '', rest = ''] = header;
  const lines = [line.text];
  const message: string[] = [];
  const backtrace: string[] = [];
  const at = LOCATION.exec(rest);
  let where: Location | undefined = at ? { file: at[1] ?? '', line: at[2], column: at[3] } : undefined;
  let state: State = where ? 'message' : 'old-message';
  let after = 0;
  let passed = false;
  // The old format may hold the whole message on the header line.
  if (state === 'old-message') readOldMessage(rest.replace(/^'/, ''));

  function readOldMessage(text: string): void {
    const end = OLD_MESSAGE_END.exec(text);
    message.push(end ? (end[1] ?? '') : text);
    if (end) {
      where = { file: end[2] ?? '', line: end[3], column: end[4] };
      state = 'after';
    }
  }

  function take(text: string): 'more' {
    lines.push(text);
    return 'more';
  }

  function afterReport(text: string): 'more' | 'end' {
    if (after++ >= MAX_AFTER_LINES) return 'end';
    const verdict =
      /^(ok|FAILED)$/.exec(text) ?? /^test (.+?)(?: - should panic)? \.\.\. (ok|FAILED)$/.exec(text);
    if (verdict && (verdict.length === 2 || verdict[1] === thread)) {
      passed = verdict.at(-1) === 'ok';
      state = 'done';
      return take(text);
    }
    const runtimePanic = PANIC.exec(text)?.[2]?.startsWith('/rustc/');
    if (!text.trim() || runtimePanic || ABORTING.test(text) || isAbortReport(text)) return take(text);
    // The message of the runtime's own panic ("panic in a destructor during cleanup").
    if (PANIC.test(lines.at(-1) ?? '')) return take(text);
    return 'end';
  }

  return {
    push(next) {
      const text = next.text;
      if (state === 'done') return 'end';
      if (state === 'old-message') {
        if (message.length >= MAX_MESSAGE_LINES) return 'end';
        readOldMessage(text);
        return take(text);
      }
      if (state === 'backtrace') {
        if (BACKTRACE_LINE.test(text)) {
          backtrace.push(text);
          return take(text);
        }
        state = 'after';
        if (text.startsWith('note: ')) return take(text);
      }
      if (state === 'after') return afterReport(text);
      if (text === 'stack backtrace:') {
        state = 'backtrace';
        return take(text);
      }
      if (text.startsWith('note: run with `RUST_BACKTRACE')) {
        state = 'after';
        return take(text);
      }
      if (
        !text.trim() ||
        /^(ok|FAILED)$/.test(text) ||
        PANIC.test(text) ||
        message.length >= MAX_MESSAGE_LINES
      ) {
        state = 'after';
        return afterReport(text);
      }
      message.push(text);
      return take(text);
    },
    finish(): DetectedError[] {
      if (passed) return [];
      const location = where ? locationFrame(where, workspace) : undefined;
      const frames = withLocation(rustBacktrace(backtrace, workspace).map(withNativeRules), location);
      const first = message.find((text) => text.trim())?.trim();
      const fallback = location ? `panicked at ${location.file}:${location.line}` : 'panicked';
      return [
        { line: line.number, error: errorInfo({ type: 'panic', message: first ?? fallback, frames, lines }) },
      ];
    },
  };
}

// RUST_BACKTRACE=full also lists libc's frames ("./csu/../sysdeps/…") and "<unknown>", which the
// Rust rules alone take for app code.
function withNativeRules(frame: Frame): Frame {
  return frame.inApp && !isNativeInApp(frame) ? { ...frame, inApp: false } : frame;
}

function isAbortReport(text: string): boolean {
  const cargo = CARGO_SIGNAL.exec(text);
  return cargo ? cargo[2] === 'SIGABRT' : isSignalEpilogue(text, 'SIGABRT');
}

interface Location {
  file: string;
  line: string | undefined;
  column: string | undefined;
}

function locationFrame(where: Location, workspace: string): Frame {
  const frame: Omit<Frame, 'inApp'> = {
    file: relativeToWorkspace(where.file, workspace).replace(/^\.\//, ''),
  };
  frame.line = Number(where.line);
  if (where.column) frame.column = Number(where.column);
  return { ...frame, inApp: isRustInApp(frame) };
}

/** The panic location is a frame of its own unless the backtrace already has it. */
function withLocation(frames: Frame[], location: Frame | undefined): Frame[] {
  if (!location) return frames;
  if (frames.some((frame) => frame.file === location.file && frame.line === location.line)) return frames;
  const firstApp = frames.findIndex((frame) => frame.inApp);
  if (firstApp < 0) return [...frames, location];
  return [...frames.slice(0, firstApp), location, ...frames.slice(firstApp)];
}

/** "thread 'main' has overflowed its stack", then "fatal runtime error: stack overflow" and the abort. */
function startOverflow(line: LogLine): LogBlock | undefined {
  const header = OVERFLOW.exec(line.text);
  if (!header) return undefined;
  const lines = [line.text];
  return {
    push(next) {
      if (lines.length > MAX_AFTER_LINES || !(ABORTING.test(next.text) || isAbortReport(next.text)))
        return 'end';
      lines.push(next.text);
      return 'more';
    },
    finish(): DetectedError[] {
      const message = `thread '${header[1]}' has overflowed its stack`;
      return [
        { line: line.number, error: errorInfo({ type: 'stack overflow', message, frames: [], lines }) },
      ];
    },
  };
}

/** A program or test binary cargo ran that died of a signal (a segfault in FFI code, an abort). */
function startSignal(line: LogLine, workspace: string): LogBlock | undefined {
  const match = CARGO_SIGNAL.exec(line.text);
  if (!match) return undefined;
  const [, command = '', signal = '', description] = match;
  // "/ci/target/debug/deps/crash-a2dc62102239b32e --ignored" → "crash": the hash changes with every build.
  const program = relativeToWorkspace(command.split(' ')[0] ?? '', workspace)
    .replace(/^.*\//, '')
    .replace(/-[0-9a-f]{16}$/, '');
  const message = `${program} was killed by ${signal}${description ? `: ${description}` : ''}`;
  return {
    push: () => 'end',
    finish: () => [
      { line: line.number, error: errorInfo({ type: signal, message, frames: [], lines: [line.text] }) },
    ],
  };
}
