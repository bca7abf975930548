import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServiceRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ServiceAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait before answering, to test timeouts. */
  delayMs?: number;
  /** Drop the connection without an answer. */
  reset?: boolean;
}

export interface FakeService {
  url: string;
  origin: string;
  requests: ServiceRequest[];
  /** Everything the service's checks refused, for tests to assert is empty. */
  violations: string[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for a webhook service. `handle` applies the
 * service's own checks and answers as the service does; refusals are recorded as violations.
 */
export async function startFakeService(
  handle: (request: ServiceRequest, index: number) => ServiceAnswer,
): Promise<FakeService> {
  const requests: ServiceRequest[] = [];
  const violations: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const entry: ServiceRequest = {
        method: request.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(entry);
      const answer = handle(entry, requests.length - 1);
      if (answer.status >= 400 && answer.status !== 429 && answer.status < 500)
        violations.push(`${answer.status} ${answer.body ?? ''}`);
      const send = () => {
        if (answer.reset) return void request.socket.destroy();
        if (response.destroyed) return;
        response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
      else send();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/hook/secret-token-${port}`,
    origin,
    requests,
    violations,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** JSON body or a violation. */
export function json(request: ServiceRequest): unknown {
  try {
    return JSON.parse(request.body);
  } catch {
    return undefined;
  }
}
