#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _entries_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5282);

// A reader that stops early (`faultline parse --json | head`) is no crash: end quietly with the
// status of a process that SIGPIPE ended (128 + 13), as other Unix tools do.
const SIGPIPE_STATUS = 141;
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
    process.exit(SIGPIPE_STATUS);
});
process.exitCode = await (0,_entries_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutBytes: (chunk) => process.stdout.write(chunk),
    stderrBytes: (chunk) => process.stderr.write(chunk),
    stdin: process.stdin,
    drain: () => process.stdout.writableNeedDrain
        ? new Promise((resolve) => process.stdout.once('drain', resolve))
        : Promise.resolve(),
    fetch: globalThis.fetch,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ requiredUrl),
/* harmony export */   Fk: () => (/* binding */ requiredString),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

function optionalString(entry, key, field) {
    const value = entry[key];
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}.${key}`, 'must be a string');
    return value;
}
function requiredString(entry, key, field) {
    const value = optionalString(entry, key, field);
    if (value === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}.${key}`, 'is required');
    return value;
}
function requiredUrl(entry, key, field, schemes = ['https:', 'http:']) {
    const value = requiredString(entry, key, field);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}.${key}`, 'is not a valid URL');
    }
    if (!schemes.includes(url.protocol))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}.${key}`, `must be ${schemes.join(' or ')}`);
    return url;
}
function oneOf(entry, key, field, allowed, fallback) {
    const value = optionalString(entry, key, field) ?? fallback;
    if (!allowed.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}.${key}`, `must be one of ${allowed.join(', ')}`);
    }
    return value;
}
function stringList(entry, key, field) {
    const value = entry[key];
    if (value === undefined || value === null)
        return undefined;
    const list = typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${field}.${key}`, 'must be a list of strings');
    }
    return list;
}


/***/ }),

/***/ 6996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ genericDestination),
/* harmony export */   eo: () => (/* binding */ renderGenericPayload),
/* harmony export */   qG: () => (/* binding */ GENERIC_SCHEMA),
/* harmony export */   wK: () => (/* binding */ genericData)
/* harmony export */ });
/* unused harmony export GENERIC_BUDGET_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2676);
/* harmony import */ var _standard_webhooks_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2647);




// Signed generic JSON: the documented payload in schemas/webhook-generic.v1.json.
const GENERIC_SCHEMA = 'faultline.webhook/v1';
// Standard Webhooks advises keeping payloads small; items past this budget are counted, not sent.
const GENERIC_BUDGET_BYTES = 20_000;
const FRAMES_PER_ITEM = 5;
const SIGNATURES = ['standard', 'github', 'none'];
const FORMATS = ['json', 'cloudevents'];
function itemEntry(item) {
    const failure = item.failure;
    return {
        fingerprint: item.fingerprint,
        status: item.status,
        title: item.title,
        flaky: item.flaky,
        tests: item.tests,
        ...(item.issue ? { issue: item.issue } : {}),
        ...(failure
            ? {
                failure: {
                    kind: failure.kind,
                    ...(failure.test ? { test: failure.test } : {}),
                    error: {
                        ...(failure.error.type ? { type: failure.error.type } : {}),
                        message: failure.error.message,
                        frames: failure.error.frames.filter((frame) => frame.inApp).slice(0, FRAMES_PER_ITEM),
                    },
                    grouping: failure.grouping,
                    ...(failure.runtime ? { runtime: failure.runtime } : {}),
                    ...(failure.origin ? { origin: failure.origin } : {}),
                },
            }
            : {}),
    };
}
/** The `data` of the payload: what happened, within the size budget. */
function genericData(event) {
    const data = {
        summary: event.summary,
        run: event.run,
        ...(event.runUrl ? { runUrl: event.runUrl } : {}),
        items: [],
        omittedItems: 0,
    };
    let size = JSON.stringify(data).length + 400;
    for (const item of event.items) {
        const entry = itemEntry(item);
        const entrySize = Buffer.byteLength(JSON.stringify(entry)) + 1;
        if (size + entrySize > GENERIC_BUDGET_BYTES)
            data.omittedItems += 1;
        else {
            data.items.push(entry);
            size += entrySize;
        }
    }
    return data;
}
function renderGenericPayload(event, format = 'json') {
    const data = genericData(event);
    if (format === 'cloudevents') {
        // CloudEvents 1.0, structured mode (cloudevents/spec http-protocol-binding.md §3.2).
        return JSON.stringify({
            specversion: '1.0',
            id: event.id,
            source: event.run.repository ? `faultline/${event.run.repository}` : 'faultline',
            type: 'dev.faultline.alert.v1',
            time: event.timestamp.toISOString(),
            ...(event.run.repository ? { subject: event.run.repository } : {}),
            datacontenttype: 'application/json',
            data,
        });
    }
    return JSON.stringify({
        type: 'faultline.alert',
        schema: GENERIC_SCHEMA,
        id: event.id,
        timestamp: event.timestamp.toISOString(),
        data,
    });
}
function signer(endpoint, id) {
    const { secret, signature } = endpoint;
    if (!secret || signature === 'none')
        return undefined;
    if (signature === 'github') {
        // GitHub's scheme (docs.github.com, validating webhook deliveries): HMAC of the raw body.
        return (body) => ({
            'x-hub-signature-256': `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body).digest('hex')}`,
        });
    }
    return (body, now) => (0,_standard_webhooks_js__WEBPACK_IMPORTED_MODULE_3__/* .standardWebhookHeaders */ .d)(id, body, secret, now);
}
const genericDestination = {
    type: 'generic',
    defaultOn: ['new', 'regression', 'recovery'],
    fields: ['url', 'secret', 'signature', 'format'],
    parseEndpoint(entry, field, base) {
        const endpoint = {
            ...base,
            type: 'generic',
            url: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredUrl */ .$T)(entry, 'url', field).href,
            signature: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(entry, 'signature', field, SIGNATURES, 'standard'),
            format: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(entry, 'format', field, FORMATS, 'json'),
        };
        const secret = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(entry, 'secret', field);
        if (secret)
            endpoint.secret = secret;
        if (endpoint.signature !== 'none' && !secret && entry.signature !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${field}.secret`, `is required for signature: ${endpoint.signature}`);
        }
        return endpoint;
    },
    secrets: (endpoint) => [endpoint.url, ...(endpoint.secret ? [endpoint.secret] : [])],
    render(event, endpoint) {
        const sign = signer(endpoint, event.id);
        const contentType = endpoint.format === 'cloudevents' ? 'application/cloudevents+json' : 'application/json';
        return [
            {
                url: endpoint.url,
                body: renderGenericPayload(event, endpoint.format),
                headers: { 'content-type': contentType, 'user-agent': 'faultline' },
                ...(sign ? { sign } : {}),
            },
        ];
    },
};


/***/ }),

/***/ 6513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ti: () => (/* binding */ defaultVerdict),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   oY: () => (/* binding */ DEFAULT_HTTP_POLICY),
/* harmony export */   xX: () => (/* binding */ postWithRetry)
/* harmony export */ });
const DEFAULT_HTTP_POLICY = {
    attempts: 3,
    timeoutMs: 15_000,
    maxWaitMs: 60_000,
    baseBackoffMs: 1_000,
};
// Statuses worth another try; any other 4xx is the payload's or the config's fault.
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
const MAX_DETAIL_CHARS = 300;
/** Seconds or an HTTP date, as RFC 9110 §10.2.3 allows. */
function retryAfterMs(header, now) {
    if (!header)
        return undefined;
    const trimmed = header.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.ceil(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
/** The default reading of an answer: 2xx is yes, the retryable statuses are "later". */
function defaultVerdict(response, now) {
    if (response.status >= 200 && response.status < 300)
        return { ok: true, retry: false };
    const verdict = { ok: false, retry: RETRYABLE.has(response.status), detail: describe(response) };
    const wait = retryAfterMs(response.headers.get('retry-after'), now);
    if (wait !== undefined)
        verdict.retryAfterMs = wait;
    return verdict;
}
function describe(response) {
    if (response.status === 410)
        return 'endpoint is gone (410): remove it from the config';
    if (response.status >= 300 && response.status < 400)
        return `redirected (${response.status}): webhooks are not followed across redirects`;
    const said = response.text.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL_CHARS);
    return `answered ${response.status}${said ? `: ${said}` : ''}`;
}
// Network errors carry the host in their text; only the code is kept, so nothing of the URL leaks.
// Node nests it: fetch's TypeError → cause (a system error, or an AggregateError of them).
function errorCode(error, depth = 0) {
    if (!error || typeof error !== 'object' || depth > 4)
        return undefined;
    const { code, cause, errors } = error;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code))
        return code;
    return errorCode(cause, depth + 1) ?? (Array.isArray(errors) ? errorCode(errors[0], depth + 1) : undefined);
}
function networkReason(error, budgetSpent) {
    if (budgetSpent)
        return 'stopped: the delivery time budget ran out';
    if (error instanceof Error && error.name === 'TimeoutError')
        return 'timed out';
    const code = errorCode(error);
    return code ? `network error ${code}` : 'network error';
}
/**
 * POSTs one rendered request with a timeout per attempt and retries (exponential backoff with
 * jitter, or the service's Retry-After) while the deadline allows. It never throws.
 */
async function postWithRetry(request, deps, policy = DEFAULT_HTTP_POLICY, deadline = Number.POSITIVE_INFINITY) {
    let detail = 'not sent';
    let httpStatus;
    const random = deps.random ?? Math.random;
    for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
        const remaining = deadline - deps.clock.now().getTime();
        if (remaining <= 0)
            return {
                ok: false,
                attempts: attempt - 1,
                ...(httpStatus ? { httpStatus } : {}),
                detail: `${detail}; the delivery time budget ran out`,
            };
        let waitMs = policy.baseBackoffMs * 2 ** (attempt - 1) * (0.75 + random() / 2);
        let retry = true;
        try {
            const headers = { ...request.headers, ...request.sign?.(request.body, deps.clock.now()) };
            const response = await deps.fetch(request.url, {
                method: 'POST',
                headers,
                body: request.body,
                redirect: 'manual',
                signal: AbortSignal.timeout(Math.min(policy.timeoutMs, remaining)),
            });
            httpStatus = response.status;
            const answer = {
                status: response.status,
                headers: response.headers,
                text: await response.text(),
            };
            const verdict = request.interpret?.(answer) ?? defaultVerdict(answer, deps.clock.now());
            if (verdict.ok)
                return { ok: true, attempts: attempt, httpStatus, text: answer.text };
            detail = verdict.detail ?? describe(answer);
            retry = verdict.retry;
            if (verdict.retryAfterMs !== undefined)
                waitMs = verdict.retryAfterMs;
        }
        catch (error) {
            detail = networkReason(error, deadline - deps.clock.now().getTime() <= 0);
        }
        const done = { ok: false, attempts: attempt, ...(httpStatus ? { httpStatus } : {}) };
        if (!retry || attempt === policy.attempts)
            return { ...done, detail };
        if (waitMs > policy.maxWaitMs)
            return {
                ...done,
                detail: `${detail}; asked to wait ${Math.ceil(waitMs / 1000)} s, more than the ${policy.maxWaitMs / 1000} s limit`,
            };
        if (deps.clock.now().getTime() + waitMs >= deadline)
            return { ...done, detail: `${detail}; no time left in the delivery budget to retry` };
        await deps.clock.sleep(waitMs);
    }
    return { ok: false, attempts: policy.attempts, detail };
}


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ destinationByType),
  W: () => (/* binding */ destinationTypes)
});

// EXTERNAL MODULE: ./src/render/title.ts
var title = __nccwpck_require__(9138);
;// CONCATENATED MODULE: ./src/destinations/digest.ts

// The content of a chat message: one per run, worst news first. Destinations format it in
// their own markup and cut it to their own limits.
const STATUS_LABEL = {
    regressed: 'Regressed',
    new: 'New',
    recurring: 'Still failing',
    recovered: 'Recovered',
};
function headline(event) {
    const count = (status) => event.items.filter((item) => item.status === status).length;
    const parts = ['regressed', 'new', 'recurring', 'recovered']
        .filter((status) => count(status) > 0)
        .map((status) => `${count(status)} ${STATUS_LABEL[status].toLowerCase()}`);
    const where = [event.run.repository, event.run.branch].filter(Boolean).join(' on ');
    return `faultline: ${parts.join(', ') || 'no alerts'}${where ? ` in ${where}` : ''}`;
}
function countsLine(event) {
    const s = event.summary;
    return `${s.tests} tests: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.flaky} flaky`;
}
/** The first line of the error, typed: "TypeError: boom". */
function errorLine(item) {
    const error = item.failure?.error;
    return error ? (0,title/* errorLine */.BP)(error) : 'no longer failing';
}
function testsLine(item) {
    if (item.tests.length === 0)
        return '';
    const [first, ...rest] = item.tests;
    return rest.length > 0
        ? `${first} (+${rest.length} more test${rest.length > 1 ? 's' : ''})`
        : (first ?? '');
}
/** Items in order with at most `max` shown, and how many were left out. */
function shown(event, max) {
    return { items: event.items.slice(0, max), omitted: Math.max(0, event.items.length - max) };
}

// EXTERNAL MODULE: ./src/destinations/fields.ts
var fields = __nccwpck_require__(2676);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/destinations/per-fingerprint.ts

// Event services (PagerDuty, Datadog, Sentry) get one event per fingerprint. A run with
// thousands of new fingerprints must not flood them, so each endpoint sends at most
// `max-events` (default 20) and the summary says how many were held back.
const DEFAULT_MAX_EVENTS = 20;
function maxEvents(entry, field) {
    const value = entry['max-events'];
    if (value === undefined)
        return DEFAULT_MAX_EVENTS;
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 1000) {
        throw new errors/* ConfigError */.xL(`${field}.max-events`, 'must be a whole number from 1 to 1000');
    }
    return number;
}
function capped(items, max) {
    return { items: items.slice(0, max), held: Math.max(0, items.length - max) };
}

;// CONCATENATED MODULE: ./src/destinations/text.ts
// Measuring and cutting text for services' limits. Each service counts differently (UTF-16
// units, code points or bytes), so the unit is explicit. Cuts fall on grapheme boundaries,
// so no emoji or accented letter is split, and an open code fence is closed.
// Made on first use: building it loads ICU's break rules, about 12 ms that every run paid at
// startup, though most runs never cut a text.
let segmenter;
function measure(text, unit) {
    if (unit === 'utf16')
        return text.length;
    if (unit === 'bytes')
        return Buffer.byteLength(text, 'utf8');
    let count = 0;
    for (const _ of text)
        count += 1;
    return count;
}
/** At most `max` units, ending in "…" when cut. */
function cut(text, max, unit = 'utf16') {
    if (measure(text, unit) <= max)
        return text;
    const ellipsis = '…';
    const budget = max - measure(ellipsis, unit);
    let result = '';
    let used = 0;
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of segmenter.segment(text)) {
        const size = measure(segment, unit);
        if (used + size > budget)
            break;
        result += segment;
        used += size;
    }
    const fences = result.match(/```/g)?.length ?? 0;
    if (fences % 2 === 1) {
        const closing = '\n```';
        return (cut(text.slice(0, Math.max(0, result.length - closing.length - 1)), max - measure(closing, unit), unit) + closing);
    }
    return `${result}${ellipsis}`;
}
/**
 * Slack mrkdwn: only &, < and > are special (docs.slack.dev, formatting); escaping them also
 * disarms <!channel> and <@U123>. A bare "@name" is broken too, so no client links it.
 */
function escapeSlack(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[\w-])/g, '@\u200b');
}
/** HTML-ish markup (Google Chat card text): escape entities so test output is shown, not rendered. */
function escapeHtml(text) {
    return escapeSlack(text).replace(/"/g, '&quot;');
}
/** Markdown services: break @mentions with a zero-width joiner and escape what would render. */
function escapeMarkdown(text) {
    return text
        .replace(/([\\`*_~|[\]()#>])/g, '\\$1')
        .replace(/</g, '&lt;')
        .replace(/@(?=[\w-])/g, '@\u200b');
}
/** Plain text that a service shows people and may scan for mentions or markup (Datadog, PagerDuty, Teams). */
function defuseMentions(text) {
    return text
        .replace(/@(?=[\w-])/g, '@\u200b')
        .replace(/</g, '‹')
        .replace(/>/g, '›');
}

;// CONCATENATED MODULE: ./src/destinations/datadog.ts




// Datadog (docs.datadoghq.com): Events v1 (text ≤ 4,000, aggregation_key ≤ 100) one per
// fingerprint, or Logs v2 intake (≤ 1,000 entries, ≤ 5 MB, a log ≤ 1 MB) with error.kind,
// error.message and error.stack so Error Tracking picks the failures up. Any Datadog site.
// "@name" in Datadog text notifies people, so mentions from test output are broken.
const DATADOG_SITES = [
    'datadoghq.com',
    'us3.datadoghq.com',
    'us5.datadoghq.com',
    'datadoghq.eu',
    'ap1.datadoghq.com',
    'ap2.datadoghq.com',
    'uk1.datadoghq.com',
    'ddog-gov.com',
];
const DATADOG_LIMITS = {
    text: 4000,
    title: 100,
    aggregationKey: 100,
    tag: 200,
    logBytes: 1_000_000,
    stack: 20_000,
};
const MODES = ['events', 'logs'];
function tags(endpointTags) {
    return Object.entries(endpointTags)
        .filter((entry) => Boolean(entry[1]))
        .map(([key, value]) => cut(`${key}:${value}`, DATADOG_LIMITS.tag));
}
const datadogDestination = {
    type: 'datadog',
    defaultOn: ['new', 'regression', 'recovery'],
    fields: ['api-key', 'site', 'mode', 'url', 'max-events'],
    parseEndpoint(entry, field, base) {
        const mode = (0,fields/* oneOf */.yL)(entry, 'mode', field, MODES, 'events');
        const site = (0,fields/* oneOf */.yL)(entry, 'site', field, DATADOG_SITES, 'datadoghq.com');
        const override = (0,fields/* optionalString */.sx)(entry, 'url', field)
            ? (0,fields/* requiredUrl */.$T)(entry, 'url', field).href.replace(/\/$/, '')
            : undefined;
        return {
            ...base,
            type: 'datadog',
            apiKey: (0,fields/* requiredString */.Fk)(entry, 'api-key', field),
            mode,
            base: override ?? (mode === 'events' ? `https://api.${site}` : `https://http-intake.logs.${site}`),
            maxEvents: maxEvents(entry, field),
        };
    },
    secrets: (endpoint) => [endpoint.apiKey],
    render(event, endpoint) {
        const { items } = capped(event.items, endpoint.maxEvents);
        const headers = { 'content-type': 'application/json', 'dd-api-key': endpoint.apiKey };
        const common = {
            repository: event.run.repository,
            branch: event.run.branch,
            workflow: event.run.workflow,
        };
        if (endpoint.mode === 'logs') {
            const logs = items.map((item) => ({
                ddsource: 'faultline',
                service: event.run.repository ?? 'faultline',
                status: item.status === 'recovered' ? 'info' : 'error',
                message: cut(defuseMentions(`${item.title} [${item.status}]`), 10_000),
                ddtags: tags({ ...common, fingerprint: item.fingerprint, status: item.status }).join(','),
                'error.kind': item.failure?.error.type ?? 'Failure',
                'error.message': cut(defuseMentions(item.failure?.error.message ?? item.title), 10_000),
                'error.stack': cut(defuseMentions(item.failure?.error.stack ?? ''), DATADOG_LIMITS.stack),
                'error.fingerprint': item.fingerprint,
                faultline: {
                    tests: item.tests.slice(0, 50).map(defuseMentions),
                    run_url: event.runUrl,
                    issue: item.issue,
                },
            }));
            return [{ url: `${endpoint.base}/api/v2/logs`, body: JSON.stringify(logs), headers }];
        }
        return items.map((item) => {
            const text = [
                defuseMentions(errorLine(item)),
                defuseMentions(testsLine(item)),
                event.runUrl ?? '',
                `fingerprint ${item.fingerprint}`,
            ]
                .filter(Boolean)
                .join('\n');
            const body = {
                title: cut(defuseMentions(`[${item.status}] ${item.title}`), DATADOG_LIMITS.title),
                text: cut(text, DATADOG_LIMITS.text),
                alert_type: item.status === 'recovered' ? 'success' : 'error',
                aggregation_key: cut(item.fingerprint, DATADOG_LIMITS.aggregationKey),
                source_type_name: 'faultline',
                tags: tags({ ...common, fingerprint: item.fingerprint, status: item.status, source: 'faultline' }),
                date_happened: Math.floor(event.timestamp.getTime() / 1000),
            };
            return {
                url: `${endpoint.base}/api/v1/events`,
                body: JSON.stringify(body),
                headers,
                label: item.fingerprint,
            };
        });
    },
};

// EXTERNAL MODULE: ./src/destinations/http.ts
var http = __nccwpck_require__(6513);
;// CONCATENATED MODULE: ./src/destinations/discord.ts




// Discord webhooks (discord-api-docs, resources/webhook.md and message.md): content 2,000;
// 10 embeds; title 256; description 4,096; 25 fields; footer 2,048; and 6,000 characters across
// all embeds. allowed_mentions {parse: []} stops @everyone, @here and role pings from test output.
const DISCORD_LIMITS = {
    content: 2000,
    embeds: 10,
    title: 256,
    description: 4096,
    footer: 2048,
    embedTotal: 6000,
};
const COLOR = {
    regressed: 0xb91c1c,
    new: 0xef4444,
    recurring: 0xf59e0b,
    recovered: 0x16a34a,
};
// Discord answers 429 with {retry_after: seconds (float)} in the body as well as Retry-After.
function interpret(response) {
    const verdict = (0,http/* defaultVerdict */.Ti)(response, new Date());
    if (response.status === 429) {
        try {
            const body = JSON.parse(response.text);
            if (typeof body.retry_after === 'number')
                verdict.retryAfterMs = Math.ceil(body.retry_after * 1000);
        }
        catch {
            // Not JSON (a Cloudflare page): keep the header's figure.
        }
    }
    return verdict;
}
/** Explicit opt-in for the one mention the user configured: a user (<@id>) or a role (<@&id>). */
function allowedMentions(mention) {
    const user = /^<@!?(\d+)>$/.exec(mention ?? '')?.[1];
    const role = /^<@&(\d+)>$/.exec(mention ?? '')?.[1];
    return { parse: [], ...(user ? { users: [user] } : {}), ...(role ? { roles: [role] } : {}) };
}
const discordDestination = {
    type: 'discord',
    defaultOn: ['new', 'regression'],
    fields: ['url'],
    parseEndpoint: (entry, field, base) => ({
        ...base,
        type: 'discord',
        url: (0,fields/* requiredUrl */.$T)(entry, 'url', field).href,
    }),
    secrets: (endpoint) => [endpoint.url],
    render(event, endpoint) {
        const { items, omitted } = shown(event, DISCORD_LIMITS.embeds);
        // Share the 6,000-character total fairly, leaving room for titles and footers.
        const perEmbed = Math.floor((DISCORD_LIMITS.embedTotal - 200) / Math.max(1, items.length)) - 80;
        const embeds = items.map((item) => {
            const title = cut(`${STATUS_LABEL[item.status]}: ${testsLine(item) || item.title}`, Math.min(DISCORD_LIMITS.title, 120));
            const description = [
                `\`${defuseMentions(errorLine(item)).replace(/`/g, "'")}\``,
                item.issue ? `issue #${item.issue.number}` : '',
            ]
                .filter(Boolean)
                .join('\n');
            return {
                title: escapeMarkdown(title),
                description: cut(description, Math.min(DISCORD_LIMITS.description, Math.max(100, perEmbed - title.length))),
                color: COLOR[item.status],
                footer: { text: item.fingerprint },
                ...(item.issue?.url ? { url: item.issue.url } : event.runUrl ? { url: event.runUrl } : {}),
            };
        });
        const runLink = event.runUrl ? ` — ${event.runUrl}` : '';
        const more = omitted > 0 ? `\n…and ${omitted} more` : '';
        const content = `${endpoint.mention ? `${endpoint.mention} ` : ''}${escapeMarkdown(headline(event))}\n${escapeMarkdown(countsLine(event))}${runLink}${more}`;
        const url = new URL(endpoint.url);
        url.searchParams.set('wait', 'true');
        const body = {
            content: cut(content, DISCORD_LIMITS.content),
            embeds,
            allowed_mentions: allowedMentions(endpoint.mention),
            ...(endpoint.username ? { username: cut(endpoint.username, 80) } : {}),
        };
        return [
            {
                url: url.href,
                body: JSON.stringify(body),
                headers: { 'content-type': 'application/json' },
                interpret,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/destinations/generic.ts
var generic = __nccwpck_require__(6996);
;// CONCATENATED MODULE: ./src/destinations/google-chat.ts



// Google Chat incoming webhooks (developers.google.com/workspace/chat): cardsV2 with a text
// fallback, at most 32,000 bytes per message. Card text is a small HTML subset, so test output
// is escaped. thread.threadKey groups alerts: one message per run, threaded under its worst
// fingerprint, so a failure that keeps coming back keeps landing in the same thread.
const GOOGLE_CHAT_LIMITS = { bytes: 32_000, items: 10, itemChars: 1500, threadKey: 4000 };
const googleChatDestination = {
    type: 'google-chat',
    defaultOn: ['new', 'regression'],
    fields: ['url'],
    parseEndpoint: (entry, field, base) => ({
        ...base,
        type: 'google-chat',
        url: (0,fields/* requiredUrl */.$T)(entry, 'url', field).href,
    }),
    secrets: (endpoint) => [endpoint.url],
    render(event, endpoint) {
        const { items } = shown(event, GOOGLE_CHAT_LIMITS.items);
        const widgets = [];
        const message = (list) => ({
            text: cut(`${endpoint.mention ? `${endpoint.mention} ` : ''}${headline(event)}`, 4000),
            cardsV2: [
                {
                    cardId: 'faultline',
                    card: {
                        header: { title: cut(headline(event), 200), subtitle: cut(countsLine(event), 200) },
                        sections: [{ widgets: list }],
                    },
                },
            ],
            thread: { threadKey: cut(event.items[0]?.fingerprint ?? event.id, GOOGLE_CHAT_LIMITS.threadKey) },
        });
        for (const item of items) {
            const body = `<b>${STATUS_LABEL[item.status]}:</b> ${escapeHtml(testsLine(item) || item.title)}<br><font color="#b91c1c">${escapeHtml(cut(errorLine(item), GOOGLE_CHAT_LIMITS.itemChars))}</font><br>${item.fingerprint}${item.issue ? ` · ${item.issue.url ? `<a href="${escapeHtml(item.issue.url)}">issue #${item.issue.number}</a>` : `issue #${item.issue.number}`}` : ''}`;
            const widget = { textParagraph: { text: body } };
            if (measure(JSON.stringify(message([...widgets, widget])), 'bytes') > GOOGLE_CHAT_LIMITS.bytes - 600)
                break;
            widgets.push(widget);
        }
        const left = event.items.length - widgets.length;
        if (left > 0)
            widgets.push({ textParagraph: { text: `…and ${left} more` } });
        if (event.runUrl) {
            widgets.push({
                buttonList: { buttons: [{ text: 'Open the CI run', onClick: { openLink: { url: event.runUrl } } }] },
            });
        }
        const url = new URL(endpoint.url);
        url.searchParams.set('messageReplyOption', 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD');
        return [
            {
                url: url.href,
                body: JSON.stringify(message(widgets)),
                headers: { 'content-type': 'application/json; charset=UTF-8' },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/destinations/mattermost.ts



// Mattermost incoming webhooks (developers.mattermost.com): Slack-compatible JSON but its own
// Markdown (**bold**), no Block Kit, and posts of at most 16,383 characters. Mentions in test
// output (@all, @channel, @here, @user) are broken up so they notify no one.
const MATTERMOST_LIMITS = { text: 16_383, items: 15, itemChars: 1500 };
const mattermostDestination = {
    type: 'mattermost',
    defaultOn: ['new', 'regression'],
    fields: ['url'],
    parseEndpoint: (entry, field, base) => ({
        ...base,
        type: 'mattermost',
        url: (0,fields/* requiredUrl */.$T)(entry, 'url', field).href,
    }),
    secrets: (endpoint) => [endpoint.url],
    render(event, endpoint) {
        const { items, omitted } = shown(event, MATTERMOST_LIMITS.items);
        const lines = [
            `${endpoint.mention ? `${endpoint.mention} ` : ''}#### ${escapeMarkdown(headline(event))}`,
            `${escapeMarkdown(countsLine(event))}${event.runUrl ? ` · [CI run](${event.runUrl})` : ''}`,
            '',
        ];
        for (const item of items) {
            const issue = item.issue
                ? ` · ${item.issue.url ? `[issue #${item.issue.number}](${item.issue.url})` : `issue #${item.issue.number}`}`
                : '';
            lines.push(cut(`- **${STATUS_LABEL[item.status]}:** ${escapeMarkdown(testsLine(item) || item.title)}\n  ${escapeMarkdown(errorLine(item))}\n  \`${item.fingerprint}\`${issue}`, MATTERMOST_LIMITS.itemChars));
        }
        if (omitted > 0)
            lines.push(`…and ${omitted} more`);
        const body = { text: cut(lines.join('\n'), MATTERMOST_LIMITS.text) };
        if (endpoint.username)
            body.username = endpoint.username;
        if (endpoint.channel)
            body.channel = endpoint.channel;
        return [
            { url: endpoint.url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
        ];
    },
};

;// CONCATENATED MODULE: ./src/destinations/pagerduty.ts






// PagerDuty Events API v2 (developer.pagerduty.com, events-api-v2): one event per fingerprint,
// dedup_key = the fingerprint, so recurrences fold into one alert and a recovery resolves it.
// summary ≤ 1,024; dedup_key ≤ 255; payload ≤ 512 KB; 202 accepted, 400 invalid (no retry).
const PAGERDUTY_URL = 'https://events.pagerduty.com/v2/enqueue';
const PAGERDUTY_LIMITS = { summary: 1024, dedupKey: 255, detailChars: 4000 };
const SEVERITIES = ['critical', 'error', 'warning', 'info'];
function pagerduty_interpret(response) {
    const verdict = (0,http/* defaultVerdict */.Ti)(response, new Date());
    if (response.status === 400) {
        try {
            const body = JSON.parse(response.text);
            verdict.detail =
                `answered 400: ${body.message ?? 'invalid event'}${body.errors ? ` (${body.errors.join('; ')})` : ''}`.slice(0, 300);
        }
        catch {
            // keep the default text
        }
    }
    return verdict;
}
const pagerdutyDestination = {
    type: 'pagerduty',
    defaultOn: ['new', 'regression', 'always', 'recovery'],
    fields: ['routing-key', 'url', 'severity', 'max-events'],
    parseEndpoint(entry, field, base) {
        const routingKey = (0,fields/* requiredString */.Fk)(entry, 'routing-key', field);
        if (!/^[A-Za-z0-9]{32}$/.test(routingKey))
            throw new errors/* ConfigError */.xL(`${field}.routing-key`, 'must be the 32-character integration key');
        return {
            ...base,
            type: 'pagerduty',
            url: (0,fields/* optionalString */.sx)(entry, 'url', field) ? (0,fields/* requiredUrl */.$T)(entry, 'url', field).href : PAGERDUTY_URL,
            routingKey,
            severity: (0,fields/* oneOf */.yL)(entry, 'severity', field, SEVERITIES, 'error'),
            maxEvents: maxEvents(entry, field),
        };
    },
    secrets: (endpoint) => [endpoint.routingKey],
    render(event, endpoint) {
        const { items } = capped(event.items, endpoint.maxEvents);
        return items.map((item) => {
            const resolve = item.status === 'recovered';
            const links = [
                ...(event.runUrl ? [{ href: event.runUrl, text: 'CI run' }] : []),
                ...(item.issue?.url ? [{ href: item.issue.url, text: `Issue #${item.issue.number}` }] : []),
            ];
            const body = {
                routing_key: endpoint.routingKey,
                event_action: resolve ? 'resolve' : 'trigger',
                dedup_key: cut(item.fingerprint, PAGERDUTY_LIMITS.dedupKey),
                ...(resolve
                    ? {}
                    : {
                        payload: {
                            summary: cut(defuseMentions(`${item.title}${event.run.repository ? ` (${event.run.repository})` : ''}`), PAGERDUTY_LIMITS.summary),
                            source: event.run.repository ?? 'faultline',
                            severity: endpoint.severity,
                            timestamp: event.timestamp.toISOString(),
                            ...(item.failure?.test?.file ? { component: item.failure.test.file } : {}),
                            ...(event.run.workflow ? { group: event.run.workflow } : {}),
                            ...(item.failure?.error.type ? { class: item.failure.error.type } : {}),
                            custom_details: {
                                status: item.status,
                                fingerprint: item.fingerprint,
                                tests: item.tests.slice(0, 20).map(defuseMentions),
                                error: cut(defuseMentions(errorLine(item)), PAGERDUTY_LIMITS.detailChars),
                                tests_line: defuseMentions(testsLine(item)),
                                ...(event.run.branch ? { branch: event.run.branch } : {}),
                                ...(event.run.sha ? { commit: event.run.sha } : {}),
                            },
                        },
                        ...(links.length ? { links } : {}),
                        client: 'faultline',
                        ...(event.runUrl ? { client_url: event.runUrl } : {}),
                    }),
            };
            return {
                url: endpoint.url,
                body: JSON.stringify(body),
                headers: { 'content-type': 'application/json' },
                interpret: pagerduty_interpret,
                label: item.fingerprint,
            };
        });
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/destinations/sentry.ts







// Sentry from a DSN (develop.sentry.dev: sdk/foundations/transport, data-model/envelopes,
// event-payloads/stacktrace): an envelope to /api/{project}/envelope/ with X-Sentry-Auth.
// The event's `fingerprint` is ours, so Sentry groups exactly as faultline does. Frames go
// oldest first, as Sentry wants. Tag values stay under 200 characters; an event under 1 MB.
const SENTRY_LIMITS = { tag: 199, value: 8000, frames: 100 };
function parseDsn(dsn, field) {
    let url;
    try {
        url = new URL(dsn);
    }
    catch {
        throw new errors/* ConfigError */.xL(`${field}.dsn`, 'is not a valid DSN (https://KEY@HOST/PROJECT)');
    }
    const project = url.pathname.split('/').filter(Boolean).pop();
    if (!url.username || !project || !/^\d+$/.test(project) || !/^https?:$/.test(url.protocol)) {
        throw new errors/* ConfigError */.xL(`${field}.dsn`, 'is not a valid DSN (https://KEY@HOST/PROJECT)');
    }
    const prefix = url.pathname.slice(0, url.pathname.lastIndexOf(`/${project}`));
    return {
        publicKey: url.username,
        envelopeUrl: `${url.protocol}//${url.host}${prefix}/api/${project}/envelope/`,
    };
}
// 429 (or any answer) may carry X-Sentry-Rate-Limits: "60:error:organization, 2700:default:project".
function sentry_interpret(response) {
    const verdict = (0,http/* defaultVerdict */.Ti)(response, new Date());
    const limits = response.headers.get('x-sentry-rate-limits');
    if (!verdict.ok && limits) {
        const seconds = Math.max(...limits.split(',').map((limit) => Number(limit.trim().split(':')[0]) || 0));
        verdict.retryAfterMs = seconds * 1000;
    }
    else if (response.status === 429 && verdict.retryAfterMs === undefined) {
        // Sentry's rule without headers: back off 60 s.
        verdict.retryAfterMs = (0,http/* retryAfterMs */.Vs)(response.headers.get('retry-after'), new Date()) ?? 60_000;
    }
    return verdict;
}
function sentryFrames(frames) {
    return frames
        .slice(0, SENTRY_LIMITS.frames)
        .map((frame) => ({
        ...(frame.file ? { filename: frame.file } : {}),
        ...(frame.function ? { function: frame.function } : {}),
        ...(frame.module ? { module: frame.module } : {}),
        ...(frame.line ? { lineno: frame.line } : {}),
        ...(frame.column ? { colno: frame.column } : {}),
        in_app: frame.inApp,
    }))
        .reverse();
}
function eventId(event, item) {
    // Stable per delivery and fingerprint, so a retried envelope is the same event to Sentry.
    return (0,external_node_crypto_.createHash)('sha256').update(`${event.id}:${item.fingerprint}`).digest('hex').slice(0, 32);
}
function sentryEvent(event, item, endpoint) {
    const error = item.failure?.error;
    const tag = (value) => (value ? cut(value, SENTRY_LIMITS.tag) : undefined);
    const tags = Object.fromEntries(Object.entries({
        repository: tag(event.run.repository),
        branch: tag(event.run.branch),
        workflow: tag(event.run.workflow),
        status: item.status,
        'faultline.fingerprint': item.fingerprint,
        test: tag(item.tests[0]),
    }).filter(([, value]) => value !== undefined));
    return {
        event_id: eventId(event, item),
        timestamp: event.timestamp.getTime() / 1000,
        platform: 'other',
        level: 'error',
        logger: 'faultline',
        ...(event.run.sha ? { release: event.run.sha } : {}),
        environment: endpoint.environment ?? 'ci',
        fingerprint: [item.fingerprint],
        tags,
        exception: {
            values: [
                {
                    type: cut(error?.type ?? 'Failure', SENTRY_LIMITS.tag),
                    value: cut(error?.message ?? item.title, SENTRY_LIMITS.value),
                    mechanism: { type: 'faultline', handled: false },
                    ...(error && error.frames.length > 0 ? { stacktrace: { frames: sentryFrames(error.frames) } } : {}),
                },
            ],
        },
        extra: { tests: item.tests.slice(0, 50), run_url: event.runUrl, issue: item.issue },
    };
}
const sentryDestination = {
    type: 'sentry',
    defaultOn: ['new', 'regression', 'always'],
    fields: ['dsn', 'environment', 'max-events'],
    parseEndpoint(entry, field, base) {
        const dsn = (0,fields/* requiredString */.Fk)(entry, 'dsn', field);
        const endpoint = {
            ...base,
            type: 'sentry',
            dsn,
            ...parseDsn(dsn, field),
            maxEvents: maxEvents(entry, field),
        };
        if (typeof entry.environment === 'string' && entry.environment)
            endpoint.environment = entry.environment;
        return endpoint;
    },
    secrets: (endpoint) => [endpoint.dsn, endpoint.publicKey],
    render(event, endpoint) {
        const { items } = capped(event.items.filter((item) => item.status !== 'recovered'), endpoint.maxEvents);
        return items.map((item) => {
            const payload = JSON.stringify(sentryEvent(event, item, endpoint));
            const header = JSON.stringify({
                event_id: eventId(event, item),
                sent_at: event.timestamp.toISOString(),
            });
            const itemHeader = JSON.stringify({ type: 'event', length: Buffer.byteLength(payload) });
            return {
                url: endpoint.envelopeUrl,
                body: `${header}\n${itemHeader}\n${payload}\n`,
                headers: {
                    'content-type': 'application/x-sentry-envelope',
                    'x-sentry-auth': `Sentry sentry_version=7, sentry_client=faultline/${version/* VERSION */.x}, sentry_key=${endpoint.publicKey}`,
                },
                interpret: sentry_interpret,
                label: item.fingerprint,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/destinations/slack.ts




// Slack incoming webhooks (docs.slack.dev): Block Kit with a `text` fallback. Limits: 50 blocks,
// header 150 characters, section text 3,000, and about 13,000 characters in all before Slack
// answers msg_blocks_too_long, so items are few and short.
const SLACK_LIMITS = { blocks: 50, header: 150, section: 3000, text: 3000, items: 10, itemChars: 900 };
function slack_link(url, label) {
    return url ? `<${url}|${escapeSlack(label)}>` : escapeSlack(label);
}
function slackItemText(item) {
    const lines = [
        `*${STATUS_LABEL[item.status]}${item.flaky ? ' (flaky)' : ''}:* ${escapeSlack(testsLine(item) || item.title)}`,
        `\`${escapeSlack(errorLine(item)).replace(/`/g, "'")}\``,
        `${item.fingerprint}${item.issue ? ` · ${slack_link(item.issue.url, `issue #${item.issue.number}`)}` : ''}`,
    ];
    return cut(lines.join('\n'), SLACK_LIMITS.itemChars);
}
/** Block Kit for one run: header, counts, one section per item, and what was left out. */
function slackMessage(event, endpoint) {
    const title = headline(event);
    const { items, omitted } = shown(event, SLACK_LIMITS.items);
    const mention = endpoint.mention ? `${endpoint.mention} ` : '';
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cut(title, SLACK_LIMITS.header), emoji: false } },
        {
            type: 'context',
            elements: [
                {
                    type: 'mrkdwn',
                    text: `${mention}${escapeSlack(countsLine(event))}${event.runUrl ? ` · ${slack_link(event.runUrl, 'CI run')}` : ''}`,
                },
            ],
        },
        ...items.map((item) => ({
            type: 'section',
            text: { type: 'mrkdwn', text: cut(slackItemText(item), SLACK_LIMITS.section) },
        })),
    ];
    if (omitted > 0)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${omitted} more` }] });
    const message = {
        text: cut(`${mention}${escapeSlack(title)}`, SLACK_LIMITS.text),
        blocks: blocks.slice(0, SLACK_LIMITS.blocks),
    };
    if (endpoint.username)
        message.username = endpoint.username;
    if (endpoint.channel)
        message.channel = endpoint.channel;
    return message;
}
// Incoming webhooks answer 200 "ok", or a plain-text error such as invalid_blocks.
function slack_interpret(response) {
    const verdict = (0,http/* defaultVerdict */.Ti)(response, new Date());
    if (verdict.ok && response.text.trim() !== 'ok' && response.text.trim() !== '') {
        return { ok: false, retry: false, detail: `answered ${response.status}: ${response.text.slice(0, 200)}` };
    }
    return verdict;
}
const slackDestination = {
    type: 'slack',
    defaultOn: ['new', 'regression'],
    fields: ['url'],
    parseEndpoint: (entry, field, base) => ({
        ...base,
        type: 'slack',
        url: (0,fields/* requiredUrl */.$T)(entry, 'url', field).href,
    }),
    secrets: (endpoint) => [endpoint.url],
    render(event, endpoint) {
        return [
            {
                url: endpoint.url,
                body: JSON.stringify(slackMessage(event, endpoint)),
                headers: { 'content-type': 'application/json' },
                interpret: slack_interpret,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/destinations/slack-bot.ts



// The Web API answers HTTP 200 with {"ok": false, "error": "…"} for most failures.
function slack_bot_interpret(response) {
    const verdict = (0,http/* defaultVerdict */.Ti)(response, new Date());
    if (!verdict.ok)
        return verdict;
    try {
        const body = JSON.parse(response.text);
        if (body.ok === true)
            return verdict;
        return { ok: false, retry: body.error === 'ratelimited', detail: `Slack said ${body.error ?? 'not ok'}` };
    }
    catch {
        return { ok: false, retry: false, detail: 'Slack answered something that is not JSON' };
    }
}
function request(endpoint, event, items, threadTs) {
    const message = slackMessage({ ...event, items }, endpoint);
    const body = {
        ...message,
        channel: endpoint.channel,
        ...(threadTs
            ? { thread_ts: threadTs, reply_broadcast: items.some((item) => item.status === 'regressed') }
            : {}),
    };
    return {
        url: `${endpoint.apiUrl.replace(/\/$/, '')}/chat.postMessage`,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${endpoint.token}` },
        interpret: slack_bot_interpret,
        label: threadTs ? `thread ${threadTs}` : 'message',
    };
}
/** The run's requests: one new message for items with no thread yet, one reply per known thread. */
function slackBotPlan(event, endpoint, threads) {
    const known = threads[endpoint.channel] ?? {};
    const fresh = [];
    const replies = new Map();
    for (const item of event.items) {
        const ts = known[item.fingerprint];
        if (ts && item.status !== 'new')
            replies.set(ts, [...(replies.get(ts) ?? []), item]);
        else
            fresh.push(item);
    }
    return {
        fresh: fresh.length > 0
            ? { request: request(endpoint, event, fresh), fingerprints: fresh.map((item) => item.fingerprint) }
            : undefined,
        replies: [...replies].map(([ts, items]) => request(endpoint, event, items, ts)),
    };
}
const slackBotDestination = {
    type: 'slack-bot',
    defaultOn: ['new', 'regression', 'always'],
    fields: ['token', 'api-url'],
    parseEndpoint(entry, field, base) {
        return {
            ...base,
            type: 'slack-bot',
            token: (0,fields/* requiredString */.Fk)(entry, 'token', field),
            channel: (0,fields/* requiredString */.Fk)(entry, 'channel', field),
            apiUrl: (0,fields/* optionalString */.sx)(entry, 'api-url', field)
                ? (0,fields/* requiredUrl */.$T)(entry, 'api-url', field).href
                : 'https://slack.com/api',
        };
    },
    secrets: (endpoint) => [endpoint.token],
    render(event, endpoint) {
        const plan = slackBotPlan(event, endpoint, {});
        return plan.fresh ? [plan.fresh.request] : [];
    },
    async send(event, endpoint, context) {
        const threads = ((await context.state.read('slack-threads')) ?? {});
        const plan = slackBotPlan(event, endpoint, threads);
        const requests = [...(plan.fresh ? [plan.fresh.request] : []), ...plan.replies];
        const results = [];
        for (const outgoing of requests) {
            const result = await context.post(outgoing);
            results.push(result);
            if (outgoing === plan.fresh?.request && result.ok) {
                const ts = JSON.parse(result.text ?? '{}').ts;
                if (ts) {
                    const channel = { ...(threads[endpoint.channel] ?? {}) };
                    for (const fingerprint of plan.fresh.fingerprints)
                        channel[fingerprint] = ts;
                    threads[endpoint.channel] = channel;
                    await context.state.write('slack-threads', threads);
                }
            }
        }
        return { requests, results };
    },
};

;// CONCATENATED MODULE: ./src/destinations/teams.ts




// Microsoft Teams through a Workflows webhook: an Adaptive Card 1.4 in a `message` envelope.
// Teams answers 202 at once; card errors surface later in the flow run, so the card must be
// valid by construction. Messages stay under about 28 KB (Teams connector limits).
const TEAMS_LIMITS = { bytes: 28_000, items: 10, itemChars: 1200 };
const teams_text = (value, extra = {}) => ({
    type: 'TextBlock',
    text: value,
    wrap: true,
    ...extra,
});
function card(body, runUrl) {
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    body,
                    ...(runUrl ? { actions: [{ type: 'Action.OpenUrl', title: 'Open the CI run', url: runUrl }] } : {}),
                },
            },
        ],
    };
}
const teamsDestination = {
    type: 'teams',
    defaultOn: ['new', 'regression'],
    fields: ['url'],
    parseEndpoint(entry, field, base) {
        const url = (0,fields/* requiredUrl */.$T)(entry, 'url', field, ['https:', 'http:']);
        if (/(^|\.)webhook\.office\.com$/i.test(url.hostname) ||
            /outlook\.office(365)?\.com$/i.test(url.hostname)) {
            throw new errors/* ConfigError */.xL(`${field}.url`, 'is a retired Office 365 connector URL; create a webhook with the Teams Workflows app ("Send webhook alerts to a channel") and use its URL');
        }
        return { ...base, type: 'teams', url: url.href };
    },
    secrets: (endpoint) => [endpoint.url],
    render(event, endpoint) {
        const { items, omitted } = shown(event, TEAMS_LIMITS.items);
        const body = [
            teams_text(defuseMentions(headline(event)), { size: 'Large', weight: 'Bolder' }),
            teams_text(defuseMentions(`${endpoint.mention ? `${endpoint.mention} ` : ''}${countsLine(event)}`), {
                isSubtle: true,
            }),
        ];
        for (const item of items) {
            const lines = [
                teams_text(cut(defuseMentions(`${STATUS_LABEL[item.status]}: ${testsLine(item) || item.title}`), 300), {
                    weight: 'Bolder',
                }),
                teams_text(cut(defuseMentions(errorLine(item)), TEAMS_LIMITS.itemChars), { fontType: 'Monospace' }),
                teams_text(`${item.fingerprint}${item.issue ? ` · ${item.issue.url ? `[issue #${item.issue.number}](${item.issue.url})` : `issue #${item.issue.number}`}` : ''}`, {
                    isSubtle: true,
                    size: 'Small',
                }),
            ];
            const candidate = [...body, { type: 'Container', separator: true, items: lines }];
            if (measure(JSON.stringify(card(candidate, event.runUrl)), 'bytes') > TEAMS_LIMITS.bytes - 500)
                break;
            body.push(candidate.at(-1));
        }
        const left = event.items.length - (body.length - 2);
        if (left > 0 || omitted > 0)
            body.push(teams_text(`…and ${left} more`, { isSubtle: true }));
        return [
            {
                url: endpoint.url,
                body: JSON.stringify(card(body, event.runUrl)),
                headers: { 'content-type': 'application/json' },
            },
        ];
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/destinations/template.ts






const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;
function values(event) {
    const count = (status) => event.items.filter((item) => item.status === status).length;
    return {
        headline: defuseMentions(headline(event)),
        counts: countsLine(event),
        text: defuseMentions([
            headline(event),
            countsLine(event),
            ...event.items.map((item) => `${STATUS_LABEL[item.status]}: ${testsLine(item) || item.title} — ${errorLine(item)} (${item.fingerprint})`),
        ].join('\n')),
        repository: event.run.repository ?? '',
        branch: event.run.branch ?? '',
        sha: event.run.sha ?? '',
        runUrl: event.runUrl ?? '',
        tests: event.summary.tests,
        passed: event.summary.passed,
        failed: event.summary.failed,
        skipped: event.summary.skipped,
        flaky: event.summary.flaky,
        newCount: count('new'),
        regressedCount: count('regressed'),
        recurringCount: count('recurring'),
        recoveredCount: count('recovered'),
        fingerprints: event.items.map((item) => item.fingerprint).join(','),
        items: (0,generic/* genericData */.wK)(event).items,
        id: event.id,
        timestamp: event.timestamp.toISOString(),
    };
}
const PLACEHOLDERS = Object.keys(values({
    id: '',
    timestamp: new Date(0),
    summary: { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, durationMs: 0 },
    run: {},
    items: [],
}));
function check(node, field) {
    if (typeof node === 'string') {
        for (const match of node.matchAll(PLACEHOLDER)) {
            if (!PLACEHOLDERS.includes(match[1] ?? ''))
                throw new errors/* ConfigError */.xL(field, `unknown placeholder {{${match[1]}}} (use ${PLACEHOLDERS.join(', ')})`);
        }
    }
    else if (Array.isArray(node)) {
        for (const [index, item] of node.entries())
            check(item, `${field}[${index}]`);
    }
    else if (node && typeof node === 'object')
        for (const [key, item] of Object.entries(node))
            check(item, `${field}.${key}`);
}
/** A string that is exactly one placeholder takes the value's own type (number, list); others get text. */
function fill(node, data) {
    if (typeof node === 'string') {
        const whole = /^\{\{\s*([a-zA-Z]+)\s*\}\}$/.exec(node);
        if (whole)
            return data[whole[1] ?? ''];
        return node.replace(PLACEHOLDER, (_, name) => String(data[name] ?? ''));
    }
    if (Array.isArray(node))
        return node.map((item) => fill(item, data));
    if (node && typeof node === 'object')
        return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, fill(item, data)]));
    return node;
}
const templateDestination = {
    type: 'template',
    defaultOn: ['new', 'regression'],
    fields: ['url', 'template'],
    parseEndpoint(entry, field, base) {
        const path = (0,fields/* requiredString */.Fk)(entry, 'template', field);
        let template;
        try {
            template = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`${field}.template`, `cannot read ${path} as JSON: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
        }
        check(template, `${field}.template`);
        return { ...base, type: 'template', url: (0,fields/* requiredUrl */.$T)(entry, 'url', field).href, template };
    },
    secrets: (endpoint) => [endpoint.url],
    render: (event, endpoint) => [
        {
            url: endpoint.url,
            body: JSON.stringify(fill(endpoint.template, values(event))),
            headers: { 'content-type': 'application/json' },
        },
    ],
};

;// CONCATENATED MODULE: ./src/destinations/registry.ts











// biome-ignore lint/suspicious/noExplicitAny: each destination narrows its own endpoint type.
const destinations = [
    generic/* genericDestination */.A4,
    slackDestination,
    slackBotDestination,
    discordDestination,
    teamsDestination,
    googleChatDestination,
    mattermostDestination,
    pagerdutyDestination,
    datadogDestination,
    sentryDestination,
    templateDestination,
];
function destinationTypes() {
    return destinations.map((destination) => destination.type);
}
function destinationByType(type) {
    return destinations.find((destination) => destination.type === type);
}


/***/ }),

/***/ 5289:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ selectFor)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

const STATUSES_FOR = {
    new: ['new'],
    regression: ['regressed'],
    always: ['new', 'regressed', 'recurring'],
    recovery: ['recovered'],
};
/** The items an endpoint asked for, by its `on`, `kinds` and `branches` filters. */
function selectFor(endpoint, items, run) {
    if (endpoint.branches) {
        const branch = run.branch ?? '';
        if (!endpoint.branches.some((pattern) => picomatch__WEBPACK_IMPORTED_MODULE_0___default().isMatch(branch, pattern))) {
            return { skip: `branch ${branch || '(unknown)'} is not in its branches filter` };
        }
    }
    const wanted = new Set(endpoint.on.flatMap((trigger) => STATUSES_FOR[trigger]));
    const kinds = endpoint.kinds;
    // An item's failure is read back each time it is asked for (see alertItems): once per item here.
    const chosen = items.filter((item) => {
        if (!wanted.has(item.status))
            return false;
        const kind = kinds && item.failure?.kind;
        return !kind || kinds.includes(kind);
    });
    return chosen.length > 0 ? { items: chosen } : { skip: `nothing matched on: ${endpoint.on.join(', ')}` };
}


/***/ }),

/***/ 2647:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ standardWebhookHeaders),
/* harmony export */   o: () => (/* binding */ secretKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// Standard Webhooks v1 (standard-webhooks/standard-webhooks spec/standard-webhooks.md):
// signature = base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), key = the secret's
// bytes after the "whsec_" prefix, base64-decoded, as the reference libraries read it.
function secretKey(secret) {
    return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}
function standardWebhookHeaders(id, body, secret, now) {
    const timestamp = Math.floor(now.getTime() / 1000).toString();
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secretKey(secret))
        .update(`${id}.${timestamp}.${body}`)
        .digest('base64');
    return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}


/***/ }),

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

;// CONCATENATED MODULE: ./src/clock.ts
const systemClock = {
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/fingerprint/rules.ts
var rules = __nccwpck_require__(6399);
// EXTERNAL MODULE: ./src/logs/in-app.ts
var in_app = __nccwpck_require__(5482);
;// CONCATENATED MODULE: ./src/config/file.ts





const KEYS = new Set(['webhooks', 'fingerprints', 'group-by', 'in-app', 'memory']);
const MEMORY_KEYS = {
    'failures-in-memory': 'failuresInMemory',
    'failures-in-memory-mb': 'failuresInMemoryMb',
    'parse-thread-from-mb': 'parseThreadFromMb',
};
// memory: { failures-in-memory: 1000, failures-in-memory-mb: 6, parse-thread-from-mb: 256 }
function memorySettings(value, field) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigError */.xL(field, `must be a mapping with ${Object.keys(MEMORY_KEYS).join(', ')}`);
    const settings = {};
    for (const [key, amount] of Object.entries(value)) {
        const name = MEMORY_KEYS[key];
        if (!name)
            throw new errors/* ConfigError */.xL(`${field}: ${key}`, `unknown key (use ${Object.keys(MEMORY_KEYS).join(', ')})`);
        if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0)
            throw new errors/* ConfigError */.xL(`${field}: ${key}`, 'must be a whole number, 0 or more');
        settings[name] = amount;
    }
    return settings;
}
function globList(value, field) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        throw new errors/* ConfigError */.xL(field, 'must be a list of globs');
    return value;
}
// in-app: { include: [globs], exclude: [globs] }, matched on a frame's file or module.
function inAppRules(value, field) {
    if (value === undefined || value === null)
        return in_app/* NO_IN_APP_RULES */._;
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigError */.xL(field, 'must be a mapping with include and exclude');
    const record = value;
    for (const key of Object.keys(record)) {
        if (key !== 'include' && key !== 'exclude')
            throw new errors/* ConfigError */.xL(`${field}: ${key}`, 'unknown key (use include, exclude)');
    }
    return {
        include: globList(record.include, `${field}: include`),
        exclude: globList(record.exclude, `${field}: exclude`),
    };
}
function file_readConfigFile(path, field) {
    if (!path)
        return { webhooks: [], fingerprints: [], inApp: in_app/* NO_IN_APP_RULES */._, memory: {} };
    let value;
    try {
        value = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        // Keep the first line only: YAML errors quote the source, which may hold a secret.
        throw new errors/* ConfigError */.xL(field, `cannot read ${path}: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
    }
    if (value === null || value === undefined)
        return { webhooks: [], fingerprints: [], inApp: in_app/* NO_IN_APP_RULES */._, memory: {} };
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigError */.xL(field, `${path} must be a YAML mapping`);
    const record = value;
    for (const key of Object.keys(record)) {
        if (!KEYS.has(key))
            throw new errors/* ConfigError */.xL(`${path}: ${key}`, `unknown key (use ${[...KEYS].join(', ')})`);
    }
    if (record.webhooks !== undefined && !Array.isArray(record.webhooks)) {
        throw new errors/* ConfigError */.xL(`${path}: webhooks`, 'must be a YAML list of endpoints');
    }
    const groupBy = record['group-by'];
    if (groupBy !== undefined && typeof groupBy !== 'string')
        throw new errors/* ConfigError */.xL(`${path}: group-by`, 'must be a string');
    return {
        webhooks: record.webhooks ?? [],
        fingerprints: (0,rules/* parseFingerprintRules */.bA)(record.fingerprints, `${path}: fingerprints`),
        ...(groupBy ? { groupBy } : {}),
        inApp: inAppRules(record['in-app'], `${path}: in-app`),
        memory: memorySettings(record.memory, `${path}: memory`),
    };
}

;// CONCATENATED MODULE: ./src/config/github.ts


/** The event that triggered the workflow (GITHUB_EVENT_PATH); empty when absent or unreadable. */
function github_readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
function whole(value, field, fallback) {
    if (!value)
        return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0)
        throw new errors/* ConfigError */.xL(field, 'must be a whole number, 0 or more');
    return number;
}
const list = (value) => value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
const DEFAULT_ISSUE_EVENTS = ['push', 'schedule', 'workflow_dispatch', 'workflow_run'];
function github_githubTrackerConfig(read, env, run) {
    const token = read('github-token');
    if (!token)
        throw new errors/* ConfigError */.xL('github-token', 'is required by the github issue tracker');
    const repository = read('repository') || env.GITHUB_REPOSITORY || '';
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined)
        throw new errors/* ConfigError */.xL('repository', 'must be owner/name');
    const event = github_readEvent(env.GITHUB_EVENT_PATH);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const defaultBranch = read('default-branch') || event.repository?.default_branch;
    const events = read('issue-events') ? list(read('issue-events')) : DEFAULT_ISSUE_EVENTS;
    const headRepo = event.pull_request?.head?.repo?.full_name;
    let reportReason;
    if (headRepo && headRepo !== repository)
        reportReason = 'a pull request from a fork gets a read-only token; use the workflow_run setup';
    else if (eventName && !events.includes(eventName))
        reportReason = `${eventName} events only report (issue-events: ${events.join(', ')})`;
    else if (defaultBranch && run.branch && run.branch !== defaultBranch && eventName !== 'workflow_run') {
        reportReason = `branch ${run.branch} is not the default branch ${defaultBranch}`;
    }
    const spacing = read('write-spacing');
    const config = {
        owner,
        repo,
        token,
        apiUrl: (read('github-api-url') || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
        label: read('issue-label') || 'faultline',
        labels: list(read('issue-labels')),
        flakyLabel: read('flaky-label') || 'flaky',
        ignoreLabel: read('ignore-label') || 'faultline:ignore',
        assignees: list(read('assignees')).map((login) => login.replace(/^@/, '')),
        assignCodeowners: read('assign-codeowners') === 'true',
        closeAfter: whole(read('close-after'), 'close-after', 0),
        maxNewIssues: whole(read('max-new-issues'), 'max-new-issues', 10),
        quietDays: whole(read('quiet-days'), 'quiet-days', 7),
        convergeDelayMs: whole(read('converge-delay'), 'converge-delay', 3000),
        ...(spacing ? { writeSpacingMs: whole(spacing, 'write-spacing', 1000) } : {}),
        mode: reportReason ? 'report' : 'write',
        ...(reportReason ? { reportReason } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        authors: ['github-actions[bot]', ...list(read('issue-authors'))].map((login) => login.toLowerCase()),
    };
    return config;
}

// EXTERNAL MODULE: ./src/destinations/standard-webhooks.ts
var standard_webhooks = __nccwpck_require__(2647);
;// CONCATENATED MODULE: ./src/destinations/destination.ts
const TRIGGERS = ['new', 'regression', 'always', 'recovery'];

// EXTERNAL MODULE: ./src/destinations/fields.ts
var fields = __nccwpck_require__(2676);
// EXTERNAL MODULE: ./src/destinations/registry.ts + 13 modules
var registry = __nccwpck_require__(1479);
;// CONCATENATED MODULE: ./src/config/webhooks.ts





const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** `${NAME}` in a value is read from the environment, so secrets stay out of files. */
function expandEnv(value, field, env) {
    if (typeof value === 'string') {
        return value.replace(ENV_REF, (_, name) => {
            const found = env[name];
            if (found === undefined || found === '')
                throw new errors/* ConfigError */.xL(field, `environment variable ${name} is not set`);
            return found;
        });
    }
    if (Array.isArray(value))
        return value.map((item, index) => expandEnv(item, `${field}[${index}]`, env));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expandEnv(item, `${field}.${key}`, env)]));
    }
    return value;
}
const COMMON_KEYS = new Set(['type', 'name', 'on', 'branches', 'kinds', 'username', 'channel', 'mention']);
function parseBase(entry, field, defaultOn) {
    const name = (0,fields/* optionalString */.sx)(entry, 'name', field) ?? field;
    const on = (0,fields/* stringList */.Yn)(entry, 'on', field) ?? [...defaultOn];
    for (const trigger of on) {
        if (!TRIGGERS.includes(trigger)) {
            throw new errors/* ConfigError */.xL(`${field}.on`, `unknown trigger "${trigger}" (use ${TRIGGERS.join(', ')})`);
        }
    }
    const base = { name, on: on };
    const branches = (0,fields/* stringList */.Yn)(entry, 'branches', field);
    if (branches)
        base.branches = branches;
    const kinds = (0,fields/* stringList */.Yn)(entry, 'kinds', field);
    if (kinds) {
        if (!kinds.every((kind) => kind === 'test' || kind === 'runtime'))
            throw new errors/* ConfigError */.xL(`${field}.kinds`, 'must list test and/or runtime');
        base.kinds = kinds;
    }
    for (const key of ['username', 'channel', 'mention']) {
        const value = (0,fields/* optionalString */.sx)(entry, key, field);
        if (value)
            base[key] = value;
    }
    return base;
}
function parseEntry(raw, field, env) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new errors/* ConfigError */.xL(field, 'must be a mapping');
    const entry = expandEnv(raw, field, env);
    const type = entry.type;
    if (typeof type !== 'string')
        throw new errors/* ConfigError */.xL(`${field}.type`, `is required (one of ${(0,registry/* destinationTypes */.W)().join(', ')})`);
    const destination = (0,registry/* destinationByType */.w)(type);
    if (!destination) {
        throw new errors/* ConfigError */.xL(`${field}.type`, `unknown type "${type}" (one of ${(0,registry/* destinationTypes */.W)().join(', ')})`);
    }
    const unknown = Object.keys(entry).find((key) => !COMMON_KEYS.has(key) && !destination.fields.includes(key));
    if (unknown)
        throw new errors/* ConfigError */.xL(`${field}.${unknown}`, `is not a field of ${type} endpoints (use ${[...COMMON_KEYS, ...destination.fields].join(', ')})`);
    return destination.parseEndpoint(entry, field, parseBase(entry, field, destination.defaultOn));
}
/** Validates each endpoint entry on its own, so one bad entry never stops the others. */
function webhooks_parseWebhooks(entries, field, env) {
    const result = { endpoints: [], errors: [], secrets: [] };
    entries.forEach((raw, index) => {
        const entryField = `${field}[${index}]`;
        try {
            const endpoint = parseEntry(raw, entryField, env);
            result.endpoints.push(endpoint);
            result.secrets.push(...((0,registry/* destinationByType */.w)(endpoint.type)?.secrets(endpoint) ?? []));
        }
        catch (error) {
            result.errors.push(error instanceof errors/* ConfigError */.xL ? error : new errors/* ConfigError */.xL(entryField, (0,errors/* errorMessage */.gJ)(error)));
            collectStrings(raw, result.secrets);
        }
    });
    return result;
}
const SECRET_KEY = /url|secret|token|key|dsn|password/i;
// A bad entry may still hold a secret (a URL with a typo in its type): mask what looks like one.
function collectStrings(value, into, key = '') {
    if (typeof value === 'string') {
        if (SECRET_KEY.test(key) || value.includes('://'))
            into.push(value);
    }
    else if (value && typeof value === 'object') {
        for (const [name, item] of Object.entries(value))
            collectStrings(item, into, name);
    }
}
function webhooks_parseWebhooksYaml(text, field, env) {
    if (!text.trim())
        return { endpoints: [], errors: [], secrets: [] };
    let value;
    try {
        value = parseYaml(text);
    }
    catch (error) {
        // The YAML parser quotes the offending text, which may be a secret: keep only its position.
        const position = /at line (\d+), column (\d+)/.exec(errorMessage(error));
        throw new ConfigError(field, `is not valid YAML${position ? ` (line ${position[1]}, column ${position[2]})` : ''}`);
    }
    if (value === null || value === undefined)
        return { endpoints: [], errors: [], secrets: [] };
    if (!Array.isArray(value))
        throw new ConfigError(field, 'must be a YAML list of endpoints');
    return webhooks_parseWebhooks(value, field, env);
}

;// CONCATENATED MODULE: ./src/config/serve.ts








const SERVE_DEFAULTS = {
    host: '127.0.0.1',
    port: 8080,
    dataDir: './faultline-data',
    // Standard Webhooks' reference libraries allow five minutes of clock skew and delay.
    toleranceSeconds: 300,
    // faultline's generic payload stays under 20 KB; a megabyte leaves room for other senders.
    maxBodyBytes: 1 << 20,
};
const SECRET_ENV = 'FAULTLINE_SERVE_SECRET';
function integer(value, field, fallback, min, max) {
    if (value === undefined || value === '')
        return fallback;
    if (!/^\d+$/.test(value))
        throw new errors/* ConfigError */.xL(field, `must be a whole number from ${min} to ${max}`);
    const parsed = Number(value);
    if (parsed < min || parsed > max)
        throw new errors/* ConfigError */.xL(field, `must be from ${min} to ${max}`);
    return parsed;
}
/** `--secret` may repeat, and the variable may hold several, split by spaces or commas. */
function secretList(flags, env) {
    const fromEnv = (env[SECRET_ENV] ?? '').split(/[\s,]+/);
    const secrets = [...flags, ...fromEnv].map((secret) => secret.trim()).filter(Boolean);
    if (secrets.length === 0)
        throw new errors/* ConfigError */.xL('--secret', `is required (or set ${SECRET_ENV}): unsigned webhooks are refused`);
    secrets.forEach((secret, index) => {
        // Never echo the value: name it by position only.
        if ((0,standard_webhooks/* secretKey */.o)(secret).length < 8)
            throw new errors/* ConfigError */.xL(`--secret #${index + 1}`, 'must be a whsec_<base64> secret of at least 8 bytes, as faultline signs with it');
    });
    return [...new Set(secrets)];
}
/** A faultline.yml (its `webhooks:`) or a bare YAML list of endpoints; a bad entry stops the server. */
function forwardConfig(path, cwd, env) {
    if (!path)
        return { endpoints: [], errors: [], secrets: [] };
    const full = (0,external_node_path_.resolve)(cwd, path);
    let value;
    try {
        value = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(full, 'utf8'));
    }
    catch (error) {
        // YAML errors quote the source, which may hold a secret: keep the first line only.
        throw new errors/* ConfigError */.xL('--forward', `cannot read ${path}: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
    }
    const entries = Array.isArray(value) ? value : file_readConfigFile(full, '--forward').webhooks;
    const webhooks = webhooks_parseWebhooks(entries, `${path}: webhooks`, env);
    const [first] = webhooks.errors;
    if (first)
        throw first;
    return webhooks;
}
function serveConfigFromArgv(argv, env, cwd) {
    let parsed;
    try {
        parsed = parseServeArgs(argv);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL('serve', (0,errors/* errorMessage */.gJ)(error));
    }
    const { values } = parsed;
    const secrets = secretList(values.secret ?? [], env);
    const forward = forwardConfig(values.forward, cwd, env);
    return {
        host: values.host ?? SERVE_DEFAULTS.host,
        port: integer(values.port, '--port', SERVE_DEFAULTS.port, 0, 65_535),
        dataDir: (0,external_node_path_.resolve)(cwd, values.data ?? SERVE_DEFAULTS.dataDir),
        secrets,
        toleranceSeconds: integer(values.tolerance, '--tolerance', SERVE_DEFAULTS.toleranceSeconds, 1, 86_400),
        maxBodyBytes: integer(values['max-body'], '--max-body', SERVE_DEFAULTS.maxBodyBytes, 1024, 64 << 20),
        forward,
        ...(values.ndjson ? { ndjson: (0,external_node_path_.resolve)(cwd, values.ndjson) } : {}),
        masked: [...secrets, ...forward.secrets],
        verbose: values.verbose ?? false,
    };
}
function parseServeArgs(argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        allowPositionals: false,
        strict: true,
        options: {
            port: { type: 'string', short: 'p' },
            host: { type: 'string' },
            data: { type: 'string', short: 'd' },
            secret: { type: 'string', multiple: true },
            forward: { type: 'string' },
            tolerance: { type: 'string' },
            'max-body': { type: 'string' },
            ndjson: { type: 'string' },
            verbose: { type: 'boolean', short: 'v' },
        },
    });
}

;// CONCATENATED MODULE: ./src/config/workflow-run.ts


const DEFAULT_MAX_ARTIFACT_MB = 512;
/** The mode's settings and the triaged run's context, or undefined when the mode is off. */
function workflow_run_workflowRunConfig(read, env) {
    const explicit = read('run-id');
    const event = env.GITHUB_EVENT_NAME === 'workflow_run'
        ? readEvent(env.GITHUB_EVENT_PATH).workflow_run
        : undefined;
    if (!explicit && !event?.id)
        return undefined;
    const runId = Number(explicit || event?.id);
    if (!Number.isSafeInteger(runId) || runId <= 0)
        throw new ConfigError('run-id', 'must be a workflow run id');
    const maxMb = Number(read('max-artifact-mb') || DEFAULT_MAX_ARTIFACT_MB);
    if (!Number.isFinite(maxMb) || maxMb <= 0)
        throw new ConfigError('max-artifact-mb', 'must be a number above 0');
    const jobLogs = read('job-logs') || 'failed';
    if (jobLogs !== 'failed' && jobLogs !== 'none')
        throw new ConfigError('job-logs', 'must be failed or none');
    const config = {
        runId,
        artifacts: read('artifacts') || '*',
        jobLogs: jobLogs === 'failed',
        maxArtifactBytes: maxMb * 1024 * 1024,
    };
    const run = { runId: String(runId) };
    if (explicit && explicit === env.GITHUB_RUN_ID) {
        config.ownRun = true;
        if (env.GITHUB_EVENT_NAME)
            config.event = env.GITHUB_EVENT_NAME;
        const own = [
            ['workflow', env.GITHUB_WORKFLOW],
            ['sha', env.GITHUB_SHA],
            ['branch', env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME],
            ['runAttempt', env.GITHUB_RUN_ATTEMPT],
            ['ref', env.GITHUB_REF],
        ];
        for (const [key, value] of own)
            if (value)
                run[key] = value;
        return { config, run };
    }
    // The event describes the triaged run only when it is that run (not when run-id names another).
    const same = event && (!explicit || Number(explicit) === event.id);
    if (same && event) {
        if (event.event)
            config.event = event.event;
        if (event.name)
            run.workflow = event.name;
        if (event.head_sha)
            run.sha = event.head_sha;
        if (event.head_branch)
            run.branch = event.head_branch;
        if (event.run_attempt)
            run.runAttempt = String(event.run_attempt);
        const pullRequest = event.pull_requests?.[0]?.number;
        if (pullRequest)
            return { config, run, pullRequest };
    }
    return { config, run };
}

// EXTERNAL MODULE: ./src/fingerprint/components.ts
var components = __nccwpck_require__(1458);
// EXTERNAL MODULE: ./src/fingerprint/fingerprint.ts + 1 modules
var fingerprint_fingerprint = __nccwpck_require__(8418);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/issues/codeowners.ts

function toGlob(pattern) {
    let glob = pattern.startsWith('/')
        ? pattern.slice(1)
        : pattern.includes('/') && !pattern.endsWith('/')
            ? pattern
            : `**/${pattern}`;
    if (glob.endsWith('/'))
        glob = `${glob}**`;
    return glob;
}
function parseCodeowners(text) {
    const rules = [];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/#.*$/, '').trim();
        if (!line)
            continue;
        const [pattern = '', ...owners] = line.split(/\s+/);
        const glob = toGlob(pattern);
        const matchers = [picomatch_default()(glob, { dot: true }), picomatch_default()(`${glob}/**`, { dot: true })];
        rules.push({ match: (path) => matchers.some((matcher) => matcher(path)), owners });
    }
    return rules;
}
/** The users who own a path: from the last rule that matches it. */
function ownersOf(rules, path) {
    const normalized = path.replace(/\\/g, '/').replace(/^\.?\//, '');
    for (let index = rules.length - 1; index >= 0; index -= 1) {
        const rule = rules[index];
        if (rule?.match(normalized))
            return rule.owners.filter((owner) => /^@[\w-]+$/.test(owner)).map((owner) => owner.slice(1));
    }
    return [];
}

// EXTERNAL MODULE: ./src/render/title.ts
var title = __nccwpck_require__(9138);
;// CONCATENATED MODULE: ./src/render/summary-groups.ts

const STATUS_ORDER = ['regressed', 'new', 'recurring', 'flaky', 'unfiled'];
const STATUS_HEADINGS = {
    regressed: 'Regressed',
    new: 'New',
    recurring: 'Recurring',
    flaky: 'Flaky',
    unfiled: 'Not filed',
};
function statusOf(failures, issue) {
    if (failures.every((failure) => failure.flaky))
        return 'flaky';
    if (!issue)
        return 'unfiled';
    if (issue.action === 'reopen')
        return 'regressed';
    return issue.action === 'open' ? 'new' : 'recurring';
}
function groupFailures(failures, issues) {
    const byFingerprint = new Map();
    for (const failure of failures) {
        const list = byFingerprint.get(failure.fingerprint);
        if (list)
            list.push(failure);
        else
            byFingerprint.set(failure.fingerprint, [failure]);
    }
    const plan = new Map(issues.map((entry) => [entry.fingerprint, entry]));
    const groups = [...byFingerprint].map(([fingerprint, list]) => {
        const issue = plan.get(fingerprint);
        const group = { fingerprint, status: statusOf(list, issue), failures: list };
        if (issue)
            group.issue = issue;
        return group;
    });
    return groups.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}
/** Markdown cell or inline text: no pipes or newlines, and nothing GitHub would render as HTML or a mention. */
function cell(text, max = 200) {
    return (0,title/* truncate */.xv)(text, max)
        .replace(/[\r\n]+/g, ' ')
        .replace(/\|/g, '\\|')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/`/g, 'ˋ')
        .replace(/@(?=\w)/g, '@\u200b');
}
/** "job test (ubuntu-latest, 20) · step Run tests": where in the run, when known. */
function originLabel(origin) {
    if (!origin)
        return '';
    const parts = [];
    if (origin.job) {
        const leg = origin.matrix && Object.keys(origin.matrix).length > 0
            ? ` (${Object.values(origin.matrix).join(', ')})`
            : '';
        parts.push(`job ${origin.job}${origin.job.includes('(') ? '' : leg}`);
    }
    if (origin.step)
        parts.push(`step ${origin.step}`);
    if (origin.runAttempt && origin.runAttempt > 1)
        parts.push(`attempt ${origin.runAttempt}`);
    if (origin.artifact)
        parts.push(`artifact ${origin.artifact}`);
    return parts.join(' · ');
}
/** The frames a person reads first: the code of the project, innermost first. */
function inAppStack(failure, limit = 12) {
    const frames = failure.error.frames.filter((frame) => frame.inApp);
    const lines = (frames.length > 0 ? frames : failure.error.frames).slice(0, limit).map((frame) => {
        const where = frame.file
            ? `${frame.file}${frame.line ? `:${frame.line}` : ''}${frame.column ? `:${frame.column}` : ''}`
            : '';
        return frame.function ? `at ${frame.function}${where ? ` (${where})` : ''}` : `at ${where || '?'}`;
    });
    for (const cause of failure.error.causes ?? []) {
        lines.push(`caused by ${cause.type ? `${cause.type}: ` : ''}${cause.message}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/issues/github-body.ts


// The issue body faultline writes and reads back. Its first line is the hidden marker that
// names the fingerprint; its last is the hidden state block. Everything from test output is
// escaped so it cannot forge either (no "<!--" survives), break out of a code fence, or
// mention anyone.
const MAX_BODY_CHARS = 60_000; // GitHub refuses more than 65,536.
const MARKER = /^<!-- faultline:issue fingerprint=(v\d+:[0-9a-f]{16,64}) -->$/;
const STATE = /<!-- faultline:state (\{.*\}) -->\s*$/;
function stateLine(state) {
    return `<!-- faultline:state ${JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')} -->`;
}
/** The same body with only its state block replaced (a green run changes nothing else). */
function renderIssueBodyFromState(issue, state) {
    return STATE.test(issue.body)
        ? issue.body.replace(STATE, () => stateLine(state))
        : `${issue.body}\n\n${stateLine(state)}`;
}
function markerLine(fingerprint) {
    return `<!-- faultline:issue fingerprint=${fingerprint} -->`;
}
/** The fingerprint of a faultline body, read from its first line only. */
function readMarker(body) {
    return MARKER.exec((body ?? '').split('\n', 1)[0]?.trim() ?? '')?.[1];
}
function readState(body) {
    const json = STATE.exec(body ?? '')?.[1];
    if (!json)
        return undefined;
    try {
        return JSON.parse(json);
    }
    catch {
        return undefined;
    }
}
/** Text from test output, made inert for an issue body. */
function inert(text) {
    return text
        .replace(/<!--/g, '&lt;!--')
        .replace(/-->/g, '--&gt;')
        .replace(/@(?=[\w-])/g, '@\u200b');
}
function fenced(text, language = '') {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
function cut(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}\n… (cut: ${text.length - max} more characters)`;
}
function runLink(context, run) {
    if (!run)
        return '';
    return context.serverUrl && context.repository
        ? ` in [run ${run}](${context.serverUrl}/${context.repository}/actions/runs/${run})`
        : ` in run ${run}`;
}
function issueTitle(failure) {
    return (0,title/* failureTitle */.nV)(failure);
}
/** The whole body, under GitHub's size limit: the stack trace shrinks first, then the test list. */
function renderIssueBody(context) {
    const first = context.failures[0];
    if (!first)
        throw new Error('an issue body needs a failure');
    const { state } = context;
    const error = (0,title/* errorLine */.BP)(first.error);
    const frames = first.error.frames.filter((frame) => frame.inApp).slice(0, 15);
    const tests = [...new Set(context.failures.map(title/* failureLabel */.Zu))];
    const where = [...new Set(context.failures.map((failure) => originLabel(failure.origin)).filter(Boolean))]
        .slice(0, 5)
        .join('; ');
    const head = [
        markerLine(state.fingerprint),
        `### ${inert(cut(error, 300))}`,
        '',
        `Fingerprint \`${state.fingerprint}\`, filed by faultline. It groups every failure with the same fingerprint; run \`faultline explain\` to see why.`,
        '',
        '| | |',
        '|---|---|',
        `| First seen | ${state.firstSeen}${runLink(context, state.firstRun)} |`,
        `| Last seen | ${state.lastSeen}${runLink(context, state.lastRun)} |`,
        `| Occurrences | ${state.occurrences} |`,
        `| Branches | ${state.branches.map((branch) => `\`${inert(branch)}\``).join(', ') || '—'} |`,
        `| Jobs | ${state.jobs.map((job) => `\`${inert(job)}\``).join(', ') || '—'} |`,
        ...(where ? [`| Where | ${inert(where).replace(/\|/g, '\\|')} |`] : []),
        '',
        '#### Error',
        fenced(inert(cut(first.error.message, 4000))),
        ...(frames.length > 0
            ? [
                '',
                '#### In-app stack',
                ...frames.map((frame) => `- \`${inert(frame.file ?? '?')}:${frame.line ?? '?'}\`${frame.function ? ` in \`${inert(frame.function)}\`` : ''}`),
            ]
            : []),
    ];
    const tail = ['', stateLine(state)];
    const build = (testLimit, stackChars) => {
        const shownTests = tests.slice(0, testLimit).map((test) => `- ${inert(test)}`);
        const more = tests.length > testLimit ? [`- … and ${tests.length - testLimit} more`] : [];
        const stack = first.error.stack && stackChars > 0
            ? [
                '',
                '<details><summary>Stack trace</summary>',
                '',
                fenced(inert(cut(first.error.stack, stackChars))),
                '',
                '</details>',
            ]
            : [];
        return [
            ...head,
            '',
            `#### Failing tests (${tests.length})`,
            ...shownTests,
            ...more,
            ...stack,
            ...tail,
        ].join('\n');
    };
    for (const [testLimit, stackChars] of [
        [50, 20_000],
        [50, 5_000],
        [20, 1_000],
        [5, 0],
    ]) {
        const body = build(testLimit, stackChars);
        if (body.length <= MAX_BODY_CHARS)
            return body;
    }
    return build(1, 0).slice(0, MAX_BODY_CHARS - tail.join('\n').length) + tail.join('\n');
}

;// CONCATENATED MODULE: ./src/issues/github-errors.ts
// What a person needs to read when GitHub says no: which permission is missing and the exact
// `permissions:` block to add. The messages name no token and no URL with credentials.
function isPermissionError(error) {
    const { status, message } = (error ?? {});
    return status === 403 && !/rate limit/i.test(message ?? '') && !/locked/i.test(message ?? '');
}
function describeGitHubError(error) {
    const failure = (error ?? {});
    const what = failure.request
        ? `${failure.request.method} ${new URL(failure.request.url ?? '/', 'https://api.github.com').pathname}`
        : 'a request';
    const said = (failure.message ?? String(error)).split('\n')[0]?.slice(0, 300);
    if (isPermissionError(error)) {
        const accepted = failure.response?.headers?.['x-accepted-github-permissions'];
        return [
            `GitHub refused ${what} (403: ${said}). The token needs issues: write${accepted ? ` (GitHub accepts: ${accepted})` : ''}.`,
            'Add this to the job, or to the workflow:',
            '  permissions:',
            '    contents: read',
            '    issues: write',
            'On pull requests from forks the token is read-only whatever you ask: use the workflow_run setup in the README.',
            'faultline carried on without writing issues.',
        ].join('\n');
    }
    if (failure.status === 403 || failure.status === 429)
        return `GitHub rate-limited ${what} (${failure.status}: ${said}); faultline stopped writing issues for this run.`;
    return `GitHub issue sync stopped at ${what}: ${failure.status ? `${failure.status} ` : ''}${said}`;
}

;// CONCATENATED MODULE: ./src/issues/github-index.ts

async function listTracked(octokit, repo, label, authors) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        labels: label,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
    });
    const index = new Map();
    for (const issue of issues) {
        if (issue.pull_request)
            continue;
        if (!issue.user || !authors.has(issue.user.login.toLowerCase()))
            continue;
        const fingerprint = readMarker(issue.body);
        if (!fingerprint)
            continue;
        const tracked = {
            number: issue.number,
            title: issue.title,
            open: issue.state === 'open',
            stateReason: issue.state_reason ?? null,
            locked: issue.locked,
            labels: issue.labels.map((item) => (typeof item === 'string' ? item : (item.name ?? ''))),
            url: issue.html_url,
            fingerprint,
            state: readState(issue.body),
            body: issue.body ?? '',
        };
        index.set(fingerprint, [...(index.get(fingerprint) ?? []), tracked]);
    }
    return index;
}
/** The issue that stands for a fingerprint: the lowest-numbered one not closed as a duplicate. */
function canonical(candidates) {
    return [...candidates]
        .filter((issue) => issue.stateReason !== 'duplicate')
        .sort((a, b) => a.number - b.number)[0];
}

;// CONCATENATED MODULE: ./src/issues/github-maintenance.ts


/**
 * Where racing runs filed one fingerprint twice, the lowest number wins and the others are
 * closed as duplicates pointing at it. Every racer computes the same winner, and closing is
 * idempotent, so they agree whatever the timing.
 */
async function closeDuplicates(octokit, repo, index, log) {
    let closed = 0;
    for (const issues of index.values()) {
        const winner = canonical(issues.filter((issue) => issue.open));
        if (!winner)
            continue;
        for (const loser of issues.filter((issue) => issue.open && issue.number !== winner.number && !issue.locked)) {
            await octokit.rest.issues.createComment({
                ...repo,
                issue_number: loser.number,
                body: `Duplicate of #${winner.number}: both were filed for \`${winner.fingerprint}\` by runs that raced.`,
            });
            await octokit.rest.issues.update({
                ...repo,
                issue_number: loser.number,
                state: 'closed',
                state_reason: 'duplicate',
            });
            loser.open = false;
            loser.stateReason = 'duplicate';
            closed += 1;
            log.info(`Closed #${loser.number} as a duplicate of #${winner.number}`);
        }
    }
    return closed;
}
/**
 * A green run counts for an open issue only when it read every report the failure was last
 * seen in, without the failure: a run that never reached the test proves nothing. After
 * `close-after` green runs in a row on the default branch, the issue is closed as completed.
 */
async function countGreenRuns(octokit, repo, index, failing, readSources, config, context) {
    const read = new Set(readSources);
    const plan = [];
    for (const [fingerprint, issues] of index) {
        const issue = canonical(issues);
        const state = issue?.state;
        if (!issue?.open || issue.locked || !state || failing.has(fingerprint))
            continue;
        if (state.sources.length === 0 || !state.sources.every((source) => read.has(source)))
            continue;
        if (context.run.runId && state.lastGreenRun === context.run.runId)
            continue;
        const next = {
            ...state,
            green: state.green + 1,
            ...(context.run.runId ? { lastGreenRun: context.run.runId } : {}),
        };
        const close = config.closeAfter > 0 && next.green >= config.closeAfter;
        await octokit.rest.issues.update({
            ...repo,
            issue_number: issue.number,
            body: renderIssueBodyFromState(issue, next),
            ...(close ? { state: 'closed', state_reason: 'completed' } : {}),
        });
        if (close) {
            const runRef = context.run.runId ? `run ${context.run.runId}` : 'this run';
            await octokit.rest.issues.createComment({
                ...repo,
                issue_number: issue.number,
                body: `No longer failing: ${next.green} green run(s) in a row on the default branch, the last in ${runRef}. Closing; faultline reopens it if it comes back.`,
            });
        }
        // The first green run is the recovery: destinations hear of it once per episode.
        if (next.green === 1 || close) {
            plan.push({
                fingerprint,
                action: 'resolve',
                title: issue.title,
                number: issue.number,
                occurrences: state.occurrences,
                url: issue.url,
                ...(close ? {} : { note: `recovered; closes after ${config.closeAfter || 'never'} green runs` }),
            });
        }
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/issues/github.ts







const DAY_MS = 86_400_000;
// The state block keeps the message only to notice a change: its start is enough, and keeps the block small.
const stateMessage = (failure) => failure.error.message.slice(0, 500);
function groupByFingerprint(failures) {
    const groups = new Map();
    for (const failure of failures)
        groups.set(failure.fingerprint, [...(groups.get(failure.fingerprint) ?? []), failure]);
    return groups;
}
function entry(issue, fingerprint, action, title, occurrences, note) {
    return {
        fingerprint,
        action,
        title,
        number: issue.number,
        occurrences,
        ...(issue.url ? { url: issue.url } : {}),
        ...(note ? { note } : {}),
    };
}
function notFiled(fingerprint, first, reason) {
    return entry({ number: 0 }, fingerprint, 'open', issueTitle(first), 1, `not filed: ${reason}`);
}
/** The jobs a group failed in: the triaged run's legs in workflow_run mode, else this job. */
function jobsOf(group, job) {
    const legs = [...new Set(group.flatMap((failure) => (failure.origin?.job ? [failure.origin.job] : [])))];
    return legs.length > 0 ? legs : job ? [job] : [];
}
class GitHubTracker {
    config;
    context;
    name = 'github';
    repo;
    // Made on the first sync: Octokit is loaded only by runs that keep issues.
    octokit;
    writable;
    codeowners;
    constructor(config, context) {
        this.config = config;
        this.context = context;
        this.repo = { owner: config.owner, repo: config.repo };
        this.writable = config.mode === 'write';
    }
    async connect() {
        if (this.octokit)
            return;
        const { createGitHubClient } = await Promise.all(/* import() */[__nccwpck_require__.e(146), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6584));
        const { config, context } = this;
        this.octokit = createGitHubClient({
            token: config.token,
            baseUrl: config.apiUrl,
            fetch: context.fetch,
            log: context.log,
            ...(config.writeSpacingMs === undefined ? {} : { writeSpacingMs: config.writeSpacingMs }),
        });
    }
    async sync(failures, readSources) {
        await this.connect();
        const plan = [];
        const authors = new Set(this.config.authors);
        const self = await this.whoAmI();
        if (self)
            authors.add(self);
        if (!this.writable)
            this.context.log.info(`GitHub issues: report only (${this.config.reportReason ?? 'writes are off'})`);
        try {
            if (this.writable) {
                try {
                    await this.ensureLabels(failures.some((failure) => failure.flaky));
                }
                catch (error) {
                    if (!isPermissionError(error))
                        throw error;
                    // A read-only token can still list: report what would happen, and how to allow it.
                    this.context.log.warn(describeGitHubError(error));
                    this.writable = false;
                    this.config.reportReason ??= 'the token cannot write issues (see the warning above)';
                }
            }
            let index = await listTracked(this.octokit, this.repo, this.config.label, authors);
            let created = 0;
            for (const [fingerprint, group] of groupByFingerprint(failures)) {
                const first = group[0];
                const candidates = [fingerprint, ...(0,fingerprint_fingerprint/* previousFingerprints */.lk)(first)].flatMap((key) => index.get(key) ?? []);
                const issue = canonical(candidates);
                if (issue)
                    plan.push(await this.recur(issue, group));
                else if (!this.writable)
                    plan.push(notFiled(fingerprint, first, this.config.reportReason ?? 'report only'));
                else if (created >= this.config.maxNewIssues) {
                    plan.push(notFiled(fingerprint, first, `at most ${this.config.maxNewIssues} new issues per run`));
                }
                else {
                    const made = await this.create(fingerprint, group, authors);
                    if (made)
                        created += 1;
                    plan.push(made ?? notFiled(fingerprint, first, 'GitHub did not confirm the new issue'));
                }
            }
            if (!this.writable)
                return plan;
            if (created > 0) {
                // Racing runs may have filed the same fingerprint: wait, list again, and let the lowest number win.
                await this.context.clock.sleep(this.config.convergeDelayMs * (1 + Math.random()));
                index = await listTracked(this.octokit, this.repo, this.config.label, authors);
            }
            await closeDuplicates(this.octokit, this.repo, index, this.context.log);
            if (this.onDefaultBranch()) {
                plan.push(...(await countGreenRuns(this.octokit, this.repo, index, new Set(groupByFingerprint(failures).keys()), readSources, this.config, this.context)));
            }
        }
        catch (error) {
            this.context.log.warn(describeGitHubError(error));
            if (isPermissionError(error))
                this.writable = false;
        }
        return plan;
    }
    /** A personal token's login; an Actions or App token cannot ask (403), and its bot login is configured. */
    async whoAmI() {
        try {
            return (await this.octokit.rest.users.getAuthenticated()).data.login.toLowerCase();
        }
        catch {
            return undefined;
        }
    }
    onDefaultBranch() {
        const branch = this.context.run.branch;
        return !this.config.defaultBranch || !branch || branch === this.config.defaultBranch;
    }
    async ensureLabels(flaky) {
        const names = [this.config.label, ...this.config.labels, ...(flaky ? [this.config.flakyLabel] : [])];
        for (const name of new Set(names)) {
            try {
                await this.octokit.rest.issues.getLabel({ ...this.repo, name });
            }
            catch (error) {
                if (error.status !== 404)
                    throw error;
                try {
                    await this.octokit.rest.issues.createLabel({
                        ...this.repo,
                        name,
                        color: name === this.config.label ? 'b60205' : 'ededed',
                        description: 'Filed by faultline',
                    });
                }
                catch (createError) {
                    // 422 already_exists: another run made it first, which is what we wanted.
                    if (createError.status !== 422)
                        throw createError;
                }
            }
        }
    }
    freshState(fingerprint, group) {
        const now = this.context.clock.now().toISOString();
        const first = group[0];
        return {
            fingerprint,
            occurrences: 1,
            firstSeen: now,
            lastSeen: now,
            ...(this.context.run.runId
                ? { firstRun: this.context.run.runId, lastRun: this.context.run.runId }
                : {}),
            branches: this.context.run.branch ? [this.context.run.branch] : [],
            jobs: jobsOf(group, this.context.run.job),
            message: stateMessage(first),
            sources: [...new Set(group.map((failure) => failure.source.path))],
            green: 0,
            grouping: first.grouping,
        };
    }
    body(group, state) {
        const { serverUrl, repository } = this.context.run;
        return renderIssueBody({
            failures: group,
            state,
            ...(serverUrl ? { serverUrl } : {}),
            ...(repository ? { repository } : {}),
        });
    }
    async assigneesFor(first) {
        const assignees = new Set(this.config.assignees);
        if (this.config.assignCodeowners) {
            this.codeowners ??= await this.readCodeowners();
            const file = first.test?.file ?? first.error.frames.find((frame) => frame.inApp)?.file;
            if (file)
                for (const owner of ownersOf(this.codeowners, file))
                    assignees.add(owner);
        }
        return [...assignees];
    }
    async readCodeowners() {
        for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
            try {
                const { data } = await this.octokit.rest.repos.getContent({ ...this.repo, path });
                if ('content' in data && typeof data.content === 'string')
                    return parseCodeowners(Buffer.from(data.content, 'base64').toString('utf8'));
            }
            catch {
                // Not at this path; try the next.
            }
        }
        return [];
    }
    async create(fingerprint, group, authors) {
        const first = group[0];
        const title = issueTitle(first);
        const labels = [
            this.config.label,
            ...this.config.labels,
            ...(first.flaky ? [this.config.flakyLabel] : []),
        ];
        const assignees = await this.assigneesFor(first);
        try {
            // No automatic retry: a 5xx may come after GitHub created the issue, and a retry would file it twice.
            const { data } = await this.octokit.rest.issues.create({
                ...this.repo,
                title,
                body: this.body(group, this.freshState(fingerprint, group)),
                labels,
                assignees,
                request: { retries: 0 },
            });
            return entry({ number: data.number, url: data.html_url }, fingerprint, 'open', title, 1);
        }
        catch (error) {
            const status = error.status ?? 0;
            if (status !== 0 && status < 500)
                throw error;
            // Did it land anyway? Look, rather than post again.
            const found = canonical((await listTracked(this.octokit, this.repo, this.config.label, authors)).get(fingerprint) ?? []);
            if (found)
                return entry(found, fingerprint, 'open', title, 1);
            this.context.log.warn(`GitHub did not confirm the issue for ${fingerprint} (${describeGitHubError(error)}); the next run will file it.`);
            return undefined;
        }
    }
    async recur(issue, group) {
        const first = group[0];
        const { run, clock } = this.context;
        // An issue without a state block (filed by an older faultline) starts counting now.
        const previous = issue.state ?? {
            ...this.freshState(issue.fingerprint, group),
            occurrences: 0,
            lastRun: '',
        };
        const sameRun = Boolean(run.runId) && previous.lastRun === run.runId;
        const quiet = clock.now().getTime() - Date.parse(previous.lastSeen) > this.config.quietDays * DAY_MS;
        const news = [
            ...(run.branch && !previous.branches.includes(run.branch)
                ? [`first seen on branch \`${inert(run.branch)}\``]
                : []),
            ...jobsOf(group, run.job)
                .filter((job) => !previous.jobs.includes(job))
                .map((job) => `first seen in job \`${inert(job)}\``),
            ...(stateMessage(first) !== previous.message ? ['the message changed'] : []),
            ...(quiet
                ? [
                    `back after ${Math.floor((clock.now().getTime() - Date.parse(previous.lastSeen)) / DAY_MS)} quiet days`,
                ]
                : []),
        ];
        const state = {
            ...previous,
            fingerprint: issue.fingerprint === first.fingerprint ? issue.fingerprint : first.fingerprint,
            occurrences: previous.occurrences + (sameRun ? 0 : 1),
            lastSeen: clock.now().toISOString(),
            ...(run.runId ? { lastRun: run.runId } : {}),
            branches: [...new Set([...previous.branches, ...(run.branch ? [run.branch] : [])])],
            jobs: [...new Set([...previous.jobs, ...jobsOf(group, run.job)])],
            message: stateMessage(first),
            sources: [...new Set(group.map((failure) => failure.source.path))],
            green: 0,
            grouping: first.grouping,
        };
        const ignored = issue.labels.includes(this.config.ignoreLabel);
        const regressed = !issue.open && issue.stateReason !== 'not_planned' && !ignored;
        const action = regressed ? 'reopen' : 'update';
        const at = entry(issue, first.fingerprint, action, issue.title, state.occurrences);
        if (issue.locked)
            return { ...at, action: 'update', note: 'locked: skipped' };
        if (!this.writable)
            return { ...at, note: `not written: ${this.config.reportReason ?? 'report only'}` };
        if (sameRun && !regressed)
            return { ...at, note: 'already counted in this run' };
        await this.octokit.rest.issues.update({
            ...this.repo,
            issue_number: issue.number,
            body: this.body(group, state),
            ...(regressed ? { state: 'open', state_reason: 'reopened' } : {}),
        });
        const runRef = run.runId ? `run ${run.runId}` : 'a local run';
        if (regressed)
            await this.comment(issue.number, `Regressed in ${runRef}${run.branch ? ` on \`${inert(run.branch)}\`` : ''}: it failed again after it was closed.`);
        else if (news.length > 0)
            await this.comment(issue.number, `Failed again in ${runRef}: ${news.join('; ')}.`);
        if (!issue.open && !regressed)
            return {
                ...at,
                note: ignored
                    ? 'ignored: occurrence recorded, not reopened'
                    : 'closed as not planned: occurrence recorded, not reopened',
            };
        return at;
    }
    async comment(issueNumber, body) {
        await this.octokit.rest.issues.createComment({ ...this.repo, issue_number: issueNumber, body });
    }
}
const githubTracker = {
    name: 'github',
    description: 'one GitHub issue per fingerprint (needs a token with issues: write)',
    create(context) {
        if (!context.github)
            throw new errors/* FaultlineError */.RO('the github issue tracker needs a repository and a token');
        return new GitHubTracker(context.github, context);
    },
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/issues/tracker.ts
/** The first failure of each fingerprint, in report order. */
function firstPerFingerprint(failures) {
    const seen = new Map();
    for (const failure of failures)
        if (!seen.has(failure.fingerprint))
            seen.set(failure.fingerprint, failure);
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/issues/local.ts






// A local stand-in for an issue tracker: a JSON file in the output folder. It lets the
// main job run with no token and still show "opened" on the first run and "updated" after.
const LOCAL_STORE_SCHEMA = 'faultline.issues/v1';
const LOCAL_STORE_FILE = 'issues.json';
async function loadStore(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return { schema: LOCAL_STORE_SCHEMA, nextNumber: 1, issues: {} };
    }
    const store = JSON.parse(text);
    if (store.schema !== LOCAL_STORE_SCHEMA || typeof store.nextNumber !== 'number' || !store.issues) {
        throw new errors/* FaultlineError */.RO(`${path} is not a faultline issue store (${LOCAL_STORE_SCHEMA})`);
    }
    return store;
}
// Write then rename, so a run killed mid-write never leaves a half-written store.
async function saveStore(dir, path, store) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, `${JSON.stringify(store, null, 2)}\n`);
    await (0,promises_.rename)(temporary, path);
}
/** The issue for this failure: under its fingerprint, or under one an older algorithm gave it (then moved). */
function findIssue(store, failure) {
    const current = store.issues[failure.fingerprint];
    if (current)
        return current;
    for (const previous of (0,fingerprint_fingerprint/* previousFingerprints */.lk)(failure)) {
        const old = store.issues[previous];
        if (!old)
            continue;
        delete store.issues[previous];
        return old;
    }
    return undefined;
}
// Recovery needs evidence: every report the failure was last seen in was read again, cleanly,
// and the failure was not in it. A run that never reached those reports resolves nothing.
function resolveRecovered(store, failing, read) {
    const resolved = [];
    for (const [fingerprint, issue] of Object.entries(store.issues)) {
        if (failing.has(fingerprint) || (issue.state ?? 'failing') !== 'failing')
            continue;
        if (!issue.sources?.length || !issue.sources.every((source) => read.has(source)))
            continue;
        issue.state = 'recovered';
        resolved.push({
            fingerprint,
            action: 'resolve',
            title: issue.title,
            number: issue.number,
            occurrences: issue.occurrences,
        });
    }
    return resolved;
}
class LocalTracker {
    context;
    name = 'local';
    constructor(context) {
        this.context = context;
    }
    async sync(failures, readSources) {
        const path = (0,external_node_path_.join)(this.context.outputDir, LOCAL_STORE_FILE);
        const store = await loadStore(path);
        const now = this.context.clock.now().toISOString();
        const runId = this.context.run.runId;
        const plan = [];
        const sourcesOf = new Map();
        for (const failure of failures) {
            const set = sourcesOf.get(failure.fingerprint) ?? new Set();
            set.add(failure.source.path);
            sourcesOf.set(failure.fingerprint, set);
        }
        for (const failure of firstPerFingerprint(failures)) {
            const existing = findIssue(store, failure);
            const issue = existing ?? {
                number: store.nextNumber++,
                title: (0,title/* failureTitle */.nV)(failure),
                state: 'failing',
                sources: [],
                firstSeen: now,
                lastSeen: now,
                occurrences: 0,
            };
            const action = !existing ? 'open' : existing.state === 'recovered' ? 'reopen' : 'update';
            issue.state = 'failing';
            issue.sources = [...(sourcesOf.get(failure.fingerprint) ?? [])];
            issue.lastSeen = now;
            issue.occurrences += 1;
            issue.grouping = failure.grouping;
            if (runId)
                issue.lastRunId = runId;
            store.issues[failure.fingerprint] = issue;
            plan.push({
                fingerprint: failure.fingerprint,
                action,
                title: issue.title,
                number: issue.number,
                occurrences: issue.occurrences,
            });
        }
        plan.push(...resolveRecovered(store, sourcesOf, new Set(readSources)));
        if (plan.length > 0)
            await saveStore(this.context.outputDir, path, store);
        return plan;
    }
}
const localTracker = {
    name: 'local',
    description: `a JSON issue store in the output folder (${LOCAL_STORE_FILE})`,
    create: (context) => new LocalTracker(context),
};

;// CONCATENATED MODULE: ./src/issues/registry.ts


const trackers = [localTracker, githubTracker];
function trackerNames() {
    return trackers.map((tracker) => tracker.name);
}
function trackerByName(name) {
    return trackers.find((tracker) => tracker.name === name);
}

// EXTERNAL MODULE: ./src/parsers/registry.ts + 33 modules
var parsers_registry = __nccwpck_require__(8863);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/sources/failure-columns.ts
var failure_columns = __nccwpck_require__(6058);
// EXTERNAL MODULE: ./src/sources/failure-spill.ts
var failure_spill = __nccwpck_require__(9255);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


// EXTERNAL MODULE: ./src/parsers/paths.ts
var paths = __nccwpck_require__(4720);
;// CONCATENATED MODULE: ./src/sources/files.ts





const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.faultline/**'];
const SNIFF_BYTES = 8192;
const CHUNK_BYTES = 1 << 20;
function displayPath(absolute, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return (0,paths/* toPosix */.d)(rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute);
}
async function kindOf(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}
/** Expands paths, folders and globs into files, each once, in a stable order. */
async function resolveSources(patterns, cwd) {
    const seen = new Map();
    const missing = [];
    const unmatched = [];
    const add = (absolute, explicit) => {
        const existing = seen.get(absolute);
        if (existing)
            existing.explicit ||= explicit;
        else
            seen.set(absolute, { path: displayPath(absolute, cwd), absolute, explicit });
    };
    for (const pattern of patterns) {
        if (isDynamicPattern(pattern)) {
            const found = await glob(pattern, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true });
            if (found.length === 0)
                unmatched.push(pattern);
            for (const file of found.sort())
                add((0,external_node_path_.resolve)(file), false);
            continue;
        }
        const absolute = (0,external_node_path_.resolve)(cwd, pattern);
        const kind = await kindOf(absolute);
        if (kind === 'missing')
            missing.push(pattern);
        else if (kind === 'file')
            add(absolute, true);
        else {
            const found = await glob(`${escapePath((0,paths/* toPosix */.d)(absolute))}/**/*`, { absolute: true, ignore: IGNORED });
            if (found.length === 0)
                unmatched.push(pattern);
            for (const file of found.sort())
                add((0,external_node_path_.resolve)(file), false);
        }
    }
    return { files: [...seen.values()], missing, unmatched };
}
/** The first few KiB as text, for format sniffing. */
async function readHead(path) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
        return buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
    }
    finally {
        await handle.close();
    }
}
/** The file as UTF-8 text chunks; the decoder keeps multi-byte characters whole across chunks. */
function readChunks(path) {
    return (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
}
/**
 * The file's bytes, read into two buffers in turn: each chunk is valid until the next is asked
 * for (see ReportChunks). The next chunk is read while the caller works on this one, so the
 * parse never waits on the disk; a fresh megabyte per read would leave native memory fragmented.
 */
async function* readBytes(path) {
    const handle = await (0,promises_.open)(path, 'r');
    let buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
    // One read at a time, at a known position: two in flight on one file could land out of order.
    let position = 0;
    const readInto = (buffer) => {
        const read = handle.read(buffer, 0, CHUNK_BYTES, position);
        // Awaited only when the caller asks for the next chunk: marked as handled now, so that a read
        // that fails meanwhile is no unhandled rejection (which ends the process) but that chunk's error.
        read.catch(() => undefined);
        return read;
    };
    let pending = readInto(buffers[0]);
    try {
        for (;;) {
            const { bytesRead } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                return;
            position += bytesRead;
            const [current, next] = buffers;
            // The caller is done with `next`: it asked for the chunk after the one `next` held.
            pending = readInto(next);
            yield current.subarray(0, bytesRead);
            buffers = [next, current];
        }
    }
    finally {
        // A caller that stops early leaves a read in flight: it must end before the file closes.
        await pending?.catch(() => undefined);
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
// EXTERNAL MODULE: ./src/parsers/parser.ts
var parser = __nccwpck_require__(7449);
// EXTERNAL MODULE: ./src/sources/source-info.ts
var source_info = __nccwpck_require__(7470);
;// CONCATENATED MODULE: ./src/sources/report-files.ts






/** The file as text chunks, and as bytes for parsers that find their syntax without decoding. */
function fileChunks(path) {
    return {
        [Symbol.asyncIterator]: () => readChunks(path)[Symbol.asyncIterator](),
        [parser/* RAW_BYTES */.ly]: () => readBytes(path),
    };
}
async function parseFile(file, format, workspace, settle) {
    const head = await readHead(file.absolute);
    if (head.trim() === '' && file.explicit)
        throw new errors/* ParseError */.mB(file.path, 'the file is empty');
    const parser = format === 'auto' ? (0,parsers_registry/* detectParser */.FO)(head) : (0,parsers_registry/* parserByFormat */.kp)(format);
    if (!parser)
        return undefined;
    const result = await parser.parse(fileChunks(file.absolute), { path: file.path, workspace, settle });
    return { format: parser.format, ...result };
}
async function readSource(file, options, settle) {
    try {
        const result = await parseFile(file, options.format, options.workspace, settle);
        if (result)
            return { kind: 'parsed', info: (0,source_info/* readSourceInfo */.OU)(file.path, result.format, result.notes), result };
        if (!file.explicit)
            return { kind: 'ignored' };
        return {
            kind: 'failed',
            info: { path: file.path, error: { message: 'not a test report format faultline reads' } },
        };
    }
    catch (error) {
        return { kind: 'failed', info: (0,source_info/* failedSourceInfo */.tS)(file.path, error) };
    }
}
/**
 * Reads every report file, in this thread, into the report's summary and sources; its failures
 * go to the sink as they are settled. A source that fails is listed with its error and the
 * others are still read: one bad file never hides the rest.
 */
async function parseReportFiles(options, resolved, log, sink) {
    for (const pattern of resolved.unmatched)
        log.warn(`No files matched ${pattern}`);
    const sources = resolved.missing.map((path) => ({
        path,
        error: { message: 'no such file' },
    }));
    const toFailure = (0,source_info/* failureMaker */.JL)(options);
    const settle = (drafts) => {
        for (const draft of drafts)
            sink.add(toFailure(draft));
    };
    let summary = (0,model/* emptySummary */.CB)();
    let ignored = 0;
    // Files are read one at a time: parsing is CPU-bound, and this keeps memory to one file's working set.
    for (const file of resolved.files) {
        // A file that turns out unreadable gives no failures, even those it settled before the error.
        const before = sink.count;
        const outcome = await readSource(file, options, settle);
        if (outcome.kind !== 'parsed')
            sink.truncate(before);
        if (outcome.kind === 'ignored') {
            ignored += 1;
            continue;
        }
        sources.push(outcome.info);
        if (outcome.kind === 'failed')
            continue;
        summary = (0,model/* addSummaries */.sH)(summary, outcome.result.summary);
        settle(outcome.result.failures);
    }
    if (ignored > 0)
        log.info(`Ignored ${ignored} matched file(s) that are not test reports`);
    for (const source of sources) {
        if (source.error)
            log.warn(`Skipped ${describeSourceError(source)}`);
        for (const note of source.notes ?? [])
            log.info(`Repaired ${source.path}: ${note}`);
    }
    return { schema: model/* REPORT_SCHEMA */.DC, summary, sources };
}
function describeSourceError(source) {
    const error = source.error;
    if (!error)
        return source.path;
    const where = error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
    return `${source.path}${where}: ${error.message}`;
}

;// CONCATENATED MODULE: ./src/parse.ts









// Big reports are parsed in a worker thread built beside the bundle (dist/parse-worker.js),
// whose young generation is kept small: Node 24 lets the main thread's grow to 128 MiB over a
// long parse, which alone breaks the 200 MiB budget (250 MiB on the 1 GB benchmark in this
// thread, 182 in the worker; 170 either way at 300 MB). Starting the worker costs 0.1 s, so
// smaller inputs are parsed here. Run from source (tests), there is no built worker.
const WORKER_FILE = 'parse-worker.js';
const WORKER_FROM_BYTES = 256 * 1024 * 1024;
function builtWorker() {
    const url = new URL(WORKER_FILE, import.meta.url);
    return url.protocol === 'file:' && (0,external_node_fs_.existsSync)((0,external_node_url_namespaceObject.fileURLToPath)(url)) ? url : undefined;
}
/**
 * Reads every report file into one report; a file that fails is listed with its error, and the
 * rest are still read. `worker` is the parsing thread's script (the built one by default).
 */
async function parseSources(options, log, worker = builtWorker()) {
    const resolved = await resolveSources(options.paths, options.cwd);
    if (worker && (await totalBytes(resolved)) >= (options.parseThreadFromBytes ?? WORKER_FROM_BYTES)) {
        try {
            // Loaded only here: node:worker_threads is a few milliseconds of every start otherwise.
            const { parseInWorker } = await __nccwpck_require__.e(/* import() */ 318).then(__nccwpck_require__.bind(__nccwpck_require__, 3318));
            return await parseInWorker(worker, options, resolved, log);
        }
        catch (error) {
            // A thread that cannot start or dies is no reason to lose the report: it is read here instead.
            log.warn(`The parsing thread stopped (${(0,errors/* errorMessage */.gJ)(error)}); reading the reports in the main thread`);
        }
    }
    const spill = new failure_spill/* FailureSpill */.Ji();
    const columns = new failure_columns/* FailureColumns */.Ss(spill, (0,failure_spill/* spillLimits */.jn)(options.spill));
    const report = await parseReportFiles(options, resolved, log, columns);
    if (spill.spilled > 0)
        log.debug(`${spill.spilled} failure(s) wait in a temporary file until read`);
    return { ...report, failures: (0,failure_columns/* failuresFrom */.yT)(columns.done(), spill) };
}
async function totalBytes(resolved) {
    let total = 0;
    for (const file of resolved.files)
        total += await (0,promises_.stat)(file.absolute).then((info) => info.size, () => 0);
    return total;
}

;// CONCATENATED MODULE: ./src/render/summary.ts



// GitHub refuses a step summary over 1 MiB. The summary is measured in bytes and degrades in
// steps (every failure with its stack; then one line per bug; then counts only), and always
// says what it left out. Totals are never cut.
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const SUMMARY_BUDGET_BYTES = 900_000;
const MAX_DETAILED = 300;
const MAX_LINES = 2_000;
const ACTION_WORDS = {
    open: 'opened',
    update: 'updated',
    reopen: 'reopened (regression)',
    resolve: 'resolved',
};
/** "opened #12", "updated #3 (locked: skipped)", or "not filed: …" when no issue exists. */
function issueLabel(entry) {
    if (!entry)
        return '';
    if (entry.number === 0)
        return cell(entry.note ?? 'not filed');
    const issue = entry.url ? `[#${entry.number}](${entry.url})` : `#${entry.number}`;
    return `${ACTION_WORDS[entry.action]} ${issue}${entry.note ? ` (${cell(entry.note)})` : ''}`;
}
function where(group) {
    const first = group.failures[0];
    if (!first)
        return '';
    const frame = first.error.frames.find((candidate) => candidate.inApp && candidate.file);
    if (frame)
        return `${frame.file}:${frame.line ?? ''}`;
    return first.test?.file ?? `${first.source.path}${first.source.line ? `:${first.source.line}` : ''}`;
}
function detailed(group) {
    const first = group.failures[0];
    if (!first)
        return [];
    const tests = [...new Set(group.failures.map(title/* failureLabel */.Zu))];
    const origins = [...new Set(group.failures.map((failure) => originLabel(failure.origin)).filter(Boolean))];
    const issue = issueLabel(group.issue);
    const lines = [
        `<details><summary><b>${cell((0,title/* errorLine */.BP)(first.error), 300)}</b> — ${cell(tests[0] ?? '', 200)}${tests.length > 1 ? ` and ${tests.length - 1} more` : ''}${issue ? ` · ${issue}` : ''}</summary>`,
        '',
        `\`${group.fingerprint}\` · ${cell(where(group), 200)}${first.durationMs !== undefined ? ` · ${(first.durationMs / 1000).toFixed(2)} s` : ''}`,
    ];
    for (const origin of origins.slice(0, 10))
        lines.push(`- ${cell(origin, 300)}`);
    if (tests.length > 1)
        for (const test of tests.slice(1, 10))
            lines.push(`- also ${cell(test, 200)}`);
    const stack = inAppStack(first).map((line) => line.replace(/`/g, 'ˋ').slice(0, 300));
    if (stack.length > 0)
        lines.push('', '```text', ...stack, '```');
    lines.push('', '</details>', '');
    return lines;
}
function compact(group) {
    const first = group.failures[0];
    if (!first)
        return '';
    return `| \`${group.fingerprint}\` | ${cell((0,title/* failureLabel */.Zu)(first))}${group.failures.length > 1 ? ` (+${group.failures.length - 1})` : ''} | ${cell((0,title/* errorLine */.BP)(first.error))} | ${cell(where(group), 120)} | ${issueLabel(group.issue)} |`;
}
function failureSections(groups, level) {
    const counts = STATUS_ORDER.map((status) => [status, groups.filter((g) => g.status === status).length])
        .filter(([, count]) => count > 0)
        .map(([status, count]) => `${count} ${STATUS_HEADINGS[status].toLowerCase()}`);
    const lines = [`**${groups.length} distinct failure(s)**: ${counts.join(' · ')}`, ''];
    if (level === 'counts')
        return lines;
    if (level === 'compact') {
        lines.push('| fingerprint | test | error | where | issue |', '|---|---|---|---|---|');
        for (const group of groups.slice(0, MAX_LINES))
            lines.push(compact(group));
        if (groups.length > MAX_LINES)
            lines.push('', `${groups.length - MAX_LINES} more not listed; see the result file.`);
        return lines;
    }
    for (const status of STATUS_ORDER) {
        const inStatus = groups.filter((group) => group.status === status);
        if (inStatus.length === 0)
            continue;
        lines.push(`### ${STATUS_HEADINGS[status]} (${inStatus.length})`, '');
        for (const group of inStatus.slice(0, MAX_DETAILED))
            lines.push(...detailed(group));
        if (inStatus.length > MAX_DETAILED)
            lines.push(`${inStatus.length - MAX_DETAILED} more not shown in detail; see the result file.`, '');
    }
    return lines;
}
function otherSections(input) {
    const { report, issues, deliveries } = input;
    const lines = [];
    const resolved = issues.filter((entry) => entry.action === 'resolve');
    if (resolved.length > 0) {
        lines.push('', `### Recovered (${resolved.length})`, '');
        for (const entry of resolved.slice(0, 200))
            lines.push(`- \`${entry.fingerprint}\` ${cell(entry.title, 200)}: ${issueLabel(entry)}`);
    }
    const broken = report.sources.filter((source) => source.error);
    if (broken.length > 0) {
        lines.push('', '### Sources skipped', '');
        for (const source of broken.slice(0, 200)) {
            const at = source.error?.line === undefined
                ? ''
                : ` (line ${source.error.line}, column ${source.error.column ?? '?'})`;
            lines.push(`- \`${cell(source.path, 300)}\`${at}: ${cell(source.error?.message ?? '', 500)}`);
        }
    }
    if (deliveries.length > 0) {
        lines.push('', '### Webhooks', '');
        for (const delivery of deliveries) {
            const detail = delivery.detail ? ` — ${cell(delivery.detail, 300)}` : '';
            lines.push(`- ${cell(delivery.endpoint, 100)} (${delivery.type}): ${delivery.status}${detail}`);
        }
    }
    const annotations = input.annotations;
    if (annotations && annotations.omitted > 0)
        lines.push('', `Annotated ${annotations.shown} failure(s); ${annotations.omitted} more were left out, as GitHub shows at most 10 errors per step.`);
    return lines;
}
const CUT_NOTES = {
    full: '',
    compact: '_Stacks were left out to keep this summary under GitHub’s 1 MiB limit; the result file has everything._',
    counts: '_Only counts are shown: the list of failures would not fit GitHub’s 1 MiB limit; the result file has everything._',
};
function renderSummaryMarkdown(input) {
    const { summary } = input.report;
    const head = [
        '## faultline',
        '',
        '| tests | passed | failed | skipped | flaky | duration |',
        '|---:|---:|---:|---:|---:|---:|',
        `| ${summary.tests} | ${summary.passed} | ${summary.failed} | ${summary.skipped} | ${summary.flaky} | ${(summary.durationMs / 1000).toFixed(1)} s |`,
        '',
    ];
    const groups = groupFailures(input.report.failures, input.issues);
    const tail = otherSections(input);
    const budget = input.budgetBytes ?? SUMMARY_BUDGET_BYTES;
    for (const level of ['full', 'compact', 'counts']) {
        const body = groups.length === 0 ? ['No failures.'] : failureSections(groups, level);
        const note = CUT_NOTES[level] ? ['', CUT_NOTES[level]] : [];
        const markdown = `${[...head, ...body, ...tail, ...note].join('\n')}\n`;
        if (level === 'counts' || Buffer.byteLength(markdown) <= budget)
            return markdown;
    }
    return '';
}

;// CONCATENATED MODULE: ./src/render/terminal.ts



/** How many failures the listing shows in full; the rest are counted. */
const LISTED_FAILURES = 50;
function failureBlock(failure, issue) {
    const mark = failure.flaky ? '~ flaky:' : '✗';
    const action = issue
        ? `  [${issue.number === 0 ? (issue.note ?? 'not filed') : `${ACTION_WORDS[issue.action]} #${issue.number}${issue.note ? `, ${issue.note}` : ''}`}]`
        : '';
    const error = (0,title/* errorLine */.BP)(failure.error);
    const lines = [`${mark} ${(0,title/* failureLabel */.Zu)(failure)}${action}`, `    ${error}`];
    const frame = failure.error.frames.find((candidate) => candidate.inApp && candidate.file);
    if (frame)
        lines.push(`    at ${frame.file}:${frame.line ?? '?'}${frame.function ? ` (${frame.function})` : ''}`);
    lines.push(`    ${failure.fingerprint}  ${failure.source.path}${failure.source.line ? `:${failure.source.line}` : ''}`);
    return lines;
}
/** A plain-text summary for people at a terminal or reading a CI log. */
function renderTerminal({ report, issues, deliveries, written }) {
    const s = report.summary;
    const lines = [
        `faultline: ${s.tests} tests, ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.flaky} flaky (${(s.durationMs / 1000).toFixed(1)} s) from ${report.sources.filter((source) => !source.error).length} report(s)`,
    ];
    const byFingerprint = new Map(issues.map((entry) => [entry.fingerprint, entry]));
    for (const failure of report.failures.slice(0, LISTED_FAILURES)) {
        lines.push('', ...failureBlock(failure, byFingerprint.get(failure.fingerprint)));
    }
    if (report.failures.length > LISTED_FAILURES)
        lines.push('', `… and ${report.failures.length - LISTED_FAILURES} more failure(s)`);
    const broken = report.sources.filter((source) => source.error);
    if (broken.length > 0)
        lines.push('', 'Skipped sources:', ...broken.map((source) => `  ${describeSourceError(source)}`));
    if (issues.length > 0) {
        const filed = issues.filter((entry) => entry.number > 0);
        const count = (action) => filed.filter((entry) => entry.action === action).length;
        const unfiled = issues.length - filed.length;
        lines.push('', `Issues: ${count('open')} opened, ${count('update')} updated, ${count('reopen')} reopened, ${count('resolve')} resolved${unfiled ? `, ${unfiled} not filed` : ''}`);
    }
    for (const delivery of deliveries) {
        lines.push(`Webhook ${delivery.endpoint} (${delivery.type}): ${delivery.status}${delivery.detail ? ` — ${delivery.detail}` : ''}`);
    }
    if (written.length > 0)
        lines.push('', `Wrote ${written.join(', ')}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/config.ts












// The only reader of action inputs (INPUT_* variables) and CLI flags. Everything past
// this file gets one typed, validated Config.
const FAIL_ON = ['failures', 'parse-errors', 'delivery-errors'];
const DEFAULT_PATHS = [
    '**/TEST-*.xml',
    '**/*junit*.xml',
    '**/test-results/**/*.xml',
    '**/test-reports/**/*.xml',
];
const DEFAULT_OUTPUT_DIR = '.faultline';
function isFailOn(value) {
    return FAIL_ON.includes(value);
}
function listOf(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function failOnList(text, field) {
    const values = listOf(text);
    for (const value of values) {
        if (value !== 'never' && !isFailOn(value))
            throw new errors/* ConfigError */.xL(field, `unknown value "${value}" (use ${FAIL_ON.join(', ')} or never)`);
    }
    return values.filter(isFailOn);
}
function checkFormat(format, field) {
    if (format !== 'auto' && !(0,parsers_registry/* formatNames */.EI)().includes(format)) {
        throw new errors/* ConfigError */.xL(field, `unknown format "${format}" (use auto, ${(0,parsers_registry/* formatNames */.EI)().join(', ')})`);
    }
    return format;
}
/** `auto`: GitHub when there is a token and a repository, the local store otherwise. */
function chooseTracker(value, field, token, repository) {
    if (value === 'auto' || value === '')
        return token && repository ? 'github' : 'local';
    return checkTracker(value, field);
}
function checkTracker(tracker, field) {
    if (!trackerNames().includes(tracker))
        throw new errors/* ConfigError */.xL(field, `unknown tracker "${tracker}" (use ${trackerNames().join(', ')})`);
    return tracker;
}
const DEFAULT_WEBHOOK_BUDGET_S = 60;
function seconds(value, field) {
    if (!value)
        return DEFAULT_WEBHOOK_BUDGET_S * 1000;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0)
        throw new errors/* ConfigError */.xL(field, 'must be a number of seconds above 0');
    return parsed * 1000;
}
function isGroupBy(value) {
    return components/* GROUP_BY */.a0.includes(value);
}
/** `detailsOf`: how many failures the command reads in full, when not all (see SpillOptions). */
function memoryOptions(file, detailsOf) {
    const { failuresInMemory, failuresInMemoryMb, parseThreadFromMb } = file.memory;
    // What is unset here takes its default where the report is parsed (spillLimits, failure-spill.ts).
    return {
        spill: {
            ...(failuresInMemory === undefined ? {} : { keepInMemory: failuresInMemory }),
            ...(failuresInMemoryMb === undefined ? {} : { keepInMemoryBytes: failuresInMemoryMb * 1024 * 1024 }),
            ...(detailsOf === undefined ? {} : { detailsOf }),
        },
        ...(parseThreadFromMb === undefined ? {} : { parseThreadFromBytes: parseThreadFromMb * 1024 * 1024 }),
    };
}
function fingerprintOptions(flag, field, file) {
    const value = flag || file.groupBy || 'error';
    if (!isGroupBy(value))
        throw new errors/* ConfigError */.xL(field, `unknown value "${value}" (use ${components/* GROUP_BY */.a0.join(' or ')})`);
    return { groupBy: value, rules: file.fingerprints };
}
function runContext(env) {
    const keys = [
        ['repository', 'GITHUB_REPOSITORY'],
        ['serverUrl', 'GITHUB_SERVER_URL'],
        ['runId', 'GITHUB_RUN_ID'],
        ['runAttempt', 'GITHUB_RUN_ATTEMPT'],
        ['workflow', 'GITHUB_WORKFLOW'],
        ['job', 'GITHUB_JOB'],
        ['sha', 'GITHUB_SHA'],
        ['ref', 'GITHUB_REF'],
    ];
    const context = {};
    for (const [key, name] of keys) {
        const value = env[name];
        if (value)
            context[key] = value;
    }
    const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
    if (branch)
        context.branch = branch;
    return context;
}
/** The runner's rule: INPUT_ + the name upper-cased, spaces as underscores, hyphens kept. */
function input(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function booleanInput(env, name) {
    const value = input(env, name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new ConfigError(name, `must be true or false, not "${value}"`);
}
function configFromInputs(env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const configPath = input(env, 'config');
    const file = readConfigFile(configPath ? resolve(workspace, configPath) : undefined, 'config');
    const fromInput = parseWebhooksYaml(input(env, 'webhooks'), 'webhooks', env);
    const fromFile = parseWebhooks(file.webhooks, `${configPath}: webhooks`, env);
    const webhooks = {
        endpoints: [...fromInput.endpoints, ...fromFile.endpoints],
        errors: [...fromInput.errors, ...fromFile.errors],
        secrets: [...fromInput.secrets, ...fromFile.secrets],
    };
    const paths = listOf(input(env, 'paths'));
    const triaged = workflowRunConfig((name) => input(env, name), env);
    // In workflow_run mode the run being triaged, not this one, is what issues and links describe,
    // and its own event (push, pull_request…) is what the issue policy judges.
    const run = triaged
        ? { ...pick(runContext(env), 'repository', 'serverUrl'), ...triaged.run }
        : runContext(env);
    const policyEnv = triaged?.config.event ? { ...env, GITHUB_EVENT_NAME: triaged.config.event } : env;
    const tracker = chooseTracker(input(env, 'issue-tracker'), 'issue-tracker', input(env, 'github-token'), env.GITHUB_REPOSITORY);
    return {
        command: 'report',
        paths: paths.length > 0 ? paths : triaged ? [] : DEFAULT_PATHS,
        logs: listOf(input(env, 'logs')),
        ...(triaged ? { workflowRun: workflowRunSettings(triaged, (name) => input(env, name), env) } : {}),
        stdin: false,
        inApp: file.inApp,
        ...memoryOptions(file),
        format: checkFormat(input(env, 'format') || 'auto', 'format'),
        cwd: workspace,
        workspace,
        outputDir: resolve(workspace, input(env, 'output-dir') || DEFAULT_OUTPUT_DIR),
        tracker,
        ...(tracker === 'github'
            ? { github: githubTrackerConfig((name) => input(env, name), policyEnv, run) }
            : {}),
        webhooks,
        failOn: [
            ...failOnList(input(env, 'fail-on'), 'fail-on'),
            ...(booleanInput(env, 'fail-on-delivery-error') ? ['delivery-errors'] : []),
        ],
        run,
        secrets: [...webhooks.secrets, ...(input(env, 'github-token') ? [input(env, 'github-token')] : [])],
        fingerprint: fingerprintOptions(input(env, 'group-by'), 'group-by', file),
        delivery: { budgetMs: seconds(input(env, 'webhook-budget'), 'webhook-budget') },
        json: false,
        verbose: booleanInput(env, 'verbose'),
    };
}
function pick(value, ...keys) {
    const picked = {};
    for (const key of keys)
        if (value[key] !== undefined)
            picked[key] = value[key];
    return picked;
}
function workflowRunSettings(triaged, read, env) {
    const token = read('github-token');
    if (!token)
        throw new ConfigError('github-token', 'is required to triage a workflow run (permission actions: read)');
    const [owner, repo, extra] = (read('repository') || env.GITHUB_REPOSITORY || '').split('/');
    if (!owner || !repo || extra !== undefined)
        throw new ConfigError('repository', 'must be owner/name to triage a workflow run');
    return {
        ...triaged.config,
        token,
        owner,
        repo,
        apiUrl: (read('github-api-url') || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
        ...(triaged.pullRequest ? { pullRequest: triaged.pullRequest } : {}),
    };
}
function cliWebhooks(file, shorthand, env) {
    if (file.webhooks !== undefined && !Array.isArray(file.webhooks))
        throw new errors/* ConfigError */.xL('webhooks', 'must be a YAML list of endpoints');
    const entries = [...(file.webhooks ?? [])];
    for (const item of shorthand) {
        const at = item.indexOf('=');
        if (at <= 0)
            throw new errors/* ConfigError */.xL('--webhook', 'takes TYPE=URL');
        entries.push({ type: item.slice(0, at), url: item.slice(at + 1) });
    }
    return webhooks_parseWebhooks(entries, 'webhooks', env);
}
const COMMANDS = ['report', 'parse', 'explain', 'run'];
function isCommand(value) {
    return COMMANDS.includes(value);
}
function configFromArgv(argv, env, cwd) {
    // `faultline serve` has flags of its own (src/config/serve.ts).
    if (argv[0] === 'serve')
        return argv.includes('--help') || argv.includes('-h')
            ? { kind: 'help' }
            : { kind: 'serve', config: serveConfigFromArgv(argv.slice(1), env, cwd) };
    // `faultline run [options] -- cmd args`: everything after the first `--` is the command, untouched.
    const dashes = argv.indexOf('--');
    const commandLine = dashes < 0 ? undefined : argv.slice(dashes + 1);
    let parsed;
    try {
        parsed = parseCliArgs(dashes < 0 ? argv : argv.slice(0, dashes));
    }
    catch (error) {
        throw new errors/* ConfigError */.xL('arguments', (0,errors/* errorMessage */.gJ)(error));
    }
    const { values, positionals } = parsed;
    if (values.version)
        return { kind: 'version' };
    const [command, ...paths] = positionals;
    if (values.help || command === undefined || command === 'help')
        return { kind: 'help' };
    if (!isCommand(command)) {
        throw new errors/* ConfigError */.xL('command', `unknown command "${command}" (use ${COMMANDS.join(', ')})`);
    }
    const logs = values.logs ?? [];
    const stdin = values.stdin ?? false;
    if ((command === 'parse' || command === 'explain') && paths.length === 0 && logs.length === 0 && !stdin)
        throw new errors/* ConfigError */.xL(command, 'needs at least one path or glob (or --logs, --stdin)');
    if (command === 'run' && (commandLine === undefined || commandLine.length === 0))
        throw new errors/* ConfigError */.xL('run', 'needs a command after "--" (faultline run -- npm test)');
    if (command !== 'run' && commandLine !== undefined)
        throw new errors/* ConfigError */.xL(command, 'takes no command after "--" (did you mean faultline run?)');
    if (command === 'run' && stdin)
        throw new errors/* ConfigError */.xL('--stdin', 'cannot be used with run');
    const file = file_readConfigFile(values.config ? (0,external_node_path_.resolve)(cwd, values.config) : undefined, '--config');
    const webhooks = cliWebhooks(file, values.webhook ?? [], env);
    const workspace = env.GITHUB_WORKSPACE || cwd;
    const run = runContext(env);
    const tracker = chooseTracker(values.tracker ?? 'local', '--tracker', env.GITHUB_TOKEN ?? '', values.repo ?? env.GITHUB_REPOSITORY);
    return {
        kind: 'run',
        config: {
            command,
            paths: paths.length > 0 ? paths : command === 'run' || logs.length > 0 || stdin ? [] : DEFAULT_PATHS,
            logs,
            stdin,
            ...(commandLine ? { commandLine } : {}),
            inApp: file.inApp,
            // `parse` without --json prints the first failures and counts the rest.
            ...memoryOptions(file, command === 'parse' && !values.json ? LISTED_FAILURES : undefined),
            format: checkFormat(values.format ?? 'auto', '--format'),
            cwd,
            workspace,
            outputDir: (0,external_node_path_.resolve)(cwd, values.out ?? DEFAULT_OUTPUT_DIR),
            tracker,
            ...(tracker === 'github'
                ? { github: github_githubTrackerConfig(cliGitHubSetting(values, env), env, run) }
                : {}),
            webhooks,
            failOn: failOnList(values['fail-on'] ?? '', '--fail-on'),
            run,
            secrets: [...webhooks.secrets, ...(env.GITHUB_TOKEN ? [env.GITHUB_TOKEN] : [])],
            fingerprint: fingerprintOptions(values['group-by'], '--group-by', file),
            delivery: { budgetMs: seconds(values['webhook-budget'], '--webhook-budget') },
            ...(values.test ? { testFilter: values.test } : {}),
            json: values.json ?? false,
            verbose: values.verbose ?? false,
        },
    };
}
/** The CLI's GitHub settings: the token from GITHUB_TOKEN, the rest from flags. */
function cliGitHubSetting(values, env) {
    const settings = {
        'github-token': env.GITHUB_TOKEN,
        repository: values.repo,
        'close-after': values['close-after'],
        'github-api-url': values['github-api-url'],
        'converge-delay': values['converge-delay'],
        'write-spacing': values['write-spacing'],
    };
    return (name) => settings[name] ?? '';
}
function parseCliArgs(argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string', short: 'f' },
            json: { type: 'boolean' },
            config: { type: 'string', short: 'c' },
            webhook: { type: 'string', multiple: true },
            logs: { type: 'string', short: 'l', multiple: true },
            stdin: { type: 'boolean' },
            out: { type: 'string', short: 'o' },
            tracker: { type: 'string' },
            repo: { type: 'string' },
            'close-after': { type: 'string' },
            'github-api-url': { type: 'string' },
            'converge-delay': { type: 'string' },
            'write-spacing': { type: 'string' },
            'fail-on': { type: 'string' },
            'group-by': { type: 'string' },
            'webhook-budget': { type: 'string' },
            test: { type: 'string' },
            verbose: { type: 'boolean', short: 'v' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean' },
        },
    });
}

// EXTERNAL MODULE: ./src/log.ts
var src_log = __nccwpck_require__(5625);
;// CONCATENATED MODULE: ./src/render/explain.ts


const BASIS = {
    'app-frames': 'raised in app code: keyed by the error type and the innermost app frames, whichever test hit it',
    'test-error': 'raised in the test itself: keyed by the test, the error type and the message template',
    error: 'no app frame and no test: keyed by the error type, message template and innermost frames',
    test: 'group-by test: keyed by the test alone, whatever the error',
    rule: 'set by a custom fingerprint rule',
};
/** What `faultline explain` prints: each failure's fingerprint and the components behind it. */
function renderExplain(failures) {
    if (failures.length === 0)
        return 'No failures to explain.\n';
    const lines = [];
    const groups = new Map();
    for (const failure of failures)
        groups.set(failure.fingerprint, (groups.get(failure.fingerprint) ?? 0) + 1);
    for (const failure of failures) {
        const { grouping } = failure;
        const shared = (groups.get(failure.fingerprint) ?? 1) - 1;
        lines.push(`${failure.fingerprint}  ${(0,title/* failureLabel */.Zu)(failure)}${shared > 0 ? `  (shared with ${shared} other failure(s) here)` : ''}`);
        lines.push(`  basis:    ${grouping.basis}: ${BASIS[grouping.basis]}${grouping.rule === undefined ? '' : ` (rule ${grouping.rule})`}`);
        const { test, type, message, frames, custom } = grouping.components;
        if (test)
            lines.push(`  test:     ${test.map((part) => part || '-').join(' | ')}`);
        if (type)
            lines.push(`  type:     ${type}`);
        if (message !== undefined)
            lines.push(`  message:  ${message}`);
        if (frames)
            lines.push(`  frames:   ${frames.join('  ←  ')}`);
        if (custom)
            lines.push(`  custom:   ${custom.join(' | ')}`);
        const previous = (0,fingerprint_fingerprint/* previousFingerprints */.lk)(failure);
        if (previous.length > 0)
            lines.push(`  previous: ${previous.join(', ')}`);
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/render/json-stream.ts
// The report of a big run holds tens of thousands of failures; JSON.stringify of it all at once
// builds one string several times the size of the JSON. These pieces give byte-for-byte the
// same text as JSON.stringify(value, null, 2): small strings, and the JSON that values carry
// (COMPACT_JSON), laid out as bytes where it is written.

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function indented(value, indent) {
    return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}
function compactJsonOf(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const bytes = value[model/* COMPACT_JSON */.hg];
    return typeof bytes === 'function' ? bytes : undefined;
}
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;
// Reused for every value laid out: what is laid out is copied from it before the next one.
let scratch = Buffer.allocUnsafe(1 << 16);
function room(used, more) {
    if (used + more <= scratch.length)
        return;
    const grown = Buffer.allocUnsafe(Math.max(scratch.length * 2, used + more));
    scratch.copy(grown, 0, 0, used);
    scratch = grown;
}
/**
 * JSON a value carried (COMPACT_JSON), to be laid out at this indent where it is written. It is
 * read only then, and copied at once: a spilled failure's bytes sit in a buffer its next read reuses.
 */
class CompactJson {
    read;
    indent;
    constructor(read, indent) {
        this.read = read;
        this.indent = indent;
    }
}
/**
 * JSON.stringify's compact UTF-8 laid out as JSON.stringify(value, null, 2) would, each line
 * after the first indented by `indent` more spaces, without parsing it or making a string of it.
 * Bytes of multi-byte characters never equal the ASCII ones looked for, so they pass as they are.
 */
function reindent(compact, indent) {
    return Buffer.from(layOut(compact, indent));
}
/** reindent() into the reused scratch buffer: the result is a view of it, valid until the next call. */
function layOut(compact, indent) {
    let used = 0;
    let depth = indent;
    let start = 0;
    let inString = false;
    const copy = (end) => {
        room(used, end - start);
        scratch.set(compact.subarray(start, end), used);
        used += end - start;
    };
    const newline = () => {
        room(used, 1 + depth);
        scratch[used] = NEWLINE;
        scratch.fill(SPACE, used + 1, used + 1 + depth);
        used += 1 + depth;
    };
    for (let index = 0; index < compact.length; index += 1) {
        const code = compact[index];
        if (inString) {
            if (code === BACKSLASH)
                index += 1;
            else if (code === QUOTE)
                inString = false;
            continue;
        }
        if (code === QUOTE)
            inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
            const next = compact[index + 1];
            // {} and [] stay on one line.
            if (next === CLOSE_BRACE || next === CLOSE_BRACKET)
                index += 1;
            else {
                copy(index + 1);
                depth += 2;
                newline();
                start = index + 1;
            }
        }
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
            copy(index);
            depth -= 2;
            newline();
            start = index;
        }
        else if (code === COMMA) {
            copy(index + 1);
            newline();
            start = index + 1;
        }
        else if (code === COLON) {
            copy(index + 1);
            room(used, 1);
            scratch[used] = SPACE;
            used += 1;
            start = index + 1;
        }
    }
    copy(compact.length);
    return scratch.subarray(0, used);
}
/**
 * Pieces of `JSON.stringify(value, null, 2)`, splitting objects and arrays down to `depth` levels;
 * a value with its own JSON (COMPACT_JSON) comes as that JSON, laid out by whoever writes it.
 */
function* jsonPieces(value, depth = 3, indent = '') {
    const read = compactJsonOf(value);
    if (read !== undefined)
        return void (yield new CompactJson(read, indent.length));
    const inner = `${indent}  `;
    if (depth > 0 && Array.isArray(value) && value.length > 0) {
        yield '[\n';
        for (const [index, item] of value.entries()) {
            yield inner;
            yield* jsonPieces(item === undefined ? null : item, depth - 1, inner);
            yield index < value.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}]`;
        return;
    }
    if (depth > 0 && isPlainObject(value)) {
        const entries = Object.entries(value).filter(([, item]) => item !== undefined);
        if (entries.length === 0)
            return void (yield '{}');
        yield '{\n';
        for (const [index, [key, item]] of entries.entries()) {
            yield `${inner}${JSON.stringify(key)}: `;
            yield* jsonPieces(item, depth - 1, inner);
            yield index < entries.length - 1 ? ',\n' : '\n';
        }
        yield `${indent}}`;
        return;
    }
    yield indented(value, indent);
}
/**
 * Joins pieces into UTF-8 chunks of about `size` bytes, for fewer, larger writes. Strings are
 * encoded and carried JSON laid out straight into the chunk: laying out 100,000 failures makes
 * no string, nor any buffer, of its own per failure.
 */
function* batched(pieces, size = 1 << 16) {
    let chunk = Buffer.allocUnsafe(size);
    let used = 0;
    for (const piece of pieces) {
        const bytes = typeof piece === 'string' ? undefined : layOut(piece.read(), piece.indent);
        const length = bytes ? bytes.length : Buffer.byteLength(piece);
        if (used > 0 && used + length > size) {
            yield chunk.subarray(0, used);
            // The consumer may still hold the last chunk (a pending write): the next is new.
            chunk = Buffer.allocUnsafe(size);
            used = 0;
        }
        if (length > size) {
            yield Buffer.from(bytes ?? piece);
            continue;
        }
        if (bytes)
            chunk.set(bytes, used);
        else
            chunk.write(piece, used);
        used += length;
    }
    if (used > 0)
        yield chunk.subarray(0, used);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/destinations/generic.ts
var generic = __nccwpck_require__(6996);
// EXTERNAL MODULE: ./src/destinations/http.ts
var http = __nccwpck_require__(6513);
// EXTERNAL MODULE: ./src/destinations/select.ts
var destinations_select = __nccwpck_require__(5289);
;// CONCATENATED MODULE: ./src/deliver.ts






const DEFAULT_BUDGET_MS = 60_000;
const DEFAULT_CONCURRENCY = 4;
function fileName(endpoint, index) {
    return `payloads/${endpoint.replace(/[^\w.-]+/g, '_')}${index > 0 ? `.${index}` : ''}.json`;
}
function stateStore(output) {
    const path = (name) => (0,external_node_path_.join)(output.dir, 'state', `${name}.json`);
    return {
        async read(name) {
            try {
                return JSON.parse(await (0,promises_.readFile)(path(name), 'utf8'));
            }
            catch {
                return undefined;
            }
        },
        async write(name, value) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path(name)), { recursive: true });
            await (0,promises_.writeFile)(path(name), `${JSON.stringify(value, null, 2)}\n`);
        },
    };
}
async function deliverOne(endpoint, event, output, deps, deadline) {
    const base = { endpoint: endpoint.name, type: endpoint.type };
    const destination = (0,registry/* destinationByType */.w)(endpoint.type);
    const selection = (0,destinations_select/* selectFor */.G)(endpoint, event.items, event.run);
    if (!destination || 'skip' in selection) {
        return {
            ...base,
            status: 'skipped',
            attempts: 0,
            detail: 'skip' in selection ? selection.skip : 'unknown type',
        };
    }
    const chosen = { ...event, items: selection.items };
    let written = 0;
    const post = async (request) => {
        await output.write(fileName(endpoint.name, written++), deps.redact ? deps.redact(request.body) : request.body);
        return (0,http/* postWithRetry */.xX)(request, deps, deps.httpPolicy ?? http/* DEFAULT_HTTP_POLICY */.oY, deadline);
    };
    let requests;
    let results;
    if (destination.send)
        ({ requests, results } = await destination.send(chosen, endpoint, { post, state: stateStore(output) }));
    else {
        requests = destination.render(chosen, endpoint);
        results = [];
        for (const request of requests)
            results.push(await post(request));
    }
    let attempts = 0;
    let httpStatus;
    const problems = [];
    for (const [index, result] of results.entries()) {
        attempts += result.attempts;
        httpStatus = result.httpStatus ?? httpStatus;
        const label = requests[index]?.label;
        if (!result.ok)
            problems.push(`${label ? `${label}: ` : ''}${result.detail ?? 'failed'}`);
    }
    const sent = requests.length - problems.length;
    const result = { ...base, status: problems.length === 0 ? 'sent' : 'failed', attempts };
    if (httpStatus)
        result.httpStatus = httpStatus;
    if (requests.length > 1)
        problems.unshift(`${sent} of ${requests.length} sent`);
    // Services echo parts of the request (a path, a query) in their errors: mask them at the source.
    if (problems.length > 0)
        result.detail = deps.redact ? deps.redact(problems.join('; ')) : problems.join('; ');
    return result;
}
/**
 * Sends the event to every configured endpoint, a few at a time, within one time budget, and
 * records what each one got. A failing or slow endpoint never stops the others. With no
 * endpoint configured, it writes the generic payload it would send, so a local run shows what
 * goes out.
 */
async function deliverAll(event, webhooks, output, deps) {
    const results = webhooks.errors.map((error) => ({
        endpoint: error.field.replace(/\].*$/, ']'),
        type: 'unknown',
        status: 'failed',
        attempts: 0,
        detail: `not sent, bad config: ${error.message}`,
    }));
    if (webhooks.endpoints.length === 0) {
        if (event.items.length > 0)
            await output.write('payloads/generic.preview.json', (0,generic/* renderGenericPayload */.eo)(event));
        return results;
    }
    const deadline = deps.clock.now().getTime() + (deps.budgetMs ?? DEFAULT_BUDGET_MS);
    const queue = [...webhooks.endpoints.entries()];
    const delivered = new Array(webhooks.endpoints.length);
    const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
            const [index, endpoint] = next;
            const result = await deliverOne(endpoint, event, output, deps, deadline);
            if (result.status === 'failed')
                deps.log.warn(`Webhook ${endpoint.name} failed: ${result.detail ?? 'unknown error'}`);
            else
                deps.log.info(`Webhook ${endpoint.name}: ${result.status}${result.detail ? ` (${result.detail})` : ''}`);
            delivered[index] = result;
        }
    };
    await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, queue.length) }, worker));
    return [...results, ...delivered];
}

;// CONCATENATED MODULE: ./src/destinations/scrub.ts
// Credentials that tests print by accident (a token in an error, a header in a dump) must not
// leave the machine in a payload. Each pattern names a known credential shape.
const CREDENTIALS = [
    [
        /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
        '[private key redacted]',
    ],
    [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '[github token redacted]'],
    [/\bxox[abprse]-[A-Za-z0-9-]{10,}/g, '[slack token redacted]'],
    [/\bhttps:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g, '[slack webhook redacted]'],
    [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, '[aws key redacted]'],
    [/(aws_secret_access_key\s*[=:]\s*)["']?[A-Za-z0-9/+=]{40}["']?/gi, '$1[redacted]'],
    [/\b(authorization\s*[:=]\s*)(?:bearer|basic|token)\s+[A-Za-z0-9._~+/=-]+/gi, '$1[redacted]'],
    [/\bbearer\s+[A-Za-z0-9._~+/-]{16,}=*/gi, 'Bearer [redacted]'],
    [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[jwt redacted]'],
    [/\b(https?:\/\/)[^\s:/@]+:[^\s/@]+@/g, '$1[credentials redacted]@'],
    [/\b((?:api[_-]?key|secret|password|passwd|token)\s*[=:]\s*)["']?[^\s"']{8,}["']?/gi, '$1[redacted]'],
];
function scrubCredentials(text) {
    let result = text;
    for (const [pattern, replacement] of CREDENTIALS)
        result = result.replace(pattern, replacement);
    return result;
}

;// CONCATENATED MODULE: ./src/destinations/alert.ts


const STATUS_OF = {
    open: 'new',
    update: 'recurring',
    reopen: 'regressed',
    resolve: 'recovered',
};
// Worst first: what a person should read first in a message.
const ORDER = ['regressed', 'new', 'recurring', 'recovered'];
function scrubFailure(failure) {
    const error = { ...failure.error, message: scrubCredentials(failure.error.message) };
    if (failure.error.stack !== undefined)
        error.stack = scrubCredentials(failure.error.stack);
    const { components } = failure.grouping;
    const grouping = {
        ...failure.grouping,
        components: {
            ...components,
            ...(components.message !== undefined ? { message: scrubCredentials(components.message) } : {}),
            ...(components.test ? { test: components.test.map(scrubCredentials) } : {}),
            ...(components.custom ? { custom: components.custom.map(scrubCredentials) } : {}),
        },
    };
    const scrubbed = { ...failure, error, grouping };
    if (failure.test) {
        scrubbed.test = { ...failure.test, name: scrubCredentials(failure.test.name) };
        if (failure.test.classname)
            scrubbed.test.classname = scrubCredentials(failure.test.classname);
    }
    return scrubbed;
}
function runUrl(run) {
    if (!run.serverUrl || !run.repository || !run.runId)
        return undefined;
    return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}`;
}
/** One item per fingerprint, worst first, from the run's failures and the tracker's plan. */
function alertItems(failures, plan) {
    const byFingerprint = new Map();
    for (const failure of failures) {
        const list = byFingerprint.get(failure.fingerprint) ?? [];
        list.push(failure);
        byFingerprint.set(failure.fingerprint, list);
    }
    const items = [];
    for (const entry of plan) {
        const group = byFingerprint.get(entry.fingerprint) ?? [];
        const first = group[0];
        const item = {
            fingerprint: entry.fingerprint,
            status: STATUS_OF[entry.action],
            title: scrubCredentials(first ? (0,title/* failureTitle */.nV)(first) : entry.title),
            flaky: group.length > 0 && group.every((failure) => failure.flaky),
            tests: [...new Set(group.map((failure) => scrubCredentials((0,title/* failureLabel */.Zu)(failure))))],
            issue: { number: entry.number, ...(entry.url ? { url: entry.url } : {}) },
        };
        // Read when a destination renders it, and not kept: a report with tens of thousands of
        // fingerprints would otherwise hold each one's first failure, read back from the spill, for
        // the rest of the run (600 MiB of heap on the 1 GB benchmark).
        if (first)
            Object.defineProperty(item, 'failure', {
                get: () => scrubFailure(first),
                enumerable: true,
                configurable: true,
            });
        items.push(item);
    }
    return items.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
;// CONCATENATED MODULE: ./src/output-folder.ts







function* endLine(pieces) {
    yield* pieces;
    yield '\n';
}
function outputFolder(dir, cwd) {
    const written = [];
    return {
        dir,
        written,
        async write(name, content) {
            const path = (0,external_node_path_.join)(dir, name);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(path, content.endsWith('\n') ? content : `${content}\n`);
            written.push((0,paths/* toPosix */.d)((0,external_node_path_.relative)(cwd, path) || path));
            return path;
        },
        async writeStream(name, pieces) {
            const path = (0,external_node_path_.join)(dir, name);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_namespaceObject.Readable.from(batched(endLine(pieces))), (0,external_node_fs_.createWriteStream)(path));
            written.push((0,paths/* toPosix */.d)((0,external_node_path_.relative)(cwd, path) || path));
            return path;
        },
    };
}

;// CONCATENATED MODULE: ./src/render/annotations.ts




// GitHub shows at most 10 error annotations per step, so they go to what matters first: one per
// fingerprint, regressions and new bugs before known ones, flaky tests last. The count of those
// left out goes to the summary; totals are never affected.
const MAX_ERROR_ANNOTATIONS = 10;
/**
 * Reports name files relative to where the tool ran (a package in a monorepo, a
 * working-directory), not to the repository root. Try the path as given, then below each
 * folder that holds the report, nearest first.
 */
function workspacePath(file, reportPath, workspace, exists) {
    const posix = (0,paths/* toPosix */.d)(file);
    if ((0,external_node_path_.isAbsolute)(posix)) {
        const inside = (0,paths/* toPosix */.d)((0,external_node_path_.relative)(workspace, posix));
        return inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? undefined : inside;
    }
    const candidates = [posix];
    let folder = (0,paths/* toPosix */.d)((0,external_node_path_.normalize)((0,external_node_path_.join)(reportPath, '..')));
    while (folder !== '.' && folder !== '' && !folder.startsWith('..') && !(0,external_node_path_.isAbsolute)(folder)) {
        candidates.push((0,paths/* toPosix */.d)((0,external_node_path_.join)(folder, posix)));
        const parent = (0,paths/* toPosix */.d)((0,external_node_path_.normalize)((0,external_node_path_.join)(folder, '..')));
        if (parent === folder)
            break;
        folder = parent;
    }
    return candidates.find(exists) ?? posix;
}
function annotations_location(failure) {
    const frame = failure.error.frames.find((candidate) => candidate.inApp && candidate.file);
    if (frame?.file)
        return { file: frame.file, ...(frame.line ? { line: frame.line } : {}) };
    if (failure.test?.file)
        return { file: failure.test.file, ...(failure.test.line ? { line: failure.test.line } : {}) };
    return {};
}
function planAnnotations(failures, issues, workspace, exists, limit = MAX_ERROR_ANNOTATIONS) {
    const groups = groupFailures(failures, issues);
    const annotations = groups.slice(0, limit).flatMap((group) => {
        const first = group.failures[0];
        if (!first)
            return [];
        const at = annotations_location(first);
        const file = at.file ? workspacePath(at.file, first.source.path, workspace, exists) : undefined;
        const annotation = {
            title: `${group.status === 'flaky' ? 'Flaky: ' : ''}${(0,title/* failureLabel */.Zu)(first)}`.slice(0, 200),
            message: `${(0,title/* errorLine */.BP)(first.error)}\n${group.fingerprint}${group.failures.length > 1 ? ` (${group.failures.length} failures)` : ''}`.slice(0, 4000),
        };
        if (file)
            annotation.file = file;
        if (file && at.line)
            annotation.line = at.line;
        return [annotation];
    });
    return { annotations, omitted: Math.max(0, groups.length - annotations.length) };
}

// EXTERNAL MODULE: ./src/logs/registry.ts + 25 modules
var logs_registry = __nccwpck_require__(7607);
// EXTERNAL MODULE: ./src/logs/scanner.ts + 2 modules
var scanner = __nccwpck_require__(2991);
;// CONCATENATED MODULE: ./src/sources/logs.ts





async function logFiles(patterns, cwd) {
    const resolved = await resolveSources(patterns, cwd);
    const inputs = resolved.files.map((file) => ({
        path: file.path,
        open: () => (0,external_node_fs_.createReadStream)(file.absolute, { highWaterMark: 1 << 20 }),
    }));
    return { inputs, missing: resolved.missing, unmatched: resolved.unmatched };
}
/** Scans each log in turn; a log that cannot be read is listed with its error, and the rest go on. */
async function scanLogs(inputs, detectors, workspace) {
    const sources = [];
    const failures = [];
    for (const input of inputs) {
        try {
            failures.push(...(await (0,scanner/* scanLogStream */._Z)(input.open(), detectors, { path: input.path, workspace })));
            sources.push((0,source_info/* readSourceInfo */.OU)(input.path, 'log'));
        }
        catch (error) {
            sources.push((0,source_info/* failedSourceInfo */.tS)(input.path, error));
        }
    }
    return { sources, failures };
}
/** The configured log files plus any streams the entry hands over (stdin, a command's output). */
async function readLogs(options, extra, log) {
    const files = options.logs.length > 0 ? await logFiles(options.logs, options.cwd) : undefined;
    for (const pattern of files?.unmatched ?? [])
        log.warn(`No log files matched ${pattern}`);
    const scanned = await scanLogs([...(files?.inputs ?? []), ...extra], logs_registry/* logDetectors */.O, options.workspace);
    const missing = (files?.missing ?? []).map((path) => ({ path, error: { message: 'no such file' } }));
    const failures = (0,source_info/* toFailures */.RF)(scanned.failures, options);
    if (failures.length > 0)
        log.info(`Found ${failures.length} runtime error(s) in ${scanned.sources.length} log(s)`);
    return { sources: [...missing, ...scanned.sources], failures };
}

;// CONCATENATED MODULE: ./src/sources/read-report.ts




async function readTriagedRun(config, deps) {
    const settings = config.workflowRun;
    if (!settings)
        return undefined;
    // Loaded only in this mode: Octokit and the zip reader are a third of the bundle.
    const [{ createGitHubClient }, { workflowRunClient }, { readWorkflowRun }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(146), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6584)),
        __nccwpck_require__.e(/* import() */ 349).then(__nccwpck_require__.bind(__nccwpck_require__, 349)),
        Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(872)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4872)),
    ]);
    const octokit = createGitHubClient({
        token: settings.token,
        baseUrl: settings.apiUrl,
        fetch: deps.fetch,
        log: deps.log,
    });
    const found = await readWorkflowRun(settings, workflowRunClient(octokit, settings.owner, settings.repo), {
        workspace: config.workspace,
        format: config.format,
        log: deps.log,
        base: {
            runId: String(settings.runId),
            ...(config.run.workflow ? { workflow: config.run.workflow } : {}),
            ...(config.run.sha ? { sha: config.run.sha } : {}),
            ...(config.run.runAttempt ? { runAttempt: Number(config.run.runAttempt) } : {}),
            ...(settings.pullRequest ? { pullRequest: settings.pullRequest } : {}),
        },
    });
    return {
        schema: 'faultline.report/v1',
        summary: found.summary,
        sources: found.sources,
        failures: (0,source_info/* toFailures */.RF)(found.failures, config),
    };
}
async function readReport(config, deps) {
    const report = await parseSources(config, deps.log);
    const logs = await readLogs(config, deps.logStreams ?? [], deps.log);
    const triaged = await readTriagedRun(config, deps);
    const extra = [...logs.sources, ...(triaged?.sources ?? [])];
    for (const source of extra)
        if (source.error)
            deps.log.warn(`Skipped ${describeSourceError(source)}`);
    return {
        ...report,
        summary: triaged ? (0,model/* addSummaries */.sH)(report.summary, triaged.summary) : report.summary,
        sources: [...report.sources, ...extra],
        failures: [...report.failures, ...logs.failures, ...(triaged?.failures ?? [])],
    };
}

;// CONCATENATED MODULE: ./src/run.ts











/** result.json: the report contract plus what the run did with it (issues, deliveries). */
const RESULT_SCHEMA = 'faultline.result/v1';
function failReasons(config, report, deliveries) {
    const reasons = [];
    const failing = report.failures.filter((failure) => !failure.flaky).length;
    if (config.failOn.includes('failures') && failing > 0)
        reasons.push(`${failing} failure(s) found`);
    const broken = report.sources.filter((source) => source.error).length;
    if (config.failOn.includes('parse-errors') && broken > 0)
        reasons.push(`${broken} source(s) could not be read`);
    const undelivered = deliveries.filter((delivery) => delivery.status === 'failed').length;
    if (config.failOn.includes('delivery-errors') && undelivered > 0)
        reasons.push(`${undelivered} webhook(s) failed`);
    return reasons;
}
/** The whole pipeline: sources → parsers → failures → fingerprints → issues, webhooks, summary. */
async function run(config, deps) {
    const report = await readReport(config, deps);
    if (config.command === 'parse' || config.command === 'explain') {
        return {
            report,
            issues: [],
            deliveries: [],
            annotations: { annotations: [], omitted: 0 },
            written: [],
            failReasons: failReasons(config, report, []),
        };
    }
    const output = outputFolder(config.outputDir, config.cwd);
    const trackerFactory = trackerByName(config.tracker);
    if (!trackerFactory)
        throw new errors/* FaultlineError */.RO(`unknown issue tracker ${config.tracker}`);
    const tracker = trackerFactory.create({
        run: config.run,
        outputDir: config.outputDir,
        clock: deps.clock,
        log: deps.log,
        fetch: deps.fetch,
        ...(config.github ? { github: config.github } : {}),
    });
    const readSources = report.sources.filter((source) => !source.error).map((source) => source.path);
    const issues = await tracker.sync(report.failures, readSources);
    const url = runUrl(config.run);
    const event = {
        id: deps.newId?.() ?? `msg_${(0,external_node_crypto_.randomUUID)().replace(/-/g, '')}`,
        timestamp: deps.clock.now(),
        summary: report.summary,
        run: config.run,
        ...(url ? { runUrl: url } : {}),
        items: alertItems(report.failures, issues),
    };
    const redact = (0,src_log/* makeRedactor */.$u)(config.secrets);
    const deliveries = await deliverAll(event, config.webhooks, output, {
        ...deps,
        ...config.delivery,
        redact,
    });
    const annotations = planAnnotations(report.failures, issues, config.workspace, deps.fileExists ?? (() => false));
    const summaryMarkdown = renderSummaryMarkdown({
        report,
        issues,
        deliveries,
        annotations: { shown: annotations.annotations.length, omitted: annotations.omitted },
    });
    await output.writeStream('report.json', jsonPieces(report));
    await output.write('issue-plan.json', JSON.stringify({ schema: 'faultline.issue-plan/v1', tracker: tracker.name, issues }, null, 2));
    await output.write('summary.md', summaryMarkdown);
    await output.writeStream('result.json', jsonPieces({ schema: RESULT_SCHEMA, tracker: tracker.name, report, issues, deliveries }, 4));
    return {
        report,
        issues,
        deliveries,
        summaryMarkdown,
        annotations,
        written: output.written,
        failReasons: failReasons(config, report, deliveries),
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/entries/cli-help.ts





function helpText() {
    return `faultline: triage CI failures from test reports and raw logs.

Usage:
  faultline report [paths, folders or globs...] [options]
      Parse, fingerprint, plan issues, send webhooks; write results to --out.
      With no paths, looks for common report locations.
  faultline parse <paths, folders or globs...> [--json] [--format NAME]
      Parse and fingerprint only. --json prints one faultline.report/v1 document.
  faultline explain <paths, folders or globs...> [--test NAME] [--json]
      Print each failure's fingerprint and the normalized parts it was made from.
  faultline run [report paths...] [options] -- <command> [args...]
      Run the command, passing its output through. If it fails, triage its output (and the
      reports) as "report" does, on stderr. Exits with the command's own exit code.
  faultline serve [--port 8080] [--host 127.0.0.1] [--data ./faultline-data] [--secret whsec_...]
                  [--forward faultline.yml] [--tolerance 300] [--max-body 1048576] [--ndjson FILE]
      Receive faultline's signed generic webhooks (POST /webhook), store them in SQLite, group
      them by fingerprint (GET /), forward new and regressed ones. --secret may repeat;
      FAULTLINE_SERVE_SECRET may hold several. See docs/serve.md.

Logs: every command also scans raw logs for runtime errors (${(0,logs_registry/* runtimeNames */.j)().join(', ') || 'no runtimes'}):
  -l, --logs PATH       a log file, folder or glob; repeatable
      --stdin           read a log from standard input: some-command 2>&1 | faultline report --stdin

Options:
  -f, --format NAME     auto (default), ${(0,parsers_registry/* formatNames */.EI)().join(', ')}
      --json            print the report as JSON on stdout
  -c, --config FILE     faultline.yml: webhooks, fingerprints (custom rules), group-by, in-app
      --webhook T=URL   add an endpoint (types: ${(0,registry/* destinationTypes */.W)().join(', ')}); repeatable
      --webhook-budget S  seconds all webhook deliveries may take together (default 60)
  -o, --out DIR         output folder (default .faultline)
      --group-by WHAT   error (default: one fingerprint per bug) or test (one per failing test)
      --test NAME       explain: only failures whose test name contains NAME
      --tracker NAME    issue tracker: ${trackerNames().join(', ')} (default local)
      --repo OWNER/NAME with --tracker github; the token comes from GITHUB_TOKEN
      --close-after N   with --tracker github: close after N green runs on the default branch
      --fail-on LIST    exit 1 on: ${FAIL_ON.join(', ')} (default: never)
  -v, --verbose         more logging on stderr
  -h, --help            this text
      --version         print the version

Exit codes: 0 done; 1 a --fail-on condition held; 2 bad usage, bad config or an internal error;
3 some source was skipped (its error is printed and in the report).
`;
}

;// CONCATENATED MODULE: ./src/entries/cli.ts











const EXIT = { ok: 0, failOn: 1, usage: 2, skipped: 3 };
/** argv → Config → run() → what the terminal shows and the exit code. */
async function runCli(argv, io) {
    let request;
    try {
        request = configFromArgv(argv, io.env, io.cwd);
    }
    catch (error) {
        io.stderr(`faultline: ${(0,errors/* errorMessage */.gJ)(error)}\nRun "faultline --help" for usage.\n`);
        return EXIT.usage;
    }
    if (request.kind === 'help') {
        io.stdout(helpText());
        return EXIT.ok;
    }
    if (request.kind === 'version') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return EXIT.ok;
    }
    if (request.kind === 'serve')
        return serve(request.config, io);
    const { config } = request;
    if (config.commandLine)
        return runAndTriage(config, config.commandLine, io);
    return triage(config, io, config.stdin && io.stdin ? [{ path: 'stdin', open: () => io.stdin }] : []);
}
/** `faultline serve`: runs until SIGINT or SIGTERM; secrets are masked in all it logs. */
async function serve(config, io) {
    const log = (0,src_log/* redactingLogger */.S)((0,src_log/* streamLogger */.VO)(io.stderr, config.verbose), config.masked);
    try {
        const { serveUntilSignal } = await __nccwpck_require__.e(/* import() */ 327).then(__nccwpck_require__.bind(__nccwpck_require__, 6327));
        await serveUntilSignal(config, { fetch: io.fetch, clock: systemClock, log });
        return EXIT.ok;
    }
    catch (error) {
        log.error(`faultline serve failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return EXIT.usage;
    }
}
/** A byte writer: the one given, or else the text writer. */
function bytesOut(bytes, text) {
    return bytes ?? ((chunk) => text(chunk.toString()));
}
/** `faultline run`: the command's own exit code always wins; triage only adds what it found. */
async function runAndTriage(config, commandLine, io) {
    // node:child_process (and with it net and dgram) is loaded only by the command that runs one.
    const runCommand = io.runCommand ?? (await __nccwpck_require__.e(/* import() */ 677).then(__nccwpck_require__.bind(__nccwpck_require__, 3677))).spawnCommand;
    const result = await runCommand(commandLine, {
        stdout: bytesOut(io.stdoutBytes, io.stdout),
        stderr: bytesOut(io.stderrBytes, io.stderr),
        cwd: io.cwd,
        env: io.env,
    });
    try {
        // The command's output owns stdout: what faultline found, JSON included, goes to stderr.
        const toStderr = { ...io, stdout: io.stderr, stdoutBytes: bytesOut(io.stderrBytes, io.stderr) };
        if (result.exitCode !== 0)
            await triage(config, toStderr, [result.output]);
    }
    finally {
        await result.dispose();
    }
    return result.exitCode;
}
async function triage(config, io, logStreams) {
    const redact = (0,src_log/* makeRedactor */.$u)(config.secrets);
    const log = (0,src_log/* redactingLogger */.S)((0,src_log/* streamLogger */.VO)(io.stderr, config.verbose), config.secrets);
    for (const error of config.webhooks.errors)
        log.error(error.message);
    try {
        const outcome = await run(config, { fetch: io.fetch, clock: systemClock, log, logStreams });
        if (config.command === 'explain') {
            const filter = config.testFilter;
            const chosen = outcome.report.failures.filter((failure) => !filter || failure.test?.name.includes(filter));
            if (config.json)
                io.stdout(`${JSON.stringify(chosen.map((failure) => ({
                    fingerprint: failure.fingerprint,
                    ...failure.grouping,
                    previous: (0,fingerprint_fingerprint/* previousFingerprints */.lk)(failure),
                })), null, 2)}\n`);
            else
                io.stdout(redact(renderExplain(chosen)));
        }
        else if (config.json) {
            const write = bytesOut(io.stdoutBytes, io.stdout);
            for (const chunk of batched(jsonPieces(outcome.report))) {
                write(chunk);
                await io.drain?.();
            }
            io.stdout('\n');
        }
        else
            io.stdout(redact(renderTerminal({ ...outcome })));
        for (const reason of outcome.failReasons)
            log.error(reason);
        if (outcome.failReasons.length > 0)
            return EXIT.failOn;
        return outcome.report.sources.some((source) => source.error) ? EXIT.skipped : EXIT.ok;
    }
    catch (error) {
        log.error(error instanceof errors/* ConfigError */.xL ? error.message : `faultline failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return EXIT.usage;
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ FaultlineError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mB: () => (/* binding */ ParseError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export DeliveryError */
// Typed errors thrown below the entries. Only the entries report them.
class FaultlineError extends Error {
    name = 'FaultlineError';
}
/** A report or log that cannot be read or parsed. Carries where, so the user can open the file at the spot. */
class ParseError extends FaultlineError {
    path;
    line;
    column;
    name = 'ParseError';
    constructor(path, message, line, column, options) {
        super(message, options);
        this.path = path;
        this.line = line;
        this.column = column;
    }
    toString() {
        const where = this.line === undefined ? '' : `:${this.line}${this.column === undefined ? '' : `:${this.column}`}`;
        return `${this.path}${where}: ${this.message}`;
    }
}
/** A bad input, flag or config entry. `field` names what to fix, e.g. `webhooks[2].url`. */
class ConfigError extends FaultlineError {
    field;
    name = 'ConfigError';
    constructor(field, message, options) {
        super(`${field}: ${message}`, options);
        this.field = field;
    }
}
/** A destination that did not accept a payload. The message never holds the URL or a secret. */
class DeliveryError extends FaultlineError {
    endpoint;
    httpStatus;
    name = 'DeliveryError';
    constructor(endpoint, message, httpStatus, options) {
        super(`${endpoint}: ${message}`, options);
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 1458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a0: () => (/* binding */ GROUP_BY),
/* harmony export */   wS: () => (/* binding */ defaultComponents)
/* harmony export */ });
/* unused harmony exports frameKey, testIdentity */
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6307);

const GROUP_BY = ['error', 'test'];
// Sentry uses the innermost in-app frames; three tell a crash site apart without making
// the key sensitive to how the code was reached.
const FRAMES_IN_KEY = 3;
// Frames in test code say which test hit the bug, not where the bug is.
const TEST_CODE = /(?:^|\/)(?:tests?|specs?|__tests__|testing)\/|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go)$|Tests?\.(?:java|kt|scala|cs)$|_spec\.rb$/;
// Rust keeps unit tests in the same file, in a `tests` module: the function path tells.
const TEST_FUNCTION = /(^|::)tests?::/;
function isTestCode(frame, testFile) {
    if (frame.function && TEST_FUNCTION.test(frame.function))
        return true;
    const file = frame.file?.replace(/\\/g, '/');
    if (!file)
        return false;
    if (testFile && (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(file) === (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(testFile))
        return true;
    return TEST_CODE.test(file);
}
// Types so general that the message is what tells two errors apart (throw new Error("…")).
const GENERIC_TYPES = new Set([
    'Error',
    'Exception',
    'RuntimeError',
    'java.lang.Exception',
    'java.lang.RuntimeException',
    'System.Exception',
    'StandardError',
    // Go and Rust panics: without a backtrace the only frame is a file, so the message must count.
    'panic',
]);
function frameKey(frame) {
    const where = frame.module ?? (frame.file ? (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(frame.file) : '');
    const fn = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .functionKey */ .ay)(frame.function);
    // A JVM frame's function repeats its class (the module); keep only the method.
    const method = frame.module && fn.startsWith(`${frame.module}.`) ? fn.slice(frame.module.length + 1) : fn;
    return `${where}:${method}`;
}
/** Frame keys, innermost first, with recursion (the same frame repeated) collapsed. */
function frameKeys(frames) {
    const keys = [];
    for (const frame of frames) {
        const key = frameKey(frame);
        if (key !== ':' && key !== keys.at(-1))
            keys.push(key);
        if (keys.length === FRAMES_IN_KEY)
            break;
    }
    return keys;
}
function testIdentity(draft) {
    const test = draft.test;
    if (!test)
        return undefined;
    return [
        test.file ? (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeKey */ .AB)(test.file) : '',
        (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .testNameKey */ .pm)(test.classname ?? test.suite ?? ''),
        (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .testNameKey */ .pm)(test.name),
    ];
}
/**
 * The default grouping (docs/fingerprint.md):
 * - an error raised in app code (an in-app frame outside the tests) is keyed by its type and
 *   those frames, so every test that hits the same bug lands in one issue;
 * - an error raised in the test itself (an assertion) is keyed by the test, type and message;
 * - a runtime error with no app frame by its type, message and innermost frames.
 * With group-by "test", a failing test is keyed by the test alone.
 */
function defaultComponents(draft, groupBy) {
    if (groupBy === 'test') {
        const test = testIdentity(draft);
        if (test)
            return { basis: 'test', components: { test } };
    }
    const type = draft.error.type?.trim() || undefined;
    const inApp = draft.error.frames.filter((frame) => frame.inApp);
    const appFrames = frameKeys(inApp.filter((frame) => !isTestCode(frame, draft.test?.file)));
    // The message and the test are templated only for the keys that hold them: an app-frame key never
    // holds the test, nor, with a telling type, the message; templating costs more than the rest.
    if (appFrames.length > 0) {
        // Without a telling type, the frames alone would merge every error raised at that spot.
        const telling = type && !GENERIC_TYPES.has(type);
        return {
            basis: 'app-frames',
            components: telling
                ? { type, frames: appFrames }
                : { ...(type ? { type } : {}), message: (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .messageTemplate */ .A)(draft.error.message), frames: appFrames },
        };
    }
    const message = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .messageTemplate */ .A)(draft.error.message);
    const test = testIdentity(draft);
    if (test)
        return { basis: 'test-error', components: { test, ...(type ? { type } : {}), message } };
    const frames = frameKeys(inApp.length > 0 ? inApp : draft.error.frames);
    return {
        basis: 'error',
        components: { ...(type ? { type } : {}), message, ...(frames.length ? { frames } : {}) },
    };
}


/***/ }),

/***/ 8418:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lk: () => (/* binding */ previousFingerprints),
  JR: () => (/* binding */ withFingerprint)
});

// UNUSED EXPORTS: DEFAULT_FINGERPRINT_OPTIONS, FINGERPRINT_VERSION, fingerprint, groupingOf, hashComponents

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/fingerprint/components.ts
var fingerprint_components = __nccwpck_require__(1458);
;// CONCATENATED MODULE: ./src/fingerprint/legacy.ts

// Earlier algorithms, kept so trackers still find issues filed under their fingerprints.
// Each is frozen: changing one would orphan the issues it named.
const V0_RULES = [
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
    [/\b0x[0-9a-f]+\b/gi, '<hex>'],
    [/\b[0-9a-f]{16,}\b/gi, '<hash>'],
    [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<time>'],
    [/\d+(?:\.\d+)?/g, '<n>'],
    [/\s+/g, ' '],
];
/** v0, the placeholder of the first release: test identity, error type and a rough message template. */
function fingerprintV0(draft) {
    let template = draft.error.message;
    for (const [pattern, replacement] of V0_RULES)
        template = template.replace(pattern, replacement);
    const test = draft.test;
    const identity = test ? [test.file ?? test.classname ?? test.suite ?? '', test.name] : ['', ''];
    const parts = [draft.kind, ...identity, draft.error.type ?? '', template.trim()];
    return `v0:${(0,external_node_crypto_.hash)('sha256', JSON.stringify(parts), 'hex').slice(0, 16)}`;
}
const LEGACY_VERSIONS = [fingerprintV0];

// EXTERNAL MODULE: ./src/fingerprint/rules.ts
var rules = __nccwpck_require__(6399);
;// CONCATENATED MODULE: ./src/fingerprint/fingerprint.ts




// Algorithm v1, documented in docs/fingerprint.md. The version prefix lets a later
// algorithm recognise issues filed under this one (see legacy.ts for v0).
const FINGERPRINT_VERSION = 'v1';
const DEFAULT_FINGERPRINT_OPTIONS = { groupBy: 'error', rules: [] };
/** SHA-256 of the components in a fixed order, so the same parts always give the same id. */
function hashComponents(components) {
    const canonical = [
        FINGERPRINT_VERSION,
        components.test ?? null,
        components.type ?? null,
        components.message ?? null,
        components.frames ?? null,
        components.custom ?? null,
    ];
    return `${FINGERPRINT_VERSION}:${(0,external_node_crypto_.hash)('sha256', JSON.stringify(canonical), 'hex').slice(0, 16)}`;
}
function groupingOf(draft, options = DEFAULT_FINGERPRINT_OPTIONS) {
    const { basis, components } = (0,fingerprint_components/* defaultComponents */.wS)(draft, options.groupBy);
    const ruled = (0,rules/* applyRules */.IU)(options.rules, draft, components);
    if (ruled)
        return {
            version: FINGERPRINT_VERSION,
            basis: 'rule',
            components: { custom: ruled.custom },
            rule: ruled.rule,
        };
    return { version: FINGERPRINT_VERSION, basis, components };
}
/**
 * The fingerprints older algorithms gave this failure. Trackers look under them when the
 * current one finds no issue, so an upgrade never reopens the backlog as new issues. Computed
 * on demand: only a miss needs them.
 */
function previousFingerprints(draft) {
    return LEGACY_VERSIONS.map((legacy) => legacy(draft));
}
function fingerprint(draft, options = DEFAULT_FINGERPRINT_OPTIONS) {
    return hashComponents(groupingOf(draft, options).components);
}
function withFingerprint(draft, options = DEFAULT_FINGERPRINT_OPTIONS) {
    const grouping = groupingOf(draft, options);
    return { fingerprint: hashComponents(grouping.components), ...draft, grouping };
}


/***/ }),

/***/ 6307:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ messageTemplate),
/* harmony export */   AB: () => (/* binding */ relativeKey),
/* harmony export */   ay: () => (/* binding */ functionKey),
/* harmony export */   pm: () => (/* binding */ testNameKey),
/* harmony export */   wm: () => (/* binding */ fileKey)
/* harmony export */ });
/* unused harmony exports MAX_MESSAGE_CHARS, MESSAGE_RULES, applyMessageRule, applyMessageRules, stripAnsi */
// Normalizers for the parts of a failure that feed its fingerprint. Each removes what
// varies between runs of the same bug (paths, ids, numbers, timing) and keeps what names
// the bug. All are pure and idempotent: normalizing twice changes nothing more.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const MAX_MESSAGE_CHARS = 200;
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
function marksOf(text) {
    let marks = 0;
    let previous = 0;
    for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        if (code >= 0x30 && code <= 0x39)
            marks |= DIGIT;
        else if (code === 0x2f)
            marks |= SLASH | SEPARATOR;
        else if (code === 0x5c)
            marks |= SEPARATOR;
        else if (code === 0x2d)
            marks |= DASH;
        else if (code === 0x3a)
            marks |= COLON;
        else if (code === 0x2e)
            marks |= DOT;
        else if (code === 0x40)
            marks |= AT;
        else if (code === 0x3d)
            marks |= EQUALS;
        else if (code === 0x20) {
            if (previous === 0x2c)
                marks |= COMMA_SPACE;
            else if (previous === 0x20)
                marks |= SPACING;
        }
        else if ((code === 0x78 || code === 0x58) && previous === 0x30)
            marks |= ZERO_X;
        else if ((code >= 0x09 && code <= 0x0d) || code > 0x7f)
            marks |= SPACING;
        previous = code;
    }
    return marks;
}
const MESSAGE_RULES = [
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
        pattern: /\[?\b(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:[0-9a-f]{1,4})\b\]?(?::\d+)?|\[?::1\b\]?(?::\d+)?/gi,
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
function applyMessageRule(text, rule) {
    let result = text;
    let before;
    // A repeated rule's every pass that changes the text takes away two quotes, so this ends.
    do {
        before = result;
        result = result.replace(rule.pattern, rule.replacement);
    } while (rule.repeat && result !== before);
    return result;
}
/** Every rule in order, skipping those whose marks the text lacks; exported for the test that checks the skips. */
function applyMessageRules(text) {
    const marks = marksOf(text);
    let result = text;
    for (const rule of MESSAGE_RULES)
        if ((rule.needs & marks) === rule.needs)
            result = applyMessageRule(result, rule);
    return result.trim();
}
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
/** The first line of a message, turned into a template that reads the same for the same bug. */
function messageTemplate(message) {
    const text = stripAnsi(message).replace(/\r\n?/g, '\n').trim();
    const newline = text.indexOf('\n');
    let template = applyMessageRules(newline === -1 ? text : text.slice(0, newline));
    // Cutting to length can leave a fragment that a rule matches, so then repeat until nothing changes.
    // (Code points are never more than UTF-16 units: only a long template needs counting.)
    for (let pass = 0; pass < 4 && template.length > MAX_MESSAGE_CHARS && Array.from(template).length > MAX_MESSAGE_CHARS; pass += 1) {
        template = applyMessageRules(Array.from(template).slice(0, MAX_MESSAGE_CHARS).join(''));
    }
    return template;
}
/** The file name alone, lower-cased, without its extension: stable across checkout roots, OSes and transpiled twins. */
function fileKey(path) {
    return memo(fileKeys, path, () => computeFileKey(path));
}
function computeFileKey(path) {
    const base = path
        .replace(/\\/g, '/')
        .replace(/[?#].*$/, '')
        .split('/')
        .pop() ?? '';
    return base.toLowerCase().replace(/\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|cs|php|scala)$/, '');
}
// Generated or anonymous parts of function names that change between builds or say nothing.
const FUNCTION_RULES = [
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
function functionKey(name) {
    return name ? memo(functionKeys, name, () => computeFunctionKey(name)) : '';
}
function computeFunctionKey(name) {
    let key = name.trim();
    for (const [pattern, replacement] of FUNCTION_RULES)
        key = key.replace(pattern, replacement);
    return key.replace(/\.$/, '').trim();
}
/**
 * A test name with what varies per run replaced: parameter ids in brackets, random seeds,
 * durations some reporters append. The shape of the name (which test) stays.
 */
function testNameKey(name) {
    return memo(testNames, name, () => messageTemplate(name.replace(/\s*\(\d+(?:\.\d+)?\s?m?s\)$/, '')));
}
// Test names and classnames repeat across a run's failures; templating each once is enough.
const testNames = new Map();
const fileKeys = new Map();
const functionKeys = new Map();
const MEMO_LIMIT = 50_000;
function memo(cache, key, compute) {
    let value = cache.get(key);
    if (value === undefined) {
        if (cache.size >= MEMO_LIMIT)
            cache.clear();
        value = compute();
        cache.set(key, value);
    }
    return value;
}
/** A path inside the repository, as the same for every checkout: forward slashes, no root. */
function relativeKey(path) {
    const posix = stripAnsi(path)
        .replace(/\\/g, '/')
        .replace(/^file:\/\//, '');
    if (!/^(?:[A-Za-z]:)?\//.test(posix))
        return posix.replace(/^\.\//, '');
    // An absolute path whose root we do not know: keep the part from the first familiar folder on.
    const marker = /\/(?:src|lib|app|apps|packages|test|tests|spec|__tests__|internal|cmd|pkg)\//.exec(posix);
    return marker ? posix.slice(marker.index + 1) : (posix.split('/').pop() ?? posix);
}


/***/ }),

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ applyRules),
/* harmony export */   bA: () => (/* binding */ parseFingerprintRules)
/* harmony export */ });
/* unused harmony export parseFingerprintRule */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6307);



const VARIABLE = /^\{\{\s*(default|type|message|test|frames)\s*\}\}$/;
/** "/regex/flags" is a regular expression; any other string matches exactly (type) or as a substring. */
function matcher(value, field, exact) {
    if (typeof value !== 'string' || value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(field, 'must be a non-empty string');
    const regex = /^\/(.+)\/([imsu]*)$/.exec(value);
    if (regex) {
        try {
            const pattern = new RegExp(regex[1] ?? '', regex[2]);
            return (text) => pattern.test(text);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(field, `is not a valid regular expression (${error.message})`);
        }
    }
    return exact ? (text) => text === value : (text) => text.includes(value);
}
function parseFingerprintRules(value, field) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(field, 'must be a list of rules');
    return value.map((raw, index) => parseFingerprintRule(raw, `${field}[${index}]`));
}
/** One rule, `at` naming it in errors: `faultline.yml: fingerprints[2]`. */
function parseFingerprintRule(raw, at) {
    if (!raw || typeof raw !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(at, 'must be a mapping with match and fingerprint');
    const { match, fingerprint } = raw;
    if (!match || typeof match !== 'object' || Object.keys(match).length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${at}.match`, 'needs at least one of type, message, test, path, kind');
    }
    const rule = { field: at, match: {}, fingerprint: [], raw };
    for (const [key, spec] of Object.entries(match)) {
        const where = `${at}.match.${key}`;
        if (key === 'type')
            rule.match.type = matcher(spec, where, true);
        else if (key === 'message')
            rule.match.message = matcher(spec, where, false);
        else if (key === 'test')
            rule.match.test = matcher(spec, where, false);
        else if (key === 'path') {
            if (typeof spec !== 'string' || !spec)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(where, 'must be a glob');
            rule.match.path = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(spec, { dot: true });
        }
        else if (key === 'kind') {
            if (spec !== 'test' && spec !== 'runtime')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(where, 'must be test or runtime');
            rule.match.kind = spec;
        }
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(where, 'unknown matcher (use type, message, test, path, kind)');
    }
    if (!Array.isArray(fingerprint) ||
        fingerprint.length === 0 ||
        !fingerprint.every((part) => typeof part === 'string')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${at}.fingerprint`, 'must be a non-empty list of strings');
    }
    rule.fingerprint = fingerprint;
    return rule;
}
function ruleMatches(rule, draft) {
    const { type, message, test, path, kind } = rule.match;
    if (kind && draft.kind !== kind)
        return false;
    if (type && !type(draft.error.type ?? ''))
        return false;
    if (message && !message(draft.error.message))
        return false;
    if (test && !test([draft.test?.classname, draft.test?.name].filter(Boolean).join(' ')))
        return false;
    if (path) {
        const files = [draft.test?.file, ...draft.error.frames.map((frame) => frame.file)];
        if (!files.some((file) => file !== undefined && path(file.replace(/\\/g, '/'))))
            return false;
    }
    return true;
}
function flatten(components, only) {
    const parts = [];
    for (const key of ['test', 'type', 'message', 'frames']) {
        if (only && key !== only)
            continue;
        const value = components[key];
        if (value !== undefined)
            parts.push(`${key}=${Array.isArray(value) ? value.join(' / ') : value}`);
    }
    return parts;
}
/** The first matching rule's fingerprint list, expanded; undefined when no rule matches. */
function applyRules(rules, draft, defaults) {
    const index = rules.findIndex((rule) => ruleMatches(rule, draft));
    const rule = rules[index];
    if (!rule)
        return undefined;
    const custom = rule.fingerprint.flatMap((part) => {
        const variable = VARIABLE.exec(part.trim())?.[1];
        if (variable === 'default')
            return flatten(defaults);
        if (variable)
            return flatten(defaults, variable);
        return [(0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .messageTemplate */ .A)(part)];
    });
    return { rule: index, custom };
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ makeRedactor),
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   VO: () => (/* binding */ streamLogger)
/* harmony export */ });
/* unused harmony export secretParts */
const MASK = '***';
/**
 * A URL is secret as a whole and in its parts: services echo the path or a query value in
 * their error text. Parts shorter than 8 characters are too common to mask safely; whole
 * secrets are masked from 4 characters on.
 */
function secretParts(secrets) {
    const parts = [];
    for (const secret of secrets) {
        if (secret.length >= 4)
            parts.push(secret);
        let url;
        try {
            url = new URL(secret);
        }
        catch {
            continue;
        }
        // Path segments that look like tokens (a digit in them, or long), not words like "services".
        const tokens = url.pathname.split('/').filter((segment) => /\d/.test(segment) || segment.length >= 20);
        const pieces = [url.pathname, decodeURIComponent(url.pathname), ...tokens, ...url.searchParams.values()];
        if (url.username)
            pieces.push(url.username);
        if (url.password)
            pieces.push(url.password);
        parts.push(...pieces.filter((piece) => piece.length >= 8));
    }
    return [...new Set(parts)];
}
/** Replaces every known secret with *** in any text, longest first so a secret inside another is caught too. */
function makeRedactor(secrets) {
    const values = secretParts(secrets).sort((a, b) => b.length - a.length);
    return (text) => {
        let result = text;
        for (const secret of values)
            result = result.split(secret).join(MASK);
        return result;
    };
}
/** Wraps a logger so no message can carry a configured secret, whatever code produced it. */
function redactingLogger(inner, secrets) {
    const redact = makeRedactor(secrets);
    return {
        debug: (message) => inner.debug(redact(message)),
        info: (message) => inner.info(redact(message)),
        warn: (message) => inner.warn(redact(message)),
        error: (message) => inner.error(redact(message)),
    };
}
function streamLogger(write, verbose = false) {
    return {
        debug: (message) => {
            if (verbose)
                write(`debug: ${message}\n`);
        },
        info: (message) => write(`${message}\n`),
        warn: (message) => write(`warning: ${message}\n`),
        error: (message) => write(`error: ${message}\n`),
    };
}


/***/ }),

/***/ 5549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ splitStream),
/* harmony export */   dG: () => (/* binding */ unframeLine),
/* harmony export */   gd: () => (/* binding */ isRunnerCommand),
/* harmony export */   tF: () => (/* binding */ ACTIONS_TIMESTAMP)
/* harmony export */ });
/* harmony import */ var _parsers_error_info_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8903);

// What CI adds around a program's own output, removed before detectors see a line:
// GitHub Actions' timestamp prefix ("2024-05-01T08:00:00.1234567Z "), ANSI colour and
// cursor codes, the `##[error]` / `##[warning]` command prefix, and the CR of CRLF.
const ACTIONS_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const COMMAND = /^##\[(?:error|warning|notice|debug)\]/;
function unframeLine(raw) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    line = line.replace(ACTIONS_TIMESTAMP, '');
    if (line.includes('\u001b'))
        line = (0,_parsers_error_info_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(line);
    return line.replace(COMMAND, '');
}
/** `##[group]`, `##[endgroup]` and other runner commands: never part of a program's error output. */
function isRunnerCommand(line) {
    return line.startsWith('##[');
}
// Parallel processes write into one log with a name in front of each line: docker compose
// ("web-1     | "), concurrently and npm-run-all ("[web] ", "[0] "). Each name is a stream of its
// own, so two interleaved tracebacks are read apart. Bracketed names start lowercase or with a
// digit, so Maven's "[INFO] " and "[ERROR] " stay plain text.
const STREAM_PREFIX = /^(?:([\w][\w.-]{0,63})\s+\| |\[([a-z0-9][\w.@/:-]{0,39})\] )/;
function splitStream(line) {
    const match = STREAM_PREFIX.exec(line);
    if (!match)
        return { stream: '', text: line };
    return { stream: match[1] ?? match[2] ?? '', text: line.slice(match[0].length) };
}


/***/ }),

/***/ 5482:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ inAppOverride),
/* harmony export */   _: () => (/* binding */ NO_IN_APP_RULES)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

const NO_IN_APP_RULES = { include: [], exclude: [] };
function matcher(globs) {
    if (globs.length === 0)
        return undefined;
    const test = picomatch__WEBPACK_IMPORTED_MODULE_0___default()([...globs], { dot: true });
    return (frame) => Boolean((frame.file && test(frame.file)) || (frame.module && test(frame.module)));
}
function inAppOverride(rules) {
    const include = matcher(rules.include);
    const exclude = matcher(rules.exclude);
    if (!include && !exclude)
        return undefined;
    const fix = (frame) => {
        const inApp = exclude?.(frame) ? false : include?.(frame) ? true : frame.inApp;
        return inApp === frame.inApp ? frame : { ...frame, inApp };
    };
    const fixError = (error) => ({
        ...error,
        frames: error.frames.map(fix),
        ...(error.causes ? { causes: error.causes.map(fixError) } : {}),
    });
    return (draft) => ({ ...draft, error: fixError(draft.error) });
}


/***/ }),

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ logDetectors),
  j: () => (/* binding */ runtimeNames)
});

// EXTERNAL MODULE: ./src/parsers/dotnet.ts
var dotnet = __nccwpck_require__(4364);
// EXTERNAL MODULE: ./src/parsers/error-info.ts
var error_info = __nccwpck_require__(8903);
;// CONCATENATED MODULE: ./src/logs/runtimes/dotnet.ts


// .NET processes killed by an unhandled exception. The runtime prints "Unhandled exception. "
// (.NET Core 3 and later), "Unhandled Exception:" (.NET Framework, and Mono with the exception
// on the next line) and then Exception.ToString(): the outer exception, each inner one after
// " ---> " (a new line since .NET Core 3, the same line before), then the innermost
// exception's frames first, each outer one's after "--- End of inner exception stack trace ---".
// Mono repeats the whole report after "[ERROR] FATAL UNHANDLED EXCEPTION: "; that copy is read
// as part of the first. Exceptions that a program or a test framework prints itself are not
// crashes and are left to the test reports: only these crash headers start a report.
const CRASH_HEADERS = [
    // VSTest reports a crashed test host as "… Test host process crashed : Unhandled exception. …".
    /^(?:.*\bcrashed : )?Unhandled exception\. (.*)$/,
    /^Unhandled Exception:(?: (.*))?$/,
    /^\[ERROR\] FATAL UNHANDLED EXCEPTION: (.*)$/,
];
const MONO_REPEAT = /^\[ERROR\] FATAL UNHANDLED EXCEPTION: /;
const FRAME_LINE = /^\s+at \S/;
const END_OF_INNER = /^\s*--- End of inner exception stack trace ---\s*$/;
// Async and rethrow boundaries inside one exception's own frames.
const END_OF_PREVIOUS = /^\s*--- End of stack trace from previous location/;
const INNER_SEPARATOR = /\s*---> /;
// Mono names an assembly without symbols "<9ba2a41022054071b5a1538303034428>", line 0.
const MONO_NO_SYMBOLS = /^<[0-9a-f]+>$/;
// A header and its inner exceptions may span a few lines (multi-line messages, Mono's
// "Parameter name: zip"); past this, the lines are not a header.
const MAX_HEADER_LINES = 50;
/** One .NET or Mono frame line as a frame, or undefined. Framework and runtime frames are not in app. */
function parseDotnetLogFrame(line, workspace) {
    const frame = (0,dotnet/* parseDotnetFrame */.jY)(line, workspace);
    if (frame?.file && MONO_NO_SYMBOLS.test(frame.file)) {
        delete frame.file;
        delete frame.line;
    }
    return frame;
}
function toInfo(segment) {
    const split = (0,dotnet/* splitDotnetMessage */._2)(segment);
    const info = { message: split.message.split('\n')[0]?.trim() ?? '', frames: [] };
    if (split.type)
        info.type = split.type;
    return info;
}
/** The exception a report's header and frame lines describe, with inner exceptions as causes. */
function parseDotnetReport(header, body, workspace) {
    const chain = header.join('\n').split(INNER_SEPARATOR).map(toInfo);
    const groups = [[]];
    for (const line of body) {
        if (END_OF_INNER.test(line))
            groups.push([]);
        const frame = parseDotnetLogFrame(line, workspace);
        if (frame)
            groups.at(-1)?.push(frame);
    }
    // The innermost exception's frames come first: group k belongs to the k-th from the end.
    groups.forEach((frames, k) => {
        const owner = chain[Math.max(0, chain.length - 1 - k)];
        if (owner)
            owner.frames.push(...frames);
    });
    const [outer = { message: '', frames: [] }, ...causes] = chain;
    if (causes.length > 0)
        outer.causes = causes;
    const stack = [...header, ...body].join('\n').trim();
    outer.stack = stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack;
    return outer;
}
class DotnetReportBlock {
    startLine;
    workspace;
    header = [];
    body = [];
    // Mono's repeat of the same report: taken so it is not read twice, then ignored.
    repeat = 'no';
    repeatedHeaderLines = 0;
    constructor(startLine, firstHeader, workspace) {
        this.startLine = startLine;
        this.workspace = workspace;
        if (firstHeader.trim())
            this.header.push(firstHeader.trim());
    }
    push(line) {
        const text = line.text;
        const framing = FRAME_LINE.test(text) || END_OF_INNER.test(text) || END_OF_PREVIOUS.test(text);
        if (this.repeat !== 'no')
            return this.pushRepeat(text, framing);
        if (framing) {
            if (this.header.length === 0)
                return 'end';
            this.body.push(text);
            return 'more';
        }
        if (this.body.length > 0) {
            if (!MONO_REPEAT.test(text))
                return 'end';
            this.repeat = 'header';
            return 'more';
        }
        if (text.trim() === '' || this.header.length >= MAX_HEADER_LINES)
            return 'end';
        this.header.push(text);
        return 'more';
    }
    pushRepeat(text, framing) {
        if (framing) {
            this.repeat = 'frames';
            return 'more';
        }
        const headerGoesOn = this.repeat === 'header' && text.trim() !== '' && this.repeatedHeaderLines < MAX_HEADER_LINES;
        this.repeatedHeaderLines++;
        return headerGoesOn ? 'more' : 'end';
    }
    finish() {
        if (this.header.length === 0)
            return [];
        const error = parseDotnetReport(this.header, this.body, this.workspace);
        // "Unhandled Exception: none" in ordinary output names no exception type.
        return error.type ? [{ error, line: this.startLine }] : [];
    }
}
const dotnetDetector = {
    runtime: 'dotnet',
    triggers: ['Unhandled exception. ', 'Unhandled Exception:', 'FATAL UNHANDLED EXCEPTION: '],
    start(line, _before, context) {
        for (const pattern of CRASH_HEADERS) {
            const match = pattern.exec(line.text);
            if (match)
                return new DotnetReportBlock(line.number, match[1] ?? '', context.workspace);
        }
        return undefined;
    },
};

// EXTERNAL MODULE: ./src/parsers/paths.ts
var paths = __nccwpck_require__(4720);
;// CONCATENATED MODULE: ./src/logs/runtimes/go-frames.ts

// Go's goroutine stacks: each frame is a function line, then its location on the next line.
//   main.(*Store).Checkout(0x4ba8c8?, {0x49a8f0, 0x4})
//   	/home/me/shop/main.go:13 +0xdf
// Inlined calls print "(...)" and no "+0x" offset; GOTRACEBACK=crash adds " fp=… sp=… pc=…".
// The race detector prints the same pairs indented by 2 and 6 spaces, without arguments.
// A function line ends with its argument list; "created by X" names the goroutine's creator.
const FUNCTION_LINE = /^\s*(\S.*\))\s*$/;
const LOCATION_LINE = /^\s+(\S.*?\.(?:go|s|c)):(\d+)(?: \+0x[0-9a-f]+)?(?: .*)?$/;
const CREATED_BY = /^\s*created by /;
/** The function's name without its argument list: "main.(*Store).Checkout". */
function goFunctionName(line) {
    const match = FUNCTION_LINE.exec(line);
    if (!match || CREATED_BY.test(line))
        return undefined;
    const text = match[1] ?? '';
    // Walk back over the argument list; receivers like "(*Store)" have parentheses too.
    let depth = 0;
    for (let index = text.length - 1; index >= 0; index--) {
        const char = text[index];
        if (char === ')')
            depth++;
        else if (char === '(' && --depth === 0)
            return index > 0 ? text.slice(0, index) : undefined;
    }
    return undefined;
}
function isGoLocationLine(line) {
    return LOCATION_LINE.test(line);
}
function isGoStackLine(line) {
    return (LOCATION_LINE.test(line) ||
        CREATED_BY.test(line) ||
        goFunctionName(line) !== undefined ||
        /^\s*\.\.\.additional frames elided\.\.\.\s*$/.test(line));
}
// Where the Go distribution's own sources live: Debian's /usr/lib/go-1.19, the official
// /usr/local/go, setup-go's hostedtoolcache, and "$GOROOT/" under -trimpath.
const GOROOT_FILE = /(?:^|\/)(?:go(?:-\d[\d.]*)?|golang)\/src\/|\/hostedtoolcache\/go\/|^\$GOROOT\//;
// The module cache and vendored copies hold dependencies.
const DEPENDENCY_FILE = /\/pkg\/mod\/|(?:^|\/)vendor\//;
const RUNTIME_FUNCTION = /^(?:runtime|testing)[./]|^panic$/;
/**
 * Whether a frame is the user's code: not the runtime, the testing package, GOROOT or a
 * dependency. `file` is the path as Go printed it; a file inside the workspace is never taken
 * for GOROOT, since a GOPATH checkout lives in ".../go/src/" too.
 */
function isGoInApp(frame, workspace = '') {
    if (frame.function && RUNTIME_FUNCTION.test(frame.function))
        return false;
    const file = frame.file ?? '';
    const relative = workspace ? (0,paths/* relativeToWorkspace */.T)(file, workspace) : file;
    if (relative !== file)
        return !DEPENDENCY_FILE.test(relative);
    return !(GOROOT_FILE.test(file) || DEPENDENCY_FILE.test(file));
}
/** Collects frames from function and location line pairs, innermost first as Go prints them. */
class GoFrameReader {
    workspace;
    limit;
    frames = [];
    pending;
    constructor(workspace, limit) {
        this.workspace = workspace;
        this.limit = limit;
    }
    /** Reads one stack line; answers false when the line is not part of a stack. */
    read(line) {
        const location = LOCATION_LINE.exec(line);
        if (location) {
            const fn = this.pending;
            this.pending = undefined;
            if (fn !== undefined && this.frames.length < this.limit) {
                const path = location[1] ?? '';
                const frame = {
                    file: (0,paths/* relativeToWorkspace */.T)(path, this.workspace),
                    line: Number(location[2]),
                    function: fn,
                    inApp: isGoInApp({ function: fn, file: path }, this.workspace),
                };
                this.frames.push(frame);
            }
            return true;
        }
        if (!isGoStackLine(line))
            return false;
        // "created by" is where the goroutine started, not a frame on its stack.
        this.pending = goFunctionName(line);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/logs/runtimes/go-crash.ts


// A Go crash: "panic: VALUE" or "fatal error: MESSAGE", then the goroutine dump.
//   panic: boom [recovered]          a panic that a deferred call recovered…
//   	panic: save failed: boom        …and the panic raised while handling it
//   [signal SIGSEGV: segmentation violation code=… addr=0x0 pc=…]
//
//   runtime stack:                   (fatal errors on the system stack print its frames first)
//   …
//   goroutine 1 [running]:           the goroutine that crashed comes first
//   main.main()
//   	/src/main.go:12 +0x1d
//
//   goroutine 7 [chan receive]:      then, for fatal errors and timeouts, every other goroutine
// Only the first goroutine's frames are the error's. Without a goroutine header it is not a
// crash ("panic: false" printed by a program), and nothing is reported.
const MAX_GO_FRAMES = 200;
// A panic value may span lines; its end is the blank line before the dump.
const MAX_MESSAGE_LINES = 20;
const GOROUTINE = /^goroutine \d+ (?:\[|gp=)/;
const NESTED_PANIC = /^\tpanic: (.*)$/;
const RECOVERED = / \[recovered(?:, [\w ]+)?\]$/;
// Lines that end a panic value which no dump followed: go test's verdicts and a new report.
const FOREIGN = /^(?:--- |=== |PASS$|FAIL\b|ok {2}|exit status |panic: |fatal error: |WARNING: DATA RACE)/;
class GoCrashBlock {
    start;
    kind;
    panics;
    stack;
    reader;
    state = 'head';
    messageLines = 0;
    sawBlank = false;
    stackChars;
    constructor(start, kind, message, workspace, 
    /** Lines above the report that belong to its text (go test's "--- FAIL: TestX"). */
    lead = []) {
        this.start = start;
        this.kind = kind;
        this.panics = [message];
        this.stack = [...lead, start.text];
        this.stackChars = this.stack.join('\n').length;
        this.reader = new GoFrameReader(workspace, MAX_GO_FRAMES);
    }
    push(line) {
        if (!this.take(line.text))
            return 'end';
        if (this.stackChars <= error_info/* MAX_STACK_CHARS */.c3) {
            this.stack.push(line.text);
            this.stackChars += line.text.length + 1;
        }
        return 'more';
    }
    finish() {
        if (this.state === 'head' || this.state === 'runtime-stack')
            return [];
        const values = this.panics.map((value) => value.replace(RECOVERED, ''));
        const message = values[values.length - 1] ?? '';
        const stack = this.stack.join('\n').trimEnd();
        const error = {
            type: this.kind,
            message,
            frames: this.reader.frames,
            stack: stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack,
        };
        // Earlier panics were recovered and led to the last one: they are its causes, nearest first.
        // go test re-panics with the same value, which is no cause of its own.
        const causes = values
            .slice(0, -1)
            .reverse()
            .filter((value) => value !== message)
            .map((value) => ({ type: this.kind, message: value, frames: [] }));
        if (causes.length > 0)
            error.causes = causes;
        return [{ error, line: this.start.number }];
    }
    take(text) {
        const blank = text.trim() === '';
        switch (this.state) {
            case 'head':
                return this.takeHead(text, blank);
            case 'runtime-stack':
                if (blank)
                    this.state = 'head';
                return blank || isGoStackLine(text);
            case 'first-goroutine':
                if (blank)
                    this.state = 'between';
                return blank || this.reader.read(text);
            case 'between':
                if (GOROUTINE.test(text))
                    this.state = 'other-goroutine';
                return blank || GOROUTINE.test(text);
            case 'other-goroutine':
                if (blank)
                    this.state = 'between';
                return blank || isGoStackLine(text);
        }
    }
    takeHead(text, blank) {
        const nested = NESTED_PANIC.exec(text);
        if (nested) {
            this.panics.push(nested[1] ?? '');
            return true;
        }
        if (GOROUTINE.test(text))
            this.state = 'first-goroutine';
        else if (text === 'runtime stack:')
            this.state = 'runtime-stack';
        else if (blank)
            this.sawBlank = true;
        else if (/^\[signal /.test(text) || /^runtime: /.test(text))
            return true;
        // A test timeout lists the running tests: "running tests:" then "\tTestX (10m0s)".
        else if (text === 'running tests:' || /^\t\S+ \(.+\)$/.test(text))
            return true;
        else if (this.sawBlank || this.messageLines >= MAX_MESSAGE_LINES || FOREIGN.test(text))
            return false;
        else
            this.messageLines++;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/logs/runtimes/go-race.ts



// A report of the race detector (go run -race, go test -race), between two rules of "=":
//   ==================
//   WARNING: DATA RACE
//   Read at 0x00c0000ac008 by goroutine 8:          the access that found the race
//     main.(*Counter).Hit()
//         /src/main.go:10 +0x77
//
//   Previous write at 0x00c0000ac008 by goroutine 7: the access it races with
//     …
//   Goroutine 8 (running) created at:                where each goroutine began
//     …
//   ==================
// The error is the first access with its frames; the previous access is its cause, with its
// own frames. The program goes on after a race, so its output may slip in between: a few
// such lines are taken and skipped.
const RACE_HEADER = 'WARNING: DATA RACE';
const RULE = /^={10,}$/;
const ACCESS = /^((?:Previous )?(?:[Rr]ead|[Ww]rite|[Aa]tomic read|[Aa]tomic write)\b.* by .+):$/;
const SECTION = /^\S.*:$/;
const MAX_FOREIGN_LINES = 20;
class GoRaceBlock {
    start;
    workspace;
    accesses = [];
    stack;
    current;
    foreign = 0;
    closed = false;
    stackChars;
    constructor(start, workspace) {
        this.start = start;
        this.workspace = workspace;
        this.stack = [start.text];
        this.stackChars = start.text.length;
    }
    push(line) {
        const text = line.text;
        if (this.closed)
            return 'end';
        if (RULE.test(text)) {
            this.closed = true;
        }
        else if (ACCESS.test(text)) {
            this.current = new GoFrameReader(this.workspace, MAX_GO_FRAMES);
            if (this.accesses.length < 2)
                this.accesses.push({ message: text.slice(0, -1), reader: this.current });
        }
        else if (SECTION.test(text)) {
            // "Goroutine 8 (running) created at:": where a goroutine began, not where the race is.
            this.current = undefined;
        }
        else if (text.trim() === '' || (isGoStackLine(text) && /^ {2}/.test(text))) {
            this.current?.read(text);
        }
        else if (/^(?:panic|fatal error): /.test(text)) {
            return 'end';
        }
        else {
            // Output of the program that goes on running: taken, but not part of the report.
            return ++this.foreign > MAX_FOREIGN_LINES ? 'end' : 'more';
        }
        if (this.stackChars <= error_info/* MAX_STACK_CHARS */.c3) {
            this.stack.push(text);
            this.stackChars += text.length + 1;
        }
        return 'more';
    }
    finish() {
        const [found, previous] = this.accesses;
        if (!found)
            return [];
        const error = {
            type: 'data race',
            message: found.message,
            frames: found.reader.frames,
            stack: this.stack.join('\n').slice(0, error_info/* MAX_STACK_CHARS */.c3),
        };
        if (previous)
            error.causes = [{ type: 'data race', message: previous.message, frames: previous.reader.frames }];
        return [{ error, line: this.start.number }];
    }
}

;// CONCATENATED MODULE: ./src/logs/runtimes/go.ts


// Go: what the runtime prints when a program dies, and what the race detector prints.
// - "panic: VALUE" with the goroutine dump (go-crash.ts), also inside go test's output, where
//   the failing test's "--- FAIL: TestX" comes just above it;
// - "fatal error: MESSAGE" (concurrent map writes, deadlock, stack overflow, out of memory);
// - "WARNING: DATA RACE" reports (go-race.ts): a race is a bug even when the run passes.
// Both crash forms start at column 0 on stderr. A line such as "panic: false" that no
// goroutine dump follows is a program's own output and is not reported.
const PANIC = /^panic: (.*)$/;
const TEST_VERDICT = /^\s*--- FAIL: \S+/;
const FATAL = /^fatal error: (.*)$/;
const goDetector = {
    runtime: 'go',
    triggers: ['panic: ', 'fatal error: ', RACE_HEADER],
    start(line, before, context) {
        const panic = PANIC.exec(line.text);
        if (panic)
            return new GoCrashBlock(line, 'panic', panic[1] ?? '', context.workspace, failingGoTests(before));
        const fatal = FATAL.exec(line.text);
        if (fatal)
            return new GoCrashBlock(line, 'fatal error', fatal[1] ?? '', context.workspace);
        if (line.text === RACE_HEADER)
            return new GoRaceBlock(line, context.workspace);
        return undefined;
    },
};
/**
 * go test prints "--- FAIL: TestX (0.00s)" (and one line per failing parent of a subtest) just
 * before a test's panic. Those lines name the test, so they open the report's stack text.
 */
function failingGoTests(before) {
    let first = before.length;
    while (first > 0 && TEST_VERDICT.test(before[first - 1]?.text ?? ''))
        first--;
    return before.slice(first).map((line) => line.text);
}

;// CONCATENATED MODULE: ./src/logs/runtimes/jvm-frames.ts
// The pieces of a JVM stack trace as Throwable.printStackTrace writes them:
// a header "java.lang.X: message" (Throwable#toString), frames "\tat ..." in
// StackTraceElement#toString form, and "\t... N more" for frames shared with the enclosing trace.
/** Platform, language runtimes, test frameworks and build tools: code the user does not own. */
const LIBRARY_PACKAGES = /^(?:java|javax|jakarta|jdk|sun|com\.sun|kotlin|kotlinx|scala|groovy|org\.codehaus|org\.jetbrains\.kotlin|org\.junit|junit|org\.opentest4j|org\.testng|org\.apache\.maven|org\.gradle|worker\.org\.gradle)\./;
// JPMS modules of the JDK itself ("java.base/", "jdk.internal.vm.ci@17/").
const LIBRARY_MODULES = /^(?:java|jdk)\.[\w.]+$/;
/** Whether a frame is the user's code, from its class and its JPMS module (if printed). */
function isJvmInApp(className, moduleName) {
    if (moduleName && LIBRARY_MODULES.test(moduleName))
        return false;
    return !LIBRARY_PACKAGES.test(className);
}
// StackTraceElement#toString: "[loader/][module[@version]/]declaring.Class.method(Source:line)".
// The source part is "File.java:12", "File.java", "Native Method" or "Unknown Source".
const FRAME = /^\s*at (\S+?)\.([^.(\s]+)\(([^()]*)\)\s*$/;
const HIDDEN_CLASS_SUFFIX = /^0x[0-9a-f]+$/;
/** One "\tat ..." line as a frame, or undefined when the line is not a frame. */
function parseJvmFrame(text) {
    const match = FRAME.exec(text);
    if (!match)
        return undefined;
    const [, qualified = '', method = '', source = ''] = match;
    const parts = qualified.split('/');
    // A hidden class (a lambda's "Main$$Lambda$14/0x0000000800c03000") has a slash of its own.
    const last = parts.pop() ?? '';
    const className = HIDDEN_CLASS_SUFFIX.test(last) ? `${parts.pop() ?? ''}/${last}` : last;
    // What is left is "loader/module@version" or "module@version"; "app//" leaves an empty module.
    const moduleName = parts.at(-1)?.replace(/@.*$/, '') || undefined;
    const frame = {
        function: `${className}.${method}`,
        module: className,
        inApp: isJvmInApp(className, moduleName),
    };
    const location = /^(.+?)(?::(\d+))?$/.exec(source);
    if (location && source !== 'Native Method' && source !== 'Unknown Source') {
        frame.file = location[1] ?? source;
        if (location[2])
            frame.line = Number(location[2]);
    }
    return frame;
}
// Throwable#toString: the class name, then ": " and the message when there is one.
const HEADER = /^((?:[\w$]+\.)*[\w$]+)(?:: ?(.*))?$/;
/** "java.lang.X: msg" as type and message; a toString() of another shape is all message. */
function parseThrowableHeader(text) {
    const match = HEADER.exec(text.trim());
    if (!match)
        return { message: text.trim() };
    return { type: match[1] ?? '', message: (match[2] ?? '').trim() };
}
/** "\t... 3 more": how many of the enclosing trace's outermost frames this trace shares. */
function omittedFrames(text) {
    const match = /^\t+\.\.\. (\d+) more\s*$/.exec(text);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/jvm-trace.ts


// The lines of one printed Throwable after its header: the outer error's frames, then each
// "Caused by:" (column 0) with its frames. "Suppressed:" blocks are tab-indented, along with
// their own frames and causes ("\t\tat", "\tCaused by:"): they stay in the stack text only.
/** Enough for any real trace; a StackOverflowError prints 1,024 frames of the same recursion. */
const MAX_FRAMES = 256;
// A message may span lines up to the first frame; beyond this many it is not a stack trace.
const jvm_trace_MAX_MESSAGE_LINES = 20;
// Real chains are a handful deep; a cycle is printed once as "[CIRCULAR REFERENCE: …]".
const MAX_CAUSES = 64;
class JvmTraceBlock {
    start;
    multilineMessages;
    chain;
    stack;
    stackChars;
    mode = 'message';
    messageLines = 0;
    /**
     * @param header the error the report starts with
     * @param multilineMessages whether lines before the first frame may continue the message
     *   (the launcher's "Could not find or load main class" never has frames nor such lines)
     */
    constructor(start, header, multilineMessages) {
        this.start = start;
        this.multilineMessages = multilineMessages;
        this.chain = [{ ...header, frames: [], shared: 0 }];
        this.stack = [start.text];
        this.stackChars = start.text.length;
    }
    push(line) {
        const text = line.text;
        const current = this.chain[this.chain.length - 1];
        if (!current)
            return 'end';
        if (text.startsWith('Caused by: ')) {
            if (this.chain.length > MAX_CAUSES)
                return 'end';
            this.chain.push(newThrowable(text.slice('Caused by: '.length)));
            this.mode = 'message';
            this.messageLines = 0;
        }
        else if (this.mode !== 'suppressed' && /^\tat /.test(text)) {
            const frame = parseJvmFrame(text);
            if (!frame)
                return 'end';
            if (current.frames.length < MAX_FRAMES)
                current.frames.push(frame);
            this.mode = 'frames';
        }
        else if (this.mode !== 'suppressed' && omittedFrames(text) !== undefined) {
            current.shared = omittedFrames(text) ?? 0;
            this.mode = 'frames';
        }
        else if (/^\tSuppressed: /.test(text) || (this.mode === 'suppressed' && text.startsWith('\t'))) {
            this.mode = 'suppressed';
        }
        else if (/^\t\[CIRCULAR REFERENCE: /.test(text)) {
            // A cause that repeats an error of this trace: nothing new to read.
        }
        else if (!this.continuesMessage(text)) {
            return 'end';
        }
        this.keep(text);
        return 'more';
    }
    finish() {
        const [outer, ...causes] = withSharedFrames(this.chain);
        if (!outer)
            return [];
        const stack = this.stack.join('\n');
        outer.stack = stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack;
        if (causes.length > 0)
            outer.causes = causes;
        return [{ error: outer, line: this.start.number }];
    }
    continuesMessage(text) {
        if (!this.multilineMessages || this.mode !== 'message' || this.messageLines >= jvm_trace_MAX_MESSAGE_LINES)
            return false;
        // A blank line or a new report ends a message that no frame followed.
        if (text.trim() === '' || text.includes('Exception in thread "'))
            return false;
        this.messageLines++;
        return true;
    }
    keep(text) {
        if (this.stackChars > error_info/* MAX_STACK_CHARS */.c3)
            return;
        this.stack.push(text);
        this.stackChars += text.length + 1;
    }
}
/** A "Caused by:" trace, from its Throwable#toString text ("java.lang.X: msg"). */
function newThrowable(header) {
    return { ...parseThrowableHeader(header), frames: [], shared: 0 };
}
/**
 * Each trace as ErrorInfo, with the frames that "... N more" left out taken back from the
 * enclosing trace: the JVM prints only what differs from it (Throwable#printStackTrace).
 */
function withSharedFrames(chain) {
    const infos = [];
    let enclosing = [];
    for (const throwable of chain) {
        const shared = throwable.shared > 0 ? enclosing.slice(-throwable.shared) : [];
        const frames = [...throwable.frames, ...shared].slice(0, MAX_FRAMES);
        const info = { message: throwable.message, frames };
        if (throwable.type)
            info.type = throwable.type;
        infos.push(info);
        enclosing = frames;
    }
    return infos;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/jvm-fork-crash.ts



// Maven Surefire's report of a test JVM that died (System.exit, a VM crash, an OOM kill):
//   [ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?
//   [ERROR] Command was /bin/sh -c cd '…' && '…/java' '-jar' '…surefirebooter….jar' …
//   [ERROR] Process Exit Code: 3
//   [ERROR] Crashed tests:
//   [ERROR] com.acme.billing.InvoiceTest
//   [ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: The forked VM terminated …
//   [ERROR] 	at org.apache.maven.plugin.surefire.booterclient.ForkStarter.fork(ForkStarter.java:643)
//   [ERROR] -> [Help 1]
// The test JVM printed nothing about it, so this is the only trace of the crash in the log.
const FORK_CRASH_TRIGGER = 'The forked VM terminated';
const ERROR_PREFIX = '[ERROR] ';
const EXCEPTION = /^((?:[\w$]+\.)+[\w$]+(?:Exception|Error)): (.*)$/;
function startsForkCrash(text) {
    // Older Surefire versions put "ExecutionException " before the sentence.
    return text.startsWith(ERROR_PREFIX) && text.includes(FORK_CRASH_TRIGGER);
}
class ForkCrashBlock {
    start;
    lines;
    frames = [];
    type;
    done = false;
    constructor(start) {
        this.start = start;
        this.lines = [start.text];
    }
    push(line) {
        if (this.done || !line.text.startsWith('[ERROR]'))
            return 'end';
        const text = line.text.slice(ERROR_PREFIX.length);
        // Maven's closing pointer to its help page ends the report.
        if (text.startsWith('-> [Help'))
            this.done = true;
        const exception = EXCEPTION.exec(text);
        if (exception && !this.type)
            this.type = exception[1];
        const frame = /^\s*at /.test(text) ? parseJvmFrame(text) : undefined;
        if (frame && this.frames.length < MAX_FRAMES)
            this.frames.push(frame);
        this.lines.push(line.text);
        return 'more';
    }
    finish() {
        const stack = this.lines.join('\n');
        const error = {
            message: this.start.text.slice(ERROR_PREFIX.length).trim(),
            frames: this.frames,
            stack: stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack,
        };
        if (this.type)
            error.type = this.type;
        return [{ error, line: this.start.number }];
    }
}

;// CONCATENATED MODULE: ./src/logs/runtimes/jvm.ts



// JVM languages (Java, Kotlin, Scala, Groovy): what the JVM prints when an error escapes.
//
// - An uncaught exception: the default handler prints 'Exception in thread "NAME" ' and the
//   stack trace, at the start of a line, on stderr. It counts for any thread: the thread died,
//   even when main goes on. A stack trace with no such header was printed on purpose
//   (a logger, printStackTrace, a test runner's report of a failed test, which the test
//   reports carry) and raises no alarm.
// - The launcher's "Error: Could not find or load main class X" with its "Caused by:".
// - Maven Surefire's report of a test JVM that died without a word (see jvm-fork-crash.ts).
// Gradle's form of a crashed test JVM is not read: no Gradle here runs on JDK 17 to show it.
const THREAD_HEADER = /^Exception in thread "[^"]*" (\S.*)$/;
const MAIN_CLASS_MISSING = /^Error: (Could not find or load main class .+)$/;
const jvmDetector = {
    runtime: 'jvm',
    triggers: ['Exception in thread "', 'Could not find or load main class', FORK_CRASH_TRIGGER],
    start(line) {
        const uncaught = THREAD_HEADER.exec(line.text);
        if (uncaught)
            return new JvmTraceBlock(line, parseThrowableHeader(uncaught[1] ?? ''), true);
        const launcher = MAIN_CLASS_MISSING.exec(line.text);
        if (launcher)
            return new JvmTraceBlock(line, { message: launcher[1] ?? '' }, false);
        if (startsForkCrash(line.text))
            return new ForkCrashBlock(line);
        return undefined;
    },
};

;// CONCATENATED MODULE: ./src/logs/runtimes/native-frames.ts

const SANITIZER_FRAME = /^\s*#\d+ 0x[0-9a-f]+(?: in (.+?))?(?: \((.+?)\+0x[0-9a-f]+\))?$/;
const TSAN_FRAME = /^\s*#\d+ (.+) (\S+) \((.+?)\+0x[0-9a-f]+\)$/;
const BUILD_ID = / \(BuildId: [0-9a-f]+\)$/;
// "/src/heap.cpp:6" or "/src/heap.cpp:6:5" at the end of the function part.
const FILE_AT_END = /^(.*?) ?((?:[A-Za-z]:)?[^\s:]+):(\d+)(?::(\d+))?$/;
/** Whether a line is one frame of a sanitizer stack ("    #3 …"). */
function isSanitizerFrame(text) {
    return /^\s*#\d+ /.test(text);
}
function parseSanitizerFrame(text, workspace) {
    const line = text.replace(BUILD_ID, '');
    const parsed = parseAsanShape(line, workspace) ?? parseTsanShape(line, workspace);
    return parsed ? { ...parsed, inApp: isNativeInApp(parsed) } : undefined;
}
function parseAsanShape(line, workspace) {
    const match = SANITIZER_FRAME.exec(line);
    if (!match)
        return undefined;
    const [, rest = '', module] = match;
    const frame = {};
    const at = module ? undefined : FILE_AT_END.exec(rest);
    const fn = at ? at[1] : rest;
    if (fn)
        frame.function = fn;
    if (at)
        setLocation(frame, at, workspace);
    if (module)
        frame.module = basename(module);
    return frame;
}
function parseTsanShape(line, workspace) {
    const match = TSAN_FRAME.exec(line);
    if (!match)
        return undefined;
    const [, fn = '', location = '', module = ''] = match;
    const frame = {};
    if (fn !== '<null>')
        frame.function = fn;
    const at = FILE_AT_END.exec(location);
    if (at && location !== '<null>')
        setLocation(frame, at, workspace);
    frame.module = basename(module);
    return frame;
}
function setLocation(frame, at, workspace) {
    frame.file = (0,paths/* relativeToWorkspace */.T)(at[2] ?? '', workspace);
    frame.line = Number(at[3]);
    if (at[4])
        frame.column = Number(at[4]);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
// Sources of the toolchain, not of the program: GCC's and LLVM's sanitizer runtimes, glibc's
// build tree (relative "../sysdeps/…", or "./csu/../sysdeps/…" as Rust prints it, which
// Rust's frame reader shortens to "csu/../sysdeps/…"), system
// headers (libstdc++'s templates live in /usr/include/c++/12/…) and the Rust standard library.
const LIBRARY_FILE = /(^|\/)libsanitizer\/|(^|\/)compiler-rt\/|^(\.\.?\/)*(csu|sysdeps|nptl)\/|^(\.\.?\/)+(stdlib|string|libio|malloc|signal|assert|posix|misc|elf)\/|^\/usr\/(include|lib|lib64|src|local\/include)\/|^\/(lib|lib64)\/|^\/rustc\/|(^|\/)libstdc\+\+-v3\//;
// Entry points, allocators, interceptors and the C++ runtime, which appear without a source file.
const native_frames_RUNTIME_FUNCTION = /^(_start|__libc_start_\w+|__GI_\w+|start_thread|__?clone3?|abort|raise|__pthread_kill\w*|pthread_create|malloc|calloc|realloc|free|operator (new|delete)\b.*|_{2,3}interceptor_\w+|__(asan|lsan|tsan|ubsan|sanitizer|interceptor)_\w+|__cxa_\w+|std::terminate\(\)|__gnu_cxx::__verbose_terminate_handler\(\)|<unknown>)$/;
// Shared libraries of the system: "libc.so.6", "libstdc++.so.6", "libasan.so.8", "ld-linux-x86-64.so.2".
const LIBRARY_MODULE = /^(lib[\w+.-]*|ld-[\w.-]*)\.so(\.\d+)*$/;
/** The program's own code: not the sanitizer runtime, libc, libstdc++ or other system libraries. */
function isNativeInApp(frame) {
    if (frame.function && native_frames_RUNTIME_FUNCTION.test(frame.function))
        return false;
    if (frame.file)
        return !LIBRARY_FILE.test(frame.file);
    if (frame.module && LIBRARY_MODULE.test(frame.module))
        return false;
    if (frame.function?.startsWith('std::'))
        return false;
    return frame.function !== undefined || frame.module !== undefined;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/native-report.ts


/** Splits report lines into sections: each run of "#N …" frames goes to the line above it. */
function sectionsOf(lines, workspace) {
    const sections = [];
    let header = '';
    let at = 0;
    let current;
    for (const [index, line] of lines.entries()) {
        if (isSanitizerFrame(line)) {
            const frame = parseSanitizerFrame(line, workspace);
            if (!current) {
                current = { header, at, frames: [] };
                sections.push(current);
            }
            if (frame)
                current.frames.push(frame);
        }
        else {
            current = undefined;
            if (line.trim()) {
                header = line.trim();
                at = index;
            }
        }
    }
    return sections;
}
// Run-specific values in sanitizer lines: "==1234==", "(pid=1234)", "(tid=77, running)",
// addresses ("at 0x6020…", "[0x6020…,0x6020…)") and the module offsets TSan adds.
const NOISE = [
    [/^==\d+==/, ''],
    // ASan's access line: "READ of size 4 at 0x6020… thread T0".
    [/ at 0x[0-9a-f]+ thread (T\d+)/, ' by thread $1'],
    [/ \((?:pid|tid)=\d+(?:, [\w ]+)?\)/g, ''],
    [/ \[0x[0-9a-f]+,0x[0-9a-f]+\)/g, ''],
    [/ \([^()\s]+\+0x[0-9a-f]+\)/g, ''],
    [/ (?:at|on|on unknown) (?:address )?0x[0-9a-f]+/g, ''],
    [/^(?:Address )?0x[0-9a-f]+ is /, ''],
    [
        / \(pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+ T\d+\)| at pc 0x[0-9a-f]+ bp 0x[0-9a-f]+ sp 0x[0-9a-f]+/g,
        '',
    ],
];
function withoutAddresses(text) {
    let result = text.trim();
    for (const [pattern, replacement] of NOISE)
        result = result.replace(pattern, replacement);
    return result.replace(/:$/, '').trim();
}
function stackText(lines) {
    const text = lines.join('\n').trim();
    return text.length > error_info/* MAX_STACK_CHARS */.c3 ? `${text.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : text;
}
/** The sections after the main one, as causes: where the memory was allocated, freed, or the other access. */
function causesOf(sections) {
    return sections.map((section) => ({ message: withoutAddresses(section.header), frames: section.frames }));
}
function errorInfo(parts) {
    const info = { type: parts.type, message: parts.message, frames: parts.frames };
    const stack = stackText(parts.lines);
    if (stack)
        info.stack = stack;
    if (parts.causes && parts.causes.length > 0)
        info.causes = parts.causes;
    return info;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/native-signals.ts


const SIGNALS = {
    'Segmentation fault': { name: 'SIGSEGV', number: 11 },
    Aborted: { name: 'SIGABRT', number: 6 },
    Killed: { name: 'SIGKILL', number: 9 },
    'Bus error': { name: 'SIGBUS', number: 7 },
    'Illegal instruction': { name: 'SIGILL', number: 4 },
    'Floating point exception': { name: 'SIGFPE', number: 8 },
};
const SIGNAL_TRIGGERS = [...Object.keys(SIGNALS), 'Process completed with exit code 13'];
const NAMES = Object.keys(SIGNALS).join('|');
const JOB_REPORT = new RegExp(`^\\S[^:]*: (?:line \\d+: )?\\s*\\d+ (${NAMES})\\s+(?:\\(core dumped\\) )?(\\S.*)$`);
const MAKE_REPORT = new RegExp(`^g?make(?:\\[\\d+\\])?: \\*\\*\\* \\[(?:(.+?):(\\d+): )?(.+?)\\] (${NAMES})(?: \\(core dumped\\))?$`);
const BARE = /^(Segmentation fault|Bus error|Illegal instruction|Floating point exception|Aborted)( \(core dumped\))?$/;
const EXIT_CODE = /^(?:Error: )?Process completed with exit code (\d+)\.$/;
// Exit codes that mean "killed by a signal" only when nothing else explains them: 137 is SIGKILL,
// the out-of-memory killer's (or `docker run`'s for an OOM-killed container).
const KILLED_EXIT = 137;
/** Reads one line as a shell's, make's or the runner's report of a killed process. */
function readSignalReport(text, workspace) {
    const job = JOB_REPORT.exec(text);
    if (job)
        return report(job[1] ?? '', `: ${job[2]}`, []);
    const make = MAKE_REPORT.exec(text);
    if (make) {
        const [, file, lineNo, target = '', description = ''] = make;
        const frames = [];
        // The recipe is the project's own (a Makefile outside the workspace is a system one).
        if (file) {
            const path = (0,paths/* relativeToWorkspace */.T)(file, workspace);
            frames.push({ file: path, line: Number(lineNo), function: target, inApp: !path.startsWith('/') });
        }
        return report(description, ` in make target ${target}`, frames);
    }
    const bare = BARE.exec(text);
    if (bare && (bare[1] !== 'Aborted' || bare[2]))
        return report(bare[1] ?? '', '', []);
    const exit = EXIT_CODE.exec(text);
    if (exit && Number(exit[1]) === KILLED_EXIT) {
        const signal = { name: 'SIGKILL', number: 9 };
        const message = 'Process completed with exit code 137 (SIGKILL, as the out-of-memory killer sends)';
        return { signal, description: 'Killed', message, frames: [] };
    }
    return undefined;
}
function report(description, detail, frames) {
    const signal = SIGNALS[description];
    return signal ? { signal, description, message: `${description}${detail}`, frames } : undefined;
}
/**
 * The lines that close a crash already reported above them (a Rust abort, a failed assert(), a
 * signal): the shell's or make's report of that signal, a bare "Aborted", and the runner's exit
 * code 128+N. A block takes them so one crash is one failure.
 */
function isSignalEpilogue(text, signal) {
    if (EXIT_CODE.test(text))
        return isExitCodeOf(text, signal);
    if (signal === 'SIGABRT' && text === 'Aborted')
        return true;
    const parsed = JOB_REPORT.exec(text) ?? MAKE_REPORT.exec(text) ?? BARE.exec(text);
    const description = parsed?.slice(1).find((part) => part !== undefined && part in SIGNALS);
    return description !== undefined && SIGNALS[description]?.name === signal;
}
/** The runner's closing line for a step whose shell died of this signal (exit code 128+N). */
function isExitCodeOf(text, signal) {
    const exit = EXIT_CODE.exec(text);
    const expected = Object.values(SIGNALS).find((candidate) => candidate.name === signal);
    return exit !== null && expected !== undefined && Number(exit[1]) === 128 + expected.number;
}
/** A block for a report line of its own: it takes the runner's exit-code line right after it. */
function startSignalReport(line, workspace) {
    const found = readSignalReport(line.text, workspace);
    if (!found)
        return undefined;
    const lines = [line.text];
    return {
        push(next) {
            if (lines.length > 1 || !isExitCodeOf(next.text, found.signal.name))
                return 'end';
            lines.push(next.text);
            return 'more';
        },
        finish() {
            const error = errorInfo({
                type: found.signal.name,
                message: found.message,
                frames: found.frames,
                lines,
            });
            return [{ error, line: line.number }];
        },
    };
}

;// CONCATENATED MODULE: ./src/logs/runtimes/native-aborts.ts




// What a C or C++ program prints itself just before it aborts:
//   glibc's assert(): "prog: src/queue.cpp:17: int length(int): Assertion `n >= 0' failed."
//   libstdc++'s terminate handler: "terminate called after throwing an instance of 'std::runtime_error'"
//     followed by "  what():  message".
// The abort that follows (the shell's "Aborted" report, the runner's exit code 134) is the same
// crash, so the block takes those lines instead of letting them count again.
const ABORT_TRIGGERS = ['Assertion `', 'terminate called '];
const ASSERTION = /^(?:.+?: )?(.+?):(\d+): (.+?): (Assertion `.+' failed\.)$/;
const TERMINATE = /^terminate called (?:after throwing an instance of '(.+)'|(without an active exception|recursively))$/;
const WHAT = /^\s+what\(\):\s+(.*)$/;
// A shell report, then the runner's exit-code line.
const MAX_EPILOGUE_LINES = 2;
function startAbortReport(line, workspace) {
    const assertion = ASSERTION.exec(line.text);
    const terminate = assertion ? undefined : TERMINATE.exec(line.text);
    if (!assertion && !terminate)
        return undefined;
    const lines = [line.text];
    let message = assertion?.[4] ?? terminate?.[2] ?? '';
    let epilogue = 0;
    return {
        push(next) {
            const what = terminate && lines.length === 1 ? WHAT.exec(next.text) : null;
            if (what)
                message = what[1] ?? '';
            else if (epilogue >= MAX_EPILOGUE_LINES || !isSignalEpilogue(next.text, 'SIGABRT'))
                return 'end';
            else
                epilogue++;
            lines.push(next.text);
            return 'more';
        },
        finish() {
            if (assertion) {
                const [, file = '', lineNo, fn = ''] = assertion;
                const where = { file: (0,paths/* relativeToWorkspace */.T)(file, workspace), line: Number(lineNo), function: fn };
                const frames = [{ ...where, inApp: isNativeInApp(where) }];
                return [{ line: line.number, error: errorInfo({ type: 'assertion', message, frames, lines }) }];
            }
            const type = terminate?.[1] ?? 'std::terminate';
            return [{ line: line.number, error: errorInfo({ type, message, frames: [], lines }) }];
        },
    };
}

;// CONCATENATED MODULE: ./src/logs/runtimes/native-sanitizers.ts



// The reports of the compiler sanitizers (GCC's libsanitizer and LLVM's compiler-rt print the same):
//   ==123==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x… at pc 0x… bp 0x… sp 0x…
//   ==123==ERROR: LeakSanitizer: detected memory leaks
//   WARNING: ThreadSanitizer: data race (pid=123)
//   /src/a.cpp:4:58: runtime error: signed integer overflow: … (UndefinedBehaviorSanitizer)
// A report ends at its SUMMARY line, plus ASan's shadow-byte dump, "==123==ABORTING" or TSan's
// closing "==================" rule.
const native_sanitizers_HEADER = /^(?:==\d+==)?(ERROR|WARNING): (\w+Sanitizer): (.+)$/;
const SUMMARY = /^SUMMARY: \w+Sanitizer: ([\w-]+)/;
// What follows SUMMARY in an ASan report and still belongs to it.
const AFTER_SUMMARY = /^(Shadow byte|\s|=>|==\d+==ABORTING|={10,}$)/;
// A report that never reaches SUMMARY (cut output, a crash inside the runtime) stops here.
const MAX_REPORT_LINES = 1_000;
const LEAK = /^(Direct|Indirect) leak of .+ allocated from:$/;
function startSanitizerReport(line, workspace) {
    const header = native_sanitizers_HEADER.exec(line.text);
    if (!header)
        return undefined;
    const tool = header[2] ?? '';
    const headline = header[3] ?? '';
    const lines = [line.text];
    let summarized = false;
    let done = false;
    return {
        push(next) {
            if (done)
                return 'end';
            if (summarized) {
                if (!AFTER_SUMMARY.test(next.text))
                    return 'end';
                if (/==\d+==ABORTING$|^={10,}$/.test(next.text))
                    done = true;
            }
            else if (lines.length >= MAX_REPORT_LINES)
                return 'end';
            else if (SUMMARY.test(next.text))
                summarized = true;
            lines.push(next.text);
            return 'more';
        },
        finish() {
            const report = { tool, headline, lines, workspace };
            if (tool === 'LeakSanitizer')
                return leakErrors(report, line.number);
            return [{ error: memoryError(report), line: line.number }];
        },
    };
}
/** The type as the sanitizer names the bug: SUMMARY's word for ASan, the headline for TSan and others. */
function typeOf(report) {
    const summary = report.lines.map((text) => SUMMARY.exec(text)?.[1]).find(Boolean);
    if (report.tool === 'AddressSanitizer' && summary)
        return summary;
    return withoutAddresses(report.headline).replace(/ on .*$/, '');
}
/** ASan, TSan, MSan: the first stack is where it happened; the others are causes. */
function memoryError(report) {
    const body = report.lines.slice(1, summaryIndex(report.lines));
    const sections = sectionsOf(body, report.workspace);
    const [main, ...others] = sections;
    return errorInfo({
        type: typeOf(report),
        message: messageOf(report, body, main),
        frames: main?.frames ?? [],
        lines: report.lines,
        causes: causesOf(others),
    });
}
function summaryIndex(lines) {
    const at = lines.findIndex((text) => SUMMARY.test(text));
    return at < 0 ? lines.length : at;
}
// "0x6020… is located 0 bytes to the right of 16-byte region", TSan's "Location is global 'hits' …",
// and ASan's stack variable line "[32, 64) 'buffer' (line 8) <== Memory access at offset 64 overflows this variable".
const LOCATED = /^(?:Address )?0x[0-9a-f]+ is located (.+)$|^Location is (.+)$/;
const VARIABLE = /'([^']+)'.*<== Memory access at offset \d+ ((?:partially )?(?:overflows|underflows)) this variable/;
/** What happened, without addresses: "READ of size 4, 0 bytes to the right of 16-byte region". */
function messageOf(report, body, main) {
    // SEGV reports put "==123==Hint: …" above the frames instead of an access line.
    const header = main?.header ?? '';
    const what = header && !/^(==\d+==)?(Hint|The signal)/.test(header) ? withoutAddresses(header) : '';
    let where = '';
    for (const text of body) {
        const variable = VARIABLE.exec(text);
        const located = LOCATED.exec(text.trim());
        if (variable)
            where = `${variable[2]} variable '${variable[1]}'`;
        else if (located?.[1] && !where)
            where = withoutAddresses(located[1]);
        else if (located?.[2] && !where)
            where = `on ${withoutAddresses(located[2])}`;
    }
    const cause = body
        .map((text) => /The signal is caused by a (\w+) memory access/.exec(text)?.[1])
        .find(Boolean);
    const parts = [what || withoutAddresses(report.headline), where, cause ? `${cause} memory access` : ''];
    return parts.filter(Boolean).join(', ');
}
/**
 * One failure per direct leak, at its own line: each allocation site is its own bug. Indirect
 * leaks are memory only reachable from a direct leak, so they go away with it and are not counted.
 */
function leakErrors(report, firstLine) {
    const leaks = sectionsOf(report.lines, report.workspace).filter((section) => LEAK.test(section.header));
    const direct = leaks.filter((leak) => leak.header.startsWith('Direct'));
    return (direct.length > 0 ? direct : leaks).map((leak) => ({
        line: firstLine + leak.at,
        error: errorInfo({
            type: 'memory-leak',
            message: leak.header.replace(/ allocated from:$/, ''),
            frames: leak.frames,
            lines: report.lines,
        }),
    }));
}
// UBSan: "file:line:col: runtime error: message"; with print_stacktrace=1 a stack follows, and
// with -fsanitize-recover off (or combined with ASan) a SUMMARY line.
const UBSAN = /^(.+?):(\d+):(\d+): runtime error: (.+)$/;
function startUndefinedBehaviorReport(line, workspace) {
    const match = UBSAN.exec(line.text);
    if (!match)
        return undefined;
    const [, file = '', lineNo, column, message = ''] = match;
    const lines = [line.text];
    let framesSeen = false;
    return {
        push(next) {
            if (isSanitizerFrame(next.text))
                framesSeen = true;
            else if (!SUMMARY.test(next.text) && !(framesSeen && !next.text.trim()))
                return 'end';
            lines.push(next.text);
            return 'more';
        },
        finish() {
            const stack = lines
                .map((text) => parseSanitizerFrame(text, workspace))
                .filter((frame) => frame !== undefined);
            const where = {
                file: (0,paths/* relativeToWorkspace */.T)(file, workspace),
                line: Number(lineNo),
                column: Number(column),
            };
            const frames = stack.length > 0 ? stack : [{ ...where, inApp: isNativeInApp(where) }];
            const error = errorInfo({ type: 'undefined-behavior', message, frames, lines });
            return [{ error, line: line.number }];
        },
    };
}

;// CONCATENATED MODULE: ./src/logs/runtimes/native.ts



// Crashes of compiled programs (C, C++, and anything else that links the sanitizers): sanitizer
// reports, failed assert()s and uncaught C++ exceptions, and processes killed by a signal.
// Each reader is tried on the line that holds its trigger; the first that recognises it wins.
const nativeDetector = {
    runtime: 'native',
    triggers: ['Sanitizer: ', ': runtime error: ', ...ABORT_TRIGGERS, ...SIGNAL_TRIGGERS],
    start(line, _before, context) {
        return (startSanitizerReport(line, context.workspace) ??
            startUndefinedBehaviorReport(line, context.workspace) ??
            startAbortReport(line, context.workspace) ??
            startSignalReport(line, context.workspace));
    },
};

;// CONCATENATED MODULE: ./src/logs/runtimes/node-frames.ts

// V8 stack frames as Node prints them (https://v8.dev/docs/stack-trace-api):
//   "    at fn (file:line:col)", "    at file:line:col", "    at async fn (file:///x.mjs:3:9)",
//   "    at new Thing (file:line:col)", "    at JSON.parse (<anonymous>)", "    at Promise.all (index 0)".
// The function has no "(" of its own, so Java's "at a.B.c(B.java:12)" is never read as one.
const CALL = /^\s*at (?:async )?([^()]*?) \((.*)\)$/;
const node_frames_BARE = /^\s*at (?:async )?(\S+:\d+:\d+)$/;
const LOCATION = /^(.*?):(\d+):(\d+)$/;
/** Node's own code, dependencies, and code with no file: never the app's. */
const NOT_IN_APP = [
    /^node:/,
    /^internal[\\/]/,
    /(^|[\\/])node_modules[\\/]/,
    /^<anonymous>$/,
    /^\[eval\]/,
    /^evalmachine\./,
];
function isNodeFrameInApp(frame) {
    if (!frame.file)
        return false;
    const file = frame.file;
    return !NOT_IN_APP.some((pattern) => pattern.test(file));
}
/** One V8 frame line, or undefined when the line is not one. */
function parseV8Frame(line, workspace) {
    // The last frame before util.inspect's properties ends in " {", an AggregateError's in ",".
    const text = line.trimEnd().replace(/(?:,| \{)$/, '');
    const call = CALL.exec(text);
    const bare = call ? undefined : node_frames_BARE.exec(text);
    if (!call && !bare)
        return undefined;
    const fn = call?.[1];
    const where = call ? locationOf(call[2] ?? '') : (bare?.[1] ?? '');
    const location = LOCATION.exec(where);
    const frame = {};
    if (location) {
        frame.file = (0,paths/* relativeToWorkspace */.T)(fileOf(location[1] ?? ''), workspace);
        frame.line = Number(location[2]);
        frame.column = Number(location[3]);
    }
    else if (!call) {
        return undefined;
    }
    if (fn)
        frame.function = fn;
    return { ...frame, inApp: isNodeFrameInApp(frame) };
}
// "eval at run (/app/x.js:3:9), <anonymous>:1:1": the code ran from a string; its place in
// that string is the last part.
function locationOf(inside) {
    if (!inside.startsWith('eval at '))
        return inside;
    return inside.slice(inside.lastIndexOf(', ') + 2);
}
// ESM frames are file:// URLs, with spaces and non-ASCII characters percent-encoded.
function fileOf(raw) {
    if (!raw.startsWith('file://'))
        return raw;
    try {
        return decodeURIComponent(raw.slice('file://'.length));
    }
    catch {
        return raw.slice('file://'.length);
    }
}
/** "    at …" with any indentation, whether or not it parses: part of a V8 stack. */
function isFrameLine(text) {
    return /^\s+at \S/.test(text);
}

;// CONCATENATED MODULE: ./src/logs/runtimes/node-report.ts



// Reads one report Node printed for an uncaught error, as in lib/internal/process/execution.js
// and util.inspect: an optional source excerpt ("file:line", the code, a caret), the error's
// header ("TypeError: msg", "Error [ERR_X]: msg", "[Error: msg]" when it has no stack, or any
// thrown value), its V8 frames, then util.inspect's object with extra properties, nested
// "[cause]: …" errors and an AggregateError's "[errors]: [ … ]", each indented two more.
// "/app/x.js:3", "file:///app/x.mjs:4", "node:internal/process/promises:391"
const EXCERPT_LOCATION = /^(\S.*):(\d+)$/;
const CARET = /^\s*\^+\s*$/;
// "TypeError: msg", "Error [ERR_MODULE_NOT_FOUND]: msg", "AggregateError" (an empty message).
const TYPED = /^([A-Za-z_$][\w$]*)(?: \[([\w$]+)\])?(?:: (.*))?$/;
const NAMES_AN_ERROR = /(?:Error|Exception|Rejection)$/;
// Node's warn mode for rejections (the default before Node 15) prefixes the error with this.
const REJECTION_WARNING = /^\(node:\d+\) UnhandledPromiseRejectionWarning: /;
const CAUSE = /^(\s*)\[cause\]: (.*)$/;
const ERRORS_OPEN = /^(\s*)\[errors\]: \[$/;
const LIST_CLOSE = /^(\s*)\],?$/;
// Frames of the place an unhandled 'error' event was emitted: not where the error came from.
const EMITTED = /^Emitted 'error' event/;
/** The error a header line names, or undefined when the line is no error header. */
function parseTypedHeader(text) {
    let rest = text.trim().replace(REJECTION_WARNING, '');
    // util.inspect brackets an error without a stack: "[Error: msg]", "[AggregateError: msg] {".
    const bracketed = /^\[(.*)\](?: \{)?$/.exec(rest);
    if (bracketed)
        rest = bracketed[1] ?? '';
    const match = TYPED.exec(rest);
    if (!match?.[1])
        return undefined;
    const [, type, , message] = match;
    if (message === undefined && !NAMES_AN_ERROR.test(type))
        return undefined;
    return { type, message: message?.trim() ?? '' };
}
/** Any header: a thrown string or object has no type, and its text is the message. */
function parseHeader(text) {
    return parseTypedHeader(text) ?? { message: text.trim() };
}
function isRejectionWarning(text) {
    return REJECTION_WARNING.test(text);
}
/** Index of the "file:line" line of the last source excerpt (location, code, caret) in lines. */
function findExcerpt(lines) {
    for (let caret = lines.length - 1; caret >= 2; caret--) {
        if (CARET.test(lines[caret] ?? '') && EXCERPT_LOCATION.test(lines[caret - 2] ?? ''))
            return caret - 2;
    }
    return undefined;
}
function node_report_toInfo(collected) {
    const info = { message: collected.header.message, frames: collected.frames };
    if (collected.header.type)
        info.type = collected.header.type;
    return info;
}
/**
 * The error a report describes, from its first line (the excerpt or the header) to its end.
 * Nested errors, causes and an AggregateError's errors alike, become `causes` in the order
 * printed, which for a cause chain is nearest first.
 */
function parseNodeReport(lines, workspace) {
    let at = 0;
    while (at < lines.length && lines[at]?.trim() === '')
        at++;
    let excerpt;
    const location = EXCERPT_LOCATION.exec(lines[at] ?? '');
    if (location && CARET.test(lines[at + 2] ?? '')) {
        const file = (0,paths/* relativeToWorkspace */.T)(location[1] ?? '', workspace);
        excerpt = { file, line: Number(location[2]), inApp: isNodeFrameInApp({ file }) };
        at += 3;
        while (at < lines.length && lines[at]?.trim() === '')
            at++;
    }
    const top = { header: parseHeader(lines[at] ?? ''), frames: [] };
    const nested = [];
    let current = top;
    let emitted = false;
    const listIndents = [];
    for (const text of lines.slice(at + 1)) {
        const indent = text.length - text.trimStart().length;
        if (EMITTED.test(text))
            emitted = true;
        else if (isFrameLine(text)) {
            const frame = emitted ? undefined : parseV8Frame(text, workspace);
            if (frame)
                current.frames.push(frame);
        }
        else if (CAUSE.test(text) || (indent === listIndents.at(-1) && parseTypedHeader(text))) {
            current = { header: parseHeader(CAUSE.exec(text)?.[2] ?? text), frames: [] };
            nested.push(current);
        }
        else if (ERRORS_OPEN.test(text))
            listIndents.push(indent + 2);
        else if (LIST_CLOSE.test(text) && indent + 2 === listIndents.at(-1))
            listIndents.pop();
    }
    const info = node_report_toInfo(top);
    // A SyntaxError's frames are the module loader's, and a thrown string has none: the excerpt
    // is then the only place that names the app's line.
    const needsExcerpt = top.header.type === 'SyntaxError' || !info.frames.some((frame) => frame.inApp);
    if (excerpt?.inApp && needsExcerpt)
        info.frames.unshift(excerpt);
    if (nested.length > 0)
        info.causes = nested.map(node_report_toInfo);
    const stack = lines.join('\n').trim();
    info.stack = stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack;
    return info;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/node.ts


// Node.js crashes: an uncaught exception or unhandled rejection, which Node prints as a source
// excerpt, the error, its frames and properties, and (since Node 17) a closing "Node.js vX.Y.Z".
//
// What counts as a crash, so that stacks printed on purpose raise no alarm: a V8 stack counts
// only with one of Node's crash markers: the "Node.js v…" line right after it, the source
// excerpt with its caret above it (Node prints it only for an uncaught error, including the
// "triggerUncaughtException(" excerpt of rejections), or an "UnhandledPromiseRejection" header.
// `console.error(err)`, console.trace, warnings and test runners print none of them.
// The warn-mode "(node:N) UnhandledPromiseRejectionWarning:" is counted although the process
// goes on: it was Node's default before v15, and it always names a real unhandled rejection.
//
// Triggers: the first frame of a stack (four spaces and "at "), where the lines above give the
// header and excerpt; and the version line, for reports with no frames (a thrown string, an
// error without a stack, Node 18's "[UnhandledPromiseRejection: …]").
const VERSION_LINE = /^Node\.js v\d+\.\d+\.\d+\s*$/;
const USE_HINT = /^\(Use `node --trace-/;
// Warn mode's trailer after the stack, and Node 14's deprecation notice for the same rejection.
const REJECTION_TRAILER = /^\(node:\d+\) (?:UnhandledPromiseRejectionWarning: Unhandled promise|\[DEP0018\])/;
const CLOSER = /^[}\]],?$/;
// Frames, util.inspect's indented properties and nested errors, its closing brace, blank lines
// and Node's hints: everything else at the start of a line belongs to other output.
function continuesReport(text) {
    return (text.trim() === '' ||
        /^\s/.test(text) ||
        CLOSER.test(text) ||
        USE_HINT.test(text) ||
        /^Emitted 'error'/.test(text));
}
/** Where the report that a stack's first frame belongs to starts among the lines above it. */
function findReportStart(before) {
    const excerpt = findExcerpt(before);
    if (excerpt !== undefined)
        return { index: excerpt, excerpt: true };
    for (let index = before.length - 1; index >= 0; index--) {
        const text = before[index] ?? '';
        if (/^\S/.test(text) && parseTypedHeader(text))
            return { index, excerpt: false };
    }
    return undefined;
}
class NodeReportBlock {
    excerpt;
    sawVersion;
    workspace;
    hasHeader;
    lines;
    firstLine;
    ended = false;
    previousBlank = false;
    constructor(lines, excerpt, sawVersion, workspace, hasHeader = true) {
        this.excerpt = excerpt;
        this.sawVersion = sawVersion;
        this.workspace = workspace;
        this.hasHeader = hasHeader;
        this.lines = lines.map((line) => line.text);
        this.firstLine = lines[0]?.number ?? 0;
    }
    push(line) {
        if (this.sawVersion || this.ended)
            return 'end';
        const text = line.text;
        const blank = text.trim() === '';
        if (VERSION_LINE.test(text))
            this.sawVersion = true;
        else if (REJECTION_TRAILER.test(text))
            this.ended = true;
        else if (this.previousBlank && !blank && !USE_HINT.test(text))
            return 'end';
        else if (!continuesReport(text))
            return 'end';
        this.previousBlank = blank;
        this.lines.push(text);
        return 'more';
    }
    finish() {
        while (this.lines.length > 0 && this.lines.at(-1)?.trim() === '')
            this.lines.pop();
        const header = this.lines.find((text) => text.trim() !== '') ?? '';
        const rejection = isRejectionWarning(header) || /^\[?UnhandledPromiseRejection\b/.test(header);
        if (!this.hasHeader || !(this.sawVersion || this.excerpt || rejection))
            return [];
        return [{ error: parseNodeReport(this.lines, this.workspace), line: this.firstLine }];
    }
}
function startAtFrame(line, before, context) {
    if (!isFrameLine(line.text) || !parseV8Frame(line.text, context.workspace))
        return undefined;
    const start = findReportStart(before.map((entry) => entry.text));
    // A stack with no error line above it (a prefixed console.error, a header scrolled out of
    // reach) is still taken whole, so its other frames do not each search again.
    if (!start)
        return new NodeReportBlock([line], false, false, context.workspace, false);
    return new NodeReportBlock([...before.slice(start.index), line], start.excerpt, false, context.workspace);
}
// A report with no frames ends right above the version line: find its excerpt, or the
// bracketed error util.inspect prints for an error without a stack.
function startAtVersion(line, before, context) {
    const texts = before.map((entry) => entry.text);
    let index = findExcerpt(texts);
    const excerpt = index !== undefined;
    if (index === undefined) {
        index = texts.findLastIndex((text) => /^\[[A-Za-z_$][\w$]*[:\]]/.test(text) && parseTypedHeader(text));
        if (index < 0)
            return undefined;
    }
    return new NodeReportBlock([...before.slice(index), line], excerpt, true, context.workspace);
}
const nodeDetector = {
    runtime: 'node',
    triggers: ['    at ', 'Node.js v'],
    start(line, before, context) {
        if (VERSION_LINE.test(line.text))
            return startAtVersion(line, before, context);
        return startAtFrame(line, before, context);
    },
};

;// CONCATENATED MODULE: ./src/logs/runtimes/php-report.ts

// The text of PHP's fatal error reports (main.c, php_error_cb; Zend's exception __toString):
//   PHP Fatal error:  Uncaught RuntimeException: msg in /app/src/A.php:9
//   Stack trace:
//   #0 /app/src/B.php(17): Acme\A->get()
//   #1 [internal function]: Shop\{closure}()
//   #2 {main}
//
//   Next Shop\StartupError: outer msg in /app/src/B.php:20      (an exception with a previous one)
//   ...
//     thrown in /app/src/B.php on line 20
// and plain ones: "PHP Fatal error:  Allowed memory size ... in /app/a.php on line 7".
// Logged to stderr, the line starts with "PHP " (or "[01-May-2024 08:00:00 UTC] PHP " in a file);
// displayed on stdout it has neither, and one space after the colon instead of two.
const php_report_FATAL = /^(?:\[[^\]]+\] )?(?:PHP )?(Fatal error|Parse error):\s+(.*)$/;
const STACK_TRACE = 'Stack trace:';
const TRACE_LINE = /^#\d+ (.*)$/;
const THROWN = /^\s+thrown in .+ on line \d+$/;
const NEXT = /^Next [A-Za-z_\\][\w\\]*(?::| in )/;
const PLAIN = /^(.*) in (.+) on line (\d+)$/;
const AT = /^([\s\S]*) in (.+):(\d+)$/;
const php_report_CALL = /^(?:(.+)\((\d+)\)|\[internal function\]): (.+)$/;
const CLASS_AND_MESSAGE = /^([A-Za-z_\\][\w\\]*)(?:: ([\s\S]*))?$/;
const NOT_APP = [/(^|\/)vendor\//, /^phar:\/\//, /^\/usr\/share\/php\//];
/** Whether a frame's file is the project's own code rather than a Composer package or PEAR. */
function isPhpAppFile(file) {
    const path = (0,paths/* toPosix */.d)(file);
    return !NOT_APP.some((pattern) => pattern.test(path));
}
/** The same report, logged or displayed, reads the same after this. */
function normalizePhpLine(text) {
    const fatal = php_report_FATAL.exec(text);
    return fatal ? `${fatal[1]}: ${fatal[2]}` : text;
}
function frameAt(location, fn, workspace) {
    const frame = location
        ? {
            file: (0,paths/* relativeToWorkspace */.T)(location.file, workspace),
            line: location.line,
            inApp: isPhpAppFile(location.file),
        }
        : { inApp: false };
    if (fn)
        frame.function = fn;
    return frame;
}
/** "Fatal error: msg in /app/a.php on line 7" as an error with that one frame. */
function parsePlainFatal(label, rest, workspace) {
    const match = PLAIN.exec(rest);
    if (!match)
        return undefined;
    const [, message = '', file = '', line = '0'] = match;
    return { type: label, message, frames: [frameAt({ file, line: Number(line) }, undefined, workspace)] };
}
/**
 * One exception of an "Uncaught" report: its text up to "Stack trace:" ("Class: message in
 * file:line", the message maybe of several lines) and its "#n" lines. PHP names the function
 * each "#n" line calls, so a frame's function comes from the next line, the innermost frame's
 * location from the text, and the last location runs in {main}.
 */
function parseException(text, trace, workspace) {
    const joined = text.join('\n');
    const at = AT.exec(joined);
    const head = at ? (at[1] ?? '') : joined;
    const named = CLASS_AND_MESSAGE.exec(head);
    const message = ((named ? named[2] : head) ?? '').split('\n')[0] ?? '';
    const info = named?.[1] ? { type: named[1], message, frames: [] } : { message, frames: [] };
    let location = at ? { file: at[2] ?? '', line: Number(at[3]) } : undefined;
    let open = true;
    for (const line of trace) {
        const call = TRACE_LINE.exec(line)?.[1] ?? '';
        if (call === '{main}') {
            info.frames.push(frameAt(location, '{main}', workspace));
            open = false;
            break;
        }
        const parts = php_report_CALL.exec(call);
        info.frames.push(frameAt(location, functionName(parts?.[3] ?? call), workspace));
        location = parts?.[1] ? { file: parts[1], line: Number(parts[2]) } : undefined;
    }
    if (open && location)
        info.frames.push(frameAt(location, undefined, workspace));
    return info;
}
// "Acme\Http\Client->get('x', 1)" names "Acme\Http\Client->get".
function functionName(call) {
    const paren = call.indexOf('(');
    return paren > 0 ? call.slice(0, paren) : call;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/php.ts


// PHP's fatal errors: an uncaught exception with its stack trace (and the exceptions chained to
// it as "previous"), or a plain fatal or parse error with its location. Warnings, notices and
// deprecations do not stop the script and are not reported.
//
// With both log_errors and display_errors on (PHP's built-in defaults), PHP prints each report
// twice, logged to stderr first and then displayed on stdout; a copy that follows the report
// (after at most one blank line) is taken into the same block and reported once.
const MESSAGE_LINES = 20;
const phpDetector = {
    runtime: 'php',
    triggers: ['Fatal error: ', 'Parse error: '],
    start(line, _before, context) {
        const fatal = php_report_FATAL.exec(line.text);
        if (!fatal)
            return undefined;
        const [, label = '', rest = ''] = fatal;
        if (label === 'Fatal error' && rest.startsWith('Uncaught '))
            return new FatalBlock(line, 'message', context);
        return parsePlainFatal(label, rest, context.workspace)
            ? new FatalBlock(line, 'done', context)
            : undefined;
    },
};
class FatalBlock {
    first;
    state;
    context;
    raw;
    normalized;
    messageLines = 0;
    // How far a displayed copy of the report has been matched, once one has begun.
    copied;
    blankBeforeCopy = false;
    constructor(first, state, context) {
        this.first = first;
        this.state = state;
        this.context = context;
        this.raw = [first.text];
        this.normalized = [normalizePhpLine(first.text)];
    }
    push(line) {
        if (this.state === 'done')
            return this.copy(line.text);
        const next = this.advance(line.text);
        if (!next)
            return 'end';
        this.state = next;
        this.raw.push(line.text);
        this.normalized.push(normalizePhpLine(line.text));
        return 'more';
    }
    advance(text) {
        switch (this.state) {
            case 'message':
                if (text === STACK_TRACE)
                    return 'trace';
                return ++this.messageLines <= MESSAGE_LINES ? 'message' : undefined;
            case 'trace':
                if (TRACE_LINE.test(text))
                    return 'trace';
                if (THROWN.test(text))
                    return 'done';
                return text === '' ? 'gap' : undefined;
            case 'gap':
                this.messageLines = 0;
                return NEXT.test(text) ? 'message' : undefined;
            case 'done':
                return undefined;
        }
    }
    copy(text) {
        const at = this.copied ?? 0;
        if (at >= this.normalized.length)
            return 'end';
        if (this.copied === undefined && text === '' && !this.blankBeforeCopy) {
            this.blankBeforeCopy = true;
            return 'more';
        }
        if (normalizePhpLine(text) !== this.normalized[at])
            return 'end';
        this.copied = at + 1;
        return 'more';
    }
    finish() {
        const error = this.errorInfo();
        if (!error)
            return [];
        const stack = this.raw.join('\n');
        error.stack = stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack;
        return [{ error, line: this.first.number }];
    }
    errorInfo() {
        const [, label = '', rest = ''] = php_report_FATAL.exec(this.first.text) ?? [];
        if (!rest.startsWith('Uncaught '))
            return parsePlainFatal(label, rest, this.context.workspace);
        // PHP prints the first exception of a chain first, then each one that was thrown with it as
        // previous ("Next"): the last one printed is the one that went uncaught.
        const chain = [];
        let text = [rest.slice('Uncaught '.length)];
        let trace = [];
        let inTrace = false;
        for (const line of this.raw.slice(1)) {
            if (NEXT.test(line) && inTrace) {
                chain.push(parseException(text, trace, this.context.workspace));
                [text, trace, inTrace] = [[line.slice('Next '.length)], [], false];
            }
            else if (line === STACK_TRACE)
                inTrace = true;
            else if (inTrace && TRACE_LINE.test(line))
                trace.push(line);
            else if (!inTrace)
                text.push(line);
        }
        chain.push(parseException(text, trace, this.context.workspace));
        const error = chain.pop();
        if (error && chain.length > 0)
            error.causes = chain.reverse();
        return error;
    }
}

;// CONCATENATED MODULE: ./src/logs/runtimes/python-traceback.ts

const TRACEBACK_HEADER = /^(?:Exception Group )?Traceback \(most recent call last\):\s*$/;
const GROUP_HEADER = /^( *)\+ Exception Group Traceback \(most recent call last\):\s*$/;
const CHAIN_MARKER = /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
// "ValueError: msg", "json.decoder.JSONDecodeError: msg", "KeyboardInterrupt" (no message).
const EXCEPTION_LINE = /^([A-Za-z_][\w.]*)(?:: (.*))?$/;
const python_traceback_FRAME = /^\s*File "(.+)", line (\d+), in (.+?)\s*$/;
// A SyntaxError's location has no function: '  File "app/bad.py", line 3'.
const SYNTAX_LOCATION = /^\s*File "(.+)", line (\d+)\s*$/;
// Box borders inside a group: "+-+---- 1 ----", "+---- 2 ----", "+---- ... ----", "+--------".
const MEMBER_BORDER = /^\+-+ (?:\d+|\.\.\.) -+$/;
const LAST_BORDER = /^\+-+$/;
const python_traceback_NOT_APP = [
    /(^|\/)(site|dist)-packages\//,
    // The standard library: /usr/lib/python3.11/, a venv's or pyenv's lib/python3.11/, Windows' Lib\.
    /(^|\/)lib\/python\d+(\.\d+)?\//,
    /(^|\/)Lib\//,
    /^<frozen /,
];
/** Whether a frame's file is the project's own code rather than the standard library or a package. */
function isPythonAppFile(file) {
    const path = (0,paths/* toPosix */.d)(file);
    return !python_traceback_NOT_APP.some((pattern) => pattern.test(path));
}
function frameOf(file, line, fn, workspace) {
    const frame = { file: (0,paths/* relativeToWorkspace */.T)(file, workspace), line: Number(line), inApp: false };
    if (fn)
        frame.function = fn;
    frame.inApp = isPythonAppFile(file);
    return frame;
}
/** Every exception the report printed, in printed order: the last one is the error. */
function parseChain(lines, workspace) {
    const chain = [];
    let at = 0;
    while (at < lines.length) {
        const line = lines[at] ?? '';
        const group = GROUP_HEADER.exec(line);
        if (group) {
            const column = group[1]?.length ?? 0;
            const run = [];
            while (at < lines.length && isBoxLine(lines[at] ?? '', column))
                run.push(lines[at++] ?? '');
            chain.push(...parseBox(run, column, workspace));
        }
        else if (TRACEBACK_HEADER.test(line)) {
            at = readSegment(lines, at + 1, workspace, chain);
        }
        else {
            const bare = EXCEPTION_LINE.exec(line);
            if (bare)
                chain.push(exception(bare, []));
            at++;
        }
    }
    return chain;
}
function isBoxLine(line, column) {
    const mark = line[column];
    return line.startsWith(' '.repeat(column)) && (mark === '+' || mark === '|' || mark === ' ');
}
function exception(match, frames) {
    return { type: match[1] ?? '', message: (match[2] ?? '').trim(), frames, members: [] };
}
// Frames, their source and caret lines, then the exception line. A segment with no frames or
// no exception line is not a traceback Python printed, so it yields nothing.
function readSegment(lines, from, workspace, chain) {
    const frames = [];
    let at = from;
    for (; at < lines.length; at++) {
        const line = lines[at] ?? '';
        const frame = python_traceback_FRAME.exec(line) ?? SYNTAX_LOCATION.exec(line);
        if (frame)
            frames.push(frameOf(frame[1] ?? '', frame[2] ?? '0', frame[3], workspace));
        else if (/^\s/.test(line))
            continue;
        else {
            const found = EXCEPTION_LINE.exec(line);
            if (found && frames.length > 0)
                chain.push(exception(found, frames));
            return at + 1;
        }
    }
    return at;
}
/**
 * One box of a group drawn at `column`: its own lines carry "|" there, and its members are boxes
 * drawn two columns further in, split by numbered borders. Returns the box's own chain, whose last
 * exception gets the members.
 */
function parseBox(run, column, workspace) {
    const own = [];
    const members = [];
    let member;
    for (const line of run) {
        if (line[column] === '|' || line.slice(column, column + 2) === '+ ') {
            own.push(line.slice(column + 2));
            continue;
        }
        const inner = line.slice(column + 2);
        if (MEMBER_BORDER.test(inner)) {
            member = [];
            members.push(member);
        }
        else if (LAST_BORDER.test(inner))
            member = undefined;
        else
            member?.push(line);
    }
    const chain = parseChain(own, workspace);
    const last = chain.at(-1);
    if (last) {
        for (const lines of members) {
            const memberChain = parseBox(lines, column + 2, workspace);
            const found = memberChain.at(-1);
            if (found)
                last.members.push(found);
        }
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/python.ts


// CPython's report of an uncaught exception: "Traceback (most recent call last):", frames and an
// exception line, possibly chained to earlier ones, or an exception group's box. A script that
// does not compile prints only the SyntaxError's caret block, with no "Traceback" line.
//
// A traceback printed on purpose is still a traceback; what tells it apart is the line above it.
// logging.exception() and pytest's captured logs put a log record there ("ERROR:app:msg",
// "2024-05-01 08:00:00,123 ERROR ..."), and pytest's --tb=native report puts the failing test's
// "____ test_x ____" header there (that failure comes from the test report). Such blocks are read
// to their end and report nothing. A traceback.print_exc() with nothing above it cannot be told
// from a crash, and is reported.
const HEADER_AT_END = /Traceback \(most recent call last\):\s*$/;
// Only the levels logging.exception() and exc_info=True use: an "[INFO] Compiling…" line from
// another tool just above a real crash must not hide it.
const LOG_RECORD = /^\[?(?:ERROR|CRITICAL|FATAL|EXCEPTION)\]?[\s:]|^\S*\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d.*\b(?:ERROR|CRITICAL|FATAL|EXCEPTION)\b/;
const PYTEST_HEADER = /^_{3,} .+ _{3,}$|^-{3,} Captured .+ -{3,}$/;
const SYNTAX_TYPES = new Set(['SyntaxError', 'IndentationError', 'TabError']);
/** The Python runtime's uncaught-exception tracebacks and SyntaxError reports. */
const pythonDetector = {
    runtime: 'python',
    triggers: ['Traceback (most recent call last):', 'File "'],
    start(line, before, context) {
        const header = HEADER_AT_END.exec(line.text);
        if (header)
            return startTraceback(line, before, header.index, context);
        if (SYNTAX_LOCATION.test(line.text))
            return new SyntaxErrorBlock(line, context);
        return undefined;
    },
};
function startTraceback(line, before, at, context) {
    const lead = line.text.slice(0, at);
    // Whatever stands before the header on its line (a container's "web-1  | ") is on every line.
    const group = /^(.*?)( *\+ )?(Exception Group )?$/.exec(lead);
    const prefix = group?.[1] ?? '';
    const text = line.text.slice(prefix.length);
    const state = GROUP_HEADER.test(text)
        ? 'box'
        : TRACEBACK_HEADER.test(text)
            ? 'frames'
            : undefined;
    if (!state)
        return undefined;
    const above = before.at(-1)?.text ?? '';
    const reported = !(above.startsWith(prefix) && isOnPurpose(above.slice(prefix.length)));
    return new TracebackBlock(line, prefix, state, reported, context);
}
function isOnPurpose(above) {
    return LOG_RECORD.test(above) || PYTEST_HEADER.test(above.trim());
}
class TracebackBlock {
    first;
    prefix;
    state;
    reported;
    context;
    lines;
    raw;
    constructor(first, prefix, state, reported, context) {
        this.first = first;
        this.prefix = prefix;
        this.state = state;
        this.reported = reported;
        this.context = context;
        this.lines = [first.text.slice(prefix.length)];
        this.raw = [first.text];
    }
    push(line) {
        if (!line.text.startsWith(this.prefix))
            return 'end';
        const text = line.text.slice(this.prefix.length);
        const next = this.advance(text);
        if (!next)
            return 'end';
        this.state = next;
        this.lines.push(text);
        this.raw.push(line.text);
        return 'more';
    }
    // The report's grammar, one line at a time: frames are indented, the exception line is not,
    // and a chain goes on only through a blank line and one of the two chain sentences.
    advance(text) {
        switch (this.state) {
            case 'frames':
                if (/^\s+\S/.test(text))
                    return 'frames';
                // The exception line follows a frame; right after the header it is something else.
                return EXCEPTION_LINE.test(text) && /^\s/.test(this.lines.at(-1) ?? '') ? 'exception' : undefined;
            case 'exception':
                if (text.trim() === '')
                    return 'blank';
                return CHAIN_MARKER.test(text) ? 'marker' : undefined;
            case 'blank':
                return CHAIN_MARKER.test(text) ? 'marker' : undefined;
            case 'marker':
                if (text.trim() === '')
                    return 'marker';
                if (GROUP_HEADER.test(text))
                    return 'box';
                return TRACEBACK_HEADER.test(text) ? 'frames' : EXCEPTION_LINE.test(text) ? 'exception' : undefined;
            case 'box':
                if (/^ *[+|]/.test(text))
                    return 'box';
                return text.trim() === '' ? 'blank' : undefined;
        }
    }
    finish() {
        if (!this.reported)
            return [];
        const chain = parseChain(this.lines, this.context.workspace);
        const last = chain.at(-1);
        if (!last)
            return [];
        const causes = [...flattenMembers(last.members), ...chain.slice(0, -1).reverse()].map((cause) => python_errorInfo(cause));
        const error = python_errorInfo(last, this.raw.join('\n'));
        if (causes.length > 0)
            error.causes = causes;
        return [{ error, line: this.first.number }];
    }
}
/** A group's members, depth first: a nested group is listed before its own members. */
function flattenMembers(members) {
    return members.flatMap((member) => [member, ...flattenMembers(member.members)]);
}
function python_errorInfo(exception, stack) {
    const info = {
        type: exception.type,
        message: exception.message,
        frames: [...exception.frames].reverse(),
    };
    if (stack)
        info.stack = stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack;
    return info;
}
/** '  File "x.py", line 3', the source line, the caret line, then "SyntaxError: msg". */
class SyntaxErrorBlock {
    first;
    context;
    raw;
    exception;
    constructor(first, context) {
        this.first = first;
        this.context = context;
        this.raw = [first.text];
    }
    push(line) {
        if (this.exception || this.raw.length > 3)
            return 'end';
        const found = EXCEPTION_LINE.exec(line.text);
        if (found && SYNTAX_TYPES.has(found[1] ?? ''))
            this.exception = found;
        else if (!/^\s+\S/.test(line.text))
            return 'end';
        this.raw.push(line.text);
        return 'more';
    }
    finish() {
        if (!this.exception)
            return [];
        const chain = parseChain(['Traceback (most recent call last):', ...this.raw], this.context.workspace);
        const last = chain.at(-1);
        return last ? [{ error: python_errorInfo(last, this.raw.join('\n')), line: this.first.number }] : [];
    }
}

;// CONCATENATED MODULE: ./src/logs/runtimes/ruby-report.ts

// The lines of Ruby's error printer (error.c, rb_error_write), 3.1 to 3.4:
//   app.rb:8:in `label': undefined method `upcase' for nil:NilClass (NoMethodError)
//   app.rb:8:in 'Order#label': undefined method 'upcase' for nil (NoMethodError)   (3.4)
//   	from app.rb:12:in `<main>'
//   	 ... 18 levels...                                                          (--backtrace-limit)
// A message of several lines keeps "(Type)" on its first line; an empty message prints
// "unhandled exception", and an Interrupt from a signal prints only its class name.
const ruby_report_LOCATION = String.raw `([A-Za-z]:[\\/][^\s:]*|[^\s:][^\s]*?):(\d+)`;
const ruby_report_HEADER = new RegExp(`^${ruby_report_LOCATION}:in [\`']([^\`']*)': (.*)$`);
const TYPED_MESSAGE = /^(.*) \(([A-Z][\w]*(?:::[A-Z]\w*)*)\)$/;
const CLASS_NAME = /^[A-Z]\w*(?:::[A-Z]\w*)*$/;
const FROM = new RegExp(`^\\s+from ${ruby_report_LOCATION}(?::in [\`']([^\`']*)')?\\s*$`);
const LEVELS = /^\s+\.\.\. \d+ levels\.\.\.\s*$/;
// "app.rb:3: syntax error, unexpected ..." (parse.y, up to 3.3) or
// "app.rb:3: syntax errors found (SyntaxError)" (prism, 3.4).
const SYNTAX_ERROR = new RegExp(`^(?:ruby: )?${ruby_report_LOCATION}: (syntax errors?\\b.*?)(?: \\(SyntaxError\\))?$`);
const ruby_report_NOT_APP = [
    /(^|\/)gems\//,
    // The standard library and Debian's packaged gems: /usr/lib/ruby/3.1.0/, lib/ruby/vendor_ruby/.
    /(^|\/)lib\/ruby\/(\d|gems|site_ruby|vendor_ruby)/,
    /(^|\/)vendor\/bundle\//,
    /^\/usr\/share\/(ruby|rubygems)/,
    /^<internal:/,
];
/** Whether a frame's file is the project's own code rather than Ruby's library or a gem. */
function isRubyAppFile(file) {
    const path = (0,paths/* toPosix */.d)(file);
    return !ruby_report_NOT_APP.some((pattern) => pattern.test(path));
}
function rubyFrame(file, line, fn, workspace) {
    const frame = {
        file: (0,paths/* relativeToWorkspace */.T)(file, workspace),
        line: Number(line),
        inApp: isRubyAppFile(file),
    };
    if (fn)
        frame.function = fn;
    return frame;
}
/** The first line of an uncaught exception's report, as an error with its innermost frame. */
function ruby_report_parseHeader(text, workspace) {
    const match = ruby_report_HEADER.exec(text);
    if (!match)
        return undefined;
    const [, file = '', line = '0', fn, rest = ''] = match;
    const frames = [rubyFrame(file, line, fn, workspace)];
    const typed = TYPED_MESSAGE.exec(rest);
    if (typed?.[2] === 'SyntaxError')
        return syntaxErrorIn(typed[1] ?? '', frames, workspace);
    if (typed)
        return { type: typed[2] ?? '', message: typed[1] ?? '', frames };
    if (rest === 'unhandled exception')
        return { message: rest, frames };
    if (CLASS_NAME.test(rest))
        return { type: rest, message: '', frames };
    return undefined;
}
// A SyntaxError raised by require names the file that does not parse in its message; that
// location is the innermost frame, as in a script's own syntax error.
function syntaxErrorIn(message, frames, workspace) {
    const located = SYNTAX_ERROR.exec(message);
    if (!located)
        return { type: 'SyntaxError', message, frames };
    const [, file = '', line = '0', text = ''] = located;
    return {
        type: 'SyntaxError',
        message: text,
        frames: [rubyFrame(file, line, undefined, workspace), ...frames],
    };
}
/** A "\tfrom file:line:in `fn'" line as a frame. */
function parseFrom(text, workspace) {
    const match = FROM.exec(text);
    return match ? rubyFrame(match[1] ?? '', match[2] ?? '0', match[3], workspace) : undefined;
}

;// CONCATENATED MODULE: ./src/logs/runtimes/ruby.ts


// Ruby's report of an uncaught exception: a header line, then "\tfrom" lines, then (Ruby 3.1+)
// the cause's report in the same shape, and its cause's. A script that does not parse prints
// "file:line: syntax error, ..." lines instead.
//
// Lines between a header and its first "from" line are the rest of a message of several lines,
// or error_highlight's code excerpt with its caret; a bounded number of them is taken.
// A dying thread reports its exception at once, and Thread#join raises the same exception again
// in the main thread: that second report, with the same type and message, is the same failure.
const ruby_MESSAGE_LINES = 8;
const SYNTAX_LINES = 20;
const rubyDetector = {
    runtime: 'ruby',
    triggers: [':in `', ":in '", ': syntax error'],
    start(line, _before, context) {
        const header = ruby_report_parseHeader(line.text, context.workspace);
        if (header)
            return new UncaughtBlock(line, header, context);
        const syntax = SYNTAX_ERROR.exec(line.text);
        if (syntax)
            return new ruby_SyntaxErrorBlock(line, syntax, context);
        return undefined;
    },
};
function cut(stack) {
    return stack.length > error_info/* MAX_STACK_CHARS */.c3 ? `${stack.slice(0, error_info/* MAX_STACK_CHARS */.c3)}\n… (cut)` : stack;
}
class UncaughtBlock {
    first;
    context;
    chain;
    raw;
    current;
    messageLines = 0;
    inFrames = false;
    constructor(first, header, context) {
        this.first = first;
        this.context = context;
        this.chain = [header];
        this.current = header;
        this.raw = [first.text];
    }
    push(line) {
        const taken = this.take(line.text);
        if (taken)
            this.raw.push(line.text);
        return taken ? 'more' : 'end';
    }
    take(text) {
        const frame = parseFrom(text, this.context.workspace);
        if (frame) {
            this.current.frames.push(frame);
            this.inFrames = true;
            return true;
        }
        if (LEVELS.test(text))
            return true;
        const header = ruby_report_parseHeader(text, this.context.workspace);
        if (header) {
            const outer = this.chain[0];
            // Thread#join raising the dying thread's exception again: kept out of the chain.
            const reraised = outer && header.type === outer.type && header.message === outer.message;
            if (!reraised)
                this.chain.push(header);
            this.current = header;
            this.messageLines = 0;
            this.inFrames = false;
            return true;
        }
        if (this.inFrames || this.messageLines >= ruby_MESSAGE_LINES)
            return false;
        this.messageLines++;
        return true;
    }
    finish() {
        const [error, ...causes] = this.chain;
        if (!error)
            return [];
        const outer = { ...error, stack: cut(this.raw.join('\n')) };
        if (causes.length > 0)
            outer.causes = causes;
        return [{ error: outer, line: this.first.number }];
    }
}
/** "app.rb:3: syntax error, ...", with the excerpt and caret, and later errors of the same file. */
class ruby_SyntaxErrorBlock {
    first;
    match;
    context;
    raw;
    constructor(first, match, context) {
        this.first = first;
        this.match = match;
        this.context = context;
        this.raw = [first.text];
    }
    push(line) {
        const file = this.match[1] ?? '';
        const sameFile = line.text.startsWith(`${file}:`) && SYNTAX_ERROR.test(line.text);
        if (this.raw.length >= SYNTAX_LINES || !(sameFile || /^\s+\S/.test(line.text)))
            return 'end';
        this.raw.push(line.text);
        return 'more';
    }
    finish() {
        const [, file = '', line = '0', message = ''] = this.match;
        const error = {
            type: 'SyntaxError',
            message,
            frames: [rubyFrame(file, line, undefined, this.context.workspace)],
            stack: cut(this.raw.join('\n')),
        };
        return [{ error, line: this.first.number }];
    }
}

// EXTERNAL MODULE: ./src/parsers/rust-panic.ts
var rust_panic = __nccwpck_require__(3022);
;// CONCATENATED MODULE: ./src/logs/runtimes/rust.ts





// Rust panics as the default panic hook prints them, from any program, `cargo run` or `cargo test`:
//   thread 'main' (1234) panicked at src/main.rs:5:9:        (Rust 1.73+; the thread id since 1.89)
//   <message, possibly over several lines>
//   note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// or "stack backtrace:" and its frames ("  4: crate::module::func" + "        at ./src/x.rs:3:25").
// Before 1.73: "thread 'main' panicked at 'message', src/main.rs:5:9".
// Also: "thread 'main' has overflowed its stack" and a test binary killed by a signal, as cargo
// reports it. A panic followed by libtest's "ok" (a should_panic test or a caught panic, printed
// with --nocapture) is not a failure.
const rust_PANIC = /^thread '(.*?)'(?: \(\d+\))? panicked at (.*)$/;
const rust_LOCATION = /^(.+?):(\d+):(\d+):$/;
const OLD_MESSAGE_END = /^(.*)', (.+?):(\d+)(?::(\d+))?$/;
const OVERFLOW = /^thread '(.*?)'(?: \(\d+\))? has overflowed its stack$/;
const CARGO_SIGNAL = /process didn't exit successfully: `(.+?)` \(signal: \d+, (SIG[A-Z]+)(?:: ([^)]+))?\)$/;
const BACKTRACE_LINE = /^\s+(\d+: |at )/;
// A panic inside a destructor while unwinding: the runtime's own panic, then the abort.
const ABORTING = /^thread caused non-unwinding panic\. aborting\.$|^fatal runtime error: /;
const rust_MAX_MESSAGE_LINES = 100;
// Blank lines, the runtime's abort panic, the abort notice, a shell report and the exit code.
const MAX_AFTER_LINES = 8;
const rustDetector = {
    runtime: 'rust',
    triggers: [' panicked at ', ' has overflowed its stack', "process didn't exit successfully: "],
    start(line, _before, context) {
        return startPanic(line, context.workspace) ?? startOverflow(line) ?? startSignal(line, context.workspace);
    },
};
function startPanic(line, workspace) {
    const header = rust_PANIC.exec(line.text);
    if (!header)
        return undefined;
    const [, thread = '', rest = ''] = header;
    const lines = [line.text];
    const message = [];
    const backtrace = [];
    const at = rust_LOCATION.exec(rest);
    let where = at ? { file: at[1] ?? '', line: at[2], column: at[3] } : undefined;
    let state = where ? 'message' : 'old-message';
    let after = 0;
    let passed = false;
    // The old format may hold the whole message on the header line.
    if (state === 'old-message')
        readOldMessage(rest.replace(/^'/, ''));
    function readOldMessage(text) {
        const end = OLD_MESSAGE_END.exec(text);
        message.push(end ? (end[1] ?? '') : text);
        if (end) {
            where = { file: end[2] ?? '', line: end[3], column: end[4] };
            state = 'after';
        }
    }
    function take(text) {
        lines.push(text);
        return 'more';
    }
    function afterReport(text) {
        if (after++ >= MAX_AFTER_LINES)
            return 'end';
        const verdict = /^(ok|FAILED)$/.exec(text) ?? /^test (.+?)(?: - should panic)? \.\.\. (ok|FAILED)$/.exec(text);
        if (verdict && (verdict.length === 2 || verdict[1] === thread)) {
            passed = verdict.at(-1) === 'ok';
            state = 'done';
            return take(text);
        }
        const runtimePanic = rust_PANIC.exec(text)?.[2]?.startsWith('/rustc/');
        if (!text.trim() || runtimePanic || ABORTING.test(text) || isAbortReport(text))
            return take(text);
        // The message of the runtime's own panic ("panic in a destructor during cleanup").
        if (rust_PANIC.test(lines.at(-1) ?? ''))
            return take(text);
        return 'end';
    }
    return {
        push(next) {
            const text = next.text;
            if (state === 'done')
                return 'end';
            if (state === 'old-message') {
                if (message.length >= rust_MAX_MESSAGE_LINES)
                    return 'end';
                readOldMessage(text);
                return take(text);
            }
            if (state === 'backtrace') {
                if (BACKTRACE_LINE.test(text)) {
                    backtrace.push(text);
                    return take(text);
                }
                state = 'after';
                if (text.startsWith('note: '))
                    return take(text);
            }
            if (state === 'after')
                return afterReport(text);
            if (text === 'stack backtrace:') {
                state = 'backtrace';
                return take(text);
            }
            if (text.startsWith('note: run with `RUST_BACKTRACE')) {
                state = 'after';
                return take(text);
            }
            if (!text.trim() ||
                /^(ok|FAILED)$/.test(text) ||
                rust_PANIC.test(text) ||
                message.length >= rust_MAX_MESSAGE_LINES) {
                state = 'after';
                return afterReport(text);
            }
            message.push(text);
            return take(text);
        },
        finish() {
            if (passed)
                return [];
            const location = where ? locationFrame(where, workspace) : undefined;
            const frames = withLocation((0,rust_panic/* rustBacktrace */.LP)(backtrace, workspace).map(withNativeRules), location);
            const first = message.find((text) => text.trim())?.trim();
            const fallback = location ? `panicked at ${location.file}:${location.line}` : 'panicked';
            return [
                { line: line.number, error: errorInfo({ type: 'panic', message: first ?? fallback, frames, lines }) },
            ];
        },
    };
}
// RUST_BACKTRACE=full also lists libc's frames ("./csu/../sysdeps/…") and "<unknown>", which the
// Rust rules alone take for app code.
function withNativeRules(frame) {
    return frame.inApp && !isNativeInApp(frame) ? { ...frame, inApp: false } : frame;
}
function isAbortReport(text) {
    const cargo = CARGO_SIGNAL.exec(text);
    return cargo ? cargo[2] === 'SIGABRT' : isSignalEpilogue(text, 'SIGABRT');
}
function locationFrame(where, workspace) {
    const frame = {
        file: (0,paths/* relativeToWorkspace */.T)(where.file, workspace).replace(/^\.\//, ''),
    };
    frame.line = Number(where.line);
    if (where.column)
        frame.column = Number(where.column);
    return { ...frame, inApp: (0,rust_panic/* isRustInApp */.xz)(frame) };
}
/** The panic location is a frame of its own unless the backtrace already has it. */
function withLocation(frames, location) {
    if (!location)
        return frames;
    if (frames.some((frame) => frame.file === location.file && frame.line === location.line))
        return frames;
    const firstApp = frames.findIndex((frame) => frame.inApp);
    if (firstApp < 0)
        return [...frames, location];
    return [...frames.slice(0, firstApp), location, ...frames.slice(firstApp)];
}
/** "thread 'main' has overflowed its stack", then "fatal runtime error: stack overflow" and the abort. */
function startOverflow(line) {
    const header = OVERFLOW.exec(line.text);
    if (!header)
        return undefined;
    const lines = [line.text];
    return {
        push(next) {
            if (lines.length > MAX_AFTER_LINES || !(ABORTING.test(next.text) || isAbortReport(next.text)))
                return 'end';
            lines.push(next.text);
            return 'more';
        },
        finish() {
            const message = `thread '${header[1]}' has overflowed its stack`;
            return [
                { line: line.number, error: errorInfo({ type: 'stack overflow', message, frames: [], lines }) },
            ];
        },
    };
}
/** A program or test binary cargo ran that died of a signal (a segfault in FFI code, an abort). */
function startSignal(line, workspace) {
    const match = CARGO_SIGNAL.exec(line.text);
    if (!match)
        return undefined;
    const [, command = '', signal = '', description] = match;
    // "/ci/target/debug/deps/crash-a2dc62102239b32e --ignored" → "crash": the hash changes with every build.
    const program = (0,paths/* relativeToWorkspace */.T)(command.split(' ')[0] ?? '', workspace)
        .replace(/^.*\//, '')
        .replace(/-[0-9a-f]{16}$/, '');
    const message = `${program} was killed by ${signal}${description ? `: ${description}` : ''}`;
    return {
        push: () => 'end',
        finish: () => [
            { line: line.number, error: errorInfo({ type: signal, message, frames: [], lines: [line.text] }) },
        ],
    };
}

;// CONCATENATED MODULE: ./src/logs/registry.ts









// Tried in this order on a line whose triggers match more than one runtime.
// One file per runtime in ./runtimes/; add a runtime by adding a file and a line here.
const logDetectors = [
    nodeDetector,
    dotnetDetector,
    jvmDetector,
    goDetector,
    pythonDetector,
    rubyDetector,
    phpDetector,
    rustDetector,
    nativeDetector,
];
function runtimeNames() {
    return logDetectors.map((detector) => detector.runtime);
}


/***/ }),

/***/ 2991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _Z: () => (/* binding */ scanLogStream)
});

// UNUSED EXPORTS: LogScanner, MAX_BLOCK_LINES, MAX_LINE_BYTES, MAX_OPEN_STREAMS, scanLogText

;// CONCATENATED MODULE: ./src/logs/detector.ts
/** How many lines above a trigger a detector may look at. */
const BEFORE_LINES = 12;

// EXTERNAL MODULE: ./src/logs/framing.ts
var framing = __nccwpck_require__(5549);
;// CONCATENATED MODULE: ./src/logs/trigger-automaton.ts
// Finding dozens of trigger strings in a big log with one native search per trigger costs one
// pass over the bytes per trigger. An Aho-Corasick automaton finds all of them in a single
// pass: one table lookup per byte, whatever the number of triggers.
class TriggerAutomaton {
    table;
    // For each state, 1 + the index of a trigger that ends there (0: none).
    output;
    constructor(triggers) {
        const next = [new Map()];
        const ends = [0];
        triggers.forEach((trigger, index) => {
            let state = 0;
            for (const byte of Buffer.from(trigger, 'latin1')) {
                let to = next[state]?.get(byte);
                if (to === undefined) {
                    to = next.length;
                    next.push(new Map());
                    ends.push(0);
                    next[state]?.set(byte, to);
                }
                state = to;
            }
            if (ends[state] === 0)
                ends[state] = index + 1;
        });
        const table = new Int32Array(next.length * 256);
        const fail = new Int32Array(next.length);
        const queue = [];
        for (let byte = 0; byte < 256; byte++) {
            const to = next[0]?.get(byte) ?? 0;
            table[byte] = to;
            if (to !== 0)
                queue.push(to);
        }
        // Breadth first, so every state's fallback is complete before its children need it.
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head] ?? 0;
            const fallback = fail[state] ?? 0;
            if (ends[state] === 0)
                ends[state] = ends[fallback] ?? 0;
            for (let byte = 0; byte < 256; byte++) {
                const to = next[state]?.get(byte);
                const viaFallback = table[fallback * 256 + byte] ?? 0;
                if (to === undefined)
                    table[state * 256 + byte] = viaFallback;
                else {
                    table[state * 256 + byte] = to;
                    fail[to] = viaFallback;
                    queue.push(to);
                }
            }
        }
        // The newline state behaves as the root (no trigger spans lines) but is flagged with -1.
        const newline = next.length;
        const withNewline = new Int32Array((newline + 1) * 256);
        withNewline.set(table);
        withNewline.copyWithin(newline * 256, 0, 256);
        for (let state = 0; state <= newline; state++)
            withNewline[state * 256 + 10] = newline;
        this.table = withNewline;
        this.output = Int32Array.from([...ends, -1]);
    }
    /** How many newlines the last `find` passed, so callers count lines without a second pass. */
    newlines = 0;
    /**
     * The end offset of the first trigger in data[from, limit), or -1. No trigger spans a newline.
     * Newlines have a state of their own, flagged in the output table, so counting them costs
     * nothing beyond the lookup every byte already pays.
     */
    find(data, from, limit) {
        const { table, output } = this;
        let state = 0;
        let newlines = 0;
        for (let at = from; at < limit; at++) {
            state = table[(state << 8) | data[at]];
            const found = output[state];
            if (found === 0)
                continue;
            if (found < 0)
                newlines++;
            else {
                this.newlines = newlines;
                return at;
            }
        }
        this.newlines = newlines;
        return -1;
    }
}

;// CONCATENATED MODULE: ./src/logs/scanner.ts



// Finds runtime errors in a log read as a stream of byte chunks. Decoding UTF-8 costs far
// more than matching, so the bytes are searched for every detector's triggers at once (one
// automaton pass), and only lines with a hit, lines inside an open report, and the few lines
// above a hit are ever decoded.
/** A report longer than this is cut: enough for any real trace, bounded for a runaway one. */
const MAX_BLOCK_LINES = 4_000;
/** Reports open at once, one per stream of interleaved output. */
const MAX_OPEN_STREAMS = 32;
/** A line longer than this is cut before decoding (minified bundles, base64 dumps). */
const MAX_LINE_BYTES = 64 * 1024;
class LogScanner {
    detectors;
    options;
    failures = [];
    automaton;
    carry;
    lineNumber = 0;
    // One open report per stream: a log may interleave the output of parallel processes.
    open = new Map();
    // Lines at or above a stream's last report are not context for its next one.
    contextFloor = new Map();
    // The raw bytes of the last lines that no block took, decoded only when a hit needs them.
    before = [];
    constructor(detectors, options) {
        this.detectors = detectors;
        this.options = options;
        this.automaton = new TriggerAutomaton(detectors.flatMap((detector) => detector.triggers));
    }
    write(chunk) {
        const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
        const end = data.lastIndexOf(10);
        if (end < 0) {
            this.carry = data.length > MAX_LINE_BYTES ? Buffer.from(data.subarray(0, MAX_LINE_BYTES)) : data;
            return;
        }
        this.scan(data, end + 1);
        // Copy what is kept, so one small tail does not pin a whole chunk in memory.
        this.carry = end + 1 < data.length ? Buffer.from(data.subarray(end + 1)) : undefined;
        this.before = this.before.map((entry) => ({ ...entry, raw: Buffer.from(entry.raw) }));
    }
    end() {
        if (this.carry && this.carry.length > 0) {
            const last = this.carry;
            this.carry = undefined;
            this.scan(Buffer.concat([last, Buffer.from('\n')]), last.length + 1);
        }
        this.closeAll();
        // Interleaved streams finish out of order; report in the order the errors began.
        return this.failures.sort((a, b) => (a.source.line ?? 0) - (b.source.line ?? 0));
    }
    // data[0, limit) holds whole lines. Outside a report, jump from trigger to trigger; inside
    // one, feed the report line by line.
    scan(data, limit) {
        let start = 0;
        while (start < limit) {
            let lineStart = start;
            if (this.open.size === 0) {
                const hit = this.automaton.find(data, start, limit);
                if (hit < 0) {
                    this.skipLines(data, start, limit, this.automaton.newlines);
                    return;
                }
                lineStart = hit > start ? data.lastIndexOf(10, hit) + 1 : start;
                this.skipLines(data, start, lineStart, this.automaton.newlines);
            }
            const newline = data.indexOf(10, lineStart);
            const stop = newline < 0 || newline >= limit ? limit : newline;
            this.lineNumber++;
            this.onLine(data.subarray(lineStart, stop));
            start = stop + 1;
        }
    }
    /** Moves past `count` whole lines in data[from, to), remembering the last few for context. */
    skipLines(data, from, to, count) {
        if (to <= from)
            return;
        const kept = [];
        let end = to - 1;
        while (kept.length < BEFORE_LINES && end >= from) {
            // lastIndexOf takes a negative offset as counted from the end: never pass one.
            const previous = end - 1 >= from ? data.lastIndexOf(10, end - 1) : -1;
            const begin = previous >= from ? previous + 1 : from;
            kept.unshift(data.subarray(begin, end));
            if (begin === from)
                break;
            end = begin - 1;
        }
        const first = this.lineNumber + count - kept.length + 1;
        this.lineNumber += count;
        for (const [index, raw] of kept.entries())
            this.remember(raw, first + index);
    }
    onLine(raw) {
        const framed = decode(raw);
        // A runner command (##[group], ##[endgroup]…) ends every report: the step's output is over.
        if ((0,framing/* isRunnerCommand */.gd)(framed)) {
            for (const [stream, open] of this.open)
                if (open.lines > 0)
                    this.close(stream);
        }
        const { stream, text } = (0,framing/* splitStream */.LA)(framed);
        const line = { text, number: this.lineNumber };
        const open = this.open.get(stream);
        if (open) {
            if (open.lines < MAX_BLOCK_LINES && open.block.push(line) === 'more') {
                open.lines++;
                return;
            }
            this.close(stream);
        }
        const candidates = this.detectors.filter((detector) => detector.triggers.some((trigger) => line.text.includes(trigger)));
        if (candidates.length > 0) {
            const before = this.context(stream);
            for (const detector of candidates) {
                const block = detector.start(line, before, this.options);
                if (block) {
                    // A log with endless stream names must not hold endless reports open.
                    if (this.open.size >= MAX_OPEN_STREAMS)
                        this.close(this.open.keys().next().value ?? '');
                    this.open.set(stream, { block, runtime: detector.runtime, lines: 0 });
                    this.contextFloor.set(stream, line.number);
                    return;
                }
            }
        }
        this.remember(raw, line.number);
    }
    /** The remembered lines of one stream, as its detectors see them. */
    context(stream) {
        const lines = [];
        const floor = this.contextFloor.get(stream) ?? 0;
        for (const entry of this.before) {
            if (entry.number <= floor)
                continue;
            const split = (0,framing/* splitStream */.LA)(decode(entry.raw));
            if (split.stream === stream)
                lines.push({ text: split.text, number: entry.number });
        }
        return lines;
    }
    remember(raw, number) {
        this.before.push({ raw, number });
        if (this.before.length > BEFORE_LINES)
            this.before.shift();
    }
    closeAll() {
        for (const stream of [...this.open.keys()])
            this.close(stream);
    }
    close(stream) {
        const open = this.open.get(stream);
        if (!open)
            return;
        this.open.delete(stream);
        for (const found of open.block.finish()) {
            this.failures.push({
                kind: 'runtime',
                flaky: false,
                error: found.error,
                source: { path: this.options.path, line: found.line },
                runtime: open.runtime,
            });
        }
    }
}
function decode(raw) {
    const bounded = raw.length > MAX_LINE_BYTES ? raw.subarray(0, MAX_LINE_BYTES) : raw;
    return (0,framing/* unframeLine */.dG)(bounded.toString('utf8'));
}
/** Scans a whole log held as text: for tests and for small inputs such as a step's output. */
function scanLogText(text, detectors, options) {
    const scanner = new LogScanner(detectors, options);
    scanner.write(Buffer.from(text, 'utf8'));
    return scanner.end();
}
/** Scans a log streamed as byte chunks (a file, stdin, a downloaded job log). */
async function scanLogStream(chunks, detectors, options) {
    const scanner = new LogScanner(detectors, options);
    for await (const chunk of chunks)
        scanner.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return scanner.end();
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ emptySummary),
/* harmony export */   DC: () => (/* binding */ REPORT_SCHEMA),
/* harmony export */   hg: () => (/* binding */ COMPACT_JSON),
/* harmony export */   sH: () => (/* binding */ addSummaries)
/* harmony export */ });
// The domain model and the public report contract (schemas/report.v1.json).
// Optional fields are left out rather than set to null, so every optional
// property here is `?:` and never `| undefined` under exactOptionalPropertyTypes.
const REPORT_SCHEMA = 'faultline.report/v1';
/**
 * A value may carry its own JSON: a function under this key returns exactly what
 * JSON.stringify(value) would, as UTF-8 bytes. Writers of big reports copy it rather than
 * rebuild objects that only wait on disk (see sources/failure-spill.ts), and never make a
 * string of it. The bytes may sit in a buffer the next call reuses: copy them before calling again.
 */
const COMPACT_JSON = Symbol('faultline.compactJson');
function emptySummary() {
    return { tests: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, durationMs: 0 };
}
function addSummaries(a, b) {
    return {
        tests: a.tests + b.tests,
        passed: a.passed + b.passed,
        failed: a.failed + b.failed,
        skipped: a.skipped + b.skipped,
        flaky: a.flaky + b.flaky,
        durationMs: a.durationMs + b.durationMs,
    };
}


/***/ }),

/***/ 4364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ timeSpanMs),
/* harmony export */   FM: () => (/* binding */ BoundedText),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   _2: () => (/* binding */ splitDotnetMessage),
/* harmony export */   jY: () => (/* binding */ parseDotnetFrame),
/* harmony export */   tZ: () => (/* binding */ dotnetErrorInfo),
/* harmony export */   wG: () => (/* binding */ xmlRoot)
/* harmony export */ });
/* unused harmony export parseDotnetFrames */
/* harmony import */ var _error_info_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8903);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4720);
/* harmony import */ var _xml_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4977);



// What the three .NET report formats (TRX, NUnit 3, xUnit.net v2) share: the stack-frame
// reader, the "Type : message" headers .NET frameworks write, root-element sniffing and
// the TimeSpan durations. The formats themselves live in trx.ts, nunit.ts and xunit.ts.
// "   at Shop.Cart.Total(IEnumerable`1 items) in /src/Shop/Cart.cs:line 12" (.NET), and Mono's
// "  at Shop.Cart.Total (IEnumerable`1 items) [0x00012] in /src/Shop/Cart.cs:12". Frames of
// code without symbols have no " in file:line" part. The function has no spaces, and the
// parameter list is always printed, so prose such as "at least (3)" is not a frame.
const FRAME = /^\s*at (\S+?) ?\(([^()]*)\)(?: \[0x[0-9a-fA-F]+\])?(?: in (.+?)(?::line |:)(\d+))?\s*$/;
// .NET Framework prints async methods as their state machine: "Shop.Cart.<TotalAsync>d__3.MoveNext".
const STATE_MACHINE = /^(.*)\.<([^<>]+)>d__\d+\.MoveNext$/;
// "Shop.Cart.Total" → "Shop.Cart"; "Shop.Cart..ctor" → "Shop.Cart".
const OWNER = /^(.*[^.])\.(\.?[^.]+)$/;
// Frameworks, assertion and mocking libraries, and runtime-generated frames.
const LIBRARY = /^(?:(?:System|Microsoft|NUnit|Xunit|Mono|FluentAssertions|Shouldly|Moq|Castle|NSubstitute)\.|lambda_method|InvokeStub_)/;
function parseDotnetFrame(line, workspace) {
    const match = FRAME.exec(line);
    if (!match)
        return undefined;
    const [, raw = '', , file, lineNo] = match;
    const machine = STATE_MACHINE.exec(raw);
    const fn = machine ? `${machine[1]}.${machine[2]}` : raw;
    const frame = { function: fn, inApp: !LIBRARY.test(fn) };
    const owner = OWNER.exec(fn)?.[1];
    if (owner)
        frame.module = owner;
    if (file) {
        frame.file = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeToWorkspace */ .T)(file, workspace);
        frame.line = Number(lineNo);
    }
    return frame;
}
/** .NET prints the frame that threw first, which is already the model's innermost-first order. */
function parseDotnetFrames(stack, workspace) {
    const frames = [];
    for (const line of stack.split(/\r?\n/)) {
        const frame = parseDotnetFrame(line, workspace);
        if (frame)
            frames.push(frame);
    }
    return frames;
}
// "System.InvalidOperationException: msg" (.NET's own), "System.InvalidOperationException : msg"
// (NUnit and xUnit put spaces around the colon).
const HEADER = /^((?:[A-Za-z_][\w`+]*\.)*(?:[A-Za-z_][\w`+]*)?(?:Exception|Error))[ \t]?:(?:[ \t]|$)/;
// Where the exception's own message starts inside a longer text.
const PREFIXES = [
    // MSTest: "Test method Shop.Tests.CartTests.Total threw exception: \nSystem.Exception: boom"
    /^(?:Test method|(?:Assembly|Class) (?:Initialization|Cleanup) method) \S+ threw exception[.:]\s*/,
    // NUnit on a test whose fixture failed: "OneTimeSetUp: System.Exception : boom", "TearDown : …"
    /^(?:OneTimeSetUp|OneTimeTearDown|SetUp|TearDown)\s?:\s*/,
    // VSTest when the test host dies: "… Test host process crashed : Unhandled exception. System.Exception: boom"
    /^[\s\S]*?Unhandled exception\.\s*/,
];
// Assertion messages that name no type, and the type the framework threw.
const ASSERTIONS = [
    [/^Assert\.(\w+)\(\) Failure/, (match) => `Xunit.Sdk.${match[1]}Exception`],
    [/^Assert\.\w+ failed\./, () => 'AssertFailedException'],
    [/^Multiple failures or warnings in test/, () => 'MultipleAssertException'],
    [/^Expected: [\s\S]*\n\s*But was: /, () => 'AssertionException'],
];
/** Splits a .NET failure message into the exception type it names and the message itself. */
function splitDotnetMessage(text) {
    let rest = text.trim();
    for (const prefix of PREFIXES) {
        const match = prefix.exec(rest);
        if (match && HEADER.test(rest.slice(match[0].length))) {
            rest = rest.slice(match[0].length);
            break;
        }
    }
    const header = HEADER.exec(rest);
    if (header?.[1])
        return { type: header[1], message: rest.slice(header[0].length).trim() };
    for (const [pattern, typeOf] of ASSERTIONS) {
        const match = pattern.exec(rest);
        if (match)
            return { type: typeOf(match), message: rest };
    }
    return { message: rest };
}
/** ErrorInfo for a .NET failure, with .NET frames. Detaches what it keeps from the chunks. */
function dotnetErrorInfo(problem, workspace) {
    const split = splitDotnetMessage(problem.message);
    const declared = problem.type?.trim();
    // xUnit writes "System.InvalidOperationException : msg" with exception-type set too.
    const message = declared && split.type && split.type !== declared ? problem.message : split.message;
    const type = declared || split.type || problem.fallbackType;
    const firstLine = message.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
    const info = (0,_error_info_js__WEBPACK_IMPORTED_MODULE_0__/* .buildErrorInfo */ .fC)({
        type: type === undefined ? undefined : (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .detach */ .Yo)(type),
        message: (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .detach */ .Yo)(firstLine.trim().slice(0, _error_info_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_STACK_CHARS */ .c3)),
        text: (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .detach */ .Yo)(problem.stack),
    }, workspace);
    info.frames = info.stack ? parseDotnetFrames(info.stack, workspace) : [];
    return info;
}
/** Collects an element's text, keeping at most MAX_STACK_CHARS of it. */
class BoundedText {
    parts = '';
    active = false;
    start() {
        this.active = true;
        this.parts = '';
    }
    add(text) {
        if (this.active && this.parts.length < _error_info_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_STACK_CHARS */ .c3)
            this.parts += text.slice(0, _error_info_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_STACK_CHARS */ .c3 - this.parts.length);
    }
    get capturing() {
        return this.active;
    }
    /** Ends the capture and returns what it kept, detached from the chunks it came from. */
    stop() {
        this.active = false;
        const text = (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .detach */ .Yo)(this.parts);
        this.parts = '';
        return text;
    }
}
// The first element of an XML document, after the prolog, comments, processing instructions and a DOCTYPE.
const ROOT = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)([^>]*)/;
/** The root element's name and the text of its start tag (possibly cut at the end of head). */
function xmlRoot(head) {
    const match = ROOT.exec(head.replace(/^\uFEFF/, ''));
    if (!match?.[1])
        return undefined;
    return { name: match[1], tag: match[2] ?? '' };
}
/** Seconds as a real number ("0.0012"), or undefined. */
function seconds(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}
// .NET TimeSpan: [d.]hh:mm:ss[.fffffff]
const TIMESPAN = /^\s*(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)\s*$/;
/** A TimeSpan ("00:00:01.2345678") in milliseconds, or undefined. */
function timeSpanMs(value) {
    const match = value === undefined ? null : TIMESPAN.exec(value);
    if (!match)
        return undefined;
    const [, days = '0', hours = '0', minutes = '0', secs = '0'] = match;
    return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(secs) * 1000;
}
/** The file name of a path such as an assembly's, for a test's suite. */
function baseName(path) {
    return path.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop() ?? path;
}


/***/ }),

/***/ 8903:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   c3: () => (/* binding */ MAX_STACK_CHARS),
/* harmony export */   fC: () => (/* binding */ buildErrorInfo)
/* harmony export */ });
/* unused harmony exports MAX_LIBRARY_FRAMES, MAX_FRAMES, boundFrames */
/* harmony import */ var _stack_frames_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5991);

// A stack longer than this is cut: enough for any real trace, and it bounds memory when
// a report carries megabytes of output inside one <failure>.
const MAX_STACK_CHARS = 32_768;
// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// Types that say "a test failed" but not why; a better one is looked for in the stack.
// Case matters: JUnit writers put "failure" or "error" here, while "Error" is JavaScript's type.
const UNINFORMATIVE_TYPES = new Set(['', 'failure', 'error', 'testCodeFailure', 'hookFailure', 'assertion']);
// "TypeError: msg", "Error: msg", "java.lang.IllegalStateException: msg", "AssertionError [ERR_ASSERTION]: msg"
const HEADER = /^\s*\[?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(?: \[[\w_]+\])?:/;
const TYPE_NAME = /(?:Error|Exception|Failure|Panic|Interrupt|Exit)$/;
// pytest's last traceback line: "tests/test_math.py:7: AssertionError"
const PYTEST_TRAILER = /^[^\s:][^:]*:\d+: ([A-Za-z_][\w.]*)$/;
// Deep framework stacks (Spring, JUnit runners) run to a hundred frames, and a big report has
// thousands of failures: keep the innermost frames and every in-app one, which is all that
// grouping and people read; the raw stack keeps the rest.
const MAX_LIBRARY_FRAMES = 32;
const MAX_FRAMES = 128;
function boundFrames(frames) {
    if (frames.length <= MAX_LIBRARY_FRAMES)
        return frames;
    return frames.filter((frame, index) => index < MAX_LIBRARY_FRAMES || frame.inApp).slice(0, MAX_FRAMES);
}
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
function firstLine(text) {
    for (let start = 0; start < text.length;) {
        const end = text.indexOf('\n', start);
        const trimmed = text.slice(start, end === -1 ? text.length : end).trim();
        if (trimmed)
            return trimmed;
        if (end === -1)
            break;
        start = end + 1;
    }
    return '';
}
// node:test wraps every failure in "Error [ERR_TEST_FAILURE]" and names the real error as its cause.
const NODE_TEST_CAUSE = /ERR_TEST_FAILURE[\s\S]*?\bcause: ([A-Za-z_$][\w$]*)(?: \[[\w_]+\])?:/;
function typeFromStack(stack) {
    const cause = NODE_TEST_CAUSE.exec(stack)?.[1];
    if (cause && TYPE_NAME.test(cause))
        return cause;
    const header = HEADER.exec(firstLine(stack))?.[1];
    if (header && TYPE_NAME.test(header))
        return header;
    // The last line, without splitting the whole stack: a CR before its line feed is trimmed with it.
    const trimmed = stack.trimEnd();
    const trailer = PYTEST_TRAILER.exec(trimmed.slice(trimmed.lastIndexOf('\n') + 1).trim());
    return trailer?.[1];
}
function buildErrorInfo(problem, workspace) {
    const stack = stripAnsi(problem.text ?? '').trim();
    const declared = stripAnsi(problem.type ?? '').trim();
    const type = UNINFORMATIVE_TYPES.has(declared) ? typeFromStack(stack) : declared;
    let message = firstLine(stripAnsi(problem.message ?? '')) || firstLine(stack);
    if (type && message.startsWith(`${type}:`))
        message = message.slice(type.length + 1).trim();
    const info = { message, frames: stack ? boundFrames((0,_stack_frames_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFrames */ .MU)(stack, workspace)) : [] };
    if (type)
        info.type = type;
    if (stack)
        info.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
    return info;
}


/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ linesOf),
/* harmony export */   u: () => (/* binding */ splitLines)
/* harmony export */ });
/** Splits text chunks into lines (without their ending), across chunk boundaries, CRLF or LF. */
async function* linesOf(chunks) {
    let rest = '';
    for await (const chunk of chunks) {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const part of parts)
            yield part.endsWith('\r') ? part.slice(0, -1) : part;
    }
    if (rest)
        yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
/** The lines of a text, LF or CRLF; a plain split when there is no CR, which is most of the time and faster. */
function splitLines(text) {
    return text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
}


/***/ }),

/***/ 7449:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ bytesOf),
/* harmony export */   Cl: () => (/* binding */ handOver),
/* harmony export */   ly: () => (/* binding */ RAW_BYTES)
/* harmony export */ });
/**
 * Gives a failure that nothing will change again to `context.settle` at once, or keeps it in
 * `failures` for the result when the caller takes them only at the end.
 */
function handOver(context, failures, draft) {
    if (context.settle)
        context.settle([draft]);
    else
        failures.push(draft);
}
/** The key of ReportChunks' byte reader: a symbol, so no stream's own method is mistaken for it. */
const RAW_BYTES = Symbol('faultline.rawBytes');
function isReportChunks(chunks) {
    return RAW_BYTES in chunks && typeof chunks[RAW_BYTES] === 'function';
}
/** The raw bytes behind text chunks, when the caller has them. */
function bytesOf(chunks) {
    return isReportChunks(chunks) ? chunks[RAW_BYTES]() : undefined;
}


/***/ }),

/***/ 4720:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ relativeToWorkspace),
/* harmony export */   d: () => (/* binding */ toPosix)
/* harmony export */ });
// Paths inside reports are absolute on the machine that ran the tests. Users read them
// relative to their repository, and fingerprints must not change with the checkout path.
function toPosix(path) {
    return path.replace(/\\/g, '/');
}
function relativeToWorkspace(path, workspace) {
    let result = toPosix(path.replace(/^file:\/\//, ''));
    const root = toPosix(workspace).replace(/\/+$/, '');
    if (root && result.startsWith(`${root}/`))
        result = result.slice(root.length + 1);
    return result;
}


/***/ }),

/***/ 8863:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FO: () => (/* binding */ detectParser),
  EI: () => (/* binding */ formatNames),
  kp: () => (/* binding */ parserByFormat)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/logs/framing.ts
var framing = __nccwpck_require__(5549);
// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
// EXTERNAL MODULE: ./src/parsers/error-info.ts
var error_info = __nccwpck_require__(8903);
// EXTERNAL MODULE: ./src/parsers/rust-panic.ts
var rust_panic = __nccwpck_require__(3022);
;// CONCATENATED MODULE: ./src/parsers/cargo-build-errors.ts


// Compiler errors in `cargo test` output: rustc's "error[E0425]: …" diagnostics with their
// "--> src/lib.rs:3:5" location, until cargo's "error: could not compile `x`" ends the build.
const MAX_BLOCK_LINES = 400;
const DIAGNOSTIC = /^error(?:\[(E\d+)\])?: (.*)$/;
const DIAGNOSTIC_AT = /^\s*--> (.+?):(\d+):(\d+)\s*$/;
const COULD_NOT_COMPILE = /^error: could not compile `([^`]+)`/;
// cargo's own errors around test runs: not compiler diagnostics.
const CARGO_ERROR = /^error: (test failed|doctest failed|\d+ targets? failed|could not compile|build failed)/;
class BuildErrors {
    context;
    findings;
    diagnostics = [];
    diagnostic;
    brokenCrates = new Set();
    constructor(context, findings) {
        this.context = context;
        this.findings = findings;
    }
    forget() {
        this.diagnostics = [];
        this.brokenCrates.clear();
    }
    /** Compiler errors before any test ran; "could not compile `x`" turns them into one failure. */
    read(line, number) {
        const broken = COULD_NOT_COMPILE.exec(line);
        if (broken) {
            this.findings.sawCargo = true;
            this.diagnostic = undefined;
            const crate = broken[1] ?? '';
            // cargo says it once per target of the crate (lib, lib test, …); report the errors once.
            if (this.diagnostics.length > 0 || !this.brokenCrates.has(crate))
                this.buildFailed(crate, line, number);
            this.brokenCrates.add(crate);
            this.diagnostics = [];
            return true;
        }
        const header = CARGO_ERROR.test(line) ? undefined : DIAGNOSTIC.exec(line);
        if (header) {
            this.diagnostic = { header: line, line: number, lines: [line] };
            this.diagnostics.push(this.diagnostic);
            return true;
        }
        const current = this.diagnostic;
        if (!current)
            return false;
        if (!line.trim() || /^(warning|error)\b/.test(line)) {
            this.diagnostic = undefined;
            return false;
        }
        if (current.lines.length < MAX_BLOCK_LINES)
            current.lines.push(line);
        const at = DIAGNOSTIC_AT.exec(line);
        if (at && !current.location)
            current.location = (0,rust_panic/* location */.C5)(at[1] ?? '', at[2], at[3], this.context.workspace);
        return true;
    }
    buildFailed(crate, line, number) {
        const first = this.diagnostics[0];
        const text = [...this.diagnostics.flatMap((diagnostic) => [...diagnostic.lines, '']), line].join('\n');
        const error = (0,error_info/* buildErrorInfo */.fC)({ type: 'BuildError', message: first?.header ?? line, text }, this.context.workspace);
        error.frames = first?.location ? [(0,rust_panic/* frame */.Gt)(first.location)] : [];
        this.findings.summary.tests += 1;
        this.findings.summary.failed += 1;
        this.findings.failures.push({
            kind: 'test',
            flaky: false,
            test: { classname: crate, name: '(build failed)' },
            error,
            source: { path: this.context.path, line: first?.line ?? number },
        });
    }
}

;// CONCATENATED MODULE: ./src/parsers/cargo-test-binary.ts



// One test binary of a `cargo test` run, what it counted, and the failures reported against it:
// its target is the test's classname, its failed test's "---- name stdout ----" block the error.
const NO_PANIC = /^note: (test did not panic as expected)(?: at (.+?):(\d+):(\d+))?\s*$/;
const DOC_TEST_NAME = /^(\S+\.rs) - (?:.* )?\(line (\d+)\)(?: - .*)?$/;
// Lines rustdoc puts around a doc test's own output, which say nothing about the error.
const DOC_TEST_NOISE = /^(Test executable failed \(.*\)\.|stdout:|stderr:|Couldn't compile the test\.)$/;
function newBinary(parts = {}) {
    return {
        doc: false,
        started: false,
        startLine: 0,
        resulted: false,
        counts: { passed: 0, failed: 0, ignored: 0 },
        failed: new Set(),
        reported: new Set(),
        ...parts,
    };
}
/** "target/debug/deps/shop-1a2b3c4d5e6f7a8b" is the test binary of target "shop". */
function targetName(binary) {
    const base = binary.replace(/\\/g, '/').split('/').pop() ?? binary;
    return base.replace(/\.exe$/, '').replace(/-[0-9a-f]{16}$/, '');
}
/** libtest appends the test's mode to its name on the verdict line only. */
function testName(name) {
    return name.trim().replace(/ - (should panic|compile fail|compile)$/, '');
}
function count(line, word) {
    return Number(new RegExp(`(\\d+) ${word}\\b`).exec(line)?.[1] ?? 0);
}
function addVerdict(binary, name, verdict) {
    delete binary.pending;
    if (verdict === 'ok')
        binary.counts.passed += 1;
    else if (verdict === 'ignored')
        binary.counts.ignored += 1;
    else {
        binary.counts.failed += 1;
        binary.failed.add(name);
    }
}
/** The error in a failed test's output block. */
function blockProblem(lines, workspace) {
    const panicAt = lines.findIndex((line) => rust_panic/* PANIC */.IF.test(line));
    if (panicAt >= 0) {
        const panic = (0,rust_panic/* readPanic */.Km)(lines, panicAt, workspace);
        return { type: 'panic', message: panic.message, frames: (0,rust_panic/* withLocation */.w4)(panic.frames, panic.location) };
    }
    const noPanic = lines.map((line) => NO_PANIC.exec(line)).find(Boolean);
    if (noPanic) {
        const where = noPanic[2] ? [(0,rust_panic/* frame */.Gt)((0,rust_panic/* location */.C5)(noPanic[2], noPanic[3], noPanic[4], workspace))] : [];
        return { message: noPanic[1] ?? '', frames: where };
    }
    // A doc test that does not compile shows rustc's errors in its block.
    const compile = lines.findIndex((line) => DIAGNOSTIC.test(line));
    if (compile >= 0) {
        const at = lines
            .slice(compile)
            .map((line) => DIAGNOSTIC_AT.exec(line))
            .find(Boolean);
        const frames = at ? [(0,rust_panic/* frame */.Gt)((0,rust_panic/* location */.C5)(at[1] ?? '', at[2], at[3], workspace))] : [];
        return { type: 'BuildError', message: lines[compile] ?? '', frames };
    }
    const message = lines.find((line) => line.trim() && !DOC_TEST_NOISE.test(line.trim()))?.trim();
    return { message: message ?? 'test failed', frames: [] };
}
function testFailure(binary, name, problem, text, line, context) {
    const error = (0,error_info/* buildErrorInfo */.fC)({ type: problem.type, message: problem.message, text }, context.workspace);
    // The generic frame reader would take "at ./src/lib.rs:1:2" backtrace lines for V8 frames.
    error.frames = problem.frames;
    const test = { name };
    if (binary.suite)
        test.suite = binary.suite;
    if (binary.classname)
        test.classname = binary.classname;
    const doc = binary.doc ? DOC_TEST_NAME.exec(name) : null;
    if (doc) {
        test.file = (0,rust_panic/* cleanPath */.ts)(doc[1] ?? '', context.workspace);
        test.line = Number(doc[2]);
    }
    return { kind: 'test', flaky: false, test, error, source: { path: context.path, line } };
}
function blockFailure(binary, block, context) {
    const problem = blockProblem(block.lines, context.workspace);
    return testFailure(binary, block.name, problem, block.lines.join('\n'), block.line, context);
}
/** libtest's "test result:" line ends a binary's run with its own counts. */
function addResult(findings, binary, line, context) {
    const summary = findings.summary;
    const passed = count(line, 'passed');
    const failed = count(line, 'failed');
    const ignored = count(line, 'ignored');
    summary.tests += passed + failed + ignored;
    summary.passed += passed;
    summary.failed += failed;
    summary.skipped += ignored;
    summary.durationMs += Number(/finished in (\d+(?:\.\d+)?)s/.exec(line)?.[1] ?? 0) * 1000;
    // A test marked FAILED whose output block is missing still is a failure.
    for (const name of binary.failed) {
        if (!binary.reported.has(name))
            findings.failures.push(testFailure(binary, name, { message: 'test failed', frames: [] }, '', binary.startLine, context));
    }
    binary.resulted = true;
}
/** A binary that printed "running N tests" but never its result died on the way. */
function addCrash(findings, binary, context) {
    if (!binary.started || binary.resulted)
        return;
    const summary = findings.summary;
    const { passed, failed, ignored } = binary.counts;
    summary.tests += passed + failed + ignored + 1;
    summary.passed += passed;
    summary.failed += failed + 1;
    summary.skipped += ignored;
    const how = binary.crash ? `the test binary crashed (${binary.crash})` : 'the test binary stopped';
    const message = `${how} before its test result line`;
    const name = binary.pending ?? '(test binary crashed)';
    findings.failures.push(testFailure(binary, name, { message, frames: [] }, message, binary.startLine, context));
    binary.resulted = true;
}

// EXTERNAL MODULE: ./src/parsers/lines.ts
var parsers_lines = __nccwpck_require__(3723);
;// CONCATENATED MODULE: ./src/parsers/cargo-test.ts







// The plain text of `cargo test` (libtest's default "pretty" format), stdout and stderr together.
// One file holds several test binaries ("Running unittests src/lib.rs (…)", "Running
// tests/x.rs (…)", "Doc-tests name"), each printing "test a::b ... ok|FAILED|ignored", then a
// "failures:" section of "---- a::b stdout ----" blocks with the panic, then "test result: …".
// Counts come from libtest's own "test result:" lines; a binary that died before printing one
// (a signal, an abort) is counted from the verdicts it printed, plus one failure for the crash.
// Compiler errors that stop the build ("error: could not compile `x`") are one failure per crate.
// "Running unittests src/lib.rs (target/debug/deps/shop-1a2b…)", "Running tests/it.rs (…)",
// and before cargo 1.52 just "Running target/debug/deps/shop-1a2b…".
const RUNNING = /^\s*Running (?:unittests )?(.+?)(?: \((.+)\))?\s*$/;
const DOC_TESTS = /^\s*Doc-tests (\S+)\s*$/;
const RUNNING_COUNT = /^running (\d+) tests?$/;
// "test a::b ... ok", "test a::b ... ignored, reason", "test a::b - should panic ... FAILED",
// with `--report-time` "ok <0.001s>".
const VERDICT = /^test (.+?) \.\.\. (ok|FAILED|ignored)\b(?:, .*?)?(?: <\d+(?:\.\d+)?s>)?\s*$/;
// A test that started but whose verdict is not on the line: a crash, or its own output in between.
const STARTED = /^test (.+?) \.\.\. /;
const BLOCK = /^---- (.+) stdout ----$/;
const RESULT = /^test result: (ok|FAILED)\./;
const CRASH = /process didn't exit successfully: .*\((signal: .*|exit status: .*)\)\s*$/;
class CargoReader {
    context;
    summary = (0,model/* emptySummary */.CB)();
    failures = [];
    sawCargo = false;
    binary = newBinary();
    section;
    block;
    buildErrors;
    constructor(context) {
        this.context = context;
        this.buildErrors = new BuildErrors(context, this);
    }
    line(raw, number) {
        const line = (0,error_info/* stripAnsi */.aJ)(raw).replace(framing/* ACTIONS_TIMESTAMP */.tF, '');
        if (this.block && !this.endsBlock(line)) {
            if (this.block.lines.length < MAX_BLOCK_LINES)
                this.block.lines.push(line);
            return;
        }
        this.closeBlock();
        if (this.buildErrors.read(line, number))
            return;
        this.readRun(line, number);
    }
    endsBlock(line) {
        return BLOCK.test(line) || line === 'failures:' || line === 'successes:' || RESULT.test(line);
    }
    readRun(line, number) {
        const doc = DOC_TESTS.exec(line);
        const running = doc ? undefined : RUNNING.exec(line);
        if (doc || running) {
            this.finishBinary();
            this.sawCargo = true;
            const source = running?.[2] ? running[1] : undefined;
            const name = doc ? doc[1] : targetName(running?.[2] ?? running?.[1] ?? '');
            this.binary = newBinary({
                doc: Boolean(doc),
                ...(name ? { classname: name } : {}),
                ...(source ? { suite: source } : {}),
            });
            return;
        }
        if (RUNNING_COUNT.test(line)) {
            // A second "running N tests" with no "Running" line between: test binaries run by hand.
            if (this.binary.started) {
                this.finishBinary();
                this.binary = newBinary();
            }
            this.sawCargo = true;
            this.binary.started = true;
            this.binary.startLine = number;
            this.section = undefined;
            // Compiler errors before this run did not stop it: they were a different build.
            this.buildErrors.forget();
            return;
        }
        const verdict = VERDICT.exec(line);
        if (verdict) {
            addVerdict(this.binary, testName(verdict[1] ?? ''), verdict[2] ?? '');
            return;
        }
        // With --nocapture the test's own output can sit between its name and its verdict.
        if (this.binary.pending && /^(ok|FAILED|ignored)$/.test(line.trim())) {
            addVerdict(this.binary, this.binary.pending, line.trim());
            return;
        }
        const started = STARTED.exec(line);
        if (started && this.binary.started) {
            this.binary.pending = testName(started[1] ?? '');
            return;
        }
        if (line === 'failures:' || line === 'successes:') {
            this.section = line === 'failures:' ? 'failures' : 'successes';
            return;
        }
        const block = BLOCK.exec(line);
        if (block) {
            const name = block[1] ?? '';
            const failure = this.section === 'failures' || (this.section === undefined && this.binary.failed.has(name));
            this.block = { name, line: number, lines: [], failure };
            return;
        }
        if (RESULT.test(line)) {
            this.result(line);
            return;
        }
        const crash = CRASH.exec(line);
        if (crash && this.binary.started && !this.binary.resulted)
            this.binary.crash = crash[1] ?? '';
    }
    result(line) {
        this.sawCargo = true;
        addResult(this, this.binary, line, this.context);
        this.section = undefined;
    }
    finishBinary() {
        this.closeBlock();
        addCrash(this, this.binary, this.context);
    }
    closeBlock() {
        const block = this.block;
        this.block = undefined;
        if (!block?.failure)
            return;
        this.binary.reported.add(block.name);
        this.failures.push(blockFailure(this.binary, block, this.context));
    }
}
const cargoTestParser = {
    format: 'cargo-test',
    description: 'cargo test output (libtest pretty format), with panics, backtraces and build failures',
    sniff(head) {
        const text = (0,error_info/* stripAnsi */.aJ)(head).replace(new RegExp(framing/* ACTIONS_TIMESTAMP */.tF.source, 'gm'), '');
        // JUnit XML, JSON and TAP can quote test output; what they start with tells them apart.
        if (/^\s*(<|\{|\[|TAP version|1\.\.\d|(not )?ok \d)/.test(text))
            return false;
        return (/^running \d+ tests?$/m.test(text) ||
            /^test result: (ok|FAILED)\. \d+ passed/m.test(text) ||
            /^\s+(Running (unittests )?\S+.*\(.*\)|Doc-tests \S+)$/m.test(text) ||
            (/^\s+Compiling \S+ v\d/m.test(text) && /^error: could not compile `/m.test(text)));
    },
    async parse(chunks, context) {
        const reader = new CargoReader(context);
        let number = 0;
        for await (const line of (0,parsers_lines/* linesOf */.D)(chunks)) {
            number += 1;
            reader.line(line, number);
        }
        reader.finishBinary();
        if (!reader.sawCargo)
            throw new errors/* ParseError */.mB(context.path, 'no cargo test output found ("running N tests" or "test result:")', 1, 1);
        const summary = { ...reader.summary, durationMs: Math.round(reader.summary.durationMs) };
        return { summary, failures: reader.failures };
    },
};

;// CONCATENATED MODULE: ./src/parsers/json-document-position.ts
// Where a JSON document stops being valid. JSON.parse names a character offset for some errors
// and not for others, and the wording changes between Node versions (Node 20 says only
// `Unexpected token ','` for "[,]"; Node 22 adds the line and column). So after JSON.parse has
// failed, the text is scanned once more by this small grammar check (RFC 8259), which gives
// the same position on every Node version. It runs only on a document already known to be bad.
/** Line and column (both 1-based) of a character offset in `text`. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.max(0, Math.min(offset, text.length));
    for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
        line += 1;
        lineStart = index + 1;
    }
    return { line, column: end - lineStart + 1 };
}
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const HEX_DIGIT = /^[0-9a-fA-F]$/;
const isDigit = (char) => char !== undefined && char >= '0' && char <= '9';
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = ['true', 'false', 'null'];
function scanString(text, start) {
    let index = start + 1;
    while (index < text.length) {
        const char = text[index] ?? '';
        if (char === '"')
            return { end: index + 1 };
        if (char.charCodeAt(0) < 0x20)
            return { bad: index };
        if (char === '\\') {
            const escaped = text[index + 1] ?? '';
            if (escaped === 'u') {
                for (let digit = index + 2; digit < index + 6; digit += 1)
                    if (!HEX_DIGIT.test(text[digit] ?? ''))
                        return { bad: Math.min(digit, text.length) };
                index += 6;
            }
            else if (ESCAPES.has(escaped))
                index += 2;
            else
                return { bad: index + 1 };
            continue;
        }
        index += 1;
    }
    return { bad: text.length };
}
// -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, stopping where a digit is missing.
function scanNumber(text, start) {
    let index = start;
    const digits = () => {
        const first = index;
        while (isDigit(text[index]))
            index += 1;
        return index > first;
    };
    if (text[index] === '-')
        index += 1;
    if (text[index] === '0')
        index += 1;
    else if (!digits())
        return { bad: index };
    if (text[index] === '.') {
        index += 1;
        if (!digits())
            return { bad: index };
    }
    if (text[index] === 'e' || text[index] === 'E') {
        index += 1;
        if (text[index] === '+' || text[index] === '-')
            index += 1;
        if (!digits())
            return { bad: index };
    }
    return { end: index };
}
function scanLiteral(text, start) {
    const literal = LITERALS.find((word) => word[0] === text[start]);
    if (!literal)
        return { bad: start };
    for (let offset = 1; offset < literal.length; offset += 1)
        if (text[start + offset] !== literal[offset])
            return { bad: start + offset };
    return { end: start + literal.length };
}
function scanScalar(text, start) {
    const char = text[start] ?? '';
    if (char === '"')
        return scanString(text, start);
    if (char === '-' || (char >= '0' && char <= '9'))
        return scanNumber(text, start);
    return scanLiteral(text, start);
}
/** The offset of the first character that breaks JSON's grammar, or undefined for valid JSON. */
function syntaxErrorOffset(text) {
    const open = [];
    let expected = 'value';
    let index = 0;
    const afterValue = () => (open.length ? 'comma-or-close' : 'end');
    while (true) {
        while (WHITESPACE.has(text[index] ?? ''))
            index += 1;
        if (index >= text.length)
            return expected === 'end' ? undefined : text.length;
        const char = text[index] ?? '';
        if (expected === 'end')
            return index;
        if (expected === 'colon') {
            if (char !== ':')
                return index;
            index += 1;
            expected = 'value';
            continue;
        }
        // Only a closer that matches the innermost open bracket, where a closer may stand.
        const closes = (char === '}' && open.at(-1) === '{') || (char === ']' && open.at(-1) === '[');
        if (closes && expected !== 'key' && expected !== 'value') {
            open.pop();
            index += 1;
            expected = afterValue();
            continue;
        }
        if (expected === 'comma-or-close') {
            if (char !== ',')
                return index;
            index += 1;
            expected = open.at(-1) === '{' ? 'key' : 'value';
            continue;
        }
        if (expected === 'key' || expected === 'key-or-close') {
            if (char !== '"')
                return index;
            const key = scanString(text, index);
            if ('bad' in key)
                return key.bad;
            index = key.end;
            expected = 'colon';
            continue;
        }
        // A value.
        if (char === '{' || char === '[') {
            open.push(char);
            index += 1;
            expected = char === '{' ? 'key-or-close' : 'value-or-close';
            continue;
        }
        const scalar = scanScalar(text, index);
        if ('bad' in scalar)
            return scalar.bad;
        index = scalar.end;
        expected = afterValue();
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-document.ts


// The JSON report formats (jest --json, mocha, CTRF, Playwright, RSpec) are read whole: these
// reports are small next to JUnit's, and JSON.parse is far faster than a streaming parser.
// A size cap keeps a runaway file from exhausting memory, and a syntax error is reported
// with its line and column so the user can open the file at the spot.
const MAX_JSON_CHARS = 256 * 1024 * 1024;
/**
 * Reads a whole JSON document from a stream of text chunks. Throws a ParseError naming
 * `path` when the text is larger than the cap, or is not valid JSON (with the line and
 * column where the parser stopped). A leading byte-order mark is ignored.
 */
async function readJsonDocument(chunks, path, options = {}) {
    const maxChars = options.maxChars ?? MAX_JSON_CHARS;
    const parts = [];
    let length = 0;
    for await (const chunk of chunks) {
        length += chunk.length;
        if (length > maxChars)
            throw new errors/* ParseError */.mB(path, `larger than ${formatSize(maxChars)}; the JSON reader holds a report in memory`);
        parts.push(chunk);
    }
    let text = parts.join('');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw syntaxError(text, path, error);
    }
}
// V8's wording differs between Node versions and quotes the document; the scan's does not.
function syntaxError(text, path, cause) {
    const offset = syntaxErrorOffset(text);
    if (offset === undefined)
        return new errors/* ParseError */.mB(path, `invalid JSON: ${(0,errors/* errorMessage */.gJ)(cause).split('\n')[0]}`, undefined, undefined, {
            cause,
        });
    const { line, column } = positionAt(text, offset);
    const found = text[offset];
    const message = found === undefined
        ? 'invalid JSON: the document ends early (a truncated file?)'
        : `invalid JSON: unexpected ${JSON.stringify(found)}`;
    return new errors/* ParseError */.mB(path, message, line, column, { cause });
}
function formatSize(chars) {
    const mib = chars / 1024 / 1024;
    return Number.isInteger(mib) ? `${mib} MiB` : `${chars} characters`;
}
/** A plain JSON object (not an array or null), for narrowing parsed documents. */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A string field of a parsed document; anything else is treated as absent. */
function jsonString(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A count, duration or line of a parsed document: a finite number, not negative. */
function jsonNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

// EXTERNAL MODULE: ./src/parsers/xml-stream.ts + 5 modules
var xml_stream = __nccwpck_require__(4977);
;// CONCATENATED MODULE: ./src/parsers/bounded-text.ts

// What a failing test printed is kept for the issue and the payloads, not for a full log:
// 8 KiB (UTF-8 bytes) per stream, as its start and its end, is where the cause usually shows.
// Every report format bounds captured output this way (JUnit's system-out, JSON reporters' arrays).
const MAX_OUTPUT_BYTES = 8192;
const HEAD_BYTES = 4096;
// The tail leaves room for the marker that says how much was cut.
const TAIL_BYTES = MAX_OUTPUT_BYTES - HEAD_BYTES - 64;
function utf8Head(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let end = maxBytes;
    // Step back to the first byte of a character, so no character is cut in half.
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end -= 1;
    return bytes.subarray(0, end).toString('utf8');
}
function utf8Tail(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let start = bytes.length - maxBytes;
    while (start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80)
        start += 1;
    return bytes.subarray(start).toString('utf8');
}
/**
 * Text of unknown length, kept as its head and a rolling tail. It never holds more than
 * HEAD_BYTES + 2 * TAIL_BYTES characters, however long the text grows (a 50 MB system-out).
 */
class BoundedText {
    head = '';
    tail = '';
    bytes = 0;
    append(text) {
        if (!text)
            return;
        this.bytes += Buffer.byteLength(text, 'utf8');
        let rest = text;
        // A character is at least one byte, so HEAD_BYTES characters always cover HEAD_BYTES bytes.
        if (this.head.length < HEAD_BYTES) {
            const room = HEAD_BYTES - this.head.length;
            this.head += rest.slice(0, room);
            rest = rest.slice(room);
            if (this.head.length >= HEAD_BYTES)
                this.head = (0,xml_stream/* detach */.Yo)(this.head);
        }
        if (!rest)
            return;
        this.tail += rest;
        // Trimming only once the tail is twice its size keeps appends amortized O(1).
        if (this.tail.length > 2 * TAIL_BYTES)
            this.tail = (0,xml_stream/* detach */.Yo)(this.tail.slice(-TAIL_BYTES));
    }
    /** Characters held now, whatever the length of the text: what the memory bound is about. */
    get retainedLength() {
        return this.head.length + this.tail.length;
    }
    get empty() {
        return this.bytes === 0;
    }
    /** The whole text if it fits, or its head and tail around a marker; `cut` says which. */
    value() {
        if (this.bytes <= MAX_OUTPUT_BYTES)
            return { text: (0,xml_stream/* detach */.Yo)(this.head + this.tail), cut: false };
        const head = utf8Head(this.head, HEAD_BYTES);
        const tail = utf8Tail(this.head.length < HEAD_BYTES ? this.head + this.tail : this.tail, TAIL_BYTES);
        const kept = Buffer.byteLength(head, 'utf8') + Buffer.byteLength(tail, 'utf8');
        return { text: (0,xml_stream/* detach */.Yo)(`${head}\n… [${this.bytes - kept} bytes cut] …\n${tail}`), cut: true };
    }
}

;// CONCATENATED MODULE: ./src/parsers/json-document-output.ts


// What a test printed, as JSON reports keep it (Playwright's stdout/stderr entries, CTRF's
// string arrays), cut to a bound: a test that logs megabytes must not make every payload and
// issue body that large. The head shows how it started and the tail how it ended, which is
// where the useful lines of a failing test's output usually are.

function boundedStream(text) {
    const bounded = new BoundedText();
    bounded.append(text);
    const { text: kept, cut } = bounded.value();
    return { text: kept, truncated: cut };
}
/**
 * The output to keep on a failure, or undefined when the test printed nothing. Streams are
 * joined as printed, ANSI colours removed; an empty stream is left out.
 */
function capturedOutput(stdout, stderr) {
    const output = {};
    let truncated = false;
    for (const [name, raw] of [
        ['stdout', stdout],
        ['stderr', stderr],
    ]) {
        const text = (0,error_info/* stripAnsi */.aJ)(raw);
        if (!text.trim())
            continue;
        const bounded = boundedStream(text);
        output[name] = bounded.text;
        truncated ||= bounded.truncated;
    }
    if (truncated)
        output.truncated = true;
    return output.stdout === undefined && output.stderr === undefined ? undefined : output;
}
/** The strings of a JSON array as printed text: each entry is a line unless it ends one itself. */
function joinedLines(value) {
    if (!Array.isArray(value))
        return '';
    return value
        .filter((entry) => typeof entry === 'string')
        .map((entry) => (entry.endsWith('\n') ? entry : `${entry}\n`))
        .join('');
}

;// CONCATENATED MODULE: ./src/parsers/ctrf-failure.ts



// A trace whose first line is already a frame ("at fn (file:1:2)", 'File "x.py", line 3')
// carries no "Type: message" header: the header is in `message`.
const FRAME_FIRST = /^\s*(?:at |File "|❯ )/;
const HEADER_REST = /^\s*[A-Za-z_$][\w$.]*(?: \[[\w_]+\])?: ?(.*)$/;
function firstLine(value) {
    return (value
        .split(/\r?\n/)
        .find((line) => line.trim())
        ?.trim() ?? '');
}
/**
 * The error of a failed test or attempt. Writers split it differently: mocha's reporter keeps
 * the whole stack in `trace` and writes `message` as "TypeError Cannot read …" (name, a space,
 * message); jest's puts "TypeError: Cannot read …" in `message` and only the frames in `trace`.
 */
function ctrfErrorInfo(message, trace, fallback, workspace) {
    const stack = trace?.trim() ? trace : undefined;
    const headerless = stack === undefined || FRAME_FIRST.test(firstLine((0,error_info/* stripAnsi */.aJ)(stack)));
    const body = headerless ? [message, stack].filter((part) => part?.trim()).join('\n') : stack;
    // With no message, the trace's "Type: message" header gives one; a bare list of frames cannot.
    const given = message?.trim() ? message : headerless ? fallback : undefined;
    const info = (0,error_info/* buildErrorInfo */.fC)({ message: given, text: body }, workspace);
    // "TypeError Cannot read …" when the trace says "TypeError: Cannot read …": drop the name.
    const type = info.type;
    if (type && stack && !headerless && info.message.startsWith(`${type} `)) {
        const rest = info.message.slice(type.length + 1);
        if (HEADER_REST.exec(firstLine((0,error_info/* stripAnsi */.aJ)(stack)))?.[1]?.trim() === rest.trim())
            info.message = rest;
    }
    return info;
}
/** Duration and output of a failed test, or of a flaky test's last failed attempt. */
function runDetails(test, attempt) {
    const printed = attempt ?? test;
    const duration = jsonNumber(printed.duration) ?? jsonNumber(test.duration);
    const output = capturedOutput(joinedLines(printed.stdout), joinedLines(printed.stderr));
    return {
        ...(duration === undefined ? {} : { durationMs: Math.round(duration) }),
        ...(output ? { output } : {}),
    };
}

// EXTERNAL MODULE: ./src/parsers/paths.ts
var paths = __nccwpck_require__(4720);
;// CONCATENATED MODULE: ./src/parsers/ctrf.ts





const FAILURE_STATUS = /fail|error|broken|crash|timed ?out|timeout|interrupt|abort/i;
function suiteOf(suite) {
    if (typeof suite === 'string')
        return suite.trim() || undefined;
    if (Array.isArray(suite)) {
        const parts = suite.filter((part) => typeof part === 'string' && part.trim() !== '');
        return parts.length ? parts.join(' › ') : undefined;
    }
    return undefined;
}
function testRef(test, workspace) {
    const suite = suiteOf(test.suite);
    const file = jsonString(test.filePath);
    const line = jsonNumber(test.line);
    return {
        name: jsonString(test.name) || '(unnamed test)',
        ...(suite ? { suite } : {}),
        ...(file ? { file: (0,paths/* relativeToWorkspace */.T)(file, workspace) } : {}),
        ...(line ? { line } : {}),
    };
}
function outcomeOf(test) {
    const status = jsonString(test.status);
    if (status === 'passed' || status === 'failed')
        return status;
    if (status === 'skipped' || status === 'pending')
        return 'skipped';
    // `other`, or a status outside the spec: failed only if the tool's own status says so.
    const raw = jsonString(test.rawStatus) ?? (status === 'other' ? '' : (status ?? ''));
    return FAILURE_STATUS.test(raw) ? 'failed' : 'skipped';
}
function attemptsOf(test) {
    return Array.isArray(test.retryAttempts)
        ? test.retryAttempts.filter((attempt) => isJsonObject(attempt))
        : [];
}
function read(results, context) {
    const tests = results.tests.filter((test) => isJsonObject(test));
    const summary = (0,model/* emptySummary */.CB)();
    const failures = [];
    let testDurations = 0;
    for (const test of tests) {
        summary.tests += 1;
        testDurations += jsonNumber(test.duration) ?? 0;
        const outcome = outcomeOf(test);
        const attempts = attemptsOf(test);
        const failedAttempts = attempts.filter((attempt) => jsonString(attempt.status) === 'failed');
        const retries = jsonNumber(test.retries) ?? Math.max(attempts.length - 1, 0);
        if (outcome === 'skipped') {
            summary.skipped += 1;
            continue;
        }
        if (outcome === 'passed') {
            summary.passed += 1;
            const flaky = typeof test.flaky === 'boolean' ? test.flaky : retries > 0 || failedAttempts.length > 0;
            if (!flaky)
                continue;
            summary.flaky += 1;
            const last = failedAttempts.at(-1);
            const retried = retries > 0
                ? `passed after ${retries} ${retries === 1 ? 'retry' : 'retries'}`
                : 'passed, and is marked flaky';
            failures.push({
                kind: 'test',
                flaky: true,
                test: testRef(test, context.workspace),
                error: last
                    ? ctrfErrorInfo(jsonString(last.message), jsonString(last.trace), retried, context.workspace)
                    : { message: retried, frames: [] },
                source: { path: context.path },
                ...runDetails(test, last),
            });
            continue;
        }
        summary.failed += 1;
        const status = jsonString(test.rawStatus) ?? jsonString(test.status) ?? 'failed';
        failures.push({
            kind: 'test',
            flaky: false,
            test: testRef(test, context.workspace),
            error: ctrfErrorInfo(jsonString(test.message), jsonString(test.trace), `the test ended "${status}" with no message`, context.workspace),
            source: { path: context.path },
            ...runDetails(test),
        });
    }
    const reported = isJsonObject(results.summary) ? results.summary : {};
    const start = jsonNumber(reported.start);
    const stop = jsonNumber(reported.stop);
    summary.durationMs = Math.round(jsonNumber(reported.duration) ??
        (start !== undefined && stop !== undefined && stop >= start ? stop - start : testDurations));
    return { summary, failures };
}
const ctrfParser = {
    format: 'ctrf',
    description: 'CTRF (Common Test Report Format) JSON',
    sniff: (head) => /^\s*\{/.test(head) &&
        (/"reportFormat"\s*:\s*"CTRF"/.test(head) ||
            (/"results"\s*:\s*\{/.test(head) && /"tool"\s*:\s*\{/.test(head))),
    async parse(chunks, context) {
        const document = await readJsonDocument(chunks, context.path);
        const results = isJsonObject(document) ? document.results : undefined;
        if (!isJsonObject(results) || !Array.isArray(results.tests))
            throw new errors/* ParseError */.mB(context.path, 'no results.tests array: not a CTRF report', 1, 1);
        return read(results, context);
    },
};

;// CONCATENATED MODULE: ./src/parsers/go-test-json.ts





const MAX_OUTPUT_LINES = 400;
const HEADER = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):|PASS$|FAIL$|ok\s|FAIL\s)/;
/** Go's goroutine dumps print a function line, then its file and line: "pkg.Fn(…)\n\t/path/f.go:12 +0x1d". */
function goFrames(output, workspace) {
    const frames = [];
    for (let index = 1; index < output.length; index += 1) {
        const location = /^\s+(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?\s*$/.exec(output[index] ?? '');
        const fn = /^\s*([\w./*()\-[\]]+?)\(.*\)\s*$/.exec(output[index - 1] ?? '');
        if (!location || !fn)
            continue;
        const file = (0,paths/* relativeToWorkspace */.T)(location[1] ?? '', workspace);
        const name = fn[1] ?? '';
        const library = /(^|\/)(go|golang)(-[\d.]+)?\/src\//.test(location[1] ?? '') ||
            /^(runtime|testing|reflect|sync|syscall)\./.test(name) ||
            file.includes('/pkg/mod/');
        frames.push({ file, line: Number(location[2]), function: name, inApp: !library });
    }
    return frames;
}
class GoReader {
    context;
    summary = (0,model/* emptySummary */.CB)();
    failures = [];
    tests = new Map();
    packageOutput = new Map();
    failingPackages = new Set();
    constructor(context) {
        this.context = context;
    }
    event(event, line) {
        // A build's ImportPath names the test variant, "x/y [x/y.test]": the package is "x/y".
        const pkg = (event.Package ?? event.ImportPath ?? '').replace(/ \[.*\]$/, '');
        if (event.Action === 'build-output' || (event.Action === 'output' && !event.Test)) {
            const lines = this.packageOutput.get(pkg) ?? [];
            if (lines.length < MAX_OUTPUT_LINES)
                lines.push((event.Output ?? '').replace(/\n$/, ''));
            this.packageOutput.set(pkg, lines);
            return;
        }
        if (!event.Test) {
            if (event.Action === 'fail' || event.Action === 'build-fail')
                this.packageFailed(pkg, event, line);
            return;
        }
        const key = `${pkg}\u0000${event.Test}`;
        const state = this.tests.get(key) ?? { output: [], line, hasSubtests: false };
        this.tests.set(key, state);
        const slash = event.Test.lastIndexOf('/');
        if (slash > 0) {
            const parent = this.tests.get(`${pkg}\u0000${event.Test.slice(0, slash)}`);
            if (parent)
                parent.hasSubtests = true;
        }
        if (event.Action === 'output') {
            if (state.output.length < MAX_OUTPUT_LINES)
                state.output.push((event.Output ?? '').replace(/\n$/, ''));
            return;
        }
        if (event.Action !== 'pass' && event.Action !== 'fail' && event.Action !== 'skip')
            return;
        this.summary.tests += 1;
        this.summary.durationMs += (event.Elapsed ?? 0) * 1000;
        if (event.Action === 'pass')
            this.summary.passed += 1;
        else if (event.Action === 'skip')
            this.summary.skipped += 1;
        else {
            this.summary.failed += 1;
            this.failingPackages.add(pkg);
            const own = state.output.filter((text) => !HEADER.test(text) && text.trim() !== '');
            if (!(state.hasSubtests && own.length === 0))
                this.failures.push(this.failure(pkg, event.Test, state, own));
        }
        this.tests.delete(key);
    }
    failure(pkg, test, state, own) {
        const panic = own.findIndex((text) => /^\s*panic: /.test(text));
        const first = (panic >= 0 ? own[panic] : own[0]) ?? 'failed';
        const located = /^\s*([\w./-]+\.go):(\d+): (.*)$/.exec(first);
        const message = panic >= 0
            ? first.replace(/^\s*panic: /, '').replace(/ \[recovered\]$/, '')
            : (located?.[3] ?? first.trim());
        const error = (0,error_info/* buildErrorInfo */.fC)({ ...(panic >= 0 ? { type: 'panic' } : {}), message, text: own.join('\n') }, this.context.workspace);
        const frames = goFrames(own, this.context.workspace);
        if (frames.length > 0)
            error.frames = frames;
        else if (located)
            error.frames = [{ file: located[1] ?? '', line: Number(located[2]), function: test, inApp: true }];
        return {
            kind: 'test',
            flaky: false,
            test: {
                suite: pkg,
                classname: pkg,
                name: test,
                ...(located ? { file: located[1] ?? '', line: Number(located[2]) } : {}),
            },
            error,
            source: { path: this.context.path, line: state.line },
        };
    }
    packageFailed(pkg, event, line) {
        if (this.failingPackages.has(pkg))
            return;
        this.failingPackages.add(pkg);
        const output = this.packageOutput.get(pkg) ?? [];
        const build = event.Action === 'build-fail' ||
            Boolean(event.FailedBuild) ||
            output.some((text) => /\[build failed\]|\[setup failed\]/.test(text));
        const detail = output.filter((text) => text.trim() && !/^(FAIL|ok)\s/.test(text) && !/^# /.test(text));
        if (detail.length === 0 && build)
            detail.push('the package did not build (go test printed the compiler errors on stderr)');
        this.summary.tests += 1;
        this.summary.failed += 1;
        this.failures.push({
            kind: 'test',
            flaky: false,
            test: { suite: pkg, classname: pkg, name: build ? '(build failed)' : '(package failed)' },
            error: (0,error_info/* buildErrorInfo */.fC)({
                ...(build ? { type: 'BuildError' } : {}),
                message: detail[0]?.trim() ?? 'the package failed',
                text: detail.join('\n'),
            }, this.context.workspace),
            source: { path: this.context.path, line },
        });
    }
}
const goTestJsonParser = {
    format: 'go-test-json',
    description: 'go test -json (test2json), with build failures and panics',
    sniff: (head) => /^\{"(Time|ImportPath|Action)":.*"Action":"(start|run|output|pass|fail|skip|build-output|build-fail)"/m.test(head),
    async parse(chunks, context) {
        const reader = new GoReader(context);
        let number = 0;
        for await (const line of (0,parsers_lines/* linesOf */.D)(chunks)) {
            number += 1;
            if (!line.trim())
                continue;
            // Before Go 1.24 a build failure is a bare "FAIL\tpkg [build failed]" line (the compiler's
            // errors go to stderr); test2json also passes through lines it cannot frame. Keep going.
            if (!line.startsWith('{')) {
                const failed = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]/.exec(line);
                if (failed)
                    reader.event({ Action: 'build-fail', Package: failed[1] ?? '', Output: line }, number);
                continue;
            }
            let event;
            try {
                event = JSON.parse(line);
            }
            catch (error) {
                throw new errors/* ParseError */.mB(context.path, `invalid JSON event: ${error.message}`, number, 1);
            }
            reader.event(event, number);
        }
        return {
            summary: { ...reader.summary, durationMs: Math.round(reader.summary.durationMs) },
            failures: reader.failures,
        };
    },
};

;// CONCATENATED MODULE: ./src/parsers/jest-json.ts





// The jest --json format, which Vitest's JSON reporter writes too: testResults[] per file with
// assertionResults[] per test. A file that failed with no test in it (an import or compile
// error, a failing beforeAll) is a failure of its own, counted as one more failed test.
// The document is read whole, by the shared JSON reader (size cap, line and column of errors).
const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled', 'focused']);
function jest_json_read(results, context) {
    const summary = (0,model/* emptySummary */.CB)();
    const failures = [];
    for (const file of results) {
        const path = file.name ? (0,paths/* relativeToWorkspace */.T)(file.name, context.workspace) : undefined;
        const tests = file.assertionResults ?? [];
        for (const test of tests) {
            summary.tests += 1;
            summary.durationMs += test.duration ?? 0;
            const status = test.status ?? '';
            const retried = (test.retryReasons ?? []).length > 0;
            if (SKIPPED.has(status))
                summary.skipped += 1;
            else if (status === 'passed') {
                summary.passed += 1;
                if (retried)
                    summary.flaky += 1;
            }
            else
                summary.failed += 1;
            const messages = status === 'failed'
                ? test.failureMessages
                : status === 'passed' && retried
                    ? test.retryReasons
                    : undefined;
            if (!messages)
                continue;
            failures.push({
                kind: 'test',
                flaky: status === 'passed',
                test: {
                    name: [...(test.ancestorTitles ?? []), test.title ?? ''].join(' > '),
                    ...(path ? { file: path, classname: path } : {}),
                    ...(test.location?.line ? { line: test.location.line } : {}),
                },
                error: (0,error_info/* buildErrorInfo */.fC)({ text: messages.join('\n\n') }, context.workspace),
                source: { path: context.path },
                ...(typeof test.duration === 'number' && test.duration >= 0
                    ? { durationMs: Math.round(test.duration) }
                    : {}),
            });
        }
        if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
            summary.tests += 1;
            summary.failed += 1;
            failures.push({
                kind: 'test',
                flaky: false,
                test: { name: '(test file failed to run)', ...(path ? { file: path, classname: path } : {}) },
                error: (0,error_info/* buildErrorInfo */.fC)({ text: file.message || 'the test file failed with no test result' }, context.workspace),
                source: { path: context.path },
            });
        }
    }
    summary.durationMs = Math.round(summary.durationMs);
    return { summary, failures };
}
const jestJsonParser = {
    format: 'jest-json',
    description: 'jest --json and Vitest --reporter=json',
    sniff: (head) => /^\s*\{/.test(head) && /"(numTotalTests|numTotalTestSuites)"\s*:/.test(head),
    async parse(chunks, context) {
        const document = await readJsonDocument(chunks, context.path);
        const results = isJsonObject(document) ? document.testResults : undefined;
        if (!Array.isArray(results))
            throw new errors/* ParseError */.mB(context.path, 'no testResults array: not a jest or Vitest JSON report', 1, 1);
        return jest_json_read(results.filter(isJsonObject), context);
    },
};

// EXTERNAL MODULE: ./src/parsers/stack-frames.ts
var stack_frames = __nccwpck_require__(5991);
;// CONCATENATED MODULE: ./src/parsers/junit-dialect.ts



function nonEmptyLines(text) {
    return (0,parsers_lines/* splitLines */.u)(text).filter((line) => line.trim() !== '');
}
function junit_dialect_location(file, line, workspace, fn) {
    const frame = {
        file: (0,paths/* relativeToWorkspace */.T)(file, workspace),
        ...(line ? { line: Number(line) } : {}),
        ...(fn ? { function: fn } : {}),
    };
    return { ...frame, inApp: (0,stack_frames/* isInApp */.bf)(frame) };
}

;// CONCATENATED MODULE: ./src/parsers/junit-dialect-go.ts



// gotestsum puts the test's `go test -v` output in the element, framed by "=== RUN" and
// "--- FAIL" lines; go-junit-report writes the output alone, with message="Failed". Both are read
// the way go-test-json reads the same output.
const GO_FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):|PASS$|FAIL$|ok\s|FAIL\s)/;
const GO_LOCATED = /^\s*([\w./-]+\.go):(\d+): (.*)$/;
/** Whether a failure was written by gotestsum or go-junit-report, from `go test -v` output. */
function isGoTestProblem(problem) {
    const framed = /^\s*=== RUN /.test(problem.text);
    return framed || (problem.message === 'Failed' && GO_LOCATED.test(nonEmptyLines(problem.text)[0] ?? ''));
}
const goTestDialect = {
    name: 'go test (gotestsum, go-junit-report)',
    readError(problem, context) {
        if (!isGoTestProblem(problem))
            return undefined;
        const own = nonEmptyLines(problem.text).filter((line) => !GO_FRAMING.test(line));
        if (own.length === 0)
            return null;
        const panic = own.findIndex((line) => /^\s*panic: /.test(line));
        const first = (panic >= 0 ? own[panic] : own[0]) ?? '';
        const located = GO_LOCATED.exec(first);
        const message = panic >= 0
            ? first.replace(/^\s*panic: /, '').replace(/ \[recovered\]$/, '')
            : (located?.[3] ?? first.trim());
        const error = (0,error_info/* buildErrorInfo */.fC)({ ...(panic >= 0 ? { type: 'panic' } : {}), message, text: own.join('\n') }, context.workspace);
        const frames = goFrames(own, context.workspace);
        if (frames.length > 0)
            error.frames = frames;
        else if (located?.[1])
            error.frames = [junit_dialect_location(located[1], located[2], context.workspace, context.test.name)];
        return error;
    },
};

;// CONCATENATED MODULE: ./src/parsers/junit-dialect-catch2.ts


// Catch2's JUnit reporter names the assertion macro as the type and ends with "at file:LINE".
const CATCH2_AT = /^at (.+):(\d+)\s*$/m;
const catch2Dialect = {
    name: 'Catch2',
    readError(problem, context) {
        // Every failure passes here: the cheap test first.
        if (!problem.text.includes('FAILED:'))
            return undefined;
        const at = CATCH2_AT.exec(problem.text);
        if (!at?.[1] || !/^\s*FAILED:\s*$/m.test(problem.text))
            return undefined;
        const error = (0,error_info/* buildErrorInfo */.fC)(problem, context.workspace);
        error.frames = [junit_dialect_location(at[1], at[2], context.workspace)];
        return error;
    },
};

;// CONCATENATED MODULE: ./src/parsers/junit-dialect-output.ts


// CTest leaves <failure> empty and Bazel writes only "exited with error code 1": the cause is in
// what the test printed. A raised exception is named by its last "Type: message" line (Python
// prints it last); a C/C++ assertion by the line after "file:LINE: FAILED:".
const EXCEPTION_LINE = /^([A-Za-z_][\w.]*(?:Error|Exception|Failure))(?::\s*(.*))?$/;
const FAILED_AT = /^(\S+):(\d+): FAILED:\s*$/;
const GENERIC_MESSAGE = /^(|exited with error code \d+|failed|failure|error)$/i;
const outputDialect = {
    name: 'output only (CTest, Bazel)',
    readError(problem, context) {
        // Every failure passes here: the element's own text, nearly always there, rules it out first.
        if (problem.text.trim() !== '')
            return undefined;
        const output = [context.output?.stdout, context.output?.stderr].filter(Boolean).join('\n');
        if (output === '')
            return undefined;
        const lines = nonEmptyLines(output).map((line) => line.trim());
        const exception = lines.map((line) => EXCEPTION_LINE.exec(line)).findLast(Boolean);
        const failedAt = lines.findIndex((line) => FAILED_AT.test(line));
        const declared = (problem.message ?? '').trim();
        const message = (GENERIC_MESSAGE.test(declared) ? undefined : declared) ??
            exception?.[2] ??
            (failedAt >= 0 ? lines[failedAt + 1] : undefined) ??
            (declared || 'failed');
        const error = (0,error_info/* buildErrorInfo */.fC)({ type: problem.type || exception?.[1], message, text: output }, context.workspace);
        const at = failedAt >= 0 ? FAILED_AT.exec(lines[failedAt] ?? '') : null;
        if (error.frames.length === 0 && at?.[1])
            error.frames = [junit_dialect_location(at[1], at[2], context.workspace)];
        return error;
    },
};

;// CONCATENATED MODULE: ./src/parsers/junit-dialect-phpunit.ts



// PHPUnit starts the text with the test's id ("CartTest::testDiscount with data set …") and
// ends it with bare "file.php:LINE" frames, innermost first.
const PHP_FRAME = /^\s*(\S+\.php):(\d+)\s*$/;
const phpunitDialect = {
    name: 'PHPUnit',
    readError(problem, context) {
        const { classname } = context.test;
        const text = problem.text.trimStart();
        if (!classname || !text.startsWith(`${classname}::`))
            return undefined;
        const [, ...rest] = (0,parsers_lines/* splitLines */.u)(text);
        const error = (0,error_info/* buildErrorInfo */.fC)({ ...problem, text: rest.join('\n') }, context.workspace);
        const frames = rest.flatMap((line) => {
            const match = PHP_FRAME.exec(line);
            return match?.[1] ? [junit_dialect_location(match[1], match[2], context.workspace)] : [];
        });
        if (frames.length > 0)
            error.frames = frames;
        return error;
    },
};

;// CONCATENATED MODULE: ./src/parsers/junit-dialect-rust.ts





// cargo-nextest puts the test's panic in the element: "thread 'name' panicked at file:L:C:"
// (Rust 1.73+) with the message on the lines after it, and a backtrace when RUST_BACKTRACE is set.
const PANIC_AT = /^thread '.*'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const rustPanicDialect = {
    name: 'Rust panic (cargo-nextest)',
    readError(problem, context) {
        // Every failure passes here: the cheap test first.
        if (!problem.text.includes(' panicked at '))
            return undefined;
        const lines = (0,parsers_lines/* splitLines */.u)(problem.text);
        const start = lines.findIndex((line) => PANIC_AT.test(line));
        const at = PANIC_AT.exec(lines[start] ?? '');
        if (!at?.[1])
            return undefined;
        const after = lines.slice(start + 1);
        const end = after.findIndex((line) => /^(note: run with `RUST_BACKTRACE|stack backtrace:$)/.test(line));
        const message = nonEmptyLines((end < 0 ? after : after.slice(0, end)).join('\n'))[0]?.trim();
        const error = (0,error_info/* buildErrorInfo */.fC)({ type: 'panic', message: message ?? `panicked at ${at[1]}:${at[2]}`, text: problem.text }, context.workspace);
        const backtrace = after.indexOf('stack backtrace:');
        const frames = backtrace < 0 ? [] : (0,rust_panic/* rustBacktrace */.LP)(after.slice(backtrace + 1), context.workspace);
        const where = {
            file: (0,paths/* relativeToWorkspace */.T)(at[1], context.workspace),
            line: Number(at[2]),
            column: Number(at[3]),
        };
        const own = { ...where, inApp: (0,rust_panic/* isRustInApp */.xz)(where) };
        // The panic site is a frame of its own unless the backtrace has it: before the first app frame.
        const firstApp = frames.findIndex((frame) => frame.inApp);
        if (frames.some((frame) => frame.file === own.file && frame.line === own.line))
            error.frames = frames;
        else if (firstApp < 0)
            error.frames = [...frames, own];
        else
            error.frames = [...frames.slice(0, firstApp), own, ...frames.slice(firstApp)];
        return error;
    },
};

;// CONCATENATED MODULE: ./src/parsers/junit-errors.ts







// Tried in order, like stacktrace-parser's chain; the first that knows the shape reads it.
// The output-only reader comes last: it is for failures that carry nothing of their own.
const DIALECTS = [
    goTestDialect,
    phpunitDialect,
    catch2Dialect,
    rustPanicDialect,
    outputDialect,
];
/** The error behind a JUnit failure, or null when the failure only repeats others. */
function readJunitError(raw, context) {
    // Strings sliced from a large chunk keep the chunk alive; copies keep memory bounded.
    const problem = {
        type: raw.type === undefined ? undefined : (0,xml_stream/* detach */.Yo)(raw.type),
        message: raw.message === undefined ? undefined : (0,xml_stream/* detach */.Yo)(raw.message),
        text: (0,xml_stream/* detach */.Yo)(raw.text),
    };
    for (const dialect of DIALECTS) {
        const error = dialect.readError(problem, context);
        if (error !== undefined)
            return error;
    }
    return (0,error_info/* buildErrorInfo */.fC)(problem, context.workspace);
}

;// CONCATENATED MODULE: ./src/parsers/junit-location.ts


// Where a test lives. Most writers say it in `file` and `line` attributes; pytest's
// xunit2 (its default since pytest 6) and others do not, and then the failure's own stack
// tells: the frame of the test function, or the frame in the module its classname names.
/** "1,234.5" (thousands separators, as some writers print) and missing values are both read. */
function seconds(value) {
    if (value === undefined)
        return undefined;
    // "1,234.5" from some writers; most times have no comma, and skipping the replace is cheaper.
    const parsed = Number(value.includes(',') ? value.replace(/,/g, '') : value);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}
/** An element's time in seconds: read without decoding when it is plain digits, as it nearly always is. */
function secondsOf(element, name = 'time') {
    return element.decimal(name) ?? seconds(element.attribute(name));
}
function durationMs(value) {
    const parsed = seconds(value);
    return parsed === undefined ? undefined : Math.round(parsed * 1000);
}
function baseTestRef({ element, suite }) {
    const name = element.attribute('name') ?? '';
    const classname = element.attribute('classname');
    const ref = { name: (0,xml_stream/* detach */.Yo)(name) };
    if (suite)
        ref.suite = (0,xml_stream/* detach */.Yo)(suite);
    if (classname)
        ref.classname = (0,xml_stream/* detach */.Yo)(classname);
    return ref;
}
// "test_reserve_pears[20]" is the function test_reserve_pears with a parameter set.
function testFunctionName(name) {
    return name.replace(/\[.*\]$/, '');
}
function fromFrames(ref, frames) {
    const outermostFirst = [...frames].reverse();
    const fn = testFunctionName(ref.name);
    // An exact name only: a JVM frame says "com.acme.FooTest.bar" and its file lacks the path.
    const own = outermostFirst.find((frame) => frame.file && frame.function === fn);
    if (own)
        return own;
    // pytest's classname is the dotted module path: tests.test_inventory → tests/test_inventory.py
    if (!ref.classname || !/^[\w.]+$/.test(ref.classname))
        return undefined;
    const modulePath = `${ref.classname.replace(/\./g, '/')}.py`;
    return outermostFirst.find((frame) => frame.file === modulePath || frame.file?.endsWith(`/${modulePath}`));
}
/** The test's file and line: from its attributes, else from the frames of its failure. */
function locateTest(ref, identity, frames, workspace) {
    const file = identity.element.attribute('file');
    const line = identity.element.attribute('line');
    const located = { ...ref };
    if (file) {
        located.file = (0,paths/* relativeToWorkspace */.T)((0,xml_stream/* detach */.Yo)(file), workspace);
        const lineNumber = Number(line) + (identity.zeroBasedLine ? 1 : 0);
        if (line && Number.isInteger(lineNumber) && lineNumber > 0)
            located.line = lineNumber;
        return located;
    }
    const frame = fromFrames(ref, frames);
    if (frame?.file) {
        located.file = frame.file;
        if (frame.line !== undefined)
            located.line = frame.line;
    }
    return located;
}

// EXTERNAL MODULE: ./src/parsers/xml-cursor.ts + 3 modules
var xml_cursor = __nccwpck_require__(8223);
;// CONCATENATED MODULE: ./src/parsers/junit-output.ts



// Reporters pad their output with blank lines and indentation (Vitest, Catch2); a stream
// that holds nothing else is left out.
function tidy(text) {
    return text.replace(/^\s*\n/, '').trimEnd();
}
/** Raw bytes held back per capture before they are decoded after all: bounds what waits. */
const MAX_PENDING_BYTES = 1 << 20;
const FIRST_ARENA_BYTES = 4096;
const EMPTY = Buffer.alloc(0);
/**
 * A test's (or a suite's) <system-out> and <system-err>, each bounded. Raw bytes wait undecoded
 * until result() is asked for, which for a passing test's output never happens: in a big report
 * decoding the output of tests that passed costs more than all the rest of its text. They wait
 * in one buffer of the capture's own, which clear() keeps for the next test.
 */
class OutputCapture {
    streams = { stdout: new BoundedText(), stderr: new BoundedText() };
    pending = [];
    arena = EMPTY;
    used = 0;
    append(stream, text) {
        if (this.pending.length > 0)
            this.pending.push({ stream, text });
        else
            this.streams[stream].append(text);
    }
    /** Text as the tokenizer's raw bytes (see XmlEvents.bytes): copied now, decoded when read. */
    appendBytes(stream, bytes, start, end, marks) {
        const length = end - start;
        if (this.used + length > MAX_PENDING_BYTES) {
            this.decodePending();
            if (length > MAX_PENDING_BYTES) {
                this.streams[stream].append((0,xml_cursor/* decodeText */.g7)(bytes, start, end, marks));
                return;
            }
        }
        if (this.used + length > this.arena.length)
            this.grow(this.used + length);
        bytes.copy(this.arena, this.used, start, end);
        this.pending.push({ stream, start: this.used, end: this.used + length, marks });
        this.used += length;
    }
    /** Empty again, for another test, with the buffer it has. */
    clear() {
        if (this.pending.length > 0)
            this.pending = [];
        this.used = 0;
        if (!this.streams.stdout.empty || !this.streams.stderr.empty)
            this.streams = { stdout: new BoundedText(), stderr: new BoundedText() };
    }
    grow(size) {
        const grown = Buffer.allocUnsafe(Math.max(size, FIRST_ARENA_BYTES, this.arena.length * 2));
        this.arena.copy(grown, 0, 0, this.used);
        this.arena = grown;
    }
    decodePending() {
        const pending = this.pending;
        this.pending = [];
        for (const piece of pending)
            this.streams[piece.stream].append('text' in piece ? piece.text : (0,xml_cursor/* decodeText */.g7)(this.arena, piece.start, piece.end, piece.marks));
        this.used = 0;
    }
    result() {
        this.decodePending();
        const output = {};
        for (const stream of ['stdout', 'stderr']) {
            const buffer = this.streams[stream];
            if (buffer.empty)
                continue;
            const { text, cut } = buffer.value();
            const tidied = tidy(text);
            if (!tidied)
                continue;
            output[stream] = tidied;
            if (cut)
                output.truncated = true;
        }
        return output.stdout === undefined && output.stderr === undefined ? undefined : output;
    }
}

;// CONCATENATED MODULE: ./src/parsers/junit-reruns.ts
class RerunTracker {
    // Only failed tests are remembered, so memory grows with the failures, not the report.
    failed = new Map();
    /**
     * Records one <testcase>. Returns true when it repeats a test that already failed: the caller
     * then neither counts it nor lists its failure, because this tracker has settled the summary.
     */
    isRerun(key, status, summary) {
        const earlier = this.failed.get(key);
        if (!earlier)
            return false;
        if (status === 'passed' && !earlier.flaky) {
            earlier.flaky = true;
            if (earlier.draft)
                earlier.draft.flaky = true;
            summary.failed -= 1;
            summary.passed += 1;
            summary.flaky += 1;
        }
        return true;
    }
    /** Whether a later test case may still change a failure listed before it. */
    get holdsFailures() {
        return this.failed.size > 0;
    }
    rememberFailure(key, draft) {
        this.failed.set(key, { draft, flaky: false });
    }
}
function caseKey(suite, classname, name) {
    return `${suite ?? ''}\u0000${classname ?? ''}\u0000${name}`;
}

;// CONCATENATED MODULE: ./src/parsers/junit-suites.ts


/**
 * One <testsuite>. Bazel writes the whole test.log into the suite's <system-out>, after the test
 * case, so a failure without output of its own is settled when its suite closes.
 */
class SuiteState {
    name;
    output = new OutputCapture();
    cases = 0;
    awaiting = [];
    constructor(name) {
        this.name = name;
    }
    /** Whether the suite has no second test case yet, so that its output may still be its one case's. */
    get atMostOneCase() {
        return this.cases <= 1;
    }
    addCase() {
        this.cases += 1;
        // A second test case means the output is not the first one's: those waiting for it are final.
        if (!this.atMostOneCase && this.awaiting.length > 0)
            this.awaiting = [];
    }
    /** Where the suite's own output is kept, while it may still speak for its one test case. */
    get outputOfItsCase() {
        return this.atMostOneCase ? this.output : undefined;
    }
    /** Whether a failure waits for this suite's output, which settle() may still give it. */
    get mayGiveOutput() {
        return this.awaiting.length > 0;
    }
    awaitOutput(draft, problem, test) {
        // Only the output of a suite of one test case is given; held longer, a one-suite report
        // (pytest) would keep every failure without output of its own in memory.
        if (this.atMostOneCase)
            this.awaiting.push({ draft, problem, test });
    }
    settle(workspace) {
        // Only a suite of one test case speaks for that test, as Bazel's generated test.xml does: in
        // other suites (Catch2, jest-junit) the output mixes every test's, and addCase() let them go.
        if (this.awaiting.length === 0)
            return;
        const output = this.output.result();
        if (!output)
            return;
        for (const { draft, problem, test } of this.awaiting) {
            draft.output = output;
            // An empty failure (Bazel's "exited with error code 1") is explained by the log.
            if (problem.text.trim() !== '')
                continue;
            const error = readJunitError(problem, { test, output, workspace });
            if (error)
                draft.error = error;
        }
    }
}

// EXTERNAL MODULE: ./src/parsers/xml-element.ts
var xml_element = __nccwpck_require__(2500);
;// CONCATENATED MODULE: ./src/parsers/junit.ts











// The common JUnit dialect and its variants (Surefire/Failsafe, Gradle, jest-junit, mocha,
// Vitest, node:test, pytest, gotestsum, PHPUnit, CTest, Catch2, nextest, Bazel): testsuites >
// testsuite (nested for PHPUnit) > testcase > failure | error | skipped, with system-out and
// system-err. Surefire's rerun elements and gotestsum's repeated test cases are read so that a
// test that failed, then passed, counts once, as passed and flaky.
const FAILED = new Set(['failure', 'error']);
const FLAKY = new Set(['flakyFailure', 'flakyError']);
const RERUN = new Set(['rerunFailure', 'rerunError']);
// Compared, not looked up: a keyed lookup with every tag's name goes megamorphic.
const streamOf = (name) => name === 'system-out' ? 'stdout' : name === 'system-err' ? 'stderr' : undefined;
// CTest marks a disabled test with status="disabled" and no <skipped> element.
const NOT_RUN = new Set(['disabled', 'notrun']);
const ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(testsuites|testsuite)[\s>/]/;
function caseKeyOf(state) {
    return caseKey(state.suite, state.element.attribute('classname'), state.element.attribute('name') ?? '');
}
class JunitReader {
    context;
    summary = (0,model/* emptySummary */.CB)();
    failures = [];
    suites = [];
    reruns = new RerunTracker();
    rootSeconds;
    topSuiteSeconds = 0;
    caseSeconds = 0;
    current;
    problem;
    stream;
    /** A capture cleared for reuse: most tests that print pass, and their output is never read. */
    spareOutput;
    depth = 0;
    /** Whether a suite named "pytest" is open. */
    pytest = false;
    /** Set once the root element has closed: anything after it is a second document. */
    rootClosed = false;
    constructor(context) {
        this.context = context;
    }
    open(name, attributes, line) {
        this.openElement(new xml_element/* DecodedElement */.b(name, attributes, false), line);
    }
    // Called for every tag of the report: a passing test case is read for its time alone.
    openElement(element, line) {
        const name = element.name;
        this.depth += 1;
        // A test case, most of a report's tags, is told without the lookup.
        const stream = name === 'testcase' ? undefined : streamOf(name);
        if (stream) {
            if (this.current && !this.current.output) {
                this.current.output = this.spareOutput ?? new OutputCapture();
                this.spareOutput = undefined;
            }
            const into = this.problem?.output ?? this.current?.output ?? this.suites.at(-1)?.outputOfItsCase;
            this.stream = into ? { name: stream, into } : undefined;
        }
        else if (name === 'testcase') {
            const suite = this.suites[this.suites.length - 1];
            this.current = {
                // A self-closing test case closes before the tokenizer reads on, so it needs no copy.
                element: element.selfClosing ? element : element.keep(),
                suite: suite?.name,
                zeroBasedLine: this.pytest,
                line,
                skipped: false,
            };
            this.caseSeconds += secondsOf(element) ?? 0;
            suite?.addCase();
        }
        else if (name === 'testsuite') {
            if (this.suites.length === 0)
                this.topSuiteSeconds += secondsOf(element) ?? 0;
            const suiteName = element.attribute('name') ?? '';
            this.suites.push(new SuiteState(suiteName));
            // pytest names its one suite "pytest"; its xunit1 `line` is 0-based.
            this.pytest ||= suiteName === 'pytest';
        }
        else if (name === 'testsuites' && this.suites.length === 0)
            this.rootSeconds = secondsOf(element);
        else if (this.current && (FAILED.has(name) || FLAKY.has(name) || RERUN.has(name))) {
            const kind = FAILED.has(name) ? 'failed' : FLAKY.has(name) ? 'flaky' : 'rerun';
            this.problem = {
                kind,
                type: element.attribute('type'),
                message: element.attribute('message'),
                text: '',
                output: new OutputCapture(),
            };
        }
        else if (this.current && name === 'skipped')
            this.current.skipped = true;
        else if (this.problem && name === 'stackTrace')
            this.problem.text = '';
    }
    close(name) {
        this.depth -= 1;
        if (this.depth === 0)
            this.rootClosed = true;
        const state = this.current;
        if (streamOf(name))
            this.stream = undefined;
        else if (name === 'testsuite') {
            this.suites.pop()?.settle(this.context.workspace);
            this.pytest = this.suites.some((each) => each.name === 'pytest');
            this.settleFinal();
        }
        else if (name === 'testcase' && state) {
            this.finishCase(state);
            // What the test printed has been read, if it failed: its capture serves the next test.
            if (state.output) {
                state.output.clear();
                this.spareOutput = state.output;
            }
            this.settleFinal();
        }
        else if (state && this.problem && (FAILED.has(name) || FLAKY.has(name) || RERUN.has(name))) {
            if (this.problem.kind === 'failed')
                state.failed ??= this.problem;
            else if (this.problem.kind === 'flaky')
                state.flaky ??= this.problem;
            this.problem = undefined;
        }
    }
    onText(text) {
        if (this.stream)
            this.stream.into.append(this.stream.name, text);
        else if (this.problem && this.problem.text.length < error_info/* MAX_STACK_CHARS */.c3)
            this.problem.text += text.slice(0, error_info/* MAX_STACK_CHARS */.c3);
    }
    onBytes(bytes, start, end, marks) {
        this.stream?.into.appendBytes(this.stream.name, bytes, start, end, marks);
    }
    // A test's output can come before its <failure> (Vitest writes it first), so it is always kept,
    // as bytes: only the output of a test that failed is ever decoded.
    wantsText() {
        if (this.stream)
            return 'bytes';
        return this.problem !== undefined && this.problem.text.length < error_info/* MAX_STACK_CHARS */.c3;
    }
    finish() {
        const total = this.rootSeconds ?? (this.topSuiteSeconds || this.caseSeconds);
        return { summary: { ...this.summary, durationMs: Math.round(total * 1000) }, failures: this.failures };
    }
    /**
     * Hands over the failures no later tag can change, as soon as they are final: pytest writes one
     * suite for the whole run, whose failures would otherwise all be held until it closes. A failure
     * may still change while gotestsum's reruns may turn it flaky, or while its suite's output may
     * become its own (a suite of one test case, see SuiteState); those after it wait with it.
     */
    settleFinal() {
        const { settle } = this.context;
        if (!settle || this.failures.length === 0 || this.reruns.holdsFailures)
            return;
        if (this.suites.some((suite) => suite.mayGiveOutput))
            return;
        settle(this.failures.splice(0));
    }
    finishCase(state) {
        this.current = undefined;
        const status = state.failed
            ? 'failed'
            : state.skipped || NOT_RUN.has(state.element.attribute('status') ?? '')
                ? 'skipped'
                : 'passed';
        // Most reports have no gotestsum failures at all: then no key is built per test case.
        if (this.reruns.holdsFailures && this.reruns.isRerun(caseKeyOf(state), status, this.summary))
            return;
        this.summary.tests += 1;
        if (status === 'passed')
            this.summary.passed += 1;
        else if (status === 'failed')
            this.summary.failed += 1;
        else
            this.summary.skipped += 1;
        if (state.flaky && !state.failed)
            this.summary.flaky += 1;
        const problem = state.failed ?? state.flaky;
        if (!problem)
            return;
        const test = baseTestRef(state);
        const output = state.output?.result() ?? problem.output.result();
        const error = readJunitError(problem, { test, output, workspace: this.context.workspace });
        // Only gotestsum writes reruns as repeated test cases. Elsewhere a repeated name is another
        // test (Surefire's JUnit 5 parameterized tests all share one name), counted on its own.
        const reruns = state.failed !== undefined && isGoTestProblem(problem);
        if (!error) {
            if (reruns)
                this.reruns.rememberFailure(caseKeyOf(state), undefined);
            return;
        }
        const draft = {
            kind: 'test',
            flaky: !state.failed,
            test: locateTest(test, state, error.frames, this.context.workspace),
            error,
            source: { path: this.context.path, line: state.line },
        };
        const duration = durationMs(state.element.attribute('time'));
        if (duration !== undefined)
            draft.durationMs = duration;
        if (output)
            draft.output = output;
        else
            this.suites.at(-1)?.awaitOutput(draft, problem, test);
        this.failures.push(draft);
        if (reruns)
            this.reruns.rememberFailure(caseKeyOf(state), draft);
    }
}
const junitParser = {
    format: 'junit',
    description: 'JUnit XML (Surefire, Gradle, jest-junit, Vitest, pytest, node:test, gotestsum, PHPUnit, CTest and others)',
    sniff: (head) => ROOT.test(head),
    async parse(chunks, context) {
        const reader = new JunitReader(context);
        try {
            return await (0,xml_stream/* readXmlReport */._u)(chunks, context.path, ['testsuites', 'testsuite'], reader);
        }
        catch (error) {
            if (!(error instanceof errors/* ParseError */.mB) || !reader.rootClosed)
                throw error;
            // `cat a.xml b.xml` leaves two roots, which XML forbids; reading on would guess at the rest.
            throw new errors/* ParseError */.mB(context.path, `the file goes on after its report ended (${error.message}): several reports in one file are not well-formed XML; give faultline each report as its own file (a glob reads them all)`, error.line, error.column, { cause: error });
        }
    },
};

;// CONCATENATED MODULE: ./src/parsers/mocha-json.ts





const HOOK = /^"(?:before|after) (?:all|each)" hook\b/;
const mocha_json_text = (value) => typeof value === 'string' ? value : value === undefined || value === null ? undefined : String(value);
const entries = (value) => Array.isArray(value) ? value.filter((entry) => isJsonObject(entry)) : undefined;
/** True for a failure entry that is a hook ("before all" hook for "…"), not a test. */
function isMochaHook(title) {
    return HOOK.test(title);
}
function mocha_json_testRef(test, workspace) {
    const title = mocha_json_text(test.title) ?? '';
    const fullTitle = mocha_json_text(test.fullTitle) ?? title;
    // fullTitle is the suite titles and the test title joined by spaces; the suite is what is
    // left when the test's own title is taken off the end.
    const suite = fullTitle.endsWith(title) ? fullTitle.slice(0, fullTitle.length - title.length).trim() : '';
    const file = mocha_json_text(test.file);
    return {
        name: title || fullTitle || '(unnamed test)',
        ...(suite ? { suite } : {}),
        ...(file ? { file: (0,paths/* relativeToWorkspace */.T)(file, workspace) } : {}),
    };
}
function durationOf(test) {
    const duration = jsonNumber(test.duration);
    return duration === undefined ? {} : { durationMs: Math.round(duration) };
}
function mocha_json_read(document, context) {
    const stats = isJsonObject(document.stats) ? document.stats : {};
    const passes = entries(document.passes);
    const failed = entries(document.failures);
    const pending = entries(document.pending);
    const tests = entries(document.tests);
    const summary = (0,model/* emptySummary */.CB)();
    // The lists are what mocha counted from; stats stand in for a list a writer left out.
    summary.passed = passes?.length ?? jsonNumber(stats.passes) ?? 0;
    summary.failed = failed?.length ?? jsonNumber(stats.failures) ?? 0;
    summary.skipped = pending?.length ?? jsonNumber(stats.pending) ?? 0;
    summary.tests = summary.passed + summary.failed + summary.skipped;
    const totalDuration = (list) => list.reduce((sum, test) => sum + (jsonNumber(test.duration) ?? 0), 0);
    summary.durationMs = Math.round(jsonNumber(stats.duration) ?? totalDuration(tests ?? [...(passes ?? []), ...(failed ?? [])]));
    const failures = [];
    for (const test of failed ?? []) {
        const err = isJsonObject(test.err) ? test.err : {};
        const message = mocha_json_text(err.message);
        const stack = mocha_json_text(err.stack);
        failures.push({
            kind: 'test',
            flaky: false,
            test: mocha_json_testRef(test, context.workspace),
            error: (0,error_info/* buildErrorInfo */.fC)({
                type: mocha_json_text(err.name),
                message: message || (stack ? undefined : 'the test failed with no error message'),
                text: stack ?? message,
            }, context.workspace),
            source: { path: context.path },
            ...durationOf(test),
        });
    }
    for (const test of passes ?? []) {
        const retries = jsonNumber(test.currentRetry) ?? 0;
        if (retries === 0)
            continue;
        summary.flaky += 1;
        failures.push({
            kind: 'test',
            flaky: true,
            test: mocha_json_testRef(test, context.workspace),
            error: { message: `passed after ${retries} ${retries === 1 ? 'retry' : 'retries'}`, frames: [] },
            source: { path: context.path },
            ...durationOf(test),
        });
    }
    return { summary, failures };
}
const mochaJsonParser = {
    format: 'mocha-json',
    description: "mocha's built-in JSON reporter (--reporter json)",
    sniff: (head) => /^\s*\{/.test(head) &&
        /"stats"\s*:\s*\{/.test(head) &&
        /"passes"\s*:/.test(head) &&
        // mochawesome's JSON has the same stats (with these two more) but nests its tests in suites.
        !/"(passPercent|testsRegistered)"\s*:/.test(head),
    async parse(chunks, context) {
        const document = await readJsonDocument(chunks, context.path);
        if (!isJsonObject(document) ||
            !(isJsonObject(document.stats) || Array.isArray(document.tests) || Array.isArray(document.failures)))
            throw new errors/* ParseError */.mB(context.path, 'no stats object or tests array: not a mocha JSON report', 1, 1);
        return mocha_json_read(document, context);
    },
};

// EXTERNAL MODULE: ./src/parsers/dotnet.ts
var dotnet = __nccwpck_require__(4364);
// EXTERNAL MODULE: ./src/parsers/parser.ts
var parser = __nccwpck_require__(7449);
;// CONCATENATED MODULE: ./src/parsers/nunit.ts




// NUnit 3 test results (nunit3-console, NUnit3TestAdapter's NUnit.TestOutputXml, the NUnit
// engine): test-run > test-suite (Assembly, TestSuite, TestFixture, ParameterizedMethod…)
// > test-case. A suite fails on its own when its OneTimeSetUp or OneTimeTearDown throws
// (site="SetUp" or "TearDown"): that is one failure more, on top of its test cases, which
// NUnit marks failed with site="Parent". Suites that failed because a child or an ancestor
// did (site="Child" or "Parent") add nothing: the failure is listed where it happened.
// NUnit records only the final result of a [Retry] test, so this format has no flaky tests.
const PASSED = new Set(['Passed', 'Warning']);
// Failed with any label (Error, Invalid, Cancelled): the test case did not pass.
const nunit_FAILED = new Set(['Failed']);
// Anything else (Skipped, with label Ignored or Explicit, and Inconclusive) is skipped: no verdict.
// Labels of failures that are not assertions, so they have no assertion type to fall back on.
const NOT_ASSERTIONS = new Set(['Error', 'Invalid', 'Cancelled']);
const CHILD_SUMMARY = /^One or more child tests had/;
class NunitReader {
    context;
    summary = (0,model/* emptySummary */.CB)();
    failures = [];
    path = [];
    suites = [];
    text = new dotnet/* BoundedText */.FM();
    current;
    problem;
    assembly;
    runSeconds;
    topSuiteSeconds = 0;
    constructor(context) {
        this.context = context;
    }
    open(name, attributes, line) {
        const parent = this.path.at(-1);
        this.path.push(name);
        if (name === 'test-run' && this.path.length === 1)
            this.runSeconds = (0,dotnet/* seconds */.YA)(attributes.duration);
        else if (name === 'test-suite') {
            if (this.suites.length === 0)
                this.topSuiteSeconds += (0,dotnet/* seconds */.YA)(attributes.duration) ?? 0;
            const { type, result, site, classname, fullname, name: suiteName } = attributes;
            if (type === 'Assembly' && suiteName)
                this.assembly = (0,xml_stream/* detach */.Yo)(suiteName);
            const suite = { line };
            if (type)
                suite.type = (0,xml_stream/* detach */.Yo)(type);
            if (result)
                suite.result = (0,xml_stream/* detach */.Yo)(result);
            if (site)
                suite.site = (0,xml_stream/* detach */.Yo)(site);
            // The class whose OneTimeSetUp failed; an assembly's failure belongs to no class.
            const owner = type === 'Assembly' ? undefined : classname || fullname || suiteName;
            if (owner)
                suite.owner = (0,xml_stream/* detach */.Yo)(owner);
            this.suites.push(suite);
        }
        else if (name === 'test-case')
            this.current = { attributes, line };
        else if (name === 'failure' || (name === 'reason' && parent === 'test-suite')) {
            // A suite that cannot run (label="Invalid") says why in <reason>, not <failure>.
            const owner = parent === 'test-case' ? this.current : parent === 'test-suite' ? this.suites.at(-1) : undefined;
            if (owner)
                this.problem = { owner };
        }
        else if ((name === 'message' || name === 'stack-trace') && this.problem) {
            if (parent === 'failure' || parent === 'reason')
                this.text.start();
        }
    }
    close(name) {
        this.path.pop();
        if (name === 'test-case' && this.current)
            this.finishCase(this.current);
        else if (name === 'test-suite') {
            const suite = this.suites.pop();
            if (suite)
                this.finishSuite(suite);
            if (suite?.type === 'Assembly')
                this.assembly = undefined;
        }
        else if ((name === 'message' || name === 'stack-trace') && this.problem && this.text.capturing) {
            this.problem[name === 'message' ? 'message' : 'stack'] = this.text.stop();
        }
        else if ((name === 'failure' || name === 'reason') && this.problem) {
            this.problem.owner.failure ??= { message: this.problem.message ?? '', stack: this.problem.stack ?? '' };
            this.problem = undefined;
        }
    }
    onText(text) {
        this.text.add(text);
    }
    finish() {
        return { summary: { ...this.summary, durationMs: this.durationMs() }, failures: this.failures };
    }
    durationMs() {
        return Math.round((this.runSeconds ?? this.topSuiteSeconds) * 1000);
    }
    finishCase(state) {
        this.current = undefined;
        const { result = '', label = '', name, fullname, methodname, classname } = state.attributes;
        this.summary.tests += 1;
        if (PASSED.has(result))
            this.summary.passed += 1;
        else if (nunit_FAILED.has(result))
            this.summary.failed += 1;
        else
            this.summary.skipped += 1;
        if (!nunit_FAILED.has(result))
            return;
        const ref = { name: (0,xml_stream/* detach */.Yo)(name || fullname || methodname || '') };
        if (this.assembly)
            ref.suite = this.assembly;
        if (classname)
            ref.classname = (0,xml_stream/* detach */.Yo)(classname);
        const failure = state.failure ?? { message: '', stack: '' };
        // Nothing changes a failure once its element has closed: a big run's need not all be held.
        (0,parser/* handOver */.Cl)(this.context, this.failures, {
            kind: 'test',
            flaky: false,
            test: ref,
            error: (0,dotnet/* dotnetErrorInfo */.tZ)({ ...failure, fallbackType: NOT_ASSERTIONS.has(label) ? undefined : 'AssertionException' }, this.context.workspace),
            source: { path: this.context.path, line: state.line },
        });
    }
    finishSuite(suite) {
        const { result, site, failure } = suite;
        if (result !== 'Failed' || !failure || site === 'Child' || site === 'Parent')
            return;
        if (CHILD_SUMMARY.test(failure.message.trim()))
            return;
        this.summary.tests += 1;
        this.summary.failed += 1;
        const ref = {
            name: site === 'TearDown' ? '(fixture teardown failed)' : '(fixture setup failed)',
        };
        if (this.assembly)
            ref.suite = this.assembly;
        if (suite.owner)
            ref.classname = suite.owner;
        (0,parser/* handOver */.Cl)(this.context, this.failures, {
            kind: 'test',
            flaky: false,
            test: ref,
            error: (0,dotnet/* dotnetErrorInfo */.tZ)(failure, this.context.workspace),
            source: { path: this.context.path, line: suite.line },
        });
    }
}
const nunitParser = {
    format: 'nunit',
    description: 'NUnit 3 test results XML (nunit3-console, the NUnit engine and adapter)',
    sniff: (head) => (0,dotnet/* xmlRoot */.wG)(head)?.name === 'test-run',
    async parse(chunks, context) {
        const reader = new NunitReader(context);
        return (0,xml_stream/* readXmlReport */._u)(chunks, context.path, ['test-run'], reader);
    },
};

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/parsers/playwright-json-failure.ts






/** The first error of an attempt: `error` since Playwright 1.10, `errors` (all of them) since 1.29. */
function firstError(result) {
    if (isJsonObject(result.error))
        return result.error;
    const errors = Array.isArray(result.errors) ? result.errors.filter(isJsonObject) : [];
    return errors[0];
}
/**
 * ErrorInfo from a Playwright error. The stack holds the message and the frames; an error with
 * no frames (a test timeout, an error thrown outside a module) still has its `location`, which
 * stands in for the innermost frame.
 */
function playwrightErrorInfo(error, fallback, workspace) {
    const message = jsonString(error.message) ?? jsonString(error.value);
    const stack = jsonString(error.stack) ?? message;
    const info = (0,error_info/* buildErrorInfo */.fC)({ message: message ?? fallback, text: stack }, workspace);
    const location = isJsonObject(error.location) ? error.location : undefined;
    const file = jsonString(location?.file);
    const line = jsonNumber(location?.line);
    if (info.frames.length === 0 && file && line) {
        const column = jsonNumber(location?.column);
        const frame = { file: (0,paths/* relativeToWorkspace */.T)(file, workspace), line, ...(column ? { column } : {}) };
        info.frames = [{ ...frame, inApp: (0,stack_frames/* isInApp */.bf)(frame) }];
    }
    return info;
}
function printed(entries) {
    if (!Array.isArray(entries))
        return '';
    return entries
        .filter(isJsonObject)
        .map((entry) => {
        const buffer = jsonString(entry.buffer);
        return jsonString(entry.text) ?? (buffer ? external_node_buffer_namespaceObject.Buffer.from(buffer, 'base64').toString('utf8') : '');
    })
        .join('');
}
/** Duration and bounded output of one attempt. */
function attemptDetails(result) {
    const duration = jsonNumber(result.duration);
    const output = capturedOutput(printed(result.stdout), printed(result.stderr));
    return {
        ...(duration === undefined ? {} : { durationMs: Math.round(duration) }),
        ...(output ? { output } : {}),
    };
}

;// CONCATENATED MODULE: ./src/parsers/playwright-json.ts





const objects = (value) => (Array.isArray(value) ? value.filter(isJsonObject) : []);
function playwright_json_testRef(spec, describes, walk) {
    const file = jsonString(spec.file);
    const line = jsonNumber(spec.line);
    const absolute = file && walk.root && !file.startsWith('/') ? `${walk.root}/${file}` : file;
    return {
        name: jsonString(spec.title) || '(unnamed test)',
        ...(describes.length ? { suite: describes.join(' › ') } : {}),
        ...(absolute ? { file: (0,paths/* relativeToWorkspace */.T)(absolute, walk.context.workspace) } : {}),
        ...(line ? { line } : {}),
    };
}
function failureOf(test, result, flaky, ref, walk) {
    const error = result ? firstError(result) : undefined;
    const status = jsonString(result?.status) ?? 'no result';
    const fallback = jsonString(test.expectedStatus) === 'failed' && status === 'passed'
        ? 'expected to fail (test.fail()), but passed'
        : `the test ended "${status}" with no error`;
    return {
        kind: 'test',
        flaky,
        test: ref,
        error: error
            ? playwrightErrorInfo(error, fallback, walk.context.workspace)
            : { message: fallback, frames: [] },
        source: { path: walk.context.path },
        ...(result ? attemptDetails(result) : {}),
    };
}
function readTest(test, ref, walk) {
    const { summary } = walk;
    const results = objects(test.results);
    for (const result of results)
        walk.testDurations += jsonNumber(result.duration) ?? 0;
    summary.tests += 1;
    switch (jsonString(test.status)) {
        case 'expected':
            summary.passed += 1;
            return;
        case 'skipped':
            summary.skipped += 1;
            return;
        case 'flaky': {
            summary.passed += 1;
            summary.flaky += 1;
            const failed = results.find((result) => jsonString(result.status) !== 'passed' && firstError(result));
            walk.failures.push(failureOf(test, failed ?? results[0], true, ref, walk));
            return;
        }
        default:
            // "unexpected", or a status this reader does not know: a test that did not end as expected.
            summary.failed += 1;
            walk.failures.push(failureOf(test, results.at(-1), false, ref, walk));
    }
}
function readSuite(suite, describes, walk) {
    for (const spec of objects(suite.specs)) {
        const ref = playwright_json_testRef(spec, describes, walk);
        for (const test of objects(spec.tests))
            readTest(test, ref, walk);
    }
    for (const child of objects(suite.suites))
        readSuite(child, [...describes, jsonString(child.title) ?? ''], walk);
}
function readErrorsOutsideTests(errors, walk) {
    for (const error of objects(errors)) {
        walk.summary.tests += 1;
        walk.summary.failed += 1;
        const info = playwrightErrorInfo(error, 'an error outside of any test', walk.context.workspace);
        const file = info.frames[0]?.file;
        walk.failures.push({
            kind: 'test',
            flaky: false,
            test: { name: '(error outside of tests)', ...(file ? { file } : {}) },
            error: info,
            source: { path: walk.context.path },
        });
    }
}
function playwright_json_read(document, context) {
    const config = isJsonObject(document.config) ? document.config : {};
    const walk = {
        context,
        root: jsonString(config.rootDir)?.replace(/[\\/]+$/, ''),
        summary: (0,model/* emptySummary */.CB)(),
        failures: [],
        testDurations: 0,
    };
    // Top-level suites are files: their title is the path, not a describe block.
    for (const file of objects(document.suites))
        readSuite(file, [], walk);
    readErrorsOutsideTests(document.errors, walk);
    const stats = isJsonObject(document.stats) ? document.stats : {};
    walk.summary.durationMs = Math.round(jsonNumber(stats.duration) ?? walk.testDurations);
    return { summary: walk.summary, failures: walk.failures };
}
const playwrightJsonParser = {
    format: 'playwright-json',
    description: "Playwright's JSON reporter (--reporter=json)",
    // The config comes first, and names options only Playwright has.
    sniff: (head) => /^\s*\{\s*"config"\s*:\s*\{/.test(head) &&
        /"(configFile|rootDir|forbidOnly|fullyParallel|reportSlowTests)"\s*:/.test(head),
    async parse(chunks, context) {
        const document = await readJsonDocument(chunks, context.path);
        if (!isJsonObject(document) || !Array.isArray(document.suites))
            throw new errors/* ParseError */.mB(context.path, 'no suites array: not a Playwright JSON report', 1, 1);
        return playwright_json_read(document, context);
    },
};

;// CONCATENATED MODULE: ./src/parsers/rspec-json-errors.ts



// Ruby's side of an RSpec JSON report: backtrace lines and the text RSpec prints for an error
// outside of any example. The shared stack-frame parsers do not read Ruby; the log detectors'
// Ruby parser (src/logs/runtimes/) may replace rubyFrame once there is one to share.
// MRI: "/app/lib/cart.rb:14:in `fetch'" (up to 3.3), "/app/lib/cart.rb:14:in 'Hash#fetch'"
// (3.4 and later), or "./spec/cart_spec.rb:31" with no method. RSpec prints them after "# ".
// Ruby's own code is "<internal:kernel>:187"; Windows paths start with a drive letter.
const RUBY_FRAME = /^\s*(?:# )?(<internal:[^>]*>|(?:[A-Za-z]:)?[^\s:][^:]*):(\d+)(?::in [`'](.+)')?\s*$/;
// Installed gems, the standard library, Ruby's own internals and executables like /usr/bin/rspec.
const NOT_IN_APP = [
    /(^|\/)gems\//,
    /(^|\/)rubygems-integration\//,
    /(^|\/)lib\/ruby\//,
    /(^|\/)vendor\/bundle\//,
    /^<internal:/,
    /^\/usr\/(local\/)?bin\//,
];
function rubyFrame(line, workspace) {
    const match = RUBY_FRAME.exec(line);
    if (!match)
        return undefined;
    const [, path = '', lineNo, method] = match;
    const file = (0,paths/* relativeToWorkspace */.T)(path.replace(/^\.\//, ''), workspace);
    const frame = { file, line: Number(lineNo), ...(method ? { function: method } : {}) };
    return { ...frame, inApp: (0,stack_frames/* isInApp */.bf)(frame) && !NOT_IN_APP.some((pattern) => pattern.test(file)) };
}
/** Frames of a Ruby backtrace, innermost first (the order Ruby prints). */
function rubyFrames(lines, workspace) {
    return lines.flatMap((line) => rubyFrame(line, workspace) ?? []);
}
function rubyErrorInfo(type, message, backtrace, workspace) {
    const header = type ? `${type}: ${message.trim()}` : message.trim();
    const info = (0,error_info/* buildErrorInfo */.fC)({ type, message, text: [header, ...backtrace].join('\n') }, workspace);
    info.frames = rubyFrames(backtrace, workspace);
    return info;
}
const OCCURRED = /^An error occurred (.+?)\.?$/;
const LOADING = /^while loading (.+)$/;
const EXCEPTION_CLASS = /^([A-Z]\w*(?:::[A-Z]\w*)*):$/;
/**
 * An error RSpec reports outside of any example, from the text it prints for one (rspec-core's
 * Formatters::ExceptionPresenter, kept in the JSON report's `messages`):
 *   An error occurred while loading ./spec/cart_spec.rb.
 *   Failure/Error: require_relative '../lib/missing'
 *
 *   LoadError:
 *     cannot load such file -- /app/lib/missing
 *   # ./spec/cart_spec.rb:1:in `require_relative'
 * Undefined for a message that is not such an error ("Run options: …").
 */
function outsideError(text, workspace) {
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((line) => line.trim() !== '');
    const where = OCCURRED.exec(lines[start]?.trim() ?? '')?.[1];
    if (where === undefined)
        return undefined;
    let type;
    const message = [];
    const backtrace = [];
    for (const line of lines.slice(start + 1)) {
        if (line.startsWith('# '))
            backtrace.push(line.slice(2));
        else if (type === undefined && EXCEPTION_CLASS.test(line))
            type = EXCEPTION_CLASS.exec(line)?.[1];
        else if (type !== undefined && backtrace.length === 0 && line.startsWith('  '))
            message.push(line.slice(2));
    }
    const loading = LOADING.exec(where)?.[1];
    return {
        where,
        ...(loading ? { loading: (0,paths/* relativeToWorkspace */.T)(loading.replace(/^\.\//, ''), workspace) } : {}),
        error: rubyErrorInfo(type, message.join('\n') || `an error occurred ${where}`, backtrace, workspace),
    };
}

;// CONCATENATED MODULE: ./src/parsers/rspec-json.ts





const strings = (value) => Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : [];
const specPath = (path, workspace) => (0,paths/* relativeToWorkspace */.T)(path.replace(/^\.\//, ''), workspace);
function rspec_json_testRef(example, workspace) {
    const description = jsonString(example.description) ?? '';
    const full = jsonString(example.full_description) ?? description;
    // full_description is the example group descriptions and the example's joined by spaces
    // (or by nothing before "#method" and ".method" groups): the group is what comes before.
    const suite = full.endsWith(description) ? full.slice(0, full.length - description.length).trim() : '';
    const file = jsonString(example.file_path);
    const line = jsonNumber(example.line_number);
    return {
        name: description || full || '(unnamed example)',
        ...(suite ? { suite } : {}),
        ...(file ? { file: specPath(file, workspace) } : {}),
        ...(line ? { line } : {}),
    };
}
function rspec_json_failureOf(example, context) {
    const exception = isJsonObject(example.exception) ? example.exception : {};
    const seconds = jsonNumber(example.run_time);
    return {
        kind: 'test',
        flaky: false,
        test: rspec_json_testRef(example, context.workspace),
        error: rubyErrorInfo(jsonString(exception.class), jsonString(exception.message) || 'the example failed with no exception message', strings(exception.backtrace), context.workspace),
        source: { path: context.path },
        ...(seconds === undefined ? {} : { durationMs: Math.round(seconds * 1000) }),
    };
}
function outsideFailures(document, context) {
    const summary = isJsonObject(document.summary) ? document.summary : {};
    const errors = strings(document.messages).flatMap((message) => outsideError(message, context.workspace) ?? []);
    const failures = errors.map((found) => ({
        kind: 'test',
        flaky: false,
        test: found.loading
            ? { name: '(spec file failed to load)', file: found.loading }
            : { name: '(error outside of examples)', suite: found.where },
        error: found.error,
        source: { path: context.path },
    }));
    // RSpec counts errors whose text it did not print into messages too (a formatter that
    // failed, an interrupted run): each is still a failure, without its details.
    const counted = jsonNumber(summary.errors_outside_of_examples_count) ?? 0;
    for (let missing = counted - failures.length; missing > 0; missing -= 1)
        failures.push({
            kind: 'test',
            flaky: false,
            test: { name: '(error outside of examples)' },
            error: { message: 'RSpec reported an error outside of examples without its details', frames: [] },
            source: { path: context.path },
        });
    return failures;
}
function rspec_json_read(document, context) {
    const summary = (0,model/* emptySummary */.CB)();
    const failures = [];
    let exampleSeconds = 0;
    const examples = Array.isArray(document.examples)
        ? document.examples.filter(isJsonObject)
        : [];
    for (const example of examples) {
        summary.tests += 1;
        exampleSeconds += jsonNumber(example.run_time) ?? 0;
        const status = jsonString(example.status);
        if (status === 'passed')
            summary.passed += 1;
        else if (status === 'pending')
            summary.skipped += 1;
        else {
            summary.failed += 1;
            failures.push(rspec_json_failureOf(example, context));
        }
    }
    const outside = outsideFailures(document, context);
    summary.tests += outside.length;
    summary.failed += outside.length;
    failures.push(...outside);
    const reported = isJsonObject(document.summary) ? jsonNumber(document.summary.duration) : undefined;
    summary.durationMs = Math.round((reported ?? exampleSeconds) * 1000);
    return { summary, failures };
}
const rspecJsonParser = {
    format: 'rspec-json',
    description: "RSpec's JSON formatter (--format json)",
    // RSpec writes its version first, then the seed, messages or examples.
    sniff: (head) => /^\s*\{\s*"version"\s*:\s*"\d[^"]*"\s*,/.test(head) &&
        /"(examples|messages)"\s*:\s*\[|"seed"\s*:\s*\d|"summary_line"\s*:/.test(head),
    async parse(chunks, context) {
        const document = await readJsonDocument(chunks, context.path);
        if (!isJsonObject(document) || !(Array.isArray(document.examples) || isJsonObject(document.summary)))
            throw new errors/* ParseError */.mB(context.path, 'no examples array or summary: not an RSpec JSON report', 1, 1);
        return rspec_json_read(document, context);
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/parsers/tap.ts






// TAP 13 and 14 (testanything.org): test points "ok N - desc # SKIP|TODO reason", YAML
// diagnostics between "---" and "...", and subtests indented by four spaces under
// "# Subtest: name". Counted as node:test counts: every test point except suites; a parent
// that failed only because a subtest did counts as failed but is not listed again.
const POINT = /^(\s*)(not ok|ok)\b\s*(\d+)?\s*(?:-\s*)?(.*?)(?:\s+#\s*(SKIP|TODO)\b\s*(.*))?$/i;
const SUBTEST = /^(\s*)# Subtest: (.*)$/;
const MAX_YAML_LINES = 2000;
function tap_text(value) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' ? value : JSON.stringify(value);
}
class TapReader {
    context;
    summary = (0,model/* emptySummary */.CB)();
    failures = [];
    suites = [];
    pending;
    inYaml = false;
    constructor(context) {
        this.context = context;
    }
    line(line, number) {
        if (this.inYaml && this.pending) {
            if (/^\s*\.\.\.\s*$/.test(line)) {
                this.inYaml = false;
                return;
            }
            if (this.pending.yaml.length < MAX_YAML_LINES)
                this.pending.yaml.push(line.slice(this.pending.indent));
            return;
        }
        if (this.pending && /^\s*---\s*$/.test(line)) {
            this.inYaml = true;
            this.pending.indent = line.indexOf('-');
            return;
        }
        const subtest = SUBTEST.exec(line);
        if (subtest) {
            this.flush();
            const depth = Math.floor((subtest[1] ?? '').length / 4);
            this.suites.length = depth;
            this.suites[depth] = subtest[2] ?? '';
            return;
        }
        if (/^\s*Bail out!/i.test(line)) {
            this.flush();
            this.summary.failed += 1;
            this.failures.push({
                kind: 'test',
                flaky: false,
                test: { name: 'Bail out!' },
                error: (0,error_info/* buildErrorInfo */.fC)({ message: line.trim() }, this.context.workspace),
                source: { path: this.context.path, line: number },
            });
            return;
        }
        const point = POINT.exec(line);
        if (!point)
            return;
        this.flush();
        this.pending = {
            ok: (point[2] ?? '').toLowerCase() === 'ok',
            name: (point[4] ?? '').trim(),
            directive: point[5]?.toUpperCase(),
            reason: point[6] ?? '',
            depth: Math.floor((point[1] ?? '').length / 4),
            line: number,
            yaml: [],
            indent: 0,
        };
    }
    flush() {
        const point = this.pending;
        this.pending = undefined;
        this.inYaml = false;
        if (!point)
            return;
        let diagnostics = {};
        if (point.yaml.length > 0) {
            try {
                diagnostics = (0,dist/* parse */.qg)(point.yaml.join('\n')) ?? {};
            }
            catch {
                diagnostics = { error: point.yaml.join('\n') };
            }
        }
        this.suites.length = Math.min(this.suites.length, point.depth);
        if (diagnostics.type === 'suite')
            return;
        this.summary.tests += 1;
        this.summary.durationMs += Number(diagnostics.duration_ms ?? 0);
        if (point.directive)
            this.summary.skipped += 1;
        else if (point.ok)
            this.summary.passed += 1;
        else {
            this.summary.failed += 1;
            if (diagnostics.failureType !== 'subtestsFailed')
                this.failures.push(this.failure(point, diagnostics));
        }
    }
    failure(point, diagnostics) {
        // node:test prints stack lines without "at "; put it back so the V8 frame reader knows them.
        const stack = tap_text(diagnostics.stack)
            ?.split('\n')
            .map((frame) => (/^\s*at /.test(frame) ? frame : `    at ${frame.trim()}`))
            .join('\n');
        const message = tap_text(diagnostics.error) ?? tap_text(diagnostics.message) ?? point.name;
        const type = tap_text(diagnostics.name);
        const error = (0,error_info/* buildErrorInfo */.fC)({ type, message, text: [`${type ?? 'Error'}: ${message}`, stack].filter(Boolean).join('\n') }, this.context.workspace);
        const location = /^(.*):(\d+):(\d+)$/.exec(tap_text(diagnostics.location) ?? '');
        const suite = this.suites.filter(Boolean).join(' › ');
        return {
            kind: 'test',
            flaky: false,
            test: {
                name: point.name,
                ...(suite ? { suite } : {}),
                ...(location?.[1]
                    ? { file: (0,paths/* relativeToWorkspace */.T)(location[1], this.context.workspace), line: Number(location[2]) }
                    : {}),
            },
            error,
            source: { path: this.context.path, line: point.line },
        };
    }
}
const tapParser = {
    format: 'tap',
    description: 'TAP 13 and 14, with YAML diagnostics and subtests (node:test, tap, prove)',
    sniff: (head) => /^(?:TAP version 1[34]\s*$|1\.\.\d+\s*$|(?:not )?ok \d+\b)/m.test(head.trimStart().split('\n', 3).join('\n')),
    async parse(chunks, context) {
        const reader = new TapReader(context);
        let number = 0;
        let sawTap = false;
        for await (const line of (0,parsers_lines/* linesOf */.D)(chunks)) {
            number += 1;
            if (/^(?:TAP version|\s*(?:not )?ok\b|\s*1\.\.\d+)/.test(line))
                sawTap = true;
            reader.line(line, number);
        }
        reader.flush();
        if (!sawTap)
            throw new errors/* ParseError */.mB(context.path, 'no TAP version line, plan or test point found', 1, 1);
        const summary = { ...reader.summary, durationMs: Math.round(reader.summary.durationMs) };
        return { summary, failures: reader.failures };
    },
};

;// CONCATENATED MODULE: ./src/parsers/trx.ts



const trx_PASSED = new Set(['Passed', 'PassedButRunAborted', 'Warning', 'Completed']);
const trx_FAILED = new Set(['Failed', 'Error', 'Timeout', 'Aborted', 'NotRunnable', 'Disconnected']);
// NotExecuted, Inconclusive, Pending, InProgress and anything unknown: the test did not run to a verdict.
const NO_MESSAGE = {
    Timeout: 'the test timed out',
    Aborted: 'the test was aborted',
};
function trx_outcomeOf(value) {
    if (value && trx_PASSED.has(value))
        return 'passed';
    if (value && trx_FAILED.has(value))
        return 'failed';
    return 'skipped';
}
class TrxReader {
    context;
    summary = (0,model/* emptySummary */.CB)();
    tests = new Map();
    /** Class and assembly names repeat across tests: one detached copy each. */
    names = new Map();
    runErrors = [];
    path = [];
    text = new dotnet/* BoundedText */.FM();
    result;
    resultDepth = 0;
    error;
    definition;
    runInfo;
    resultsSeen = 0;
    resultMs = 0;
    startedAt;
    finishedAt;
    constructor(context) {
        this.context = context;
    }
    open(name, attributes, line) {
        const parent = this.path.at(-1);
        this.path.push(name);
        if (name === 'UnitTestResult')
            this.openResult(attributes, line);
        else if (name === 'ErrorInfo' && this.result)
            this.error = {};
        else if ((name === 'Message' || name === 'StackTrace') && parent === 'ErrorInfo' && this.error)
            this.text.start();
        else if (name === 'UnitTest' && parent === 'TestDefinitions')
            this.openDefinition(attributes);
        else if (name === 'TestMethod' && parent === 'UnitTest' && this.definition !== undefined) {
            const test = this.tests.get(this.definition);
            if (test && attributes.className)
                test.className = this.intern(attributes.className);
        }
        else if (name === 'RunInfo' && parent === 'RunInfos')
            this.runInfo = { line, error: attributes.outcome === 'Error' };
        else if (name === 'Text' && parent === 'RunInfo' && this.runInfo?.error)
            this.text.start();
        else if (name === 'Times' && parent === 'TestRun') {
            this.startedAt = instant(attributes.start);
            this.finishedAt = instant(attributes.finish);
        }
    }
    close(name) {
        this.path.pop();
        if (name === 'UnitTestResult')
            this.closeResult();
        else if ((name === 'Message' || name === 'StackTrace') && this.error && this.text.capturing) {
            this.error[name === 'Message' ? 'message' : 'stack'] = this.text.stop();
        }
        else if (name === 'ErrorInfo' && this.error && this.result) {
            const error = { message: this.error.message ?? '', stack: this.error.stack ?? '' };
            if (this.resultDepth === 1)
                this.result.own ??= error;
            else
                this.result.inner ??= error;
            this.error = undefined;
        }
        else if (name === 'UnitTest')
            this.definition = undefined;
        else if (name === 'Text' && this.runInfo?.error && this.text.capturing) {
            this.runErrors.push({ line: this.runInfo.line, text: this.text.stop() });
        }
        else if (name === 'RunInfo')
            this.runInfo = undefined;
    }
    onText(text) {
        this.text.add(text);
    }
    finish() {
        const failures = [];
        for (const test of this.tests.values()) {
            if (!test.outcome)
                continue;
            this.summary.tests += 1;
            this.summary[test.outcome] += 1;
            const flaky = test.outcome === 'passed' && test.failedOnce;
            if (flaky)
                this.summary.flaky += 1;
            if (!test.failure || !(flaky || test.outcome === 'failed'))
                continue;
            const ref = { name: test.failure.name };
            if (test.suite)
                ref.suite = test.suite;
            if (test.className)
                ref.classname = test.className;
            failures.push({
                kind: 'test',
                flaky,
                test: ref,
                error: test.failure.error,
                source: { path: this.context.path, line: test.failure.line },
            });
        }
        for (const runError of this.runErrors) {
            this.summary.tests += 1;
            this.summary.failed += 1;
            failures.push({
                kind: 'test',
                flaky: false,
                test: { name: '(test run error)' },
                error: (0,dotnet/* dotnetErrorInfo */.tZ)({ message: runError.text, stack: runError.text }, this.context.workspace),
                source: { path: this.context.path, line: runError.line },
            });
        }
        const durationMs = this.startedAt !== undefined && this.finishedAt !== undefined && this.finishedAt >= this.startedAt
            ? this.finishedAt - this.startedAt
            : this.resultMs;
        return { summary: { ...this.summary, durationMs: Math.round(durationMs) }, failures };
    }
    openResult(attributes, line) {
        this.resultDepth += 1;
        // Data-driven MSTest tests nest one result per data row under InnerResults: the outer one counts.
        if (this.resultDepth > 1)
            return;
        this.resultMs += (0,dotnet/* timeSpanMs */.EJ)(attributes.duration) ?? 0;
        const id = attributes.testId || attributes.executionId;
        this.resultsSeen += 1;
        this.result = {
            key: id ? (0,xml_stream/* detach */.Yo)(id) : `#${this.resultsSeen}`,
            name: attributes.testName ?? '',
            outcome: attributes.outcome ?? '',
            line,
        };
    }
    closeResult() {
        this.resultDepth -= 1;
        const state = this.result;
        if (this.resultDepth > 0 || !state)
            return;
        this.result = undefined;
        const outcome = trx_outcomeOf(state.outcome);
        let test = this.tests.get(state.key);
        if (!test) {
            test = { failedOnce: false };
            this.tests.set(state.key, test);
        }
        // A retry that was not run (NotExecuted) does not undo the verdict of one that was.
        if (!test.outcome || outcome !== 'skipped')
            test.outcome = outcome;
        if (outcome !== 'failed')
            return;
        test.failedOnce = true;
        const raw = state.own ?? state.inner ?? { message: '', stack: '' };
        const message = raw.message.trim() ? raw.message : (NO_MESSAGE[state.outcome] ?? '');
        test.failure = {
            name: (0,xml_stream/* detach */.Yo)(state.name),
            line: state.line,
            error: (0,dotnet/* dotnetErrorInfo */.tZ)({ message, stack: raw.stack }, this.context.workspace),
        };
    }
    openDefinition(attributes) {
        const id = attributes.id;
        if (!id)
            return;
        let test = this.tests.get(id);
        // Definitions written before the results: remember them all; after: only for tests seen.
        if (!test && this.resultsSeen > 0)
            return;
        if (!test) {
            test = { failedOnce: false };
            this.tests.set((0,xml_stream/* detach */.Yo)(id), test);
        }
        this.definition = id;
        if (attributes.storage)
            test.suite = this.intern((0,dotnet/* baseName */.Fl)(attributes.storage));
    }
    intern(value) {
        let kept = this.names.get(value);
        if (kept === undefined) {
            kept = (0,xml_stream/* detach */.Yo)(value);
            this.names.set(kept, kept);
        }
        return kept;
    }
}
function instant(value) {
    if (!value)
        return undefined;
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
}
const trxParser = {
    format: 'trx',
    description: 'Visual Studio TRX (dotnet test --logger trx, vstest, Microsoft.Testing.Platform)',
    sniff: (head) => (0,dotnet/* xmlRoot */.wG)(head)?.name === 'TestRun',
    async parse(chunks, context) {
        const reader = new TrxReader(context);
        return (0,xml_stream/* readXmlReport */._u)(chunks, context.path, ['TestRun'], reader);
    },
};

;// CONCATENATED MODULE: ./src/parsers/xunit.ts





// xUnit.net v2 XML (xunit.console -xml, dotnet test with the xunit XML logger):
// assemblies > assembly > collection > test, with failure > message and stack-trace. An
// assembly's <errors> hold failures outside any test (a class fixture's Dispose, a
// collection's cleanup): each is one failure more, on top of the assembly's totals.
// The v1 shape (assembly > class > test) reads the same way. xUnit.net does not retry
// tests, so this format has no flaky tests.
const xunit_PASSED = new Set(['Pass']);
const xunit_FAILED = new Set(['Fail']);
// Skip and NotRun: the test did not reach a verdict.
// What an <error type="…"> was doing when it failed.
const ERROR_NAMES = {
    'assembly-cleanup': '(assembly cleanup failed)',
    'test-collection-cleanup': '(collection cleanup failed)',
    'test-class-cleanup': '(class cleanup failed)',
    'test-method-cleanup': '(method cleanup failed)',
    'test-case-cleanup': '(test case cleanup failed)',
    'test-cleanup': '(test cleanup failed)',
    fatal: '(fatal error)',
};
class XunitReader {
    context;
    summary = (0,model/* emptySummary */.CB)();
    failures = [];
    path = [];
    text = new dotnet/* BoundedText */.FM();
    current;
    problem;
    assembly;
    assemblySeconds = 0;
    testSeconds = 0;
    constructor(context) {
        this.context = context;
    }
    open(name, attributes, line) {
        const parent = this.path.at(-1);
        this.path.push(name);
        if (name === 'assembly') {
            this.assembly = attributes.name ? (0,xml_stream/* detach */.Yo)((0,dotnet/* baseName */.Fl)(attributes.name)) : undefined;
            this.assemblySeconds += (0,dotnet/* seconds */.YA)(attributes.time) ?? 0;
        }
        else if (name === 'test' || (name === 'error' && parent === 'errors')) {
            this.current = { attributes, line };
            if (name === 'test')
                this.testSeconds += (0,dotnet/* seconds */.YA)(attributes.time) ?? 0;
        }
        else if (name === 'failure' && this.current && (parent === 'test' || parent === 'error')) {
            this.problem = { owner: this.current };
            if (attributes['exception-type'])
                this.problem.type = (0,xml_stream/* detach */.Yo)(attributes['exception-type']);
        }
        else if ((name === 'message' || name === 'stack-trace') && parent === 'failure' && this.problem)
            this.text.start();
    }
    close(name) {
        this.path.pop();
        if (name === 'test' && this.current)
            this.finishTest(this.current);
        else if (name === 'error' && this.current)
            this.finishError(this.current);
        else if (name === 'assembly')
            this.assembly = undefined;
        else if ((name === 'message' || name === 'stack-trace') && this.problem && this.text.capturing) {
            this.problem[name === 'message' ? 'message' : 'stack'] = this.text.stop();
        }
        else if (name === 'failure' && this.problem) {
            const { owner, type, message = '', stack = '' } = this.problem;
            owner.failure ??= { ...(type ? { type } : {}), message, stack };
            this.problem = undefined;
        }
    }
    onText(text) {
        this.text.add(text);
    }
    finish() {
        return { summary: { ...this.summary, durationMs: this.durationMs() }, failures: this.failures };
    }
    durationMs() {
        return Math.round((this.assemblySeconds || this.testSeconds) * 1000);
    }
    finishTest(state) {
        this.current = undefined;
        const { result = '', name, type, method } = state.attributes;
        this.summary.tests += 1;
        if (xunit_PASSED.has(result))
            this.summary.passed += 1;
        else if (xunit_FAILED.has(result))
            this.summary.failed += 1;
        else
            this.summary.skipped += 1;
        if (!xunit_FAILED.has(result))
            return;
        const ref = { name: (0,xml_stream/* detach */.Yo)(name || (type && method ? `${type}.${method}` : method || '')) };
        if (this.assembly)
            ref.suite = this.assembly;
        if (type)
            ref.classname = (0,xml_stream/* detach */.Yo)(type);
        const file = state.attributes['source-file'];
        if (file)
            ref.file = (0,paths/* relativeToWorkspace */.T)((0,xml_stream/* detach */.Yo)(file), this.context.workspace);
        const lineNumber = Number(state.attributes['source-line']);
        if (Number.isInteger(lineNumber) && lineNumber > 0)
            ref.line = lineNumber;
        this.push(ref, state);
    }
    finishError(state) {
        this.current = undefined;
        const { type = '', name } = state.attributes;
        this.summary.tests += 1;
        this.summary.failed += 1;
        const ref = { name: ERROR_NAMES[type] ?? `(${type || 'unknown'} error)` };
        if (this.assembly)
            ref.suite = this.assembly;
        // The error's name is the class, collection or assembly that was being cleaned up.
        if (name && type !== 'assembly-cleanup' && type !== 'fatal')
            ref.classname = (0,xml_stream/* detach */.Yo)(name);
        this.push(ref, state);
    }
    push(ref, state) {
        const failure = state.failure ?? { message: '', stack: '' };
        // Nothing changes a failure once its element has closed: a big run's need not all be held.
        (0,parser/* handOver */.Cl)(this.context, this.failures, {
            kind: 'test',
            flaky: false,
            test: ref,
            error: (0,dotnet/* dotnetErrorInfo */.tZ)(failure, this.context.workspace),
            source: { path: this.context.path, line: state.line },
        });
    }
}
function looksLikeXunitAssembly(tag) {
    return /\btest-framework="xUnit/i.test(tag) || (/\btotal="/.test(tag) && /\brun-date="/.test(tag));
}
const xunitParser = {
    format: 'xunit',
    description: 'xUnit.net v2 XML (xunit.console -xml, dotnet test with an xUnit XML logger)',
    sniff(head) {
        const root = (0,dotnet/* xmlRoot */.wG)(head);
        return root?.name === 'assemblies' || (root?.name === 'assembly' && looksLikeXunitAssembly(root.tag));
    },
    async parse(chunks, context) {
        const reader = new XunitReader(context);
        return (0,xml_stream/* readXmlReport */._u)(chunks, context.path, ['assemblies', 'assembly'], reader);
    },
};

;// CONCATENATED MODULE: ./src/parsers/registry.ts












// Sniffing tries parsers in this order; put the most specific formats first.
const parsers = [
    junitParser,
    trxParser,
    nunitParser,
    xunitParser,
    jestJsonParser,
    playwrightJsonParser,
    rspecJsonParser,
    mochaJsonParser,
    // CTRF is known by results with a tool when an old writer left out reportFormat: the
    // loosest JSON sniff, so after the other JSON formats.
    ctrfParser,
    goTestJsonParser,
    tapParser,
    cargoTestParser,
];
function formatNames() {
    return parsers.map((parser) => parser.format);
}
function parserByFormat(format) {
    return parsers.find((parser) => parser.format === format);
}
function detectParser(head) {
    return parsers.find((parser) => parser.sniff(head));
}


/***/ }),

/***/ 3022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   IF: () => (/* binding */ PANIC),
/* harmony export */   Km: () => (/* binding */ readPanic),
/* harmony export */   LP: () => (/* binding */ rustBacktrace),
/* harmony export */   ts: () => (/* binding */ cleanPath),
/* harmony export */   w4: () => (/* binding */ withLocation),
/* harmony export */   xz: () => (/* binding */ isRustInApp)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4720);

// A Rust panic as the runtime prints it, shared by the cargo test parser, the JUnit dialect of
// cargo-nextest and the log detector: the panic line, its message, and RUST_BACKTRACE's frames.
const PANIC = /^thread '(.*)'(?: \(\d+\))? panicked at (.*)$/;
// Rust 1.73+: "panicked at src/lib.rs:12:5:" and the message on the lines after it.
const PANIC_AT = /^(.+?):(\d+):(\d+):$/;
// Before 1.73: "panicked at 'message', src/lib.rs:12:5", the message possibly over several lines.
const OLD_PANIC_END = /^(.*)', (.+?):(\d+)(?::(\d+))?$/;
const BACKTRACE_FRAME = /^\s*\d+:\s+(?:0x[0-9a-f]+ - )?(.+?)\s*$/;
const BACKTRACE_AT = /^\s+at (.+?):(\d+)(?::(\d+))?\s*$/;
// Code from the toolchain or from crates.io, as opposed to the crate under test. Paths are as
// rustc prints them: "/rustc/<hash>/library/std/…" (or "src/libstd/…" before 1.47), a rustup
// toolchain's source, or a crate unpacked under $CARGO_HOME.
const LIBRARY_FILE = /^\/rustc\/[0-9a-f]+\/|(^|\/)lib\/rustlib\/src\/|(^|\/)\.rustup\/toolchains\/|^(library|src)\/(std|core|alloc|test|proc_macro|panic_unwind|panic_abort|backtrace)\/|^src\/lib(std|core|alloc|test)\/|(^|\/)registry\/src\/[^/]+\/|(^|\/)git\/checkouts\/|(^|\/)csu\/|(^|\/)sysdeps\//;
const LIBRARY_CRATES = new Set([
    'std',
    'core',
    'alloc',
    'test',
    'proc_macro',
    'panic_unwind',
    'panic_abort',
    'backtrace',
    '__rustc',
]);
// Symbols of the runtime and libc with no crate path: "rust_begin_unwind", "_start", "main".
const RUNTIME_SYMBOL = /^(rust_begin_unwind|rust_panic|__rust_\w+|_start|__libc_start_\w+|start_thread|clone3?|main|<unknown>)$/;
function cleanPath(file, workspace) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeToWorkspace */ .T)(file, workspace).replace(/^\.\//, '');
}
/** `RUST_BACKTRACE=full` adds crate hashes ("std[e2f1…]::") and symbol hashes ("::h1a2b…"). */
function cleanFunction(name) {
    return name.replace(/\[[0-9a-f]{8,}\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
}
/** The crate a function belongs to: "core" for "core::panicking::panic_fmt" and for "<core::… as …>::f". */
function crateOf(fn) {
    const self = fn.replace(/^<+/, '').replace(/^(&(mut )?|dyn |\*(const|mut) )+/, '');
    if (/^fn[(<]/.test(self))
        return 'core';
    return /^[\w]+/.exec(self)?.[0] ?? '';
}
function isRustInApp(frame) {
    if (frame.file)
        return !LIBRARY_FILE.test(frame.file);
    if (!frame.function)
        return true;
    return !(LIBRARY_CRATES.has(crateOf(frame.function)) || RUNTIME_SYMBOL.test(frame.function));
}
function frame(parts) {
    return { ...parts, inApp: isRustInApp(parts) };
}
/** The frames of a "stack backtrace:" section, innermost first as Rust prints them. */
function rustBacktrace(lines, workspace) {
    const frames = [];
    let last;
    for (const line of lines) {
        const at = BACKTRACE_AT.exec(line);
        if (at) {
            if (last && last.file === undefined) {
                last.file = cleanPath(at[1] ?? '', workspace);
                last.line = Number(at[2]);
                if (at[3])
                    last.column = Number(at[3]);
                last.inApp = isRustInApp(last);
            }
            continue;
        }
        const fn = BACKTRACE_FRAME.exec(line);
        if (!fn)
            break;
        last = frame({ function: cleanFunction(fn[1] ?? '') });
        frames.push(last);
    }
    return frames;
}
function location(file, line, column, workspace) {
    const where = { file: cleanPath(file, workspace), line: Number(line) };
    if (column)
        where.column = Number(column);
    return where;
}
/** The first panic in a block: its message, where it happened and, with RUST_BACKTRACE, its frames. */
function readPanic(lines, start, workspace) {
    const rest = PANIC.exec(lines[start] ?? '')?.[2] ?? '';
    const message = [];
    let where;
    let index = start + 1;
    if (rest.startsWith("'")) {
        // The old format quotes the message and puts the location after it, on its last line.
        for (let text = rest.slice(1), at = start; at < lines.length; at += 1, text = lines[at] ?? '') {
            const end = OLD_PANIC_END.exec(text);
            message.push(end ? (end[1] ?? '') : text);
            index = at + 1;
            if (end) {
                where = location(end[2] ?? '', end[3], end[4], workspace);
                break;
            }
        }
    }
    else {
        const at = PANIC_AT.exec(rest);
        if (at)
            where = location(at[1] ?? '', at[2], at[3], workspace);
        for (; index < lines.length; index += 1) {
            const text = lines[index] ?? '';
            if (/^(note: run with `RUST_BACKTRACE|stack backtrace:$)/.test(text) || PANIC.test(text))
                break;
            message.push(text);
        }
    }
    let frames = [];
    for (; index < lines.length && !PANIC.test(lines[index] ?? ''); index += 1) {
        if (lines[index] === 'stack backtrace:') {
            frames = rustBacktrace(lines.slice(index + 1), workspace);
            break;
        }
    }
    const first = message.find((text) => text.trim())?.trim();
    const fallback = where ? `panicked at ${where.file}:${where.line}` : 'panicked';
    return { message: first ?? fallback, ...(where ? { location: where } : {}), frames };
}
/** The panic location is a frame of its own unless the backtrace already has it. */
function withLocation(frames, where) {
    if (!where)
        return frames;
    if (frames.some((candidate) => candidate.file === where.file && candidate.line === where.line))
        return frames;
    const own = frame({ ...where });
    const firstApp = frames.findIndex((candidate) => candidate.inApp);
    if (firstApp < 0)
        return [...frames, own];
    return [...frames.slice(0, firstApp), own, ...frames.slice(firstApp)];
}


/***/ }),

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ parseFrames),
/* harmony export */   bf: () => (/* binding */ isInApp)
/* harmony export */ });
/* unused harmony exports mayBeFrame, LINE_PATTERNS */
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3723);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4720);
/* harmony import */ var _xml_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4977);



// V8: "    at fn (file:line:col)", "    at file:line:col", "    at async fn (file:line:col)"
const V8 = /^\s*at (?:(?:async )?(.+?) \()?((?:file:\/\/)?[^()\s][^()]*?):(\d+):(\d+)\)?\s*$/;
// CPython: '  File "path", line 12, in fn'
const PYTHON = /^\s*File "(.+)", line (\d+), in (.+?)\s*$/;
// Vitest: " ❯ fn src/cart.mjs:3:21" or " ❯ src/cart.mjs:7:44"
const VITEST = /^\s*❯ (?:(\S+) )?(\S+?):(\d+):(\d+)\s*$/;
// pytest's long traceback: "inventory.py:7: KeyError", "test_inventory.py:11: " or, for a
// frame shown short, "orders.py:20: in place_order"
const PYTEST = /^([^\s:][^:]*\.py):(\d+):(?: in ([\w.<>]+)$)?(?: .*)?$/;
// JVM: "\tat com.acme.Foo.bar(Foo.java:12)" or "(Native Method)" / "(Unknown Source)"
const JVM = /^\s*at (?:[\w.$-]+\/)?((?:[\w$]+\.)*[\w$<>]+)\.([\w$<>-]+)\(([^:()]+)(?::(\d+))?\)\s*$/;
const parseV8 = (line, workspace) => {
    const match = V8.exec(line);
    if (!match)
        return undefined;
    const [, fn, file = '', lineNo, column] = match;
    return {
        file: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeToWorkspace */ .T)(file, workspace),
        line: Number(lineNo),
        column: Number(column),
        ...(fn ? { function: fn } : {}),
    };
};
const parseVitest = (line, workspace) => {
    const match = VITEST.exec(line);
    if (!match)
        return undefined;
    const [, fn, file = '', lineNo, column] = match;
    return {
        file: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeToWorkspace */ .T)(file, workspace),
        line: Number(lineNo),
        column: Number(column),
        ...(fn ? { function: fn } : {}),
    };
};
const parsePytest = (line, workspace) => {
    const match = PYTEST.exec(line);
    if (!match)
        return undefined;
    const [, file = '', lineNo, fn] = match;
    return {
        file: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeToWorkspace */ .T)(file, workspace),
        line: Number(lineNo),
        ...(fn ? { function: fn } : {}),
    };
};
const parsePython = (line, workspace) => {
    const match = PYTHON.exec(line);
    if (!match)
        return undefined;
    const [, file = '', lineNo, fn = ''] = match;
    return { file: (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeToWorkspace */ .T)(file, workspace), line: Number(lineNo), function: fn };
};
const parseJvm = (line) => {
    const match = JVM.exec(line);
    if (!match)
        return undefined;
    const [, owner = '', method = '', file = '', lineNo] = match;
    return {
        file,
        ...(lineNo ? { line: Number(lineNo) } : {}),
        function: `${owner}.${method}`,
        module: owner,
    };
};
const lineParsers = [parseV8, parseVitest, parsePython, parsePytest, parseJvm];
// Python prints the outermost frame first; the model wants the innermost first.
const OUTERMOST_FIRST = new Set([parsePython, parsePytest]);
const NOT_IN_APP = [
    /(^|[\\/])node_modules[\\/]/,
    /^node:/,
    /^internal[\\/]/,
    /(^|[\\/])(site|dist)-packages[\\/]/,
    /(^|[\\/])lib[\\/]python\d/,
    /^<frozen /,
];
const JVM_LIBRARY = /^(java|javax|jdk|sun|kotlin|kotlinx|scala|org\.junit|org\.apache\.maven|org\.gradle)\./;
function isInApp(frame) {
    if (frame.module && JVM_LIBRARY.test(frame.module))
        return false;
    return !(frame.file && NOT_IN_APP.some((pattern) => pattern.test(frame.file ?? '')));
}
/**
 * Frames found in a stack trace, innermost first. Python prints the innermost frame
 * last, so its frames are reversed to match the model's order.
 */
// pytest's long traceback prints each frame's source, starting at its "def" line, before the
// "file:line:" line that locates it; that "def" names the frame's function.
const PYTHON_DEF = /^\s*(?:>\s*)?(?:async\s+)?def (\w+)\(/;
// The same frame lines recur across the failures of a report (a framework's stack under every
// test), so each line is read once and its frame shared: frames are values nobody changes.
// Lines are remembered in a table of two-slot sets, found by a hash of a few of their characters:
// a Map would hash every character of every line, and that cost more than the rest of reading a
// remembered line. A line read moves to the first slot of its set and the line there to the
// second, so the lines that recur stay while the rest are dropped. Keys are copies, so it never
// holds a report's text alive. The table holds 1,024 lines, as the two generations of 500 before
// it did, and is small because what it drops is garbage in the old generation: with 10,000 lines,
// 2,000 failures of 400 unique frame lines each peaked at 324 MiB, against 162 MiB with 1,000
// (165 MiB with this table). On the benchmark, whose 80,000 frame lines hold 10,000 distinct ones,
// it finds 86% of them, as the generations did.
const SETS = 512;
const rememberedLines = new Array(2 * SETS).fill(undefined);
const rememberedReads = new Array(2 * SETS).fill(undefined);
/** The first slot of the line's set: a hash of its length, its end (where frame lines differ most) and a sample of the rest. */
function slotOf(line) {
    let hash = line.length;
    const tail = Math.max(0, line.length - 16);
    for (let index = tail; index < line.length; index += 1)
        hash = Math.imul(hash ^ line.charCodeAt(index), 0x01000193);
    for (let index = 0; index < tail; index += 7)
        hash = Math.imul(hash ^ line.charCodeAt(index), 0x01000193);
    return ((hash ^ (hash >>> 16)) & (SETS - 1)) * 2;
}
// What every line parser's pattern needs at the line's start (\s is what trimStart removes): most
// lines of a stack (source lines, messages, blank lines) fail it, and are never matched or kept.
function mayBeFrame(line) {
    const start = line.trimStart();
    return (FRAME_STARTS.some((prefix) => start.startsWith(prefix)) ||
        (start.length === line.length && line.includes('.py:')));
}
// V8 and JVM "at ", Vitest "❯ ", CPython 'File "'; pytest's def lines: "def ", "async def ", "> def".
const FRAME_STARTS = ['at ', '❯ ', 'File "', 'def ', 'async', '>'];
/** Every pattern a line is read with, for the test that mayBeFrame lets through all they match. */
const LINE_PATTERNS = [V8, PYTHON, VITEST, PYTEST, JVM, PYTHON_DEF];
const NOT_A_FRAME = { workspace: '', def: undefined, frame: undefined, parser: undefined };
function readLine(line, workspace) {
    if (!mayBeFrame(line))
        return NOT_A_FRAME;
    const first = slotOf(line);
    const second = first + 1;
    const inFirst = rememberedReads[first];
    if (inFirst?.workspace === workspace && rememberedLines[first] === line)
        return inFirst;
    const inSecond = rememberedReads[second];
    const found = inSecond?.workspace === workspace && rememberedLines[second] === line;
    const kept = found ? rememberedLines[second] : (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Yo)(line);
    const read = found && inSecond ? inSecond : parseLine(line, workspace);
    rememberedLines[second] = rememberedLines[first];
    rememberedReads[second] = inFirst;
    rememberedLines[first] = kept;
    rememberedReads[first] = read;
    return read;
}
function parseLine(line, workspace) {
    const read = { workspace, def: undefined, frame: undefined, parser: undefined };
    const def = PYTHON_DEF.exec(line)?.[1];
    if (def)
        read.def = (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Yo)(def);
    for (const parse of lineParsers) {
        const frame = parse(line, workspace);
        if (!frame)
            continue;
        read.parser = parse;
        read.frame = ownStrings({ ...frame, inApp: isInApp(frame) });
        break;
    }
    return read;
}
/** The frame with its strings copied: slices of a stack would keep the whole stack alive. */
function ownStrings(frame) {
    if (frame.file !== undefined)
        frame.file = (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Yo)(frame.file);
    if (frame.function !== undefined)
        frame.function = (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Yo)(frame.function);
    // A JVM frame's module is the start of its function: one copy serves both.
    if (frame.module !== undefined)
        frame.module = frame.function?.startsWith(frame.module)
            ? frame.function.slice(0, frame.module.length)
            : (0,_xml_stream_js__WEBPACK_IMPORTED_MODULE_0__/* .detach */ .Yo)(frame.module);
    return frame;
}
/** A pytest frame named by the "def" line above it, its fields in the order they always had. */
function named({ inApp, ...frame }, fn) {
    return { ...frame, function: fn, inApp };
}
function parseFrames(stack, workspace) {
    const frames = [];
    let outermostFirst = false;
    let lastDef;
    for (const line of (0,_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .splitLines */ .u)(stack)) {
        const { def, frame, parser } = readLine(line, workspace);
        if (def)
            lastDef = def;
        if (!frame)
            continue;
        if (OUTERMOST_FIRST.has(parser))
            outermostFirst = true;
        frames.push(parser === parsePytest && lastDef && !frame.function ? named(frame, lastDef) : frame);
        lastDef = undefined;
    }
    return outermostFirst ? frames.reverse() : frames;
}


/***/ }),

/***/ 4135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ countChars),
/* harmony export */   G1: () => (/* binding */ pieceEnd),
/* harmony export */   I8: () => (/* binding */ SEMICOLON),
/* harmony export */   LU: () => (/* binding */ MAX_REFERENCE_BYTES),
/* harmony export */   OW: () => (/* binding */ plainReferenceEnd),
/* harmony export */   PJ: () => (/* binding */ NAME_START),
/* harmony export */   PL: () => (/* binding */ decodeReferences),
/* harmony export */   Pz: () => (/* binding */ TEXT_CLASS),
/* harmony export */   Q4: () => (/* binding */ RIGHT_BRACKET),
/* harmony export */   Sl: () => (/* binding */ holdsControl),
/* harmony export */   W3: () => (/* binding */ CONTROL),
/* harmony export */   Xy: () => (/* binding */ NEWLINE),
/* harmony export */   Yv: () => (/* binding */ isWhitespace),
/* harmony export */   ZP: () => (/* binding */ BRACKET),
/* harmony export */   e0: () => (/* binding */ AMPERSAND),
/* harmony export */   e4: () => (/* binding */ readDecimal),
/* harmony export */   fi: () => (/* binding */ DOUBLE_QUOTE),
/* harmony export */   i6: () => (/* binding */ decodeReference),
/* harmony export */   iH: () => (/* binding */ LESS_THAN),
/* harmony export */   kR: () => (/* binding */ LINE_FEED),
/* harmony export */   o: () => (/* binding */ SLASH),
/* harmony export */   u7: () => (/* binding */ CARRIAGE_RETURN),
/* harmony export */   ur: () => (/* binding */ SINGLE_QUOTE),
/* harmony export */   vw: () => (/* binding */ NAME_CHAR),
/* harmony export */   vz: () => (/* binding */ GREATER_THAN),
/* harmony export */   w1: () => (/* binding */ startsWith)
/* harmony export */ });
/* unused harmony exports RETURN, PLAIN, MARKUP, REFERENCE */
// Byte-level building blocks of the XML tokenizer. Every XML delimiter is ASCII, and in
// UTF-8 an ASCII byte is never part of a multi-byte character, so markup can be found in
// raw bytes and only the text someone reads is ever decoded.
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const AMPERSAND = 0x26;
const SLASH = 0x2f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const RIGHT_BRACKET = 0x5d;
const SEMICOLON = 0x3b;
/** Classes of bytes in character data: anything but PLAIN makes the scanner look closer. */
const PLAIN = 0;
const LINE_FEED = 1;
const CONTROL = 2;
const CARRIAGE_RETURN = 3;
const MARKUP = 4;
const REFERENCE = 5;
const BRACKET = 6;
// XML 1.0 §2.2 allows TAB, LF and CR below U+0020 and nothing else.
const isControl = (byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
function table(classify) {
    const classes = new Uint8Array(256);
    for (let byte = 0; byte < 256; byte += 1)
        classes[byte] = classify(byte);
    return classes;
}
const TEXT_CLASS = table((byte) => {
    if (byte === NEWLINE)
        return LINE_FEED;
    if (byte === RETURN)
        return CARRIAGE_RETURN;
    if (isControl(byte))
        return CONTROL;
    if (byte === LESS_THAN)
        return MARKUP;
    if (byte === AMPERSAND)
        return REFERENCE;
    if (byte === RIGHT_BRACKET)
        return BRACKET;
    return PLAIN;
});
const isAsciiLetter = (byte) => (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;
// Names (§2.3), strict for ASCII; any non-ASCII byte is accepted as part of a name, which
// covers every non-ASCII name character XML allows and a few it does not.
const NAME_START = table((byte) => Number(isAsciiLetter(byte) || byte === 0x5f || byte === 0x3a || byte >= 0x80));
const NAME_CHAR = table((byte) => Number(NAME_START[byte] === 1 || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x2e));
const isWhitespace = (byte) => byte === 0x20 || byte === 0x09 || byte === NEWLINE || byte === RETURN;
/** Characters on a line: UTF-8 continuation bytes do not start a character. */
function countChars(bytes, start, end) {
    let count = 0;
    for (let index = start; index < end; index += 1)
        if (((bytes[index] ?? 0) & 0xc0) !== 0x80)
            count += 1;
    return count;
}
/**
 * Where to cut text that a chunk ends in: never inside a UTF-8 character, nor between the CR
 * and LF of a line end (read as one newline), so the pieces decode as the whole would.
 */
function pieceEnd(bytes, start, end) {
    const whole = wholeCharsEnd(bytes, start, end);
    return whole > start && bytes[whole - 1] === RETURN ? whole - 1 : whole;
}
function wholeCharsEnd(bytes, start, end) {
    let lead = end - 1;
    while (lead > start && lead > end - 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80)
        lead -= 1;
    const byte = bytes[lead] ?? 0;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return lead >= start && lead + length > end ? lead : end;
}
function startsWith(bytes, at, prefix) {
    for (let index = 0; index < prefix.length; index += 1)
        if (bytes[at + index] !== prefix[index])
            return false;
    return true;
}
const PREDEFINED = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const DECIMAL = /^#[0-9]{1,7}$/;
const HEX = /^#x[0-9a-fA-F]{1,6}$/;
/**
 * Only the five predefined entities and character references exist here: a document cannot
 * declare entities (its DOCTYPE is refused), so nothing can expand into more than one character.
 */
function decodeReference(name) {
    const predefined = PREDEFINED[name];
    if (predefined !== undefined)
        return { text: predefined, repaired: false };
    if (!DECIMAL.test(name) && !HEX.test(name))
        return undefined;
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    // Surefire writes control characters from test output as references (&#27;): repaired like raw ones.
    if (code < 0x20 && isControl(code))
        return { text: '\uFFFD', repaired: true };
    return isLegalChar(code) ? { text: String.fromCodePoint(code), repaired: false } : undefined;
}
// XML 1.0 §2.2.
const isLegalChar = (code) => code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
const NAMED_REFERENCES = Object.keys(PREDEFINED).map((name) => Buffer.from(`${name};`, 'latin1'));
const HASH = 0x23;
/**
 * Just past the ";" of the reference whose "&" is at `at`, read in place, when decodeReference
 * would decode it to an allowed character with no repair; otherwise -1, and the caller leaves the
 * verdict to decodeReference. Reads no further than the first byte that cannot be part of it.
 */
function plainReferenceEnd(bytes, at) {
    let index = at + 1;
    if (bytes[index] !== HASH) {
        for (const named of NAMED_REFERENCES)
            if (startsWith(bytes, index, named))
                return index + named.length;
        return -1;
    }
    index += 1;
    const hex = bytes[index] === 0x78;
    if (hex)
        index += 1;
    const digitsStart = index;
    let code = 0;
    for (;; index += 1) {
        const byte = bytes[index] ?? 0;
        const letter = byte | 0x20;
        if (byte >= 0x30 && byte <= 0x39)
            code = code * (hex ? 16 : 10) + byte - 0x30;
        else if (hex && letter >= 0x61 && letter <= 0x66)
            code = code * 16 + letter - 0x57;
        else
            break;
    }
    const digits = index - digitsStart;
    if (bytes[index] !== SEMICOLON || digits === 0 || digits > (hex ? 6 : 7))
        return -1;
    return isLegalChar(code) ? index + 1 : -1;
}
const AMPERSAND_OR_CHARACTER = /&(#[0-9A-Za-z]+|amp);/g;
/**
 * Text whose references were each checked by plainReferenceEnd, with them decoded. Each named
 * entity is a plain replaceAll, which is native and calls no function per match (a stack trace
 * holds dozens of &quot;). "&amp;" goes last, so that "&amp;lt;" comes out as "&lt;".
 */
function decodeReferences(text) {
    let decoded = text;
    if (decoded.includes('&quot;'))
        decoded = decoded.replaceAll('&quot;', '"');
    if (decoded.includes('&lt;'))
        decoded = decoded.replaceAll('&lt;', '<');
    if (decoded.includes('&gt;'))
        decoded = decoded.replaceAll('&gt;', '>');
    if (decoded.includes('&apos;'))
        decoded = decoded.replaceAll('&apos;', "'");
    // A character reference can stand for "&" ("&#38;amp;" is "&amp;"): it and "&amp;" share one pass.
    if (decoded.includes('&#'))
        return decoded.replace(AMPERSAND_OR_CHARACTER, referenceText);
    return decoded.includes('&amp;') ? decoded.replaceAll('&amp;', '&') : decoded;
}
const referenceText = (_, name) => PREDEFINED[name] ?? decodeReference(name).text;
/** The longest reference worth looking for a ";" in: "&#x10FFFF;" and the named ones are shorter. */
const MAX_REFERENCE_BYTES = 12;
const DIGIT_0 = 0x30;
const DOT = 0x2e;
/**
 * Digits with an optional fraction, read without decoding. With at most 15 digits in all, the
 * digits and the power of ten are exact doubles, so one division rounds once, exactly as
 * Number() rounds the decimal text; anything longer or different is left to Number().
 */
function readDecimal(bytes, start, end) {
    let digits = 0;
    let scale = 1;
    let fraction = false;
    if (end - start > 16 || start === end)
        return undefined;
    for (let index = start; index < end; index += 1) {
        const byte = bytes[index];
        if (byte === DOT && !fraction && index > start && index < end - 1)
            fraction = true;
        else if (byte >= DIGIT_0 && byte <= DIGIT_0 + 9) {
            digits = digits * 10 + (byte - DIGIT_0);
            if (fraction)
                scale *= 10;
        }
        else
            return undefined;
    }
    if (end - start - (fraction ? 1 : 0) > 15)
        return undefined;
    return digits / scale;
}
// Four bytes at a time (a little-endian Int32Array over the same memory): the classic bit tricks
// tell, without a branch per byte, whether any byte of a word is below a bound.
// A word they flag is then read byte by byte; one they pass holds nothing to look at.
const HIGHS = 0x80808080 | 0;
const BELOW_SPACE = 0x20202020;
/** Whether a byte of `word` is below a space (a line feed, CR or control character). */
const holdsControl = (word) => (((word - BELOW_SPACE) & ~word & HIGHS) | 0) !== 0;


/***/ }),

/***/ 8223:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iE: () => (/* binding */ HOLDS_REFERENCES),
  Dp: () => (/* binding */ NEEDS_NORMALIZING),
  ee: () => (/* binding */ XmlCursor),
  g7: () => (/* binding */ decodeText)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/parsers/xml-bytes.ts
var xml_bytes = __nccwpck_require__(4135);
;// CONCATENATED MODULE: ./src/parsers/xml-scan-js.ts
/**
 * What wasm/xml-scan.ts exports, in JavaScript a byte at a time, over an ArrayBuffer that grows as
 * its memory would: for a Node that runs without WebAssembly (`--jitless`), where XML is still read,
 * only slower.
 */
function scanExportsInJavaScript(pageBytes) {
    let memory = new ArrayBuffer(pageBytes);
    let bytes = new Uint8Array(memory);
    let results = new Int32Array(memory, 0, 2);
    return {
        memory: {
            get buffer() {
                return memory;
            },
            grow(pages) {
                const before = memory.byteLength / pageBytes;
                const grown = new ArrayBuffer(memory.byteLength + pages * pageBytes);
                new Uint8Array(grown).set(bytes);
                memory = grown;
                bytes = new Uint8Array(grown);
                results = new Int32Array(grown, 0, 2);
                return before;
            },
        },
        textStop(start, end) {
            let lines = 0;
            let lineStart = -1;
            let index = start;
            for (; index < end; index += 1) {
                const byte = bytes[index];
                if (byte === 0x0a) {
                    lines += 1;
                    lineStart = index + 1;
                }
                else if (byte === 0x3c || byte === 0x26 || byte === 0x5d || (byte < 0x20 && byte !== 0x09))
                    break;
            }
            results[0] = lines;
            results[1] = lineStart;
            return index;
        },
        valueStop(start, quote) {
            let index = start;
            for (; index < bytes.length; index += 1) {
                const byte = bytes[index];
                if (byte === quote || byte === 0x3c || byte === 0x3e || byte === 0x26 || byte < 0x20)
                    break;
            }
            return index;
        },
    };
}

;// CONCATENATED MODULE: ./src/parsers/xml-scan-wasm.ts
// Generated by scripts/build-wasm.mjs from wasm/xml-scan.ts (AssemblyScript): do not edit. See xml-scan.ts.
const XML_SCAN_WASM = 'AGFzbQEAAAABBwFgAn9/AX8DAwIAAAUDAQABByEDCHRleHRTdG9wAAEJdmFsdWVTdG9wAAAGbWVtb3J5AgAKiwQCkAEBAnsgAf0PIQMDQCAA/QAEACIC/Qw8PDw8PDw8PDw8PDw8PDw8/SMgAv0MPj4+Pj4+Pj4+Pj4+Pj4+Pv0j/VAgAiAD/SMgAv0MJiYmJiYmJiYmJiYmJiYmJv0j/VD9UCAC/QwgICAgICAgICAgICAgICAg/Sb9UP1kIgFFBEAgAEEQaiEADAELCyAAIAFoagv2AgIEfwJ7QX8hAwNAIABBEGogAUwEQCAA/QAEACIG/QwKCgoKCgoKCgoKCgoKCgoK/SMiB/1kIQUgBv0MPDw8PDw8PDw8PDw8PDw8PP0jIAb9DCYmJiYmJiYmJiYmJiYmJib9I/1QIAb9DF1dXV1dXV1dXV1dXV1dXV39I/1QIAb9DCAgICAgICAgICAgICAgICD9JiAG/QwJCQkJCQkJCQkJCQkJCQkJ/SP9TyAH/U/9UP1kIgQEQEEAIAIgBUEBIARoIgF0QQFrcSICaWo2AgBBBCAAQSBqIAJnayADIAIbNgIAIAAgAWoPCyAFBEAgAEEgaiAFZ2shAyACIAVpaiECCyAAQRBqIQAMAQsLA0AgACABSARAAkAgAC0AACIEQQpGBEAgAkEBaiECIABBAWohAwUgBEEmRiAEQTxGciAEQd0ARnIEf0EBBSAEQQlHIARBIElxCw0BCyAAQQFqIQAMAgsLC0EAIAI2AgBBBCADNgIAIAAL';

;// CONCATENATED MODULE: ./src/parsers/xml-scan.ts


// The tokenizer's two long walks, over character data and over attribute values, run in
// WebAssembly sixteen bytes at a time (wasm/xml-scan.ts): a JavaScript loop over a Uint8Array
// takes about 2 ns a byte here, and those walks are most of the bytes of a big report. Each
// tokenizer keeps its bytes in the memory of its own instance of the module.
/** Where the caller's bytes start in the module's memory: before them, textStop's results. */
const BYTES = 64;
// A SIMD load reads up to 15 bytes past the one it stops at.
const SLACK = 64;
const PAGE_BYTES = 65_536;
// Undefined when Node runs with --jitless.
const { WebAssembly: wasm } = globalThis;
let compiled;
class ByteScanner {
    exports;
    results;
    /** `webAssembly` false: the same walks in JavaScript (see xml-scan-js.ts), as when Node has none. */
    constructor(webAssembly = wasm !== undefined) {
        if (webAssembly && wasm) {
            compiled ??= new wasm.Module(Buffer.from(XML_SCAN_WASM, 'base64'));
            this.exports = new wasm.Instance(compiled, {}).exports;
        }
        else
            this.exports = scanExportsInJavaScript(PAGE_BYTES);
        this.results = new Int32Array(this.exports.memory.buffer, 0, 2);
    }
    /**
     * A buffer of `size` bytes in the module's memory, where the walks read. It replaces the last
     * one, whose bytes it starts with: growing the memory moves nothing, but leaves the views of
     * the old memory empty.
     */
    buffer(size) {
        const memory = this.exports.memory;
        const missing = BYTES + size + SLACK - memory.buffer.byteLength;
        if (missing > 0)
            memory.grow(Math.ceil(missing / PAGE_BYTES));
        this.results = new Int32Array(memory.buffer, 0, 2);
        return Buffer.from(memory.buffer, BYTES, size);
    }
    /**
     * The first index at or after `start` and before `end` in the buffer that character data cannot
     * pass over: a byte below a space but a tab or a line feed, "<", "&" or "]"; `end` when there is
     * none. The line feeds before it are in `lines` and `lineStart` until the next call.
     */
    textStop(start, end) {
        return this.exports.textStop(start + BYTES, end + BYTES) - BYTES;
    }
    /** The line feeds the last textStop passed over. */
    get lines() {
        return this.results[0];
    }
    /** The index just past the last line feed the last textStop passed over (meaningless when `lines` is 0). */
    get lineStart() {
        return this.results[1] - BYTES;
    }
    /**
     * The first index at or after `start` that ends the plain run of an attribute value: `quote`,
     * "<", ">", "&" or a byte below a space. One of them must lie ahead in the buffer.
     */
    valueStop(start, quote) {
        return this.exports.valueStop(start + BYTES, quote) - BYTES;
    }
}
// Scanners that no stream uses any more wait here for the next: a new one costs an instance of
// the module and its memory grown to the first buffer, 30 µs, which thousands of small reports in
// one run (a Surefire file per test class) add up.
const idle = [];
const MAX_IDLE = 4;
/** A scanner for one stream of bytes, to give back with releaseScanner when the stream ends. */
function takeScanner() {
    return idle.pop() ?? new ByteScanner();
}
/** Keeps the scanner for the next stream: its last buffer must no longer be read. */
function releaseScanner(scanner) {
    if (idle.length < MAX_IDLE && !idle.includes(scanner))
        idle.push(scanner);
}

;// CONCATENATED MODULE: ./src/parsers/xml-cursor.ts



const LINE_ENDS = /\r\n?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters XML 1.0 forbids.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const EMPTY = Buffer.alloc(0);
const INITIAL_CAPACITY = 1 << 21;
/**
 * Where the tokenizer stands in a stream of byte chunks: the bytes not yet consumed, the line
 * and column for errors, and the control characters repaired so far. Only what is consumed is
 * counted, so markup cut by a chunk end is simply read again once the next chunk is here.
 */
class XmlCursor {
    path;
    /** Control characters replaced with U+FFFD, for the caller's note. */
    repaired = 0;
    bytes = EMPTY;
    /** Where the bytes are walked sixteen at a time (see xml-scan.ts). */
    scanner = takeScanner();
    /**
     * Where chunks are copied, in the scanner's memory, reused for the whole stream: a new buffer
     * per chunk churns native memory.
     */
    work = EMPTY;
    /**
     * `work` read four bytes at a time (see holdsControl): word n is bytes 4n to 4n + 3. The
     * scanner's buffers start on a word boundary.
     */
    words = new Int32Array(0);
    position = 0;
    /** The last ">" in the bytes, or -1: a tag that starts before it ends before the bytes do. */
    lastGreaterThan = -1;
    line = 1;
    lineStart = 0;
    /** Characters of the current line in earlier chunks, for columns. */
    columnBase = 0;
    failAt = (message, at) => this.fail(message, at);
    constructor(path) {
        this.path = path;
    }
    /**
     * Appends a chunk to what is left of the last one (at most a few bytes or one piece of
     * markup), copying it: the caller may fill the chunk's buffer again.
     */
    append(chunk) {
        this.columnBase += (0,xml_bytes/* countChars */.FA)(this.bytes, this.lineStart, this.position);
        const rest = this.bytes.length - this.position;
        const size = rest + chunk.byteLength;
        if (size > this.work.length) {
            const end = this.bytes.length;
            // In the same memory, where what is left of the last chunk still is.
            const grown = this.scanner.buffer(Math.max(size, INITIAL_CAPACITY, this.work.length * 2));
            if (rest > 0)
                grown.copyWithin(0, this.position, end);
            this.work = grown;
            this.words = new Int32Array(grown.buffer, grown.byteOffset, grown.length >> 2);
        }
        else if (rest > 0)
            this.work.copyWithin(0, this.position, this.bytes.length);
        this.work.set(chunk, rest);
        this.bytes = this.work.subarray(0, size);
        this.lastGreaterThan = this.bytes.lastIndexOf(xml_bytes/* GREATER_THAN */.vz);
        this.position = 0;
        this.lineStart = 0;
    }
    /** Ends the stream: its scanner goes to the next one, and nothing here may be read after this. */
    release() {
        this.bytes = EMPTY;
        this.work = EMPTY;
        this.words = new Int32Array(0);
        releaseScanner(this.scanner);
    }
    /** Throws a ParseError for the byte at `at`, at or after the position. */
    fail(message, at) {
        let line = this.line;
        let lineStart = this.lineStart;
        let base = this.columnBase;
        for (let index = this.position; index < at; index += 1) {
            if (this.bytes[index] !== xml_bytes/* NEWLINE */.Xy)
                continue;
            line += 1;
            lineStart = index + 1;
            base = 0;
        }
        throw new errors/* ParseError */.mB(this.path, message, line, base + (0,xml_bytes/* countChars */.FA)(this.bytes, lineStart, at) + 1);
    }
    /** Moves past bytes that hold no text: markup, skipped sections. */
    advance(to) {
        let newline = this.bytes.indexOf(xml_bytes/* NEWLINE */.Xy, this.position);
        while (newline !== -1 && newline < to) {
            this.line += 1;
            this.lineStart = newline + 1;
            this.columnBase = 0;
            newline = this.bytes.indexOf(xml_bytes/* NEWLINE */.Xy, newline + 1);
        }
        this.position = to;
    }
    /** Counts lines and control characters in bytes that are passed over; marks what needs repair. */
    countText(start, end) {
        const bytes = this.bytes;
        let marks = 0;
        let line = this.line;
        let lineStart = this.lineStart;
        const words = this.words;
        // Whole words before `end`; none when `words` is empty (an unaligned buffer).
        const wordsEnd = Math.min(end >> 2, words.length);
        for (let index = start; index < end; index += 1) {
            if ((index & 3) === 0) {
                while (index >> 2 < wordsEnd && !(0,xml_bytes/* holdsControl */.Sl)(words[index >> 2]))
                    index += 4;
                if (index >= end)
                    break;
            }
            const byte = bytes[index];
            // Only bytes below a space count here.
            if (byte >= 0x20)
                continue;
            const kind = xml_bytes/* TEXT_CLASS */.Pz[byte];
            if (kind === xml_bytes/* LINE_FEED */.kR) {
                line += 1;
                lineStart = index + 1;
            }
            else if (kind === xml_bytes/* CONTROL */.W3) {
                this.repaired += 1;
                marks = NEEDS_NORMALIZING;
            }
            else if (kind === xml_bytes/* CARRIAGE_RETURN */.u7)
                marks = NEEDS_NORMALIZING;
        }
        if (line !== this.line) {
            this.line = line;
            this.lineStart = lineStart;
            this.columnBase = 0;
        }
        return marks;
    }
    decode(start, end, marks) {
        return decodeText(this.bytes, start, end, marks);
    }
}
/** A CR or a control character: line ends to normalize and characters to repair. */
const NEEDS_NORMALIZING = 1;
/** References, each checked to stand for an allowed character (see plainReferenceEnd). */
const HOLDS_REFERENCES = 2;
/** Text as the document means it: one newline per line end, U+FFFD for control characters, references decoded. */
function decodeText(bytes, start, end, marks) {
    let text = bytes.toString('utf8', start, end);
    // Before references: "&#13;" is a CR that stays one.
    if (marks & NEEDS_NORMALIZING)
        text = text.replace(LINE_ENDS, '\n').replace(CONTROLS, '\uFFFD');
    return marks & HOLDS_REFERENCES ? (0,xml_bytes/* decodeReferences */.PL)(text) : text;
}


/***/ }),

/***/ 2500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ DecodedElement),
/* harmony export */   d: () => (/* binding */ PLAIN_DECIMAL)
/* harmony export */ });
/** An element whose attributes were decoded when it was read: tags with references or odd spacing. */
class DecodedElement {
    name;
    values;
    selfClosing;
    constructor(name, values, selfClosing) {
        this.name = name;
        this.values = values;
        this.selfClosing = selfClosing;
    }
    attribute(name) {
        return Object.hasOwn(this.values, name) ? this.values[name] : undefined;
    }
    decimal(name) {
        const value = this.attribute(name);
        return value !== undefined && PLAIN_DECIMAL.test(value) ? Number(value) : undefined;
    }
    attributes() {
        return this.values;
    }
    keep() {
        return this;
    }
}
/** What decimal() reads from a decoded value: digits with an optional fraction, as Number() would. */
const PLAIN_DECIMAL = /^[0-9]{1,15}(?:\.[0-9]{1,15})?$/;


/***/ }),

/***/ 4977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yo: () => (/* binding */ detach),
  _u: () => (/* binding */ readXmlReport)
});

// UNUSED EXPORTS: DEFAULT_XML_LIMITS, streamXml

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/parsers/parser.ts
var parser = __nccwpck_require__(7449);
// EXTERNAL MODULE: ./src/parsers/xml-bytes.ts
var xml_bytes = __nccwpck_require__(4135);
// EXTERNAL MODULE: ./src/parsers/xml-cursor.ts + 3 modules
var xml_cursor = __nccwpck_require__(8223);
;// CONCATENATED MODULE: ./src/parsers/xml-markup.ts
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ascii = (text) => Buffer.from(text, 'latin1');
const COMMENT = ascii('<!--');
const CDATA = ascii('<![CDATA[');
const DOCTYPE = ascii('<!DOCTYPE');
const XML_DECLARATION = /^<\?xml[\s?]/i;
const SECTIONS = {
    comment: { kind: 'comment', terminator: ascii('--') },
    cdata: { kind: 'CDATA section', terminator: ascii(']]>') },
    instruction: { kind: 'processing instruction', terminator: ascii('?>') },
};
/** Compares without decoding: a name as long in UTF-16 units as in UTF-8 bytes is all ASCII. */
function sameName(name, bytes, start, end) {
    if (name.length !== end - start)
        return name === bytes.toString('utf8', start, end);
    for (let index = 0; index < name.length; index += 1) {
        const code = name.charCodeAt(index);
        if (code >= 0x80)
            return name === bytes.toString('utf8', start, end);
        if (code !== bytes[start + index])
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/parsers/xml-element.ts
var xml_element = __nccwpck_require__(2500);
;// CONCATENATED MODULE: ./src/parsers/xml-raw-element.ts



// What the byte that ends the walk over an attribute value (ByteScanner.valueStop) means (XML 1.0
// §3.3.3). SPECIAL: the value needs more than its raw bytes ("<", whitespace or a control
// character that normalization replaces) or holds the tag's first ">", which means the tag goes
// on past it: the decoding path reads those. A reference is checked in place and decoded when the
// value is read. A quote ends the value only if it is the one that opened it.
const QUOTE = 1;
const SPECIAL = 2;
const REFERENCE = 3;
const VALUE_STOP = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte += 1)
    VALUE_STOP[byte] = SPECIAL;
VALUE_STOP[0x3c] = SPECIAL;
VALUE_STOP[0x3e] = SPECIAL;
VALUE_STOP[xml_bytes/* DOUBLE_QUOTE */.fi] = QUOTE;
VALUE_STOP[xml_bytes/* SINGLE_QUOTE */.ur] = QUOTE;
VALUE_STOP[0x26] = REFERENCE;
// Comparing names pairwise for duplicates stays cheap up to here; a tag with more attributes
// takes the decoding path, which uses a hash.
const MAX_SCANNED_ATTRIBUTES = 32;
const EQUALS = 0x3d;
const SPACE = 0x20;
// A kept element never scans, so it needs no names of its own.
const NO_NAMES = [];
function sameBytes(bytes, start, end, otherStart) {
    for (let index = start; index < end; index += 1)
        if (bytes[index] !== bytes[otherStart + index - start])
            return false;
    return true;
}
function isAscii(text) {
    for (let index = 0; index < text.length; index += 1)
        if (text.charCodeAt(index) >= 0x80)
            return false;
    return true;
}
/**
 * Whether `name` is spelled by these bytes; non-ASCII names are compared decoded. An ASCII name
 * is as long in bytes as in characters, so bytes of another length never spell it: nothing is
 * decoded to tell "time" from "classname".
 */
function spells(name, bytes, start, end) {
    if (name.length !== end - start)
        return name.length < end - start && !isAscii(name) && name === bytes.toString('utf8', start, end);
    for (let index = 0; index < name.length; index += 1) {
        const byte = bytes[start + index] ?? 0;
        if (byte >= 0x80)
            return name === bytes.toString('utf8', start, end);
        if (byte !== name.charCodeAt(index))
            return false;
    }
    return true;
}
/**
 * A start tag read in place from the tokenizer's bytes: attribute names and values are byte
 * ranges, decoded on demand. Only plain tags are read this way (see scan); anything else goes
 * through the decoding path, which owns every error message.
 */
class RawElement {
    spans;
    names;
    name = '';
    selfClosing = false;
    /** Whether the last scanned tag has a line feed between its attributes (values never do). */
    multiline = false;
    count = 0;
    /** Bit n: the nth value holds references, to decode when it is read. */
    references = 0;
    bytes = Buffer.alloc(0);
    constructor(
    /** Per attribute: name start, name end, value start, value end. */
    spans = new Array(4 * MAX_SCANNED_ATTRIBUTES).fill(0), 
    /** Element names seen, reused so that a tag's name is not decoded each time. */
    names = []) {
        this.spans = spans;
        this.names = names;
    }
    /**
     * Reads the tag from "<" at `start` to its first ">", and returns where that ">" is. The caller
     * knows one lies ahead in `bytes`: every loop here stops at a ">". Returns -1, having read
     * nothing worth keeping, when the tag is not plain: a value with "<", a tab, newline or control
     * character, a reference that needs more than decoding, a ">" inside a value, too many
     * attributes or any error.
     */
    scan(bytes, start, maxAttributeChars, scanner) {
        let index = start + 1;
        while (isNameByte(bytes[index]))
            index += 1;
        const nameEnd = index;
        const spans = this.spans;
        let count = 0;
        let total = 0;
        let selfClosing = false;
        let multiline = false;
        // Bit n: the nth value holds references.
        let references = 0;
        // A bit per name length and first byte: only names that share a bit are compared for duplicates.
        let seen = 0;
        let gt = -1;
        for (;;) {
            const afterValue = index;
            while ((0,xml_bytes/* isWhitespace */.Yv)(bytes[index]))
                index += 1;
            // Only whitespace can hold a line feed: any but a lone space may, and the tokenizer looks.
            if (index - afterValue > 1 || (index > afterValue && bytes[afterValue] !== SPACE))
                multiline = true;
            let byte = bytes[index];
            if (byte === xml_bytes/* GREATER_THAN */.vz) {
                gt = index;
                break;
            }
            if (byte === xml_bytes/* SLASH */.o) {
                if (bytes[index + 1] !== xml_bytes/* GREATER_THAN */.vz)
                    return -1;
                gt = index + 1;
                selfClosing = true;
                break;
            }
            if ((byte < 0x80 && xml_bytes/* NAME_START */.PJ[byte] !== 1) || index === afterValue || count === MAX_SCANNED_ATTRIBUTES)
                return -1;
            const attributeStart = index;
            while (isNameByte(bytes[index]))
                index += 1;
            const attributeEnd = index;
            const equalsAt = index;
            while ((0,xml_bytes/* isWhitespace */.Yv)(bytes[index]))
                index += 1;
            if (bytes[index] !== EQUALS)
                return -1;
            index += 1;
            while ((0,xml_bytes/* isWhitespace */.Yv)(bytes[index]))
                index += 1;
            if (index !== equalsAt + 1)
                multiline = true;
            const quote = bytes[index];
            if (quote !== xml_bytes/* DOUBLE_QUOTE */.fi && quote !== xml_bytes/* SINGLE_QUOTE */.ur)
                return -1;
            index += 1;
            const valueStart = index;
            for (;;) {
                // The ">" that bounds the scan stops this walk too, so it never leaves the bytes.
                index = scanner.valueStop(index, quote);
                byte = bytes[index];
                if (byte === quote)
                    break;
                if (VALUE_STOP[byte] === SPECIAL)
                    return -1;
                index = (0,xml_bytes/* plainReferenceEnd */.OW)(bytes, index);
                if (index === -1)
                    return -1;
                references |= 1 << count;
            }
            // Bytes bound characters from above: only a tag near the limit needs the exact count.
            total += index - valueStart;
            if (total > maxAttributeChars)
                return -1;
            const length = attributeEnd - attributeStart;
            // The attributes of JUnit's elements (name, classname, time, file, line…) all differ here.
            const bit = 1 << ((bytes[attributeStart] ^ (length << 3)) & 31);
            if ((seen & bit) !== 0 && this.repeats(attributeStart, attributeEnd, count, bytes))
                return -1;
            seen |= bit;
            spans[count * 4] = attributeStart;
            spans[count * 4 + 1] = attributeEnd;
            spans[count * 4 + 2] = valueStart;
            spans[count * 4 + 3] = index;
            count += 1;
            index += 1;
        }
        this.bytes = bytes;
        this.count = count;
        this.selfClosing = selfClosing;
        this.multiline = multiline;
        this.references = references;
        this.name = this.nameAt(bytes, start + 1, nameEnd);
        return gt;
    }
    /** Whether one of the first `count` attributes has the name at start..end. */
    repeats(start, end, count, bytes) {
        const spans = this.spans;
        for (let other = 0; other < count * 4; other += 4) {
            const otherStart = spans[other] ?? 0;
            if ((spans[other + 1] ?? 0) - otherStart === end - start && sameBytes(bytes, start, end, otherStart))
                return true;
        }
        return false;
    }
    nameAt(bytes, start, end) {
        // Known names are ASCII: only one as long as the bytes can be spelled by them.
        for (const known of this.names)
            if (known.length === end - start && spells(known, bytes, start, end))
                return known;
        const name = bytes.toString('utf8', start, end);
        // Only ASCII names are remembered: comparing them never needs a decode.
        if (this.names.length < 64 && name.length === end - start)
            this.names.push(name);
        return name;
    }
    attribute(name) {
        const at = this.find(name);
        return at === -1 ? undefined : this.value(at);
    }
    decimal(name) {
        const at = this.find(name);
        if (at === -1)
            return undefined;
        if (this.holdsReferences(at)) {
            const value = this.value(at);
            return xml_element/* PLAIN_DECIMAL */.d.test(value) ? Number(value) : undefined;
        }
        return (0,xml_bytes/* readDecimal */.e4)(this.bytes, this.spans[at + 2] ?? 0, this.spans[at + 3] ?? 0);
    }
    attributes() {
        const values = {};
        const spans = this.spans;
        for (let at = 0; at < this.count * 4; at += 4) {
            const name = this.bytes.toString('utf8', spans[at], spans[at + 1]);
            const value = this.value(at);
            // A plain object, as saxes gave: "__proto__" must become a field, not a prototype.
            if (name === '__proto__')
                Object.defineProperty(values, name, { value, enumerable: true });
            else
                values[name] = value;
        }
        return values;
    }
    /** Where the attribute's spans start, or -1. */
    find(name) {
        const spans = this.spans;
        const used = this.count * 4;
        // Names as long in bytes as in characters first: every ASCII name, and so nearly every lookup.
        for (let at = 0; at < used; at += 4) {
            const start = spans[at] ?? 0;
            if ((spans[at + 1] ?? 0) - start === name.length &&
                spells(name, this.bytes, start, start + name.length))
                return at;
        }
        if (isAscii(name))
            return -1;
        for (let at = 0; at < used; at += 4)
            if (spells(name, this.bytes, spans[at] ?? 0, spans[at + 1] ?? 0))
                return at;
        return -1;
    }
    holdsReferences(at) {
        return ((this.references >>> (at / 4)) & 1) === 1;
    }
    value(at) {
        const start = this.spans[at + 2] ?? 0;
        const end = this.spans[at + 3] ?? 0;
        // The scan let through no CR or control character, and checked each reference.
        return (0,xml_cursor/* decodeText */.g7)(this.bytes, start, end, this.holdsReferences(at) ? xml_cursor/* HOLDS_REFERENCES */.iE : 0);
    }
    keep() {
        const used = this.count * 4;
        const start = used === 0 ? 0 : (this.spans[0] ?? 0);
        const end = used === 0 ? 0 : (this.spans[used - 1] ?? 0);
        const spans = [];
        for (let at = 0; at < used; at += 1)
            spans.push((this.spans[at] ?? 0) - start);
        const kept = new RawElement(spans, NO_NAMES);
        // Its own copy of the few bytes it spans: a view would pin the tokenizer's whole chunk.
        kept.bytes = Buffer.allocUnsafe(end - start);
        this.bytes.copy(kept.bytes, 0, start, end);
        kept.count = this.count;
        kept.references = this.references;
        kept.name = this.name;
        kept.selfClosing = this.selfClosing;
        return kept;
    }
}
/** NAME_CHAR, with lower-case letters (most of every name) told without the table. */
const isNameByte = (byte) => (byte >= 0x61 && byte <= 0x7a) || xml_bytes/* NAME_CHAR */.vw[byte] === 1;

;// CONCATENATED MODULE: ./src/parsers/xml-start-tag.ts


/** An error at a UTF-16 index of the decoded tag: readStartTag turns it into a byte position. */
class TagError extends Error {
    index;
    constructor(message, index) {
        super(message);
        this.index = index;
    }
}
const refuse = (message, index) => {
    throw new TagError(message, index);
};
// What makes an attribute value more than its raw text (XML 1.0 §3.3.3): references, "<",
// whitespace that becomes a space, and control characters that we repair.
// biome-ignore lint/suspicious/noControlCharactersInRegex: those control characters are the point.
const xml_start_tag_SPECIAL = /[&<\u0000-\u001F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const SPECIAL_FROM = /[&<\u0000-\u001F]/g;
// A slice of 13 or more characters shares the decoded tag's memory: what is kept is copied.
const ownCopy = (text) => (text.length < 13 ? text : Buffer.from(text).toString());
const isNameChar = (code) => code >= 0x80 || xml_bytes/* NAME_CHAR */.vw[code] === 1;
const isSpace = (code) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
/**
 * Reads the start tag whose "<" is at `start` (XML 1.0 §3.1) into `tag`, or returns false when
 * the bytes end before it does: the caller then waits for more. The tag is decoded once and read
 * as text; values are slices of that short string, so they never pin a chunk.
 */
function readStartTag(bytes, start, maxAttributeChars, tag, fail, lastGreaterThan) {
    // Most tags are plain and read in place, their end found as they are read: the scan stops at
    // the first ">", so a ">" later in the bytes (`lastGreaterThan`) bounds it.
    if (start < lastGreaterThan) {
        const gt = tag.raw.scan(bytes, start, maxAttributeChars, tag.scanner);
        if (gt !== -1 && !tooLong(gt - start, maxAttributeChars)) {
            tag.element = tag.raw;
            tag.multiline = tag.raw.multiline;
            tag.repaired = 0;
            tag.end = gt + 1;
            return true;
        }
    }
    // The rest, and every error, take the decoding path. Nearly always the first ">" ends the
    // tag; when it stands inside a quoted value, one quote-aware pass finds the real end, so a
    // tag full of ">" still costs linear time.
    const first = bytes.indexOf(xml_bytes/* GREATER_THAN */.vz, start + 1);
    if (first === -1)
        return false;
    if (tooLong(first - start, maxAttributeChars))
        failTooLong(bytes, start, maxAttributeChars, fail);
    if (parsed(bytes, start, first, maxAttributeChars, tag, fail))
        return true;
    const end = tagEnd(bytes, start, maxAttributeChars, fail);
    if (end === -1)
        return false;
    if (!parsed(bytes, start, end, maxAttributeChars, tag, fail))
        fail('a quoted attribute value does not end', start);
    return true;
}
function parsed(bytes, start, gt, maxAttributeChars, tag, fail) {
    if (tooLong(gt - start, maxAttributeChars))
        failTooLong(bytes, start, maxAttributeChars, fail);
    const text = bytes.toString('utf8', start, gt + 1);
    try {
        if (!parseTag(text, maxAttributeChars, tag))
            return false;
    }
    catch (error) {
        if (!(error instanceof TagError))
            throw error;
        fail(error.message, start + Buffer.byteLength(text.slice(0, error.index)));
    }
    tag.end = gt + 1;
    tag.multiline = true;
    tag.element = new xml_element/* DecodedElement */.b(tag.name, tag.attributes, tag.selfClosing);
    return true;
}
/** The ">" that ends the tag at `start`, outside quotes, or -1 when the bytes end first. */
function tagEnd(bytes, start, maxAttributeChars, fail) {
    let quote = 0;
    for (let index = start + 1; index < bytes.length; index += 1) {
        const byte = bytes[index];
        if (quote !== 0) {
            if (byte === quote)
                quote = 0;
        }
        else if (byte === xml_bytes/* DOUBLE_QUOTE */.fi || byte === xml_bytes/* SINGLE_QUOTE */.ur)
            quote = byte;
        else if (byte === xml_bytes/* GREATER_THAN */.vz)
            return index;
    }
    if (tooLong(bytes.length - start, maxAttributeChars))
        failTooLong(bytes, start, maxAttributeChars, fail);
    return -1;
}
/** Whether markup this many bytes long must have more attribute characters than allowed. */
function tooLong(markupBytes, maxAttributeChars) {
    // A UTF-8 character of up to three bytes is one UTF-16 unit; names and quotes get generous room.
    return markupBytes > maxAttributeChars * 3 + 65_536;
}
function failTooLong(bytes, start, maxAttributeChars, fail) {
    let end = start + 1;
    while (end < bytes.length && end < start + 256 && xml_bytes/* NAME_CHAR */.vw[bytes[end] ?? 0] === 1)
        end += 1;
    fail(`attributes of <${bytes.toString('utf8', start + 1, end)}> exceed ${maxAttributeChars} characters`, start);
}
/** The tag in `text`, which ends at its first ">": false when that ">" is inside a value. */
function parseTag(text, maxAttributeChars, tag) {
    const last = text.length - 1;
    let index = 1;
    while (index < last && isNameChar(text.charCodeAt(index)))
        index += 1;
    const name = text.slice(1, index);
    const attributes = {};
    SPECIAL_FROM.lastIndex = index;
    const plain = !SPECIAL_FROM.test(text);
    let known = tag.attributeNames.get(name);
    if (!known) {
        known = [];
        if (tag.attributeNames.size < 256)
            tag.attributeNames.set(ownCopy(name), known);
    }
    let count = 0;
    tag.name = name;
    tag.attributes = attributes;
    tag.repaired = 0;
    let total = 0;
    for (;;) {
        const afterValue = index;
        while (isSpace(text.charCodeAt(index)))
            index += 1;
        const code = text.charCodeAt(index);
        if (index === last) {
            tag.selfClosing = false;
            return true;
        }
        if (code === 0x2f) {
            if (index + 1 !== last)
                refuse('expected ">" after "/" in a start tag', index + 1);
            tag.selfClosing = true;
            return true;
        }
        if (code < 0x80 && xml_bytes/* NAME_START */.PJ[code] !== 1)
            refuse(`disallowed character in <${name}>`, index);
        if (index === afterValue)
            refuse('no whitespace between attributes', index);
        const nameStart = index;
        while (index < last && isNameChar(text.charCodeAt(index)))
            index += 1;
        // Elements of one name repeat their attributes in one order: reusing those name strings
        // spares a new string and a property-key lookup per attribute.
        let attribute = known[count];
        if (attribute === undefined ||
            attribute.length !== index - nameStart ||
            !text.startsWith(attribute, nameStart)) {
            attribute = text.slice(nameStart, index);
            if (count < 64)
                known[count] = ownCopy(attribute);
        }
        count += 1;
        while (isSpace(text.charCodeAt(index)))
            index += 1;
        // Outside a quoted value, the ">" at the end is the tag's end, so what is missing is an error.
        if (text.charCodeAt(index) !== 0x3d)
            refuse(`attribute ${attribute} has no value`, index);
        index += 1;
        while (isSpace(text.charCodeAt(index)))
            index += 1;
        const quote = text[index];
        if (quote !== '"' && quote !== "'")
            refuse('unquoted attribute value', index);
        const close = text.indexOf(quote, index + 1);
        if (close === -1)
            return false;
        let value = text.slice(index + 1, close);
        if (!plain && xml_start_tag_SPECIAL.test(value)) {
            value = normalizeValue(value, index + 1, tag);
        }
        if (Object.hasOwn(attributes, attribute))
            refuse(`duplicate attribute: ${attribute}`, nameStart);
        // A plain object, as saxes gave: "__proto__" must become a field, not a prototype.
        if (attribute === '__proto__')
            Object.defineProperty(attributes, attribute, { value, enumerable: true });
        else
            attributes[attribute] = value;
        total += value.length;
        if (total > maxAttributeChars)
            refuse(`attributes of <${name}> exceed ${maxAttributeChars} characters`, index);
        index = close + 1;
    }
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: a value's references, "<", whitespace and control characters.
const VALUE_PARTS = /&([^;]{0,12});?|<|\r\n?|[\t\n]|[\u0000-\u001F]/g;
function normalizeValue(raw, offset, tag) {
    return raw.replace(VALUE_PARTS, (part, reference, at) => {
        if (reference === undefined) {
            if (part === '<')
                refuse('"<" is not allowed in an attribute value', offset + at);
            if (part.length > 1 || part === '\r' || part === '\t' || part === '\n')
                return ' ';
            tag.repaired += 1;
            return '\uFFFD';
        }
        if (!part.endsWith(';'))
            refuse('"&" starts no entity or character reference', offset + at);
        const decoded = (0,xml_bytes/* decodeReference */.i6)(reference);
        if (!decoded)
            refuse('undefined entity or malformed character reference', offset + at);
        if (decoded.repaired)
            tag.repaired += 1;
        return decoded.text;
    });
}

;// CONCATENATED MODULE: ./src/parsers/xml-sections.ts




// A DOCTYPE with an internal subset or an external id is how entity-expansion and XXE attacks start.
const HOSTILE_DOCTYPE = /\[|\bSYSTEM\b|\bPUBLIC\b|<!ENTITY/i;
/**
 * The tokenizer's markup that is not elements: comments, CDATA sections and processing
 * instructions, which a chunk end may cut anywhere (the section being read is carried over),
 * and the DOCTYPE. XmlTokenizer extends it with elements, text and references.
 */
class XmlSections extends xml_cursor/* XmlCursor */.ee {
    events;
    limits;
    /** The comment, CDATA section or processing instruction being read, until its terminator. */
    section;
    sawRoot = false;
    constructor(path, events, limits) {
        super(path);
        this.events = events;
        this.limits = limits;
    }
    emit(start, end, marks, wanted) {
        if (wanted === 'bytes' && this.events.bytes)
            this.events.bytes(this.bytes, start, end, marks);
        else
            this.events.text(this.decode(start, end, marks));
    }
    enter(section, contentStart) {
        this.advance(contentStart);
        this.section = section;
        return true;
    }
    markupTooLong(at) {
        return tooLong(this.bytes.length - at, this.limits.maxAttributeChars);
    }
    doctype() {
        const at = this.position;
        const gt = this.bytes.indexOf(xml_bytes/* GREATER_THAN */.vz, at);
        if (gt === -1) {
            if (this.markupTooLong(at))
                this.fail('a DOCTYPE does not end', at);
            return false;
        }
        if (HOSTILE_DOCTYPE.test(this.bytes.toString('utf8', at, gt + 1)))
            this.fail('DOCTYPE declarations with entities or external ids are refused', at);
        if (this.sawRoot)
            this.fail('a DOCTYPE must come before the root element', at);
        this.advance(gt + 1);
        return true;
    }
    /** Comments, CDATA and processing instructions: only CDATA has text, and only wanted text is decoded. */
    skipSection(section, final) {
        const bytes = this.bytes;
        const start = this.position;
        const { terminator } = section;
        const found = bytes.indexOf(terminator, start);
        const cdata = section === SECTIONS.cdata;
        const wanted = cdata && (this.events.wantsText?.() ?? true);
        let end = found === -1 ? Math.max(start, bytes.length - terminator.length + 1) : found;
        if (final && found === -1)
            end = bytes.length;
        else if (wanted && found === -1)
            end = (0,xml_bytes/* pieceEnd */.G1)(bytes, start, end);
        const marks = this.countText(start, end);
        if (wanted && end > start)
            this.emit(start, end, marks, wanted);
        this.position = end;
        if (found === -1)
            return false;
        if (section === SECTIONS.comment) {
            // XML 1.0 §2.5: "--" may only end a comment.
            if (found + 2 >= bytes.length)
                return false;
            if (bytes[found + 2] !== xml_bytes/* GREATER_THAN */.vz)
                this.fail('"--" inside a comment', found);
            this.position = found + 3;
        }
        else
            this.position = found + terminator.length;
        this.section = undefined;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/parsers/xml-tokenizer.ts






/**
 * A strict, non-validating XML 1.0 tokenizer over UTF-8 byte chunks. It finds markup in the
 * bytes and decodes only names, attribute values and the text its caller wants, so skipped
 * output costs one pass over its bytes. What a chunk ends in the middle of is carried over:
 * only markup (bounded by the attribute limit) and a few bytes of text, never a whole text node.
 */
class XmlTokenizer extends XmlSections {
    open = [];
    atStart = true;
    checkedBom = false;
    tag = {
        name: '',
        attributes: {},
        selfClosing: false,
        end: 0,
        multiline: false,
        repaired: 0,
        attributeNames: new Map(),
        scanner: this.scanner,
        raw: new RawElement(),
        element: new RawElement(),
    };
    write(chunk) {
        this.append(chunk);
        this.run(false);
    }
    end() {
        this.run(true);
        const end = this.bytes.length;
        if (this.section)
            this.fail(`the file ends inside a ${this.section.kind}`, end);
        if (this.position < end)
            this.fail('the file ends inside a tag', end);
        const unclosed = this.open.at(-1);
        if (unclosed !== undefined)
            this.fail(`unclosed tag: <${unclosed}>`, end);
        if (!this.sawRoot)
            this.fail('the document has no root element', end);
    }
    run(final) {
        if (!this.checkedBom) {
            if (this.bytes.length < BOM.length && !final)
                return;
            if ((0,xml_bytes/* startsWith */.w1)(this.bytes, 0, BOM))
                this.position = BOM.length;
            this.checkedBom = true;
        }
        let progressing = true;
        while (progressing && this.position < this.bytes.length) {
            if (this.section)
                progressing = this.skipSection(this.section, final);
            else if (this.open.length === 0)
                progressing = this.outsideRoot(final);
            else
                progressing = this.text(final);
        }
    }
    /** Before and after the root only whitespace, comments, processing instructions and a DOCTYPE may stand. */
    outsideRoot(final) {
        const bytes = this.bytes;
        let index = this.position;
        while (index < bytes.length && (0,xml_bytes/* isWhitespace */.Yv)(bytes[index]))
            index += 1;
        if (index > this.position)
            this.atStart = false;
        this.advance(index);
        if (index === bytes.length)
            return false;
        if (bytes[index] !== xml_bytes/* LESS_THAN */.iH)
            this.fail('text outside the root element', index);
        return this.markup(final);
    }
    /** Character data inside an element, up to the next markup, reference or chunk end. */
    text(final) {
        const bytes = this.bytes;
        const length = bytes.length;
        const start = this.position;
        const wanted = this.events.wantsText?.() ?? true;
        let line = this.line;
        let lineStart = this.lineStart;
        let marks = 0;
        let index = start;
        const scanner = this.scanner;
        for (;;) {
            for (; index < length; index += 1) {
                // Long text (a stack trace, a test's output) is passed over sixteen bytes at a time, its
                // line feeds counted on the way: what stops the walk is markup, a reference, "]", a CR or
                // a control character.
                index = scanner.textStop(index, length);
                if (scanner.lines > 0) {
                    line += scanner.lines;
                    lineStart = scanner.lineStart;
                }
                if (index >= length)
                    break;
                const kind = xml_bytes/* TEXT_CLASS */.Pz[bytes[index]];
                if (kind === xml_bytes/* CONTROL */.W3) {
                    this.repaired += 1;
                    marks |= xml_cursor/* NEEDS_NORMALIZING */.Dp;
                }
                else if (kind === xml_bytes/* CARRIAGE_RETURN */.u7)
                    marks |= xml_cursor/* NEEDS_NORMALIZING */.Dp;
                else if (kind !== xml_bytes/* BRACKET */.ZP)
                    break;
                else if (index + 2 >= length) {
                    if (!final)
                        break;
                }
                else if (bytes[index + 1] === xml_bytes/* RIGHT_BRACKET */.Q4 && bytes[index + 2] === xml_bytes/* GREATER_THAN */.vz)
                    this.fail('"]]>" is not allowed in text', index);
            }
            // A reference that stands for an allowed character stays in the text, decoded with it;
            // any other is read on its own (and a repair or an error is counted or raised there).
            if (bytes[index] !== xml_bytes/* AMPERSAND */.e0)
                break;
            const after = (0,xml_bytes/* plainReferenceEnd */.OW)(bytes, index);
            if (after === -1)
                break;
            marks |= xml_cursor/* HOLDS_REFERENCES */.iE;
            index = after;
        }
        const end = index === length && wanted && !final ? (0,xml_bytes/* pieceEnd */.G1)(bytes, start, length) : index;
        if (line !== this.line) {
            this.line = line;
            this.lineStart = lineStart;
            this.columnBase = 0;
        }
        if (wanted && end > start)
            this.emit(start, end, marks, wanted);
        this.position = end;
        if (index >= length || end < index)
            return false;
        const byte = bytes[index];
        if (byte === xml_bytes/* LESS_THAN */.iH)
            return this.markup(final);
        if (byte === xml_bytes/* AMPERSAND */.e0)
            return this.reference(wanted, final);
        return false;
    }
    reference(wanted, final) {
        const bytes = this.bytes;
        const at = this.position;
        const semicolon = bytes.indexOf(xml_bytes/* SEMICOLON */.I8, at + 1);
        if (semicolon === -1 || semicolon - at > xml_bytes/* MAX_REFERENCE_BYTES */.LU) {
            if (!final && bytes.length - at <= xml_bytes/* MAX_REFERENCE_BYTES */.LU)
                return false;
            this.fail('"&" starts no entity or character reference', at);
        }
        const reference = (0,xml_bytes/* decodeReference */.i6)(bytes.toString('latin1', at + 1, semicolon));
        if (!reference)
            this.fail('undefined entity or malformed character reference', at);
        if (reference.repaired)
            this.repaired += 1;
        if (wanted)
            this.events.text(reference.text);
        this.position = semicolon + 1;
        return true;
    }
    /** At a "<": decides what it starts, once enough bytes are here to tell. */
    markup(final) {
        const bytes = this.bytes;
        const at = this.position;
        const next = bytes[at + 1];
        if (next === undefined)
            return false;
        // Enough bytes to tell "<!--" from "<![CDATA[" and "<!DOCTYPE", and to see "<?xml ".
        if ((next === 0x21 || next === 0x3f) && bytes.length - at < CDATA.length && !final)
            return false;
        const atStart = this.atStart;
        this.atStart = false;
        if (next === xml_bytes/* SLASH */.o)
            return this.closeTag(final);
        if (next === 0x21) {
            if ((0,xml_bytes/* startsWith */.w1)(bytes, at, COMMENT))
                return this.enter(SECTIONS.comment, at + COMMENT.length);
            if ((0,xml_bytes/* startsWith */.w1)(bytes, at, CDATA)) {
                if (this.open.length === 0)
                    this.fail('CDATA outside the root element', at);
                return this.enter(SECTIONS.cdata, at + CDATA.length);
            }
            if ((0,xml_bytes/* startsWith */.w1)(bytes, at, DOCTYPE))
                return this.doctype();
            this.fail('"<!" starts no comment, CDATA section or DOCTYPE', at);
        }
        if (next === 0x3f) {
            if (!atStart && XML_DECLARATION.test(bytes.toString('latin1', at, at + 6)))
                this.fail('an XML declaration must be at the start of the document', at);
            return this.enter(SECTIONS.instruction, at + 2);
        }
        if (xml_bytes/* NAME_START */.PJ[next] !== 1)
            this.fail('disallowed character after "<"', at + 1);
        return this.startTag();
    }
    startTag() {
        const at = this.position;
        const { maxAttributeChars, maxDepth } = this.limits;
        const tag = this.tag;
        if (!readStartTag(this.bytes, at, maxAttributeChars, tag, this.failAt, this.lastGreaterThan)) {
            if (this.markupTooLong(at))
                failTooLong(this.bytes, at, maxAttributeChars, this.failAt);
            return false;
        }
        if (this.open.length === 0 && this.sawRoot)
            this.fail('a document has only one root element', at);
        if (this.open.length >= maxDepth)
            this.fail(`elements nest deeper than ${maxDepth} levels`, at);
        const line = this.line;
        if (tag.multiline)
            this.advance(tag.end);
        else
            this.position = tag.end;
        this.repaired += tag.repaired;
        this.sawRoot = true;
        const { element } = tag;
        if (this.events.openElement)
            this.events.openElement(element, line);
        else
            this.events.open(element.name, element.attributes(), line);
        if (element.selfClosing)
            this.events.close(element.name);
        else
            this.open.push(element.name);
        return true;
    }
    closeTag(final) {
        const bytes = this.bytes;
        const at = this.position;
        let nameEnd = at + 2;
        while (xml_bytes/* NAME_CHAR */.vw[bytes[nameEnd] ?? 0] === 1)
            nameEnd += 1;
        // Nearly always "</name>", whose ">" needs no search and which spans no line.
        const gt = bytes[nameEnd] === xml_bytes/* GREATER_THAN */.vz ? nameEnd : bytes.indexOf(xml_bytes/* GREATER_THAN */.vz, at + 2);
        if (gt === -1) {
            if (!final && this.markupTooLong(at))
                this.fail('a close tag does not end', at);
            return false;
        }
        if (xml_bytes/* NAME_START */.PJ[bytes[at + 2] ?? 0] !== 1)
            this.fail('disallowed character in a close tag', at + 2);
        for (let index = nameEnd; index < gt; index += 1)
            if (!(0,xml_bytes/* isWhitespace */.Yv)(bytes[index]))
                this.fail('disallowed character in a close tag', index);
        const name = this.open.pop();
        if (name === undefined || !sameName(name, bytes, at + 2, nameEnd)) {
            const found = bytes.toString('utf8', at + 2, nameEnd);
            this.fail(name === undefined ? `unexpected close tag </${found}>` : `expected </${name}>, found </${found}>`, at);
        }
        if (gt === nameEnd)
            this.position = gt + 1;
        else
            this.advance(gt + 1);
        this.events.close(name);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/parsers/xml-stream.ts



// Real reports nest a handful of levels; 256 leaves room for PHPUnit's data-provider
// suites while refusing nesting bombs long before the stack is at risk.
const DEFAULT_XML_LIMITS = { maxDepth: 256, maxAttributeChars: 1 << 20 };
/**
 * Streams XML chunks (UTF-8 bytes, or text) through our strict tokenizer, with limits for
 * hostile input. Every error is a ParseError with the file, line and column.
 */
async function streamXml(chunks, path, handlers, limits = DEFAULT_XML_LIMITS) {
    const tokenizer = new XmlTokenizer(path, handlers, limits);
    try {
        for await (const chunk of chunks)
            tokenizer.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        tokenizer.end();
        return { repaired: tokenizer.repaired };
    }
    finally {
        tokenizer.release();
    }
}
/**
 * V8 strings sliced from a large string keep the whole of it alive. Slicing a concatenation
 * makes V8 flatten it into a new string first, and the slice then rests on that copy: memory
 * stays bounded by what we keep, not what we read. Five times as fast as a Buffer round trip.
 */
function detach(text) {
    return ` ${text}`.slice(1);
}
/** Streams an XML report whose root must be one of `roots` through a reader, noting what was repaired. */
async function readXmlReport(chunks, path, roots, reader) {
    let sawRoot = false;
    const checkRoot = (name, line) => {
        if (!sawRoot && !roots.includes(name)) {
            throw new errors/* ParseError */.mB(path, `expected ${roots.map((root) => `<${root}>`).join(' or ')}, found <${name}>`, line);
        }
        sawRoot = true;
    };
    const handlers = {
        open(name, attributes, line) {
            checkRoot(name, line);
            reader.open(name, attributes, line);
        },
        close: (name) => reader.close(name),
        text: (text) => reader.onText(text),
    };
    const { openElement, onBytes, wantsText } = reader;
    if (openElement)
        handlers.openElement = (element, line) => {
            checkRoot(element.name, line);
            openElement.call(reader, element, line);
        };
    if (onBytes)
        handlers.bytes = onBytes.bind(reader);
    if (wantsText)
        handlers.wantsText = wantsText.bind(reader);
    // Files from src/parse.ts come as bytes too: markup is found without decoding the file.
    const { repaired } = await streamXml((0,parser/* bytesOf */.$$)(chunks) ?? chunks, path, handlers);
    const result = reader.finish();
    if (repaired > 0)
        result.notes = [
            ...(result.notes ?? []),
            `replaced ${repaired} control character(s) that XML does not allow with U+FFFD`,
        ];
    return result;
}


/***/ }),

/***/ 9138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   Zu: () => (/* binding */ failureLabel),
/* harmony export */   nV: () => (/* binding */ failureTitle),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export MAX_TITLE_CHARS */
// GitHub refuses titles over 256 characters; every other surface is happy with that too.
const MAX_TITLE_CHARS = 256;
function truncate(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** "UserService › loads a user", or where a runtime error was found: how every surface names a failure. */
function failureLabel(failure) {
    if (!failure.test)
        return `runtime error in ${failure.source.path}`;
    const owner = failure.test.classname ?? failure.test.suite;
    return owner ? `${owner} › ${failure.test.name}` : failure.test.name;
}
/** The error's first line with its type: "TypeError: boom". */
function errorLine(error) {
    return error.type ? `${error.type}: ${error.message}` : error.message;
}
/** "TypeError: cannot read x — in UserService › loads a user" */
function failureTitle(failure) {
    const error = errorLine(failure.error);
    const where = failure.test ? ` — in ${failure.test.name}` : '';
    return truncate(`${error || 'failure'}${where}`, MAX_TITLE_CHARS);
}


/***/ }),

/***/ 6058:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ FailureColumns),
/* harmony export */   yT: () => (/* binding */ failuresFrom)
/* harmony export */ });
/* unused harmony export heapBytes */
/* harmony import */ var _failure_spill_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9255);

const RUNTIME = 1;
const FLAKY = 2;
// Measured (heap after a full GC, per parsed failure): the benchmark's failures take 4.4 KB and
// are estimated at 6.1; failures that fill every bound (a 32 K stack, 128 frames, 8 KiB of stdout
// and of stderr) take 104 KB and are estimated at 116. Text counts two bytes a character, what a
// two-byte string takes, so the estimate errs high for ASCII.
const BYTES_PER_FAILURE = 1536;
const BYTES_PER_FRAME = 160;
function errorBytes(error) {
    let bytes = 2 * (error.message.length + (error.type?.length ?? 0) + (error.stack?.length ?? 0));
    bytes += BYTES_PER_FRAME * error.frames.length;
    for (const cause of error.causes ?? [])
        bytes += errorBytes(cause);
    return bytes;
}
/** About how many bytes of heap a failure holds; what the in-memory budget counts. */
function heapBytes(failure) {
    const { test, output } = failure;
    let chars = (output?.stdout?.length ?? 0) + (output?.stderr?.length ?? 0);
    if (test)
        chars +=
            test.name.length + (test.classname?.length ?? 0) + (test.suite?.length ?? 0) + (test.file?.length ?? 0);
    return BYTES_PER_FAILURE + 2 * chars + errorBytes(failure.error);
}
/**
 * The failures of a report as they are settled: the first few whole, the rest written to the
 * spill and kept as a row of columns (about 60 bytes each), so even 100,000 failures cost a few
 * MiB until the report is built from them.
 */
class FailureColumns {
    spill;
    limits;
    columns = {
        whole: [],
        fingerprints: [],
        offsets: new Float64Array(1024),
        lengths: new Uint32Array(1024),
        flags: new Uint8Array(1024),
        sourcePaths: [],
        sourceLines: new Float64Array(1024),
    };
    /** heapBytes() of the whole failures. */
    wholeBytes = 0;
    constructor(spill, limits) {
        this.spill = spill;
        this.limits = limits;
    }
    add(failure) {
        const { whole, fingerprints } = this.columns;
        if (this.count >= this.limits.detailsOf) {
            this.addRow(failure, _failure_spill_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_WRITTEN */ .OX, 0);
            return;
        }
        if (whole.length < this.limits.keepInMemory && fingerprints.length === 0) {
            const bytes = heapBytes(failure);
            if (this.wholeBytes + bytes <= this.limits.keepInMemoryBytes) {
                this.wholeBytes += bytes;
                whole.push(failure);
                return;
            }
        }
        const [offset, length] = this.spill.write(failure);
        this.addRow(failure, offset, length);
    }
    addRow(failure, offset, length) {
        const row = this.columns.fingerprints.length;
        if (row === this.columns.offsets.length)
            this.grow();
        const { fingerprints, offsets, lengths, flags, sourcePaths, sourceLines } = this.columns;
        fingerprints.push(failure.fingerprint);
        offsets[row] = offset;
        lengths[row] = length;
        flags[row] = (failure.kind === 'runtime' ? RUNTIME : 0) | (failure.flaky ? FLAKY : 0);
        sourcePaths.push(failure.source.path);
        sourceLines[row] = failure.source.line ?? Number.NaN;
    }
    get count() {
        return this.columns.whole.length + this.columns.fingerprints.length;
    }
    truncate(count) {
        const { whole, fingerprints, sourcePaths } = this.columns;
        fingerprints.length = Math.max(0, count - whole.length);
        sourcePaths.length = fingerprints.length;
        for (let index = count; index < whole.length; index += 1)
            this.wholeBytes -= heapBytes(whole[index]);
        whole.length = Math.min(whole.length, count);
    }
    /** The columns as they stand, trimmed: they can be posted to another thread. */
    done() {
        const rows = this.columns.fingerprints.length;
        const { whole, fingerprints, offsets, lengths, flags, sourcePaths, sourceLines } = this.columns;
        return {
            whole,
            fingerprints,
            offsets: offsets.slice(0, rows),
            lengths: lengths.slice(0, rows),
            flags: flags.slice(0, rows),
            sourcePaths,
            sourceLines: sourceLines.slice(0, rows),
        };
    }
    grow() {
        const size = this.columns.offsets.length * 2;
        const offsets = new Float64Array(size);
        const lengths = new Uint32Array(size);
        const flags = new Uint8Array(size);
        const sourceLines = new Float64Array(size);
        offsets.set(this.columns.offsets);
        lengths.set(this.columns.lengths);
        flags.set(this.columns.flags);
        sourceLines.set(this.columns.sourceLines);
        this.columns = { ...this.columns, offsets, lengths, flags, sourceLines };
    }
}
/** The report's failures from columns: the whole ones, then a stand-in per spilled one, reading `spill`. */
function failuresFrom(columns, spill) {
    const failures = [...columns.whole];
    for (let row = 0; row < columns.fingerprints.length; row += 1) {
        const flags = columns.flags[row] ?? 0;
        const line = columns.sourceLines[row] ?? Number.NaN;
        failures.push(spill.standIn({
            fingerprint: columns.fingerprints[row] ?? '',
            kind: flags & RUNTIME ? 'runtime' : 'test',
            flaky: (flags & FLAKY) !== 0,
            source: { path: columns.sourcePaths[row] ?? '', ...(Number.isNaN(line) ? {} : { line }) },
        }, columns.offsets[row] ?? 0, columns.lengths[row] ?? 0));
    }
    return failures;
}


/***/ }),

/***/ 9255:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ FailureSpill),
/* harmony export */   OX: () => (/* binding */ NOT_WRITTEN),
/* harmony export */   VD: () => (/* binding */ openSpillFile),
/* harmony export */   jn: () => (/* binding */ spillLimits)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(182);




// About a thousand failures of the 1 GB benchmark (3.5 KB of JSON each). A budget of bytes, not a
// count: a thousand failures that each fill every bound (a 32 K stack, 128 frames, 8 KiB of stdout
// and of stderr) take 100 MiB. Keeping more was not faster: at 100 MB, 40 MiB of whole failures
// took the spill's writes out of the profile, but garbage collection grew by about as much, six
// interleaved runs were no quicker, and `parse --json` peaked at 267 MiB.
const DEFAULT_SPILL = {
    keepInMemory: Number.POSITIVE_INFINITY,
    keepInMemoryBytes: 6 * 1024 * 1024,
    detailsOf: Number.POSITIVE_INFINITY,
};
/** The limits in force: what the user set (faultline.yml memory), and the defaults for the rest. */
function spillLimits(set) {
    return {
        keepInMemory: set?.keepInMemory ?? DEFAULT_SPILL.keepInMemory,
        keepInMemoryBytes: set?.keepInMemoryBytes ?? DEFAULT_SPILL.keepInMemoryBytes,
        detailsOf: set?.detailsOf ?? DEFAULT_SPILL.detailsOf,
    };
}
const CHUNK_BYTES = 1 << 20;
const RESIDENT = new Set(['fingerprint', 'kind', 'flaky', 'source']);
/** The place of a failure past `detailsOf`: nothing of it was written. */
const NOT_WRITTEN = -1;
/** A stand-in reads like the failure it replaced: JSON, spread, Object.entries and `in` all see every field. */
const standIn = {
    get(slot, key) {
        if (RESIDENT.has(key))
            return slot[key];
        // Writers of the report copy the stored JSON rather than parse it and write it again.
        if (key === _model_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPACT_JSON */ .hg)
            return () => slot.store.bytes(slot);
        return slot.store.read(slot)[key];
    },
    has: (slot, key) => key in slot.store.read(slot),
    ownKeys: (slot) => Reflect.ownKeys(slot.store.read(slot)),
    getOwnPropertyDescriptor(slot, key) {
        const failure = slot.store.read(slot);
        if (!Object.hasOwn(failure, key))
            return undefined;
        return { value: failure[key], writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
};
// The report's stand-ins keep their spill alive; once nothing reads it, its file is closed.
const closeWhenUnreachable = new FinalizationRegistry((fd) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd));
function removeAtExit(folder) {
    process.once('exit', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(folder, { recursive: true, force: true }));
}
/**
 * Creates the temporary file, unlinked while open so that it goes away with the process however
 * it ends (POSIX). Where an open file cannot be removed (Windows), its folder goes at exit. A
 * worker thread's own files are closed when it ends, so the thread that reads the spill opens it.
 */
function openSpillFile() {
    const folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'faultline-failures-'));
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, 'failures.jsonl');
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w+', 0o600);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(folder, { recursive: true });
        return { fd };
    }
    catch {
        removeAtExit(folder);
        return { fd, folder };
    }
}
class FailureSpill {
    file;
    count = 0;
    fd;
    /** Bytes written to the file; what comes after them still sits in `chunk`. */
    flushed = 0;
    // Allocated on the first write: most runs spill nothing.
    chunk = Buffer.alloc(0);
    used = 0;
    // Callers read one failure several times in a row (label, error line, stack): the last one read
    // is kept parsed.
    lastSlot;
    readBuffer = Buffer.alloc(0);
    lastFailure;
    /** `file`: one opened by another thread, which will read what this spill writes. */
    constructor(file) {
        this.file = file;
    }
    /** A spill that reads what another thread's spill writes into `file`; `written` says how much. */
    static reader(file) {
        const spill = new FailureSpill();
        spill.fd = file.fd;
        closeWhenUnreachable.register(spill, file.fd);
        return spill;
    }
    /** Appends the failure to the file; returns where it lies. */
    write(failure) {
        this.count += 1;
        const text = JSON.stringify(failure);
        // A UTF-16 unit takes at most 3 bytes: when that fits, the write says the length, and the
        // text is not measured first.
        if (this.used + text.length * 3 > this.chunk.length) {
            const length = Buffer.byteLength(text);
            if (this.used + length > this.chunk.length)
                this.flush(length);
        }
        const offset = this.flushed + this.used;
        const length = this.chunk.write(text, this.used);
        this.used += length;
        return [offset, length];
    }
    /** A failure whose fields, but for the resident ones, are read from the file when asked. */
    standIn(resident, offset, length) {
        const slot = { ...resident, store: this, offset, length };
        return new Proxy(slot, standIn);
    }
    /** How many failures went to disk. */
    get spilled() {
        return this.count;
    }
    /** Writes out what is buffered; returns the file's size, for the reader's `written`. */
    finish() {
        this.flush(0);
        return this.flushed;
    }
    /** On a reader: everything before this byte has been written. */
    written(size) {
        this.flushed = size;
    }
    read(slot) {
        if (slot === this.lastSlot && this.lastFailure)
            return this.lastFailure;
        this.lastFailure = JSON.parse(this.text(slot));
        this.lastSlot = slot;
        return this.lastFailure;
    }
    /** The failure's JSON, as JSON.stringify wrote it. */
    text(slot) {
        return this.bytes(slot).toString('utf8');
    }
    /**
     * The failure's JSON as UTF-8 bytes, in a buffer the next call reuses. Writing a report reads
     * every spilled failure: a new buffer each, outside the JS heap, left glibc's heap fragmented,
     * and 2,000 failures of 68 KB each peaked at 200 MiB against 170.
     */
    bytes(slot) {
        if (slot.offset === NOT_WRITTEN)
            throw new Error(`failure ${slot.fingerprint} was counted, not kept: only its fingerprint, kind, flaky flag and source can be read`);
        if (this.readBuffer.length < slot.length)
            this.readBuffer = Buffer.allocUnsafe(Math.max(slot.length, 1 << 16));
        const bytes = this.readBuffer.subarray(0, slot.length);
        const inChunk = slot.offset - this.flushed;
        if (inChunk >= 0)
            this.chunk.copy(bytes, 0, inChunk, inChunk + slot.length);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, bytes, 0, slot.length, slot.offset);
        return bytes;
    }
    /** Writes out the chunk, and makes room for `next` bytes in it. */
    flush(next) {
        if (this.used > 0) {
            this.fd ??= this.openFile();
            let written = 0;
            while (written < this.used)
                written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, this.chunk, written, this.used - written);
            this.flushed += this.used;
            this.used = 0;
        }
        if (next > this.chunk.length)
            this.chunk = Buffer.allocUnsafe(Math.max(next, CHUNK_BYTES));
    }
    openFile() {
        if (this.file)
            return this.file.fd;
        const { fd } = openSpillFile();
        closeWhenUnreachable.register(this, fd);
        return fd;
    }
}


/***/ }),

/***/ 7470:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ failureMaker),
/* harmony export */   OU: () => (/* binding */ readSourceInfo),
/* harmony export */   RF: () => (/* binding */ toFailures),
/* harmony export */   tS: () => (/* binding */ failedSourceInfo)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _fingerprint_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8418);
/* harmony import */ var _logs_in_app_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5482);



// What every kind of source (report files, logs, a triaged run's artifacts and job logs) turns
// into: a listed source, read or failed, and failures with the project's in-app corrections
// applied before they are fingerprinted.
function readSourceInfo(path, format, notes) {
    const info = { path, format };
    if (notes?.length)
        info.notes = [...notes];
    return info;
}
/** A source that could not be read, with the line and column of a parse error where known. */
function failedSourceInfo(path, error) {
    const info = { path, error: { message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) } };
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB && info.error) {
        if (error.line !== undefined)
            info.error.line = error.line;
        if (error.column !== undefined)
            info.error.column = error.column;
    }
    return info;
}
/** Draft → failure: in-app overrides first, since they decide which frames key a fingerprint. */
function failureMaker(options) {
    const fix = options.inApp ? (0,_logs_in_app_js__WEBPACK_IMPORTED_MODULE_2__/* .inAppOverride */ .N)(options.inApp) : undefined;
    return (draft) => (0,_fingerprint_fingerprint_js__WEBPACK_IMPORTED_MODULE_1__/* .withFingerprint */ .JR)(fix ? fix(draft) : draft, options.fingerprint);
}
function toFailures(drafts, options) {
    return drafts.map(failureMaker(options));
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept in step with package.json by test/version.test.ts.
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4584:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
