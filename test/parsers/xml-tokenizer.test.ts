import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors.js';
import { DEFAULT_XML_LIMITS } from '../../src/parsers/xml-stream.js';
import { type XmlLimits, XmlTokenizer } from '../../src/parsers/xml-tokenizer.js';

type Event = string;

/** Events as comparable strings; adjacent text is merged, since chunking may split it. */
function collect(
  chunks: Array<string | Uint8Array>,
  options: { limits?: XmlLimits; wantsText?: () => boolean } = {},
): { events: Event[]; repaired: number } {
  const events: Event[] = [];
  const handlers = {
    open: (name: string, attributes: Readonly<Record<string, string>>, line: number) =>
      events.push(`<${name} ${JSON.stringify(attributes)} @${line}`),
    close: (name: string) => events.push(`</${name}>`),
    text: (text: string) => {
      const last = events.length - 1;
      if (events[last]?.startsWith('text:')) events[last] += text;
      else events.push(`text:${text}`);
    },
  };
  const tokenizer = new XmlTokenizer(
    'doc.xml',
    options.wantsText ? { ...handlers, wantsText: options.wantsText } : handlers,
    options.limits ?? DEFAULT_XML_LIMITS,
  );
  for (const chunk of chunks) tokenizer.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  tokenizer.end();
  return { events, repaired: tokenizer.repaired };
}

function failure(chunks: Array<string | Uint8Array>, limits?: XmlLimits): ParseError {
  try {
    collect(chunks, limits ? { limits } : {});
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

const DOCUMENT = [
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>',
  '<!-- written by hand: every construct the tokenizer knows, in a few lines -->',
  '<!DOCTYPE testsuites>',
  '<testsuites name="größe ✓ &amp; &lt;b&gt; &#169;&#x1F600;" time=\'1.5\'>',
  '  <testsuite name="multi',
  'line\tvalue">',
  '    <?pi some processing instruction?>',
  '    <testcase name="a"/>',
  '    <failure message="x &quot;y&quot;">before &amp; after &#65;&#x42; café 😀',
  '<![CDATA[raw <xml> & ]]]]><![CDATA[> stays]]>tail\r\nline</failure>',
  '  </testsuite >',
  '</testsuites>',
  '',
].join('\n');

describe('XmlTokenizer events', () => {
  const whole = collect([DOCUMENT]);

  it('decodes names, attributes, entities, character references and CDATA', () => {
    expect(whole.events).toEqual([
      '<testsuites {"name":"größe ✓ & <b> ©😀","time":"1.5"} @4',
      'text:\n  ',
      '<testsuite {"name":"multi line value"} @5',
      'text:\n    \n    ',
      '<testcase {"name":"a"} @8',
      '</testcase>',
      'text:\n    ',
      '<failure {"message":"x \\"y\\""} @9',
      'text:before & after AB café 😀\nraw <xml> & ]]> staystail\nline',
      '</failure>',
      'text:\n  ',
      '</testsuite>',
      'text:\n',
      '</testsuites>',
    ]);
    expect(whole.repaired).toBe(0);
  });

  it('gives the same events however the bytes are cut, even inside a character', () => {
    const bytes = Buffer.from(DOCUMENT);
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      expect(collect([bytes.subarray(0, cut), bytes.subarray(cut)]).events).toEqual(whole.events);
    }
    const oneByteEach = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(collect(oneByteEach).events).toEqual(whole.events);
  });

  it('never decodes text nobody wants, but still checks it', () => {
    const skipped = collect([DOCUMENT], { wantsText: () => false });
    expect(skipped.events).toEqual(whole.events.filter((event) => !event.startsWith('text:')));
    expect(() => collect(['<a>fine &bogus; text</a>'], { wantsText: () => false })).toThrow(
      /undefined entity/,
    );
    expect(collect(['<a>x\u0001y</a>'], { wantsText: () => false }).repaired).toBe(1);
  });

  it('repairs raw control characters and references to them, and counts them', () => {
    const { events, repaired } = collect(['<a b="1\u00022">x\u0007y&#27;z</a>']);
    expect(events).toEqual(['<a {"b":"1\uFFFD2"} @1', 'text:x\uFFFDy\uFFFDz', '</a>']);
    expect(repaired).toBe(3);
  });

  it('repairs invalid UTF-8 to U+FFFD, as the text decoder did', () => {
    const bytes = Buffer.concat([
      Buffer.from('<a b="caf'),
      Buffer.of(0xc3),
      Buffer.from('">x'),
      Buffer.of(0xff),
      Buffer.from('</a>'),
    ]);
    expect(collect([bytes]).events).toEqual(['<a {"b":"caf\uFFFD"} @1', 'text:x\uFFFD', '</a>']);
  });

  // Long text is passed over four bytes at a time: what must be looked at is found wherever it
  // falls in a word, in character data and in CDATA alike.
  it('finds what text must look at in any of the four places of a word', () => {
    const run = 'x'.repeat(37);
    for (let pad = 0; pad < 8; pad += 1) {
      const before = 'y'.repeat(pad);
      for (const [cdataOpen, cdataClose] of [
        ['', ''],
        ['<![CDATA[', ']]>'],
      ]) {
        const text = (inner: string) => `<r>${cdataOpen}${run}${before}${inner}${run}${cdataClose}<t/></r>`;
        const lineOfT = (result: { events: string[] }) =>
          result.events.find((event) => event.startsWith('<t '));
        expect(lineOfT(collect([text('\n')]))).toBe('<t {} @2');
        const crlf = collect([text('\r\n')]);
        expect(crlf.events[1]).toBe(`text:${run}${before}\n${run}`);
        expect(lineOfT(crlf)).toBe('<t {} @2');
        const control = collect([text('\u0001')]);
        expect(control.repaired).toBe(1);
        expect(control.events[1]).toBe(`text:${run}${before}\uFFFD${run}`);
        // Tabs are plain text, though they lie below a space.
        expect(collect([text('\t')]).events[1]).toBe(`text:${run}${before}\t${run}`);
      }
      const plain = (inner: string) => collect([`<r>${run}${before}${inner}${run}<t/></r>`]);
      expect(plain('&amp;').events[1]).toBe(`text:${run}${before}&${run}`);
      expect(plain('<b/>').events[2]).toBe('<b {} @1');
      expect(failure([`<r>${run}${before}]]>${run}</r>`]).column).toBe(4 + run.length + pad);
    }
  });

  it('decodes each reference once, whatever it stands for or stands beside', () => {
    const cases: Array<[string, string]> = [
      ['&amp;lt;', '&lt;'],
      ['&amp;quot;x&amp;amp;', '&quot;x&amp;'],
      ['&#38;amp;', '&amp;'],
      ['&#x26;lt;', '&lt;'],
      ['&amp;#38;', '&#38;'],
      ['&#38;quot;&quot;', '&quot;"'],
      ['&lt;&gt;&quot;&apos;&amp;&#65;&#x42;', '<>"\'&AB'],
    ];
    for (const [raw, text] of cases) {
      expect(collect([`<a>${raw}</a>`]).events[1]).toBe(`text:${text}`);
      expect(collect([`<a b="${raw.replaceAll('"', '&quot;')}"/>`]).events[0]).toContain(
        JSON.stringify(text),
      );
    }
  });

  it('keeps an attribute named __proto__ as a field', () => {
    const [open] = collect(['<a __proto__="x"/>']).events;
    expect(open).toBe('<a {"__proto__":"x"} @1');
  });
});

describe('XmlTokenizer errors', () => {
  it.each([
    ['<a>', /unclosed tag: <a>/, 1, 4],
    ['<a>\n<b>\n</a>', /expected <\/b>, found <\/a>/, 3, 1],
    ['<a></a>\n<b/>', /only one root/, 2, 1],
    ['x<a/>', /text outside the root/, 1, 1],
    ['<a/>\n  y', /text outside the root/, 2, 3],
    ['', /no root element/, 1, 1],
    ['<a>&foo;</a>', /undefined entity/, 1, 4],
    ['<a>&amp</a>', /starts no entity/, 1, 4],
    ['<a>&#xD800;</a>', /malformed character reference/, 1, 4],
    ['<a>]]></a>', /"]]>" is not allowed/, 1, 4],
    ['<a><!-- x -- y --></a>', /"--" inside a comment/, 1, 11],
    ['<a><!-- x', /ends inside a comment/, 1, 10],
    ['<a><![CDATA[x', /ends inside a CDATA section/, 1, 14],
    ['<a b="1" b="2"/>', /duplicate attribute: b/, 1, 10],
    ['<a b=1/>', /unquoted attribute value/, 1, 6],
    ['<a b="<"/>', /"<" is not allowed in an attribute value/, 1, 7],
    ['<a b="1"c="2"/>', /no whitespace between attributes/, 1, 9],
    ['<a b/>', /attribute b has no value/, 1, 5],
    ['<1a/>', /disallowed character after "<"/, 1, 2],
    ['<a><![CDATA[x]]></a><![CDATA[y]]>', /CDATA outside the root/, 1, 21],
    ['<a/><?xml version="1.0"?>', /XML declaration must be at the start/, 1, 5],
    ['<a></a x>', /disallowed character in a close tag/, 1, 8],
    ['<a>\n  <b  c="d"', /ends inside a tag/, 2, 12],
    ['<a>éé<b/></c>', /expected <\/a>, found <\/c>/, 1, 10],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', /DOCTYPE declarations with entities/, 1, 1],
    ['<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', /DOCTYPE declarations with entities/, 1, 1],
    ['<!DOCTYPE a PUBLIC "x" "http://x/y.dtd"><a/>', /DOCTYPE declarations with entities/, 1, 1],
    ['<a/><!DOCTYPE a>', /DOCTYPE must come before the root/, 1, 5],
  ])('%j: %s at line %i, column %i', (input, message, line, column) => {
    for (const chunks of [[input], Array.from(Buffer.from(input), (byte) => Uint8Array.of(byte))]) {
      const error = failure(chunks);
      expect(error.message).toMatch(message);
      expect([error.path, error.line, error.column]).toEqual(['doc.xml', line, column]);
    }
  });

  it('refuses nesting deeper than the limit', () => {
    const error = failure([`${'<a>'.repeat(257)}`]);
    expect(error.message).toBe('elements nest deeper than 256 levels');
    expect(error.column).toBe(256 * 3 + 1);
  });

  it('reads a tag whose values hold many ">" in linear time', () => {
    const values = Array.from({ length: 20_000 }, (_, index) => `a${index}=">"`).join(' ');
    const started = Date.now();
    const { events } = collect([`<r ${values}/>`]);
    expect(events).toHaveLength(2);
    expect(events[0]).toContain('"a19999":">"');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(failure(['<a b="x>y/>']).message).toBe('the file ends inside a tag');
  });

  it('refuses a huge attribute that arrives in small chunks, holding a bounded amount', () => {
    const limits = { maxDepth: 256, maxAttributeChars: 1000 };
    const chunks = ['<a b="', ...Array.from({ length: 10_000 }, () => 'x'.repeat(100))];
    expect(failure(chunks, limits).message).toBe('attributes of <a> exceed 1000 characters');
    expect(failure([`<a b="${'x'.repeat(600)}" c="${'y'.repeat(600)}"/>`], limits).message).toBe(
      'attributes of <a> exceed 1000 characters',
    );
  });
});

// The fixtures real tools (and the hand-written ones) made: saxes, the parser this tokenizer
// replaced, must see exactly the same elements, attributes and text, or fail where we fail.
function saxesEvents(text: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    events.push(`<${tag.name} ${JSON.stringify(tag.attributes)}`);
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    events.push(`</${tag.name}>`);
  });
  const onText = (piece: string) => {
    if (depth === 0) return;
    const last = events.length - 1;
    if (events[last]?.startsWith('text:')) events[last] += piece;
    else events.push(`text:${piece}`);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text.replace(/^\uFEFF/, ''));
  parser.close();
  return events;
}

function fixtures(): string[] {
  const root = new URL('../../', import.meta.url).pathname;
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(xml|trx)$/.test(entry.name)) found.push(path);
    }
  };
  walk('test/fixtures');
  walk('examples/reports');
  return found.sort();
}

describe('XmlTokenizer against saxes on the fixtures', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const paths = fixtures();

  it('finds the fixtures', () => {
    expect(paths.length).toBeGreaterThanOrEqual(10);
  });

  it.each(paths)('%s', (path) => {
    const bytes = readFileSync(join(root, path));
    let expected: Event[] | Error;
    try {
      expected = saxesEvents(bytes.toString('utf8'));
    } catch (error) {
      expected = error as Error;
    }
    // The hostile fixtures are well-formed: saxes reads them, and the limits above it refuse them.
    if (expected instanceof Error || path.includes('hostile-')) {
      expect(() => collect([bytes])).toThrow(ParseError);
      return;
    }
    const ours = collect([bytes.subarray(0, 100), bytes.subarray(100)]).events.map((event) =>
      event.replace(/ @\d+$/, ''),
    );
    expect(ours).toEqual(expected);
  });
});
