import { describe, expect, it } from 'vitest';
import type { DetectedError, LogBlock, LogDetector, LogLine } from '../../src/logs/detector.js';
import { unframeLine } from '../../src/logs/framing.js';
import { LogScanner, MAX_BLOCK_LINES, scanLogText } from '../../src/logs/scanner.js';

// A toy runtime, so the scanner's own duties (framing, chunking, bounds, context) are tested
// apart from any real language: "BOOM: msg" starts a report, indented lines continue it.
const toy: LogDetector = {
  runtime: 'toy',
  triggers: ['BOOM: '],
  start(line: LogLine, before: readonly LogLine[]): LogBlock | undefined {
    if (!line.text.startsWith('BOOM: ')) return undefined;
    const frames: string[] = [];
    const header = before.at(-1)?.text;
    return {
      push(next) {
        if (!next.text.startsWith('  ')) return 'end';
        frames.push(next.text.trim());
        return 'more';
      },
      finish(): DetectedError[] {
        return [
          {
            line: line.number,
            error: {
              type: 'Boom',
              message: line.text.slice(6),
              frames: frames.map((f) => ({ function: f, inApp: true })),
              ...(header ? { stack: header } : {}),
            },
          },
        ];
      },
    };
  },
};

const options = { path: 'ci.log', workspace: '/w' };
const LOG = [
  'starting',
  '',
  'header above',
  'BOOM: first',
  '  at one',
  '  at two',
  'ordinary line mentioning BOOM without the colon',
  'BOOM: second',
  'tail',
].join('\n');

describe('LogScanner', () => {
  it('turns each report into a runtime failure with its line and the lines it took', () => {
    const failures = scanLogText(LOG, [toy], options);
    expect(failures.map((f) => [f.error.message, f.source.line, f.error.frames.length])).toEqual([
      ['first', 4, 2],
      ['second', 8, 0],
    ]);
    expect(failures[0]).toMatchObject({
      kind: 'runtime',
      runtime: 'toy',
      flaky: false,
      source: { path: 'ci.log' },
    });
    expect(failures[0]?.error.stack).toBe('header above');
  });

  it('gives the same result whatever the chunk size', () => {
    const whole = scanLogText(LOG, [toy], options);
    for (const size of [1, 2, 3, 7, 64]) {
      const scanner = new LogScanner([toy], options);
      const bytes = Buffer.from(LOG);
      for (let at = 0; at < bytes.length; at += size) scanner.write(bytes.subarray(at, at + size));
      expect(scanner.end()).toEqual(whole);
    }
  });

  it('reads GitHub Actions framing: timestamps, ANSI colours, ##[error], CRLF', () => {
    const framed = LOG.split('\n')
      .map(
        (line, i) =>
          `2024-05-01T08:00:0${i}.1234567Z ${i === 2 ? '##[error]\u001b[31m' : ''}${line}\u001b[0m\r`,
      )
      .join('\n');
    expect(scanLogText(framed, [toy], options)).toEqual(scanLogText(LOG, [toy], options));
    expect(unframeLine('2024-05-01T08:00:00.1234567Z \u001b[1;31mBOOM\u001b[0m\r')).toBe('BOOM');
  });

  it('ends a report at a runner command such as ##[endgroup]', () => {
    const log = 'BOOM: x\n  at one\n##[endgroup]\n  at stray\n';
    expect(scanLogText(log, [toy], options)[0]?.error.frames).toHaveLength(1);
  });

  it('cuts a runaway report at the bound and goes on scanning', () => {
    const log = `BOOM: big\n${'  at f\n'.repeat(MAX_BLOCK_LINES + 10)}BOOM: after\n`;
    const failures = scanLogText(log, [toy], options);
    expect(failures[0]?.error.frames).toHaveLength(MAX_BLOCK_LINES);
    expect(failures.map((f) => f.error.message)).toEqual(['big', 'after']);
  });

  it('finds nothing in a log without triggers, and a last line without a newline still counts', () => {
    expect(scanLogText('all good\nerror: none here\n', [toy], options)).toEqual([]);
    expect(scanLogText('ok\nBOOM: last', [toy], options).map((f) => f.source.line)).toEqual([2]);
  });

  it('reads interleaved output of parallel processes (docker compose, concurrently) stream by stream', () => {
    const log = [
      'web-1     | BOOM: web failed',
      'worker-1  | BOOM: worker failed',
      'web-1     |   at web.handle',
      '[api] BOOM: api failed',
      'worker-1  |   at worker.run',
      '[api]   at api.serve',
      'web-1     |   at web.main',
      'worker-1  | done',
      '[INFO] BOOM: maven-style levels are not streams',
    ].join('\n');
    const found = scanLogText(log, [toy], options).map((f) => [
      f.error.message,
      f.error.frames.map((x) => x.function),
    ]);
    expect(found).toEqual([
      ['web failed', ['at web.handle', 'at web.main']],
      ['worker failed', ['at worker.run']],
      ['api failed', ['at api.serve']],
    ]);
    expect(scanLogText(log.replace('[INFO] ', ''), [toy], options)).toHaveLength(4);
  });
});
