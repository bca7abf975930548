import type { ErrorInfo } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import type { DetectedError, DetectorContext, LogBlock, LogDetector, LogLine } from '../detector.js';
import {
  FATAL,
  NEXT,
  normalizePhpLine,
  parseException,
  parsePlainFatal,
  STACK_TRACE,
  THROWN,
  TRACE_LINE,
} from './php-report.js';

// PHP's fatal errors: an uncaught exception with its stack trace (and the exceptions chained to
// it as "previous"), or a plain fatal or parse error with its location. Warnings, notices and
// deprecations do not stop the script and are not reported.
//
// With both log_errors and display_errors on (PHP's built-in defaults), PHP prints each report
// twice, logged to stderr first and then displayed on stdout; a copy that follows the report
// (after at most one blank line) is taken into the same block and reported once.

const MESSAGE_LINES = 20;

type State = 'message' | 'trace' | 'gap' | 'done';

export const phpDetector: LogDetector = {
  runtime: 'php',
  triggers: ['Fatal error: ', 'Parse error: '],
  start(line, _before, context) {
    const fatal = FATAL.exec(line.text);
    if (!fatal) return undefined;
    const [, label = '', rest = ''] = fatal;
    if (label === 'Fatal error' && rest.startsWith('Uncaught '))
      return new FatalBlock(line, 'message', context);
    return parsePlainFatal(label, rest, context.workspace)
      ? new FatalBlock(line, 'done', context)
      : undefined;
  },
};

class FatalBlock implements LogBlock {
  private readonly raw: string[];
  private readonly normalized: string[];
  private messageLines = 0;
  // How far a displayed copy of the report has been matched, once one has begun.
  private copied: number | undefined;
  private blankBeforeCopy = false;

  constructor(
    private readonly first: LogLine,
    private state: State,
    private readonly context: DetectorContext,
  ) {
    this.raw = [first.text];
    this.normalized = [normalizePhpLine(first.text)];
  }

  push(line: LogLine): 'more' | 'end' {
    if (this.state === 'done') return this.copy(line.text);
    const next = this.advance(line.text);
    if (!next) return 'end';
    this.state = next;
    this.raw.push(line.text);
    this.normalized.push(normalizePhpLine(line.text));
    return 'more';
  }

  private advance(text: string): State | undefined {
    switch (this.state) {
      case 'message':
        if (text === STACK_TRACE) return 'trace';
        return ++this.messageLines <= MESSAGE_LINES ? 'message' : undefined;
      case 'trace':
        if (TRACE_LINE.test(text)) return 'trace';
        if (THROWN.test(text)) return 'done';
        return text === '' ? 'gap' : undefined;
      case 'gap':
        this.messageLines = 0;
        return NEXT.test(text) ? 'message' : undefined;
      case 'done':
        return undefined;
    }
  }

  private copy(text: string): 'more' | 'end' {
    const at = this.copied ?? 0;
    if (at >= this.normalized.length) return 'end';
    if (this.copied === undefined && text === '' && !this.blankBeforeCopy) {
      this.blankBeforeCopy = true;
      return 'more';
    }
    if (normalizePhpLine(text) !== this.normalized[at]) return 'end';
    this.copied = at + 1;
    return 'more';
  }

  finish(): DetectedError[] {
    const error = this.errorInfo();
    if (!error) return [];
    const stack = this.raw.join('\n');
    error.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
    return [{ error, line: this.first.number }];
  }

  private errorInfo(): ErrorInfo | undefined {
    const [, label = '', rest = ''] = FATAL.exec(this.first.text) ?? [];
    if (!rest.startsWith('Uncaught ')) return parsePlainFatal(label, rest, this.context.workspace);
    // PHP prints the first exception of a chain first, then each one that was thrown with it as
    // previous ("Next"): the last one printed is the one that went uncaught.
    const chain: ErrorInfo[] = [];
    let text: string[] = [rest.slice('Uncaught '.length)];
    let trace: string[] = [];
    let inTrace = false;
    for (const line of this.raw.slice(1)) {
      if (NEXT.test(line) && inTrace) {
        chain.push(parseException(text, trace, this.context.workspace));
        [text, trace, inTrace] = [[line.slice('Next '.length)], [], false];
      } else if (line === STACK_TRACE) inTrace = true;
      else if (inTrace && TRACE_LINE.test(line)) trace.push(line);
      else if (!inTrace) text.push(line);
    }
    chain.push(parseException(text, trace, this.context.workspace));
    const error = chain.pop();
    if (error && chain.length > 0) error.causes = chain.reverse();
    return error;
  }
}
