import type { ErrorInfo } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, LogBlock, LogLine } from '../detector.js';
import { MAX_GO_FRAMES } from './go-crash.js';
import { GoFrameReader, isGoStackLine } from './go-frames.js';

// A report of the race detector (go run -race, go test -race), between two rules of "=":
//   ==================
//   WARNING: DATA RACE
//   Read at 0x00c0000ac008 by goroutine 8:          the access that found the race
//     main.(*Counter).Hit()
//         /src/main.go:10 +0x77
//
//   Previous write at 0x00c0000ac008 by goroutine 7: the access it races with
//     …
//   Goroutine 8 (running) created at:                where each goroutine began
//     …
//   ==================
// The error is the first access with its frames; the previous access is its cause, with its
// own frames. The program goes on after a race, so its output may slip in between: a few
// such lines are taken and skipped.

export const RACE_HEADER = 'WARNING: DATA RACE';
const RULE = /^={10,}$/;
const ACCESS = /^((?:Previous )?(?:[Rr]ead|[Ww]rite|[Aa]tomic read|[Aa]tomic write)\b.* by .+):$/;
const SECTION = /^\S.*:$/;
const MAX_FOREIGN_LINES = 20;

interface Access {
  message: string;
  reader: GoFrameReader;
}

export class GoRaceBlock implements LogBlock {
  private readonly accesses: Access[] = [];
  private readonly stack: string[];
  private current: GoFrameReader | undefined;
  private foreign = 0;
  private closed = false;
  private stackChars: number;

  constructor(
    private readonly start: LogLine,
    private readonly workspace: string,
  ) {
    this.stack = [start.text];
    this.stackChars = start.text.length;
  }

  push(line: LogLine): 'more' | 'end' {
    const text = line.text;
    if (this.closed) return 'end';
    if (RULE.test(text)) {
      this.closed = true;
    } else if (ACCESS.test(text)) {
      this.current = new GoFrameReader(this.workspace, MAX_GO_FRAMES);
      if (this.accesses.length < 2) this.accesses.push({ message: text.slice(0, -1), reader: this.current });
    } else if (SECTION.test(text)) {
      // "Goroutine 8 (running) created at:": where a goroutine began, not where the race is.
      this.current = undefined;
    } else if (text.trim() === '' || (isGoStackLine(text) && /^ {2}/.test(text))) {
      this.current?.read(text);
    } else if (/^(?:panic|fatal error): /.test(text)) {
      return 'end';
    } else {
      // Output of the program that goes on running: taken, but not part of the report.
      return ++this.foreign > MAX_FOREIGN_LINES ? 'end' : 'more';
    }
    if (this.stackChars <= MAX_STACK_CHARS) {
      this.stack.push(text);
      this.stackChars += text.length + 1;
    }
    return 'more';
  }

  finish(): DetectedError[] {
    const [found, previous] = this.accesses;
    if (!found) return [];
    const error: ErrorInfo = {
      type: 'data race',
      message: found.message,
      frames: found.reader.frames,
      stack: this.stack.join('\n').slice(0, MAX_STACK_CHARS),
    };
    if (previous)
      error.causes = [{ type: 'data race', message: previous.message, frames: previous.reader.frames }];
    return [{ error, line: this.start.number }];
  }
}
