import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../log.js';

// The client: @actions/github's getOctokit (core + REST endpoint methods + pagination, the
// toolkit's own choice of versions) with the official retry and throttling plugins added,
// which @actions/github leaves out. Throttling keeps writes spaced as GitHub asks (1 s apart,
// 3 s for writes that notify) and waits out primary and secondary rate limits; retry covers
// 5xx on idempotent requests. Issue creation turns retries off: a retried POST can duplicate.

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  fetch: typeof fetch;
  log: Logger;
  /** Spacing of writes in ms; only a test double may lower GitHub's 1,000 / 3,000. */
  writeSpacingMs?: number;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const spacing = options.writeSpacingMs;
  const groups =
    spacing === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
          search: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing }),
        };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: options.fetch },
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => options.log.debug(message),
        error: (message: string) => options.log.debug(message),
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        ...groups,
        // Primary limit: wait once if the reset is near; otherwise give up softly.
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _: unknown,
          retryCount: number,
        ) => {
          options.log.warn(
            `GitHub rate limit reached on ${request.method} ${request.url}; ${retryCount === 0 && retryAfter <= 60 ? `retrying in ${retryAfter} s` : 'giving up'}`,
          );
          return retryCount === 0 && retryAfter <= 60;
        },
        // Secondary limit: GitHub asks for a pause; retry twice, then give up softly.
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _: unknown,
          retryCount: number,
        ) => {
          options.log.warn(
            `GitHub secondary rate limit on ${request.method} ${request.url}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : 'giving up'}`,
          );
          return retryCount < 2 && retryAfter <= 120;
        },
      },
    },
    retry,
    throttling,
  );
}
