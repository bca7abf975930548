import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { parseWebhooks } from '../../src/config/webhooks.js';
import { deliverAll } from '../../src/deliver.js';
import type { AlertEvent } from '../../src/destinations/destination.js';
import type { HttpPolicy } from '../../src/destinations/http.js';
import type { Logger } from '../../src/log.js';
import { outputFolder } from '../../src/output-folder.js';
import {
  type FakeService,
  type ServiceAnswer,
  type ServiceRequest,
  startFakeService,
} from '../helpers/fake-service.js';

export function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: () => new Date(), sleep: async (ms) => void sleeps.push(ms) };
}

export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string) => void lines.push(message);
  return { lines, debug: push, info: push, warn: push, error: push };
}

const services: FakeService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

export async function service(
  handle: (request: ServiceRequest, index: number) => ServiceAnswer,
): Promise<FakeService> {
  const started = await startFakeService(handle);
  services.push(started);
  return started;
}

export const FAST: HttpPolicy = { attempts: 3, timeoutMs: 2000, maxWaitMs: 60_000, baseBackoffMs: 10 };

/** Delivers through the real config parser, delivery engine and fetch, to loopback services. */
export async function deliver(
  entries: unknown[],
  event: AlertEvent,
  options: { clock?: Clock; policy?: HttpPolicy; budgetMs?: number; outputDir?: string } = {},
) {
  const webhooks = parseWebhooks(entries, 'webhooks', {});
  const log = recordingLogger();
  const output = outputFolder(options.outputDir ?? mkdtempSync(join(tmpdir(), 'faultline-out-')), '/');
  const results = await deliverAll(event, webhooks, output, {
    fetch: globalThis.fetch,
    clock: options.clock ?? recordingClock(),
    log,
    random: () => 0.5,
    httpPolicy: options.policy ?? FAST,
    ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
  });
  return { results, log, webhooks, output };
}
