import type { TextMarks } from './xml-cursor.js';
import type { XmlElement } from './xml-element.js';

export interface XmlEvents {
  open(name: string, attributes: Readonly<Record<string, string>>, line: number): void;
  /**
   * Optional, called instead of `open`: the element itself, whose attributes are decoded only
   * when asked for. It is valid during the call; `keep()` it to read it later.
   */
  openElement?(element: XmlElement, line: number): void;
  close(name: string): void;
  text(text: string): void;
  /**
   * Optional: wanted text as its raw UTF-8 bytes, valid during the call, when wantsText says
   * 'bytes'. decodeText (xml-cursor.ts) turns them into the string `text` would have had.
   */
  bytes?(bytes: Buffer, start: number, end: number, marks: TextMarks): void;
  /**
   * Whether text here would be used: when false, it is checked and counted but never decoded;
   * 'bytes' hands it over undecoded (references still come to `text`).
   */
  wantsText?(): boolean | 'bytes';
}

export interface XmlLimits {
  maxDepth: number;
  maxAttributeChars: number;
}

export const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ascii = (text: string) => Buffer.from(text, 'latin1');
export const COMMENT = ascii('<!--');
export const CDATA = ascii('<![CDATA[');
export const DOCTYPE = ascii('<!DOCTYPE');
export const XML_DECLARATION = /^<\?xml[\s?]/i;

export type Section = { kind: 'comment' | 'CDATA section' | 'processing instruction'; terminator: Buffer };
export const SECTIONS = {
  comment: { kind: 'comment', terminator: ascii('--') },
  cdata: { kind: 'CDATA section', terminator: ascii(']]>') },
  instruction: { kind: 'processing instruction', terminator: ascii('?>') },
} as const satisfies Record<string, Section>;

/** Compares without decoding: a name as long in UTF-16 units as in UTF-8 bytes is all ASCII. */
export function sameName(name: string, bytes: Buffer, start: number, end: number): boolean {
  if (name.length !== end - start) return name === bytes.toString('utf8', start, end);
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    if (code >= 0x80) return name === bytes.toString('utf8', start, end);
    if (code !== bytes[start + index]) return false;
  }
  return true;
}
