import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Database } from 'node-sqlite3-wasm';
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { METRICS_CONTENT_TYPE, type Metrics } from './metrics.js';
import { PAGE_HEADERS, renderDetail, renderIndex, renderNotFound } from './page.js';
import { findFingerprint, latestOccurrences, listFingerprints, storeCounts } from './queries.js';
import { handleWebhook, replyJson, type WebhookContext } from './webhook.js';

// Routing and the HTTP server's own limits. The routes are few and fixed, so a table of exact
// paths (plus one prefix for a fingerprint's page) is all the router there is.

export interface RouteContext extends WebhookContext {
  db: Database;
  clock: Clock;
  metrics: Metrics;
  log: Logger;
}

function html(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

function route(request: IncomingMessage): string {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/webhook' || path === '/' || path === '/healthz' || path === '/metrics') return path;
  if (path.startsWith('/fingerprints/')) return '/fingerprints/:fingerprint';
  return 'unknown';
}

async function dispatch(
  request: IncomingMessage,
  response: ServerResponse,
  context: RouteContext,
  name: string,
) {
  const method = request.method ?? 'GET';
  const reading = method === 'GET' || method === 'HEAD';
  if (name === '/webhook') {
    if (method !== 'POST')
      return replyJson(response, 405, { status: 'rejected', reason: 'use POST' }, { allow: 'POST' });
    return handleWebhook(request, response, context);
  }
  if (name === 'unknown') return replyJson(response, 404, { status: 'not found' });
  if (!reading)
    return replyJson(response, 405, { status: 'rejected', reason: 'read-only' }, { allow: 'GET, HEAD' });
  if (name === '/healthz') {
    context.db.get('SELECT 1');
    return replyJson(response, 200, { status: 'ok' });
  }
  if (name === '/metrics') {
    const body = context.metrics.render(storeCounts(context.db), context.clock.now().getTime());
    response.writeHead(200, {
      'content-type': METRICS_CONTENT_TYPE,
      'content-length': Buffer.byteLength(body),
    });
    return response.end(body);
  }
  if (name === '/') {
    return html(response, 200, renderIndex(listFingerprints(context.db), storeCounts(context.db)));
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  let fingerprint: string;
  try {
    fingerprint = decodeURIComponent(path.slice('/fingerprints/'.length));
  } catch {
    return html(response, 404, renderNotFound());
  }
  const row = findFingerprint(context.db, fingerprint);
  if (!row) return html(response, 404, renderNotFound());
  return html(response, 200, renderDetail(row, latestOccurrences(context.db, fingerprint)));
}

export function createServeServer(context: RouteContext): Server {
  const server = createServer((request, response) => {
    const name = route(request);
    response.once('finish', () =>
      context.metrics.inc('faultline_serve_http_requests_total', {
        route: name,
        status: String(response.statusCode),
      }),
    );
    dispatch(request, response, context, name).catch((error: unknown) => {
      context.log.error(`${request.method} ${name} failed: ${errorMessage(error)}`);
      if (!response.headersSent) replyJson(response, 500, { status: 'error', reason: 'internal error' });
      else response.destroy();
    });
  });
  // A slow sender may not hold a socket for ever (slowloris); a webhook body arrives in seconds.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  return server;
}
