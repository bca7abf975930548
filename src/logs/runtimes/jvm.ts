import type { LogBlock, LogDetector, LogLine } from '../detector.js';
import { FORK_CRASH_TRIGGER, ForkCrashBlock, startsForkCrash } from './jvm-fork-crash.js';
import { parseThrowableHeader } from './jvm-frames.js';
import { JvmTraceBlock } from './jvm-trace.js';

// JVM languages (Java, Kotlin, Scala, Groovy): what the JVM prints when an error escapes.
//
// - An uncaught exception: the default handler prints 'Exception in thread "NAME" ' and the
//   stack trace, at the start of a line, on stderr. It counts for any thread: the thread died,
//   even when main goes on. A stack trace with no such header was printed on purpose
//   (a logger, printStackTrace, a test runner's report of a failed test, which the test
//   reports carry) and raises no alarm.
// - The launcher's "Error: Could not find or load main class X" with its "Caused by:".
// - Maven Surefire's report of a test JVM that died without a word (see jvm-fork-crash.ts).
// Gradle's form of a crashed test JVM is not read: no Gradle here runs on JDK 17 to show it.

const THREAD_HEADER = /^Exception in thread "[^"]*" (\S.*)$/;
const MAIN_CLASS_MISSING = /^Error: (Could not find or load main class .+)$/;

export const jvmDetector: LogDetector = {
  runtime: 'jvm',
  triggers: ['Exception in thread "', 'Could not find or load main class', FORK_CRASH_TRIGGER],
  start(line: LogLine): LogBlock | undefined {
    const uncaught = THREAD_HEADER.exec(line.text);
    if (uncaught) return new JvmTraceBlock(line, parseThrowableHeader(uncaught[1] ?? ''), true);
    const launcher = MAIN_CLASS_MISSING.exec(line.text);
    if (launcher) return new JvmTraceBlock(line, { message: launcher[1] ?? '' }, false);
    if (startsForkCrash(line.text)) return new ForkCrashBlock(line);
    return undefined;
  },
};
