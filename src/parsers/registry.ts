import { cargoTestParser } from './cargo-test.js';
import { goTestJsonParser } from './go-test-json.js';
import { jestJsonParser } from './jest-json.js';
import { junitParser } from './junit.js';
import { nunitParser } from './nunit.js';
import type { ReportParser } from './parser.js';
import { tapParser } from './tap.js';
import { trxParser } from './trx.js';
import { xunitParser } from './xunit.js';

// Sniffing tries parsers in this order; put the most specific formats first.
const parsers: readonly ReportParser[] = [
  junitParser,
  trxParser,
  nunitParser,
  xunitParser,
  jestJsonParser,
  goTestJsonParser,
  tapParser,
  cargoTestParser,
];

export function formatNames(): string[] {
  return parsers.map((parser) => parser.format);
}

export function parserByFormat(format: string): ReportParser | undefined {
  return parsers.find((parser) => parser.format === format);
}

export function detectParser(head: string): ReportParser | undefined {
  return parsers.find((parser) => parser.sniff(head));
}
