import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validate = ajv.compile(load('report.v1.json'));
const validateWebhook = ajv.compile(load('webhook-generic.v1.json'));

/** Validates a generic webhook body against schemas/webhook-generic.v1.json; '' when valid. */
export function webhookSchemaErrors(document: unknown): string {
  return validateWebhook(document) ? '' : JSON.stringify(validateWebhook.errors, null, 2);
}

/** Validates a document against schemas/report.v1.json; returns Ajv's errors as text, or '' when valid. */
export function reportSchemaErrors(document: unknown): string {
  return validate(document) ? '' : JSON.stringify(validate.errors, null, 2);
}
