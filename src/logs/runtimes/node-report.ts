import type { ErrorInfo, Frame } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import { relativeToWorkspace } from '../../parsers/paths.js';
import { isFrameLine, isNodeFrameInApp, parseV8Frame } from './node-frames.js';

// Reads one report Node printed for an uncaught error, as in lib/internal/process/execution.js
// and util.inspect: an optional source excerpt ("file:line", the code, a caret), the error's
// header ("TypeError: msg", "Error [ERR_X]: msg", "[Error: msg]" when it has no stack, or any
// thrown value), its V8 frames, then util.inspect's object with extra properties, nested
// "[cause]: …" errors and an AggregateError's "[errors]: [ … ]", each indented two more.

// "/app/x.js:3", "file:///app/x.mjs:4", "node:internal/process/promises:391"
const EXCERPT_LOCATION = /^(\S.*):(\d+)$/;
const CARET = /^\s*\^+\s*$/;
// "TypeError: msg", "Error [ERR_MODULE_NOT_FOUND]: msg", "AggregateError" (an empty message).
const TYPED = /^([A-Za-z_$][\w$]*)(?: \[([\w$]+)\])?(?:: (.*))?$/;
const NAMES_AN_ERROR = /(?:Error|Exception|Rejection)$/;
// Node's warn mode for rejections (the default before Node 15) prefixes the error with this.
const REJECTION_WARNING = /^\(node:\d+\) UnhandledPromiseRejectionWarning: /;
const CAUSE = /^(\s*)\[cause\]: (.*)$/;
const ERRORS_OPEN = /^(\s*)\[errors\]: \[$/;
const LIST_CLOSE = /^(\s*)\],?$/;
// Frames of the place an unhandled 'error' event was emitted: not where the error came from.
const EMITTED = /^Emitted 'error' event/;

export interface NodeHeader {
  type?: string;
  message: string;
}

/** The error a header line names, or undefined when the line is no error header. */
export function parseTypedHeader(text: string): NodeHeader | undefined {
  let rest = text.trim().replace(REJECTION_WARNING, '');
  // util.inspect brackets an error without a stack: "[Error: msg]", "[AggregateError: msg] {".
  const bracketed = /^\[(.*)\](?: \{)?$/.exec(rest);
  if (bracketed) rest = bracketed[1] ?? '';
  const match = TYPED.exec(rest);
  if (!match?.[1]) return undefined;
  const [, type, , message] = match;
  if (message === undefined && !NAMES_AN_ERROR.test(type)) return undefined;
  return { type, message: message?.trim() ?? '' };
}

/** Any header: a thrown string or object has no type, and its text is the message. */
function parseHeader(text: string): NodeHeader {
  return parseTypedHeader(text) ?? { message: text.trim() };
}

export function isRejectionWarning(text: string): boolean {
  return REJECTION_WARNING.test(text);
}

/** Index of the "file:line" line of the last source excerpt (location, code, caret) in lines. */
export function findExcerpt(lines: readonly string[]): number | undefined {
  for (let caret = lines.length - 1; caret >= 2; caret--) {
    if (CARET.test(lines[caret] ?? '') && EXCERPT_LOCATION.test(lines[caret - 2] ?? '')) return caret - 2;
  }
  return undefined;
}

interface Collected {
  header: NodeHeader;
  frames: Frame[];
}

function toInfo(collected: Collected): ErrorInfo {
  const info: ErrorInfo = { message: collected.header.message, frames: collected.frames };
  if (collected.header.type) info.type = collected.header.type;
  return info;
}

/**
 * The error a report describes, from its first line (the excerpt or the header) to its end.
 * Nested errors, causes and an AggregateError's errors alike, become `causes` in the order
 * printed, which for a cause chain is nearest first.
 */
export function parseNodeReport(lines: readonly string[], workspace: string): ErrorInfo {
  let at = 0;
  while (at < lines.length && lines[at]?.trim() === '') at++;
  let excerpt: Frame | undefined;
  const location = EXCERPT_LOCATION.exec(lines[at] ?? '');
  if (location && CARET.test(lines[at + 2] ?? '')) {
    const file = relativeToWorkspace(location[1] ?? '', workspace);
    excerpt = { file, line: Number(location[2]), inApp: isNodeFrameInApp({ file }) };
    at += 3;
    while (at < lines.length && lines[at]?.trim() === '') at++;
  }
  const top: Collected = { header: parseHeader(lines[at] ?? ''), frames: [] };
  const nested: Collected[] = [];
  let current = top;
  let emitted = false;
  const listIndents: number[] = [];
  for (const text of lines.slice(at + 1)) {
    const indent = text.length - text.trimStart().length;
    if (EMITTED.test(text)) emitted = true;
    else if (isFrameLine(text)) {
      const frame = emitted ? undefined : parseV8Frame(text, workspace);
      if (frame) current.frames.push(frame);
    } else if (CAUSE.test(text) || (indent === listIndents.at(-1) && parseTypedHeader(text))) {
      current = { header: parseHeader(CAUSE.exec(text)?.[2] ?? text), frames: [] };
      nested.push(current);
    } else if (ERRORS_OPEN.test(text)) listIndents.push(indent + 2);
    else if (LIST_CLOSE.test(text) && indent + 2 === listIndents.at(-1)) listIndents.pop();
  }
  const info = toInfo(top);
  // A SyntaxError's frames are the module loader's, and a thrown string has none: the excerpt
  // is then the only place that names the app's line.
  const needsExcerpt = top.header.type === 'SyntaxError' || !info.frames.some((frame) => frame.inApp);
  if (excerpt?.inApp && needsExcerpt) info.frames.unshift(excerpt);
  if (nested.length > 0) info.causes = nested.map(toInfo);
  const stack = lines.join('\n').trim();
  info.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
  return info;
}
