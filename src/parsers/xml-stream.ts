import { SaxesParser } from 'saxes';
import { ParseError } from '../errors.js';
import type { ParseResult } from './parser.js';

export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlLimits {
  maxDepth: number;
  maxAttributeChars: number;
}

// Real reports nest a handful of levels; 256 leaves room for PHPUnit's data-provider
// suites while refusing nesting bombs long before the stack is at risk.
export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 256, maxAttributeChars: 1 << 20 };

// A DOCTYPE with an internal subset or an external id is how entity-expansion and XXE
// attacks start. saxes never expands declared entities (it reports them as undefined),
// but we refuse them up front with a message that says why.
const HOSTILE_DOCTYPE = /\[|\bSYSTEM\b|\bPUBLIC\b|<!ENTITY/i;

/**
 * Streams XML text chunks through saxes, a strict non-validating parser, with limits
 * for hostile input. Every error becomes a ParseError with the file, line and column.
 */
export async function streamXml(
  chunks: AsyncIterable<string>,
  path: string,
  handlers: XmlHandlers,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): Promise<{ repaired: number }> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let depth = 0;
  const fail = (message: string): never => {
    throw new ParseError(path, message, parser.line, parser.column + 1);
  };
  parser.on('error', (error) => fail(error.message.replace(/^\d+:\d+: /, '')));
  parser.on('doctype', (doctype) => {
    if (HOSTILE_DOCTYPE.test(doctype)) fail('DOCTYPE declarations with entities or external ids are refused');
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > limits.maxDepth) fail(`elements nest deeper than ${limits.maxDepth} levels`);
    let size = 0;
    for (const value of Object.values(tag.attributes)) size += value.length;
    if (size > limits.maxAttributeChars)
      fail(`attributes of <${tag.name}> exceed ${limits.maxAttributeChars} characters`);
    handlers.open(tag.name, tag.attributes, parser.line);
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    handlers.close(tag.name);
  });
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);

  let repaired = 0;
  for await (const chunk of chunks) {
    // Real tools write raw control characters from test output into XML, which XML 1.0 forbids.
    // Their meaning is clear, so they become U+FFFD and the caller says what was repaired.
    let clean = chunk;
    if (CONTROL.test(chunk)) {
      clean = chunk.replace(CONTROL_ALL, '\uFFFD');
      repaired += chunk.length - chunk.replace(CONTROL_ALL, '').length;
    }
    parser.write(clean);
  }
  parser.close();
  return { repaired };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * V8 strings sliced from a large chunk keep the whole chunk alive. A Buffer round trip
 * makes an independent copy, so memory stays bounded by what we keep, not what we read.
 */
export function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** What an XML report format implements: the events it cares about, and its result at the end. */
export interface XmlReportReader {
  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void;
  close(name: string): void;
  onText(text: string): void;
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
  const { repaired } = await streamXml(chunks, path, {
    open(name, attributes, line) {
      if (!sawRoot && !roots.includes(name)) {
        throw new ParseError(
          path,
          `expected ${roots.map((root) => `<${root}>`).join(' or ')}, found <${name}>`,
          line,
        );
      }
      sawRoot = true;
      reader.open(name, attributes, line);
    },
    close: (name) => reader.close(name),
    text: (text) => reader.onText(text),
  });
  const result = reader.finish();
  if (repaired > 0)
    result.notes = [
      ...(result.notes ?? []),
      `replaced ${repaired} control character(s) that XML does not allow with U+FFFD`,
    ];
  return result;
}
