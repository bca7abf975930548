import type { ErrorInfo } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, LogBlock, LogLine } from '../detector.js';
import { GoFrameReader, isGoStackLine } from './go-frames.js';

// A Go crash: "panic: VALUE" or "fatal error: MESSAGE", then the goroutine dump.
//   panic: boom [recovered]          a panic that a deferred call recovered…
//   	panic: save failed: boom        …and the panic raised while handling it
//   [signal SIGSEGV: segmentation violation code=… addr=0x0 pc=…]
//
//   runtime stack:                   (fatal errors on the system stack print its frames first)
//   …
//   goroutine 1 [running]:           the goroutine that crashed comes first
//   main.main()
//   	/src/main.go:12 +0x1d
//
//   goroutine 7 [chan receive]:      then, for fatal errors and timeouts, every other goroutine
// Only the first goroutine's frames are the error's. Without a goroutine header it is not a
// crash ("panic: false" printed by a program), and nothing is reported.

export const MAX_GO_FRAMES = 200;
// A panic value may span lines; its end is the blank line before the dump.
const MAX_MESSAGE_LINES = 20;
const GOROUTINE = /^goroutine \d+ (?:\[|gp=)/;
const NESTED_PANIC = /^\tpanic: (.*)$/;
const RECOVERED = / \[recovered(?:, [\w ]+)?\]$/;
// Lines that end a panic value which no dump followed: go test's verdicts and a new report.
const FOREIGN = /^(?:--- |=== |PASS$|FAIL\b|ok {2}|exit status |panic: |fatal error: |WARNING: DATA RACE)/;

type State = 'head' | 'runtime-stack' | 'first-goroutine' | 'between' | 'other-goroutine';

export class GoCrashBlock implements LogBlock {
  private readonly panics: string[];
  private readonly stack: string[];
  private readonly reader: GoFrameReader;
  private state: State = 'head';
  private messageLines = 0;
  private sawBlank = false;
  private stackChars: number;

  constructor(
    private readonly start: LogLine,
    private readonly kind: 'panic' | 'fatal error',
    message: string,
    workspace: string,
    /** Lines above the report that belong to its text (go test's "--- FAIL: TestX"). */
    lead: readonly string[] = [],
  ) {
    this.panics = [message];
    this.stack = [...lead, start.text];
    this.stackChars = this.stack.join('\n').length;
    this.reader = new GoFrameReader(workspace, MAX_GO_FRAMES);
  }

  push(line: LogLine): 'more' | 'end' {
    if (!this.take(line.text)) return 'end';
    if (this.stackChars <= MAX_STACK_CHARS) {
      this.stack.push(line.text);
      this.stackChars += line.text.length + 1;
    }
    return 'more';
  }

  finish(): DetectedError[] {
    if (this.state === 'head' || this.state === 'runtime-stack') return [];
    const values = this.panics.map((value) => value.replace(RECOVERED, ''));
    const message = values[values.length - 1] ?? '';
    const stack = this.stack.join('\n').trimEnd();
    const error: ErrorInfo = {
      type: this.kind,
      message,
      frames: this.reader.frames,
      stack: stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack,
    };
    // Earlier panics were recovered and led to the last one: they are its causes, nearest first.
    // go test re-panics with the same value, which is no cause of its own.
    const causes = values
      .slice(0, -1)
      .reverse()
      .filter((value) => value !== message)
      .map((value): ErrorInfo => ({ type: this.kind, message: value, frames: [] }));
    if (causes.length > 0) error.causes = causes;
    return [{ error, line: this.start.number }];
  }

  private take(text: string): boolean {
    const blank = text.trim() === '';
    switch (this.state) {
      case 'head':
        return this.takeHead(text, blank);
      case 'runtime-stack':
        if (blank) this.state = 'head';
        return blank || isGoStackLine(text);
      case 'first-goroutine':
        if (blank) this.state = 'between';
        return blank || this.reader.read(text);
      case 'between':
        if (GOROUTINE.test(text)) this.state = 'other-goroutine';
        return blank || GOROUTINE.test(text);
      case 'other-goroutine':
        if (blank) this.state = 'between';
        return blank || isGoStackLine(text);
    }
  }

  private takeHead(text: string, blank: boolean): boolean {
    const nested = NESTED_PANIC.exec(text);
    if (nested) {
      this.panics.push(nested[1] ?? '');
      return true;
    }
    if (GOROUTINE.test(text)) this.state = 'first-goroutine';
    else if (text === 'runtime stack:') this.state = 'runtime-stack';
    else if (blank) this.sawBlank = true;
    else if (/^\[signal /.test(text) || /^runtime: /.test(text)) return true;
    // A test timeout lists the running tests: "running tests:" then "\tTestX (10m0s)".
    else if (text === 'running tests:' || /^\t\S+ \(.+\)$/.test(text)) return true;
    else if (this.sawBlank || this.messageLines >= MAX_MESSAGE_LINES || FOREIGN.test(text)) return false;
    else this.messageLines++;
    return true;
  }
}
