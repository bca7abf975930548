import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.v1.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

/** Validates a document against schemas/report.v1.json; returns Ajv's errors as text, or '' when valid. */
export function reportSchemaErrors(document: unknown): string {
  return validate(document) ? '' : JSON.stringify(validate.errors, null, 2);
}
