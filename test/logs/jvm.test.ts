import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jvmDetector } from '../../src/logs/runtimes/jvm.js';
import { isJvmInApp, parseJvmFrame, parseThrowableHeader } from '../../src/logs/runtimes/jvm-frames.js';
import { MAX_FRAMES } from '../../src/logs/runtimes/jvm-trace.js';
import { LogScanner, scanLogText } from '../../src/logs/scanner.js';
import type { ErrorInfo, FailureDraft } from '../../src/model.js';
import { MAX_STACK_CHARS } from '../../src/parsers/error-info.js';

// Fixtures: real output of OpenJDK 17, kotlin 1.3 and Maven 3.8 / Surefire 3.2.5, made by
// test/fixtures/logs/jvm/generate.sh in this workspace.
const WORKSPACE = '/tmp/faultline-fixtures/logs-jvm';
const DIR = 'test/fixtures/logs/jvm';

function read(name: string): string {
  return readFileSync(`${DIR}/${name}`, 'utf8');
}

function scan(name: string): FailureDraft[] {
  return scanLogText(read(name), [jvmDetector], { path: name, workspace: WORKSPACE });
}

function only(name: string): FailureDraft {
  const failures = scan(name);
  expect(failures).toHaveLength(1);
  const [failure] = failures;
  if (!failure) throw new Error('no failure');
  expect(failure).toMatchObject({ kind: 'runtime', runtime: 'jvm', source: { path: name } });
  return failure;
}

/** The frames that key the fingerprint, as "File:line function". */
function appFrames(error: ErrorInfo): string[] {
  return error.frames
    .filter((frame) => frame.inApp)
    .map((frame) => `${frame.file ?? '?'}:${frame.line ?? '?'} ${frame.function ?? '?'}`);
}

describe('jvm detector on real output', () => {
  it('reads an uncaught exception in main, with a JDK frame between app frames', () => {
    const { error, source } = only('uncaught-main.log');
    expect(source.line).toBe(2);
    expect(error).toMatchObject({ type: 'java.lang.IllegalStateException', message: 'cart 42 is empty' });
    expect(appFrames(error)).toEqual([
      'OrderService.java:13 com.acme.orders.OrderService.checkout',
      'OrderService.java:8 com.acme.orders.OrderService.lambda$total$0',
      'OrderService.java:8 com.acme.orders.OrderService.total',
      'OrderService.java:19 com.acme.orders.OrderService.main',
    ]);
    expect(error.frames[2]).toEqual({
      function: 'java.lang.Iterable.forEach',
      module: 'java.lang.Iterable',
      file: 'Iterable.java',
      line: 75,
      inApp: false,
    });
    expect(error.causes).toBeUndefined();
    expect(error.stack?.split('\n')).toHaveLength(6);
  });

  it('reads "Caused by:" chains nearest first, filling in the frames "... N more" leaves out', () => {
    const { error, source } = only('caused-by-chain.log');
    expect(source.line).toBe(1);
    expect(error).toMatchObject({ type: 'java.lang.RuntimeException', message: 'order import failed' });
    expect(appFrames(error)).toEqual([
      'OrderImport.java:25 com.acme.orders.OrderImport.importAll',
      'OrderImport.java:31 com.acme.orders.OrderImport.main',
    ]);
    const [row, number, ...more] = error.causes ?? [];
    expect(more).toEqual([]);
    expect(row).toMatchObject({ type: 'java.lang.IllegalArgumentException', message: 'bad row 2' });
    // "... 1 more": the outer trace's last frame, main.
    expect(appFrames(row ?? { message: '', frames: [] })).toEqual([
      'OrderImport.java:16 com.acme.orders.OrderImport.parseRow',
      'OrderImport.java:23 com.acme.orders.OrderImport.importAll',
      'OrderImport.java:31 com.acme.orders.OrderImport.main',
    ]);
    expect(number).toMatchObject({
      type: 'java.lang.NumberFormatException',
      message: 'For input string: "two"',
    });
    expect(number?.frames.slice(0, 3).every((frame) => !frame.inApp)).toBe(true);
    expect(appFrames(number ?? { message: '', frames: [] })).toEqual([
      'OrderImport.java:9 com.acme.orders.OrderImport.parseQuantity',
      'OrderImport.java:14 com.acme.orders.OrderImport.parseRow',
      'OrderImport.java:23 com.acme.orders.OrderImport.importAll',
      'OrderImport.java:31 com.acme.orders.OrderImport.main',
    ]);
    expect(number?.causes).toBeUndefined();
  });

  it('keeps "Suppressed:" blocks, and their own causes, out of the frames and the chain', () => {
    const { error } = only('suppressed.log');
    expect(error).toMatchObject({ type: 'java.io.UncheckedIOException', message: 'receipt not printed' });
    expect(appFrames(error)).toEqual([
      'ReceiptPrinter.java:31 com.acme.orders.ReceiptPrinter.printReceipt',
      'ReceiptPrinter.java:36 com.acme.orders.ReceiptPrinter.main',
    ]);
    expect(error.causes).toHaveLength(1);
    const cause = error.causes?.[0];
    expect(cause).toMatchObject({ type: 'java.io.IOException', message: 'printer front is offline' });
    expect(appFrames(cause ?? { message: '', frames: [] })).toEqual([
      'ReceiptPrinter.java:17 com.acme.orders.ReceiptPrinter$Printer.print',
      'ReceiptPrinter.java:29 com.acme.orders.ReceiptPrinter.printReceipt',
      'ReceiptPrinter.java:36 com.acme.orders.ReceiptPrinter.main',
    ]);
    // The suppressed errors are still there to read in the stack text.
    expect(error.stack).toContain('\tSuppressed: java.lang.IllegalStateException: spool not flushed');
    expect(error.stack).toContain('\tCaused by: java.io.IOException: disk full');
  });

  it('reads an error with no message, and a message over several lines', () => {
    const quota = only('no-message.log').error;
    expect(quota).toMatchObject({ type: 'com.acme.orders.Quota$QuotaExceededException', message: '' });
    expect(appFrames(quota)).toEqual([
      'Quota.java:8 com.acme.orders.Quota.reserve',
      'Quota.java:13 com.acme.orders.Quota.main',
    ]);
    const config = only('multiline-message.log').error;
    expect(config).toMatchObject({ type: 'java.lang.IllegalArgumentException', message: 'invalid config:' });
    expect(config.stack).toContain('\n  host: missing\n');
    expect(appFrames(config)).toEqual([
      'ConfigLoader.java:9 com.acme.orders.ConfigLoader.validate',
      'ConfigLoader.java:13 com.acme.orders.ConfigLoader.main',
    ]);
  });

  it('reads an error that ended a worker thread while main went on', () => {
    const failures = scan('worker-thread.log');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.source.line).toBe(1);
    expect(failures[0]?.error).toMatchObject({
      type: 'java.lang.NullPointerException',
      message:
        'Cannot invoke "java.lang.Integer.intValue()" because the return value of "java.util.Map.get(Object)" is null',
    });
    expect(appFrames(failures[0]?.error ?? { message: '', frames: [] })).toEqual([
      'PriceWorker.java:8 com.acme.shop.PriceWorker.price',
      'PriceWorker.java:12 com.acme.shop.PriceWorker.lambda$main$0',
    ]);
    expect(failures[0]?.error.stack).not.toContain('main done');
  });

  it('reads OutOfMemoryError and a StackOverflowError of 1,024 frames, bounded', () => {
    const oom = only('out-of-memory.log').error;
    expect(oom).toMatchObject({ type: 'java.lang.OutOfMemoryError', message: 'Java heap space' });
    expect(appFrames(oom)).toEqual([
      'ImageCache.java:10 com.acme.shop.ImageCache.warm',
      'ImageCache.java:14 com.acme.shop.ImageCache.main',
    ]);
    const overflow = only('stack-overflow.log');
    expect(overflow.source.line).toBe(1);
    expect(overflow.error).toMatchObject({ type: 'java.lang.StackOverflowError', message: '' });
    expect(overflow.error.frames).toHaveLength(MAX_FRAMES);
    expect(new Set(appFrames(overflow.error))).toEqual(
      new Set(['CategoryTree.java:7 com.acme.shop.CategoryTree.depth']),
    );
    expect(overflow.error.stack?.length).toBeLessThanOrEqual(MAX_STACK_CHARS + 20);
  });

  it('reads Kotlin: file-only frames, and the kotlin runner as library code', () => {
    const { error } = only('kotlin-error.log');
    expect(error).toMatchObject({ type: 'java.lang.IllegalStateException', message: 'no stock for b' });
    expect(appFrames(error)).toEqual([
      'Inventory.kt:6 com.acme.inventory.InventoryKt.reserve',
      'Inventory.kt:10 com.acme.inventory.InventoryKt.main',
      'Inventory.kt:? com.acme.inventory.InventoryKt.main',
    ]);
    expect(error.frames).toHaveLength(10);
    expect(error.frames.at(-1)).toMatchObject({ module: 'org.jetbrains.kotlin.runner.Main', inApp: false });
    // "(Native Method)" has no file or line.
    expect(error.frames[3]).toEqual({
      function: 'jdk.internal.reflect.NativeMethodAccessorImpl.invoke0',
      module: 'jdk.internal.reflect.NativeMethodAccessorImpl',
      inApp: false,
    });
  });

  it("reads the launcher's missing main class, with its cause", () => {
    const { error, source } = only('main-class-missing.log');
    expect(source.line).toBe(1);
    expect(error).toEqual({
      message: 'Could not find or load main class com.acme.shop.Missing',
      frames: [],
      stack:
        'Error: Could not find or load main class com.acme.shop.Missing\n' +
        'Caused by: java.lang.ClassNotFoundException: com.acme.shop.Missing',
      causes: [{ type: 'java.lang.ClassNotFoundException', message: 'com.acme.shop.Missing', frames: [] }],
    });
  });

  it("reads Surefire's crashed forked JVM once, plain and as a GitHub Actions log", () => {
    for (const name of ['maven-forked-vm-crash.log', 'maven-forked-vm-crash.gha.log']) {
      const { error, source } = only(name);
      expect(source.line).toBe(45);
      expect(error).toMatchObject({
        type: 'org.apache.maven.surefire.booter.SurefireBooterForkException',
        message: 'The forked VM terminated without properly saying goodbye. VM crash or System.exit called?',
      });
      expect(appFrames(error)).toEqual([]);
      expect(error.frames[0]).toMatchObject({
        function: 'org.apache.maven.plugin.surefire.booterclient.ForkStarter.fork',
        file: 'ForkStarter.java',
        line: 643,
      });
      expect(error.frames).toHaveLength(30);
      expect(error.stack).toContain('[ERROR] Process Exit Code: 3');
      expect(error.stack).toContain('[ERROR] com.acme.billing.InvoiceTest');
      expect(error.stack?.split('\n').at(-1)).toBe('[ERROR] -> [Help 1]');
    }
  });

  it('gives the same result when the log comes in 7-byte chunks', () => {
    for (const name of [
      'caused-by-chain.log',
      'suppressed.log',
      'multiline-message.log',
      'maven-forked-vm-crash.gha.log',
    ]) {
      const bytes = Buffer.from(read(name));
      const scanner = new LogScanner([jvmDetector], { path: name, workspace: WORKSPACE });
      for (let at = 0; at < bytes.length; at += 7) scanner.write(bytes.subarray(at, at + 7));
      expect(scanner.end()).toEqual(scan(name));
    }
  });

  it('raises no alarm on clean logs: logged exceptions in a passing Maven run, javac warnings', () => {
    for (const name of ['jvm-maven-pass.log', 'jvm-javac-warnings.log']) {
      const text = readFileSync(`test/fixtures/logs/clean/${name}`, 'utf8');
      expect(text).toMatch(/Exception|error/);
      expect(scanLogText(text, [jvmDetector], { path: name, workspace: WORKSPACE })).toEqual([]);
    }
  });
});

describe('jvm frames', () => {
  it('reads every StackTraceElement form: module, class loader, hidden class, no source', () => {
    expect(parseJvmFrame('\tat java.base@17.0.2/java.lang.Thread.run(Thread.java:833)')).toEqual({
      function: 'java.lang.Thread.run',
      module: 'java.lang.Thread',
      file: 'Thread.java',
      line: 833,
      inApp: false,
    });
    expect(parseJvmFrame('\tat app//com.acme.Main.main(Main.java:5)')).toMatchObject({
      function: 'com.acme.Main.main',
      inApp: true,
    });
    expect(parseJvmFrame('\tat com.foo.loader/foo@9.0/com.foo.Main.run(Main.java:101)')).toMatchObject({
      module: 'com.foo.Main',
      inApp: true,
    });
    expect(parseJvmFrame('\tat com.acme.Main$$Lambda$14/0x0000000800c03000.run(Unknown Source)')).toEqual({
      function: 'com.acme.Main$$Lambda$14/0x0000000800c03000.run',
      module: 'com.acme.Main$$Lambda$14/0x0000000800c03000',
      inApp: true,
    });
    expect(parseJvmFrame('\tat com.acme.Main.<init>(Main.java)')).toMatchObject({ file: 'Main.java' });
    expect(parseJvmFrame('\tat nothing here')).toBeUndefined();
  });

  it('counts the platform, language runtimes, test frameworks and build tools as library code', () => {
    for (const name of [
      'java.util.List',
      'jdk.internal.Foo',
      'sun.nio.Ch',
      'kotlin.collections.A',
      'org.junit.Assert',
    ])
      expect(isJvmInApp(name)).toBe(false);
    expect(isJvmInApp('com.acme.Foo', 'java.base')).toBe(false);
    expect(isJvmInApp('com.acme.Foo', 'com.acme.app')).toBe(true);
    expect(isJvmInApp('javalin.Server')).toBe(true);
  });

  it('splits Throwable#toString into type and message, and keeps other shapes as the message', () => {
    expect(parseThrowableHeader('java.lang.Error: a: b')).toEqual({
      type: 'java.lang.Error',
      message: 'a: b',
    });
    expect(parseThrowableHeader('pkg.Outer$Inner')).toEqual({ type: 'pkg.Outer$Inner', message: '' });
    expect(parseThrowableHeader('custom toString() text')).toEqual({ message: 'custom toString() text' });
  });
});
