export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const MASK = '***';

/** Replaces every known secret with *** in any text, longest first so a secret inside another is caught too. */
export function makeRedactor(secrets: readonly string[]): (text: string) => string {
  const values = [...new Set(secrets.filter((secret) => secret.length >= 4))].sort(
    (a, b) => b.length - a.length,
  );
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
