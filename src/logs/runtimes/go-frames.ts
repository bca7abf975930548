import type { Frame } from '../../model.js';
import { relativeToWorkspace } from '../../parsers/paths.js';

// Go's goroutine stacks: each frame is a function line, then its location on the next line.
//   main.(*Store).Checkout(0x4ba8c8?, {0x49a8f0, 0x4})
//   	/home/me/shop/main.go:13 +0xdf
// Inlined calls print "(...)" and no "+0x" offset; GOTRACEBACK=crash adds " fp=… sp=… pc=…".
// The race detector prints the same pairs indented by 2 and 6 spaces, without arguments.

// A function line ends with its argument list; "created by X" names the goroutine's creator.
const FUNCTION_LINE = /^\s*(\S.*\))\s*$/;
const LOCATION_LINE = /^\s+(\S.*?\.(?:go|s|c)):(\d+)(?: \+0x[0-9a-f]+)?(?: .*)?$/;
const CREATED_BY = /^\s*created by /;

/** The function's name without its argument list: "main.(*Store).Checkout". */
export function goFunctionName(line: string): string | undefined {
  const match = FUNCTION_LINE.exec(line);
  if (!match || CREATED_BY.test(line)) return undefined;
  const text = match[1] ?? '';
  // Walk back over the argument list; receivers like "(*Store)" have parentheses too.
  let depth = 0;
  for (let index = text.length - 1; index >= 0; index--) {
    const char = text[index];
    if (char === ')') depth++;
    else if (char === '(' && --depth === 0) return index > 0 ? text.slice(0, index) : undefined;
  }
  return undefined;
}

export function isGoLocationLine(line: string): boolean {
  return LOCATION_LINE.test(line);
}

export function isGoStackLine(line: string): boolean {
  return (
    LOCATION_LINE.test(line) ||
    CREATED_BY.test(line) ||
    goFunctionName(line) !== undefined ||
    /^\s*\.\.\.additional frames elided\.\.\.\s*$/.test(line)
  );
}

// Where the Go distribution's own sources live: Debian's /usr/lib/go-1.19, the official
// /usr/local/go, setup-go's hostedtoolcache, and "$GOROOT/" under -trimpath.
const GOROOT_FILE = /(?:^|\/)(?:go(?:-\d[\d.]*)?|golang)\/src\/|\/hostedtoolcache\/go\/|^\$GOROOT\//;
// The module cache and vendored copies hold dependencies.
const DEPENDENCY_FILE = /\/pkg\/mod\/|(?:^|\/)vendor\//;
const RUNTIME_FUNCTION = /^(?:runtime|testing)[./]|^panic$/;

/**
 * Whether a frame is the user's code: not the runtime, the testing package, GOROOT or a
 * dependency. `file` is the path as Go printed it; a file inside the workspace is never taken
 * for GOROOT, since a GOPATH checkout lives in ".../go/src/" too.
 */
export function isGoInApp(frame: { function?: string; file?: string }, workspace = ''): boolean {
  if (frame.function && RUNTIME_FUNCTION.test(frame.function)) return false;
  const file = frame.file ?? '';
  const relative = workspace ? relativeToWorkspace(file, workspace) : file;
  if (relative !== file) return !DEPENDENCY_FILE.test(relative);
  return !(GOROOT_FILE.test(file) || DEPENDENCY_FILE.test(file));
}

/** Collects frames from function and location line pairs, innermost first as Go prints them. */
export class GoFrameReader {
  readonly frames: Frame[] = [];
  private pending: string | undefined;

  constructor(
    private readonly workspace: string,
    private readonly limit: number,
  ) {}

  /** Reads one stack line; answers false when the line is not part of a stack. */
  read(line: string): boolean {
    const location = LOCATION_LINE.exec(line);
    if (location) {
      const fn = this.pending;
      this.pending = undefined;
      if (fn !== undefined && this.frames.length < this.limit) {
        const path = location[1] ?? '';
        const frame: Frame = {
          file: relativeToWorkspace(path, this.workspace),
          line: Number(location[2]),
          function: fn,
          inApp: isGoInApp({ function: fn, file: path }, this.workspace),
        };
        this.frames.push(frame);
      }
      return true;
    }
    if (!isGoStackLine(line)) return false;
    // "created by" is where the goroutine started, not a frame on its stack.
    this.pending = goFunctionName(line);
    return true;
  }
}
