// Byte-level building blocks of the XML tokenizer. Every XML delimiter is ASCII, and in
// UTF-8 an ASCII byte is never part of a multi-byte character, so markup can be found in
// raw bytes and only the text someone reads is ever decoded.

export const NEWLINE = 0x0a;
export const RETURN = 0x0d;
export const LESS_THAN = 0x3c;
export const GREATER_THAN = 0x3e;
export const AMPERSAND = 0x26;
export const SLASH = 0x2f;
export const DOUBLE_QUOTE = 0x22;
export const SINGLE_QUOTE = 0x27;
export const RIGHT_BRACKET = 0x5d;
export const SEMICOLON = 0x3b;

/** Classes of bytes in character data: anything but PLAIN makes the scanner look closer. */
export const PLAIN = 0;
export const LINE_FEED = 1;
export const CONTROL = 2;
export const CARRIAGE_RETURN = 3;
export const MARKUP = 4;
export const REFERENCE = 5;
export const BRACKET = 6;

// XML 1.0 §2.2 allows TAB, LF and CR below U+0020 and nothing else.
const isControl = (byte: number) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;

function table(classify: (byte: number) => number): Uint8Array {
  const classes = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte += 1) classes[byte] = classify(byte);
  return classes;
}

export const TEXT_CLASS = table((byte) => {
  if (byte === NEWLINE) return LINE_FEED;
  if (byte === RETURN) return CARRIAGE_RETURN;
  if (isControl(byte)) return CONTROL;
  if (byte === LESS_THAN) return MARKUP;
  if (byte === AMPERSAND) return REFERENCE;
  if (byte === RIGHT_BRACKET) return BRACKET;
  return PLAIN;
});

const isAsciiLetter = (byte: number) => (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;
// Names (§2.3), strict for ASCII; any non-ASCII byte is accepted as part of a name, which
// covers every non-ASCII name character XML allows and a few it does not.
export const NAME_START = table((byte) =>
  Number(isAsciiLetter(byte) || byte === 0x5f || byte === 0x3a || byte >= 0x80),
);
export const NAME_CHAR = table((byte) =>
  Number(NAME_START[byte] === 1 || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x2e),
);

export const isWhitespace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === NEWLINE || byte === RETURN;

/** Characters on a line: UTF-8 continuation bytes do not start a character. */
export function countChars(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index += 1) if (((bytes[index] ?? 0) & 0xc0) !== 0x80) count += 1;
  return count;
}

/**
 * Where to cut text that a chunk ends in: never inside a UTF-8 character, nor between the CR
 * and LF of a line end (read as one newline), so the pieces decode as the whole would.
 */
export function pieceEnd(bytes: Uint8Array, start: number, end: number): number {
  const whole = wholeCharsEnd(bytes, start, end);
  return whole > start && bytes[whole - 1] === RETURN ? whole - 1 : whole;
}

function wholeCharsEnd(bytes: Uint8Array, start: number, end: number): number {
  let lead = end - 1;
  while (lead > start && lead > end - 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead -= 1;
  const byte = bytes[lead] ?? 0;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead >= start && lead + length > end ? lead : end;
}

export function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let index = 0; index < prefix.length; index += 1)
    if (bytes[at + index] !== prefix[index]) return false;
  return true;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const DECIMAL = /^#[0-9]{1,7}$/;
const HEX = /^#x[0-9a-fA-F]{1,6}$/;

/** A reference decoded, `repair` for a control character (as raw ones are), or undefined when XML has no such thing. */
export type Reference = { text: string; repaired: boolean } | undefined;

/**
 * Only the five predefined entities and character references exist here: a document cannot
 * declare entities (its DOCTYPE is refused), so nothing can expand into more than one character.
 */
export function decodeReference(name: string): Reference {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined) return { text: predefined, repaired: false };
  if (!DECIMAL.test(name) && !HEX.test(name)) return undefined;
  const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  // Surefire writes control characters from test output as references (&#27;): repaired like raw ones.
  if (code < 0x20 && isControl(code)) return { text: '\uFFFD', repaired: true };
  return isLegalChar(code) ? { text: String.fromCodePoint(code), repaired: false } : undefined;
}

// XML 1.0 §2.2.
const isLegalChar = (code: number) =>
  code === 0x09 ||
  code === 0x0a ||
  code === 0x0d ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

const NAMED_REFERENCES = Object.keys(PREDEFINED).map((name) => Buffer.from(`${name};`, 'latin1'));
const HASH = 0x23;

/**
 * Just past the ";" of the reference whose "&" is at `at`, read in place, when decodeReference
 * would decode it to an allowed character with no repair; otherwise -1, and the caller leaves the
 * verdict to decodeReference. Reads no further than the first byte that cannot be part of it.
 */
export function plainReferenceEnd(bytes: Uint8Array, at: number): number {
  let index = at + 1;
  if (bytes[index] !== HASH) {
    for (const named of NAMED_REFERENCES) if (startsWith(bytes, index, named)) return index + named.length;
    return -1;
  }
  index += 1;
  const hex = bytes[index] === 0x78;
  if (hex) index += 1;
  const digitsStart = index;
  let code = 0;
  for (; ; index += 1) {
    const byte = bytes[index] ?? 0;
    const letter = byte | 0x20;
    if (byte >= 0x30 && byte <= 0x39) code = code * (hex ? 16 : 10) + byte - 0x30;
    else if (hex && letter >= 0x61 && letter <= 0x66) code = code * 16 + letter - 0x57;
    else break;
  }
  const digits = index - digitsStart;
  if (bytes[index] !== SEMICOLON || digits === 0 || digits > (hex ? 6 : 7)) return -1;
  return isLegalChar(code) ? index + 1 : -1;
}

const AMPERSAND_OR_CHARACTER = /&(#[0-9A-Za-z]+|amp);/g;

/**
 * Text whose references were each checked by plainReferenceEnd, with them decoded. Each named
 * entity is a plain replaceAll, which is native and calls no function per match (a stack trace
 * holds dozens of &quot;). "&amp;" goes last, so that "&amp;lt;" comes out as "&lt;".
 */
export function decodeReferences(text: string): string {
  let decoded = text;
  if (decoded.includes('&quot;')) decoded = decoded.replaceAll('&quot;', '"');
  if (decoded.includes('&lt;')) decoded = decoded.replaceAll('&lt;', '<');
  if (decoded.includes('&gt;')) decoded = decoded.replaceAll('&gt;', '>');
  if (decoded.includes('&apos;')) decoded = decoded.replaceAll('&apos;', "'");
  // A character reference can stand for "&" ("&#38;amp;" is "&amp;"): it and "&amp;" share one pass.
  if (decoded.includes('&#')) return decoded.replace(AMPERSAND_OR_CHARACTER, referenceText);
  return decoded.includes('&amp;') ? decoded.replaceAll('&amp;', '&') : decoded;
}

const referenceText = (_: string, name: string): string =>
  PREDEFINED[name] ?? (decodeReference(name) as { text: string }).text;

/** The longest reference worth looking for a ";" in: "&#x10FFFF;" and the named ones are shorter. */
export const MAX_REFERENCE_BYTES = 12;

const DIGIT_0 = 0x30;
const DOT = 0x2e;

/**
 * Digits with an optional fraction, read without decoding. With at most 15 digits in all, the
 * digits and the power of ten are exact doubles, so one division rounds once, exactly as
 * Number() rounds the decimal text; anything longer or different is left to Number().
 */
export function readDecimal(bytes: Buffer, start: number, end: number): number | undefined {
  let digits = 0;
  let scale = 1;
  let fraction = false;
  if (end - start > 16 || start === end) return undefined;
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index] as number;
    if (byte === DOT && !fraction && index > start && index < end - 1) fraction = true;
    else if (byte >= DIGIT_0 && byte <= DIGIT_0 + 9) {
      digits = digits * 10 + (byte - DIGIT_0);
      if (fraction) scale *= 10;
    } else return undefined;
  }
  if (end - start - (fraction ? 1 : 0) > 15) return undefined;
  return digits / scale;
}

// Four bytes at a time (a little-endian Int32Array over the same memory): the classic bit tricks
// tell, without a branch per byte, whether any byte of a word is below a bound.
// A word they flag is then read byte by byte; one they pass holds nothing to look at.
const HIGHS = 0x80808080 | 0;
const BELOW_SPACE = 0x20202020;

/** Whether a byte of `word` is below a space (a line feed, CR or control character). */
export const holdsControl = (word: number): boolean => (((word - BELOW_SPACE) & ~word & HIGHS) | 0) !== 0;
