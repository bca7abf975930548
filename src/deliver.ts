import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Clock } from './clock.js';
import type { WebhookConfig } from './config/webhooks.js';
import type { AlertEvent, Endpoint, OutgoingRequest, StateStore } from './destinations/destination.js';
import { renderGenericPayload } from './destinations/generic.js';
import { DEFAULT_HTTP_POLICY, type HttpPolicy, type PostResult, postWithRetry } from './destinations/http.js';
import { destinationByType } from './destinations/registry.js';
import { selectFor } from './destinations/select.js';
import type { Logger } from './log.js';
import type { DeliveryResult } from './model.js';
import type { OutputFolder } from './output-folder.js';

export interface DeliveryDeps {
  fetch: typeof fetch;
  clock: Clock;
  log: Logger;
  random?: () => number;
  httpPolicy?: HttpPolicy;
  /** All endpoints together finish within this; a slow one cannot hold the run longer. */
  budgetMs?: number;
  concurrency?: number;
  /** Masks secrets in what is written to disk (a PagerDuty body carries its routing key). */
  redact?: (text: string) => string;
}

export const DEFAULT_BUDGET_MS = 60_000;
const DEFAULT_CONCURRENCY = 4;

function fileName(endpoint: string, index: number): string {
  return `payloads/${endpoint.replace(/[^\w.-]+/g, '_')}${index > 0 ? `.${index}` : ''}.json`;
}

function stateStore(output: OutputFolder): StateStore {
  const path = (name: string) => join(output.dir, 'state', `${name}.json`);
  return {
    async read(name) {
      try {
        return JSON.parse(await readFile(path(name), 'utf8'));
      } catch {
        return undefined;
      }
    },
    async write(name, value) {
      await mkdir(dirname(path(name)), { recursive: true });
      await writeFile(path(name), `${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

async function deliverOne(
  endpoint: Endpoint,
  event: AlertEvent,
  output: OutputFolder,
  deps: DeliveryDeps,
  deadline: number,
): Promise<DeliveryResult> {
  const base = { endpoint: endpoint.name, type: endpoint.type };
  const destination = destinationByType(endpoint.type);
  const selection = selectFor(endpoint, event.items, event.run);
  if (!destination || 'skip' in selection) {
    return {
      ...base,
      status: 'skipped',
      attempts: 0,
      detail: 'skip' in selection ? selection.skip : 'unknown type',
    };
  }
  const chosen = { ...event, items: selection.items };
  let written = 0;
  const post = async (request: OutgoingRequest) => {
    await output.write(
      fileName(endpoint.name, written++),
      deps.redact ? deps.redact(request.body) : request.body,
    );
    return postWithRetry(request, deps, deps.httpPolicy ?? DEFAULT_HTTP_POLICY, deadline);
  };
  let requests: OutgoingRequest[];
  let results: PostResult[];
  if (destination.send)
    ({ requests, results } = await destination.send(chosen, endpoint, { post, state: stateStore(output) }));
  else {
    requests = destination.render(chosen, endpoint);
    results = [];
    for (const request of requests) results.push(await post(request));
  }
  let attempts = 0;
  let httpStatus: number | undefined;
  const problems: string[] = [];
  for (const [index, result] of results.entries()) {
    attempts += result.attempts;
    httpStatus = result.httpStatus ?? httpStatus;
    const label = requests[index]?.label;
    if (!result.ok) problems.push(`${label ? `${label}: ` : ''}${result.detail ?? 'failed'}`);
  }
  const sent = requests.length - problems.length;
  const result: DeliveryResult = { ...base, status: problems.length === 0 ? 'sent' : 'failed', attempts };
  if (httpStatus) result.httpStatus = httpStatus;
  if (requests.length > 1) problems.unshift(`${sent} of ${requests.length} sent`);
  // Services echo parts of the request (a path, a query) in their errors: mask them at the source.
  if (problems.length > 0)
    result.detail = deps.redact ? deps.redact(problems.join('; ')) : problems.join('; ');
  return result;
}

/**
 * Sends the event to every configured endpoint, a few at a time, within one time budget, and
 * records what each one got. A failing or slow endpoint never stops the others. With no
 * endpoint configured, it writes the generic payload it would send, so a local run shows what
 * goes out.
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
    if (event.items.length > 0)
      await output.write('payloads/generic.preview.json', renderGenericPayload(event));
    return results;
  }
  const deadline = deps.clock.now().getTime() + (deps.budgetMs ?? DEFAULT_BUDGET_MS);
  const queue = [...webhooks.endpoints.entries()];
  const delivered: DeliveryResult[] = new Array(webhooks.endpoints.length);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [index, endpoint] = next;
      const result = await deliverOne(endpoint, event, output, deps, deadline);
      if (result.status === 'failed')
        deps.log.warn(`Webhook ${endpoint.name} failed: ${result.detail ?? 'unknown error'}`);
      else
        deps.log.info(
          `Webhook ${endpoint.name}: ${result.status}${result.detail ? ` (${result.detail})` : ''}`,
        );
      delivered[index] = result;
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, queue.length) }, worker),
  );
  return [...results, ...delivered];
}
