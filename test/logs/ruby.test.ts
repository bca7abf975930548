import { describe, expect, it } from 'vitest';
import { rubyDetector } from '../../src/logs/runtimes/ruby.js';
import { isRubyAppFile } from '../../src/logs/runtimes/ruby-report.js';
import { scanLogText } from '../../src/logs/scanner.js';
import { runtimeFixtures, errorSummary as summary } from './runtime-fixtures.js';

// The fixtures are the real output of Debian's ruby 3.1 and rspec 3.12, made in a fixed folder
// by test/fixtures/logs/ruby/generate.sh; that folder is the workspace here.
const workspace = '/tmp/faultline-fixtures/ruby';
const { logs, cleanLogs, read, scanText, only, expectChunkedSame, expectRegistrySame } = runtimeFixtures(
  'ruby',
  rubyDetector,
  workspace,
);

describe('ruby: uncaught exceptions', () => {
  it('plain.log: a stdlib raise called from app code', () => {
    const failure = only('plain.log');
    expect(failure.source.line).toBe(1);
    expect(failure.error.type).toBe('JSON::ParserError');
    expect(failure.error.message).toBe("859: unexpected token at '{'port': 8080}'");
    expect(
      failure.error.frames.map((frame) => [frame.file, frame.line, frame.function, frame.inApp]),
    ).toEqual([
      ['/usr/lib/ruby/3.1.0/json/common.rb', 216, 'parse', false],
      ['/usr/lib/ruby/3.1.0/json/common.rb', 216, 'parse', false],
      ['lib/shop/settings.rb', 7, 'load', true],
      ['plain.rb', 5, '<main>', true],
    ]);
    // stdout came after stderr here (Ruby buffers stdout into a pipe): not part of the report.
    expect(failure.error.stack).not.toContain('loading settings');
  });

  it('cause.log: a message of two lines, and the cause Ruby 3.1 prints below', () => {
    const failure = only('cause.log');
    expect(failure.source.line).toBe(1);
    expect(summary(failure.error)).toEqual({
      type: 'StartupError',
      message: 'cannot boot the service',
      app: [
        ['cause.rb', 8, 'rescue in read_port'],
        ['cause.rb', 5, 'read_port'],
        ['cause.rb', 12, 'run'],
        ['cause.rb', 16, '<main>'],
      ],
    });
    expect(failure.error.stack).toContain('port was "eighty"');
    expect(failure.error.causes?.map(summary)).toEqual([
      {
        type: 'ArgumentError',
        message: 'invalid value for Integer(): "eighty"',
        app: [
          ['cause.rb', 6, 'Integer'],
          ['cause.rb', 6, 'read_port'],
          ['cause.rb', 12, 'run'],
          ['cause.rb', 16, '<main>'],
        ],
      },
    ]);
  });

  it("no-method.log: error_highlight's excerpt between the header and the frames", () => {
    const failure = only('no-method.log');
    expect(summary(failure.error)).toEqual({
      type: 'NoMethodError',
      message: "undefined method `upcase' for nil:NilClass",
      app: [
        ['no_method.rb', 8, 'label'],
        ['no_method.rb', 12, '<main>'],
      ],
    });
    expect(failure.error.causes).toBeUndefined();
  });

  it('thread.log: a dying thread and its re-raise by Thread#join are one failure', () => {
    const failure = only('thread.log');
    expect(failure.source.line).toBe(2);
    expect(summary(failure.error)).toEqual({
      type: 'IOError',
      message: 'socket closed',
      app: [
        ['thread.rb', 3, 'upload'],
        ['thread.rb', 6, 'block in <main>'],
      ],
    });
    expect(failure.error.causes).toBeUndefined();
  });

  it('interrupt.log: a signal prints the class name alone', () => {
    const failure = only('interrupt.log');
    expect(summary(failure.error)).toEqual({
      type: 'Interrupt',
      message: '',
      app: [
        ['interrupt.rb', 3, 'kill'],
        ['interrupt.rb', 3, 'wait_for_jobs'],
        ['interrupt.rb', 7, '<main>'],
      ],
    });
  });

  it('backtrace-limit.log: "... N levels..." ends the frames', () => {
    const failure = only('backtrace-limit.log');
    expect(failure.error.type).toBe('ArgumentError');
    expect(failure.error.message).toBe('bottom reached');
    expect(failure.error.frames.map((frame) => frame.line)).toEqual([3, 5, 5, 5]);
    expect(failure.error.stack?.split('\n').at(-1)).toBe('\t ... 18 levels...');
  });
});

describe('ruby: syntax errors', () => {
  it('syntax-error.log: a script that does not parse, its later errors in the same block', () => {
    const failure = only('syntax-error.log');
    expect(failure.source.line).toBe(1);
    expect(failure.error.type).toBe('SyntaxError');
    expect(failure.error.message).toBe("syntax error, unexpected local variable or method, expecting ')'");
    expect(failure.error.frames).toEqual([{ file: 'syntax_error.rb', line: 3, inApp: true }]);
    expect(failure.error.stack?.split('\n')).toHaveLength(4);
  });

  it('require-broken.log: the file that does not parse is the innermost frame', () => {
    const failure = only('require-broken.log');
    expect(failure.error.type).toBe('SyntaxError');
    expect(failure.error.message).toBe("syntax error, unexpected local variable or method, expecting ')'");
    expect(failure.error.frames.map((frame) => [frame.file, frame.line, frame.function])).toEqual([
      ['lib/shop/broken.rb', 3, undefined],
      ['require_broken.rb', 2, 'require_relative'],
      ['require_broken.rb', 2, '<main>'],
    ]);
  });
});

describe('ruby: what is not an uncaught exception', () => {
  it('rspec-failures.log: failing examples come from the report', () => {
    expect(read('rspec-failures.log')).toContain("# ./spec/failing_spec.rb:3:in `fetch'");
    expect(scanText(read('rspec-failures.log'))).toEqual([]);
  });

  it.each(cleanLogs)('clean/%s: no failure', (name) => {
    expect(scanText(read(name, true))).toEqual([]);
  });

  it('finds a clean log of each kind', () => {
    expect(cleanLogs.sort()).toEqual([
      'ruby-logged-errors.log',
      'ruby-rspec-pass.log',
      'ruby-syntax-check-warnings.log',
    ]);
  });

  it('a message of many lines with no frames takes a bounded number of lines', () => {
    const log = [
      "app.rb:1:in `<main>': unhandled exception",
      ...Array.from({ length: 20 }, (_, i) => `line ${i}`),
    ];
    const [failure] = scanText(log.join('\n'));
    expect(failure?.error.message).toBe('unhandled exception');
    expect(failure?.error.type).toBeUndefined();
    expect(failure?.error.stack?.split('\n')).toHaveLength(9);
  });
});

describe('ruby: other versions and framing', () => {
  // Written by hand in Ruby 3.4's format (quotes instead of backticks, class-qualified method
  // names): only Ruby 3.1 can be installed here.
  it("reads Ruby 3.4's quoting", () => {
    const log = [
      "/w/app/order.rb:8:in 'Order#label': undefined method 'upcase' for nil (NoMethodError)",
      "\tfrom /w/vendor/bundle/ruby/3.4.0/gems/rack-3.1.0/lib/rack/builder.rb:3:in 'Rack::Builder#call'",
      "\tfrom /w/app/main.rb:12:in '<main>'",
    ];
    const [failure] = scanLogText(log.join('\n'), [rubyDetector], { path: 'x.log', workspace: '/w' });
    expect(failure && summary(failure.error)).toEqual({
      type: 'NoMethodError',
      message: "undefined method 'upcase' for nil",
      app: [
        ['app/order.rb', 8, 'Order#label'],
        ['app/main.rb', 12, '<main>'],
      ],
    });
    expect(failure?.error.frames[1]?.inApp).toBe(false);
  });

  it('github-actions.log: timestamps, ##[group] lines and rspec colours around the report', () => {
    const failures = scanText(read('github-actions.log'), 'github-actions.log');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.source.line).toBe(11);
    expect(failures[0]?.error).toEqual(only('cause.log').error);
  });

  it.each(logs)('%s: 7-byte chunks give the same result as the whole log', (name) => expectChunkedSame(name));

  it.each(logs)('%s: every registered detector together finds the same', (name) => expectRegistrySame(name));
});

describe('isRubyAppFile', () => {
  it.each([
    ['app/models/order.rb', true],
    ['-e', true],
    ['/usr/lib/ruby/3.1.0/json/common.rb', false],
    ['/opt/hostedtoolcache/Ruby/3.3.0/x64/lib/ruby/3.3.0/net/http.rb', false],
    ['vendor/bundle/ruby/3.3.0/gems/rack-3.0.0/lib/rack.rb', false],
    ['/var/lib/gems/3.1.0/gems/rspec-core-3.12.0/lib/rspec/core.rb', false],
    ['/usr/share/rubygems-integration/all/gems/rake-13.0.6/lib/rake.rb', false],
    ['<internal:kernel>', false],
  ])('%s → %s', (file, expected) => {
    expect(isRubyAppFile(file)).toBe(expected);
  });
});
