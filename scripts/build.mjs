// Bundles the two entries with ncc into the committed dist/: dist/index.js (the action)
// and dist/cli.js (the faultline bin). CI rebuilds and fails if dist/ differs.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const entries = [
  { source: 'src/action.ts', target: 'dist/index.js' },
  { source: 'src/cli.ts', target: 'dist/cli.js', executable: true },
  // Report parsing runs in a worker thread, loaded from beside the entry (see src/parse.ts).
  { source: 'src/parse-worker.ts', target: 'dist/parse-worker.js' },
];
// faultline serve's SQLite is WebAssembly: ncc splits it into a chunk loaded on first use,
// which finds its .wasm beside itself through CommonJS's __dirname. Chunks are ES modules, where
// __dirname does not exist, so each chunk gets one made from import.meta.url.
const DIRNAME_SHIM =
  "import { fileURLToPath as __faultlineFileURLToPath } from 'node:url';\n" +
  "const __dirname = __faultlineFileURLToPath(new URL('.', import.meta.url));\n";
const ASSETS = ['node_modules/node-sqlite3-wasm/dist/node-sqlite3-wasm.wasm'];

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
  for (const chunk of readdirSync(out).filter((name) => /^\d+\.index\.js$/.test(name))) {
    const text = readFileSync(join(out, chunk), 'utf8');
    writeFileSync(join('dist', chunk), text.includes('__dirname') ? `${DIRNAME_SHIM}${text}` : text);
  }
  rmSync(out, { recursive: true, force: true });
}
for (const asset of ASSETS) copyFileSync(asset, join('dist', basename(asset)));
// package.json type=module covers dist/, but say it here too so dist/ runs if copied alone.
writeFileSync('dist/package.json', '{ "type": "module" }\n');
console.log(`built ${entries.map((entry) => entry.target).join(', ')}`);
