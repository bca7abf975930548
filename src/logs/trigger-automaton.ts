// Finding dozens of trigger strings in a big log with one native search per trigger costs one
// pass over the bytes per trigger. An Aho-Corasick automaton finds all of them in a single
// pass: one table lookup per byte, whatever the number of triggers.

export class TriggerAutomaton {
  private readonly table: Int32Array;
  // For each state, 1 + the index of a trigger that ends there (0: none).
  private readonly output: Int32Array;

  constructor(triggers: readonly string[]) {
    const next: Array<Map<number, number>> = [new Map()];
    const ends: number[] = [0];
    triggers.forEach((trigger, index) => {
      let state = 0;
      for (const byte of Buffer.from(trigger, 'latin1')) {
        let to = next[state]?.get(byte);
        if (to === undefined) {
          to = next.length;
          next.push(new Map());
          ends.push(0);
          next[state]?.set(byte, to);
        }
        state = to;
      }
      if (ends[state] === 0) ends[state] = index + 1;
    });
    const table = new Int32Array(next.length * 256);
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (let byte = 0; byte < 256; byte++) {
      const to = next[0]?.get(byte) ?? 0;
      table[byte] = to;
      if (to !== 0) queue.push(to);
    }
    // Breadth first, so every state's fallback is complete before its children need it.
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const fallback = fail[state] ?? 0;
      if (ends[state] === 0) ends[state] = ends[fallback] ?? 0;
      for (let byte = 0; byte < 256; byte++) {
        const to = next[state]?.get(byte);
        const viaFallback = table[fallback * 256 + byte] ?? 0;
        if (to === undefined) table[state * 256 + byte] = viaFallback;
        else {
          table[state * 256 + byte] = to;
          fail[to] = viaFallback;
          queue.push(to);
        }
      }
    }
    // The newline state behaves as the root (no trigger spans lines) but is flagged with -1.
    const newline = next.length;
    const withNewline = new Int32Array((newline + 1) * 256);
    withNewline.set(table);
    withNewline.copyWithin(newline * 256, 0, 256);
    for (let state = 0; state <= newline; state++) withNewline[state * 256 + 10] = newline;
    this.table = withNewline;
    this.output = Int32Array.from([...ends, -1]);
  }

  /** How many newlines the last `find` passed, so callers count lines without a second pass. */
  newlines = 0;

  /**
   * The end offset of the first trigger in data[from, limit), or -1. No trigger spans a newline.
   * Newlines have a state of their own, flagged in the output table, so counting them costs
   * nothing beyond the lookup every byte already pays.
   */
  find(data: Uint8Array, from: number, limit: number): number {
    const { table, output } = this;
    let state = 0;
    let newlines = 0;
    for (let at = from; at < limit; at++) {
      state = table[(state << 8) | (data[at] as number)] as number;
      const found = output[state] as number;
      if (found === 0) continue;
      if (found < 0) newlines++;
      else {
        this.newlines = newlines;
        return at;
      }
    }
    this.newlines = newlines;
    return -1;
  }
}
