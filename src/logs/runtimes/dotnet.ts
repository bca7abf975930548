import type { ErrorInfo, Frame } from '../../model.js';
import { parseDotnetFrame, splitDotnetMessage } from '../../parsers/dotnet.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, LogBlock, LogDetector, LogLine } from '../detector.js';

// .NET processes killed by an unhandled exception. The runtime prints "Unhandled exception. "
// (.NET Core 3 and later), "Unhandled Exception:" (.NET Framework, and Mono with the exception
// on the next line) and then Exception.ToString(): the outer exception, each inner one after
// " ---> " (a new line since .NET Core 3, the same line before), then the innermost
// exception's frames first, each outer one's after "--- End of inner exception stack trace ---".
// Mono repeats the whole report after "[ERROR] FATAL UNHANDLED EXCEPTION: "; that copy is read
// as part of the first. Exceptions that a program or a test framework prints itself are not
// crashes and are left to the test reports: only these crash headers start a report.

const CRASH_HEADERS = [
  // VSTest reports a crashed test host as "… Test host process crashed : Unhandled exception. …".
  /^(?:.*\bcrashed : )?Unhandled exception\. (.*)$/,
  /^Unhandled Exception:(?: (.*))?$/,
  /^\[ERROR\] FATAL UNHANDLED EXCEPTION: (.*)$/,
];
const MONO_REPEAT = /^\[ERROR\] FATAL UNHANDLED EXCEPTION: /;
const FRAME_LINE = /^\s+at \S/;
const END_OF_INNER = /^\s*--- End of inner exception stack trace ---\s*$/;
// Async and rethrow boundaries inside one exception's own frames.
const END_OF_PREVIOUS = /^\s*--- End of stack trace from previous location/;
const INNER_SEPARATOR = /\s*---> /;
// Mono names an assembly without symbols "<9ba2a41022054071b5a1538303034428>", line 0.
const MONO_NO_SYMBOLS = /^<[0-9a-f]+>$/;
// A header and its inner exceptions may span a few lines (multi-line messages, Mono's
// "Parameter name: zip"); past this, the lines are not a header.
const MAX_HEADER_LINES = 50;

/** One .NET or Mono frame line as a frame, or undefined. Framework and runtime frames are not in app. */
export function parseDotnetLogFrame(line: string, workspace: string): Frame | undefined {
  const frame = parseDotnetFrame(line, workspace);
  if (frame?.file && MONO_NO_SYMBOLS.test(frame.file)) {
    delete frame.file;
    delete frame.line;
  }
  return frame;
}

function toInfo(segment: string): ErrorInfo {
  const split = splitDotnetMessage(segment);
  const info: ErrorInfo = { message: split.message.split('\n')[0]?.trim() ?? '', frames: [] };
  if (split.type) info.type = split.type;
  return info;
}

/** The exception a report's header and frame lines describe, with inner exceptions as causes. */
export function parseDotnetReport(
  header: readonly string[],
  body: readonly string[],
  workspace: string,
): ErrorInfo {
  const chain = header.join('\n').split(INNER_SEPARATOR).map(toInfo);
  const groups: Frame[][] = [[]];
  for (const line of body) {
    if (END_OF_INNER.test(line)) groups.push([]);
    const frame = parseDotnetLogFrame(line, workspace);
    if (frame) groups.at(-1)?.push(frame);
  }
  // The innermost exception's frames come first: group k belongs to the k-th from the end.
  groups.forEach((frames, k) => {
    const owner = chain[Math.max(0, chain.length - 1 - k)];
    if (owner) owner.frames.push(...frames);
  });
  const [outer = { message: '', frames: [] }, ...causes] = chain;
  if (causes.length > 0) outer.causes = causes;
  const stack = [...header, ...body].join('\n').trim();
  outer.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
  return outer;
}

class DotnetReportBlock implements LogBlock {
  private readonly header: string[] = [];
  private readonly body: string[] = [];
  // Mono's repeat of the same report: taken so it is not read twice, then ignored.
  private repeat: 'no' | 'header' | 'frames' = 'no';
  private repeatedHeaderLines = 0;

  constructor(
    private readonly startLine: number,
    firstHeader: string,
    private readonly workspace: string,
  ) {
    if (firstHeader.trim()) this.header.push(firstHeader.trim());
  }

  push(line: LogLine): 'more' | 'end' {
    const text = line.text;
    const framing = FRAME_LINE.test(text) || END_OF_INNER.test(text) || END_OF_PREVIOUS.test(text);
    if (this.repeat !== 'no') return this.pushRepeat(text, framing);
    if (framing) {
      if (this.header.length === 0) return 'end';
      this.body.push(text);
      return 'more';
    }
    if (this.body.length > 0) {
      if (!MONO_REPEAT.test(text)) return 'end';
      this.repeat = 'header';
      return 'more';
    }
    if (text.trim() === '' || this.header.length >= MAX_HEADER_LINES) return 'end';
    this.header.push(text);
    return 'more';
  }

  private pushRepeat(text: string, framing: boolean): 'more' | 'end' {
    if (framing) {
      this.repeat = 'frames';
      return 'more';
    }
    const headerGoesOn =
      this.repeat === 'header' && text.trim() !== '' && this.repeatedHeaderLines < MAX_HEADER_LINES;
    this.repeatedHeaderLines++;
    return headerGoesOn ? 'more' : 'end';
  }

  finish(): DetectedError[] {
    if (this.header.length === 0) return [];
    const error = parseDotnetReport(this.header, this.body, this.workspace);
    // "Unhandled Exception: none" in ordinary output names no exception type.
    return error.type ? [{ error, line: this.startLine }] : [];
  }
}

export const dotnetDetector: LogDetector = {
  runtime: 'dotnet',
  triggers: ['Unhandled exception. ', 'Unhandled Exception:', 'FATAL UNHANDLED EXCEPTION: '],
  start(line, _before, context) {
    for (const pattern of CRASH_HEADERS) {
      const match = pattern.exec(line.text);
      if (match) return new DotnetReportBlock(line.number, match[1] ?? '', context.workspace);
    }
    return undefined;
  },
};
