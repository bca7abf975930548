import type { ErrorInfo, Frame } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, LogBlock, LogLine } from '../detector.js';
import { omittedFrames, parseJvmFrame, parseThrowableHeader, type ThrowableHeader } from './jvm-frames.js';

// The lines of one printed Throwable after its header: the outer error's frames, then each
// "Caused by:" (column 0) with its frames. "Suppressed:" blocks are tab-indented, along with
// their own frames and causes ("\t\tat", "\tCaused by:"): they stay in the stack text only.

/** Enough for any real trace; a StackOverflowError prints 1,024 frames of the same recursion. */
export const MAX_FRAMES = 256;
// A message may span lines up to the first frame; beyond this many it is not a stack trace.
const MAX_MESSAGE_LINES = 20;
// Real chains are a handful deep; a cycle is printed once as "[CIRCULAR REFERENCE: …]".
const MAX_CAUSES = 64;

interface Throwable {
  type?: string;
  message: string;
  frames: Frame[];
  /** Outermost frames shared with the enclosing trace, printed as "... N more". */
  shared: number;
}

type Mode = 'message' | 'frames' | 'suppressed';

export class JvmTraceBlock implements LogBlock {
  private readonly chain: Throwable[];
  private readonly stack: string[];
  private stackChars: number;
  private mode: Mode = 'message';
  private messageLines = 0;

  /**
   * @param header the error the report starts with
   * @param multilineMessages whether lines before the first frame may continue the message
   *   (the launcher's "Could not find or load main class" never has frames nor such lines)
   */
  constructor(
    private readonly start: LogLine,
    header: ThrowableHeader,
    private readonly multilineMessages: boolean,
  ) {
    this.chain = [{ ...header, frames: [], shared: 0 }];
    this.stack = [start.text];
    this.stackChars = start.text.length;
  }

  push(line: LogLine): 'more' | 'end' {
    const text = line.text;
    const current = this.chain[this.chain.length - 1];
    if (!current) return 'end';
    if (text.startsWith('Caused by: ')) {
      if (this.chain.length > MAX_CAUSES) return 'end';
      this.chain.push(newThrowable(text.slice('Caused by: '.length)));
      this.mode = 'message';
      this.messageLines = 0;
    } else if (this.mode !== 'suppressed' && /^\tat /.test(text)) {
      const frame = parseJvmFrame(text);
      if (!frame) return 'end';
      if (current.frames.length < MAX_FRAMES) current.frames.push(frame);
      this.mode = 'frames';
    } else if (this.mode !== 'suppressed' && omittedFrames(text) !== undefined) {
      current.shared = omittedFrames(text) ?? 0;
      this.mode = 'frames';
    } else if (/^\tSuppressed: /.test(text) || (this.mode === 'suppressed' && text.startsWith('\t'))) {
      this.mode = 'suppressed';
    } else if (/^\t\[CIRCULAR REFERENCE: /.test(text)) {
      // A cause that repeats an error of this trace: nothing new to read.
    } else if (!this.continuesMessage(text)) {
      return 'end';
    }
    this.keep(text);
    return 'more';
  }

  finish(): DetectedError[] {
    const [outer, ...causes] = withSharedFrames(this.chain);
    if (!outer) return [];
    const stack = this.stack.join('\n');
    outer.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
    if (causes.length > 0) outer.causes = causes;
    return [{ error: outer, line: this.start.number }];
  }

  private continuesMessage(text: string): boolean {
    if (!this.multilineMessages || this.mode !== 'message' || this.messageLines >= MAX_MESSAGE_LINES)
      return false;
    // A blank line or a new report ends a message that no frame followed.
    if (text.trim() === '' || text.includes('Exception in thread "')) return false;
    this.messageLines++;
    return true;
  }

  private keep(text: string): void {
    if (this.stackChars > MAX_STACK_CHARS) return;
    this.stack.push(text);
    this.stackChars += text.length + 1;
  }
}

/** A "Caused by:" trace, from its Throwable#toString text ("java.lang.X: msg"). */
function newThrowable(header: string): Throwable {
  return { ...parseThrowableHeader(header), frames: [], shared: 0 };
}

/**
 * Each trace as ErrorInfo, with the frames that "... N more" left out taken back from the
 * enclosing trace: the JVM prints only what differs from it (Throwable#printStackTrace).
 */
function withSharedFrames(chain: readonly Throwable[]): ErrorInfo[] {
  const infos: ErrorInfo[] = [];
  let enclosing: Frame[] = [];
  for (const throwable of chain) {
    const shared = throwable.shared > 0 ? enclosing.slice(-throwable.shared) : [];
    const frames = [...throwable.frames, ...shared].slice(0, MAX_FRAMES);
    const info: ErrorInfo = { message: throwable.message, frames };
    if (throwable.type) info.type = throwable.type;
    infos.push(info);
    enclosing = frames;
  }
  return infos;
}
