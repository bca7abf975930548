import type { ErrorInfo, Frame } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, LogBlock, LogLine } from '../detector.js';
import { parseJvmFrame } from './jvm-frames.js';
import { MAX_FRAMES } from './jvm-trace.js';

// Maven Surefire's report of a test JVM that died (System.exit, a VM crash, an OOM kill):
//   [ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?
//   [ERROR] Command was /bin/sh -c cd '…' && '…/java' '-jar' '…surefirebooter….jar' …
//   [ERROR] Process Exit Code: 3
//   [ERROR] Crashed tests:
//   [ERROR] com.acme.billing.InvoiceTest
//   [ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: The forked VM terminated …
//   [ERROR] 	at org.apache.maven.plugin.surefire.booterclient.ForkStarter.fork(ForkStarter.java:643)
//   [ERROR] -> [Help 1]
// The test JVM printed nothing about it, so this is the only trace of the crash in the log.

export const FORK_CRASH_TRIGGER = 'The forked VM terminated';
const ERROR_PREFIX = '[ERROR] ';
const EXCEPTION = /^((?:[\w$]+\.)+[\w$]+(?:Exception|Error)): (.*)$/;

export function startsForkCrash(text: string): boolean {
  // Older Surefire versions put "ExecutionException " before the sentence.
  return text.startsWith(ERROR_PREFIX) && text.includes(FORK_CRASH_TRIGGER);
}

export class ForkCrashBlock implements LogBlock {
  private readonly lines: string[];
  private readonly frames: Frame[] = [];
  private type: string | undefined;
  private done = false;

  constructor(private readonly start: LogLine) {
    this.lines = [start.text];
  }

  push(line: LogLine): 'more' | 'end' {
    if (this.done || !line.text.startsWith('[ERROR]')) return 'end';
    const text = line.text.slice(ERROR_PREFIX.length);
    // Maven's closing pointer to its help page ends the report.
    if (text.startsWith('-> [Help')) this.done = true;
    const exception = EXCEPTION.exec(text);
    if (exception && !this.type) this.type = exception[1];
    const frame = /^\s*at /.test(text) ? parseJvmFrame(text) : undefined;
    if (frame && this.frames.length < MAX_FRAMES) this.frames.push(frame);
    this.lines.push(line.text);
    return 'more';
  }

  finish(): DetectedError[] {
    const stack = this.lines.join('\n');
    const error: ErrorInfo = {
      message: this.start.text.slice(ERROR_PREFIX.length).trim(),
      frames: this.frames,
      stack: stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack,
    };
    if (this.type) error.type = this.type;
    return [{ error, line: this.start.number }];
  }
}
