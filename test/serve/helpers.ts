import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { systemClock } from '../../src/clock.js';
import { SERVE_DEFAULTS, type ServeConfig } from '../../src/config/serve.js';
import { renderGenericPayload } from '../../src/destinations/generic.js';
import type { Logger } from '../../src/log.js';
import type { IssuePlanEntry } from '../../src/model.js';
import { type ServeDeps, type ServeHandle, startServe } from '../../src/serve/serve.js';
import { eventOf, plainFailure } from '../helpers/alerts.js';

export const SECRET = `whsec_${Buffer.from('serve-test-secret-serve-test-secret').toString('base64')}`;
export const OLD_SECRET = `whsec_${Buffer.from('the-secret-being-rotated-out-now!').toString('base64')}`;

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `faultline-${name}-`));
}

export function quietLogger(lines: string[] = []): Logger {
  const push = (level: string) => (message: string) => {
    lines.push(`${level}: ${message}`);
  };
  return { debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

export function serveConfig(dataDir: string, overrides: Partial<ServeConfig> = {}): ServeConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir,
    secrets: [SECRET],
    toleranceSeconds: SERVE_DEFAULTS.toleranceSeconds,
    maxBodyBytes: 64 * 1024,
    forward: { endpoints: [], errors: [], secrets: [] },
    masked: [SECRET],
    verbose: false,
    ...overrides,
  };
}

export async function startTestServer(
  dataDir: string,
  overrides: Partial<ServeConfig> = {},
  deps: Partial<ServeDeps> = {},
): Promise<ServeHandle> {
  return startServe(serveConfig(dataDir, overrides), {
    fetch: globalThis.fetch,
    clock: systemClock,
    log: quietLogger(),
    ...deps,
  });
}

/** The body faultline's generic webhook sends, rendered by faultline's own renderer. */
export function alertBody(id: string, names: string[], actions: IssuePlanEntry['action'][] = []): string {
  const event = eventOf(
    names.map((name) => plainFailure(name)),
    actions,
  );
  return renderGenericPayload({ ...event, id });
}

/** Headers signed by the Standard Webhooks reference library, not by the code under test. */
export function signedHeaders(
  id: string,
  body: string,
  secret = SECRET,
  at = new Date(),
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': Math.floor(at.getTime() / 1000).toString(),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${url}/webhook`, { method: 'POST', body, headers });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
