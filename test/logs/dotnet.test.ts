import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dotnetDetector, parseDotnetLogFrame } from '../../src/logs/runtimes/dotnet.js';
import { LogScanner, scanLogText } from '../../src/logs/scanner.js';
import type { ErrorInfo, FailureDraft } from '../../src/model.js';

// mono-*.log are real Mono 6.8 output (generate.sh); dotnet8-*.log are written by hand in the
// format of .NET 5 and later, as test/fixtures/logs/dotnet/README.md explains.
const workspace = '/tmp/faultline-fixtures/dotnet/project';
const dir = 'test/fixtures/logs/dotnet';
const cleanDir = 'test/fixtures/logs/clean';

function scan(file: string): FailureDraft[] {
  return scanLogText(readFileSync(file, 'utf8'), [dotnetDetector], { path: file, workspace });
}

type AppFrame = [file: string | undefined, line: number | undefined, fn: string | undefined];

function summary(error: ErrorInfo): { type?: string; message: string; frames: AppFrame[] } {
  const frames = error.frames.filter((f) => f.inApp).map((f): AppFrame => [f.file, f.line, f.function]);
  return { ...(error.type ? { type: error.type } : {}), message: error.message, frames };
}

const file = 'InnerException.cs';
// The same program under both runtimes: the messages differ as each runtime words them.
function innerChain(argumentMessage: string, formatMessage: string, symbols = true) {
  const at = (line: number): [string | undefined, number | undefined] =>
    symbols ? [file, line] : [undefined, undefined];
  return {
    outer: {
      type: 'System.InvalidOperationException',
      message: 'order 42 cannot be shipped',
      frames: [
        [...at(32), 'Shop.Shipping.Ship'],
        [...at(41), 'Shop.Program.Main'],
      ],
    },
    causes: [
      {
        type: 'System.ArgumentException',
        message: argumentMessage,
        frames: [
          [...at(17), 'Shop.Address.ParseZip'],
          [...at(28), 'Shop.Shipping.Ship'],
        ],
      },
      {
        type: 'System.FormatException',
        message: formatMessage,
        frames: [[...at(13), 'Shop.Address.ParseZip']],
      },
    ],
  };
}
const monoChain = (symbols: boolean) =>
  innerChain("zip code '12a45' is not a number", 'Input string was not in a correct format.', symbols);

const cases: Record<string, { line: number; chain: ReturnType<typeof innerChain> }> = {
  'mono-inner-exception.log': { line: 2, chain: monoChain(true) },
  'mono-inner-exception-no-symbols.log': { line: 2, chain: monoChain(false) },
  'mono-inner-exception.actions.log': { line: 4, chain: monoChain(true) },
  'dotnet8-inner-exception.log': {
    line: 1,
    chain: innerChain(
      "zip code '12a45' is not a number (Parameter 'zip')",
      "The input string '12a45' was not in a correct format.",
    ),
  },
  'mono-async-null-reference.log': {
    line: 2,
    chain: {
      outer: {
        type: 'System.NullReferenceException',
        message: 'Object reference not set to an instance of an object',
        frames: [
          ['AsyncNullReference.cs', 18, 'Shop.Mailer.SendReceipt'],
          ['AsyncNullReference.cs', 26, 'Shop.Program.Main'],
        ],
      },
      causes: [],
    },
  },
  'dotnet8-async-null-reference.log': {
    line: 2,
    chain: {
      outer: {
        type: 'System.NullReferenceException',
        message: 'Object reference not set to an instance of an object.',
        frames: [
          ['AsyncNullReference.cs', 18, 'Shop.Mailer.SendReceipt'],
          ['AsyncNullReference.cs', 26, 'Shop.Program.Main'],
          [undefined, undefined, 'Shop.Program.<Main>'],
        ],
      },
      causes: [],
    },
  },
  'mono-thread-exception.log': {
    line: 2,
    chain: {
      outer: {
        type: 'System.IndexOutOfRangeException',
        message: 'Index was outside the bounds of the array.',
        frames: [['ThreadException.cs', 12, 'Shop.Worker.Run']],
      },
      causes: [],
    },
  },
};

describe('dotnetDetector on .NET and Mono crashes', () => {
  it('has a case for every log', () => {
    expect(
      readdirSync(dir)
        .filter((name) => name.endsWith('.log'))
        .sort(),
    ).toEqual(Object.keys(cases).sort());
  });

  for (const [name, { line, chain }] of Object.entries(cases)) {
    it(`reads ${name}`, () => {
      const failures = scan(`${dir}/${name}`);
      // Mono prints the report twice ("[ERROR] FATAL UNHANDLED EXCEPTION"): one failure.
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ kind: 'runtime', runtime: 'dotnet', source: { line } });
      const error = failures[0]?.error as ErrorInfo;
      expect(summary(error)).toEqual(chain.outer);
      expect((error.causes ?? []).map(summary)).toEqual(chain.causes);
      expect(error.stack).not.toContain('FATAL UNHANDLED EXCEPTION');
    });
  }

  it('keeps the framework frames, out of the app', () => {
    const [failure] = scan(`${dir}/dotnet8-inner-exception.log`);
    const innermost = failure?.error.causes?.[1]?.frames ?? [];
    expect(innermost.map((f) => [f.function, f.inApp])).toEqual([
      ['System.Number.ThrowFormatException[TChar]', false],
      ['System.Int32.Parse', false],
      ['Shop.Address.ParseZip', true],
    ]);
  });

  it("reads .NET Framework's one-line header and a crashed VSTest host", () => {
    const log = [
      'Unhandled Exception: System.TimeoutException: queue did not drain',
      '   at Shop.Queue.Drain() in C:\\src\\Shop\\Queue.cs:line 40',
      'The active test run was aborted. Reason: Test host process crashed : Unhandled exception. System.OutOfMemoryException: cache grew too big',
      '   at Shop.Cache.Add(String key) in /src/Shop/Cache.cs:line 9',
      '',
    ].join('\n');
    const failures = scanLogText(log, [dotnetDetector], { path: 'ci.log', workspace: '/src' });
    expect(failures.map((f) => [summary(f.error), f.source.line])).toEqual([
      [
        {
          type: 'System.TimeoutException',
          message: 'queue did not drain',
          frames: [['C:/src/Shop/Queue.cs', 40, 'Shop.Queue.Drain']],
        },
        1,
      ],
      [
        {
          type: 'System.OutOfMemoryException',
          message: 'cache grew too big',
          frames: [['Shop/Cache.cs', 9, 'Shop.Cache.Add']],
        },
        3,
      ],
    ]);
  });

  it('gives the same result when the log comes in 7-byte chunks', () => {
    for (const name of Object.keys(cases)) {
      const bytes = readFileSync(`${dir}/${name}`);
      const scanner = new LogScanner([dotnetDetector], { path: `${dir}/${name}`, workspace });
      for (let at = 0; at < bytes.length; at += 7) scanner.write(bytes.subarray(at, at + 7));
      expect(scanner.end()).toEqual(scan(`${dir}/${name}`));
    }
  });
});

describe('dotnetDetector raises no false alarm', () => {
  const cleanLogs = readdirSync(cleanDir).filter((name) => name.startsWith('dotnet-'));

  it('has clean .NET logs', () => {
    expect(cleanLogs.sort()).toEqual(['dotnet-caught-and-logged.log', 'dotnet-mcs-warnings.log']);
  });

  for (const name of cleanLogs) {
    it(`finds nothing in ${name}`, () => {
      expect(scan(`${cleanDir}/${name}`)).toEqual([]);
    });
  }

  it('needs an exception type after the crash header', () => {
    const log = 'Unhandled Exception: none this run\nUnhandled exception. see the docs\n';
    expect(scanLogText(log, [dotnetDetector], { path: 'ci.log', workspace: '/src' })).toEqual([]);
  });
});

describe('.NET frames in logs', () => {
  it('drops the file of a Mono frame without symbols, and keeps runtime frames out of the app', () => {
    expect(
      parseDotnetLogFrame(
        '  at Shop.Program.Main () [0x00001] in <9ba2a41022054071b5a1538303034428>:0 ',
        '/src',
      ),
    ).toEqual({ function: 'Shop.Program.Main', module: 'Shop.Program', inApp: true });
    expect(parseDotnetLogFrame('   at System.Int32.Parse(String s)', '/src')).toMatchObject({ inApp: false });
    expect(parseDotnetLogFrame('   at Shop.Cart.Total() in /src/Shop/Cart.cs:line 12', '/src')).toMatchObject(
      {
        file: 'Shop/Cart.cs',
        line: 12,
        inApp: true,
      },
    );
  });
});
