import type { Frame } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import { type JunitDialect, nonEmptyLines } from './junit-dialect.js';
import { splitLines } from './lines.js';
import { relativeToWorkspace } from './paths.js';
import { isRustInApp, rustBacktrace } from './rust-panic.js';

// cargo-nextest puts the test's panic in the element: "thread 'name' panicked at file:L:C:"
// (Rust 1.73+) with the message on the lines after it, and a backtrace when RUST_BACKTRACE is set.
const PANIC_AT = /^thread '.*'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;

export const rustPanicDialect: JunitDialect = {
  name: 'Rust panic (cargo-nextest)',
  readError(problem, context) {
    // Every failure passes here: the cheap test first.
    if (!problem.text.includes(' panicked at ')) return undefined;
    const lines = splitLines(problem.text);
    const start = lines.findIndex((line) => PANIC_AT.test(line));
    const at = PANIC_AT.exec(lines[start] ?? '');
    if (!at?.[1]) return undefined;
    const after = lines.slice(start + 1);
    const end = after.findIndex((line) => /^(note: run with `RUST_BACKTRACE|stack backtrace:$)/.test(line));
    const message = nonEmptyLines((end < 0 ? after : after.slice(0, end)).join('\n'))[0]?.trim();
    const error = buildErrorInfo(
      { type: 'panic', message: message ?? `panicked at ${at[1]}:${at[2]}`, text: problem.text },
      context.workspace,
    );
    const backtrace = after.indexOf('stack backtrace:');
    const frames = backtrace < 0 ? [] : rustBacktrace(after.slice(backtrace + 1), context.workspace);
    const where = {
      file: relativeToWorkspace(at[1], context.workspace),
      line: Number(at[2]),
      column: Number(at[3]),
    };
    const own: Frame = { ...where, inApp: isRustInApp(where) };
    // The panic site is a frame of its own unless the backtrace has it: before the first app frame.
    const firstApp = frames.findIndex((frame) => frame.inApp);
    if (frames.some((frame) => frame.file === own.file && frame.line === own.line)) error.frames = frames;
    else if (firstApp < 0) error.frames = [...frames, own];
    else error.frames = [...frames.slice(0, firstApp), own, ...frames.slice(firstApp)];
    return error;
  },
};
