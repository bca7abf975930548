import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logDetectors } from '../../src/logs/registry.js';
import { pythonDetector } from '../../src/logs/runtimes/python.js';
import { isPythonAppFile } from '../../src/logs/runtimes/python-traceback.js';
import { LogScanner, scanLogText } from '../../src/logs/scanner.js';
import type { ErrorInfo } from '../../src/model.js';

// The fixtures are the real output of Debian's python3 3.11 and pytest 7.2, made in a fixed
// folder by test/fixtures/logs/python/generate.sh; that folder is the workspace here.
const workspace = '/tmp/faultline-fixtures/python';
const fixtures = new URL('../fixtures/logs/python/', import.meta.url);
const cleanFolder = new URL('../fixtures/logs/clean/', import.meta.url);
const logs = readdirSync(fixtures).filter((name) => name.endsWith('.log'));
const cleanLogs = readdirSync(cleanFolder).filter((name) => name.startsWith('python-'));

function read(name: string, folder = fixtures): string {
  return readFileSync(new URL(name, folder), 'utf8');
}

function scan(name: string, folder = fixtures) {
  return scanLogText(read(name, folder), [pythonDetector], { path: name, workspace });
}

/** The one failure a log holds, after checking it holds exactly one. */
function only(name: string) {
  const failures = scan(name);
  expect(failures).toHaveLength(1);
  const [failure] = failures;
  if (!failure) throw new Error(`no failure in ${name}`);
  expect(failure).toMatchObject({ kind: 'runtime', runtime: 'python', flaky: false, source: { path: name } });
  return failure;
}

function appFrames(error: ErrorInfo) {
  return error.frames.filter((frame) => frame.inApp).map((frame) => [frame.file, frame.line, frame.function]);
}

function summary(error: ErrorInfo) {
  return { type: error.type, message: error.message, app: appFrames(error) };
}

describe('python: uncaught exceptions', () => {
  it('plain.log: the last line names the error; stdlib frames are not app code', () => {
    const failure = only('plain.log');
    expect(failure.source.line).toBe(2);
    expect(read('plain.log').split('\n')[1]).toBe('Traceback (most recent call last):');
    expect(failure.error.type).toBe('json.decoder.JSONDecodeError');
    expect(failure.error.message).toBe(
      'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)',
    );
    expect(
      failure.error.frames.map((frame) => [frame.file, frame.line, frame.function, frame.inApp]),
    ).toEqual([
      ['/usr/lib/python3.11/json/decoder.py', 353, 'raw_decode', false],
      ['/usr/lib/python3.11/json/decoder.py', 337, 'decode', false],
      ['/usr/lib/python3.11/json/__init__.py', 346, 'loads', false],
      ['app/config.py', 6, 'load_settings', true],
      ['plain.py', 5, '<module>', true],
    ]);
    expect(failure.error.causes).toBeUndefined();
    expect(failure.error.stack?.split('\n')).toHaveLength(16);
  });

  it('chained-context.log: "During handling" makes the first exception the cause', () => {
    const failure = only('chained-context.log');
    expect(failure.source.line).toBe(1);
    expect(summary(failure.error)).toEqual({
      type: 'RuntimeError',
      message: 'no port configured',
      app: [
        ['chained_context.py', 9, 'start'],
        ['chained_context.py', 12, '<module>'],
      ],
    });
    expect(failure.error.causes?.map(summary)).toEqual([
      {
        type: 'KeyError',
        message: "'port'",
        app: [
          ['app/config.py', 10, 'read_port'],
          ['chained_context.py', 7, 'start'],
        ],
      },
    ]);
  });

  it('chained-cause.log: "direct cause" chains are listed nearest first', () => {
    const failure = only('chained-cause.log');
    expect(failure.source.line).toBe(1);
    expect(summary(failure.error)).toEqual({
      type: 'StartupError',
      message: 'cannot boot the service',
      app: [
        ['chained_cause.py', 25, 'boot'],
        ['chained_cause.py', 28, '<module>'],
      ],
    });
    expect(failure.error.causes?.map(summary)).toEqual([
      {
        type: 'ConfigError',
        message: "bad port 'eighty'",
        app: [
          ['chained_cause.py', 18, 'read_config'],
          ['chained_cause.py', 23, 'boot'],
        ],
      },
      {
        type: 'ValueError',
        message: "invalid literal for int() with base 10: 'eighty'",
        app: [
          ['chained_cause.py', 11, 'parse_port'],
          ['chained_cause.py', 16, 'read_config'],
        ],
      },
    ]);
  });

  it('keyboard-interrupt.log: an exception line without a message', () => {
    const failure = only('keyboard-interrupt.log');
    expect(summary(failure.error)).toEqual({
      type: 'KeyboardInterrupt',
      message: '',
      app: [
        ['keyboard_interrupt.py', 8, 'wait_for_jobs'],
        ['keyboard_interrupt.py', 12, '<module>'],
      ],
    });
    expect(failure.source.line).toBe(1);
  });

  it('thread-crash.log: a dead worker thread is reported; the line after it is not taken', () => {
    const failure = only('thread-crash.log');
    expect(failure.source.line).toBe(2);
    expect(summary(failure.error)).toEqual({
      type: 'PermissionError',
      message: 'cannot write /data',
      app: [['thread_crash.py', 6, 'work']],
    });
    expect(failure.error.frames.filter((frame) => !frame.inApp).map((frame) => frame.function)).toEqual([
      'run',
      '_bootstrap_inner',
    ]);
    expect(failure.error.stack).not.toContain('main thread done');
  });
});

describe('python: syntax errors', () => {
  it('syntax-error.log: the caret block alone; its location is the frame', () => {
    const failure = only('syntax-error.log');
    expect(failure.source.line).toBe(1);
    expect(failure.error.type).toBe('SyntaxError');
    expect(failure.error.message).toBe("'(' was never closed");
    expect(failure.error.frames).toEqual([{ file: 'syntax_error.py', line: 2, inApp: true }]);
  });

  it('syntax-error-import.log: the module that does not compile is the innermost frame', () => {
    const failure = only('syntax-error-import.log');
    expect(failure.source.line).toBe(1);
    expect(failure.error.type).toBe('IndentationError');
    expect(failure.error.message).toBe('unindent does not match any outer indentation level');
    expect(failure.error.frames).toEqual([
      { file: 'app/broken.py', line: 3, inApp: true },
      { file: 'syntax_error_import.py', line: 2, function: '<module>', inApp: true },
    ]);
  });
});

describe('python: exception groups (3.11)', () => {
  it('exception-group.log: the group is the error, its members (nested too) the causes', () => {
    const failure = only('exception-group.log');
    expect(failure.source.line).toBe(1);
    expect(summary(failure.error)).toEqual({
      type: 'ExceptionGroup',
      message: 'batch failed (3 sub-exceptions)',
      app: [
        ['exception_group.py', 19, 'run'],
        ['exception_group.py', 22, '<module>'],
      ],
    });
    expect(failure.error.causes?.map(summary)).toEqual([
      {
        type: 'TypeError',
        message: 'type problem',
        app: [
          ['exception_group.py', 8, 'check'],
          ['exception_group.py', 15, 'run'],
        ],
      },
      {
        type: 'ValueError',
        message: 'bad item 2',
        app: [
          ['exception_group.py', 4, 'check'],
          ['exception_group.py', 15, 'run'],
        ],
      },
      { type: 'ExceptionGroup', message: 'inner (1 sub-exception)', app: [] },
      { type: 'OSError', message: 'disk full', app: [] },
    ]);
  });

  it('task-group.log: asyncio.TaskGroup wraps the failed task, whose frames are kept', () => {
    const failure = only('task-group.log');
    expect(summary(failure.error)).toEqual({
      type: 'ExceptionGroup',
      message: 'unhandled errors in a TaskGroup (1 sub-exception)',
      app: [
        ['task_group.py', 11, 'main'],
        ['task_group.py', 15, '<module>'],
      ],
    });
    expect(failure.error.frames[0]).toEqual({
      file: '/usr/lib/python3.11/asyncio/taskgroups.py',
      line: 133,
      function: '__aexit__',
      inApp: false,
    });
    expect(failure.error.causes?.map(summary)).toEqual([
      { type: 'ConnectionError', message: 'job 1 lost', app: [['task_group.py', 7, 'fetch']] },
    ]);
  });
});

describe('python: what is not an uncaught exception', () => {
  it.each(['pytest-native-tb.log', 'pytest-failures.log'])(
    '%s: failing tests come from the report',
    (name) => {
      expect(read(name)).toContain('FAILED tests/test_retry.py::test_fails_with_error');
      expect(scan(name)).toEqual([]);
    },
  );

  it.each(cleanLogs)('clean/%s: no failure', (name) => {
    expect(scan(name, cleanFolder)).toEqual([]);
  });

  it('finds a clean log of each kind', () => {
    expect(cleanLogs.sort()).toEqual([
      'python-compileall.log',
      'python-logged-tracebacks.log',
      'python-pytest-pass.log',
    ]);
  });

  it('a header with no frames or no exception line is not a traceback', () => {
    const log = [
      'Traceback (most recent call last):',
      'done',
      'Traceback (most recent call last):',
      '  File "a.py", line 1, in f',
    ];
    expect(scanLogText(log.join('\n'), [pythonDetector], { path: 'x.log', workspace })).toEqual([]);
  });
});

describe('python: framing and streaming', () => {
  it('github-actions.log: timestamps, ##[group] lines and pytest colours around a traceback', () => {
    const failures = scan('github-actions.log');
    expect(failures).toHaveLength(1);
    const plain = only('chained-cause.log');
    expect(failures[0]?.source.line).toBe(19);
    expect(failures[0]?.error).toEqual(plain.error);
  });

  it('lines prefixed by a container name (docker compose) are read with the prefix removed', () => {
    const lines = read('chained-context.log').trimEnd().split('\n');
    const log = ['web-1  | starting', ...lines.map((line) => `web-1  | ${line}`), 'web-1 exited with code 1'];
    const [failure] = scanLogText(log.join('\n'), [pythonDetector], { path: 'x.log', workspace });
    expect(failure?.source.line).toBe(2);
    expect(failure && summary(failure.error)).toEqual(summary(only('chained-context.log').error));
  });

  it.each(logs)('%s: 7-byte chunks give the same result as the whole log', (name) => {
    const scanner = new LogScanner([pythonDetector], { path: name, workspace });
    const bytes = Buffer.from(read(name));
    for (let at = 0; at < bytes.length; at += 7) scanner.write(bytes.subarray(at, at + 7));
    expect(scanner.end()).toEqual(scan(name));
  });

  it.each(logs)('%s: every registered detector together finds the same', (name) => {
    expect(scanLogText(read(name), logDetectors, { path: name, workspace })).toEqual(scan(name));
  });
});

describe('isPythonAppFile', () => {
  it.each([
    ['app/orders.py', true],
    ['<string>', true],
    ['/usr/lib/python3.11/json/decoder.py', false],
    ['/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py', false],
    ['.venv/lib/python3.12/site-packages/requests/api.py', false],
    ['/usr/lib/python3/dist-packages/yaml/__init__.py', false],
    ['C:\\hostedtoolcache\\windows\\Python\\3.11.9\\x64\\Lib\\json\\decoder.py', false],
    ['<frozen importlib._bootstrap>', false],
  ])('%s → %s', (file, expected) => {
    expect(isPythonAppFile(file)).toBe(expected);
  });
});

describe('python: what stands above a traceback', () => {
  const crash = (above: string) =>
    `${above}\nTraceback (most recent call last):\n  File "/w/cli.py", line 3, in <module>\n    main()\nValueError: bad port\n`;

  it('reports a crash below another tool’s INFO or WARN line', () => {
    for (const above of [
      '[INFO] Compiling 113 source files',
      '[WARN] 2024-05-01T09:32:28.000Z request id=1',
      'INFO:app:started',
    ]) {
      expect(
        scanLogText(crash(above), [pythonDetector], { path: 'ci.log', workspace: '/w' }),
        above,
      ).toHaveLength(1);
    }
  });

  it('does not report a traceback that logging.exception() printed', () => {
    for (const above of [
      'ERROR:app:retrying',
      '2024-05-01 08:00:00,123 ERROR app retrying',
      '[ERROR] retrying',
    ]) {
      expect(scanLogText(crash(above), [pythonDetector], { path: 'ci.log', workspace: '/w' }), above).toEqual(
        [],
      );
    }
  });
});

describe('python: interleaved output of parallel processes', () => {
  it('reads two docker compose services’ tracebacks apart', () => {
    const log = [
      'web-1     | Traceback (most recent call last):',
      'worker-1  | INFO processing job 7',
      'web-1     |   File "/app/web.py", line 3, in <module>',
      'web-1     |     main()',
      'worker-1  | Traceback (most recent call last):',
      'web-1     |   File "/app/web.py", line 2, in main',
      'worker-1  |   File "/app/worker.py", line 9, in <module>',
      'web-1     |     raise ValueError("bad port")',
      'worker-1  |     run()',
      'web-1     | ValueError: bad port',
      'worker-1  |   File "/app/worker.py", line 5, in run',
      'worker-1  |     raise KeyError("job")',
      "worker-1  | KeyError: 'job'",
    ].join('\n');
    const found = scanLogText(log, logDetectors, { path: 'compose.log', workspace: '/app' });
    expect(found.map((failure) => [failure.source.line, summary(failure.error)])).toEqual([
      [
        1,
        {
          type: 'ValueError',
          message: 'bad port',
          app: [
            ['web.py', 2, 'main'],
            ['web.py', 3, '<module>'],
          ],
        },
      ],
      [
        5,
        {
          type: 'KeyError',
          message: "'job'",
          app: [
            ['worker.py', 5, 'run'],
            ['worker.py', 9, '<module>'],
          ],
        },
      ],
    ]);
  });
});
