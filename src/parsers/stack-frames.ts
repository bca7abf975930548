import type { Frame } from '../model.js';
import { relativeToWorkspace } from './paths.js';

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
const OUTERMOST_FIRST = new Set([parsePython, parsePytest]);

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

export function parseFrames(stack: string, workspace: string): Frame[] {
  const frames: Frame[] = [];
  let outermostFirst = false;
  let lastDef: string | undefined;
  for (const line of stack.split(/\r?\n/)) {
    const def = PYTHON_DEF.exec(line);
    if (def) lastDef = def[1];
    for (const parse of lineParsers) {
      const frame = parse(line, workspace);
      if (!frame) continue;
      if (OUTERMOST_FIRST.has(parse)) outermostFirst = true;
      if (parse === parsePytest && lastDef && !frame.function) frame.function = lastDef;
      lastDef = undefined;
      frames.push({ ...frame, inApp: isInApp(frame) });
      break;
    }
  }
  return outermostFirst ? frames.reverse() : frames;
}
