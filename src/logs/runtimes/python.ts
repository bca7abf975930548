import type { ErrorInfo } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, DetectorContext, LogBlock, LogDetector, LogLine } from '../detector.js';
import {
  CHAIN_MARKER,
  EXCEPTION_LINE,
  GROUP_HEADER,
  type PythonException,
  parseChain,
  SYNTAX_LOCATION,
  TRACEBACK_HEADER,
} from './python-traceback.js';

// CPython's report of an uncaught exception: "Traceback (most recent call last):", frames and an
// exception line, possibly chained to earlier ones, or an exception group's box. A script that
// does not compile prints only the SyntaxError's caret block, with no "Traceback" line.
//
// A traceback printed on purpose is still a traceback; what tells it apart is the line above it.
// logging.exception() and pytest's captured logs put a log record there ("ERROR:app:msg",
// "2024-05-01 08:00:00,123 ERROR ..."), and pytest's --tb=native report puts the failing test's
// "____ test_x ____" header there (that failure comes from the test report). Such blocks are read
// to their end and report nothing. A traceback.print_exc() with nothing above it cannot be told
// from a crash, and is reported.

const HEADER_AT_END = /Traceback \(most recent call last\):\s*$/;
// Only the levels logging.exception() and exc_info=True use: an "[INFO] Compiling…" line from
// another tool just above a real crash must not hide it.
const LOG_RECORD =
  /^\[?(?:ERROR|CRITICAL|FATAL|EXCEPTION)\]?[\s:]|^\S*\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d.*\b(?:ERROR|CRITICAL|FATAL|EXCEPTION)\b/;
const PYTEST_HEADER = /^_{3,} .+ _{3,}$|^-{3,} Captured .+ -{3,}$/;
const SYNTAX_TYPES = new Set(['SyntaxError', 'IndentationError', 'TabError']);

type State = 'frames' | 'exception' | 'blank' | 'marker' | 'box';

/** The Python runtime's uncaught-exception tracebacks and SyntaxError reports. */
export const pythonDetector: LogDetector = {
  runtime: 'python',
  triggers: ['Traceback (most recent call last):', 'File "'],
  start(line, before, context) {
    const header = HEADER_AT_END.exec(line.text);
    if (header) return startTraceback(line, before, header.index, context);
    if (SYNTAX_LOCATION.test(line.text)) return new SyntaxErrorBlock(line, context);
    return undefined;
  },
};

function startTraceback(
  line: LogLine,
  before: readonly LogLine[],
  at: number,
  context: DetectorContext,
): LogBlock | undefined {
  const lead = line.text.slice(0, at);
  // Whatever stands before the header on its line (a container's "web-1  | ") is on every line.
  const group = /^(.*?)( *\+ )?(Exception Group )?$/.exec(lead);
  const prefix = group?.[1] ?? '';
  const text = line.text.slice(prefix.length);
  const state: State | undefined = GROUP_HEADER.test(text)
    ? 'box'
    : TRACEBACK_HEADER.test(text)
      ? 'frames'
      : undefined;
  if (!state) return undefined;
  const above = before.at(-1)?.text ?? '';
  const reported = !(above.startsWith(prefix) && isOnPurpose(above.slice(prefix.length)));
  return new TracebackBlock(line, prefix, state, reported, context);
}

function isOnPurpose(above: string): boolean {
  return LOG_RECORD.test(above) || PYTEST_HEADER.test(above.trim());
}

class TracebackBlock implements LogBlock {
  private readonly lines: string[];
  private readonly raw: string[];

  constructor(
    private readonly first: LogLine,
    private readonly prefix: string,
    private state: State,
    private readonly reported: boolean,
    private readonly context: DetectorContext,
  ) {
    this.lines = [first.text.slice(prefix.length)];
    this.raw = [first.text];
  }

  push(line: LogLine): 'more' | 'end' {
    if (!line.text.startsWith(this.prefix)) return 'end';
    const text = line.text.slice(this.prefix.length);
    const next = this.advance(text);
    if (!next) return 'end';
    this.state = next;
    this.lines.push(text);
    this.raw.push(line.text);
    return 'more';
  }

  // The report's grammar, one line at a time: frames are indented, the exception line is not,
  // and a chain goes on only through a blank line and one of the two chain sentences.
  private advance(text: string): State | undefined {
    switch (this.state) {
      case 'frames':
        if (/^\s+\S/.test(text)) return 'frames';
        // The exception line follows a frame; right after the header it is something else.
        return EXCEPTION_LINE.test(text) && /^\s/.test(this.lines.at(-1) ?? '') ? 'exception' : undefined;
      case 'exception':
        if (text.trim() === '') return 'blank';
        return CHAIN_MARKER.test(text) ? 'marker' : undefined;
      case 'blank':
        return CHAIN_MARKER.test(text) ? 'marker' : undefined;
      case 'marker':
        if (text.trim() === '') return 'marker';
        if (GROUP_HEADER.test(text)) return 'box';
        return TRACEBACK_HEADER.test(text) ? 'frames' : EXCEPTION_LINE.test(text) ? 'exception' : undefined;
      case 'box':
        if (/^ *[+|]/.test(text)) return 'box';
        return text.trim() === '' ? 'blank' : undefined;
    }
  }

  finish(): DetectedError[] {
    if (!this.reported) return [];
    const chain = parseChain(this.lines, this.context.workspace);
    const last = chain.at(-1);
    if (!last) return [];
    const causes = [...flattenMembers(last.members), ...chain.slice(0, -1).reverse()].map((cause) =>
      errorInfo(cause),
    );
    const error = errorInfo(last, this.raw.join('\n'));
    if (causes.length > 0) error.causes = causes;
    return [{ error, line: this.first.number }];
  }
}

/** A group's members, depth first: a nested group is listed before its own members. */
function flattenMembers(members: readonly PythonException[]): PythonException[] {
  return members.flatMap((member) => [member, ...flattenMembers(member.members)]);
}

function errorInfo(exception: PythonException, stack?: string): ErrorInfo {
  const info: ErrorInfo = {
    type: exception.type,
    message: exception.message,
    frames: [...exception.frames].reverse(),
  };
  if (stack)
    info.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
  return info;
}

/** '  File "x.py", line 3', the source line, the caret line, then "SyntaxError: msg". */
class SyntaxErrorBlock implements LogBlock {
  private readonly raw: string[];
  private exception: RegExpExecArray | undefined;

  constructor(
    private readonly first: LogLine,
    private readonly context: DetectorContext,
  ) {
    this.raw = [first.text];
  }

  push(line: LogLine): 'more' | 'end' {
    if (this.exception || this.raw.length > 3) return 'end';
    const found = EXCEPTION_LINE.exec(line.text);
    if (found && SYNTAX_TYPES.has(found[1] ?? '')) this.exception = found;
    else if (!/^\s+\S/.test(line.text)) return 'end';
    this.raw.push(line.text);
    return 'more';
  }

  finish(): DetectedError[] {
    if (!this.exception) return [];
    const chain = parseChain(['Traceback (most recent call last):', ...this.raw], this.context.workspace);
    const last = chain.at(-1);
    return last ? [{ error: errorInfo(last, this.raw.join('\n')), line: this.first.number }] : [];
  }
}
