import type { ErrorInfo } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, DetectorContext, LogBlock, LogDetector, LogLine } from '../detector.js';
import { LEVELS, parseFrom, parseHeader, rubyFrame, SYNTAX_ERROR } from './ruby-report.js';

// Ruby's report of an uncaught exception: a header line, then "\tfrom" lines, then (Ruby 3.1+)
// the cause's report in the same shape, and its cause's. A script that does not parse prints
// "file:line: syntax error, ..." lines instead.
//
// Lines between a header and its first "from" line are the rest of a message of several lines,
// or error_highlight's code excerpt with its caret; a bounded number of them is taken.
// A dying thread reports its exception at once, and Thread#join raises the same exception again
// in the main thread: that second report, with the same type and message, is the same failure.

const MESSAGE_LINES = 8;
const SYNTAX_LINES = 20;

export const rubyDetector: LogDetector = {
  runtime: 'ruby',
  triggers: [':in `', ":in '", ': syntax error'],
  start(line, _before, context) {
    const header = parseHeader(line.text, context.workspace);
    if (header) return new UncaughtBlock(line, header, context);
    const syntax = SYNTAX_ERROR.exec(line.text);
    if (syntax) return new SyntaxErrorBlock(line, syntax, context);
    return undefined;
  },
};

function cut(stack: string): string {
  return stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
}

class UncaughtBlock implements LogBlock {
  private readonly chain: ErrorInfo[];
  private readonly raw: string[];
  private current: ErrorInfo;
  private messageLines = 0;
  private inFrames = false;

  constructor(
    private readonly first: LogLine,
    header: ErrorInfo,
    private readonly context: DetectorContext,
  ) {
    this.chain = [header];
    this.current = header;
    this.raw = [first.text];
  }

  push(line: LogLine): 'more' | 'end' {
    const taken = this.take(line.text);
    if (taken) this.raw.push(line.text);
    return taken ? 'more' : 'end';
  }

  private take(text: string): boolean {
    const frame = parseFrom(text, this.context.workspace);
    if (frame) {
      this.current.frames.push(frame);
      this.inFrames = true;
      return true;
    }
    if (LEVELS.test(text)) return true;
    const header = parseHeader(text, this.context.workspace);
    if (header) {
      const outer = this.chain[0];
      // Thread#join raising the dying thread's exception again: kept out of the chain.
      const reraised = outer && header.type === outer.type && header.message === outer.message;
      if (!reraised) this.chain.push(header);
      this.current = header;
      this.messageLines = 0;
      this.inFrames = false;
      return true;
    }
    if (this.inFrames || this.messageLines >= MESSAGE_LINES) return false;
    this.messageLines++;
    return true;
  }

  finish(): DetectedError[] {
    const [error, ...causes] = this.chain;
    if (!error) return [];
    const outer: ErrorInfo = { ...error, stack: cut(this.raw.join('\n')) };
    if (causes.length > 0) outer.causes = causes;
    return [{ error: outer, line: this.first.number }];
  }
}

/** "app.rb:3: syntax error, ...", with the excerpt and caret, and later errors of the same file. */
class SyntaxErrorBlock implements LogBlock {
  private readonly raw: string[];

  constructor(
    private readonly first: LogLine,
    private readonly match: RegExpExecArray,
    private readonly context: DetectorContext,
  ) {
    this.raw = [first.text];
  }

  push(line: LogLine): 'more' | 'end' {
    const file = this.match[1] ?? '';
    const sameFile = line.text.startsWith(`${file}:`) && SYNTAX_ERROR.test(line.text);
    if (this.raw.length >= SYNTAX_LINES || !(sameFile || /^\s+\S/.test(line.text))) return 'end';
    this.raw.push(line.text);
    return 'more';
  }

  finish(): DetectedError[] {
    const [, file = '', line = '0', message = ''] = this.match;
    const error: ErrorInfo = {
      type: 'SyntaxError',
      message,
      frames: [rubyFrame(file, line, undefined, this.context.workspace)],
      stack: cut(this.raw.join('\n')),
    };
    return [{ error, line: this.first.number }];
  }
}
