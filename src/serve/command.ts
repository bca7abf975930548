import type { Clock } from '../clock.js';
import type { ServeConfig } from '../config/serve.js';
import type { Logger } from '../log.js';
import { DATABASE_FILE } from './database.js';
import { startServe } from './serve.js';

/** `faultline serve` in a terminal or a service manager: runs until SIGINT or SIGTERM, then closes cleanly. */
export async function serveUntilSignal(
  config: ServeConfig,
  deps: { fetch: typeof fetch; clock: Clock; log: Logger },
): Promise<void> {
  const handle = await startServe(config, deps);
  deps.log.info(
    `faultline serve: listening on ${handle.url} (POST /webhook, GET /, /healthz, /metrics); ` +
      `data in ${config.dataDir}/${DATABASE_FILE}; ${config.secrets.length} secret(s); ` +
      `${config.forward.endpoints.length} forward endpoint(s)`,
  );
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  deps.log.info(`faultline serve: ${signal}, closing`);
  await handle.close();
}
