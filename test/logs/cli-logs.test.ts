import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/entries/cli.js';
import type { Report } from '../../src/model.js';
import { cli } from '../helpers/cli.js';
import { reportSchemaErrors } from '../helpers/schema.js';

// A real CPython traceback, as `python3 app.py` prints it (the runtime fixtures hold many more).
const TRACEBACK = `Traceback (most recent call last):
  File "/w/app.py", line 9, in <module>
    main()
  File "/w/app.py", line 6, in main
    return int(port)
           ^^^^^^^^^
ValueError: invalid literal for int() with base 10: 'abc'
`;

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'faultline-logs-'));
}

describe('logs as sources', () => {
  it('parse --logs finds runtime errors in log files, listed as log sources, in a valid report', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'build.log'), `starting\n${TRACEBACK}done\n`);
    const result = await cli(['parse', '--logs', 'build.log', '--json'], dir, { GITHUB_WORKSPACE: '/w' });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(reportSchemaErrors(report)).toBe('');
    expect(report.sources).toEqual([{ path: 'build.log', format: 'log' }]);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({
      kind: 'runtime',
      runtime: 'python',
      error: { type: 'ValueError' },
      source: { path: 'build.log', line: 2 },
    });
    expect(report.failures[0]?.error.frames[0]).toMatchObject({ file: 'app.py', line: 6, function: 'main' });
  });

  it('reads a log from stdin with --stdin', async () => {
    let stdout = '';
    const code = await runCli(['parse', '--stdin', '--json'], {
      env: {},
      cwd: folder(),
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      fetch: globalThis.fetch,
      stdin: Readable.from([Buffer.from(TRACEBACK.slice(0, 40)), Buffer.from(TRACEBACK.slice(40))]),
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.sources).toEqual([{ path: 'stdin', format: 'log' }]);
    expect(report.failures.map((failure) => failure.error.type)).toEqual(['ValueError']);
  });

  it('applies in-app overrides from faultline.yml', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'build.log'), TRACEBACK);
    writeFileSync(join(dir, 'faultline.yml'), 'in-app:\n  exclude: ["app.py"]\n');
    const result = await cli(['parse', '--logs', 'build.log', '--json', '--config', 'faultline.yml'], dir, {
      GITHUB_WORKSPACE: '/w',
    });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.failures[0]?.error.frames.every((frame) => !frame.inApp)).toBe(true);
  });

  it('applies the same in-app overrides to report files', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'junit.xml'),
      readFileSync(new URL('../../examples/reports/vitest-junit.xml', import.meta.url)),
    );
    writeFileSync(join(dir, 'faultline.yml'), 'in-app:\n  exclude: ["src/**"]\n');
    const plain = JSON.parse((await cli(['parse', 'junit.xml', '--json'], dir)).stdout) as Report;
    const fixed = JSON.parse(
      (await cli(['parse', 'junit.xml', '--json', '--config', 'faultline.yml'], dir)).stdout,
    ) as Report;
    const srcFrames = (report: Report) =>
      report.failures
        .flatMap((failure) => failure.error.frames)
        .filter((frame) => frame.file?.startsWith('src/'));
    expect(srcFrames(plain).some((frame) => frame.inApp)).toBe(true);
    expect(srcFrames(fixed).length).toBeGreaterThan(0);
    expect(srcFrames(fixed).every((frame) => !frame.inApp)).toBe(true);
  });

  it('lists a missing log as a skipped source and exits 3', async () => {
    const result = await cli(['parse', '--logs', 'nope.log', '--json'], folder());
    expect(result.code).toBe(3);
    expect((JSON.parse(result.stdout) as Report).sources).toEqual([
      { path: 'nope.log', error: { message: 'no such file' } },
    ]);
  });
});

describe('faultline run', () => {
  it('passes the output through, triages a failing command on stderr and keeps its exit code', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'app.py'), 'def main():\n    raise KeyError("port")\n\nmain()\n');
    const result = await cli(['run', '--', 'python3', 'app.py'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('KeyError');
    expect(result.stderr).toMatch(/runtime error in output of python3 app\.py/);
    expect(result.stdout).toBe('');
  });

  it('writes the --json report to stderr too, also where the CLI writes bytes', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'app.py'), 'def main():\n    raise KeyError("port")\n\nmain()\n');
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const code = await runCli(['run', '--json', '--', 'python3', 'app.py'], {
      env: {},
      cwd: dir,
      stdout: (text) => void out.push(Buffer.from(text)),
      stderr: (text) => void err.push(Buffer.from(text)),
      stdoutBytes: (chunk) => void out.push(Buffer.from(chunk)),
      stderrBytes: (chunk) => void err.push(Buffer.from(chunk)),
      fetch: globalThis.fetch,
    });
    expect(code).toBe(1);
    expect(Buffer.concat(out).toString()).toBe('');
    const stderr = Buffer.concat(err).toString();
    const report = JSON.parse(stderr.slice(stderr.indexOf('{\n  "schema"'))) as Report;
    expect(report.failures[0]?.error.type).toBe('KeyError');
  });

  it('does nothing more for a command that succeeds', async () => {
    const result = await cli(['run', '--', 'node', '-e', 'console.log("fine")'], folder());
    expect(result).toEqual({ code: 0, stdout: 'fine\n', stderr: '' });
  });

  it('reports a command that cannot start with exit 127, as a shell would', async () => {
    const result = await cli(['run', '--', 'no-such-program-faultline'], folder());
    expect(result.code).toBe(127);
    expect(result.stderr).toContain('cannot run no-such-program-faultline');
  });

  it('refuses run without a command, and a command after -- for other commands', async () => {
    expect((await cli(['run'], folder())).code).toBe(2);
    expect((await cli(['parse', 'x.xml', '--', 'ls'], folder())).code).toBe(2);
  });
});
