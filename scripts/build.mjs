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

// `chunks` names the entry's chunks (modules it loads on first use): each build numbers its
// modules its own way, so two entries' chunk 146 are different files and must not share a name.
const entries = [
  { source: 'src/action.ts', target: 'dist/index.js', chunks: 'action' },
  // The faultline bin is a small launcher (below) in front of this bundle.
  { source: 'src/cli.ts', target: 'dist/cli-bundle.js', chunks: 'cli' },
  // Report parsing runs in a worker thread, loaded from beside the entry (see src/parse.ts).
  { source: 'src/parse-worker.ts', target: 'dist/parse-worker.js', chunks: 'worker' },
];
// How webpack's runtime in each bundle names a chunk it loads.
const CHUNK_NAME = 'return "" + chunkId + ".index.js";';

function renameChunks(code, suffix) {
  const uses = code.split(CHUNK_NAME).length - 1;
  if (uses === 0) return code;
  if (uses !== 1) throw new Error(`the bundle names chunks in ${uses} places; expected one`);
  return code.replace(CHUNK_NAME, `return "" + chunkId + ".${suffix}.js";`);
}
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
  writeFileSync(entry.target, renameChunks(readFileSync(join(out, 'index.js'), 'utf8'), entry.chunks));
  copyFileSync(join(out, 'licenses.txt'), entry.target.replace(/\.js$/, '.licenses.txt'));
  for (const chunk of readdirSync(out).filter((name) => /^\d+\.index\.js$/.test(name))) {
    const text = readFileSync(join(out, chunk), 'utf8');
    const target = join('dist', chunk.replace('.index.js', `.${entry.chunks}.js`));
    writeFileSync(target, text.includes('__dirname') ? `${DIRNAME_SHIM}${text}` : text);
  }
  rmSync(out, { recursive: true, force: true });
}
for (const asset of ASSETS) copyFileSync(asset, join('dist', basename(asset)));
// Node 22+ keeps compiled code in its compile cache (a folder in the OS temp dir) once asked to,
// and the next run starts 30 to 40 ms sooner. It must be asked before the bundle is loaded, so
// the bin is this launcher. NODE_DISABLE_COMPILE_CACHE=1 turns the cache off; Node 20 has none.
writeFileSync(
  'dist/cli.js',
  "#!/usr/bin/env node\nimport module from 'node:module';\n\nmodule.enableCompileCache?.();\nawait import('./cli-bundle.js');\n",
);
chmodSync('dist/cli.js', 0o755);
// package.json type=module covers dist/, but say it here too so dist/ runs if copied alone.
writeFileSync('dist/package.json', '{ "type": "module" }\n');
console.log(`built ${entries.map((entry) => entry.target).join(', ')} and the dist/cli.js launcher`);
