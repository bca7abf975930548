import type { ErrorInfo, Frame } from '../../model.js';
import { relativeToWorkspace, toPosix } from '../../parsers/paths.js';

// The text of PHP's fatal error reports (main.c, php_error_cb; Zend's exception __toString):
//   PHP Fatal error:  Uncaught RuntimeException: msg in /app/src/A.php:9
//   Stack trace:
//   #0 /app/src/B.php(17): Acme\A->get()
//   #1 [internal function]: Shop\{closure}()
//   #2 {main}
//
//   Next Shop\StartupError: outer msg in /app/src/B.php:20      (an exception with a previous one)
//   ...
//     thrown in /app/src/B.php on line 20
// and plain ones: "PHP Fatal error:  Allowed memory size ... in /app/a.php on line 7".
// Logged to stderr, the line starts with "PHP " (or "[01-May-2024 08:00:00 UTC] PHP " in a file);
// displayed on stdout it has neither, and one space after the colon instead of two.

export const FATAL = /^(?:\[[^\]]+\] )?(?:PHP )?(Fatal error|Parse error):\s+(.*)$/;
export const STACK_TRACE = 'Stack trace:';
export const TRACE_LINE = /^#\d+ (.*)$/;
export const THROWN = /^\s+thrown in .+ on line \d+$/;
export const NEXT = /^Next [A-Za-z_\\][\w\\]*(?::| in )/;
export const PLAIN = /^(.*) in (.+) on line (\d+)$/;
const AT = /^([\s\S]*) in (.+):(\d+)$/;
const CALL = /^(?:(.+)\((\d+)\)|\[internal function\]): (.+)$/;
const CLASS_AND_MESSAGE = /^([A-Za-z_\\][\w\\]*)(?:: ([\s\S]*))?$/;

const NOT_APP = [/(^|\/)vendor\//, /^phar:\/\//, /^\/usr\/share\/php\//];

/** Whether a frame's file is the project's own code rather than a Composer package or PEAR. */
export function isPhpAppFile(file: string): boolean {
  const path = toPosix(file);
  return !NOT_APP.some((pattern) => pattern.test(path));
}

/** The same report, logged or displayed, reads the same after this. */
export function normalizePhpLine(text: string): string {
  const fatal = FATAL.exec(text);
  return fatal ? `${fatal[1]}: ${fatal[2]}` : text;
}

interface Location {
  file: string;
  line: number;
}

function frameAt(location: Location | undefined, fn: string | undefined, workspace: string): Frame {
  const frame: Frame = location
    ? {
        file: relativeToWorkspace(location.file, workspace),
        line: location.line,
        inApp: isPhpAppFile(location.file),
      }
    : { inApp: false };
  if (fn) frame.function = fn;
  return frame;
}

/** "Fatal error: msg in /app/a.php on line 7" as an error with that one frame. */
export function parsePlainFatal(label: string, rest: string, workspace: string): ErrorInfo | undefined {
  const match = PLAIN.exec(rest);
  if (!match) return undefined;
  const [, message = '', file = '', line = '0'] = match;
  return { type: label, message, frames: [frameAt({ file, line: Number(line) }, undefined, workspace)] };
}

/**
 * One exception of an "Uncaught" report: its text up to "Stack trace:" ("Class: message in
 * file:line", the message maybe of several lines) and its "#n" lines. PHP names the function
 * each "#n" line calls, so a frame's function comes from the next line, the innermost frame's
 * location from the text, and the last location runs in {main}.
 */
export function parseException(
  text: readonly string[],
  trace: readonly string[],
  workspace: string,
): ErrorInfo {
  const joined = text.join('\n');
  const at = AT.exec(joined);
  const head = at ? (at[1] ?? '') : joined;
  const named = CLASS_AND_MESSAGE.exec(head);
  const message = ((named ? named[2] : head) ?? '').split('\n')[0] ?? '';
  const info: ErrorInfo = named?.[1] ? { type: named[1], message, frames: [] } : { message, frames: [] };
  let location: Location | undefined = at ? { file: at[2] ?? '', line: Number(at[3]) } : undefined;
  let open = true;
  for (const line of trace) {
    const call = TRACE_LINE.exec(line)?.[1] ?? '';
    if (call === '{main}') {
      info.frames.push(frameAt(location, '{main}', workspace));
      open = false;
      break;
    }
    const parts = CALL.exec(call);
    info.frames.push(frameAt(location, functionName(parts?.[3] ?? call), workspace));
    location = parts?.[1] ? { file: parts[1], line: Number(parts[2]) } : undefined;
  }
  if (open && location) info.frames.push(frameAt(location, undefined, workspace));
  return info;
}

// "Acme\Http\Client->get('x', 1)" names "Acme\Http\Client->get".
function functionName(call: string): string {
  const paren = call.indexOf('(');
  return paren > 0 ? call.slice(0, paren) : call;
}
