import type { ErrorInfo, Frame } from '../model.js';
import { buildErrorInfo } from './error-info.js';
import { relativeToWorkspace } from './paths.js';
import { isInApp } from './stack-frames.js';

// Ruby's side of an RSpec JSON report: backtrace lines and the text RSpec prints for an error
// outside of any example. The shared stack-frame parsers do not read Ruby; the log detectors'
// Ruby parser (src/logs/runtimes/) may replace rubyFrame once there is one to share.

// MRI: "/app/lib/cart.rb:14:in `fetch'" (up to 3.3), "/app/lib/cart.rb:14:in 'Hash#fetch'"
// (3.4 and later), or "./spec/cart_spec.rb:31" with no method. RSpec prints them after "# ".
// Ruby's own code is "<internal:kernel>:187"; Windows paths start with a drive letter.
const RUBY_FRAME = /^\s*(?:# )?(<internal:[^>]*>|(?:[A-Za-z]:)?[^\s:][^:]*):(\d+)(?::in [`'](.+)')?\s*$/;
// Installed gems, the standard library, Ruby's own internals and executables like /usr/bin/rspec.
const NOT_IN_APP = [
  /(^|\/)gems\//,
  /(^|\/)rubygems-integration\//,
  /(^|\/)lib\/ruby\//,
  /(^|\/)vendor\/bundle\//,
  /^<internal:/,
  /^\/usr\/(local\/)?bin\//,
];

export function rubyFrame(line: string, workspace: string): Frame | undefined {
  const match = RUBY_FRAME.exec(line);
  if (!match) return undefined;
  const [, path = '', lineNo, method] = match;
  const file = relativeToWorkspace(path.replace(/^\.\//, ''), workspace);
  const frame = { file, line: Number(lineNo), ...(method ? { function: method } : {}) };
  return { ...frame, inApp: isInApp(frame) && !NOT_IN_APP.some((pattern) => pattern.test(file)) };
}

/** Frames of a Ruby backtrace, innermost first (the order Ruby prints). */
export function rubyFrames(lines: readonly string[], workspace: string): Frame[] {
  return lines.flatMap((line) => rubyFrame(line, workspace) ?? []);
}

export function rubyErrorInfo(
  type: string | undefined,
  message: string,
  backtrace: readonly string[],
  workspace: string,
): ErrorInfo {
  const header = type ? `${type}: ${message.trim()}` : message.trim();
  const info = buildErrorInfo({ type, message, text: [header, ...backtrace].join('\n') }, workspace);
  info.frames = rubyFrames(backtrace, workspace);
  return info;
}

export interface OutsideError {
  /** "while loading ./spec/cart_spec.rb", "in an `after(:suite)` hook". */
  where: string;
  /** The spec file that failed to load, when that is what happened. */
  loading?: string;
  error: ErrorInfo;
}

const OCCURRED = /^An error occurred (.+?)\.?$/;
const LOADING = /^while loading (.+)$/;
const EXCEPTION_CLASS = /^([A-Z]\w*(?:::[A-Z]\w*)*):$/;

/**
 * An error RSpec reports outside of any example, from the text it prints for one (rspec-core's
 * Formatters::ExceptionPresenter, kept in the JSON report's `messages`):
 *   An error occurred while loading ./spec/cart_spec.rb.
 *   Failure/Error: require_relative '../lib/missing'
 *
 *   LoadError:
 *     cannot load such file -- /app/lib/missing
 *   # ./spec/cart_spec.rb:1:in `require_relative'
 * Undefined for a message that is not such an error ("Run options: …").
 */
export function outsideError(text: string, workspace: string): OutsideError | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() !== '');
  const where = OCCURRED.exec(lines[start]?.trim() ?? '')?.[1];
  if (where === undefined) return undefined;
  let type: string | undefined;
  const message: string[] = [];
  const backtrace: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('# ')) backtrace.push(line.slice(2));
    else if (type === undefined && EXCEPTION_CLASS.test(line)) type = EXCEPTION_CLASS.exec(line)?.[1];
    else if (type !== undefined && backtrace.length === 0 && line.startsWith('  '))
      message.push(line.slice(2));
  }
  const loading = LOADING.exec(where)?.[1];
  return {
    where,
    ...(loading ? { loading: relativeToWorkspace(loading.replace(/^\.\//, ''), workspace) } : {}),
    error: rubyErrorInfo(type, message.join('\n') || `an error occurred ${where}`, backtrace, workspace),
  };
}
