// Typed errors thrown below the entries. Only the entries report them.

export class FaultlineError extends Error {
  override name = 'FaultlineError';
}

/** A report or log that cannot be read or parsed. Carries where, so the user can open the file at the spot. */
export class ParseError extends FaultlineError {
  override name = 'ParseError';
  constructor(
    readonly path: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  override toString(): string {
    const where =
      this.line === undefined ? '' : `:${this.line}${this.column === undefined ? '' : `:${this.column}`}`;
    return `${this.path}${where}: ${this.message}`;
  }
}

/** A bad input, flag or config entry. `field` names what to fix, e.g. `webhooks[2].url`. */
export class ConfigError extends FaultlineError {
  override name = 'ConfigError';
  constructor(
    readonly field: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${field}: ${message}`, options);
  }
}

/** A destination that did not accept a payload. The message never holds the URL or a secret. */
export class DeliveryError extends FaultlineError {
  override name = 'DeliveryError';
  constructor(
    readonly endpoint: string,
    message: string,
    readonly httpStatus?: number,
    options?: ErrorOptions,
  ) {
    super(`${endpoint}: ${message}`, options);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
