import { StringDecoder } from 'node:string_decoder';
import { ParseError } from '../errors.js';
import { type ParseResult, RAW_BYTES, type ReportChunks } from '../parsers/parser.js';
import { detectParser, parserByFormat } from '../parsers/registry.js';

// A report that is not a file on disk: an entry inside a downloaded artifact. It is opened
// twice (once for the sniff, once for the parse) rather than buffered, so a big entry costs
// no memory.

const SNIFF_BYTES = 8192;

export type OpenBytes = () => AsyncIterable<Buffer>;

async function head(open: OpenBytes): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of open()) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= SNIFF_BYTES) break;
  }
  return Buffer.concat(parts)
    .subarray(0, SNIFF_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

function textAndBytes(open: OpenBytes): ReportChunks {
  return {
    async *[Symbol.asyncIterator]() {
      const decoder = new StringDecoder('utf8');
      for await (const chunk of open()) {
        const text = decoder.write(chunk);
        if (text) yield text;
      }
      const rest = decoder.end();
      if (rest) yield rest;
    },
    [RAW_BYTES]: open,
  };
}

/** Sniffs and parses one streamed report; undefined when it is no report format faultline reads. */
export async function parseReportStream(
  path: string,
  open: OpenBytes,
  format: string,
  workspace: string,
): Promise<(ParseResult & { format: string }) | undefined> {
  const start = await head(open);
  if (start.trim() === '') return undefined;
  const parser = format === 'auto' ? detectParser(start) : parserByFormat(format);
  if (!parser) return undefined;
  try {
    return { format: parser.format, ...(await parser.parse(textAndBytes(open), { path, workspace })) };
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(path, error instanceof Error ? error.message : String(error));
  }
}
