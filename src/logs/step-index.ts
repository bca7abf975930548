// A GitHub Actions job log is one text for all steps; the jobs API gives each step's start
// time. Every log line starts with its timestamp, so the first line at or after a step's start
// is where that step's output begins. The index watches the bytes as they stream past the
// scanner and keeps one line number per step, never the lines.

export interface TimedStep {
  name: string;
  number: number;
  conclusion: string | null;
  startedAt?: string;
}

const HEAD_BYTES = 40;
const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?Z/;

export class StepIndex {
  private readonly pending: { step: TimedStep; at: number }[];
  private readonly starts: { step: TimedStep; line: number }[] = [];
  private line = 0;
  private atLineStart = true;
  private head = '';
  private collecting = false;

  constructor(steps: readonly TimedStep[]) {
    this.pending = steps
      .filter((step) => step.startedAt)
      .map((step) => ({ step, at: Date.parse(step.startedAt ?? '') }))
      .filter((entry) => Number.isFinite(entry.at))
      .sort((a, b) => a.at - b.at);
  }

  /** Passes the chunks through unchanged, noting where each step's output starts. */
  async *watch(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      this.observe(chunk);
      yield chunk;
    }
  }

  private observe(chunk: Buffer): void {
    let from = 0;
    while (from < chunk.length) {
      if (this.atLineStart) {
        this.line++;
        this.atLineStart = false;
        this.head = '';
        this.collecting = this.pending.length > 0;
      }
      const newline = chunk.indexOf(10, from);
      const end = newline < 0 ? chunk.length : newline;
      // A line's timestamp may be split between two chunks: collect its first bytes first.
      if (this.collecting) {
        this.head += chunk
          .subarray(from, Math.min(end, from + HEAD_BYTES - this.head.length))
          .toString('latin1');
        if (this.head.length >= HEAD_BYTES || newline >= 0) {
          this.collecting = false;
          this.check(this.head);
        }
      }
      if (newline < 0) return;
      this.atLineStart = true;
      from = newline + 1;
    }
  }

  private check(start: string): void {
    const stamp = TIMESTAMP.exec(start)?.[1];
    if (!stamp) return;
    const at = Date.parse(`${stamp}Z`);
    while (this.pending.length > 0 && (this.pending[0]?.at ?? Number.POSITIVE_INFINITY) <= at) {
      const next = this.pending.shift();
      if (next) this.starts.push({ step: next.step, line: this.line });
    }
  }

  /** The step whose output holds this line, if the log carried timestamps. */
  stepAt(line: number): TimedStep | undefined {
    let found: TimedStep | undefined;
    for (const start of this.starts) {
      if (start.line > line) break;
      found = start.step;
    }
    return found;
  }
}
