import type { LogDetector } from './detector.js';
import { dotnetDetector } from './runtimes/dotnet.js';
import { goDetector } from './runtimes/go.js';
import { jvmDetector } from './runtimes/jvm.js';
import { nativeDetector } from './runtimes/native.js';
import { nodeDetector } from './runtimes/node.js';
import { phpDetector } from './runtimes/php.js';
import { pythonDetector } from './runtimes/python.js';
import { rubyDetector } from './runtimes/ruby.js';
import { rustDetector } from './runtimes/rust.js';

// Tried in this order on a line whose triggers match more than one runtime.
// One file per runtime in ./runtimes/; add a runtime by adding a file and a line here.
export const logDetectors: readonly LogDetector[] = [
  nodeDetector,
  dotnetDetector,
  jvmDetector,
  goDetector,
  pythonDetector,
  rubyDetector,
  phpDetector,
  rustDetector,
  nativeDetector,
];

export function runtimeNames(): string[] {
  return logDetectors.map((detector) => detector.runtime);
}
