import { createHmac, timingSafeEqual } from 'node:crypto';
import { secretKey } from '../destinations/standard-webhooks.js';

// The receiving side of Standard Webhooks v1 (standard-webhooks spec/standard-webhooks.md,
// "Verifying webhook authenticity"): HMAC-SHA256 over "{id}.{timestamp}.{raw body}", compared
// in constant time; a timestamp outside the tolerance is refused so a captured request cannot
// be replayed later; several space-separated signatures let a secret rotate.

export type Rejection =
  | 'unsigned'
  | 'malformed-headers'
  | 'stale'
  | 'bad-signature'
  | 'oversized'
  | 'malformed-body'
  | 'not-an-alert'
  | 'id-mismatch'
  | 'conflict'
  | 'unsupported-media-type';

export interface SignatureHeaders {
  id: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

export type Verification =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; status: 400 | 401; rejection: Rejection; reason: string };

// Ids are echoed in pages, logs and the database: printable ASCII keeps them inert.
const ID = /^[\x21-\x7e]{1,256}$/;
const TIMESTAMP = /^\d{1,12}$/;

/** The HMAC keys of the configured secrets, decoded once. */
export function signingKeys(secrets: readonly string[]): Buffer[] {
  return secrets.map(secretKey);
}

function expectedSignature(key: Buffer, id: string, timestamp: string, body: Buffer): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}

function offeredSignatures(header: string): Buffer[] {
  const signatures: Buffer[] = [];
  for (const token of header.split(/[\s]+/)) {
    const comma = token.indexOf(',');
    // Other versions (v1a, ed25519) are skipped, as the spec tells receivers to do.
    if (comma < 0 || token.slice(0, comma) !== 'v1') continue;
    signatures.push(Buffer.from(token.slice(comma + 1).replace(/,$/, ''), 'base64'));
  }
  return signatures;
}

export function verifySignature(
  body: Buffer,
  headers: SignatureHeaders,
  keys: readonly Buffer[],
  nowSeconds: number,
  toleranceSeconds: number,
): Verification {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) {
    const missing = [
      !id && 'webhook-id',
      !timestamp && 'webhook-timestamp',
      !signature && 'webhook-signature',
    ]
      .filter(Boolean)
      .join(', ');
    return { ok: false, status: 401, rejection: 'unsigned', reason: `unsigned request: missing ${missing}` };
  }
  if (!ID.test(id))
    return {
      ok: false,
      status: 400,
      rejection: 'malformed-headers',
      reason: 'webhook-id must be 1 to 256 printable ASCII characters',
    };
  if (!TIMESTAMP.test(timestamp))
    return {
      ok: false,
      status: 400,
      rejection: 'malformed-headers',
      reason: 'webhook-timestamp must be Unix seconds',
    };
  const skew = nowSeconds - Number(timestamp);
  if (Math.abs(skew) > toleranceSeconds)
    return {
      ok: false,
      status: 401,
      rejection: 'stale',
      reason: `webhook-timestamp is ${Math.abs(skew)} s ${skew > 0 ? 'old' : 'in the future'}; the tolerance is ${toleranceSeconds} s`,
    };
  const offered = offeredSignatures(signature);
  if (offered.length === 0)
    return {
      ok: false,
      status: 401,
      rejection: 'unsigned',
      reason: 'webhook-signature holds no v1 signature',
    };
  for (const key of keys) {
    const expected = expectedSignature(key, id, timestamp, body);
    if (
      offered.some(
        (candidate) => candidate.length === expected.length && timingSafeEqual(candidate, expected),
      )
    )
      return { ok: true, id, timestamp: Number(timestamp) };
  }
  return {
    ok: false,
    status: 401,
    rejection: 'bad-signature',
    reason: 'no signature matches: the body, id or timestamp was changed, or the secret differs',
  };
}
