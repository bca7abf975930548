import { errorMessage, ParseError } from '../errors.js';
import { positionAt, syntaxErrorOffset } from './json-document-position.js';

// The JSON report formats (jest --json, mocha, CTRF, Playwright, RSpec) are read whole: these
// reports are small next to JUnit's, and JSON.parse is far faster than a streaming parser.
// A size cap keeps a runaway file from exhausting memory, and a syntax error is reported
// with its line and column so the user can open the file at the spot.

export const MAX_JSON_CHARS = 256 * 1024 * 1024;

export interface ReadJsonOptions {
  /** Largest document read, in UTF-16 code units; MAX_JSON_CHARS unless told. */
  maxChars?: number;
}

/**
 * Reads a whole JSON document from a stream of text chunks. Throws a ParseError naming
 * `path` when the text is larger than the cap, or is not valid JSON (with the line and
 * column where the parser stopped). A leading byte-order mark is ignored.
 */
export async function readJsonDocument(
  chunks: AsyncIterable<string>,
  path: string,
  options: ReadJsonOptions = {},
): Promise<unknown> {
  const maxChars = options.maxChars ?? MAX_JSON_CHARS;
  const parts: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > maxChars)
      throw new ParseError(
        path,
        `larger than ${formatSize(maxChars)}; the JSON reader holds a report in memory`,
      );
    parts.push(chunk);
  }
  let text = parts.join('');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw syntaxError(text, path, error);
  }
}

// V8's wording differs between Node versions and quotes the document; the scan's does not.
function syntaxError(text: string, path: string, cause: unknown): ParseError {
  const offset = syntaxErrorOffset(text);
  if (offset === undefined)
    return new ParseError(path, `invalid JSON: ${errorMessage(cause).split('\n')[0]}`, undefined, undefined, {
      cause,
    });
  const { line, column } = positionAt(text, offset);
  const found = text[offset];
  const message =
    found === undefined
      ? 'invalid JSON: the document ends early (a truncated file?)'
      : `invalid JSON: unexpected ${JSON.stringify(found)}`;
  return new ParseError(path, message, line, column, { cause });
}

function formatSize(chars: number): string {
  const mib = chars / 1024 / 1024;
  return Number.isInteger(mib) ? `${mib} MiB` : `${chars} characters`;
}

/** A plain JSON object (not an array or null), for narrowing parsed documents. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field of a parsed document; anything else is treated as absent. */
export function jsonString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A count, duration or line of a parsed document: a finite number, not negative. */
export function jsonNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
