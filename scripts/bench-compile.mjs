// The TypeScript sources compiled by tsc, module by module, for the benchmarks that time one stage
// of the pipeline on its own (fingerprinting, the JUnit parser) rather than the bundled CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Compiles src/ into node_modules/.cache/faultline-bench and returns that folder. */
export function compileSources(repo) {
  const out = join(repo, 'node_modules/.cache/faultline-bench');
  mkdirSync(out, { recursive: true });
  execFileSync(
    process.execPath,
    [join(repo, 'node_modules/typescript/bin/tsc'), '-p', repo, '--noEmit', 'false', '--outDir', out],
    { stdio: 'inherit' },
  );
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return out;
}
