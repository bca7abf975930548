import type { AddressInfo } from 'node:net';
import type { Clock } from '../clock.js';
import type { ServeConfig } from '../config/serve.js';
import type { HttpPolicy } from '../destinations/http.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { makeRedactor } from '../log.js';
import { openDatabase } from './database.js';
import { Ingestor } from './ingest.js';
import { Metrics } from './metrics.js';
import { NdjsonLog } from './ndjson.js';
import { DEFAULT_OUTBOX_POLICY, Forwarder, type OutboxPolicy, planForwards } from './outbox.js';
import { createServeServer } from './server.js';
import { signingKeys } from './verify.js';

// Wires the parts of `faultline serve` together: database, ingest, forwarder, HTTP server.

export interface ServeDeps {
  fetch: typeof fetch;
  clock: Clock;
  log: Logger;
  random?: () => number;
  httpPolicy?: HttpPolicy;
  outboxPolicy?: OutboxPolicy;
}

export interface ServeHandle {
  url: string;
  port: number;
  close(): Promise<void>;
}

// The kernel caps this (net.core.somaxconn); a burst of a thousand connects must not overflow it.
const LISTEN_BACKLOG = 4096;

export async function startServe(config: ServeConfig, deps: ServeDeps): Promise<ServeHandle> {
  const { db, close: closeDatabase } = await openDatabase(config.dataDir);
  const metrics = new Metrics(deps.clock.now().getTime());
  const endpoints = config.forward.endpoints;
  const forwarder = new Forwarder(
    db,
    endpoints,
    {
      fetch: deps.fetch,
      clock: deps.clock,
      log: deps.log,
      redact: makeRedactor(config.masked),
      ...(deps.random ? { random: deps.random } : {}),
      ...(deps.httpPolicy ? { httpPolicy: deps.httpPolicy } : {}),
    },
    deps.outboxPolicy ?? DEFAULT_OUTBOX_POLICY,
    (result) => metrics.inc('faultline_serve_forwards_total', { result }),
  );
  let ingestor: Ingestor;
  let ndjson: NdjsonLog | undefined;
  try {
    ndjson = config.ndjson ? new NdjsonLog(config.ndjson) : undefined;
    ingestor = new Ingestor(
      db,
      planForwards(endpoints),
      () => forwarder.wake(),
      (events) => {
        try {
          ndjson?.append(events);
        } catch (error) {
          deps.log.error(`could not append to ${config.ndjson}: ${errorMessage(error)}`);
        }
      },
    );
  } catch (error) {
    closeDatabase();
    throw error;
  }
  const server = createServeServer({
    db,
    keys: signingKeys(config.secrets),
    toleranceSeconds: config.toleranceSeconds,
    maxBodyBytes: config.maxBodyBytes,
    clock: deps.clock,
    ingestor,
    metrics,
    log: deps.log,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    ingestor.close();
    ndjson?.close();
    closeDatabase();
    throw error;
  }
  forwarder.start();
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await forwarder.stop();
      ingestor.close();
      ndjson?.close();
      closeDatabase();
    },
  };
}
