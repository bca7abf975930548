// Writes the README's inputs and outputs tables from action.yml, the one source of truth.
// `--check` changes nothing and exits 1 when the README is stale (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cellText = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

const inputs = [
  '| input | description | default |',
  '|---|---|---|',
  ...Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cellText(spec.description)} | ${spec.default ? `\`${cellText(spec.default)}\`` : ''} |`,
  ),
].join('\n');
const outputs = [
  '| output | description |',
  '|---|---|',
  ...Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cellText(spec.description)} |`,
  ),
].join('\n');

function replaceBlock(text, name, body) {
  const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`);
  if (!pattern.test(text))
    throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  return text.replace(pattern, `$1${body}$2`);
}

const current = readFileSync('README.md', 'utf8');
const next = replaceBlock(replaceBlock(current, 'inputs', inputs), 'outputs', outputs);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md inputs/outputs tables are stale: run `npm run docs` and commit.');
    process.exit(1);
  }
  console.log('README.md tables match action.yml');
} else {
  writeFileSync('README.md', next);
  console.log('README.md tables written from action.yml');
}
