import {
  DOUBLE_QUOTE,
  decodeReference,
  GREATER_THAN,
  NAME_CHAR,
  NAME_START,
  SINGLE_QUOTE,
} from './xml-bytes.js';
import { DecodedElement, type XmlElement } from './xml-element.js';
import type { RawElement } from './xml-raw-element.js';
import type { ByteScanner } from './xml-scan.js';

/** Throws a ParseError for the byte at `at`. */
export type Fail = (message: string, at: number) => never;

/** What readStartTag found: one object per tokenizer, filled again for each tag. */
export interface StartTag {
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
  /** Just past the closing ">", in bytes. */
  end: number;
  /** False when the tag surely holds no line feed: the tokenizer need not count lines in it. */
  multiline: boolean;
  /** Control characters replaced with U+FFFD in attribute values. */
  repaired: number;
  /** Per element name, the attribute names last seen, in order. */
  readonly attributeNames: Map<string, string[]>;
  /** Walks attribute values in the tokenizer's bytes, which are in its memory. */
  readonly scanner: ByteScanner;
  /** Reads plain tags in place; `element` is it, or the decoded tag when that could not. */
  readonly raw: RawElement;
  element: XmlElement;
}

/** An error at a UTF-16 index of the decoded tag: readStartTag turns it into a byte position. */
class TagError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

const refuse: (message: string, index: number) => never = (message, index) => {
  throw new TagError(message, index);
};

// What makes an attribute value more than its raw text (XML 1.0 §3.3.3): references, "<",
// whitespace that becomes a space, and control characters that we repair.
// biome-ignore lint/suspicious/noControlCharactersInRegex: those control characters are the point.
const SPECIAL = /[&<\u0000-\u001F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const SPECIAL_FROM = /[&<\u0000-\u001F]/g;
// A slice of 13 or more characters shares the decoded tag's memory: what is kept is copied.
const ownCopy = (text: string) => (text.length < 13 ? text : Buffer.from(text).toString());
const isNameChar = (code: number) => code >= 0x80 || NAME_CHAR[code] === 1;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Reads the start tag whose "<" is at `start` (XML 1.0 §3.1) into `tag`, or returns false when
 * the bytes end before it does: the caller then waits for more. The tag is decoded once and read
 * as text; values are slices of that short string, so they never pin a chunk.
 */
export function readStartTag(
  bytes: Buffer,
  start: number,
  maxAttributeChars: number,
  tag: StartTag,
  fail: Fail,
  lastGreaterThan: number,
): boolean {
  // Most tags are plain and read in place, their end found as they are read: the scan stops at
  // the first ">", so a ">" later in the bytes (`lastGreaterThan`) bounds it.
  if (start < lastGreaterThan) {
    const gt = tag.raw.scan(bytes, start, maxAttributeChars, tag.scanner);
    if (gt !== -1 && !tooLong(gt - start, maxAttributeChars)) {
      tag.element = tag.raw;
      tag.multiline = tag.raw.multiline;
      tag.repaired = 0;
      tag.end = gt + 1;
      return true;
    }
  }
  // The rest, and every error, take the decoding path. Nearly always the first ">" ends the
  // tag; when it stands inside a quoted value, one quote-aware pass finds the real end, so a
  // tag full of ">" still costs linear time.
  const first = bytes.indexOf(GREATER_THAN, start + 1);
  if (first === -1) return false;
  if (tooLong(first - start, maxAttributeChars)) failTooLong(bytes, start, maxAttributeChars, fail);
  if (parsed(bytes, start, first, maxAttributeChars, tag, fail)) return true;
  const end = tagEnd(bytes, start, maxAttributeChars, fail);
  if (end === -1) return false;
  if (!parsed(bytes, start, end, maxAttributeChars, tag, fail))
    fail('a quoted attribute value does not end', start);
  return true;
}

function parsed(
  bytes: Buffer,
  start: number,
  gt: number,
  maxAttributeChars: number,
  tag: StartTag,
  fail: Fail,
): boolean {
  if (tooLong(gt - start, maxAttributeChars)) failTooLong(bytes, start, maxAttributeChars, fail);
  const text = bytes.toString('utf8', start, gt + 1);
  try {
    if (!parseTag(text, maxAttributeChars, tag)) return false;
  } catch (error) {
    if (!(error instanceof TagError)) throw error;
    fail(error.message, start + Buffer.byteLength(text.slice(0, error.index)));
  }
  tag.end = gt + 1;
  tag.multiline = true;
  tag.element = new DecodedElement(tag.name, tag.attributes, tag.selfClosing);
  return true;
}

/** The ">" that ends the tag at `start`, outside quotes, or -1 when the bytes end first. */
function tagEnd(bytes: Buffer, start: number, maxAttributeChars: number, fail: Fail): number {
  let quote = 0;
  for (let index = start + 1; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (quote !== 0) {
      if (byte === quote) quote = 0;
    } else if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) quote = byte;
    else if (byte === GREATER_THAN) return index;
  }
  if (tooLong(bytes.length - start, maxAttributeChars)) failTooLong(bytes, start, maxAttributeChars, fail);
  return -1;
}

/** Whether markup this many bytes long must have more attribute characters than allowed. */
export function tooLong(markupBytes: number, maxAttributeChars: number): boolean {
  // A UTF-8 character of up to three bytes is one UTF-16 unit; names and quotes get generous room.
  return markupBytes > maxAttributeChars * 3 + 65_536;
}

export function failTooLong(bytes: Buffer, start: number, maxAttributeChars: number, fail: Fail): never {
  let end = start + 1;
  while (end < bytes.length && end < start + 256 && NAME_CHAR[bytes[end] ?? 0] === 1) end += 1;
  fail(
    `attributes of <${bytes.toString('utf8', start + 1, end)}> exceed ${maxAttributeChars} characters`,
    start,
  );
}

/** The tag in `text`, which ends at its first ">": false when that ">" is inside a value. */
function parseTag(text: string, maxAttributeChars: number, tag: StartTag): boolean {
  const last = text.length - 1;
  let index = 1;
  while (index < last && isNameChar(text.charCodeAt(index))) index += 1;
  const name = text.slice(1, index);
  const attributes: Record<string, string> = {};
  SPECIAL_FROM.lastIndex = index;
  const plain = !SPECIAL_FROM.test(text);
  let known = tag.attributeNames.get(name);
  if (!known) {
    known = [];
    if (tag.attributeNames.size < 256) tag.attributeNames.set(ownCopy(name), known);
  }
  let count = 0;
  tag.name = name;
  tag.attributes = attributes;
  tag.repaired = 0;
  let total = 0;
  for (;;) {
    const afterValue = index;
    while (isSpace(text.charCodeAt(index))) index += 1;
    const code = text.charCodeAt(index);
    if (index === last) {
      tag.selfClosing = false;
      return true;
    }
    if (code === 0x2f) {
      if (index + 1 !== last) refuse('expected ">" after "/" in a start tag', index + 1);
      tag.selfClosing = true;
      return true;
    }
    if (code < 0x80 && NAME_START[code] !== 1) refuse(`disallowed character in <${name}>`, index);
    if (index === afterValue) refuse('no whitespace between attributes', index);
    const nameStart = index;
    while (index < last && isNameChar(text.charCodeAt(index))) index += 1;
    // Elements of one name repeat their attributes in one order: reusing those name strings
    // spares a new string and a property-key lookup per attribute.
    let attribute = known[count];
    if (
      attribute === undefined ||
      attribute.length !== index - nameStart ||
      !text.startsWith(attribute, nameStart)
    ) {
      attribute = text.slice(nameStart, index);
      if (count < 64) known[count] = ownCopy(attribute);
    }
    count += 1;
    while (isSpace(text.charCodeAt(index))) index += 1;
    // Outside a quoted value, the ">" at the end is the tag's end, so what is missing is an error.
    if (text.charCodeAt(index) !== 0x3d) refuse(`attribute ${attribute} has no value`, index);
    index += 1;
    while (isSpace(text.charCodeAt(index))) index += 1;
    const quote = text[index];
    if (quote !== '"' && quote !== "'") refuse('unquoted attribute value', index);
    const close = text.indexOf(quote, index + 1);
    if (close === -1) return false;
    let value = text.slice(index + 1, close);
    if (!plain && SPECIAL.test(value)) {
      value = normalizeValue(value, index + 1, tag);
    }
    if (Object.hasOwn(attributes, attribute)) refuse(`duplicate attribute: ${attribute}`, nameStart);
    // A plain object, as saxes gave: "__proto__" must become a field, not a prototype.
    if (attribute === '__proto__') Object.defineProperty(attributes, attribute, { value, enumerable: true });
    else attributes[attribute] = value;
    total += value.length;
    if (total > maxAttributeChars)
      refuse(`attributes of <${name}> exceed ${maxAttributeChars} characters`, index);
    index = close + 1;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a value's references, "<", whitespace and control characters.
const VALUE_PARTS = /&([^;]{0,12});?|<|\r\n?|[\t\n]|[\u0000-\u001F]/g;

function normalizeValue(raw: string, offset: number, tag: StartTag): string {
  return raw.replace(VALUE_PARTS, (part: string, reference: string | undefined, at: number) => {
    if (reference === undefined) {
      if (part === '<') refuse('"<" is not allowed in an attribute value', offset + at);
      if (part.length > 1 || part === '\r' || part === '\t' || part === '\n') return ' ';
      tag.repaired += 1;
      return '\uFFFD';
    }
    if (!part.endsWith(';')) refuse('"&" starts no entity or character reference', offset + at);
    const decoded = decodeReference(reference);
    if (!decoded) refuse('undefined entity or malformed character reference', offset + at);
    if (decoded.repaired) tag.repaired += 1;
    return decoded.text;
  });
}
