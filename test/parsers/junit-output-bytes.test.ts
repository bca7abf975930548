import { describe, expect, it } from 'vitest';
import { OutputCapture } from '../../src/parsers/junit-output.js';
import { DEFAULT_XML_LIMITS } from '../../src/parsers/xml-stream.js';
import { XmlTokenizer } from '../../src/parsers/xml-tokenizer.js';

// A test's output is handed over as raw bytes and decoded only if someone reads it: what is
// read must be exactly what decoding it on arrival gave.

/** The same document read twice into captures: once as text, once as bytes. */
function captured(chunks: Uint8Array[]): { text: OutputCapture; bytes: OutputCapture; repaired: number[] } {
  const text = new OutputCapture();
  const bytes = new OutputCapture();
  const repaired: number[] = [];
  for (const capture of [text, bytes]) {
    const asBytes = capture === bytes;
    const tokenizer = new XmlTokenizer(
      'doc.xml',
      {
        open: () => {},
        close: () => {},
        text: (piece) => capture.append('stdout', piece),
        bytes: (buffer, start, end, marks) => capture.appendBytes('stdout', buffer, start, end, marks),
        wantsText: () => (asBytes ? 'bytes' : true),
      },
      DEFAULT_XML_LIMITS,
    );
    for (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
    repaired.push(tokenizer.repaired);
  }
  return { text, bytes, repaired };
}

const OUTPUT =
  'first line\r\nsecond &amp; third &#x1F600;\rcontrol \u0007 here café 😀 ' +
  '<![CDATA[raw <xml> & ]]]]><![CDATA[> stays\r\n]]> end' +
  // A CR written as a reference stays a CR; a control character written as one is repaired.
  ' cr&#13;ref esc&#27;ape &lt;&gt;&apos;&quot;';

describe('output handed over as bytes', () => {
  it('reads the same as output decoded on arrival, however the chunks are cut', () => {
    const bytes = Buffer.from(`<system-out>${OUTPUT}</system-out>`);
    const expected = captured([bytes]).text.result();
    expect(expected?.stdout).toBe(
      'first line\nsecond & third 😀\ncontrol \uFFFD here café 😀 raw <xml> & ]]> stays\n end cr\rref esc\uFFFDape <>\'"',
    );
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const { text, bytes: raw, repaired } = captured([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(raw.result()).toEqual(expected);
      expect(text.result()).toEqual(expected);
      expect(repaired).toEqual([2, 2]);
    }
  });

  it('copies the bytes it keeps, so a reused chunk cannot change them', () => {
    const capture = new OutputCapture();
    const chunk = Buffer.from('hello world');
    capture.appendBytes('stderr', chunk, 0, 5, 0);
    chunk.fill(0x78);
    expect(capture.result()).toEqual({ stderr: 'hello' });
  });

  it('decodes as it goes once a megabyte waits, and still keeps head and tail in order', () => {
    const eager = new OutputCapture();
    const lazy = new OutputCapture();
    for (let line = 0; line < 40_000; line += 1) {
      const text = `line ${line} ${'x'.repeat(40)}\n`;
      const bytes = Buffer.from(text);
      eager.append('stdout', text);
      if (line % 3 === 0) lazy.append('stdout', text);
      else lazy.appendBytes('stdout', bytes, 0, bytes.length, 0);
    }
    const result = lazy.result();
    expect(result).toEqual(eager.result());
    expect(result?.truncated).toBe(true);
    expect(result?.stdout?.startsWith('line 0 ')).toBe(true);
    expect(result?.stdout?.endsWith(`line 39999 ${'x'.repeat(40)}`)).toBe(true);
  });
});
