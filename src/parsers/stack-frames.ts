import type { Frame } from '../model.js';
import { splitLines } from './lines.js';
import { relativeToWorkspace } from './paths.js';
import { detach } from './xml-stream.js';

// One small line parser per engine, tried in order (the stacktrace-parser habit).
// Each returns a frame or undefined. The raw-log issue grows this into one file per language.
type ParsedFrame = Omit<Frame, 'inApp'>;
type LineParser = (line: string, workspace: string) => ParsedFrame | undefined;

// V8: "    at fn (file:line:col)", "    at file:line:col", "    at async fn (file:line:col)"
const V8 = /^\s*at (?:(?:async )?(.+?) \()?((?:file:\/\/)?[^()\s][^()]*?):(\d+):(\d+)\)?\s*$/;
// CPython: '  File "path", line 12, in fn'
const PYTHON = /^\s*File "(.+)", line (\d+), in (.+?)\s*$/;
// Vitest: " ❯ fn src/cart.mjs:3:21" or " ❯ src/cart.mjs:7:44"
const VITEST = /^\s*❯ (?:(\S+) )?(\S+?):(\d+):(\d+)\s*$/;
// pytest's long traceback: "inventory.py:7: KeyError", "test_inventory.py:11: " or, for a
// frame shown short, "orders.py:20: in place_order"
const PYTEST = /^([^\s:][^:]*\.py):(\d+):(?: in ([\w.<>]+)$)?(?: .*)?$/;
// JVM: "\tat com.acme.Foo.bar(Foo.java:12)" or "(Native Method)" / "(Unknown Source)"
const JVM = /^\s*at (?:[\w.$-]+\/)?((?:[\w$]+\.)*[\w$<>]+)\.([\w$<>-]+)\(([^:()]+)(?::(\d+))?\)\s*$/;

const parseV8: LineParser = (line, workspace) => {
  const match = V8.exec(line);
  if (!match) return undefined;
  const [, fn, file = '', lineNo, column] = match;
  return {
    file: relativeToWorkspace(file, workspace),
    line: Number(lineNo),
    column: Number(column),
    ...(fn ? { function: fn } : {}),
  };
};

const parseVitest: LineParser = (line, workspace) => {
  const match = VITEST.exec(line);
  if (!match) return undefined;
  const [, fn, file = '', lineNo, column] = match;
  return {
    file: relativeToWorkspace(file, workspace),
    line: Number(lineNo),
    column: Number(column),
    ...(fn ? { function: fn } : {}),
  };
};

const parsePytest: LineParser = (line, workspace) => {
  const match = PYTEST.exec(line);
  if (!match) return undefined;
  const [, file = '', lineNo, fn] = match;
  return {
    file: relativeToWorkspace(file, workspace),
    line: Number(lineNo),
    ...(fn ? { function: fn } : {}),
  };
};

const parsePython: LineParser = (line, workspace) => {
  const match = PYTHON.exec(line);
  if (!match) return undefined;
  const [, file = '', lineNo, fn = ''] = match;
  return { file: relativeToWorkspace(file, workspace), line: Number(lineNo), function: fn };
};

const parseJvm: LineParser = (line) => {
  const match = JVM.exec(line);
  if (!match) return undefined;
  const [, owner = '', method = '', file = '', lineNo] = match;
  return {
    file,
    ...(lineNo ? { line: Number(lineNo) } : {}),
    function: `${owner}.${method}`,
    module: owner,
  };
};

const lineParsers: readonly LineParser[] = [parseV8, parseVitest, parsePython, parsePytest, parseJvm];
// Python prints the outermost frame first; the model wants the innermost first.
const OUTERMOST_FIRST = new Set<LineParser | undefined>([parsePython, parsePytest]);

const NOT_IN_APP = [
  /(^|[\\/])node_modules[\\/]/,
  /^node:/,
  /^internal[\\/]/,
  /(^|[\\/])(site|dist)-packages[\\/]/,
  /(^|[\\/])lib[\\/]python\d/,
  /^<frozen /,
];
const JVM_LIBRARY = /^(java|javax|jdk|sun|kotlin|kotlinx|scala|org\.junit|org\.apache\.maven|org\.gradle)\./;

export function isInApp(frame: Omit<Frame, 'inApp'>): boolean {
  if (frame.module && JVM_LIBRARY.test(frame.module)) return false;
  return !(frame.file && NOT_IN_APP.some((pattern) => pattern.test(frame.file ?? '')));
}

/**
 * Frames found in a stack trace, innermost first. Python prints the innermost frame
 * last, so its frames are reversed to match the model's order.
 */
// pytest's long traceback prints each frame's source, starting at its "def" line, before the
// "file:line:" line that locates it; that "def" names the frame's function.
const PYTHON_DEF = /^\s*(?:>\s*)?(?:async\s+)?def (\w+)\(/;

interface ReadLine {
  workspace: string;
  /** The function a pytest "def" line names. */
  def: string | undefined;
  frame: Frame | undefined;
  parser: LineParser | undefined;
}

// The same frame lines recur across the failures of a report (a framework's stack under every
// test), so each line is read once and its frame shared: frames are values nobody changes.
// Lines are remembered in a table of two-slot sets, found by a hash of a few of their characters:
// a Map would hash every character of every line, and that cost more than the rest of reading a
// remembered line. A line read moves to the first slot of its set and the line there to the
// second, so the lines that recur stay while the rest are dropped. Keys are copies, so it never
// holds a report's text alive. The table holds 1,024 lines, as the two generations of 500 before
// it did, and is small because what it drops is garbage in the old generation: with 10,000 lines,
// 2,000 failures of 400 unique frame lines each peaked at 324 MiB, against 162 MiB with 1,000
// (165 MiB with this table). On the benchmark, whose 80,000 frame lines hold 10,000 distinct ones,
// it finds 86% of them, as the generations did.
const SETS = 512;
const rememberedLines = new Array<string | undefined>(2 * SETS).fill(undefined);
const rememberedReads = new Array<ReadLine | undefined>(2 * SETS).fill(undefined);

/** The first slot of the line's set: a hash of its length, its end (where frame lines differ most) and a sample of the rest. */
function slotOf(line: string): number {
  let hash = line.length;
  const tail = Math.max(0, line.length - 16);
  for (let index = tail; index < line.length; index += 1)
    hash = Math.imul(hash ^ line.charCodeAt(index), 0x01000193);
  for (let index = 0; index < tail; index += 7) hash = Math.imul(hash ^ line.charCodeAt(index), 0x01000193);
  return ((hash ^ (hash >>> 16)) & (SETS - 1)) * 2;
}

// What every line parser's pattern needs at the line's start (\s is what trimStart removes): most
// lines of a stack (source lines, messages, blank lines) fail it, and are never matched or kept.
export function mayBeFrame(line: string): boolean {
  const start = line.trimStart();
  return (
    FRAME_STARTS.some((prefix) => start.startsWith(prefix)) ||
    (start.length === line.length && line.includes('.py:'))
  );
}
// V8 and JVM "at ", Vitest "❯ ", CPython 'File "'; pytest's def lines: "def ", "async def ", "> def".
const FRAME_STARTS = ['at ', '❯ ', 'File "', 'def ', 'async', '>'];

/** Every pattern a line is read with, for the test that mayBeFrame lets through all they match. */
export const LINE_PATTERNS: readonly RegExp[] = [V8, PYTHON, VITEST, PYTEST, JVM, PYTHON_DEF];

const NOT_A_FRAME: ReadLine = { workspace: '', def: undefined, frame: undefined, parser: undefined };

function readLine(line: string, workspace: string): ReadLine {
  if (!mayBeFrame(line)) return NOT_A_FRAME;
  const first = slotOf(line);
  const second = first + 1;
  const inFirst = rememberedReads[first];
  if (inFirst?.workspace === workspace && rememberedLines[first] === line) return inFirst;
  const inSecond = rememberedReads[second];
  const found = inSecond?.workspace === workspace && rememberedLines[second] === line;
  const kept = found ? rememberedLines[second] : detach(line);
  const read = found && inSecond ? inSecond : parseLine(line, workspace);
  rememberedLines[second] = rememberedLines[first];
  rememberedReads[second] = inFirst;
  rememberedLines[first] = kept;
  rememberedReads[first] = read;
  return read;
}

function parseLine(line: string, workspace: string): ReadLine {
  const read: ReadLine = { workspace, def: undefined, frame: undefined, parser: undefined };
  const def = PYTHON_DEF.exec(line)?.[1];
  if (def) read.def = detach(def);
  for (const parse of lineParsers) {
    const frame = parse(line, workspace);
    if (!frame) continue;
    read.parser = parse;
    read.frame = ownStrings({ ...frame, inApp: isInApp(frame) });
    break;
  }
  return read;
}

/** The frame with its strings copied: slices of a stack would keep the whole stack alive. */
function ownStrings(frame: Frame): Frame {
  if (frame.file !== undefined) frame.file = detach(frame.file);
  if (frame.function !== undefined) frame.function = detach(frame.function);
  // A JVM frame's module is the start of its function: one copy serves both.
  if (frame.module !== undefined)
    frame.module = frame.function?.startsWith(frame.module)
      ? frame.function.slice(0, frame.module.length)
      : detach(frame.module);
  return frame;
}

/** A pytest frame named by the "def" line above it, its fields in the order they always had. */
function named({ inApp, ...frame }: Frame, fn: string): Frame {
  return { ...frame, function: fn, inApp };
}

export function parseFrames(stack: string, workspace: string): Frame[] {
  const frames: Frame[] = [];
  let outermostFirst = false;
  let lastDef: string | undefined;
  for (const line of splitLines(stack)) {
    const { def, frame, parser } = readLine(line, workspace);
    if (def) lastDef = def;
    if (!frame) continue;
    if (OUTERMOST_FIRST.has(parser)) outermostFirst = true;
    frames.push(parser === parsePytest && lastDef && !frame.function ? named(frame, lastDef) : frame);
    lastDef = undefined;
  }
  return outermostFirst ? frames.reverse() : frames;
}
