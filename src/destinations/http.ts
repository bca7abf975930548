import type { Clock } from '../clock.js';
import type { OutgoingRequest, ServiceResponse, Verdict } from './destination.js';

export interface HttpPolicy {
  attempts: number;
  /** Per attempt. */
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
const MAX_DETAIL_CHARS = 300;

export interface HttpDeps {
  fetch: typeof fetch;
  clock: Clock;
  /** 0 ≤ x < 1, for backoff jitter; injectable so tests are exact. */
  random?: () => number;
}

export interface PostResult {
  ok: boolean;
  attempts: number;
  httpStatus?: number;
  detail?: string;
  /** The response body of a success, for services that answer with ids (Slack's ts). */
  text?: string;
}

/** Seconds or an HTTP date, as RFC 9110 §10.2.3 allows. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

/** The default reading of an answer: 2xx is yes, the retryable statuses are "later". */
export function defaultVerdict(response: ServiceResponse, now: Date): Verdict {
  if (response.status >= 200 && response.status < 300) return { ok: true, retry: false };
  const verdict: Verdict = { ok: false, retry: RETRYABLE.has(response.status), detail: describe(response) };
  const wait = retryAfterMs(response.headers.get('retry-after'), now);
  if (wait !== undefined) verdict.retryAfterMs = wait;
  return verdict;
}

function describe(response: ServiceResponse): string {
  if (response.status === 410) return 'endpoint is gone (410): remove it from the config';
  if (response.status >= 300 && response.status < 400)
    return `redirected (${response.status}): webhooks are not followed across redirects`;
  const said = response.text.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL_CHARS);
  return `answered ${response.status}${said ? `: ${said}` : ''}`;
}

// Network errors carry the host in their text; only the code is kept, so nothing of the URL leaks.
// Node nests it: fetch's TypeError → cause (a system error, or an AggregateError of them).
function errorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  return errorCode(cause, depth + 1) ?? (Array.isArray(errors) ? errorCode(errors[0], depth + 1) : undefined);
}

function networkReason(error: unknown, budgetSpent: boolean): string {
  if (budgetSpent) return 'stopped: the delivery time budget ran out';
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const code = errorCode(error);
  return code ? `network error ${code}` : 'network error';
}

/**
 * POSTs one rendered request with a timeout per attempt and retries (exponential backoff with
 * jitter, or the service's Retry-After) while the deadline allows. It never throws.
 */
export async function postWithRetry(
  request: OutgoingRequest,
  deps: HttpDeps,
  policy: HttpPolicy = DEFAULT_HTTP_POLICY,
  deadline = Number.POSITIVE_INFINITY,
): Promise<PostResult> {
  let detail = 'not sent';
  let httpStatus: number | undefined;
  const random = deps.random ?? Math.random;
  for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
    const remaining = deadline - deps.clock.now().getTime();
    if (remaining <= 0)
      return {
        ok: false,
        attempts: attempt - 1,
        ...(httpStatus ? { httpStatus } : {}),
        detail: `${detail}; the delivery time budget ran out`,
      };
    let waitMs = policy.baseBackoffMs * 2 ** (attempt - 1) * (0.75 + random() / 2);
    let retry = true;
    try {
      const headers = { ...request.headers, ...request.sign?.(request.body, deps.clock.now()) };
      const response = await deps.fetch(request.url, {
        method: 'POST',
        headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(Math.min(policy.timeoutMs, remaining)),
      });
      httpStatus = response.status;
      const answer: ServiceResponse = {
        status: response.status,
        headers: response.headers,
        text: await response.text(),
      };
      const verdict = request.interpret?.(answer) ?? defaultVerdict(answer, deps.clock.now());
      if (verdict.ok) return { ok: true, attempts: attempt, httpStatus, text: answer.text };
      detail = verdict.detail ?? describe(answer);
      retry = verdict.retry;
      if (verdict.retryAfterMs !== undefined) waitMs = verdict.retryAfterMs;
    } catch (error) {
      detail = networkReason(error, deadline - deps.clock.now().getTime() <= 0);
    }
    const done = { ok: false, attempts: attempt, ...(httpStatus ? { httpStatus } : {}) };
    if (!retry || attempt === policy.attempts) return { ...done, detail };
    if (waitMs > policy.maxWaitMs)
      return {
        ...done,
        detail: `${detail}; asked to wait ${Math.ceil(waitMs / 1000)} s, more than the ${policy.maxWaitMs / 1000} s limit`,
      };
    if (deps.clock.now().getTime() + waitMs >= deadline)
      return { ...done, detail: `${detail}; no time left in the delivery budget to retry` };
    await deps.clock.sleep(waitMs);
  }
  return { ok: false, attempts: policy.attempts, detail };
}
