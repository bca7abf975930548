import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { XmlElement } from '../../src/parsers/xml-element.js';
import { DEFAULT_XML_LIMITS } from '../../src/parsers/xml-stream.js';
import { type XmlEvents, XmlTokenizer } from '../../src/parsers/xml-tokenizer.js';

// Plain tags are read in place (RawElement) and the rest decoded (DecodedElement): a reader
// must not be able to tell which, whatever it asks and however the bytes arrive.

interface Seen {
  name: string;
  selfClosing: boolean;
  all: Readonly<Record<string, string>>;
  asked: Record<string, string | undefined>;
  kept: XmlElement;
}

function elements(chunks: Array<string | Uint8Array>, ask: readonly string[]): Seen[] {
  const seen: Seen[] = [];
  const events: XmlEvents = {
    open: () => {
      throw new Error('openElement is given, so open must not be called');
    },
    openElement(element) {
      const asked = Object.fromEntries(ask.map((name) => [name, element.attribute(name)]));
      seen.push({
        name: element.name,
        selfClosing: element.selfClosing,
        all: element.attributes(),
        asked,
        kept: element.keep(),
      });
    },
    close: () => {},
    text: () => {},
  };
  const tokenizer = new XmlTokenizer('doc.xml', events, DEFAULT_XML_LIMITS);
  for (const chunk of chunks) tokenizer.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  tokenizer.end();
  return seen;
}

const DOCUMENT = [
  '<testsuites time="1.5">',
  '<testsuite name="plain" tests="2"><testcase classname="a.B" name="ok" time="0.015"/>',
  '<testcase name="größe ✓ 😀" classname=\'single\' time="2"></testcase></testsuite>',
  '<testsuite name="x &amp; y" file="tab\there"><testcase name="line\nbreak" time="1,234.5"/></testsuite>',
  '<testsuite name="a&gt;b" id=">"><properties><property name="k" value="v"/></properties></testsuite>',
  '<größe ünïcödé="yes" plain="1"/>',
  '<many a1="1" a2="2" a3="3" a4="4" a5="5" a6="6" a7="7" a8="8" a9="9" a10="10" a11="11" a12="12" a13="13" a14="14" a15="15" a16="16" a17="17" a18="18" a19="19" a20="20" a21="21" a22="22" a23="23" a24="24" a25="25" a26="26" a27="27" a28="28" a29="29" a30="30" a31="31" a32="32" a33="33"/>',
  '<proto __proto__="x" constructor="y" />',
  '<spaced  name = "s"   time="3"  ></spaced >',
  '</testsuites>',
].join('\n');
const ASK = ['name', 'classname', 'time', 'file', 'missing', '__proto__', 'ünïcödé', 'a33', 'constructor'];

describe('XmlElement', () => {
  const whole = elements([DOCUMENT], ASK);

  it('answers attribute() as attributes() does, for plain and decoded tags alike', () => {
    expect(whole.map(({ name }) => name)).toEqual([
      'testsuites',
      'testsuite',
      'testcase',
      'testcase',
      'testsuite',
      'testcase',
      'testsuite',
      'properties',
      'property',
      'größe',
      'many',
      'proto',
      'spaced',
    ]);
    for (const { all, asked } of whole)
      for (const name of ASK) expect(asked[name]).toBe(Object.hasOwn(all, name) ? all[name] : undefined);
    expect(whole[3]?.all).toEqual({ name: 'größe ✓ 😀', classname: 'single', time: '2' });
    expect(whole[4]?.all).toEqual({ name: 'x & y', file: 'tab here' });
    expect(whole[5]?.asked.name).toBe('line break');
    expect(whole[6]?.all).toEqual({ name: 'a>b', id: '>' });
    expect(whole[9]?.asked.ünïcödé).toBe('yes');
    expect(Object.keys(whole[10]?.all ?? {})).toHaveLength(33);
    expect(whole[10]?.asked.a33).toBe('33');
    expect(Object.getPrototypeOf(whole[11]?.all)).toBe(Object.prototype);
    const proto = whole[11]?.asked ?? {};
    expect(Object.entries(proto).filter(([name]) => name === '__proto__' || name === 'constructor')).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(whole[12]?.all).toEqual({ name: 's', time: '3' });
    expect(whole.map(({ selfClosing }) => selfClosing)).toEqual([
      false,
      false,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('keeps an element readable after the tokenizer has moved on, however the bytes were cut', () => {
    const bytes = Buffer.from(DOCUMENT);
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      // Fresh chunks, overwritten once written: a kept element must hold its own bytes.
      const head = Buffer.from(bytes.subarray(0, cut));
      const tail = Buffer.from(bytes.subarray(cut));
      const seen = elements([head, tail], ASK);
      head.fill(0x20);
      tail.fill(0x20);
      expect(seen.map(({ all }) => all)).toEqual(whole.map(({ all }) => all));
      for (const [index, { kept }] of seen.entries()) {
        expect(kept.name).toBe(whole[index]?.name);
        expect(kept.attributes()).toEqual(whole[index]?.all);
        for (const name of ASK) expect(kept.attribute(name)).toBe(whole[index]?.asked[name]);
      }
    }
  });

  it('keeps the errors of the decoding path for tags the fast path passes on', () => {
    expect(() => elements(['<a b="1" b="2"/>'], [])).toThrow(/duplicate attribute: b/);
    expect(() => elements(['<a b="<"/>'], [])).toThrow(/"<" is not allowed/);
    expect(() => elements(['<a b="1"c="2"/>'], [])).toThrow(/no whitespace between attributes/);
    expect(() => elements(['<a b="&bogus;"/>'], [])).toThrow(/undefined entity/);
  });
});

describe('references in attribute values', () => {
  // The fast path checks references in place and decodes them when a value is read; the decoding
  // path decodes them at once. A tab in another value (read as a space) forces the decoding path.
  const FRAGMENTS = [
    'a',
    'ü',
    '😀',
    ' ',
    '1',
    '.',
    ';',
    '#',
    'x',
    '&amp;',
    '&lt;',
    '&gt;',
    '&quot;',
    '&apos;',
    '&#65;',
    '&#x41;',
    '&#X41;',
    '&#x1F600;',
    '&#x1f600;',
    '&#0000065;',
    '&#00000065;',
    '&#x0000041;',
    '&#9;',
    '&#10;',
    '&#13;',
    '&#0;',
    '&#27;',
    '&#x7F;',
    '&#55296;',
    '&#xD800;',
    '&#xFFFE;',
    '&#1114111;',
    '&#1114112;',
    '&#99999999;',
    '&#x;',
    '&#;',
    '&#',
    '&',
    '&amp',
    '&AMP;',
    '&foo;',
    '&l;',
    '&ltx;',
    '&#x41 ;',
    '&#-1;',
  ];
  const value = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(''));

  function read(
    tag: string,
    ask: string,
  ): { value?: string | undefined; decimal?: number | undefined; error?: string } {
    try {
      const [, seen] = elements([`<r>${tag}</r>`], [ask]);
      return { value: seen?.asked[ask], decimal: seen?.kept.decimal(ask) };
    } catch (error) {
      return { error: String(error) };
    }
  }

  it('reads every value, and refuses every bad one, as the decoding path does', () => {
    fc.assert(
      fc.property(value, value, (first, second) => {
        const fast = read(`<t a="${first}" b='${second}'/>`, 'a');
        const decoded = read(`<t a="${first}" b='${second}' z="\t"/>`, 'a');
        expect(fast).toEqual(decoded);
        expect(read(`<t a="${first}" b='${second}'/>`, 'b')).toEqual(
          read(`<t a="${first}" b='${second}' z="\t"/>`, 'b'),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('sends a value with a control character reference down the decoding path, which counts the repair', () => {
    const notes: number[] = [];
    const tokenizer = new XmlTokenizer(
      'doc.xml',
      {
        open: () => {},
        openElement: (element) => void notes.push(element.attribute('a')?.length ?? -1),
        close: () => {},
        text: () => {},
      },
      DEFAULT_XML_LIMITS,
    );
    tokenizer.write(Buffer.from('<r a="x&#27;y"/>'));
    tokenizer.end();
    expect(notes).toEqual([3]);
    expect(tokenizer.repaired).toBe(1);
  });
});

describe('XmlElement.decimal', () => {
  it('reads plain decimals exactly as Number() does, and leaves everything else undefined', () => {
    const values = ['0.015', '12', '007', '1.5', '173471.397', '999999999999999', '0.00000000000001'];
    const others = [
      '',
      '.5',
      '1.',
      '-1',
      '1e3',
      ' 1',
      '1,234.5',
      '0x10',
      '1.2.3',
      '9999999999999999',
      'Infinity',
    ];
    const tags = [...values, ...others].map((value, index) => `<t${index} time="${value}"/>`);
    const plain = elements([`<r>${tags.join('')}</r>`], []);
    // A tab in a value (read as a space) sends the same tags down the decoding path.
    const decoded = elements([`<r>${tags.map((tag) => tag.replace('/>', ' x="\t"/>')).join('')}</r>`], []);
    for (const seen of [plain, decoded]) {
      const read = seen.slice(1).map(({ kept }) => kept.decimal('time'));
      expect(read).toEqual([...values.map(Number), ...others.map(() => undefined)]);
      expect(seen[1]?.kept.decimal('absent')).toBeUndefined();
    }
  });

  it('agrees with Number() on many random plain decimals', () => {
    let seed = 42;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % below;
    };
    const digits = (count: number) => Array.from({ length: count }, () => random(10)).join('');
    const values = Array.from({ length: 2000 }, () => {
      const whole = digits(1 + random(8));
      return random(4) === 0 ? whole : `${whole}.${digits(1 + random(15 - whole.length))}`;
    });
    const seen = elements([`<r>${values.map((value) => `<t v="${value}"/>`).join('')}</r>`], []);
    expect(seen.slice(1).map(({ kept }) => kept.decimal('v'))).toEqual(values.map(Number));
  });
});
