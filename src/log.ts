export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const MASK = '***';

/**
 * A URL is secret as a whole and in its parts: services echo the path or a query value in
 * their error text. Parts shorter than 8 characters are too common to mask safely; whole
 * secrets are masked from 4 characters on.
 */
export function secretParts(secrets: readonly string[]): string[] {
  const parts: string[] = [];
  for (const secret of secrets) {
    if (secret.length >= 4) parts.push(secret);
    let url: URL;
    try {
      url = new URL(secret);
    } catch {
      continue;
    }
    // Path segments that look like tokens (a digit in them, or long), not words like "services".
    const tokens = url.pathname.split('/').filter((segment) => /\d/.test(segment) || segment.length >= 20);
    const pieces = [url.pathname, decodeURIComponent(url.pathname), ...tokens, ...url.searchParams.values()];
    if (url.username) pieces.push(url.username);
    if (url.password) pieces.push(url.password);
    parts.push(...pieces.filter((piece) => piece.length >= 8));
  }
  return [...new Set(parts)];
}

/** Replaces every known secret with *** in any text, longest first so a secret inside another is caught too. */
export function makeRedactor(secrets: readonly string[]): (text: string) => string {
  const values = secretParts(secrets).sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text;
    for (const secret of values) result = result.split(secret).join(MASK);
    return result;
  };
}

/** Wraps a logger so no message can carry a configured secret, whatever code produced it. */
export function redactingLogger(inner: Logger, secrets: readonly string[]): Logger {
  const redact = makeRedactor(secrets);
  return {
    debug: (message) => inner.debug(redact(message)),
    info: (message) => inner.info(redact(message)),
    warn: (message) => inner.warn(redact(message)),
    error: (message) => inner.error(redact(message)),
  };
}

export function streamLogger(write: (line: string) => void, verbose = false): Logger {
  return {
    debug: (message) => {
      if (verbose) write(`debug: ${message}\n`);
    },
    info: (message) => write(`${message}\n`),
    warn: (message) => write(`warning: ${message}\n`),
    error: (message) => write(`error: ${message}\n`),
  };
}
