import type { ErrorInfo, Frame } from '../../model.js';
import { MAX_STACK_CHARS } from '../../parsers/error-info.js';
import { isSanitizerFrame, parseSanitizerFrame } from './native-frames.js';

// Pieces shared by the native report readers: a sanitizer report cut into sections (a header
// line and the frames under it), addresses and pids taken out of messages, and the stack text.

export interface Section {
  header: string;
  /** Index of the header line in the lines given to sectionsOf. */
  at: number;
  frames: Frame[];
}

/** Splits report lines into sections: each run of "#N …" frames goes to the line above it. */
export function sectionsOf(lines: readonly string[], workspace: string): Section[] {
  const sections: Section[] = [];
  let header = '';
  let at = 0;
  let current: Section | undefined;
  for (const [index, line] of lines.entries()) {
    if (isSanitizerFrame(line)) {
      const frame = parseSanitizerFrame(line, workspace);
      if (!current) {
        current = { header, at, frames: [] };
        sections.push(current);
      }
      if (frame) current.frames.push(frame);
    } else {
      current = undefined;
      if (line.trim()) {
        header = line.trim();
        at = index;
      }
    }
  }
  return sections;
}

// Run-specific values in sanitizer lines: "==1234==", "(pid=1234)", "(tid=77, running)",
// addresses ("at 0x6020…", "[0x6020…,0x6020…)") and the module offsets TSan adds.
const NOISE: [RegExp, string][] = [
  [/^==\d+==/, ''],
  // ASan's access line: "READ of size 4 at 0x6020… thread T0".
  [/ at 0x[0-9a-f]+ thread (T\d+)/, ' by thread $1'],
  [/ \((?:pid|tid)=\d+(?:, [\w ]+)?\)/g, ''],
  [/ \[0x[0-9a-f]+,0x[0-9a-f]+\)/g, ''],
  [/ \([^()\s]+\+0x[0-9a-f]+\)/g, ''],
  [/ (?:at|on|on unknown) (?:address )?0x[0-9a-f]+/g, ''],
  [/^(?:Address )?0x[0-9a-f]+ is /, ''],
  [
    / \(pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+ T\d+\)| at pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+/g,
    '',
  ],
];

export function withoutAddresses(text: string): string {
  let result = text.trim();
  for (const [pattern, replacement] of NOISE) result = result.replace(pattern, replacement);
  return result.replace(/:$/, '').trim();
}

export function stackText(lines: readonly string[]): string {
  const text = lines.join('\n').trim();
  return text.length > MAX_STACK_CHARS ? `${text.slice(0, MAX_STACK_CHARS)}\n… (cut)` : text;
}

/** The sections after the main one, as causes: where the memory was allocated, freed, or the other access. */
export function causesOf(sections: readonly Section[]): ErrorInfo[] {
  return sections.map((section) => ({ message: withoutAddresses(section.header), frames: section.frames }));
}

export function errorInfo(parts: {
  type: string;
  message: string;
  frames: Frame[];
  lines: readonly string[];
  causes?: ErrorInfo[];
}): ErrorInfo {
  const info: ErrorInfo = { type: parts.type, message: parts.message, frames: parts.frames };
  const stack = stackText(parts.lines);
  if (stack) info.stack = stack;
  if (parts.causes && parts.causes.length > 0) info.causes = parts.causes;
  return info;
}
