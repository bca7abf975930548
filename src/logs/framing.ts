import { stripAnsi } from '../parsers/error-info.js';

// What CI adds around a program's own output, removed before detectors see a line:
// GitHub Actions' timestamp prefix ("2024-05-01T08:00:00.1234567Z "), ANSI colour and
// cursor codes, the `##[error]` / `##[warning]` command prefix, and the CR of CRLF.

export const ACTIONS_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const COMMAND = /^##\[(?:error|warning|notice|debug)\]/;

export function unframeLine(raw: string): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  line = line.replace(ACTIONS_TIMESTAMP, '');
  if (line.includes('\u001b')) line = stripAnsi(line);
  return line.replace(COMMAND, '');
}

/** `##[group]`, `##[endgroup]` and other runner commands: never part of a program's error output. */
export function isRunnerCommand(line: string): boolean {
  return line.startsWith('##[');
}

// Parallel processes write into one log with a name in front of each line: docker compose
// ("web-1     | "), concurrently and npm-run-all ("[web] ", "[0] "). Each name is a stream of its
// own, so two interleaved tracebacks are read apart. Bracketed names start lowercase or with a
// digit, so Maven's "[INFO] " and "[ERROR] " stay plain text.
const STREAM_PREFIX = /^(?:([\w][\w.-]{0,63})\s+\| |\[([a-z0-9][\w.@/:-]{0,39})\] )/;

export function splitStream(line: string): { stream: string; text: string } {
  const match = STREAM_PREFIX.exec(line);
  if (!match) return { stream: '', text: line };
  return { stream: match[1] ?? match[2] ?? '', text: line.slice(match[0].length) };
}
