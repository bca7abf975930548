import type { ErrorInfo, Frame } from '../../model.js';
import { relativeToWorkspace, toPosix } from '../../parsers/paths.js';

// The lines of Ruby's error printer (error.c, rb_error_write), 3.1 to 3.4:
//   app.rb:8:in `label': undefined method `upcase' for nil:NilClass (NoMethodError)
//   app.rb:8:in 'Order#label': undefined method 'upcase' for nil (NoMethodError)   (3.4)
//   	from app.rb:12:in `<main>'
//   	 ... 18 levels...                                                          (--backtrace-limit)
// A message of several lines keeps "(Type)" on its first line; an empty message prints
// "unhandled exception", and an Interrupt from a signal prints only its class name.

const LOCATION = String.raw`([A-Za-z]:[\\/][^\s:]*|[^\s:][^\s]*?):(\d+)`;
const HEADER = new RegExp(`^${LOCATION}:in [\`']([^\`']*)': (.*)$`);
const TYPED_MESSAGE = /^(.*) \(([A-Z][\w]*(?:::[A-Z]\w*)*)\)$/;
const CLASS_NAME = /^[A-Z]\w*(?:::[A-Z]\w*)*$/;
const FROM = new RegExp(`^\\s+from ${LOCATION}(?::in [\`']([^\`']*)')?\\s*$`);
export const LEVELS = /^\s+\.\.\. \d+ levels\.\.\.\s*$/;
// "app.rb:3: syntax error, unexpected ..." (parse.y, up to 3.3) or
// "app.rb:3: syntax errors found (SyntaxError)" (prism, 3.4).
export const SYNTAX_ERROR = new RegExp(
  `^(?:ruby: )?${LOCATION}: (syntax errors?\\b.*?)(?: \\(SyntaxError\\))?$`,
);

const NOT_APP = [
  /(^|\/)gems\//,
  // The standard library and Debian's packaged gems: /usr/lib/ruby/3.1.0/, lib/ruby/vendor_ruby/.
  /(^|\/)lib\/ruby\/(\d|gems|site_ruby|vendor_ruby)/,
  /(^|\/)vendor\/bundle\//,
  /^\/usr\/share\/(ruby|rubygems)/,
  /^<internal:/,
];

/** Whether a frame's file is the project's own code rather than Ruby's library or a gem. */
export function isRubyAppFile(file: string): boolean {
  const path = toPosix(file);
  return !NOT_APP.some((pattern) => pattern.test(path));
}

export function rubyFrame(file: string, line: string, fn: string | undefined, workspace: string): Frame {
  const frame: Frame = {
    file: relativeToWorkspace(file, workspace),
    line: Number(line),
    inApp: isRubyAppFile(file),
  };
  if (fn) frame.function = fn;
  return frame;
}

/** The first line of an uncaught exception's report, as an error with its innermost frame. */
export function parseHeader(text: string, workspace: string): ErrorInfo | undefined {
  const match = HEADER.exec(text);
  if (!match) return undefined;
  const [, file = '', line = '0', fn, rest = ''] = match;
  const frames = [rubyFrame(file, line, fn, workspace)];
  const typed = TYPED_MESSAGE.exec(rest);
  if (typed?.[2] === 'SyntaxError') return syntaxErrorIn(typed[1] ?? '', frames, workspace);
  if (typed) return { type: typed[2] ?? '', message: typed[1] ?? '', frames };
  if (rest === 'unhandled exception') return { message: rest, frames };
  if (CLASS_NAME.test(rest)) return { type: rest, message: '', frames };
  return undefined;
}

// A SyntaxError raised by require names the file that does not parse in its message; that
// location is the innermost frame, as in a script's own syntax error.
function syntaxErrorIn(message: string, frames: Frame[], workspace: string): ErrorInfo {
  const located = SYNTAX_ERROR.exec(message);
  if (!located) return { type: 'SyntaxError', message, frames };
  const [, file = '', line = '0', text = ''] = located;
  return {
    type: 'SyntaxError',
    message: text,
    frames: [rubyFrame(file, line, undefined, workspace), ...frames],
  };
}

/** A "\tfrom file:line:in `fn'" line as a frame. */
export function parseFrom(text: string, workspace: string): Frame | undefined {
  const match = FROM.exec(text);
  return match ? rubyFrame(match[1] ?? '', match[2] ?? '0', match[3], workspace) : undefined;
}
