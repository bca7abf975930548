import type { Clock } from './clock.js';
import type { WebhookConfig } from './config/webhooks.js';
import type { AlertEvent } from './destinations/destination.js';
import { renderGenericPayload } from './destinations/generic.js';
import { DEFAULT_HTTP_POLICY, type HttpPolicy, postWithRetry } from './destinations/http.js';
import { destinationByType } from './destinations/registry.js';
import type { Logger } from './log.js';
import type { DeliveryResult } from './model.js';
import type { OutputFolder } from './output-folder.js';

export interface DeliveryDeps {
  fetch: typeof fetch;
  clock: Clock;
  log: Logger;
  httpPolicy?: HttpPolicy;
}

function fileName(endpoint: string): string {
  return `payloads/${endpoint.replace(/[^\w.-]+/g, '_')}.json`;
}

/**
 * Sends the event to every configured endpoint, one after another, and records what
 * each one got. A failing endpoint never stops the others. With no endpoint configured,
 * it writes the generic payload it would send, so a local run shows what goes out.
 */
export async function deliverAll(
  event: AlertEvent,
  webhooks: WebhookConfig,
  output: OutputFolder,
  deps: DeliveryDeps,
): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = webhooks.errors.map((error) => ({
    endpoint: error.field.replace(/\].*$/, ']'),
    type: 'unknown',
    status: 'failed',
    attempts: 0,
    detail: `not sent, bad config: ${error.message}`,
  }));
  if (webhooks.endpoints.length === 0) {
    await output.write('payloads/generic.preview.json', renderGenericPayload(event));
    return results;
  }
  for (const endpoint of webhooks.endpoints) {
    const destination = destinationByType(endpoint.type);
    if (!destination) continue;
    const request = destination.render(event, endpoint);
    await output.write(fileName(endpoint.name), request.body);
    const result = await postWithRetry(
      request,
      { endpoint: endpoint.name, type: endpoint.type },
      deps,
      deps.httpPolicy ?? DEFAULT_HTTP_POLICY,
    );
    if (result.status === 'failed')
      deps.log.warn(`Webhook ${endpoint.name} failed: ${result.detail ?? 'unknown error'}`);
    else deps.log.info(`Webhook ${endpoint.name} accepted the alert (HTTP ${result.httpStatus})`);
    results.push(result);
  }
  return results;
}
