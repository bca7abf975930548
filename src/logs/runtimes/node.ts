import type { DetectedError, DetectorContext, LogBlock, LogDetector, LogLine } from '../detector.js';
import { isFrameLine, parseV8Frame } from './node-frames.js';
import { findExcerpt, isRejectionWarning, parseNodeReport, parseTypedHeader } from './node-report.js';

// Node.js crashes: an uncaught exception or unhandled rejection, which Node prints as a source
// excerpt, the error, its frames and properties, and (since Node 17) a closing "Node.js vX.Y.Z".
//
// What counts as a crash, so that stacks printed on purpose raise no alarm: a V8 stack counts
// only with one of Node's crash markers: the "Node.js v…" line right after it, the source
// excerpt with its caret above it (Node prints it only for an uncaught error, including the
// "triggerUncaughtException(" excerpt of rejections), or an "UnhandledPromiseRejection" header.
// `console.error(err)`, console.trace, warnings and test runners print none of them.
// The warn-mode "(node:N) UnhandledPromiseRejectionWarning:" is counted although the process
// goes on: it was Node's default before v15, and it always names a real unhandled rejection.
//
// Triggers: the first frame of a stack (four spaces and "at "), where the lines above give the
// header and excerpt; and the version line, for reports with no frames (a thrown string, an
// error without a stack, Node 18's "[UnhandledPromiseRejection: …]").

const VERSION_LINE = /^Node\.js v\d+\.\d+\.\d+\s*$/;
const USE_HINT = /^\(Use `node --trace-/;
// Warn mode's trailer after the stack, and Node 14's deprecation notice for the same rejection.
const REJECTION_TRAILER = /^\(node:\d+\) (?:UnhandledPromiseRejectionWarning: Unhandled promise|\[DEP0018\])/;
const CLOSER = /^[}\]],?$/;

// Frames, util.inspect's indented properties and nested errors, its closing brace, blank lines
// and Node's hints: everything else at the start of a line belongs to other output.
function continuesReport(text: string): boolean {
  return (
    text.trim() === '' ||
    /^\s/.test(text) ||
    CLOSER.test(text) ||
    USE_HINT.test(text) ||
    /^Emitted 'error'/.test(text)
  );
}

interface ReportStart {
  index: number;
  excerpt: boolean;
}

/** Where the report that a stack's first frame belongs to starts among the lines above it. */
export function findReportStart(before: readonly string[]): ReportStart | undefined {
  const excerpt = findExcerpt(before);
  if (excerpt !== undefined) return { index: excerpt, excerpt: true };
  for (let index = before.length - 1; index >= 0; index--) {
    const text = before[index] ?? '';
    if (/^\S/.test(text) && parseTypedHeader(text)) return { index, excerpt: false };
  }
  return undefined;
}

class NodeReportBlock implements LogBlock {
  private readonly lines: string[];
  private readonly firstLine: number;
  private ended = false;
  private previousBlank = false;

  constructor(
    lines: readonly LogLine[],
    private readonly excerpt: boolean,
    private sawVersion: boolean,
    private readonly workspace: string,
    private readonly hasHeader = true,
  ) {
    this.lines = lines.map((line) => line.text);
    this.firstLine = lines[0]?.number ?? 0;
  }

  push(line: LogLine): 'more' | 'end' {
    if (this.sawVersion || this.ended) return 'end';
    const text = line.text;
    const blank = text.trim() === '';
    if (VERSION_LINE.test(text)) this.sawVersion = true;
    else if (REJECTION_TRAILER.test(text)) this.ended = true;
    else if (this.previousBlank && !blank && !USE_HINT.test(text)) return 'end';
    else if (!continuesReport(text)) return 'end';
    this.previousBlank = blank;
    this.lines.push(text);
    return 'more';
  }

  finish(): DetectedError[] {
    while (this.lines.length > 0 && this.lines.at(-1)?.trim() === '') this.lines.pop();
    const header = this.lines.find((text) => text.trim() !== '') ?? '';
    const rejection = isRejectionWarning(header) || /^\[?UnhandledPromiseRejection\b/.test(header);
    if (!this.hasHeader || !(this.sawVersion || this.excerpt || rejection)) return [];
    return [{ error: parseNodeReport(this.lines, this.workspace), line: this.firstLine }];
  }
}

function startAtFrame(
  line: LogLine,
  before: readonly LogLine[],
  context: DetectorContext,
): LogBlock | undefined {
  if (!isFrameLine(line.text) || !parseV8Frame(line.text, context.workspace)) return undefined;
  const start = findReportStart(before.map((entry) => entry.text));
  // A stack with no error line above it (a prefixed console.error, a header scrolled out of
  // reach) is still taken whole, so its other frames do not each search again.
  if (!start) return new NodeReportBlock([line], false, false, context.workspace, false);
  return new NodeReportBlock([...before.slice(start.index), line], start.excerpt, false, context.workspace);
}

// A report with no frames ends right above the version line: find its excerpt, or the
// bracketed error util.inspect prints for an error without a stack.
function startAtVersion(
  line: LogLine,
  before: readonly LogLine[],
  context: DetectorContext,
): LogBlock | undefined {
  const texts = before.map((entry) => entry.text);
  let index = findExcerpt(texts);
  const excerpt = index !== undefined;
  if (index === undefined) {
    index = texts.findLastIndex((text) => /^\[[A-Za-z_$][\w$]*[:\]]/.test(text) && parseTypedHeader(text));
    if (index < 0) return undefined;
  }
  return new NodeReportBlock([...before.slice(index), line], excerpt, true, context.workspace);
}

export const nodeDetector: LogDetector = {
  runtime: 'node',
  triggers: ['    at ', 'Node.js v'],
  start(line, before, context) {
    if (VERSION_LINE.test(line.text)) return startAtVersion(line, before, context);
    return startAtFrame(line, before, context);
  },
};
