import type { Frame } from '../../model.js';
import { relativeToWorkspace, toPosix } from '../../parsers/paths.js';

// Reads the text of one CPython traceback report (CPython 3.11's traceback.py and
// Python/pythonrun.c print it): a chain of segments joined by the two chain sentences, each
// segment a "Traceback" with frames and an exception line, or an exception group's box
// ("+-+---- 1 ----", "| ...") whose sub-exceptions are boxes of their own.

export interface PythonException {
  type: string;
  message: string;
  /** Outermost first, as Python prints them. */
  frames: Frame[];
  /** An exception group's members, in printed order. */
  members: PythonException[];
}

export const TRACEBACK_HEADER = /^(?:Exception Group )?Traceback \(most recent call last\):\s*$/;
export const GROUP_HEADER = /^( *)\+ Exception Group Traceback \(most recent call last\):\s*$/;
export const CHAIN_MARKER =
  /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
// "ValueError: msg", "json.decoder.JSONDecodeError: msg", "KeyboardInterrupt" (no message).
export const EXCEPTION_LINE = /^([A-Za-z_][\w.]*)(?:: (.*))?$/;
const FRAME = /^\s*File "(.+)", line (\d+), in (.+?)\s*$/;
// A SyntaxError's location has no function: '  File "app/bad.py", line 3'.
export const SYNTAX_LOCATION = /^\s*File "(.+)", line (\d+)\s*$/;
// Box borders inside a group: "+-+---- 1 ----", "+---- 2 ----", "+---- ... ----", "+--------".
const MEMBER_BORDER = /^\+-+ (?:\d+|\.\.\.) -+$/;
const LAST_BORDER = /^\+-+$/;

const NOT_APP = [
  /(^|\/)(site|dist)-packages\//,
  // The standard library: /usr/lib/python3.11/, a venv's or pyenv's lib/python3.11/, Windows' Lib\.
  /(^|\/)lib\/python\d+(\.\d+)?\//,
  /(^|\/)Lib\//,
  /^<frozen /,
];

/** Whether a frame's file is the project's own code rather than the standard library or a package. */
export function isPythonAppFile(file: string): boolean {
  const path = toPosix(file);
  return !NOT_APP.some((pattern) => pattern.test(path));
}

function frameOf(file: string, line: string, fn: string | undefined, workspace: string): Frame {
  const frame: Frame = { file: relativeToWorkspace(file, workspace), line: Number(line), inApp: false };
  if (fn) frame.function = fn;
  frame.inApp = isPythonAppFile(file);
  return frame;
}

/** Every exception the report printed, in printed order: the last one is the error. */
export function parseChain(lines: readonly string[], workspace: string): PythonException[] {
  const chain: PythonException[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] ?? '';
    const group = GROUP_HEADER.exec(line);
    if (group) {
      const column = group[1]?.length ?? 0;
      const run: string[] = [];
      while (at < lines.length && isBoxLine(lines[at] ?? '', column)) run.push(lines[at++] ?? '');
      chain.push(...parseBox(run, column, workspace));
    } else if (TRACEBACK_HEADER.test(line)) {
      at = readSegment(lines, at + 1, workspace, chain);
    } else {
      const bare = EXCEPTION_LINE.exec(line);
      if (bare) chain.push(exception(bare, []));
      at++;
    }
  }
  return chain;
}

function isBoxLine(line: string, column: number): boolean {
  const mark = line[column];
  return line.startsWith(' '.repeat(column)) && (mark === '+' || mark === '|' || mark === ' ');
}

function exception(match: RegExpExecArray, frames: Frame[]): PythonException {
  return { type: match[1] ?? '', message: (match[2] ?? '').trim(), frames, members: [] };
}

// Frames, their source and caret lines, then the exception line. A segment with no frames or
// no exception line is not a traceback Python printed, so it yields nothing.
function readSegment(
  lines: readonly string[],
  from: number,
  workspace: string,
  chain: PythonException[],
): number {
  const frames: Frame[] = [];
  let at = from;
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    const frame = FRAME.exec(line) ?? SYNTAX_LOCATION.exec(line);
    if (frame) frames.push(frameOf(frame[1] ?? '', frame[2] ?? '0', frame[3], workspace));
    else if (/^\s/.test(line)) continue;
    else {
      const found = EXCEPTION_LINE.exec(line);
      if (found && frames.length > 0) chain.push(exception(found, frames));
      return at + 1;
    }
  }
  return at;
}

/**
 * One box of a group drawn at `column`: its own lines carry "|" there, and its members are boxes
 * drawn two columns further in, split by numbered borders. Returns the box's own chain, whose last
 * exception gets the members.
 */
function parseBox(run: readonly string[], column: number, workspace: string): PythonException[] {
  const own: string[] = [];
  const members: string[][] = [];
  let member: string[] | undefined;
  for (const line of run) {
    if (line[column] === '|' || line.slice(column, column + 2) === '+ ') {
      own.push(line.slice(column + 2));
      continue;
    }
    const inner = line.slice(column + 2);
    if (MEMBER_BORDER.test(inner)) {
      member = [];
      members.push(member);
    } else if (LAST_BORDER.test(inner)) member = undefined;
    else member?.push(line);
  }
  const chain = parseChain(own, workspace);
  const last = chain.at(-1);
  if (last) {
    for (const lines of members) {
      const memberChain = parseBox(lines, column + 2, workspace);
      const found = memberChain.at(-1);
      if (found) last.members.push(found);
    }
  }
  return chain;
}
