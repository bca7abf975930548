import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { LogDetector } from '../../src/logs/detector.js';
import { logDetectors } from '../../src/logs/registry.js';
import { LogScanner, scanLogText } from '../../src/logs/scanner.js';
import type { ErrorInfo, FailureDraft } from '../../src/model.js';

// What every runtime's tests need: its captured logs (test/fixtures/logs/<runtime>/), its clean
// logs (test/fixtures/logs/clean/<runtime>-*.log), and scans with its detector alone, in small
// chunks, and with the whole registry.

export function runtimeFixtures(runtime: string, detector: LogDetector, workspace: string) {
  const folder = new URL(`../fixtures/logs/${runtime}/`, import.meta.url);
  const cleanFolder = new URL('../fixtures/logs/clean/', import.meta.url);
  const read = (name: string, clean = false): string =>
    readFileSync(new URL(name, clean ? cleanFolder : folder), 'utf8');
  const scanText = (text: string, path = 'x.log'): FailureDraft[] =>
    scanLogText(text, [detector], { path, workspace });
  return {
    logs: readdirSync(folder).filter((name) => name.endsWith('.log')),
    cleanLogs: readdirSync(cleanFolder).filter((name) => name.startsWith(`${runtime}-`)),
    read,
    scanText,
    /** The one failure a log holds, after checking it holds exactly one. */
    only(name: string): FailureDraft {
      const failures = scanText(read(name), name);
      expect(failures).toHaveLength(1);
      const [failure] = failures;
      if (!failure) throw new Error(`no failure in ${name}`);
      expect(failure).toMatchObject({ kind: 'runtime', runtime, flaky: false, source: { path: name } });
      return failure;
    },
    /** The log fed in `size`-byte chunks must give what the whole log gives. */
    expectChunkedSame(name: string, size = 7): void {
      const scanner = new LogScanner([detector], { path: 'x.log', workspace });
      const bytes = Buffer.from(read(name));
      for (let at = 0; at < bytes.length; at += size) scanner.write(bytes.subarray(at, at + size));
      expect(scanner.end()).toEqual(scanText(read(name)));
    },
    /** Every registered detector together must find what this one finds alone. */
    expectRegistrySame(name: string): void {
      expect(scanLogText(read(name), logDetectors, { path: 'x.log', workspace })).toEqual(
        scanText(read(name)),
      );
    },
  };
}

/** Type, message and the in-app frames as [file, line, function]: what a fingerprint is made of. */
export function errorSummary(error: ErrorInfo) {
  const app = error.frames
    .filter((frame) => frame.inApp)
    .map((frame) => [frame.file, frame.line, frame.function]);
  return { type: error.type, message: error.message, app };
}
