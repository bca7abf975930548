import type { DetectorContext, LogBlock, LogDetector, LogLine } from '../detector.js';
import { GoCrashBlock } from './go-crash.js';
import { GoRaceBlock, RACE_HEADER } from './go-race.js';

// Go: what the runtime prints when a program dies, and what the race detector prints.
// - "panic: VALUE" with the goroutine dump (go-crash.ts), also inside go test's output, where
//   the failing test's "--- FAIL: TestX" comes just above it;
// - "fatal error: MESSAGE" (concurrent map writes, deadlock, stack overflow, out of memory);
// - "WARNING: DATA RACE" reports (go-race.ts): a race is a bug even when the run passes.
// Both crash forms start at column 0 on stderr. A line such as "panic: false" that no
// goroutine dump follows is a program's own output and is not reported.

const PANIC = /^panic: (.*)$/;
const TEST_VERDICT = /^\s*--- FAIL: \S+/;
const FATAL = /^fatal error: (.*)$/;

export const goDetector: LogDetector = {
  runtime: 'go',
  triggers: ['panic: ', 'fatal error: ', RACE_HEADER],
  start(line: LogLine, before: readonly LogLine[], context: DetectorContext): LogBlock | undefined {
    const panic = PANIC.exec(line.text);
    if (panic)
      return new GoCrashBlock(line, 'panic', panic[1] ?? '', context.workspace, failingGoTests(before));
    const fatal = FATAL.exec(line.text);
    if (fatal) return new GoCrashBlock(line, 'fatal error', fatal[1] ?? '', context.workspace);
    if (line.text === RACE_HEADER) return new GoRaceBlock(line, context.workspace);
    return undefined;
  },
};

/**
 * go test prints "--- FAIL: TestX (0.00s)" (and one line per failing parent of a subtest) just
 * before a test's panic. Those lines name the test, so they open the report's stack text.
 */
export function failingGoTests(before: readonly LogLine[]): string[] {
  let first = before.length;
  while (first > 0 && TEST_VERDICT.test(before[first - 1]?.text ?? '')) first--;
  return before.slice(first).map((line) => line.text);
}
