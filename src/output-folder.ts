import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { toPosix } from './parsers/paths.js';
import { batched, type JsonPiece } from './render/json-stream.js';

/** The local folder (default .faultline/) where a run leaves what it found and what it would send. */
export interface OutputFolder {
  readonly dir: string;
  /** Paths written so far, relative to the working directory, for the closing message. */
  readonly written: string[];
  write(name: string, content: string): Promise<string>;
  /** Writes a file piece by piece, for content too big to build as one string. */
  writeStream(name: string, pieces: Iterable<JsonPiece>): Promise<string>;
}

function* endLine(pieces: Iterable<JsonPiece>): Generator<JsonPiece> {
  yield* pieces;
  yield '\n';
}

export function outputFolder(dir: string, cwd: string): OutputFolder {
  const written: string[] = [];
  return {
    dir,
    written,
    async write(name, content) {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content.endsWith('\n') ? content : `${content}\n`);
      written.push(toPosix(relative(cwd, path) || path));
      return path;
    },
    async writeStream(name, pieces) {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await pipeline(Readable.from(batched(endLine(pieces))), createWriteStream(path));
      written.push(toPosix(relative(cwd, path) || path));
      return path;
    },
  };
}
