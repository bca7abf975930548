import type { GitHubClient } from './client.js';
import { RunSourceError, runSourceError } from './workflow-run-errors.js';

// Job logs and artifact zips are served by a 302 from the API to short-lived signed URLs on
// another host ("expires after 1 minute", REST docs). The redirect is taken by hand: the API
// call carries the token, the download carries none, whatever the fetch in use does with
// Authorization on a cross-origin redirect. A link that expired before use is asked for again once.

/** Time for the API to answer with the redirect. */
const REDIRECT_TIMEOUT_MS = 30_000;
/** Time for a whole download: logs are paged at 8 MB, artifacts are bounded by the caller. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

export interface Download {
  /** The size the server announced, when it did. */
  length?: number;
  body: AsyncGenerator<Buffer>;
}

function fetchOf(client: GitHubClient): typeof fetch {
  const configured = (client.request.endpoint.DEFAULTS.request as { fetch?: typeof fetch } | undefined)
    ?.fetch;
  return configured ?? fetch;
}

async function redirectTarget(
  client: GitHubClient,
  route: string,
  parameters: Record<string, unknown>,
  what: string,
): Promise<string> {
  let response: Awaited<ReturnType<GitHubClient['request']>>;
  try {
    response = await client.request(route, {
      ...parameters,
      request: {
        redirect: 'manual',
        parseSuccessResponseBody: false,
        signal: AbortSignal.timeout(REDIRECT_TIMEOUT_MS),
      },
    });
  } catch (error) {
    throw runSourceError(error, what);
  }
  await (response.data as ReadableStream | null)?.cancel().catch(() => {});
  const location = response.headers.location;
  if (response.status >= 300 && response.status < 400 && typeof location === 'string') return location;
  throw new RunSourceError(
    `${what}: GitHub answered ${response.status} without a download link`,
    response.status,
  );
}

async function* buffers(body: ReadableStream<Uint8Array>, what: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of body) yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } catch (error) {
    // The cause is left out here too: a network error may quote the signed URL.
    throw new RunSourceError(`${what} failed: the download broke off (${(error as Error).name})`);
  } finally {
    await body.cancel().catch(() => {});
  }
}

/** Follows the API's redirect to the signed URL, without the token; answers once the headers are in. */
export async function download(
  client: GitHubClient,
  route: string,
  parameters: Record<string, unknown>,
  what: string,
): Promise<Download> {
  const fetchImpl = fetchOf(client);
  for (let attempt = 1; ; attempt += 1) {
    const target = await redirectTarget(client, route, parameters, what);
    let response: Response;
    try {
      response = await fetchImpl(target, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    } catch (error) {
      // The cause is left out: undici's errors can quote the signed URL.
      throw new RunSourceError(`${what} failed: the download did not start (${(error as Error).name})`);
    }
    if (response.ok && response.body) {
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      return { ...(Number.isFinite(length) ? { length } : {}), body: buffers(response.body, what) };
    }
    await response.body?.cancel().catch(() => {});
    // Storage refuses a link past its expiry with 403 (Azure) or 400; a fresh one is a request away.
    if ((response.status === 403 || response.status === 400) && attempt === 1) continue;
    throw new RunSourceError(
      `${what} failed: the download link GitHub gave was refused (${response.status}${attempt > 1 ? ', and a fresh one too' : ''})`,
      response.status,
    );
  }
}
