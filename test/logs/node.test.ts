import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeDetector } from '../../src/logs/runtimes/node.js';
import { isNodeFrameInApp, parseV8Frame } from '../../src/logs/runtimes/node-frames.js';
import { LogScanner, scanLogText } from '../../src/logs/scanner.js';
import type { ErrorInfo, FailureDraft } from '../../src/model.js';

// The logs are real Node output (test/fixtures/logs/node/generate.sh), made in this folder.
const workspace = '/tmp/faultline-fixtures/node/project';
const dir = 'test/fixtures/logs/node';
const cleanDir = 'test/fixtures/logs/clean';

function scan(file: string): FailureDraft[] {
  return scanLogText(readFileSync(file, 'utf8'), [nodeDetector], { path: file, workspace });
}

type AppFrame = [file: string | undefined, line: number | undefined, fn: string | undefined];
interface Expected {
  type?: string;
  message: string;
  frames: AppFrame[];
  causes?: Omit<Expected, 'causes' | 'line'>[];
  line: number;
}

function appFrames(error: ErrorInfo): AppFrame[] {
  return error.frames.filter((frame) => frame.inApp).map((frame) => [frame.file, frame.line, frame.function]);
}

function summary(error: ErrorInfo): Omit<Expected, 'line' | 'causes'> {
  return { ...(error.type ? { type: error.type } : {}), message: error.message, frames: appFrames(error) };
}

const typeError: Expected = {
  type: 'TypeError',
  message: "Cannot read properties of undefined (reading 'items')",
  frames: [
    ['uncaught-type-error.js', 4, 'total'],
    ['uncaught-type-error.js', 8, 'checkout'],
    ['uncaught-type-error.js', 11, 'Object.<anonymous>'],
  ],
  line: 1,
};
const connectError: Expected = {
  type: 'Error',
  message: 'connect refused on port 5432',
  frames: [
    ['extra-properties.js', 4, 'connect'],
    ['extra-properties.js', 10, 'Object.<anonymous>'],
  ],
  line: 1,
};
const rejectedValue: Expected = {
  type: 'UnhandledPromiseRejection',
  message:
    'This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "42".',
  frames: [],
  line: 1,
};
const mirror = (region: string): Omit<Expected, 'line'> => ({
  type: 'Error',
  message: `mirror ${region} is down`,
  frames: [
    ['aggregate-error.mjs', 3, 'fetchMirror'],
    ['aggregate-error.mjs', 7, 'download'],
    ['aggregate-error.mjs', 10, undefined],
  ],
});

// Node 20 and Node 24 print the same app frames; only Node's internal frames differ.
const byCase: Record<string, Expected> = {
  'uncaught-type-error': typeError,
  'unhandled-rejection': {
    type: 'RangeError',
    message: 'user 42 not found',
    frames: [
      ['unhandled-rejection.mjs', 4, 'loadUser'],
      ['unhandled-rejection.mjs', 8, 'main'],
    ],
    line: 1,
  },
  'rejection-non-error': rejectedValue,
  'cause-chain': {
    type: 'Error',
    message: 'server failed to start',
    frames: [
      ['cause-chain.js', 17, 'startServer'],
      ['cause-chain.js', 21, 'Object.<anonymous>'],
    ],
    causes: [
      {
        type: 'SyntaxError',
        message: `config ${workspace}/cause-chain.js is not valid`,
        frames: [
          ['cause-chain.js', 9, 'readConfig'],
          ['cause-chain.js', 15, 'startServer'],
        ],
      },
      {
        type: 'SyntaxError',
        message: `Unexpected token ''', "'use stric"... is not valid JSON`,
        frames: [
          ['cause-chain.js', 7, 'readConfig'],
          ['cause-chain.js', 15, 'startServer'],
          ['cause-chain.js', 21, 'Object.<anonymous>'],
        ],
      },
    ],
    line: 1,
  },
  'aggregate-error': {
    type: 'AggregateError',
    message: 'All promises were rejected',
    frames: [],
    causes: [mirror('eu'), mirror('us')],
    line: 1,
  },
  'extra-properties': connectError,
  'esm-missing-import': {
    type: 'Error',
    message: `Cannot find module '${workspace}/lib/missing-helper.mjs' imported from ${workspace}/esm-missing-import.mjs`,
    frames: [],
    line: 1,
  },
  'cjs-missing-require': {
    type: 'Error',
    message: "Cannot find module 'no-such-package'",
    frames: [['cjs-missing-require.js', 3, 'Object.<anonymous>']],
    line: 1,
  },
  // A thrown string has no type and no frames: the excerpt above it is the only location.
  'throw-string': { message: 'input is required', frames: [['throw-string.js', 4, undefined]], line: 2 },
  // The loader's frames hold the requiring line; the excerpt names the broken file.
  'syntax-error': {
    type: 'SyntaxError',
    message: "Unexpected token ','",
    frames: [
      ['lib/broken.js', 3, undefined],
      ['syntax-error.js', 3, 'Object.<anonymous>'],
    ],
    line: 1,
  },
  // The multi-line message pushes the excerpt out of the lines a detector may look back at,
  // so the report starts at the error line; "Node.js v" still marks it a crash.
  'assertion-error': {
    type: 'AssertionError',
    message: 'Expected values to be strictly deep-equal:',
    frames: [
      ['assertion-error.js', 6, 'check'],
      ['assertion-error.js', 9, 'Object.<anonymous>'],
    ],
    line: 5,
  },
  // The "Emitted 'error' event at:" frames are left out: they say where, not why.
  'unhandled-error-event': {
    type: 'Error',
    message: 'queue drained twice',
    frames: [
      ['unhandled-error-event.js', 7, 'drain'],
      ['unhandled-error-event.js', 10, 'Object.<anonymous>'],
    ],
    line: 1,
  },
  'custom-error-class': {
    type: 'PaymentDeclinedError',
    message: 'payment of 99.5 declined',
    frames: [
      ['custom-error-class.mjs', 11, 'charge'],
      ['custom-error-class.mjs', 15, 'placeOrder'],
      ['custom-error-class.mjs', 18, undefined],
    ],
    line: 1,
  },
  'error-without-stack': {
    type: 'Error',
    message: 'lock file is stale',
    frames: [['error-without-stack.js', 6, undefined]],
    line: 1,
  },
};

const crashLogs = readdirSync(dir).filter((file) => /\.node\d+\.log$/.test(file));

describe('nodeDetector on real Node crashes', () => {
  it('has a fixture for every case and every case in a fixture', () => {
    const cases = new Set(crashLogs.map((file) => file.replace(/\.node\d+\.log$/, '')));
    for (const name of Object.keys(byCase)) {
      expect(crashLogs).toContain(`${name}.node20.log`);
      expect(crashLogs).toContain(`${name}.node24.log`);
    }
    expect([...cases].filter((name) => !(name in byCase)).sort()).toEqual([
      'mixed-job',
      'test-runner-failure',
      'warn-rejection',
    ]);
  });

  for (const file of crashLogs.filter((name) => name.replace(/\.node\d+\.log$/, '') in byCase)) {
    it(`reads ${file}`, () => {
      const expected = byCase[file.replace(/\.node\d+\.log$/, '')];
      const failures = scan(`${dir}/${file}`);
      expect(failures).toHaveLength(1);
      const [failure] = failures;
      expect(failure).toMatchObject({ kind: 'runtime', runtime: 'node', source: { line: expected?.line } });
      const error = failure?.error as ErrorInfo;
      const { line: _line, causes, ...top } = expected as Expected;
      expect(summary(error)).toEqual(top);
      expect((error.causes ?? []).map(summary)).toEqual(causes ?? []);
      expect(error.stack).toContain(error.message);
    });
  }

  it('counts an unhandled rejection in warn mode, though the process goes on', () => {
    const failures = scan(`${dir}/warn-rejection.node20.log`);
    expect(failures.map((f) => [f.error.type, f.error.message, f.source.line])).toEqual([
      ['Error', 'late cleanup failed', 1],
    ]);
    expect(appFrames(failures[0]?.error as ErrorInfo)).toEqual([
      ['warn-rejection.js', 3, 'Object.<anonymous>'],
    ]);
  });

  it('ignores a failing node:test test: the runner prints it, the process does not crash', () => {
    expect(scan(`${dir}/test-runner-failure.node20.log`)).toEqual([]);
  });

  it('finds only the crash in a step that first logs errors on purpose', () => {
    const failures = scan(`${dir}/mixed-job.node20.log`);
    expect(failures.map((f) => [f.error.type, f.source.line])).toEqual([['TypeError', 74]]);
    expect(appFrames(failures[0]?.error as ErrorInfo)).toEqual(typeError.frames);
  });

  it('reads a GitHub Actions job log with timestamps, CRLF and Node colours', () => {
    const raw = readFileSync(`${dir}/extra-properties.actions.log`, 'utf8');
    expect(raw).toContain('\u001b[90m');
    const failures = scan(`${dir}/extra-properties.actions.log`);
    expect(failures).toHaveLength(1);
    const { line: _line, ...expected } = connectError;
    expect(summary(failures[0]?.error as ErrorInfo)).toEqual(expected);
    expect(failures[0]?.source.line).toBe(3);
  });

  it('gives the same result when the log comes in 7-byte chunks', () => {
    for (const file of [...crashLogs, 'extra-properties.actions.log']) {
      const bytes = readFileSync(`${dir}/${file}`);
      const scanner = new LogScanner([nodeDetector], { path: `${dir}/${file}`, workspace });
      for (let at = 0; at < bytes.length; at += 7) scanner.write(bytes.subarray(at, at + 7));
      expect(scanner.end()).toEqual(scan(`${dir}/${file}`));
    }
  });
});

describe('nodeDetector raises no false alarm', () => {
  const cleanLogs = readdirSync(cleanDir).filter((file) => file.startsWith('node-'));

  it('has clean Node logs', () => {
    expect(cleanLogs.sort()).toEqual([
      'node-console-error-node24.log',
      'node-console-error.log',
      'node-test-pass.log',
    ]);
  });

  for (const file of cleanLogs) {
    it(`finds nothing in ${file}`, () => {
      expect(scan(`${cleanDir}/${file}`)).toEqual([]);
    });
  }

  it('ignores a stack with no crash marker, and prose indented like a frame', () => {
    const log = [
      'Error: logged on purpose',
      '    at work (/app/job.js:3:9)',
      'done',
      '    at least 3 retries',
    ].join('\n');
    expect(scanLogText(log, [nodeDetector], { path: 'ci.log', workspace: '/app' })).toEqual([]);
  });
});

describe('V8 frames', () => {
  it('reads every V8 frame form', () => {
    const read = (line: string) => parseV8Frame(line, '/app');
    expect(read('    at total (/app/src/cart.js:4:15)')).toEqual({
      file: 'src/cart.js',
      line: 4,
      column: 15,
      function: 'total',
      inApp: true,
    });
    expect(read('    at async main (file:///app/my%20dir/main.mjs:8:3)')).toMatchObject({
      file: 'my dir/main.mjs',
      function: 'main',
      inApp: true,
    });
    expect(read('    at file:///app/main.mjs:10:7,')).toEqual({
      file: 'main.mjs',
      line: 10,
      column: 7,
      inApp: true,
    });
    expect(read('    at new Pool (/app/node_modules/pg/pool.js:5:1) {')).toMatchObject({
      function: 'new Pool',
      inApp: false,
    });
    expect(read('    at JSON.parse (<anonymous>)')).toEqual({ function: 'JSON.parse', inApp: false });
    expect(read('    at eval (eval at run (/app/x.js:3:9), <anonymous>:1:1)')).toMatchObject({
      file: '<anonymous>',
      inApp: false,
    });
    expect(read('\tat com.acme.Cart.total(Cart.java:12)')).toBeUndefined();
    expect(read('    at least 3 retries')).toBeUndefined();
  });

  it('keeps Node internals, dependencies and code with no file out of the app', () => {
    expect(isNodeFrameInApp({ file: 'node:internal/modules/cjs/loader' })).toBe(false);
    expect(isNodeFrameInApp({ file: 'internal/main/run_main_module.js' })).toBe(false);
    expect(isNodeFrameInApp({ file: 'node_modules/express/lib/router.js' })).toBe(false);
    expect(isNodeFrameInApp({ function: 'Array.map' })).toBe(false);
    expect(isNodeFrameInApp({ file: 'src/cart.js' })).toBe(true);
  });
});
