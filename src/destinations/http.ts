import type { Clock } from '../clock.js';
import type { DeliveryResult } from '../model.js';
import type { OutgoingRequest } from './destination.js';

export interface HttpPolicy {
  attempts: number;
  timeoutMs: number;
  /** A Retry-After longer than this is not waited for: the delivery fails and says so. */
  maxWaitMs: number;
  baseBackoffMs: number;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  attempts: 3,
  timeoutMs: 15_000,
  maxWaitMs: 60_000,
  baseBackoffMs: 1_000,
};

// Statuses worth another try; any other 4xx is the payload's or the config's fault.
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

export interface HttpDeps {
  fetch: typeof fetch;
  clock: Clock;
}

/** Seconds or an HTTP date, as RFC 9110 §10.2.3 allows. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

// Network errors carry the host in their text; only the code is kept, so nothing of the URL leaks.
// Node nests it: fetch's TypeError → cause (a system error, or an AggregateError of them).
function errorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  return errorCode(cause, depth + 1) ?? (Array.isArray(errors) ? errorCode(errors[0], depth + 1) : undefined);
}

function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const code = errorCode(error);
  return code ? `network error ${code}` : 'network error';
}

function describeStatus(status: number): string {
  if (status === 410) return 'endpoint is gone (410): remove it from the config';
  if (status >= 300 && status < 400)
    return `redirected (${status}): webhooks are not followed across redirects`;
  return `answered ${status}`;
}

/**
 * POSTs one rendered request with a timeout per attempt, retries on 429, 5xx and network
 * errors, and honours Retry-After. It never throws: the result says what happened.
 */
export async function postWithRetry(
  request: OutgoingRequest,
  base: Pick<DeliveryResult, 'endpoint' | 'type'>,
  deps: HttpDeps,
  policy: HttpPolicy = DEFAULT_HTTP_POLICY,
): Promise<DeliveryResult> {
  let detail = '';
  let httpStatus: number | undefined;
  for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
    let waitMs = policy.baseBackoffMs * 2 ** (attempt - 1);
    try {
      const headers = { ...request.headers, ...request.sign?.(request.body, deps.clock.now()) };
      const response = await deps.fetch(request.url, {
        method: 'POST',
        headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      httpStatus = response.status;
      await response.body?.cancel();
      if (response.ok) return { ...base, status: 'sent', attempts: attempt, httpStatus };
      detail = describeStatus(response.status);
      if (!RETRYABLE.has(response.status))
        return { ...base, status: 'failed', attempts: attempt, httpStatus, detail };
      waitMs = retryAfterMs(response.headers.get('retry-after'), deps.clock.now()) ?? waitMs;
    } catch (error) {
      detail = networkReason(error);
    }
    if (attempt === policy.attempts) break;
    if (waitMs > policy.maxWaitMs) {
      detail = `${detail}; asked to wait ${Math.ceil(waitMs / 1000)} s, more than the ${policy.maxWaitMs / 1000} s limit`;
      return { ...base, status: 'failed', attempts: attempt, ...(httpStatus ? { httpStatus } : {}), detail };
    }
    await deps.clock.sleep(waitMs);
  }
  return {
    ...base,
    status: 'failed',
    attempts: policy.attempts,
    ...(httpStatus ? { httpStatus } : {}),
    detail,
  };
}
