import type { Frame } from '../../model.js';

// The pieces of a JVM stack trace as Throwable.printStackTrace writes them:
// a header "java.lang.X: message" (Throwable#toString), frames "\tat ..." in
// StackTraceElement#toString form, and "\t... N more" for frames shared with the enclosing trace.

/** Platform, language runtimes, test frameworks and build tools: code the user does not own. */
const LIBRARY_PACKAGES =
  /^(?:java|javax|jakarta|jdk|sun|com\.sun|kotlin|kotlinx|scala|groovy|org\.codehaus|org\.jetbrains\.kotlin|org\.junit|junit|org\.opentest4j|org\.testng|org\.apache\.maven|org\.gradle|worker\.org\.gradle)\./;
// JPMS modules of the JDK itself ("java.base/", "jdk.internal.vm.ci@17/").
const LIBRARY_MODULES = /^(?:java|jdk)\.[\w.]+$/;

/** Whether a frame is the user's code, from its class and its JPMS module (if printed). */
export function isJvmInApp(className: string, moduleName?: string): boolean {
  if (moduleName && LIBRARY_MODULES.test(moduleName)) return false;
  return !LIBRARY_PACKAGES.test(className);
}

// StackTraceElement#toString: "[loader/][module[@version]/]declaring.Class.method(Source:line)".
// The source part is "File.java:12", "File.java", "Native Method" or "Unknown Source".
const FRAME = /^\s*at (\S+?)\.([^.(\s]+)\(([^()]*)\)\s*$/;
const HIDDEN_CLASS_SUFFIX = /^0x[0-9a-f]+$/;

/** One "\tat ..." line as a frame, or undefined when the line is not a frame. */
export function parseJvmFrame(text: string): Frame | undefined {
  const match = FRAME.exec(text);
  if (!match) return undefined;
  const [, qualified = '', method = '', source = ''] = match;
  const parts = qualified.split('/');
  // A hidden class (a lambda's "Main$$Lambda$14/0x0000000800c03000") has a slash of its own.
  const last = parts.pop() ?? '';
  const className = HIDDEN_CLASS_SUFFIX.test(last) ? `${parts.pop() ?? ''}/${last}` : last;
  // What is left is "loader/module@version" or "module@version"; "app//" leaves an empty module.
  const moduleName = parts.at(-1)?.replace(/@.*$/, '') || undefined;
  const frame: Frame = {
    function: `${className}.${method}`,
    module: className,
    inApp: isJvmInApp(className, moduleName),
  };
  const location = /^(.+?)(?::(\d+))?$/.exec(source);
  if (location && source !== 'Native Method' && source !== 'Unknown Source') {
    frame.file = location[1] ?? source;
    if (location[2]) frame.line = Number(location[2]);
  }
  return frame;
}

export interface ThrowableHeader {
  type?: string;
  message: string;
}

// Throwable#toString: the class name, then ": " and the message when there is one.
const HEADER = /^((?:[\w$]+\.)*[\w$]+)(?:: ?(.*))?$/;

/** "java.lang.X: msg" as type and message; a toString() of another shape is all message. */
export function parseThrowableHeader(text: string): ThrowableHeader {
  const match = HEADER.exec(text.trim());
  if (!match) return { message: text.trim() };
  return { type: match[1] ?? '', message: (match[2] ?? '').trim() };
}

/** "\t... 3 more": how many of the enclosing trace's outermost frames this trace shares. */
export function omittedFrames(text: string): number | undefined {
  const match = /^\t+\.\.\. (\d+) more\s*$/.exec(text);
  return match ? Number(match[1]) : undefined;
}
