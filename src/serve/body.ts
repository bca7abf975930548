import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/**
 * Reads a request body, counting bytes as they stream in: a declared Content-Length over the
 * limit is refused before a byte is read, and a chunked body stops at the first chunk past it,
 * so an oversized body never sits in memory.
 */
export function readLimitedBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead) => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering; the caller answers 413 and closes the connection.
        request.pause();
        settle({ ok: false, reason: 'too-large' });
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => settle({ ok: true, body: Buffer.concat(chunks, size) }));
    request.once('error', () => settle({ ok: false, reason: 'aborted' }));
    request.once('close', () => {
      if (!request.complete) settle({ ok: false, reason: 'aborted' });
    });
  });
}
