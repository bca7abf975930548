// The JUnit parser on its own, as the CLI's parse stage runs it (src/sources/report-files.ts):
// the head sniffed for the format, then the file streamed as bytes through the parser, which
// settles each failure with its type, message, parsed frames, location and output. Each failure
// is counted and dropped, as a streaming consumer would; fingerprinting, the spill to disk, the
// report and the terminal summary are the CLI's rows. Run by bench.mjs in a child process:
//   node scripts/bench-parser.mjs <folder compiled by bench-compile.mjs> <report>
// It prints the summary and the number of failures and frames it was handed, as JSON.
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// As dist/cli.js does: compiled code is cached between runs.
module.enableCompileCache?.();

const [compiled, file] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(compiled, path)).href);
const { readBytes, readChunks, readHead } = await load('src/sources/files.js');
const { detectParser } = await load('src/parsers/registry.js');
const { RAW_BYTES } = await load('src/parsers/parser.js');

const parser = detectParser(await readHead(file));
if (!parser) throw new Error(`${file} is no report format faultline reads`);
const chunks = {
  [Symbol.asyncIterator]: () => readChunks(file)[Symbol.asyncIterator](),
  [RAW_BYTES]: () => readBytes(file),
};
let failures = 0;
let frames = 0;
const settle = (drafts) => {
  for (const draft of drafts) {
    failures += 1;
    frames += draft.error.frames.length;
  }
};
const result = await parser.parse(chunks, { path: file, workspace: process.cwd(), settle });
// Failures a parser keeps to the end come back in its result rather than through settle.
failures += result.failures.length;
console.log(JSON.stringify({ format: parser.format, summary: result.summary, failures, frames }));
