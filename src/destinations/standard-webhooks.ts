import { createHmac } from 'node:crypto';

// Standard Webhooks v1 (standard-webhooks/standard-webhooks spec/standard-webhooks.md):
// signature = base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), key = the secret's
// bytes after the "whsec_" prefix, base64-decoded, as the reference libraries read it.

export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

export function standardWebhookHeaders(
  id: string,
  body: string,
  secret: string,
  now: Date,
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000).toString();
  const signature = createHmac('sha256', secretKey(secret))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}
