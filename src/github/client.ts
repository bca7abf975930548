import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../log.js';

// The client: Octokit's core with REST endpoint methods and pagination (what @actions/github's
// getOctokit builds, without the proxy layer that brings in undici: we pass our own fetch) and
// the official retry and throttling plugins. Throttling keeps writes spaced as GitHub asks (1 s apart,
// 3 s for writes that notify) and waits out primary and secondary rate limits; retry covers
// 5xx on idempotent requests. Issue creation turns retries off: a retried POST can duplicate.

const FaultlineOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);

export type GitHubClient = InstanceType<typeof FaultlineOctokit>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  fetch: typeof fetch;
  log: Logger;
  /** Spacing of writes in ms; only a test double may lower GitHub's 1,000 / 3,000. */
  writeSpacingMs?: number;
}

/** A throttling handler that retries a few times when the wait is short, then gives up softly. */
function limitHandler(kind: string, retries: number, maxWaitSeconds: number, log: Logger) {
  return (retryAfter: number, request: { method: string; url: string }, _: unknown, retryCount: number) => {
    const retry = retryCount < retries && retryAfter <= maxWaitSeconds;
    log.warn(
      `GitHub ${kind} on ${request.method} ${request.url}; ${retry ? `retrying in ${retryAfter} s` : 'giving up'}`,
    );
    return retry;
  };
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
  return new FaultlineOctokit({
    auth: options.token,
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
      // Primary limit: wait once if the reset is near. Secondary: GitHub asks for a pause; retry twice.
      onRateLimit: limitHandler('rate limit', 1, 60, options.log),
      onSecondaryRateLimit: limitHandler('secondary rate limit', 2, 120, options.log),
    },
  });
}
