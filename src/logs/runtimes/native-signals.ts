import type { Frame } from '../../model.js';
import { relativeToWorkspace } from '../../parsers/paths.js';
import type { DetectedError, LogBlock, LogLine } from '../detector.js';
import { errorInfo } from './native-report.js';

// A process killed by a signal, as the program that waited for it reports it:
//   bash:  "bash: line 1: 1234 Segmentation fault      (core dumped) ./a.out"
//          ("/home/runner/work/_temp/x.sh: line 3: …" in a GitHub Actions step)
//   make:  "make: *** [Makefile:3: run] Segmentation fault"
//   dash and interactive shells: a bare "Segmentation fault (core dumped)"
//   GitHub: "Process completed with exit code 137." (the runner's "##[error]" line, or "Error: …" as the page shows it)
// "Killed" and "Aborted" are ordinary words in logs, so they count only in the shell's or
// make's report shape (a pid and a command, or a make target), or as "Aborted (core dumped)".

interface Signal {
  name: string;
  number: number;
}

const SIGNALS: Record<string, Signal> = {
  'Segmentation fault': { name: 'SIGSEGV', number: 11 },
  Aborted: { name: 'SIGABRT', number: 6 },
  Killed: { name: 'SIGKILL', number: 9 },
  'Bus error': { name: 'SIGBUS', number: 7 },
  'Illegal instruction': { name: 'SIGILL', number: 4 },
  'Floating point exception': { name: 'SIGFPE', number: 8 },
};

export const SIGNAL_TRIGGERS = [...Object.keys(SIGNALS), 'Process completed with exit code 13'];

const NAMES = Object.keys(SIGNALS).join('|');
const JOB_REPORT = new RegExp(
  `^\\S[^:]*: (?:line \\d+: )?\\s*\\d+ (${NAMES})\\s+(?:\\(core dumped\\) )?(\\S.*)$`,
);
const MAKE_REPORT = new RegExp(
  `^g?make(?:\\[\\d+\\])?: \\*\\*\\* \\[(?:(.+?):(\\d+): )?(.+?)\\] (${NAMES})(?: \\(core dumped\\))?$`,
);
const BARE =
  /^(Segmentation fault|Bus error|Illegal instruction|Floating point exception|Aborted)( \(core dumped\))?$/;
const EXIT_CODE = /^(?:Error: )?Process completed with exit code (\d+)\.$/;
// Exit codes that mean "killed by a signal" only when nothing else explains them: 137 is SIGKILL,
// the out-of-memory killer's (or `docker run`'s for an OOM-killed container).
const KILLED_EXIT = 137;

export interface SignalReport {
  signal: Signal;
  description: string;
  message: string;
  frames: Frame[];
}

/** Reads one line as a shell's, make's or the runner's report of a killed process. */
export function readSignalReport(text: string, workspace: string): SignalReport | undefined {
  const job = JOB_REPORT.exec(text);
  if (job) return report(job[1] ?? '', `: ${job[2]}`, []);
  const make = MAKE_REPORT.exec(text);
  if (make) {
    const [, file, lineNo, target = '', description = ''] = make;
    const frames: Frame[] = [];
    // The recipe is the project's own (a Makefile outside the workspace is a system one).
    if (file) {
      const path = relativeToWorkspace(file, workspace);
      frames.push({ file: path, line: Number(lineNo), function: target, inApp: !path.startsWith('/') });
    }
    return report(description, ` in make target ${target}`, frames);
  }
  const bare = BARE.exec(text);
  if (bare && (bare[1] !== 'Aborted' || bare[2])) return report(bare[1] ?? '', '', []);
  const exit = EXIT_CODE.exec(text);
  if (exit && Number(exit[1]) === KILLED_EXIT) {
    const signal = { name: 'SIGKILL', number: 9 };
    const message = 'Process completed with exit code 137 (SIGKILL, as the out-of-memory killer sends)';
    return { signal, description: 'Killed', message, frames: [] };
  }
  return undefined;
}

function report(description: string, detail: string, frames: Frame[]): SignalReport | undefined {
  const signal = SIGNALS[description];
  return signal ? { signal, description, message: `${description}${detail}`, frames } : undefined;
}

/**
 * The lines that close a crash already reported above them (a Rust abort, a failed assert(), a
 * signal): the shell's or make's report of that signal, a bare "Aborted", and the runner's exit
 * code 128+N. A block takes them so one crash is one failure.
 */
export function isSignalEpilogue(text: string, signal: string): boolean {
  if (EXIT_CODE.test(text)) return isExitCodeOf(text, signal);
  if (signal === 'SIGABRT' && text === 'Aborted') return true;
  const parsed = JOB_REPORT.exec(text) ?? MAKE_REPORT.exec(text) ?? BARE.exec(text);
  const description = parsed?.slice(1).find((part) => part !== undefined && part in SIGNALS);
  return description !== undefined && SIGNALS[description]?.name === signal;
}

/** The runner's closing line for a step whose shell died of this signal (exit code 128+N). */
function isExitCodeOf(text: string, signal: string): boolean {
  const exit = EXIT_CODE.exec(text);
  const expected = Object.values(SIGNALS).find((candidate) => candidate.name === signal);
  return exit !== null && expected !== undefined && Number(exit[1]) === 128 + expected.number;
}

/** A block for a report line of its own: it takes the runner's exit-code line right after it. */
export function startSignalReport(line: LogLine, workspace: string): LogBlock | undefined {
  const found = readSignalReport(line.text, workspace);
  if (!found) return undefined;
  const lines = [line.text];
  return {
    push(next) {
      if (lines.length > 1 || !isExitCodeOf(next.text, found.signal.name)) return 'end';
      lines.push(next.text);
      return 'more';
    },
    finish(): DetectedError[] {
      const error = errorInfo({
        type: found.signal.name,
        message: found.message,
        frames: found.frames,
        lines,
      });
      return [{ error, line: line.number }];
    },
  };
}
