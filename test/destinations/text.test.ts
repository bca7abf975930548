import { describe, expect, it } from 'vitest';
import { parseWebhooks } from '../../src/config/webhooks.js';
import { destinationByType } from '../../src/destinations/registry.js';
import { scrubCredentials } from '../../src/destinations/scrub.js';
import { cut, escapeSlack, measure } from '../../src/destinations/text.js';
import { eventOf, forbiddenIn, hostileFailure } from '../helpers/alerts.js';

describe('cutting text to a limit', () => {
  it('never splits a grapheme, and ends with an ellipsis', () => {
    const text = 'ab👩‍👩‍👧‍👦cd';
    for (let max = 2; max < 12; max += 1) {
      const result = cut(text, max);
      expect(measure(result, 'utf16')).toBeLessThanOrEqual(max);
      expect(result.includes('\ud83d') && !result.includes('👩')).toBe(false);
    }
    expect(cut('éééé', 5, 'bytes')).toBe('é…');
  });

  it('closes a code fence it cut through', () => {
    const result = cut(`before\n\`\`\`\n${'line\n'.repeat(100)}\`\`\``, 120);
    expect(result.length).toBeLessThanOrEqual(120);
    expect((result.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it('escapes Slack markup and breaks mentions', () => {
    expect(escapeSlack('<!channel> & @here')).toBe('&lt;!channel&gt; &amp; @\u200bhere');
  });
});

describe('credential scrubbing', () => {
  it.each([
    ['ghp_0123456789abcdefghijABCDEFGHIJ0123', '[github token redacted]'],
    ['xoxb-1234567890-abcdefghij', '[slack token redacted]'],
    ['AKIAIOSFODNN7EXAMPLE', '[aws key redacted]'],
    ['Authorization: Bearer abc.def-ghi_jkl', 'Authorization: [redacted]'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', '[private key redacted]'],
    ['https://user:hunter2@db.example/x', 'https://[credentials redacted]@db.example/x'],
    ['password=correct-horse-battery', 'password=[redacted]'],
  ])('%s', (input, expected) => {
    expect(scrubCredentials(input)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    const text = 'expected 3 to equal 4 at src/cart.ts:12 (token count)';
    expect(scrubCredentials(text)).toBe(text);
  });
});

describe('a huge failure list', () => {
  // 5,000 fingerprints with 2,000 characters of hostile output each, rendered by every
  // destination: each body stays within its service's hard limit, and clean.
  const event = eventOf(Array.from({ length: 5000 }, (_, index) => hostileFailure(index, 2000)));
  const limits: Array<[string, Record<string, unknown>, number]> = [
    ['slack', { url: 'https://h.example/s' }, 40_000],
    ['discord', { url: 'https://h.example/d' }, 8_000],
    ['teams', { url: 'https://h.example/t' }, 28_000],
    ['google-chat', { url: 'https://h.example/g' }, 32_000],
    ['mattermost', { url: 'https://h.example/m' }, 60_000],
    ['generic', { url: 'https://h.example/x' }, 20_000],
  ];
  it.each(limits)('%s', (type, fields, maxBytes) => {
    const { endpoints, errors } = parseWebhooks([{ type, ...fields, on: ['always', 'new'] }], 'webhooks', {});
    expect(errors).toEqual([]);
    const endpoint = endpoints[0];
    if (!endpoint) throw new Error('no endpoint');
    const requests = destinationByType(type)?.render(event, endpoint) ?? [];
    expect(requests).toHaveLength(1);
    const body = requests[0]?.body ?? '';
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(maxBytes);
    if (type !== 'generic') expect(forbiddenIn(body)).toEqual([]);
    // Mattermost counts characters of the post, not bytes.
    if (type === 'mattermost') expect(JSON.parse(body).text.length).toBeLessThanOrEqual(16_383);
  });
});
