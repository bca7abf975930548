// Normalizers for the parts of a failure that feed its fingerprint. Each removes what
// varies between runs of the same bug (paths, ids, numbers, timing) and keeps what names
// the bug. All are pure and idempotent: normalizing twice changes nothing more.

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
export const MAX_MESSAGE_CHARS = 200;

// What a text holds, found in one pass, so that each rule below can be skipped without searching
// the text again. It is read before any rule runs: replacements only add "<", ">", "=", spaces
// and letters, so a mark set then is at worst a rule that runs and finds nothing.
const AT = 1;
const SLASH = 2;
const SEPARATOR = 4; // "/" or "\\"
const DASH = 8;
const COMMA_SPACE = 16;
const COLON = 32;
const DOT = 64;
const DIGIT = 128;
const ZERO_X = 256;
const EQUALS = 512;
/** A whitespace run \s+ could shorten: a tab, newline, double space or any non-ASCII character. */
const SPACING = 1024;

function marksOf(text: string): number {
  let marks = 0;
  let previous = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) marks |= DIGIT;
    else if (code === 0x2f) marks |= SLASH | SEPARATOR;
    else if (code === 0x5c) marks |= SEPARATOR;
    else if (code === 0x2d) marks |= DASH;
    else if (code === 0x3a) marks |= COLON;
    else if (code === 0x2e) marks |= DOT;
    else if (code === 0x40) marks |= AT;
    else if (code === 0x3d) marks |= EQUALS;
    else if (code === 0x20) {
      if (previous === 0x2c) marks |= COMMA_SPACE;
      else if (previous === 0x20) marks |= SPACING;
    } else if ((code === 0x78 || code === 0x58) && previous === 0x30) marks |= ZERO_X;
    else if ((code >= 0x09 && code <= 0x0d) || code > 0x7f) marks |= SPACING;
    previous = code;
  }
  return marks;
}

// Applied in order; earlier, more specific patterns win (the order of Sentry's parameterization.py).
// Guards copied from Sentry: bare hex needs both a digit and a letter, ints stop at 7 digits.
// `needs` are the marks (above) a rule cannot match without, which keeps 100,000 messages well
// under a second.
export interface MessageRule {
  pattern: RegExp;
  replacement: string;
  needs: number;
  /** Applied again until it finds nothing, for a match that only a replacement reveals. */
  repeat?: boolean;
}

export const MESSAGE_RULES: readonly MessageRule[] = [
  { pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, replacement: '<email>', needs: AT },
  { pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>)\]]+/gi, replacement: '<url>', needs: COLON | SLASH },
  // Absolute paths (POSIX, Windows drive, UNC): checkouts, temp dirs and homes differ per machine.
  {
    pattern: /(?:\b[A-Za-z]:|\\\\[\w.$-]+)[\\/][^\s'"<>:)\]]*|(?<![\w.<>])\/(?:[\w.@+~-]+\/)*[\w.@+~-]+/g,
    replacement: '<path>',
    needs: SEPARATOR,
  },
  {
    pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
    replacement: '<uuid>',
    needs: DASH,
  },
  {
    pattern: /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
    replacement: '<date>',
    needs: DASH | DIGIT,
  },
  {
    pattern: /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \w+/g,
    replacement: '<date>',
    needs: COMMA_SPACE | DIGIT,
  },
  { pattern: /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, replacement: '<time>', needs: COLON | DIGIT },
  { pattern: /\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, replacement: '<ip>', needs: DOT | DIGIT },
  {
    pattern:
      /\[?\b(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:[0-9a-f]{1,4})\b\]?(?::\d+)?|\[?::1\b\]?(?::\d+)?/gi,
    replacement: '<ip>',
    needs: COLON,
  },
  { pattern: /\b(?:tmp|temp)[-_]?[a-z0-9_]{6,}\b/gi, replacement: '<tmp>', needs: 0 },
  {
    pattern: /\b\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|sec|secs|seconds?|min|minutes?|h)\b/g,
    replacement: '<duration>',
    needs: DIGIT,
  },
  { pattern: /\b0x[0-9a-f]+\b/gi, replacement: '<hex>', needs: ZERO_X },
  { pattern: /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,128}\b/gi, replacement: '<hex>', needs: DIGIT },
  { pattern: /\b\d{8,}\b/g, replacement: '<hex>', needs: DIGIT },
  { pattern: /[-+]?\b\d+\.\d+\b/g, replacement: '<float>', needs: DOT | DIGIT },
  { pattern: /\b\d+\b/g, replacement: '<int>', needs: DIGIT },
  // Quoted values after '=' are data: id='a1', path="x". In =' id="q" ' the inner value hides the
  // outer one's end until it is replaced, so the rule runs again: templating the template must
  // change nothing.
  { pattern: /=\s*(['"])[^'"]*\1/g, replacement: '=<str>', needs: EQUALS, repeat: true },
  // trim() below takes single spaces at the ends; only a run or another space character needs this.
  { pattern: /\s+/g, replacement: ' ', needs: SPACING },
];

/** One rule, applied once or, when it repeats, until it finds nothing. */
export function applyMessageRule(text: string, rule: MessageRule): string {
  let result = text;
  let before: string;
  // A repeated rule's every pass that changes the text takes away two quotes, so this ends.
  do {
    before = result;
    result = result.replace(rule.pattern, rule.replacement);
  } while (rule.repeat && result !== before);
  return result;
}

/** Every rule in order, skipping those whose marks the text lacks; exported for the test that checks the skips. */
export function applyMessageRules(text: string): string {
  const marks = marksOf(text);
  let result = text;
  for (const rule of MESSAGE_RULES)
    if ((rule.needs & marks) === rule.needs) result = applyMessageRule(result, rule);
  return result.trim();
}

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/** The first line of a message, turned into a template that reads the same for the same bug. */
export function messageTemplate(message: string): string {
  const text = stripAnsi(message).replace(/\r\n?/g, '\n').trim();
  const newline = text.indexOf('\n');
  let template = applyMessageRules(newline === -1 ? text : text.slice(0, newline));
  // Cutting to length can leave a fragment that a rule matches, so then repeat until nothing changes.
  // (Code points are never more than UTF-16 units: only a long template needs counting.)
  for (
    let pass = 0;
    pass < 4 && template.length > MAX_MESSAGE_CHARS && Array.from(template).length > MAX_MESSAGE_CHARS;
    pass += 1
  ) {
    template = applyMessageRules(Array.from(template).slice(0, MAX_MESSAGE_CHARS).join(''));
  }
  return template;
}

/** The file name alone, lower-cased, without its extension: stable across checkout roots, OSes and transpiled twins. */
export function fileKey(path: string): string {
  return memo(fileKeys, path, () => computeFileKey(path));
}

function computeFileKey(path: string): string {
  const base =
    path
      .replace(/\\/g, '/')
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? '';
  return base.toLowerCase().replace(/\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|cs|php|scala)$/, '');
}

// Generated or anonymous parts of function names that change between builds or say nothing.
const FUNCTION_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^async /, ''],
  [/\$\$Lambda\$[\w$/.]*$/, '$$$$Lambda'],
  [/\$\$(?:EnhancerBySpringCGLIB|FastClassBySpringCGLIB|SpringCGLIB)\$\$[\w$]*/g, ''],
  [/\$javassist\$[\w$]*/g, ''],
  [/\$fn__\d+/g, ''],
  [/\blambda\$(\w+)\$\d+/g, 'lambda$$$1'],
  [/\.func\d+(?:\.\d+)*$/, '.func'],
  [/\{closure#\d+\}/g, '{closure}'],
  [/::h[0-9a-f]{16}$/, ''],
  [/<anonymous>|Object\.<anonymous>|<lambda>|<module>/g, ''],
];

export function functionKey(name: string | undefined): string {
  return name ? memo(functionKeys, name, () => computeFunctionKey(name)) : '';
}

function computeFunctionKey(name: string): string {
  let key = name.trim();
  for (const [pattern, replacement] of FUNCTION_RULES) key = key.replace(pattern, replacement);
  return key.replace(/\.$/, '').trim();
}

/**
 * A test name with what varies per run replaced: parameter ids in brackets, random seeds,
 * durations some reporters append. The shape of the name (which test) stays.
 */
export function testNameKey(name: string): string {
  return memo(testNames, name, () => messageTemplate(name.replace(/\s*\(\d+(?:\.\d+)?\s?m?s\)$/, '')));
}

// Test names and classnames repeat across a run's failures; templating each once is enough.
const testNames = new Map<string, string>();
const fileKeys = new Map<string, string>();
const functionKeys = new Map<string, string>();
const MEMO_LIMIT = 50_000;

function memo(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** A path inside the repository, as the same for every checkout: forward slashes, no root. */
export function relativeKey(path: string): string {
  const posix = stripAnsi(path)
    .replace(/\\/g, '/')
    .replace(/^file:\/\//, '');
  if (!/^(?:[A-Za-z]:)?\//.test(posix)) return posix.replace(/^\.\//, '');
  // An absolute path whose root we do not know: keep the part from the first familiar folder on.
  const marker = /\/(?:src|lib|app|apps|packages|test|tests|spec|__tests__|internal|cmd|pkg)\//.exec(posix);
  return marker ? posix.slice(marker.index + 1) : (posix.split('/').pop() ?? posix);
}
