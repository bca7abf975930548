// Bundles the two entries with ncc into the committed dist/: dist/index.js (the action)
// and dist/cli.js (the faultline bin). CI rebuilds and fails if dist/ differs.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const entries = [
  { source: 'src/action.ts', target: 'dist/index.js' },
  { source: 'src/cli.ts', target: 'dist/cli.js', executable: true },
];

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const entry of entries) {
  const out = mkdtempSync(join(tmpdir(), 'faultline-build-'));
  execFileSync(
    'npx',
    ['ncc', 'build', entry.source, '-o', out, '--target', 'es2022', '--license', 'licenses.txt', '--quiet'],
    {
      stdio: 'inherit',
    },
  );
  let code = readFileSync(join(out, 'index.js'), 'utf8');
  if (entry.executable && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(entry.target, code);
  if (entry.executable) chmodSync(entry.target, 0o755);
  copyFileSync(join(out, 'licenses.txt'), entry.target.replace(/\.js$/, '.licenses.txt'));
  rmSync(out, { recursive: true, force: true });
}
// package.json type=module covers dist/, but say it here too so dist/ runs if copied alone.
writeFileSync('dist/package.json', '{ "type": "module" }\n');
console.log(`built ${entries.map((entry) => entry.target).join(', ')}`);
