// Where a JSON document stops being valid. JSON.parse names a character offset for some errors
// and not for others, and the wording changes between Node versions (Node 20 says only
// `Unexpected token ','` for "[,]"; Node 22 adds the line and column). So after JSON.parse has
// failed, the text is scanned once more by this small grammar check (RFC 8259), which gives
// the same position on every Node version. It runs only on a document already known to be bad.

/** Line and column (both 1-based) of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1 };
}

type Expected = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = ['true', 'false', 'null'];

// A scan either ends after a token or stops at the token's first bad character.
type Scan = { end: number } | { bad: number };

function scanString(text: string, start: number): Scan {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '"') return { end: index + 1 };
    if (char.charCodeAt(0) < 0x20) return { bad: index };
    if (char === '\\') {
      const escaped = text[index + 1] ?? '';
      if (escaped === 'u') {
        for (let digit = index + 2; digit < index + 6; digit += 1)
          if (!HEX_DIGIT.test(text[digit] ?? '')) return { bad: Math.min(digit, text.length) };
        index += 6;
      } else if (ESCAPES.has(escaped)) index += 2;
      else return { bad: index + 1 };
      continue;
    }
    index += 1;
  }
  return { bad: text.length };
}

// -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, stopping where a digit is missing.
function scanNumber(text: string, start: number): Scan {
  let index = start;
  const digits = (): boolean => {
    const first = index;
    while (isDigit(text[index])) index += 1;
    return index > first;
  };
  if (text[index] === '-') index += 1;
  if (text[index] === '0') index += 1;
  else if (!digits()) return { bad: index };
  if (text[index] === '.') {
    index += 1;
    if (!digits()) return { bad: index };
  }
  if (text[index] === 'e' || text[index] === 'E') {
    index += 1;
    if (text[index] === '+' || text[index] === '-') index += 1;
    if (!digits()) return { bad: index };
  }
  return { end: index };
}

function scanLiteral(text: string, start: number): Scan {
  const literal = LITERALS.find((word) => word[0] === text[start]);
  if (!literal) return { bad: start };
  for (let offset = 1; offset < literal.length; offset += 1)
    if (text[start + offset] !== literal[offset]) return { bad: start + offset };
  return { end: start + literal.length };
}

function scanScalar(text: string, start: number): Scan {
  const char = text[start] ?? '';
  if (char === '"') return scanString(text, start);
  if (char === '-' || (char >= '0' && char <= '9')) return scanNumber(text, start);
  return scanLiteral(text, start);
}

/** The offset of the first character that breaks JSON's grammar, or undefined for valid JSON. */
export function syntaxErrorOffset(text: string): number | undefined {
  const open: string[] = [];
  let expected: Expected = 'value';
  let index = 0;
  const afterValue = (): Expected => (open.length ? 'comma-or-close' : 'end');
  while (true) {
    while (WHITESPACE.has(text[index] ?? '')) index += 1;
    if (index >= text.length) return expected === 'end' ? undefined : text.length;
    const char = text[index] ?? '';
    if (expected === 'end') return index;
    if (expected === 'colon') {
      if (char !== ':') return index;
      index += 1;
      expected = 'value';
      continue;
    }
    // Only a closer that matches the innermost open bracket, where a closer may stand.
    const closes = (char === '}' && open.at(-1) === '{') || (char === ']' && open.at(-1) === '[');
    if (closes && expected !== 'key' && expected !== 'value') {
      open.pop();
      index += 1;
      expected = afterValue();
      continue;
    }
    if (expected === 'comma-or-close') {
      if (char !== ',') return index;
      index += 1;
      expected = open.at(-1) === '{' ? 'key' : 'value';
      continue;
    }
    if (expected === 'key' || expected === 'key-or-close') {
      if (char !== '"') return index;
      const key = scanString(text, index);
      if ('bad' in key) return key.bad;
      index = key.end;
      expected = 'colon';
      continue;
    }
    // A value.
    if (char === '{' || char === '[') {
      open.push(char);
      index += 1;
      expected = char === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    const scalar = scanScalar(text, index);
    if ('bad' in scalar) return scalar.bad;
    index = scalar.end;
    expected = afterValue();
  }
}
