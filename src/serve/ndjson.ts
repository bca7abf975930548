import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { AcceptedEvent } from './ingest.js';

// For those who want plain files beside the database: every stored event, one JSON line each,
// appended and fsynced with the batch that stored it, before any of the batch is acknowledged.
// The database stays the source of truth: a line that cannot be written is logged, not fatal.

export class NdjsonLog {
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, 'a', 0o600);
  }

  append(events: readonly AcceptedEvent[]): void {
    if (events.length === 0) return;
    const lines = events.map(
      (event) =>
        `${JSON.stringify({ webhookId: event.webhookId, receivedAt: event.receivedAt.toISOString(), event: event.alert })}\n`,
    );
    writeSync(this.fd, lines.join(''));
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}
