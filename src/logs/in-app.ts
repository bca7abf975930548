import picomatch from 'picomatch';
import type { ErrorInfo, FailureDraft, Frame } from '../model.js';

// Each runtime decides which frames are the user's own code; a project can correct it
// (a vendored folder that looks like app code, a monorepo package that looks like a
// dependency). A frame matches on its file path or its module (JVM package, Go import path).

export interface InAppRules {
  /** Globs of frames that are in-app whatever the runtime thinks. */
  include: string[];
  /** Globs of frames that are never in-app. Wins over include. */
  exclude: string[];
}

export const NO_IN_APP_RULES: InAppRules = { include: [], exclude: [] };

type Matcher = (frame: Frame) => boolean;

function matcher(globs: readonly string[]): Matcher | undefined {
  if (globs.length === 0) return undefined;
  const test = picomatch([...globs], { dot: true });
  return (frame) => Boolean((frame.file && test(frame.file)) || (frame.module && test(frame.module)));
}

export function inAppOverride(rules: InAppRules): ((draft: FailureDraft) => FailureDraft) | undefined {
  const include = matcher(rules.include);
  const exclude = matcher(rules.exclude);
  if (!include && !exclude) return undefined;
  const fix = (frame: Frame): Frame => {
    const inApp = exclude?.(frame) ? false : include?.(frame) ? true : frame.inApp;
    return inApp === frame.inApp ? frame : { ...frame, inApp };
  };
  const fixError = (error: ErrorInfo): ErrorInfo => ({
    ...error,
    frames: error.frames.map(fix),
    ...(error.causes ? { causes: error.causes.map(fixError) } : {}),
  });
  return (draft) => ({ ...draft, error: fixError(draft.error) });
}
