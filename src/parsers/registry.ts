import { cargoTestParser } from './cargo-test.js';
import { ctrfParser } from './ctrf.js';
import { goTestJsonParser } from './go-test-json.js';
import { jestJsonParser } from './jest-json.js';
import { junitParser } from './junit.js';
import { mochaJsonParser } from './mocha-json.js';
import { nunitParser } from './nunit.js';
import type { ReportParser } from './parser.js';
import { playwrightJsonParser } from './playwright-json.js';
import { rspecJsonParser } from './rspec-json.js';
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
  playwrightJsonParser,
  rspecJsonParser,
  mochaJsonParser,
  // CTRF is known by results with a tool when an old writer left out reportFormat: the
  // loosest JSON sniff, so after the other JSON formats.
  ctrfParser,
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
