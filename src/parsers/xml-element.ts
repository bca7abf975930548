/**
 * A start tag as a reader sees it. Attribute values are decoded only when asked for: most tags
 * in a big report (passing test cases, properties) are read for one value or for none.
 */
export interface XmlElement {
  readonly name: string;
  readonly selfClosing: boolean;
  /** One attribute's value, or undefined when the tag has none of that name. */
  attribute(name: string): string | undefined;
  /**
   * An attribute written as plain decimal digits with an optional fraction ("12", "0.015"), as
   * the number Number() reads from it; undefined when absent or written any other way.
   */
  decimal(name: string): number | undefined;
  /** Every attribute, decoded, as a plain object. */
  attributes(): Readonly<Record<string, string>>;
  /** This element as it is now, still readable after the open event (the tokenizer reuses it). */
  keep(): XmlElement;
}

/** An element whose attributes were decoded when it was read: tags with references or odd spacing. */
export class DecodedElement implements XmlElement {
  constructor(
    readonly name: string,
    private readonly values: Readonly<Record<string, string>>,
    readonly selfClosing: boolean,
  ) {}

  attribute(name: string): string | undefined {
    return Object.hasOwn(this.values, name) ? this.values[name] : undefined;
  }

  decimal(name: string): number | undefined {
    const value = this.attribute(name);
    return value !== undefined && PLAIN_DECIMAL.test(value) ? Number(value) : undefined;
  }

  attributes(): Readonly<Record<string, string>> {
    return this.values;
  }

  keep(): XmlElement {
    return this;
  }
}

/** What decimal() reads from a decoded value: digits with an optional fraction, as Number() would. */
export const PLAIN_DECIMAL = /^[0-9]{1,15}(?:\.[0-9]{1,15})?$/;
