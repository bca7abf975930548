import type { LogDetector } from '../detector.js';
import { ABORT_TRIGGERS, startAbortReport } from './native-aborts.js';
import { startSanitizerReport, startUndefinedBehaviorReport } from './native-sanitizers.js';
import { SIGNAL_TRIGGERS, startSignalReport } from './native-signals.js';

// Crashes of compiled programs (C, C++, and anything else that links the sanitizers): sanitizer
// reports, failed assert()s and uncaught C++ exceptions, and processes killed by a signal.
// Each reader is tried on the line that holds its trigger; the first that recognises it wins.

export const nativeDetector: LogDetector = {
  runtime: 'native',
  triggers: ['Sanitizer: ', ': runtime error: ', ...ABORT_TRIGGERS, ...SIGNAL_TRIGGERS],
  start(line, _before, context) {
    return (
      startSanitizerReport(line, context.workspace) ??
      startUndefinedBehaviorReport(line, context.workspace) ??
      startAbortReport(line, context.workspace) ??
      startSignalReport(line, context.workspace)
    );
  },
};
