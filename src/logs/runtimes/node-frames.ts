import type { Frame } from '../../model.js';
import { relativeToWorkspace } from '../../parsers/paths.js';

// V8 stack frames as Node prints them (https://v8.dev/docs/stack-trace-api):
//   "    at fn (file:line:col)", "    at file:line:col", "    at async fn (file:///x.mjs:3:9)",
//   "    at new Thing (file:line:col)", "    at JSON.parse (<anonymous>)", "    at Promise.all (index 0)".
// The function has no "(" of its own, so Java's "at a.B.c(B.java:12)" is never read as one.
const CALL = /^\s*at (?:async )?([^()]*?) \((.*)\)$/;
const BARE = /^\s*at (?:async )?(\S+:\d+:\d+)$/;
const LOCATION = /^(.*?):(\d+):(\d+)$/;

/** Node's own code, dependencies, and code with no file: never the app's. */
const NOT_IN_APP = [
  /^node:/,
  /^internal[\\/]/,
  /(^|[\\/])node_modules[\\/]/,
  /^<anonymous>$/,
  /^\[eval\]/,
  /^evalmachine\./,
];

export function isNodeFrameInApp(frame: Omit<Frame, 'inApp'>): boolean {
  if (!frame.file) return false;
  const file = frame.file;
  return !NOT_IN_APP.some((pattern) => pattern.test(file));
}

/** One V8 frame line, or undefined when the line is not one. */
export function parseV8Frame(line: string, workspace: string): Frame | undefined {
  // The last frame before util.inspect's properties ends in " {", an AggregateError's in ",".
  const text = line.trimEnd().replace(/(?:,| \{)$/, '');
  const call = CALL.exec(text);
  const bare = call ? undefined : BARE.exec(text);
  if (!call && !bare) return undefined;
  const fn = call?.[1];
  const where = call ? locationOf(call[2] ?? '') : (bare?.[1] ?? '');
  const location = LOCATION.exec(where);
  const frame: Omit<Frame, 'inApp'> = {};
  if (location) {
    frame.file = relativeToWorkspace(fileOf(location[1] ?? ''), workspace);
    frame.line = Number(location[2]);
    frame.column = Number(location[3]);
  } else if (!call) {
    return undefined;
  }
  if (fn) frame.function = fn;
  return { ...frame, inApp: isNodeFrameInApp(frame) };
}

// "eval at run (/app/x.js:3:9), <anonymous>:1:1": the code ran from a string; its place in
// that string is the last part.
function locationOf(inside: string): string {
  if (!inside.startsWith('eval at ')) return inside;
  return inside.slice(inside.lastIndexOf(', ') + 2);
}

// ESM frames are file:// URLs, with spaces and non-ASCII characters percent-encoded.
function fileOf(raw: string): string {
  if (!raw.startsWith('file://')) return raw;
  try {
    return decodeURIComponent(raw.slice('file://'.length));
  } catch {
    return raw.slice('file://'.length);
  }
}

/** "    at …" with any indentation, whether or not it parses: part of a V8 stack. */
export function isFrameLine(text: string): boolean {
  return /^\s+at \S/.test(text);
}
