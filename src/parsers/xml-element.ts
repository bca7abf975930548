import {
  DOUBLE_QUOTE,
  isWhitespace,
  NAME_CHAR,
  NAME_START,
  readDecimal,
  SINGLE_QUOTE,
  SLASH,
} from './xml-bytes.js';

/**
 * A start tag as a reader sees it. Attribute values are decoded only when asked for: most tags
 * in a big report (passing test cases, properties) are read for one value or for none.
 */
export interface XmlElement {
  readonly name: string;
  readonly selfClosing: boolean;
  /** One attribute's value, or undefined when the tag has none of that name. */
  attribute(name: string): string | undefined;
  /**
   * An attribute written as plain decimal digits with an optional fraction ("12", "0.015"), as
   * the number Number() reads from it; undefined when absent or written any other way.
   */
  decimal(name: string): number | undefined;
  /** Every attribute, decoded, as a plain object. */
  attributes(): Readonly<Record<string, string>>;
  /** This element as it is now, still readable after the open event (the tokenizer reuses it). */
  keep(): XmlElement;
}

/** An element whose attributes were decoded when it was read: tags with references or odd spacing. */
export class DecodedElement implements XmlElement {
  constructor(
    readonly name: string,
    private readonly values: Readonly<Record<string, string>>,
    readonly selfClosing: boolean,
  ) {}

  attribute(name: string): string | undefined {
    return Object.hasOwn(this.values, name) ? this.values[name] : undefined;
  }

  decimal(name: string): number | undefined {
    const value = this.attribute(name);
    return value !== undefined && PLAIN_DECIMAL.test(value) ? Number(value) : undefined;
  }

  attributes(): Readonly<Record<string, string>> {
    return this.values;
  }

  keep(): XmlElement {
    return this;
  }
}

// Attribute values with any of these need more than their raw bytes (XML 1.0 §3.3.3): references,
// "<" (an error), and whitespace or control characters that normalization replaces.
const SPECIAL_IN_VALUE = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte += 1) SPECIAL_IN_VALUE[byte] = 1;
SPECIAL_IN_VALUE[0x26] = 1;
SPECIAL_IN_VALUE[0x3c] = 1;
// The tag's first ">" inside a value: the tag goes on past it, which the decoding path reads.
SPECIAL_IN_VALUE[0x3e] = 1;

// Comparing names pairwise for duplicates stays cheap up to here; a tag with more attributes
// takes the decoding path, which uses a hash.
const MAX_SCANNED_ATTRIBUTES = 32;
const EQUALS = 0x3d;
const QUESTION_MARK = 0x3f;
// A kept element never scans, so it needs no names of its own.
const NO_NAMES: string[] = [];

function sameBytes(bytes: Buffer, start: number, end: number, otherStart: number): boolean {
  for (let index = start; index < end; index += 1)
    if (bytes[index] !== bytes[otherStart + index - start]) return false;
  return true;
}

const PLAIN_DECIMAL = /^[0-9]{1,15}(?:\.[0-9]{1,15})?$/;
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= 0x80) return false;
  return true;
}

/**
 * Whether `name` is spelled by these bytes; non-ASCII names are compared decoded. An ASCII name
 * is as long in bytes as in characters, so bytes of another length never spell it: nothing is
 * decoded to tell "time" from "classname".
 */
function spells(name: string, bytes: Buffer, start: number, end: number): boolean {
  if (name.length !== end - start)
    return name.length < end - start && !isAscii(name) && name === bytes.toString('utf8', start, end);
  for (let index = 0; index < name.length; index += 1) {
    const byte = bytes[start + index] ?? 0;
    if (byte >= 0x80) return name === bytes.toString('utf8', start, end);
    if (byte !== name.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * A start tag read in place from the tokenizer's bytes: attribute names and values are byte
 * ranges, decoded on demand. Only plain tags are read this way (see scan); anything else goes
 * through the decoding path, which owns every error message.
 */
export class RawElement implements XmlElement {
  name = '';
  selfClosing = false;
  private count = 0;
  private bytes: Buffer = Buffer.alloc(0);

  constructor(
    /** Per attribute: name start, name end, value start, value end. */
    private readonly spans: number[] = new Array<number>(4 * MAX_SCANNED_ATTRIBUTES).fill(0),
    /** Element names seen, reused so that a tag's name is not decoded each time. */
    private readonly names: string[] = [],
  ) {}

  /**
   * Reads the tag from "<" at `start` to its first ">" at `gt`. Returns false, having read nothing
   * worth keeping, when the tag is not plain: a value with a reference, "<", a tab, newline or
   * control character, a ">" inside a value, too many attributes or any error.
   */
  scan(bytes: Buffer, start: number, gt: number, maxAttributeChars: number): boolean {
    // Every byte read here lies between "<" and the ">" at `gt`, inside the buffer.
    let index = start + 1;
    while (NAME_CHAR[bytes[index] as number] === 1) index += 1;
    const nameEnd = index;
    const spans = this.spans;
    let count = 0;
    let total = 0;
    let selfClosing = false;
    for (;;) {
      const afterValue = index;
      while (isWhitespace(bytes[index])) index += 1;
      const byte = bytes[index] as number;
      if (index === gt) break;
      if (byte === SLASH) {
        if (index + 1 !== gt) return false;
        selfClosing = true;
        break;
      }
      if ((byte < 0x80 && NAME_START[byte] !== 1) || index === afterValue || count === MAX_SCANNED_ATTRIBUTES)
        return false;
      const attributeStart = index;
      while (NAME_CHAR[bytes[index] as number] === 1) index += 1;
      const attributeEnd = index;
      while (isWhitespace(bytes[index])) index += 1;
      if (bytes[index] !== EQUALS) return false;
      index += 1;
      while (isWhitespace(bytes[index])) index += 1;
      const quote = bytes[index];
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return false;
      index += 1;
      const valueStart = index;
      // Every special byte is below "?": letters, the bulk of values, skip the table.
      for (let byte = bytes[index] as number; byte !== quote; byte = bytes[index] as number) {
        if (byte < QUESTION_MARK && SPECIAL_IN_VALUE[byte] === 1) return false;
        index += 1;
      }
      // Bytes bound characters from above: only a tag near the limit needs the exact count.
      total += index - valueStart;
      if (total > maxAttributeChars) return false;
      const length = attributeEnd - attributeStart;
      for (let other = 0; other < count * 4; other += 4) {
        const otherStart = spans[other] ?? 0;
        if (
          (spans[other + 1] ?? 0) - otherStart === length &&
          sameBytes(bytes, attributeStart, attributeEnd, otherStart)
        )
          return false;
      }
      spans[count * 4] = attributeStart;
      spans[count * 4 + 1] = attributeEnd;
      spans[count * 4 + 2] = valueStart;
      spans[count * 4 + 3] = index;
      count += 1;
      index += 1;
    }
    this.bytes = bytes;
    this.count = count;
    this.selfClosing = selfClosing;
    this.name = this.nameAt(bytes, start + 1, nameEnd);
    return true;
  }

  private nameAt(bytes: Buffer, start: number, end: number): string {
    for (const known of this.names) if (spells(known, bytes, start, end)) return known;
    const name = bytes.toString('utf8', start, end);
    // Only ASCII names are remembered: comparing them never needs a decode.
    if (this.names.length < 64 && name.length === end - start) this.names.push(name);
    return name;
  }

  attribute(name: string): string | undefined {
    const spans = this.spans;
    for (let at = 0; at < this.count * 4; at += 4)
      if (spells(name, this.bytes, spans[at] ?? 0, spans[at + 1] ?? 0))
        return this.bytes.toString('utf8', spans[at + 2], spans[at + 3]);
    return undefined;
  }

  decimal(name: string): number | undefined {
    const spans = this.spans;
    for (let at = 0; at < this.count * 4; at += 4)
      if (spells(name, this.bytes, spans[at] ?? 0, spans[at + 1] ?? 0))
        return readDecimal(this.bytes, spans[at + 2] ?? 0, spans[at + 3] ?? 0);
    return undefined;
  }

  attributes(): Readonly<Record<string, string>> {
    const values: Record<string, string> = {};
    const spans = this.spans;
    for (let at = 0; at < this.count * 4; at += 4) {
      const name = this.bytes.toString('utf8', spans[at], spans[at + 1]);
      const value = this.bytes.toString('utf8', spans[at + 2], spans[at + 3]);
      // A plain object, as saxes gave: "__proto__" must become a field, not a prototype.
      if (name === '__proto__') Object.defineProperty(values, name, { value, enumerable: true });
      else values[name] = value;
    }
    return values;
  }

  keep(): XmlElement {
    const used = this.count * 4;
    const start = used === 0 ? 0 : (this.spans[0] ?? 0);
    const end = used === 0 ? 0 : (this.spans[used - 1] ?? 0);
    const spans: number[] = [];
    for (let at = 0; at < used; at += 1) spans.push((this.spans[at] ?? 0) - start);
    const kept = new RawElement(spans, NO_NAMES);
    // Its own copy of the few bytes it spans: a view would pin the tokenizer's whole chunk.
    kept.bytes = Buffer.allocUnsafe(end - start);
    this.bytes.copy(kept.bytes, 0, start, end);
    kept.count = this.count;
    kept.name = this.name;
    kept.selfClosing = this.selfClosing;
    return kept;
  }
}
