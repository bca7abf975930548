import type { Frame } from '../../model.js';
import { relativeToWorkspace } from '../../parsers/paths.js';

// Stack frames as the sanitizers print them, and which of them are the program's own code.
// ASan, LSan and UBSan (print_stacktrace=1) share one shape; TSan puts no pc and no "in":
//   "    #0 0x55d4 in sum(int const*, int) /src/heap.cpp:6"          (GCC's symbolizer)
//   "    #0 0x4f4f in main /src/heap.cpp:6:5 (BuildId: 1a2b…)"       (llvm-symbolizer)
//   "    #4 0x55e0 in _start (/tmp/a.out+0x10f0)"                    (no debug info)
//   "    #0 count_hits /src/race.cpp:7 (race+0x1258)"                 (TSan)
//   "    #6 <null> <null> (libstdc++.so.6+0xd44a2)"                   (TSan, no symbol)

type ParsedFrame = Omit<Frame, 'inApp'>;

const SANITIZER_FRAME = /^\s*#\d+ 0x[0-9a-f]+(?: in (.+?))?(?: \((.+?)\+0x[0-9a-f]+\))?$/;
const TSAN_FRAME = /^\s*#\d+ (.+) (\S+) \((.+?)\+0x[0-9a-f]+\)$/;
const BUILD_ID = / \(BuildId: [0-9a-f]+\)$/;
// "/src/heap.cpp:6" or "/src/heap.cpp:6:5" at the end of the function part.
const FILE_AT_END = /^(.*?) ?((?:[A-Za-z]:)?[^\s:]+):(\d+)(?::(\d+))?$/;

/** Whether a line is one frame of a sanitizer stack ("    #3 …"). */
export function isSanitizerFrame(text: string): boolean {
  return /^\s*#\d+ /.test(text);
}

export function parseSanitizerFrame(text: string, workspace: string): Frame | undefined {
  const line = text.replace(BUILD_ID, '');
  const parsed = parseAsanShape(line, workspace) ?? parseTsanShape(line, workspace);
  return parsed ? { ...parsed, inApp: isNativeInApp(parsed) } : undefined;
}

function parseAsanShape(line: string, workspace: string): ParsedFrame | undefined {
  const match = SANITIZER_FRAME.exec(line);
  if (!match) return undefined;
  const [, rest = '', module] = match;
  const frame: ParsedFrame = {};
  const at = module ? undefined : FILE_AT_END.exec(rest);
  const fn = at ? at[1] : rest;
  if (fn) frame.function = fn;
  if (at) setLocation(frame, at, workspace);
  if (module) frame.module = basename(module);
  return frame;
}

function parseTsanShape(line: string, workspace: string): ParsedFrame | undefined {
  const match = TSAN_FRAME.exec(line);
  if (!match) return undefined;
  const [, fn = '', location = '', module = ''] = match;
  const frame: ParsedFrame = {};
  if (fn !== '<null>') frame.function = fn;
  const at = FILE_AT_END.exec(location);
  if (at && location !== '<null>') setLocation(frame, at, workspace);
  frame.module = basename(module);
  return frame;
}

function setLocation(frame: ParsedFrame, at: RegExpExecArray, workspace: string): void {
  frame.file = relativeToWorkspace(at[2] ?? '', workspace);
  frame.line = Number(at[3]);
  if (at[4]) frame.column = Number(at[4]);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

// Sources of the toolchain, not of the program: GCC's and LLVM's sanitizer runtimes, glibc's
// build tree (relative "../sysdeps/…", or "./csu/../sysdeps/…" as Rust prints it, which
// Rust's frame reader shortens to "csu/../sysdeps/…"), system
// headers (libstdc++'s templates live in /usr/include/c++/12/…) and the Rust standard library.
const LIBRARY_FILE =
  /(^|\/)libsanitizer\/|(^|\/)compiler-rt\/|^(\.\.?\/)*(csu|sysdeps|nptl)\/|^(\.\.?\/)+(stdlib|string|libio|malloc|signal|assert|posix|misc|elf)\/|^\/usr\/(include|lib|lib64|src|local\/include)\/|^\/(lib|lib64)\/|^\/rustc\/|(^|\/)libstdc\+\+-v3\//;
// Entry points, allocators, interceptors and the C++ runtime, which appear without a source file.
const RUNTIME_FUNCTION =
  /^(_start|__libc_start_\w+|__GI_\w+|start_thread|__?clone3?|abort|raise|__pthread_kill\w*|pthread_create|malloc|calloc|realloc|free|operator (new|delete)\b.*|_{2,3}interceptor_\w+|__(asan|lsan|tsan|ubsan|sanitizer|interceptor)_\w+|__cxa_\w+|std::terminate\(\)|__gnu_cxx::__verbose_terminate_handler\(\)|<unknown>)$/;
// Shared libraries of the system: "libc.so.6", "libstdc++.so.6", "libasan.so.8", "ld-linux-x86-64.so.2".
const LIBRARY_MODULE = /^(lib[\w+.-]*|ld-[\w.-]*)\.so(\.\d+)*$/;

/** The program's own code: not the sanitizer runtime, libc, libstdc++ or other system libraries. */
export function isNativeInApp(frame: ParsedFrame): boolean {
  if (frame.function && RUNTIME_FUNCTION.test(frame.function)) return false;
  if (frame.file) return !LIBRARY_FILE.test(frame.file);
  if (frame.module && LIBRARY_MODULE.test(frame.module)) return false;
  if (frame.function?.startsWith('std::')) return false;
  return frame.function !== undefined || frame.module !== undefined;
}
