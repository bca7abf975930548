import {
  AMPERSAND,
  BRACKET,
  CARRIAGE_RETURN,
  CONTROL,
  decodeReference,
  GREATER_THAN,
  isWhitespace,
  LESS_THAN,
  MAX_REFERENCE_BYTES,
  NAME_CHAR,
  NAME_START,
  pieceEnd,
  plainReferenceEnd,
  RIGHT_BRACKET,
  SEMICOLON,
  SLASH,
  startsWith,
  TEXT_CLASS,
} from './xml-bytes.js';
import { HOLDS_REFERENCES, NEEDS_NORMALIZING } from './xml-cursor.js';
import { BOM, CDATA, COMMENT, DOCTYPE, SECTIONS, sameName, XML_DECLARATION } from './xml-markup.js';
import { RawElement } from './xml-raw-element.js';
import { XmlSections } from './xml-sections.js';
import { failTooLong, readStartTag, type StartTag } from './xml-start-tag.js';

export type { XmlEvents, XmlLimits } from './xml-markup.js';

/**
 * A strict, non-validating XML 1.0 tokenizer over UTF-8 byte chunks. It finds markup in the
 * bytes and decodes only names, attribute values and the text its caller wants, so skipped
 * output costs one pass over its bytes. What a chunk ends in the middle of is carried over:
 * only markup (bounded by the attribute limit) and a few bytes of text, never a whole text node.
 */
export class XmlTokenizer extends XmlSections {
  private readonly open: string[] = [];
  private atStart = true;
  private checkedBom = false;
  private readonly tag: StartTag = {
    name: '',
    attributes: {},
    selfClosing: false,
    end: 0,
    multiline: false,
    repaired: 0,
    attributeNames: new Map(),
    scanner: this.scanner,
    raw: new RawElement(),
    element: new RawElement(),
  };

  write(chunk: Uint8Array): void {
    this.append(chunk);
    this.run(false);
  }

  end(): void {
    this.run(true);
    const end = this.bytes.length;
    if (this.section) this.fail(`the file ends inside a ${this.section.kind}`, end);
    if (this.position < end) this.fail('the file ends inside a tag', end);
    const unclosed = this.open.at(-1);
    if (unclosed !== undefined) this.fail(`unclosed tag: <${unclosed}>`, end);
    if (!this.sawRoot) this.fail('the document has no root element', end);
  }

  private run(final: boolean): void {
    if (!this.checkedBom) {
      if (this.bytes.length < BOM.length && !final) return;
      if (startsWith(this.bytes, 0, BOM)) this.position = BOM.length;
      this.checkedBom = true;
    }
    let progressing = true;
    while (progressing && this.position < this.bytes.length) {
      if (this.section) progressing = this.skipSection(this.section, final);
      else if (this.open.length === 0) progressing = this.outsideRoot(final);
      else progressing = this.text(final);
    }
  }

  /** Before and after the root only whitespace, comments, processing instructions and a DOCTYPE may stand. */
  private outsideRoot(final: boolean): boolean {
    const bytes = this.bytes;
    let index = this.position;
    while (index < bytes.length && isWhitespace(bytes[index])) index += 1;
    if (index > this.position) this.atStart = false;
    this.advance(index);
    if (index === bytes.length) return false;
    if (bytes[index] !== LESS_THAN) this.fail('text outside the root element', index);
    return this.markup(final);
  }

  /** Character data inside an element, up to the next markup, reference or chunk end. */
  private text(final: boolean): boolean {
    const bytes = this.bytes;
    const length = bytes.length;
    const start = this.position;
    const wanted = this.events.wantsText?.() ?? true;
    let line = this.line;
    let lineStart = this.lineStart;
    let marks = 0;
    let index = start;
    const scanner = this.scanner;
    for (;;) {
      for (; index < length; index += 1) {
        // Long text (a stack trace, a test's output) is passed over sixteen bytes at a time, its
        // line feeds counted on the way: what stops the walk is markup, a reference, "]", a CR or
        // a control character.
        index = scanner.textStop(index, length);
        if (scanner.lines > 0) {
          line += scanner.lines;
          lineStart = scanner.lineStart;
        }
        if (index >= length) break;
        const kind = TEXT_CLASS[bytes[index] as number];
        if (kind === CONTROL) {
          this.repaired += 1;
          marks |= NEEDS_NORMALIZING;
        } else if (kind === CARRIAGE_RETURN) marks |= NEEDS_NORMALIZING;
        else if (kind !== BRACKET) break;
        else if (index + 2 >= length) {
          if (!final) break;
        } else if (bytes[index + 1] === RIGHT_BRACKET && bytes[index + 2] === GREATER_THAN)
          this.fail('"]]>" is not allowed in text', index);
      }
      // A reference that stands for an allowed character stays in the text, decoded with it;
      // any other is read on its own (and a repair or an error is counted or raised there).
      if (bytes[index] !== AMPERSAND) break;
      const after = plainReferenceEnd(bytes, index);
      if (after === -1) break;
      marks |= HOLDS_REFERENCES;
      index = after;
    }
    const end = index === length && wanted && !final ? pieceEnd(bytes, start, length) : index;
    if (line !== this.line) {
      this.line = line;
      this.lineStart = lineStart;
      this.columnBase = 0;
    }
    if (wanted && end > start) this.emit(start, end, marks, wanted);
    this.position = end;
    if (index >= length || end < index) return false;
    const byte = bytes[index];
    if (byte === LESS_THAN) return this.markup(final);
    if (byte === AMPERSAND) return this.reference(wanted, final);
    return false;
  }

  private reference(wanted: boolean | 'bytes', final: boolean): boolean {
    const bytes = this.bytes;
    const at = this.position;
    const semicolon = bytes.indexOf(SEMICOLON, at + 1);
    if (semicolon === -1 || semicolon - at > MAX_REFERENCE_BYTES) {
      if (!final && bytes.length - at <= MAX_REFERENCE_BYTES) return false;
      this.fail('"&" starts no entity or character reference', at);
    }
    const reference = decodeReference(bytes.toString('latin1', at + 1, semicolon));
    if (!reference) this.fail('undefined entity or malformed character reference', at);
    if (reference.repaired) this.repaired += 1;
    if (wanted) this.events.text(reference.text);
    this.position = semicolon + 1;
    return true;
  }

  /** At a "<": decides what it starts, once enough bytes are here to tell. */
  private markup(final: boolean): boolean {
    const bytes = this.bytes;
    const at = this.position;
    const next = bytes[at + 1];
    if (next === undefined) return false;
    // Enough bytes to tell "<!--" from "<![CDATA[" and "<!DOCTYPE", and to see "<?xml ".
    if ((next === 0x21 || next === 0x3f) && bytes.length - at < CDATA.length && !final) return false;
    const atStart = this.atStart;
    this.atStart = false;
    if (next === SLASH) return this.closeTag(final);
    if (next === 0x21) {
      if (startsWith(bytes, at, COMMENT)) return this.enter(SECTIONS.comment, at + COMMENT.length);
      if (startsWith(bytes, at, CDATA)) {
        if (this.open.length === 0) this.fail('CDATA outside the root element', at);
        return this.enter(SECTIONS.cdata, at + CDATA.length);
      }
      if (startsWith(bytes, at, DOCTYPE)) return this.doctype();
      this.fail('"<!" starts no comment, CDATA section or DOCTYPE', at);
    }
    if (next === 0x3f) {
      if (!atStart && XML_DECLARATION.test(bytes.toString('latin1', at, at + 6)))
        this.fail('an XML declaration must be at the start of the document', at);
      return this.enter(SECTIONS.instruction, at + 2);
    }
    if (NAME_START[next] !== 1) this.fail('disallowed character after "<"', at + 1);
    return this.startTag();
  }

  private startTag(): boolean {
    const at = this.position;
    const { maxAttributeChars, maxDepth } = this.limits;
    const tag = this.tag;
    if (!readStartTag(this.bytes, at, maxAttributeChars, tag, this.failAt, this.lastGreaterThan)) {
      if (this.markupTooLong(at)) failTooLong(this.bytes, at, maxAttributeChars, this.failAt);
      return false;
    }
    if (this.open.length === 0 && this.sawRoot) this.fail('a document has only one root element', at);
    if (this.open.length >= maxDepth) this.fail(`elements nest deeper than ${maxDepth} levels`, at);
    const line = this.line;
    if (tag.multiline) this.advance(tag.end);
    else this.position = tag.end;
    this.repaired += tag.repaired;
    this.sawRoot = true;
    const { element } = tag;
    if (this.events.openElement) this.events.openElement(element, line);
    else this.events.open(element.name, element.attributes(), line);
    if (element.selfClosing) this.events.close(element.name);
    else this.open.push(element.name);
    return true;
  }

  private closeTag(final: boolean): boolean {
    const bytes = this.bytes;
    const at = this.position;
    let nameEnd = at + 2;
    while (NAME_CHAR[bytes[nameEnd] ?? 0] === 1) nameEnd += 1;
    // Nearly always "</name>", whose ">" needs no search and which spans no line.
    const gt = bytes[nameEnd] === GREATER_THAN ? nameEnd : bytes.indexOf(GREATER_THAN, at + 2);
    if (gt === -1) {
      if (!final && this.markupTooLong(at)) this.fail('a close tag does not end', at);
      return false;
    }
    if (NAME_START[bytes[at + 2] ?? 0] !== 1) this.fail('disallowed character in a close tag', at + 2);
    for (let index = nameEnd; index < gt; index += 1)
      if (!isWhitespace(bytes[index])) this.fail('disallowed character in a close tag', index);
    const name = this.open.pop();
    if (name === undefined || !sameName(name, bytes, at + 2, nameEnd)) {
      const found = bytes.toString('utf8', at + 2, nameEnd);
      this.fail(
        name === undefined ? `unexpected close tag </${found}>` : `expected </${name}>, found </${found}>`,
        at,
      );
    }
    if (gt === nameEnd) this.position = gt + 1;
    else this.advance(gt + 1);
    this.events.close(name);
    return true;
  }
}
