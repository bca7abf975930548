import type { FailureDraft, Frame, GroupingBasis, GroupingComponents } from '../model.js';
import { fileKey, functionKey, messageTemplate, relativeKey, testNameKey } from './normalize.js';

export type GroupBy = 'error' | 'test';
export const GROUP_BY: readonly GroupBy[] = ['error', 'test'];

// Sentry uses the innermost in-app frames; three tell a crash site apart without making
// the key sensitive to how the code was reached.
const FRAMES_IN_KEY = 3;

// Frames in test code say which test hit the bug, not where the bug is.
const TEST_CODE =
  /(?:^|\/)(?:tests?|specs?|__tests__|testing)\/|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go)$|Tests?\.(?:java|kt|scala|cs)$|_spec\.rb$/;

// Rust keeps unit tests in the same file, in a `tests` module: the function path tells.
const TEST_FUNCTION = /(^|::)tests?::/;

function isTestCode(frame: Frame, testFile: string | undefined): boolean {
  if (frame.function && TEST_FUNCTION.test(frame.function)) return true;
  const file = frame.file?.replace(/\\/g, '/');
  if (!file) return false;
  if (testFile && fileKey(file) === fileKey(testFile)) return true;
  return TEST_CODE.test(file);
}

// Types so general that the message is what tells two errors apart (throw new Error("…")).
const GENERIC_TYPES = new Set([
  'Error',
  'Exception',
  'RuntimeError',
  'java.lang.Exception',
  'java.lang.RuntimeException',
  'System.Exception',
  'StandardError',
  // Go and Rust panics: without a backtrace the only frame is a file, so the message must count.
  'panic',
]);

export function frameKey(frame: Frame): string {
  const where = frame.module ?? (frame.file ? fileKey(frame.file) : '');
  const fn = functionKey(frame.function);
  // A JVM frame's function repeats its class (the module); keep only the method.
  const method = frame.module && fn.startsWith(`${frame.module}.`) ? fn.slice(frame.module.length + 1) : fn;
  return `${where}:${method}`;
}

/** Frame keys, innermost first, with recursion (the same frame repeated) collapsed. */
function frameKeys(frames: readonly Frame[]): string[] {
  const keys: string[] = [];
  for (const frame of frames) {
    const key = frameKey(frame);
    if (key !== ':' && key !== keys.at(-1)) keys.push(key);
    if (keys.length === FRAMES_IN_KEY) break;
  }
  return keys;
}

export function testIdentity(draft: FailureDraft): string[] | undefined {
  const test = draft.test;
  if (!test) return undefined;
  return [
    test.file ? relativeKey(test.file) : '',
    testNameKey(test.classname ?? test.suite ?? ''),
    testNameKey(test.name),
  ];
}

export interface DefaultComponents {
  basis: GroupingBasis;
  components: GroupingComponents;
}

/**
 * The default grouping (docs/fingerprint.md):
 * - an error raised in app code (an in-app frame outside the tests) is keyed by its type and
 *   those frames, so every test that hits the same bug lands in one issue;
 * - an error raised in the test itself (an assertion) is keyed by the test, type and message;
 * - a runtime error with no app frame by its type, message and innermost frames.
 * With group-by "test", a failing test is keyed by the test alone.
 */
export function defaultComponents(draft: FailureDraft, groupBy: GroupBy): DefaultComponents {
  if (groupBy === 'test') {
    const test = testIdentity(draft);
    if (test) return { basis: 'test', components: { test } };
  }
  const type = draft.error.type?.trim() || undefined;
  const inApp = draft.error.frames.filter((frame) => frame.inApp);
  const appFrames = frameKeys(inApp.filter((frame) => !isTestCode(frame, draft.test?.file)));
  // The message and the test are templated only for the keys that hold them: an app-frame key never
  // holds the test, nor, with a telling type, the message; templating costs more than the rest.
  if (appFrames.length > 0) {
    // Without a telling type, the frames alone would merge every error raised at that spot.
    const telling = type && !GENERIC_TYPES.has(type);
    return {
      basis: 'app-frames',
      components: telling
        ? { type, frames: appFrames }
        : { ...(type ? { type } : {}), message: messageTemplate(draft.error.message), frames: appFrames },
    };
  }
  const message = messageTemplate(draft.error.message);
  const test = testIdentity(draft);
  if (test) return { basis: 'test-error', components: { test, ...(type ? { type } : {}), message } };
  const frames = frameKeys(inApp.length > 0 ? inApp : draft.error.frames);
  return {
    basis: 'error',
    components: { ...(type ? { type } : {}), message, ...(frames.length ? { frames } : {}) },
  };
}
