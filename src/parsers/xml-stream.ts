import { ParseError } from '../errors.js';
import { bytesOf, type ParseResult } from './parser.js';
import type { TextMarks } from './xml-cursor.js';
import type { XmlElement } from './xml-element.js';
import { type XmlEvents, type XmlLimits, XmlTokenizer } from './xml-tokenizer.js';

export type { XmlElement } from './xml-element.js';
export type { XmlLimits } from './xml-tokenizer.js';
export type XmlHandlers = XmlEvents;

// Real reports nest a handful of levels; 256 leaves room for PHPUnit's data-provider
// suites while refusing nesting bombs long before the stack is at risk.
export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 256, maxAttributeChars: 1 << 20 };

/**
 * Streams XML chunks (UTF-8 bytes, or text) through our strict tokenizer, with limits for
 * hostile input. Every error is a ParseError with the file, line and column.
 */
export async function streamXml(
  chunks: AsyncIterable<string | Uint8Array>,
  path: string,
  handlers: XmlHandlers,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): Promise<{ repaired: number }> {
  const tokenizer = new XmlTokenizer(path, handlers, limits);
  try {
    for await (const chunk of chunks) tokenizer.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    tokenizer.end();
    return { repaired: tokenizer.repaired };
  } finally {
    tokenizer.release();
  }
}

/**
 * V8 strings sliced from a large string keep the whole of it alive. Slicing a concatenation
 * makes V8 flatten it into a new string first, and the slice then rests on that copy: memory
 * stays bounded by what we keep, not what we read. Five times as fast as a Buffer round trip.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}

/** What an XML report format implements: the events it cares about, and its result at the end. */
export interface XmlReportReader {
  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void;
  /** Optional, called instead of `open`: attributes are decoded only when asked for (see XmlEvents). */
  openElement?(element: XmlElement, line: number): void;
  close(name: string): void;
  onText(text: string): void;
  /** Optional: raw UTF-8 text, when wantsText says 'bytes' (see XmlEvents.bytes). */
  onBytes?(bytes: Buffer, start: number, end: number, marks: TextMarks): void;
  /** Optional: whether onText would keep text here. Text it would not keep is never decoded. */
  wantsText?(): boolean | 'bytes';
  finish(): ParseResult;
}

/** Streams an XML report whose root must be one of `roots` through a reader, noting what was repaired. */
export async function readXmlReport(
  chunks: AsyncIterable<string>,
  path: string,
  roots: readonly string[],
  reader: XmlReportReader,
): Promise<ParseResult> {
  let sawRoot = false;
  const checkRoot = (name: string, line: number) => {
    if (!sawRoot && !roots.includes(name)) {
      throw new ParseError(
        path,
        `expected ${roots.map((root) => `<${root}>`).join(' or ')}, found <${name}>`,
        line,
      );
    }
    sawRoot = true;
  };
  const handlers: XmlHandlers = {
    open(name, attributes, line) {
      checkRoot(name, line);
      reader.open(name, attributes, line);
    },
    close: (name) => reader.close(name),
    text: (text) => reader.onText(text),
  };
  const { openElement, onBytes, wantsText } = reader;
  if (openElement)
    handlers.openElement = (element, line) => {
      checkRoot(element.name, line);
      openElement.call(reader, element, line);
    };
  if (onBytes) handlers.bytes = onBytes.bind(reader);
  if (wantsText) handlers.wantsText = wantsText.bind(reader);
  // Files from src/parse.ts come as bytes too: markup is found without decoding the file.
  const { repaired } = await streamXml(bytesOf(chunks) ?? chunks, path, handlers);
  const result = reader.finish();
  if (repaired > 0)
    result.notes = [
      ...(result.notes ?? []),
      `replaced ${repaired} control character(s) that XML does not allow with U+FFFD`,
    ];
  return result;
}
