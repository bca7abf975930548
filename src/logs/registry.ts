import type { LogDetector } from './detector.js';

// Tried in this order on a line whose triggers match more than one runtime.
// One file per runtime in ./runtimes/; add a runtime by adding a file and a line here.
export const logDetectors: readonly LogDetector[] = [];

export function runtimeNames(): string[] {
  return logDetectors.map((detector) => detector.runtime);
}
