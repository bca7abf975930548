import { describe, expect, it } from 'vitest';
import { phpDetector } from '../../src/logs/runtimes/php.js';
import { isPhpAppFile } from '../../src/logs/runtimes/php-report.js';
import { runtimeFixtures, errorSummary as summary } from './runtime-fixtures.js';

// The fixtures are the real output of Debian's php-cli 8.2 and phpunit 9.6, made in a fixed
// folder by test/fixtures/logs/php/generate.sh; that folder is the workspace here.
const workspace = '/tmp/faultline-fixtures/php';
const { logs, cleanLogs, read, scanText, only, expectChunkedSame, expectRegistrySame } = runtimeFixtures(
  'php',
  phpDetector,
  workspace,
);

describe('php: uncaught exceptions', () => {
  it('uncaught.log: thrown in vendor/, each frame named by the call on the line below it', () => {
    const failure = only('uncaught.log');
    expect(failure.source.line).toBe(2);
    expect(failure.error.type).toBe('RuntimeException');
    expect(failure.error.message).toBe('connection refused: http://prices.local/a1');
    expect(
      failure.error.frames.map((frame) => [frame.file, frame.line, frame.function, frame.inApp]),
    ).toEqual([
      ['vendor/acme/http/src/Client.php', 9, 'Acme\\Http\\Client->get', false],
      ['src/Catalog.php', 17, 'Shop\\Catalog->price', true],
      ['src/Catalog.php', 12, 'Shop\\Catalog->Shop\\{closure}', true],
      [undefined, undefined, 'array_map', false],
      ['src/Catalog.php', 12, 'Shop\\Catalog->prices', true],
      ['uncaught.php', 7, '{main}', true],
    ]);
    expect(failure.error.stack?.split('\n').at(-1)).toBe(
      '  thrown in /tmp/faultline-fixtures/php/vendor/acme/http/src/Client.php on line 9',
    );
  });

  it('chained.log: the exception printed last ("Next") went uncaught; its previous is the cause', () => {
    const failure = only('chained.log');
    expect(failure.source.line).toBe(1);
    expect(summary(failure.error)).toEqual({
      type: 'Shop\\StartupError',
      message: 'cannot boot the service',
      app: [
        ['chained.php', 20, 'Shop\\boot'],
        ['chained.php', 24, '{main}'],
      ],
    });
    expect(failure.error.causes?.map(summary)).toEqual([
      {
        type: 'InvalidArgumentException',
        message: "bad port 'eighty'",
        app: [
          ['chained.php', 10, 'Shop\\readPort'],
          ['chained.php', 18, 'Shop\\boot'],
          ['chained.php', 24, '{main}'],
        ],
      },
    ]);
  });

  it('type-error.log: a TypeError whose message names two places', () => {
    const failure = only('type-error.log');
    expect(failure.error.type).toBe('TypeError');
    expect(failure.error.message).toMatch(
      /^discount\(\): Argument #1 \(\$percent\) must be of type int, string given/,
    );
    expect(summary(failure.error).app).toEqual([
      ['type_error.php', 5, 'discount'],
      ['type_error.php', 12, 'checkout'],
      ['type_error.php', 15, '{main}'],
    ]);
  });

  it('empty-message.log: an exception without a message', () => {
    const failure = only('empty-message.log');
    expect(summary(failure.error)).toEqual({
      type: 'UnderflowException',
      message: '',
      app: [
        ['empty_message.php', 7, 'Queue->pop'],
        ['empty_message.php', 11, '{main}'],
      ],
    });
  });

  it('display-and-log.log: the displayed copy after the logged report is the same failure', () => {
    const failure = only('display-and-log.log');
    expect(failure.source.line).toBe(1);
    expect(failure.error).toEqual(only('chained.log').error);
  });
});

describe('php: plain fatal and parse errors', () => {
  it.each([
    [
      'memory.log',
      'Fatal error',
      'Allowed memory size of 16777216 bytes exhausted (tried to allocate 2097152 bytes)',
      'memory.php',
      7,
    ],
    [
      'parse-error.log',
      'Parse error',
      'syntax error, unexpected token "}", expecting ";"',
      'parse_error.php',
      6,
    ],
    [
      'include-broken.log',
      'Parse error',
      'syntax error, unexpected token "}", expecting ";"',
      'src/Broken.php',
      8,
    ],
  ])('%s: %s with its location as the frame', (name, type, message, file, line) => {
    const failure = only(name);
    expect(failure.source.line).toBe(1);
    expect(failure.error.type).toBe(type);
    expect(failure.error.message).toBe(message);
    expect(failure.error.frames).toEqual([{ file, line, inApp: true }]);
  });

  // Written by hand: error_log set to a file puts a date before each line; nothing here logs so.
  it('reads a line with the error log date in front', () => {
    const log =
      '[01-May-2024 08:00:00 UTC] PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /tmp/faultline-fixtures/php/src/Catalog.php on line 12';
    const [failure] = scanText(log);
    expect(failure?.error).toMatchObject({
      type: 'Fatal error',
      message: 'Maximum execution time of 30 seconds exceeded',
      frames: [{ file: 'src/Catalog.php', line: 12, inApp: true }],
    });
  });
});

describe('php: what is not a fatal error', () => {
  it('phpunit-failures.log: failing tests come from the report', () => {
    expect(read('phpunit-failures.log')).toContain('LogicException: not implemented');
    expect(scanText(read('phpunit-failures.log'))).toEqual([]);
  });

  it.each(cleanLogs)('clean/%s: no failure', (name) => {
    expect(scanText(read(name, true))).toEqual([]);
  });

  it('finds a clean log of each kind', () => {
    expect(cleanLogs.sort()).toEqual(['php-lint.log', 'php-logged-errors.log', 'php-phpunit-pass.log']);
  });

  it('a report cut before its stack trace keeps a bounded message', () => {
    const log = [
      'PHP Fatal error:  Uncaught Exception: boom',
      ...Array.from({ length: 40 }, (_, i) => `line ${i}`),
    ];
    const [failure] = scanText(log.join('\n'));
    expect(failure?.error.stack?.split('\n')).toHaveLength(21);
    expect(failure?.error).toMatchObject({ type: 'Exception', message: 'boom', frames: [] });
  });
});

describe('php: framing and streaming', () => {
  it('github-actions.log: timestamps, ##[group] lines and phpunit colours around the report', () => {
    const failures = scanText(read('github-actions.log'), 'github-actions.log');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.source.line).toBe(13);
    expect(failures[0]?.error).toEqual(only('chained.log').error);
  });

  it.each(logs)('%s: 7-byte chunks give the same result as the whole log', (name) => expectChunkedSame(name));

  it.each(logs)('%s: every registered detector together finds the same', (name) => expectRegistrySame(name));
});

describe('isPhpAppFile', () => {
  it.each([
    ['src/Catalog.php', true],
    ['vendor/laravel/framework/src/Illuminate/Foundation/Application.php', false],
    ['/app/vendor/phpunit/phpunit/src/TextUI/Command.php', false],
    ['phar:///usr/local/bin/composer/src/Composer/Console/Application.php', false],
    ['/usr/share/php/PHPUnit/TextUI/Command.php', false],
  ])('%s → %s', (file, expected) => {
    expect(isPhpAppFile(file)).toBe(expected);
  });
});
