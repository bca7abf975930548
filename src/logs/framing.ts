// What CI adds around a program's own output, removed before detectors see a line:
// GitHub Actions' timestamp prefix ("2024-05-01T08:00:00.1234567Z "), ANSI colour and
// cursor codes, the `##[error]` / `##[warning]` command prefix, and the CR of CRLF.

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const COMMAND = /^##\[(?:error|warning|notice|debug)\]/;

export function unframeLine(raw: string): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  line = line.replace(TIMESTAMP, '');
  if (line.includes('\u001b')) line = line.replace(ANSI, '');
  return line.replace(COMMAND, '');
}

/** `##[group]`, `##[endgroup]` and other runner commands: never part of a program's error output. */
export function isRunnerCommand(line: string): boolean {
  return line.startsWith('##[');
}
