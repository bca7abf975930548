import type { ErrorInfo, Frame } from '../model.js';
import { buildErrorInfo, MAX_STACK_CHARS } from './error-info.js';
import { relativeToWorkspace } from './paths.js';
import { detach } from './xml-stream.js';

// What the three .NET report formats (TRX, NUnit 3, xUnit.net v2) share: the stack-frame
// reader, the "Type : message" headers .NET frameworks write, root-element sniffing and
// the TimeSpan durations. The formats themselves live in trx.ts, nunit.ts and xunit.ts.

// "   at Shop.Cart.Total(IEnumerable`1 items) in /src/Shop/Cart.cs:line 12" (.NET), and Mono's
// "  at Shop.Cart.Total (IEnumerable`1 items) [0x00012] in /src/Shop/Cart.cs:12". Frames of
// code without symbols have no " in file:line" part. The function has no spaces, and the
// parameter list is always printed, so prose such as "at least (3)" is not a frame.
const FRAME = /^\s*at (\S+?) ?\(([^()]*)\)(?: \[0x[0-9a-fA-F]+\])?(?: in (.+?)(?::line |:)(\d+))?\s*$/;
// .NET Framework prints async methods as their state machine: "Shop.Cart.<TotalAsync>d__3.MoveNext".
const STATE_MACHINE = /^(.*)\.<([^<>]+)>d__\d+\.MoveNext$/;
// "Shop.Cart.Total" → "Shop.Cart"; "Shop.Cart..ctor" → "Shop.Cart".
const OWNER = /^(.*[^.])\.(\.?[^.]+)$/;
// Frameworks, assertion and mocking libraries, and runtime-generated frames.
const LIBRARY =
  /^(?:(?:System|Microsoft|NUnit|Xunit|Mono|FluentAssertions|Shouldly|Moq|Castle|NSubstitute)\.|lambda_method|InvokeStub_)/;

export function parseDotnetFrame(line: string, workspace: string): Frame | undefined {
  const match = FRAME.exec(line);
  if (!match) return undefined;
  const [, raw = '', , file, lineNo] = match;
  const machine = STATE_MACHINE.exec(raw);
  const fn = machine ? `${machine[1]}.${machine[2]}` : raw;
  const frame: Frame = { function: fn, inApp: !LIBRARY.test(fn) };
  const owner = OWNER.exec(fn)?.[1];
  if (owner) frame.module = owner;
  if (file) {
    frame.file = relativeToWorkspace(file, workspace);
    frame.line = Number(lineNo);
  }
  return frame;
}

/** .NET prints the frame that threw first, which is already the model's innermost-first order. */
export function parseDotnetFrames(stack: string, workspace: string): Frame[] {
  const frames: Frame[] = [];
  for (const line of stack.split(/\r?\n/)) {
    const frame = parseDotnetFrame(line, workspace);
    if (frame) frames.push(frame);
  }
  return frames;
}

// "System.InvalidOperationException: msg" (.NET's own), "System.InvalidOperationException : msg"
// (NUnit and xUnit put spaces around the colon).
const HEADER = /^((?:[A-Za-z_][\w`+]*\.)*(?:[A-Za-z_][\w`+]*)?(?:Exception|Error))[ \t]?:(?:[ \t]|$)/;
// Where the exception's own message starts inside a longer text.
const PREFIXES = [
  // MSTest: "Test method Shop.Tests.CartTests.Total threw exception: \nSystem.Exception: boom"
  /^(?:Test method|(?:Assembly|Class) (?:Initialization|Cleanup) method) \S+ threw exception[.:]\s*/,
  // NUnit on a test whose fixture failed: "OneTimeSetUp: System.Exception : boom", "TearDown : …"
  /^(?:OneTimeSetUp|OneTimeTearDown|SetUp|TearDown)\s?:\s*/,
  // VSTest when the test host dies: "… Test host process crashed : Unhandled exception. System.Exception: boom"
  /^[\s\S]*?Unhandled exception\.\s*/,
];
// Assertion messages that name no type, and the type the framework threw.
const ASSERTIONS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Assert\.(\w+)\(\) Failure/, (match) => `Xunit.Sdk.${match[1]}Exception`],
  [/^Assert\.\w+ failed\./, () => 'AssertFailedException'],
  [/^Multiple failures or warnings in test/, () => 'MultipleAssertException'],
  [/^Expected: [\s\S]*\n\s*But was: /, () => 'AssertionException'],
];

export interface DotnetMessage {
  type?: string;
  /** The message without its type header; its first line is what the report shows. */
  message: string;
}

/** Splits a .NET failure message into the exception type it names and the message itself. */
export function splitDotnetMessage(text: string): DotnetMessage {
  let rest = text.trim();
  for (const prefix of PREFIXES) {
    const match = prefix.exec(rest);
    if (match && HEADER.test(rest.slice(match[0].length))) {
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const header = HEADER.exec(rest);
  if (header?.[1]) return { type: header[1], message: rest.slice(header[0].length).trim() };
  for (const [pattern, typeOf] of ASSERTIONS) {
    const match = pattern.exec(rest);
    if (match) return { type: typeOf(match), message: rest };
  }
  return { message: rest };
}

export interface DotnetProblem {
  /** The exception type the report declares (xUnit's exception-type), if it does. */
  type?: string | undefined;
  message: string;
  stack: string;
  /** Used when neither the report nor the message names a type (NUnit assertions). */
  fallbackType?: string | undefined;
}

/** ErrorInfo for a .NET failure, with .NET frames. Detaches what it keeps from the chunks. */
export function dotnetErrorInfo(problem: DotnetProblem, workspace: string): ErrorInfo {
  const split = splitDotnetMessage(problem.message);
  const declared = problem.type?.trim();
  // xUnit writes "System.InvalidOperationException : msg" with exception-type set too.
  const message = declared && split.type && split.type !== declared ? problem.message : split.message;
  const type = declared || split.type || problem.fallbackType;
  const firstLine = message.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const info = buildErrorInfo(
    {
      type: type === undefined ? undefined : detach(type),
      message: detach(firstLine.trim().slice(0, MAX_STACK_CHARS)),
      text: detach(problem.stack),
    },
    workspace,
  );
  info.frames = info.stack ? parseDotnetFrames(info.stack, workspace) : [];
  return info;
}

/** Collects an element's text, keeping at most MAX_STACK_CHARS of it. */
export class BoundedText {
  private parts = '';
  private active = false;

  start(): void {
    this.active = true;
    this.parts = '';
  }

  add(text: string): void {
    if (this.active && this.parts.length < MAX_STACK_CHARS)
      this.parts += text.slice(0, MAX_STACK_CHARS - this.parts.length);
  }

  get capturing(): boolean {
    return this.active;
  }

  /** Ends the capture and returns what it kept, detached from the chunks it came from. */
  stop(): string {
    this.active = false;
    const text = detach(this.parts);
    this.parts = '';
    return text;
  }
}

// The first element of an XML document, after the prolog, comments, processing instructions and a DOCTYPE.
const ROOT = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)([^>]*)/;

/** The root element's name and the text of its start tag (possibly cut at the end of head). */
export function xmlRoot(head: string): { name: string; tag: string } | undefined {
  const match = ROOT.exec(head.replace(/^\uFEFF/, ''));
  if (!match?.[1]) return undefined;
  return { name: match[1], tag: match[2] ?? '' };
}

/** Seconds as a real number ("0.0012"), or undefined. */
export function seconds(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

// .NET TimeSpan: [d.]hh:mm:ss[.fffffff]
const TIMESPAN = /^\s*(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)\s*$/;

/** A TimeSpan ("00:00:01.2345678") in milliseconds, or undefined. */
export function timeSpanMs(value: string | undefined): number | undefined {
  const match = value === undefined ? null : TIMESPAN.exec(value);
  if (!match) return undefined;
  const [, days = '0', hours = '0', minutes = '0', secs = '0'] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(secs) * 1000;
}

/** The file name of a path such as an assembly's, for a test's suite. */
export function baseName(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? path;
}
