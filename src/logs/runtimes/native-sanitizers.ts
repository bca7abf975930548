import type { ErrorInfo, Frame } from '../../model.js';
import { relativeToWorkspace } from '../../parsers/paths.js';
import type { DetectedError, LogBlock, LogLine } from '../detector.js';
import { isNativeInApp, isSanitizerFrame, parseSanitizerFrame } from './native-frames.js';
import { causesOf, errorInfo, type Section, sectionsOf, withoutAddresses } from './native-report.js';

// The reports of the compiler sanitizers (GCC's libsanitizer and LLVM's compiler-rt print the same):
//   ==123==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x… at pc 0x… bp 0x… sp 0x…
//   ==123==ERROR: LeakSanitizer: detected memory leaks
//   WARNING: ThreadSanitizer: data race (pid=123)
//   /src/a.cpp:4:58: runtime error: signed integer overflow: … (UndefinedBehaviorSanitizer)
// A report ends at its SUMMARY line, plus ASan's shadow-byte dump, "==123==ABORTING" or TSan's
// closing "==================" rule.

const HEADER = /^(?:==\d+==)?(ERROR|WARNING): (\w+Sanitizer): (.+)$/;
const SUMMARY = /^SUMMARY: \w+Sanitizer: ([\w-]+)/;
// What follows SUMMARY in an ASan report and still belongs to it.
const AFTER_SUMMARY = /^(Shadow byte|\s|=>|==\d+==ABORTING|={10,}$)/;
// A report that never reaches SUMMARY (cut output, a crash inside the runtime) stops here.
const MAX_REPORT_LINES = 1_000;
const LEAK = /^(Direct|Indirect) leak of .+ allocated from:$/;

export function startSanitizerReport(line: LogLine, workspace: string): LogBlock | undefined {
  const header = HEADER.exec(line.text);
  if (!header) return undefined;
  const tool = header[2] ?? '';
  const headline = header[3] ?? '';
  const lines = [line.text];
  let summarized = false;
  let done = false;
  return {
    push(next) {
      if (done) return 'end';
      if (summarized) {
        if (!AFTER_SUMMARY.test(next.text)) return 'end';
        if (/==\d+==ABORTING$|^={10,}$/.test(next.text)) done = true;
      } else if (lines.length >= MAX_REPORT_LINES) return 'end';
      else if (SUMMARY.test(next.text)) summarized = true;
      lines.push(next.text);
      return 'more';
    },
    finish(): DetectedError[] {
      const report = { tool, headline, lines, workspace };
      if (tool === 'LeakSanitizer') return leakErrors(report, line.number);
      return [{ error: memoryError(report), line: line.number }];
    },
  };
}

interface Report {
  tool: string;
  headline: string;
  lines: string[];
  workspace: string;
}

/** The type as the sanitizer names the bug: SUMMARY's word for ASan, the headline for TSan and others. */
function typeOf(report: Report): string {
  const summary = report.lines.map((text) => SUMMARY.exec(text)?.[1]).find(Boolean);
  if (report.tool === 'AddressSanitizer' && summary) return summary;
  return withoutAddresses(report.headline).replace(/ on .*$/, '');
}

/** ASan, TSan, MSan: the first stack is where it happened; the others are causes. */
function memoryError(report: Report): ErrorInfo {
  const body = report.lines.slice(1, summaryIndex(report.lines));
  const sections = sectionsOf(body, report.workspace);
  const [main, ...others] = sections;
  return errorInfo({
    type: typeOf(report),
    message: messageOf(report, body, main),
    frames: main?.frames ?? [],
    lines: report.lines,
    causes: causesOf(others),
  });
}

function summaryIndex(lines: readonly string[]): number {
  const at = lines.findIndex((text) => SUMMARY.test(text));
  return at < 0 ? lines.length : at;
}

// "0x6020… is located 0 bytes to the right of 16-byte region", TSan's "Location is global 'hits' …",
// and ASan's stack variable line "[32, 64) 'buffer' (line 8) <== Memory access at offset 64 overflows this variable".
const LOCATED = /^(?:Address )?0x[0-9a-f]+ is located (.+)$|^Location is (.+)$/;
const VARIABLE =
  /'([^']+)'.*<== Memory access at offset \d+ ((?:partially )?(?:overflows|underflows)) this variable/;

/** What happened, without addresses: "READ of size 4, 0 bytes to the right of 16-byte region". */
function messageOf(report: Report, body: readonly string[], main: Section | undefined): string {
  // SEGV reports put "==123==Hint: …" above the frames instead of an access line.
  const header = main?.header ?? '';
  const what = header && !/^(==\d+==)?(Hint|The signal)/.test(header) ? withoutAddresses(header) : '';
  let where = '';
  for (const text of body) {
    const variable = VARIABLE.exec(text);
    const located = LOCATED.exec(text.trim());
    if (variable) where = `${variable[2]} variable '${variable[1]}'`;
    else if (located?.[1] && !where) where = withoutAddresses(located[1]);
    else if (located?.[2] && !where) where = `on ${withoutAddresses(located[2])}`;
  }
  const cause = body
    .map((text) => /The signal is caused by a (\w+) memory access/.exec(text)?.[1])
    .find(Boolean);
  const parts = [what || withoutAddresses(report.headline), where, cause ? `${cause} memory access` : ''];
  return parts.filter(Boolean).join(', ');
}

/**
 * One failure per direct leak, at its own line: each allocation site is its own bug. Indirect
 * leaks are memory only reachable from a direct leak, so they go away with it and are not counted.
 */
function leakErrors(report: Report, firstLine: number): DetectedError[] {
  const leaks = sectionsOf(report.lines, report.workspace).filter((section) => LEAK.test(section.header));
  const direct = leaks.filter((leak) => leak.header.startsWith('Direct'));
  return (direct.length > 0 ? direct : leaks).map((leak) => ({
    line: firstLine + leak.at,
    error: errorInfo({
      type: 'memory-leak',
      message: leak.header.replace(/ allocated from:$/, ''),
      frames: leak.frames,
      lines: report.lines,
    }),
  }));
}

// UBSan: "file:line:col: runtime error: message"; with print_stacktrace=1 a stack follows, and
// with -fsanitize-recover off (or combined with ASan) a SUMMARY line.
const UBSAN = /^(.+?):(\d+):(\d+): runtime error: (.+)$/;

export function startUndefinedBehaviorReport(line: LogLine, workspace: string): LogBlock | undefined {
  const match = UBSAN.exec(line.text);
  if (!match) return undefined;
  const [, file = '', lineNo, column, message = ''] = match;
  const lines = [line.text];
  let framesSeen = false;
  return {
    push(next) {
      if (isSanitizerFrame(next.text)) framesSeen = true;
      else if (!SUMMARY.test(next.text) && !(framesSeen && !next.text.trim())) return 'end';
      lines.push(next.text);
      return 'more';
    },
    finish(): DetectedError[] {
      const stack = lines
        .map((text) => parseSanitizerFrame(text, workspace))
        .filter((frame) => frame !== undefined);
      const where = {
        file: relativeToWorkspace(file, workspace),
        line: Number(lineNo),
        column: Number(column),
      };
      const frames: Frame[] = stack.length > 0 ? stack : [{ ...where, inApp: isNativeInApp(where) }];
      const error = errorInfo({ type: 'undefined-behavior', message, frames, lines });
      return [{ error, line: line.number }];
    },
  };
}
