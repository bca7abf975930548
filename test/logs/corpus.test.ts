import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logDetectors } from '../../src/logs/registry.js';
import { scanLogText } from '../../src/logs/scanner.js';

// The whole registry at once, over every captured log: clean output from real tools yields
// nothing, and each runtime's crashes are claimed by that runtime alone.
const root = new URL('../fixtures/logs/', import.meta.url).pathname;
const options = { path: 'ci.log', workspace: '/tmp/faultline-fixtures' };

function logsIn(folder: string): string[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.log') && statSync(join(root, folder, name)).isFile())
    .map((name) => join(folder, name));
}

describe('the clean-log corpus', () => {
  const clean = logsIn('clean');

  it('holds real output of every runtime’s tools', () => {
    const runtimes = new Set(clean.map((path) => /^clean\/([a-z]+)-/.exec(path)?.[1]));
    for (const detector of logDetectors) expect(runtimes, detector.runtime).toContain(detector.runtime);
  });

  it.each(clean)('%s yields no runtime error', (path) => {
    const found = scanLogText(readFileSync(join(root, path), 'utf8'), logDetectors, options);
    expect(
      found.map((failure) => `${failure.runtime}: ${failure.error.type}: ${failure.error.message}`),
    ).toEqual([]);
  });
});

describe('no cross-talk between runtimes', () => {
  const runtimes = readdirSync(root).filter(
    (name) => name !== 'clean' && statSync(join(root, name)).isDirectory(),
  );

  it.each(runtimes)('every error in %s logs is claimed by that runtime', (runtime) => {
    let total = 0;
    for (const path of logsIn(runtime)) {
      const found = scanLogText(readFileSync(join(root, path), 'utf8'), logDetectors, options);
      total += found.length;
      expect(
        found.filter((failure) => failure.runtime !== runtime).map((f) => `${path}: ${f.runtime}`),
      ).toEqual([]);
    }
    expect(total).toBeGreaterThan(0);
  });
});
