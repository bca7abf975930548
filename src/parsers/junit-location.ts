import type { Frame, TestRef } from '../model.js';
import { relativeToWorkspace } from './paths.js';
import type { XmlElement } from './xml-element.js';
import { detach } from './xml-stream.js';

// Where a test lives. Most writers say it in `file` and `line` attributes; pytest's
// xunit2 (its default since pytest 6) and others do not, and then the failure's own stack
// tells: the frame of the test function, or the frame in the module its classname names.

/** "1,234.5" (thousands separators, as some writers print) and missing values are both read. */
export function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // "1,234.5" from some writers; most times have no comma, and skipping the replace is cheaper.
  const parsed = Number(value.includes(',') ? value.replace(/,/g, '') : value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

/** An element's time in seconds: read without decoding when it is plain digits, as it nearly always is. */
export function secondsOf(element: XmlElement, name = 'time'): number | undefined {
  return element.decimal(name) ?? seconds(element.attribute(name));
}

export function durationMs(value: string | undefined): number | undefined {
  const parsed = seconds(value);
  return parsed === undefined ? undefined : Math.round(parsed * 1000);
}

export interface CaseIdentity {
  /** The <testcase> element, read when its failure needs it. */
  element: XmlElement;
  suite: string | undefined;
  /** pytest's xunit1 `line` is 0-based (the def line from pytest's item location). */
  zeroBasedLine: boolean;
}

export function baseTestRef({ element, suite }: CaseIdentity): TestRef {
  const name = element.attribute('name') ?? '';
  const classname = element.attribute('classname');
  const ref: TestRef = { name: detach(name) };
  if (suite) ref.suite = detach(suite);
  if (classname) ref.classname = detach(classname);
  return ref;
}

// "test_reserve_pears[20]" is the function test_reserve_pears with a parameter set.
function testFunctionName(name: string): string {
  return name.replace(/\[.*\]$/, '');
}

function fromFrames(ref: TestRef, frames: readonly Frame[]): Frame | undefined {
  const outermostFirst = [...frames].reverse();
  const fn = testFunctionName(ref.name);
  // An exact name only: a JVM frame says "com.acme.FooTest.bar" and its file lacks the path.
  const own = outermostFirst.find((frame) => frame.file && frame.function === fn);
  if (own) return own;
  // pytest's classname is the dotted module path: tests.test_inventory → tests/test_inventory.py
  if (!ref.classname || !/^[\w.]+$/.test(ref.classname)) return undefined;
  const modulePath = `${ref.classname.replace(/\./g, '/')}.py`;
  return outermostFirst.find((frame) => frame.file === modulePath || frame.file?.endsWith(`/${modulePath}`));
}

/** The test's file and line: from its attributes, else from the frames of its failure. */
export function locateTest(
  ref: TestRef,
  identity: CaseIdentity,
  frames: readonly Frame[],
  workspace: string,
): TestRef {
  const file = identity.element.attribute('file');
  const line = identity.element.attribute('line');
  const located: TestRef = { ...ref };
  if (file) {
    located.file = relativeToWorkspace(detach(file), workspace);
    const lineNumber = Number(line) + (identity.zeroBasedLine ? 1 : 0);
    if (line && Number.isInteger(lineNumber) && lineNumber > 0) located.line = lineNumber;
    return located;
  }
  const frame = fromFrames(ref, frames);
  if (frame?.file) {
    located.file = frame.file;
    if (frame.line !== undefined) located.line = frame.line;
  }
  return located;
}
