import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the Standard Webhooks reference library said of the signature. */
  verified: boolean;
  verifyError?: string;
}

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface WebhookServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A real HTTP receiver on 127.0.0.1 that checks what a Standard Webhooks receiver checks:
 * POST, JSON content type, a body limit, and the signature (verified with the reference
 * `standardwebhooks` package). Each request takes the next scripted answer; the last repeats.
 */
export async function startWebhookServer(options: {
  secret?: string;
  script?: Scripted[];
  maxBodyBytes?: number;
  contentType?: string;
}): Promise<WebhookServer> {
  const received: Received[] = [];
  const script = options.script ?? [{ status: 200 }];
  const maxBody = options.maxBodyBytes ?? 1 << 20;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    });
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (request.method !== 'POST') return void response.writeHead(405).end('method not allowed');
      if (size > maxBody) return void response.writeHead(413).end('payload too large');
      if (!String(request.headers['content-type']).startsWith(options.contentType ?? 'application/json')) {
        return void response.writeHead(415).end('unsupported media type');
      }
      const entry: Received = { path: request.url ?? '', headers: request.headers, body, verified: false };
      if (options.secret) {
        try {
          new Webhook(options.secret).verify(body, request.headers as Record<string, string>);
          entry.verified = true;
        } catch (error) {
          entry.verifyError = error instanceof Error ? error.message : String(error);
        }
      }
      received.push(entry);
      if (options.secret && !entry.verified) return void response.writeHead(401).end('bad signature');
      const answer = script[Math.min(received.length - 1, script.length - 1)] ?? { status: 200 };
      response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/secret-path-token`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
