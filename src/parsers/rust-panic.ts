import type { Frame } from '../model.js';
import { relativeToWorkspace } from './paths.js';

// A Rust panic as the runtime prints it, shared by the cargo test parser, the JUnit dialect of
// cargo-nextest and the log detector: the panic line, its message, and RUST_BACKTRACE's frames.

export const PANIC = /^thread '(.*)'(?: \(\d+\))? panicked at (.*)$/;
// Rust 1.73+: "panicked at src/lib.rs:12:5:" and the message on the lines after it.
const PANIC_AT = /^(.+?):(\d+):(\d+):$/;
// Before 1.73: "panicked at 'message', src/lib.rs:12:5", the message possibly over several lines.
const OLD_PANIC_END = /^(.*)', (.+?):(\d+)(?::(\d+))?$/;
const BACKTRACE_FRAME = /^\s*\d+:\s+(?:0x[0-9a-f]+ - )?(.+?)\s*$/;
const BACKTRACE_AT = /^\s+at (.+?):(\d+)(?::(\d+))?\s*$/;

// Code from the toolchain or from crates.io, as opposed to the crate under test. Paths are as
// rustc prints them: "/rustc/<hash>/library/std/…" (or "src/libstd/…" before 1.47), a rustup
// toolchain's source, or a crate unpacked under $CARGO_HOME.
const LIBRARY_FILE =
  /^\/rustc\/[0-9a-f]+\/|(^|\/)lib\/rustlib\/src\/|(^|\/)\.rustup\/toolchains\/|^(library|src)\/(std|core|alloc|test|proc_macro|panic_unwind|panic_abort|backtrace)\/|^src\/lib(std|core|alloc|test)\/|(^|\/)registry\/src\/[^/]+\/|(^|\/)git\/checkouts\/|(^|\/)csu\/|(^|\/)sysdeps\//;
const LIBRARY_CRATES = new Set([
  'std',
  'core',
  'alloc',
  'test',
  'proc_macro',
  'panic_unwind',
  'panic_abort',
  'backtrace',
  '__rustc',
]);
// Symbols of the runtime and libc with no crate path: "rust_begin_unwind", "_start", "main".
const RUNTIME_SYMBOL =
  /^(rust_begin_unwind|rust_panic|__rust_\w+|_start|__libc_start_\w+|start_thread|clone3?|main|<unknown>)$/;

export function cleanPath(file: string, workspace: string): string {
  return relativeToWorkspace(file, workspace).replace(/^\.\//, '');
}

/** `RUST_BACKTRACE=full` adds crate hashes ("std[e2f1…]::") and symbol hashes ("::h1a2b…"). */
function cleanFunction(name: string): string {
  return name.replace(/\[[0-9a-f]{8,}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
}

/** The crate a function belongs to: "core" for "core::panicking::panic_fmt" and for "<core::… as …>::f". */
function crateOf(fn: string): string {
  const self = fn.replace(/^<+/, '').replace(/^(&(mut )?|dyn |\*(const|mut) )+/, '');
  if (/^fn[(<]/.test(self)) return 'core';
  return /^[\w]+/.exec(self)?.[0] ?? '';
}

export function isRustInApp(frame: Omit<Frame, 'inApp'>): boolean {
  if (frame.file) return !LIBRARY_FILE.test(frame.file);
  if (!frame.function) return true;
  return !(LIBRARY_CRATES.has(crateOf(frame.function)) || RUNTIME_SYMBOL.test(frame.function));
}

export function frame(parts: Omit<Frame, 'inApp'>): Frame {
  return { ...parts, inApp: isRustInApp(parts) };
}

/** The frames of a "stack backtrace:" section, innermost first as Rust prints them. */
export function rustBacktrace(lines: readonly string[], workspace: string): Frame[] {
  const frames: Frame[] = [];
  let last: Frame | undefined;
  for (const line of lines) {
    const at = BACKTRACE_AT.exec(line);
    if (at) {
      if (last && last.file === undefined) {
        last.file = cleanPath(at[1] ?? '', workspace);
        last.line = Number(at[2]);
        if (at[3]) last.column = Number(at[3]);
        last.inApp = isRustInApp(last);
      }
      continue;
    }
    const fn = BACKTRACE_FRAME.exec(line);
    if (!fn) break;
    last = frame({ function: cleanFunction(fn[1] ?? '') });
    frames.push(last);
  }
  return frames;
}

export interface Location {
  file: string;
  line: number;
  column?: number;
}

export interface Panic {
  message: string;
  location?: Location;
  frames: Frame[];
}

export function location(
  file: string,
  line: string | undefined,
  column: string | undefined,
  workspace: string,
) {
  const where: Location = { file: cleanPath(file, workspace), line: Number(line) };
  if (column) where.column = Number(column);
  return where;
}

/** The first panic in a block: its message, where it happened and, with RUST_BACKTRACE, its frames. */
export function readPanic(lines: readonly string[], start: number, workspace: string): Panic {
  const rest = PANIC.exec(lines[start] ?? '')?.[2] ?? '';
  const message: string[] = [];
  let where: Location | undefined;
  let index = start + 1;
  if (rest.startsWith("'")) {
    // The old format quotes the message and puts the location after it, on its last line.
    for (let text = rest.slice(1), at = start; at < lines.length; at += 1, text = lines[at] ?? '') {
      const end = OLD_PANIC_END.exec(text);
      message.push(end ? (end[1] ?? '') : text);
      index = at + 1;
      if (end) {
        where = location(end[2] ?? '', end[3], end[4], workspace);
        break;
      }
    }
  } else {
    const at = PANIC_AT.exec(rest);
    if (at) where = location(at[1] ?? '', at[2], at[3], workspace);
    for (; index < lines.length; index += 1) {
      const text = lines[index] ?? '';
      if (/^(note: run with `RUST_BACKTRACE|stack backtrace:$)/.test(text) || PANIC.test(text)) break;
      message.push(text);
    }
  }
  let frames: Frame[] = [];
  for (; index < lines.length && !PANIC.test(lines[index] ?? ''); index += 1) {
    if (lines[index] === 'stack backtrace:') {
      frames = rustBacktrace(lines.slice(index + 1), workspace);
      break;
    }
  }
  const first = message.find((text) => text.trim())?.trim();
  const fallback = where ? `panicked at ${where.file}:${where.line}` : 'panicked';
  return { message: first ?? fallback, ...(where ? { location: where } : {}), frames };
}

/** The panic location is a frame of its own unless the backtrace already has it. */
export function withLocation(frames: Frame[], where: Location | undefined): Frame[] {
  if (!where) return frames;
  if (frames.some((candidate) => candidate.file === where.file && candidate.line === where.line))
    return frames;
  const own = frame({ ...where });
  const firstApp = frames.findIndex((candidate) => candidate.inApp);
  if (firstApp < 0) return [...frames, own];
  return [...frames.slice(0, firstApp), own, ...frames.slice(firstApp)];
}
