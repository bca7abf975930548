import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signingKeys, verifySignature } from '../../src/serve/verify.js';
import { OLD_SECRET, SECRET } from './helpers.js';

const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
const body = Buffer.from('{"type":"faultline.alert","id":"msg_v"}');

function headers(secret: string, at = NOW, id = 'msg_v') {
  return {
    id,
    timestamp: String(at),
    signature: new Webhook(secret).sign(id, new Date(at * 1000), body.toString()),
  };
}

describe('verifySignature (Standard Webhooks v1)', () => {
  const keys = signingKeys([SECRET]);

  it('accepts what the reference library signs, among several offered signatures', () => {
    expect(verifySignature(body, headers(SECRET), keys, NOW, 300)).toEqual({
      ok: true,
      id: 'msg_v',
      timestamp: NOW,
    });
    const both = `${headers(OLD_SECRET).signature} v1a,c2lnbmF0dXJl ${headers(SECRET).signature}`;
    expect(verifySignature(body, { ...headers(SECRET), signature: both }, keys, NOW, 300).ok).toBe(true);
  });

  it('accepts the edges of the tolerance and refuses one second past them', () => {
    expect(verifySignature(body, headers(SECRET, NOW - 300), keys, NOW, 300).ok).toBe(true);
    expect(verifySignature(body, headers(SECRET, NOW + 300), keys, NOW, 300).ok).toBe(true);
    expect(verifySignature(body, headers(SECRET, NOW - 301), keys, NOW, 300)).toMatchObject({
      ok: false,
      status: 401,
      rejection: 'stale',
      reason: 'webhook-timestamp is 301 s old; the tolerance is 300 s',
    });
  });

  it('refuses a signature made with another secret, a changed byte, or only unknown versions', () => {
    expect(verifySignature(body, headers(OLD_SECRET), keys, NOW, 300)).toMatchObject({
      rejection: 'bad-signature',
    });
    const changed = Buffer.from(body.toString().replace('msg_v', 'msg_w'));
    expect(verifySignature(changed, headers(SECRET), keys, NOW, 300)).toMatchObject({
      rejection: 'bad-signature',
    });
    expect(
      verifySignature(body, { ...headers(SECRET), signature: 'v1a,c2lnbmF0dXJl' }, keys, NOW, 300),
    ).toMatchObject({
      status: 401,
      rejection: 'unsigned',
      reason: 'webhook-signature holds no v1 signature',
    });
  });

  it('refuses ids that are not printable ASCII, before any HMAC', () => {
    expect(verifySignature(body, headers(SECRET, NOW, 'msg v'), keys, NOW, 300)).toMatchObject({
      status: 400,
      rejection: 'malformed-headers',
    });
  });
});
