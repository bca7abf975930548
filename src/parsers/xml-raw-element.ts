import {
  DOUBLE_QUOTE,
  GREATER_THAN,
  isWhitespace,
  NAME_CHAR,
  NAME_START,
  plainReferenceEnd,
  readDecimal,
  SINGLE_QUOTE,
  SLASH,
} from './xml-bytes.js';
import { decodeText, HOLDS_REFERENCES } from './xml-cursor.js';
import { PLAIN_DECIMAL, type XmlElement } from './xml-element.js';
import type { ByteScanner } from './xml-scan.js';

// What the byte that ends the walk over an attribute value (ByteScanner.valueStop) means (XML 1.0
// §3.3.3). SPECIAL: the value needs more than its raw bytes ("<", whitespace or a control
// character that normalization replaces) or holds the tag's first ">", which means the tag goes
// on past it: the decoding path reads those. A reference is checked in place and decoded when the
// value is read. A quote ends the value only if it is the one that opened it.
const QUOTE = 1;
const SPECIAL = 2;
const REFERENCE = 3;
const VALUE_STOP = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte += 1) VALUE_STOP[byte] = SPECIAL;
VALUE_STOP[0x3c] = SPECIAL;
VALUE_STOP[0x3e] = SPECIAL;
VALUE_STOP[DOUBLE_QUOTE] = QUOTE;
VALUE_STOP[SINGLE_QUOTE] = QUOTE;
VALUE_STOP[0x26] = REFERENCE;

// Comparing names pairwise for duplicates stays cheap up to here; a tag with more attributes
// takes the decoding path, which uses a hash.
const MAX_SCANNED_ATTRIBUTES = 32;
const EQUALS = 0x3d;
const SPACE = 0x20;
// A kept element never scans, so it needs no names of its own.
const NO_NAMES: string[] = [];

function sameBytes(bytes: Buffer, start: number, end: number, otherStart: number): boolean {
  for (let index = start; index < end; index += 1)
    if (bytes[index] !== bytes[otherStart + index - start]) return false;
  return true;
}

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
  /** Whether the last scanned tag has a line feed between its attributes (values never do). */
  multiline = false;
  private count = 0;
  /** Bit n: the nth value holds references, to decode when it is read. */
  private references = 0;
  private bytes: Buffer = Buffer.alloc(0);

  constructor(
    /** Per attribute: name start, name end, value start, value end. */
    private readonly spans: number[] = new Array<number>(4 * MAX_SCANNED_ATTRIBUTES).fill(0),
    /** Element names seen, reused so that a tag's name is not decoded each time. */
    private readonly names: string[] = [],
  ) {}

  /**
   * Reads the tag from "<" at `start` to its first ">", and returns where that ">" is. The caller
   * knows one lies ahead in `bytes`: every loop here stops at a ">". Returns -1, having read
   * nothing worth keeping, when the tag is not plain: a value with "<", a tab, newline or control
   * character, a reference that needs more than decoding, a ">" inside a value, too many
   * attributes or any error.
   */
  scan(bytes: Buffer, start: number, maxAttributeChars: number, scanner: ByteScanner): number {
    let index = start + 1;
    while (isNameByte(bytes[index] as number)) index += 1;
    const nameEnd = index;
    const spans = this.spans;
    let count = 0;
    let total = 0;
    let selfClosing = false;
    let multiline = false;
    // Bit n: the nth value holds references.
    let references = 0;
    // A bit per name length and first byte: only names that share a bit are compared for duplicates.
    let seen = 0;
    let gt = -1;
    for (;;) {
      const afterValue = index;
      while (isWhitespace(bytes[index])) index += 1;
      // Only whitespace can hold a line feed: any but a lone space may, and the tokenizer looks.
      if (index - afterValue > 1 || (index > afterValue && bytes[afterValue] !== SPACE)) multiline = true;
      let byte = bytes[index] as number;
      if (byte === GREATER_THAN) {
        gt = index;
        break;
      }
      if (byte === SLASH) {
        if (bytes[index + 1] !== GREATER_THAN) return -1;
        gt = index + 1;
        selfClosing = true;
        break;
      }
      if ((byte < 0x80 && NAME_START[byte] !== 1) || index === afterValue || count === MAX_SCANNED_ATTRIBUTES)
        return -1;
      const attributeStart = index;
      while (isNameByte(bytes[index] as number)) index += 1;
      const attributeEnd = index;
      const equalsAt = index;
      while (isWhitespace(bytes[index])) index += 1;
      if (bytes[index] !== EQUALS) return -1;
      index += 1;
      while (isWhitespace(bytes[index])) index += 1;
      if (index !== equalsAt + 1) multiline = true;
      const quote = bytes[index] as number;
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return -1;
      index += 1;
      const valueStart = index;
      for (;;) {
        // The ">" that bounds the scan stops this walk too, so it never leaves the bytes.
        index = scanner.valueStop(index, quote);
        byte = bytes[index] as number;
        if (byte === quote) break;
        if (VALUE_STOP[byte] === SPECIAL) return -1;
        index = plainReferenceEnd(bytes, index);
        if (index === -1) return -1;
        references |= 1 << count;
      }
      // Bytes bound characters from above: only a tag near the limit needs the exact count.
      total += index - valueStart;
      if (total > maxAttributeChars) return -1;
      const length = attributeEnd - attributeStart;
      // The attributes of JUnit's elements (name, classname, time, file, line…) all differ here.
      const bit = 1 << (((bytes[attributeStart] as number) ^ (length << 3)) & 31);
      if ((seen & bit) !== 0 && this.repeats(attributeStart, attributeEnd, count, bytes)) return -1;
      seen |= bit;
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
    this.multiline = multiline;
    this.references = references;
    this.name = this.nameAt(bytes, start + 1, nameEnd);
    return gt;
  }

  /** Whether one of the first `count` attributes has the name at start..end. */
  private repeats(start: number, end: number, count: number, bytes: Buffer): boolean {
    const spans = this.spans;
    for (let other = 0; other < count * 4; other += 4) {
      const otherStart = spans[other] ?? 0;
      if ((spans[other + 1] ?? 0) - otherStart === end - start && sameBytes(bytes, start, end, otherStart))
        return true;
    }
    return false;
  }

  private nameAt(bytes: Buffer, start: number, end: number): string {
    // Known names are ASCII: only one as long as the bytes can be spelled by them.
    for (const known of this.names)
      if (known.length === end - start && spells(known, bytes, start, end)) return known;
    const name = bytes.toString('utf8', start, end);
    // Only ASCII names are remembered: comparing them never needs a decode.
    if (this.names.length < 64 && name.length === end - start) this.names.push(name);
    return name;
  }

  attribute(name: string): string | undefined {
    const at = this.find(name);
    return at === -1 ? undefined : this.value(at);
  }

  decimal(name: string): number | undefined {
    const at = this.find(name);
    if (at === -1) return undefined;
    if (this.holdsReferences(at)) {
      const value = this.value(at);
      return PLAIN_DECIMAL.test(value) ? Number(value) : undefined;
    }
    return readDecimal(this.bytes, this.spans[at + 2] ?? 0, this.spans[at + 3] ?? 0);
  }

  attributes(): Readonly<Record<string, string>> {
    const values: Record<string, string> = {};
    const spans = this.spans;
    for (let at = 0; at < this.count * 4; at += 4) {
      const name = this.bytes.toString('utf8', spans[at], spans[at + 1]);
      const value = this.value(at);
      // A plain object, as saxes gave: "__proto__" must become a field, not a prototype.
      if (name === '__proto__') Object.defineProperty(values, name, { value, enumerable: true });
      else values[name] = value;
    }
    return values;
  }

  /** Where the attribute's spans start, or -1. */
  private find(name: string): number {
    const spans = this.spans;
    const used = this.count * 4;
    // Names as long in bytes as in characters first: every ASCII name, and so nearly every lookup.
    for (let at = 0; at < used; at += 4) {
      const start = spans[at] ?? 0;
      if (
        (spans[at + 1] ?? 0) - start === name.length &&
        spells(name, this.bytes, start, start + name.length)
      )
        return at;
    }
    if (isAscii(name)) return -1;
    for (let at = 0; at < used; at += 4)
      if (spells(name, this.bytes, spans[at] ?? 0, spans[at + 1] ?? 0)) return at;
    return -1;
  }

  private holdsReferences(at: number): boolean {
    return ((this.references >>> (at / 4)) & 1) === 1;
  }

  private value(at: number): string {
    const start = this.spans[at + 2] ?? 0;
    const end = this.spans[at + 3] ?? 0;
    // The scan let through no CR or control character, and checked each reference.
    return decodeText(this.bytes, start, end, this.holdsReferences(at) ? HOLDS_REFERENCES : 0);
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
    kept.references = this.references;
    kept.name = this.name;
    kept.selfClosing = this.selfClosing;
    return kept;
  }
}

/** NAME_CHAR, with lower-case letters (most of every name) told without the table. */
const isNameByte = (byte: number) => (byte >= 0x61 && byte <= 0x7a) || NAME_CHAR[byte] === 1;
