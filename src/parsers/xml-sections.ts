import { GREATER_THAN, pieceEnd } from './xml-bytes.js';
import { type TextMarks, XmlCursor } from './xml-cursor.js';
import { SECTIONS, type Section, type XmlEvents, type XmlLimits } from './xml-markup.js';
import { tooLong } from './xml-start-tag.js';

// A DOCTYPE with an internal subset or an external id is how entity-expansion and XXE attacks start.
const HOSTILE_DOCTYPE = /\[|\bSYSTEM\b|\bPUBLIC\b|<!ENTITY/i;

/**
 * The tokenizer's markup that is not elements: comments, CDATA sections and processing
 * instructions, which a chunk end may cut anywhere (the section being read is carried over),
 * and the DOCTYPE. XmlTokenizer extends it with elements, text and references.
 */
export class XmlSections extends XmlCursor {
  /** The comment, CDATA section or processing instruction being read, until its terminator. */
  protected section: Section | undefined;
  protected sawRoot = false;

  constructor(
    path: string,
    protected readonly events: XmlEvents,
    protected readonly limits: XmlLimits,
  ) {
    super(path);
  }

  protected emit(start: number, end: number, marks: TextMarks, wanted: true | 'bytes'): void {
    if (wanted === 'bytes' && this.events.bytes) this.events.bytes(this.bytes, start, end, marks);
    else this.events.text(this.decode(start, end, marks));
  }

  protected enter(section: Section, contentStart: number): boolean {
    this.advance(contentStart);
    this.section = section;
    return true;
  }

  protected markupTooLong(at: number): boolean {
    return tooLong(this.bytes.length - at, this.limits.maxAttributeChars);
  }

  protected doctype(): boolean {
    const at = this.position;
    const gt = this.bytes.indexOf(GREATER_THAN, at);
    if (gt === -1) {
      if (this.markupTooLong(at)) this.fail('a DOCTYPE does not end', at);
      return false;
    }
    if (HOSTILE_DOCTYPE.test(this.bytes.toString('utf8', at, gt + 1)))
      this.fail('DOCTYPE declarations with entities or external ids are refused', at);
    if (this.sawRoot) this.fail('a DOCTYPE must come before the root element', at);
    this.advance(gt + 1);
    return true;
  }

  /** Comments, CDATA and processing instructions: only CDATA has text, and only wanted text is decoded. */
  protected skipSection(section: Section, final: boolean): boolean {
    const bytes = this.bytes;
    const start = this.position;
    const { terminator } = section;
    const found = bytes.indexOf(terminator, start);
    const cdata = section === SECTIONS.cdata;
    const wanted = cdata && (this.events.wantsText?.() ?? true);
    let end = found === -1 ? Math.max(start, bytes.length - terminator.length + 1) : found;
    if (final && found === -1) end = bytes.length;
    else if (wanted && found === -1) end = pieceEnd(bytes, start, end);
    const marks = this.countText(start, end);
    if (wanted && end > start) this.emit(start, end, marks, wanted);
    this.position = end;
    if (found === -1) return false;
    if (section === SECTIONS.comment) {
      // XML 1.0 §2.5: "--" may only end a comment.
      if (found + 2 >= bytes.length) return false;
      if (bytes[found + 2] !== GREATER_THAN) this.fail('"--" inside a comment', found);
      this.position = found + 3;
    } else this.position = found + terminator.length;
    this.section = undefined;
    return true;
  }
}
