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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mB: () => (/* binding */ ParseError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports FaultlineError, DeliveryError */
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
/* harmony export */   Gl: () => (/* binding */ parseFingerprintRule),
/* harmony export */   IU: () => (/* binding */ applyRules)
/* harmony export */ });
/* unused harmony export parseFingerprintRules */
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
        throw new ConfigError(field, 'must be a list of rules');
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

/***/ 1695:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sources_failure_columns_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6058);
/* harmony import */ var _sources_failure_spill_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7653);
/* harmony import */ var _sources_parse_thread_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3318);
/* harmony import */ var _sources_report_files_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2688);





// The parsing thread's entry (see src/parse.ts): options in, the report out.
const input = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
const options = (0,_sources_parse_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .fromWorkerInput */ .B_)(input);
const logs = [];
const spill = new _sources_failure_spill_js__WEBPACK_IMPORTED_MODULE_2__/* .FailureSpill */ .Ji(input.spillFile);
const columns = new _sources_failure_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .FailureColumns */ .Ss(spill, (0,_sources_failure_spill_js__WEBPACK_IMPORTED_MODULE_2__/* .spillLimits */ .jn)(options.spill));
const report = await (0,_sources_report_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReportFiles */ .$)(options, input.resolved, (0,_sources_parse_thread_js__WEBPACK_IMPORTED_MODULE_3__/* .recordingLogger */ .uE)(logs), columns);
const output = { report, failures: columns.done(), logs, size: spill.finish() };
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(output);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6058:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ FailureColumns)
/* harmony export */ });
/* unused harmony exports heapBytes, failuresFrom */
/* harmony import */ var _failure_spill_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7653);

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

/***/ 7653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ji: () => (/* binding */ FailureSpill),
  OX: () => (/* binding */ NOT_WRITTEN),
  jn: () => (/* binding */ spillLimits)
});

// UNUSED EXPORTS: openSpillFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
;// CONCATENATED MODULE: ./src/sources/failure-spill.ts




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
        if (key === model/* COMPACT_JSON */.hg)
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
const closeWhenUnreachable = new FinalizationRegistry((fd) => (0,external_node_fs_.closeSync)(fd));
function removeAtExit(folder) {
    process.once('exit', () => (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true }));
}
/**
 * Creates the temporary file, unlinked while open so that it goes away with the process however
 * it ends (POSIX). Where an open file cannot be removed (Windows), its folder goes at exit. A
 * worker thread's own files are closed when it ends, so the thread that reads the spill opens it.
 */
function openSpillFile() {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), 'faultline-failures-'));
    const path = (0,external_node_path_.join)(folder, 'failures.jsonl');
    const fd = (0,external_node_fs_.openSync)(path, 'w+', 0o600);
    try {
        (0,external_node_fs_.unlinkSync)(path);
        (0,external_node_fs_.rmSync)(folder, { recursive: true });
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
            (0,external_node_fs_.readSync)(this.fd, bytes, 0, slot.length, slot.offset);
        return bytes;
    }
    /** Writes out the chunk, and makes room for `next` bytes in it. */
    flush(next) {
        if (this.used > 0) {
            this.fd ??= this.openFile();
            let written = 0;
            while (written < this.used)
                written += (0,external_node_fs_.writeSync)(this.fd, this.chunk, written, this.used - written);
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

/***/ 3318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ fromWorkerInput),
/* harmony export */   uE: () => (/* binding */ recordingLogger)
/* harmony export */ });
/* unused harmony export parseInWorker */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fingerprint_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6399);
/* harmony import */ var _failure_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6058);
/* harmony import */ var _failure_spill_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7653);




// Both sides of the parsing thread. Options cross as plain data; the report comes back with its
// failures as columns (the first few whole, the rest as places in the spill file this side
// opened), and this side makes the stand-ins.
/** Measured on the 1 GB benchmark: smaller promotes more to the old generation, larger is the problem. */
const YOUNG_GENERATION_MB = 48;
function toWorkerInput(options, resolved, spillFile) {
    const rules = options.fingerprint.rules.map(({ field, raw }) => ({ field, raw }));
    const fingerprint = { groupBy: options.fingerprint.groupBy, rules };
    // Only what parsing reads: the caller may pass its whole configuration, secrets and all.
    const { paths, format, cwd, workspace, inApp, spill } = options;
    return {
        paths: [...paths],
        format,
        cwd,
        workspace,
        fingerprint,
        ...(inApp ? { inApp } : {}),
        ...(spill ? { spill } : {}),
        spillFile,
        resolved,
    };
}
function fromWorkerInput({ spillFile: _file, resolved: _resolved, ...input }) {
    const rules = input.fingerprint.rules.map(({ field, raw }) => (0,_fingerprint_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFingerprintRule */ .Gl)(raw, field));
    return { ...input, fingerprint: { groupBy: input.fingerprint.groupBy, rules } };
}
/** A logger that keeps what it is told, for the other thread to replay. */
function recordingLogger(into) {
    const record = (level) => (message) => void into.push([level, message]);
    return { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}
async function parseInWorker(file, options, resolved, log) {
    const spillFile = openSpillFile();
    const worker = new Worker(file, {
        workerData: toWorkerInput(options, resolved, spillFile),
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const spill = FailureSpill.reader(spillFile);
    const output = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the report parser stopped (exit code ${code})`)));
    });
    // Its heap goes back before this thread writes the report, which needs room of its own.
    await worker.terminate();
    for (const [level, message] of output.logs)
        log[level](message);
    const spilled = output.failures.fingerprints.length;
    log.debug(`Parsed in a worker thread; ${spilled} failure(s) wait in a temporary file until read`);
    spill.written(output.size);
    return { ...output.report, failures: failuresFrom(output.failures, spill) };
}


/***/ }),

/***/ 2688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ parseReportFiles)
});

// UNUSED EXPORTS: describeSourceError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
;// CONCATENATED MODULE: ./src/parsers/parser.ts
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

;// CONCATENATED MODULE: ./src/parsers/lines.ts
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

;// CONCATENATED MODULE: ./src/parsers/paths.ts
// Paths inside reports are absolute on the machine that ran the tests. Users read them
// relative to their repository, and fingerprints must not change with the checkout path.
function paths_toPosix(path) {
    return path.replace(/\\/g, '/');
}
function relativeToWorkspace(path, workspace) {
    let result = paths_toPosix(path.replace(/^file:\/\//, ''));
    const root = paths_toPosix(workspace).replace(/\/+$/, '');
    if (root && result.startsWith(`${root}/`))
        result = result.slice(root.length + 1);
    return result;
}

;// CONCATENATED MODULE: ./src/parsers/xml-bytes.ts
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
        this.columnBase += countChars(this.bytes, this.lineStart, this.position);
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
        this.lastGreaterThan = this.bytes.lastIndexOf(GREATER_THAN);
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
            if (this.bytes[index] !== NEWLINE)
                continue;
            line += 1;
            lineStart = index + 1;
            base = 0;
        }
        throw new errors/* ParseError */.mB(this.path, message, line, base + countChars(this.bytes, lineStart, at) + 1);
    }
    /** Moves past bytes that hold no text: markup, skipped sections. */
    advance(to) {
        let newline = this.bytes.indexOf(NEWLINE, this.position);
        while (newline !== -1 && newline < to) {
            this.line += 1;
            this.lineStart = newline + 1;
            this.columnBase = 0;
            newline = this.bytes.indexOf(NEWLINE, newline + 1);
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
                while (index >> 2 < wordsEnd && !holdsControl(words[index >> 2]))
                    index += 4;
                if (index >= end)
                    break;
            }
            const byte = bytes[index];
            // Only bytes below a space count here.
            if (byte >= 0x20)
                continue;
            const kind = TEXT_CLASS[byte];
            if (kind === LINE_FEED) {
                line += 1;
                lineStart = index + 1;
            }
            else if (kind === CONTROL) {
                this.repaired += 1;
                marks = NEEDS_NORMALIZING;
            }
            else if (kind === CARRIAGE_RETURN)
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
    return marks & HOLDS_REFERENCES ? decodeReferences(text) : text;
}

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

;// CONCATENATED MODULE: ./src/parsers/xml-element.ts
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

;// CONCATENATED MODULE: ./src/parsers/xml-raw-element.ts



// What the byte that ends the walk over an attribute value (ByteScanner.valueStop) means (XML 1.0
// §3.3.3). SPECIAL: the value needs more than its raw bytes ("<", whitespace or a control
// character that normalization replaces) or holds the tag's first ">", which means the tag goes
// on past it: the decoding path reads those. A reference is checked in place and decoded when the
// value is read. A quote ends the value only if it is the one that opened it.
const QUOTE = 1;
const SPECIAL = 2;
const xml_raw_element_REFERENCE = 3;
const VALUE_STOP = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte += 1)
    VALUE_STOP[byte] = SPECIAL;
VALUE_STOP[0x3c] = SPECIAL;
VALUE_STOP[0x3e] = SPECIAL;
VALUE_STOP[DOUBLE_QUOTE] = QUOTE;
VALUE_STOP[SINGLE_QUOTE] = QUOTE;
VALUE_STOP[0x26] = xml_raw_element_REFERENCE;
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
            while (isWhitespace(bytes[index]))
                index += 1;
            // Only whitespace can hold a line feed: any but a lone space may, and the tokenizer looks.
            if (index - afterValue > 1 || (index > afterValue && bytes[afterValue] !== SPACE))
                multiline = true;
            let byte = bytes[index];
            if (byte === GREATER_THAN) {
                gt = index;
                break;
            }
            if (byte === SLASH) {
                if (bytes[index + 1] !== GREATER_THAN)
                    return -1;
                gt = index + 1;
                selfClosing = true;
                break;
            }
            if ((byte < 0x80 && NAME_START[byte] !== 1) || index === afterValue || count === MAX_SCANNED_ATTRIBUTES)
                return -1;
            const attributeStart = index;
            while (isNameByte(bytes[index]))
                index += 1;
            const attributeEnd = index;
            const equalsAt = index;
            while (isWhitespace(bytes[index]))
                index += 1;
            if (bytes[index] !== EQUALS)
                return -1;
            index += 1;
            while (isWhitespace(bytes[index]))
                index += 1;
            if (index !== equalsAt + 1)
                multiline = true;
            const quote = bytes[index];
            if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE)
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
                index = plainReferenceEnd(bytes, index);
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
            return PLAIN_DECIMAL.test(value) ? Number(value) : undefined;
        }
        return readDecimal(this.bytes, this.spans[at + 2] ?? 0, this.spans[at + 3] ?? 0);
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
        return decodeText(this.bytes, start, end, this.holdsReferences(at) ? HOLDS_REFERENCES : 0);
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
const isNameByte = (byte) => (byte >= 0x61 && byte <= 0x7a) || NAME_CHAR[byte] === 1;

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
const isNameChar = (code) => code >= 0x80 || NAME_CHAR[code] === 1;
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
    const first = bytes.indexOf(GREATER_THAN, start + 1);
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
    tag.element = new DecodedElement(tag.name, tag.attributes, tag.selfClosing);
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
        else if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE)
            quote = byte;
        else if (byte === GREATER_THAN)
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
    while (end < bytes.length && end < start + 256 && NAME_CHAR[bytes[end] ?? 0] === 1)
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
        if (code < 0x80 && NAME_START[code] !== 1)
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
        const decoded = decodeReference(reference);
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
class XmlSections extends XmlCursor {
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
        const gt = this.bytes.indexOf(GREATER_THAN, at);
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
            end = pieceEnd(bytes, start, end);
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
            if (bytes[found + 2] !== GREATER_THAN)
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
            if (startsWith(this.bytes, 0, BOM))
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
        while (index < bytes.length && isWhitespace(bytes[index]))
            index += 1;
        if (index > this.position)
            this.atStart = false;
        this.advance(index);
        if (index === bytes.length)
            return false;
        if (bytes[index] !== LESS_THAN)
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
                const kind = TEXT_CLASS[bytes[index]];
                if (kind === CONTROL) {
                    this.repaired += 1;
                    marks |= NEEDS_NORMALIZING;
                }
                else if (kind === CARRIAGE_RETURN)
                    marks |= NEEDS_NORMALIZING;
                else if (kind !== BRACKET)
                    break;
                else if (index + 2 >= length) {
                    if (!final)
                        break;
                }
                else if (bytes[index + 1] === RIGHT_BRACKET && bytes[index + 2] === GREATER_THAN)
                    this.fail('"]]>" is not allowed in text', index);
            }
            // A reference that stands for an allowed character stays in the text, decoded with it;
            // any other is read on its own (and a repair or an error is counted or raised there).
            if (bytes[index] !== AMPERSAND)
                break;
            const after = plainReferenceEnd(bytes, index);
            if (after === -1)
                break;
            marks |= HOLDS_REFERENCES;
            index = after;
        }
        const end = index === length && wanted && !final ? pieceEnd(bytes, start, length) : index;
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
        if (byte === LESS_THAN)
            return this.markup(final);
        if (byte === AMPERSAND)
            return this.reference(wanted, final);
        return false;
    }
    reference(wanted, final) {
        const bytes = this.bytes;
        const at = this.position;
        const semicolon = bytes.indexOf(SEMICOLON, at + 1);
        if (semicolon === -1 || semicolon - at > MAX_REFERENCE_BYTES) {
            if (!final && bytes.length - at <= MAX_REFERENCE_BYTES)
                return false;
            this.fail('"&" starts no entity or character reference', at);
        }
        const reference = decodeReference(bytes.toString('latin1', at + 1, semicolon));
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
        if (next === SLASH)
            return this.closeTag(final);
        if (next === 0x21) {
            if (startsWith(bytes, at, COMMENT))
                return this.enter(SECTIONS.comment, at + COMMENT.length);
            if (startsWith(bytes, at, CDATA)) {
                if (this.open.length === 0)
                    this.fail('CDATA outside the root element', at);
                return this.enter(SECTIONS.cdata, at + CDATA.length);
            }
            if (startsWith(bytes, at, DOCTYPE))
                return this.doctype();
            this.fail('"<!" starts no comment, CDATA section or DOCTYPE', at);
        }
        if (next === 0x3f) {
            if (!atStart && XML_DECLARATION.test(bytes.toString('latin1', at, at + 6)))
                this.fail('an XML declaration must be at the start of the document', at);
            return this.enter(SECTIONS.instruction, at + 2);
        }
        if (NAME_START[next] !== 1)
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
        while (NAME_CHAR[bytes[nameEnd] ?? 0] === 1)
            nameEnd += 1;
        // Nearly always "</name>", whose ">" needs no search and which spans no line.
        const gt = bytes[nameEnd] === GREATER_THAN ? nameEnd : bytes.indexOf(GREATER_THAN, at + 2);
        if (gt === -1) {
            if (!final && this.markupTooLong(at))
                this.fail('a close tag does not end', at);
            return false;
        }
        if (NAME_START[bytes[at + 2] ?? 0] !== 1)
            this.fail('disallowed character in a close tag', at + 2);
        for (let index = nameEnd; index < gt; index += 1)
            if (!isWhitespace(bytes[index]))
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
    const { repaired } = await streamXml(bytesOf(chunks) ?? chunks, path, handlers);
    const result = reader.finish();
    if (repaired > 0)
        result.notes = [
            ...(result.notes ?? []),
            `replaced ${repaired} control character(s) that XML does not allow with U+FFFD`,
        ];
    return result;
}

;// CONCATENATED MODULE: ./src/parsers/stack-frames.ts



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
        file: relativeToWorkspace(file, workspace),
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
        file: relativeToWorkspace(file, workspace),
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
        file: relativeToWorkspace(file, workspace),
        line: Number(lineNo),
        ...(fn ? { function: fn } : {}),
    };
};
const parsePython = (line, workspace) => {
    const match = PYTHON.exec(line);
    if (!match)
        return undefined;
    const [, file = '', lineNo, fn = ''] = match;
    return { file: relativeToWorkspace(file, workspace), line: Number(lineNo), function: fn };
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
    const kept = found ? rememberedLines[second] : detach(line);
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
        read.def = detach(def);
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
        frame.file = detach(frame.file);
    if (frame.function !== undefined)
        frame.function = detach(frame.function);
    // A JVM frame's module is the start of its function: one copy serves both.
    if (frame.module !== undefined)
        frame.module = frame.function?.startsWith(frame.module)
            ? frame.function.slice(0, frame.module.length)
            : detach(frame.module);
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
    for (const line of splitLines(stack)) {
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

;// CONCATENATED MODULE: ./src/parsers/error-info.ts

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
function error_info_stripAnsi(text) {
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
    const stack = error_info_stripAnsi(problem.text ?? '').trim();
    const declared = error_info_stripAnsi(problem.type ?? '').trim();
    const type = UNINFORMATIVE_TYPES.has(declared) ? typeFromStack(stack) : declared;
    let message = firstLine(error_info_stripAnsi(problem.message ?? '')) || firstLine(stack);
    if (type && message.startsWith(`${type}:`))
        message = message.slice(type.length + 1).trim();
    const info = { message, frames: stack ? boundFrames(parseFrames(stack, workspace)) : [] };
    if (type)
        info.type = type;
    if (stack)
        info.stack = stack.length > MAX_STACK_CHARS ? `${stack.slice(0, MAX_STACK_CHARS)}\n… (cut)` : stack;
    return info;
}

;// CONCATENATED MODULE: ./src/logs/framing.ts

// What CI adds around a program's own output, removed before detectors see a line:
// GitHub Actions' timestamp prefix ("2024-05-01T08:00:00.1234567Z "), ANSI colour and
// cursor codes, the `##[error]` / `##[warning]` command prefix, and the CR of CRLF.
const ACTIONS_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const COMMAND = /^##\[(?:error|warning|notice|debug)\]/;
function unframeLine(raw) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    line = line.replace(ACTIONS_TIMESTAMP, '');
    if (line.includes('\u001b'))
        line = stripAnsi(line);
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

;// CONCATENATED MODULE: ./src/parsers/rust-panic.ts

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
    return relativeToWorkspace(file, workspace).replace(/^\.\//, '');
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
function rust_panic_frame(parts) {
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
        last = rust_panic_frame({ function: cleanFunction(fn[1] ?? '') });
        frames.push(last);
    }
    return frames;
}
function rust_panic_location(file, line, column, workspace) {
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
                where = rust_panic_location(end[2] ?? '', end[3], end[4], workspace);
                break;
            }
        }
    }
    else {
        const at = PANIC_AT.exec(rest);
        if (at)
            where = rust_panic_location(at[1] ?? '', at[2], at[3], workspace);
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
    const own = rust_panic_frame({ ...where });
    const firstApp = frames.findIndex((candidate) => candidate.inApp);
    if (firstApp < 0)
        return [...frames, own];
    return [...frames.slice(0, firstApp), own, ...frames.slice(firstApp)];
}

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
            current.location = rust_panic_location(at[1] ?? '', at[2], at[3], this.context.workspace);
        return true;
    }
    buildFailed(crate, line, number) {
        const first = this.diagnostics[0];
        const text = [...this.diagnostics.flatMap((diagnostic) => [...diagnostic.lines, '']), line].join('\n');
        const error = buildErrorInfo({ type: 'BuildError', message: first?.header ?? line, text }, this.context.workspace);
        error.frames = first?.location ? [rust_panic_frame(first.location)] : [];
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
    const panicAt = lines.findIndex((line) => PANIC.test(line));
    if (panicAt >= 0) {
        const panic = readPanic(lines, panicAt, workspace);
        return { type: 'panic', message: panic.message, frames: withLocation(panic.frames, panic.location) };
    }
    const noPanic = lines.map((line) => NO_PANIC.exec(line)).find(Boolean);
    if (noPanic) {
        const where = noPanic[2] ? [rust_panic_frame(rust_panic_location(noPanic[2], noPanic[3], noPanic[4], workspace))] : [];
        return { message: noPanic[1] ?? '', frames: where };
    }
    // A doc test that does not compile shows rustc's errors in its block.
    const compile = lines.findIndex((line) => DIAGNOSTIC.test(line));
    if (compile >= 0) {
        const at = lines
            .slice(compile)
            .map((line) => DIAGNOSTIC_AT.exec(line))
            .find(Boolean);
        const frames = at ? [rust_panic_frame(rust_panic_location(at[1] ?? '', at[2], at[3], workspace))] : [];
        return { type: 'BuildError', message: lines[compile] ?? '', frames };
    }
    const message = lines.find((line) => line.trim() && !DOC_TEST_NOISE.test(line.trim()))?.trim();
    return { message: message ?? 'test failed', frames: [] };
}
function testFailure(binary, name, problem, text, line, context) {
    const error = buildErrorInfo({ type: problem.type, message: problem.message, text }, context.workspace);
    // The generic frame reader would take "at ./src/lib.rs:1:2" backtrace lines for V8 frames.
    error.frames = problem.frames;
    const test = { name };
    if (binary.suite)
        test.suite = binary.suite;
    if (binary.classname)
        test.classname = binary.classname;
    const doc = binary.doc ? DOC_TEST_NAME.exec(name) : null;
    if (doc) {
        test.file = cleanPath(doc[1] ?? '', context.workspace);
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
        const line = error_info_stripAnsi(raw).replace(ACTIONS_TIMESTAMP, '');
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
        const text = error_info_stripAnsi(head).replace(new RegExp(ACTIONS_TIMESTAMP.source, 'gm'), '');
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
        for await (const line of linesOf(chunks)) {
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
                this.head = detach(this.head);
        }
        if (!rest)
            return;
        this.tail += rest;
        // Trimming only once the tail is twice its size keeps appends amortized O(1).
        if (this.tail.length > 2 * TAIL_BYTES)
            this.tail = detach(this.tail.slice(-TAIL_BYTES));
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
            return { text: detach(this.head + this.tail), cut: false };
        const head = utf8Head(this.head, HEAD_BYTES);
        const tail = utf8Tail(this.head.length < HEAD_BYTES ? this.head + this.tail : this.tail, TAIL_BYTES);
        const kept = Buffer.byteLength(head, 'utf8') + Buffer.byteLength(tail, 'utf8');
        return { text: detach(`${head}\n… [${this.bytes - kept} bytes cut] …\n${tail}`), cut: true };
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
        const text = error_info_stripAnsi(raw);
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
function ctrf_failure_firstLine(value) {
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
    const headerless = stack === undefined || FRAME_FIRST.test(ctrf_failure_firstLine(error_info_stripAnsi(stack)));
    const body = headerless ? [message, stack].filter((part) => part?.trim()).join('\n') : stack;
    // With no message, the trace's "Type: message" header gives one; a bare list of frames cannot.
    const given = message?.trim() ? message : headerless ? fallback : undefined;
    const info = buildErrorInfo({ message: given, text: body }, workspace);
    // "TypeError Cannot read …" when the trace says "TypeError: Cannot read …": drop the name.
    const type = info.type;
    if (type && stack && !headerless && info.message.startsWith(`${type} `)) {
        const rest = info.message.slice(type.length + 1);
        if (HEADER_REST.exec(ctrf_failure_firstLine(error_info_stripAnsi(stack)))?.[1]?.trim() === rest.trim())
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
        ...(file ? { file: relativeToWorkspace(file, workspace) } : {}),
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
const go_test_json_HEADER = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):|PASS$|FAIL$|ok\s|FAIL\s)/;
/** Go's goroutine dumps print a function line, then its file and line: "pkg.Fn(…)\n\t/path/f.go:12 +0x1d". */
function goFrames(output, workspace) {
    const frames = [];
    for (let index = 1; index < output.length; index += 1) {
        const location = /^\s+(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?\s*$/.exec(output[index] ?? '');
        const fn = /^\s*([\w./*()\-[\]]+?)\(.*\)\s*$/.exec(output[index - 1] ?? '');
        if (!location || !fn)
            continue;
        const file = relativeToWorkspace(location[1] ?? '', workspace);
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
            const own = state.output.filter((text) => !go_test_json_HEADER.test(text) && text.trim() !== '');
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
        const error = buildErrorInfo({ ...(panic >= 0 ? { type: 'panic' } : {}), message, text: own.join('\n') }, this.context.workspace);
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
            error: buildErrorInfo({
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
        for await (const line of linesOf(chunks)) {
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
        const path = file.name ? relativeToWorkspace(file.name, context.workspace) : undefined;
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
                error: buildErrorInfo({ text: messages.join('\n\n') }, context.workspace),
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
                error: buildErrorInfo({ text: file.message || 'the test file failed with no test result' }, context.workspace),
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

;// CONCATENATED MODULE: ./src/parsers/junit-dialect.ts



function nonEmptyLines(text) {
    return splitLines(text).filter((line) => line.trim() !== '');
}
function junit_dialect_location(file, line, workspace, fn) {
    const frame = {
        file: relativeToWorkspace(file, workspace),
        ...(line ? { line: Number(line) } : {}),
        ...(fn ? { function: fn } : {}),
    };
    return { ...frame, inApp: isInApp(frame) };
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
        const error = buildErrorInfo({ ...(panic >= 0 ? { type: 'panic' } : {}), message, text: own.join('\n') }, context.workspace);
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
        const error = buildErrorInfo(problem, context.workspace);
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
        const error = buildErrorInfo({ type: problem.type || exception?.[1], message, text: output }, context.workspace);
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
        const [, ...rest] = splitLines(text);
        const error = buildErrorInfo({ ...problem, text: rest.join('\n') }, context.workspace);
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
const junit_dialect_rust_PANIC_AT = /^thread '.*'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const rustPanicDialect = {
    name: 'Rust panic (cargo-nextest)',
    readError(problem, context) {
        // Every failure passes here: the cheap test first.
        if (!problem.text.includes(' panicked at '))
            return undefined;
        const lines = splitLines(problem.text);
        const start = lines.findIndex((line) => junit_dialect_rust_PANIC_AT.test(line));
        const at = junit_dialect_rust_PANIC_AT.exec(lines[start] ?? '');
        if (!at?.[1])
            return undefined;
        const after = lines.slice(start + 1);
        const end = after.findIndex((line) => /^(note: run with `RUST_BACKTRACE|stack backtrace:$)/.test(line));
        const message = nonEmptyLines((end < 0 ? after : after.slice(0, end)).join('\n'))[0]?.trim();
        const error = buildErrorInfo({ type: 'panic', message: message ?? `panicked at ${at[1]}:${at[2]}`, text: problem.text }, context.workspace);
        const backtrace = after.indexOf('stack backtrace:');
        const frames = backtrace < 0 ? [] : rustBacktrace(after.slice(backtrace + 1), context.workspace);
        const where = {
            file: relativeToWorkspace(at[1], context.workspace),
            line: Number(at[2]),
            column: Number(at[3]),
        };
        const own = { ...where, inApp: isRustInApp(where) };
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
        type: raw.type === undefined ? undefined : detach(raw.type),
        message: raw.message === undefined ? undefined : detach(raw.message),
        text: detach(raw.text),
    };
    for (const dialect of DIALECTS) {
        const error = dialect.readError(problem, context);
        if (error !== undefined)
            return error;
    }
    return buildErrorInfo(problem, context.workspace);
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
    const ref = { name: detach(name) };
    if (suite)
        ref.suite = detach(suite);
    if (classname)
        ref.classname = detach(classname);
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
        located.file = relativeToWorkspace(detach(file), workspace);
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

;// CONCATENATED MODULE: ./src/parsers/junit-output.ts



// Reporters pad their output with blank lines and indentation (Vitest, Catch2); a stream
// that holds nothing else is left out.
function tidy(text) {
    return text.replace(/^\s*\n/, '').trimEnd();
}
/** Raw bytes held back per capture before they are decoded after all: bounds what waits. */
const MAX_PENDING_BYTES = 1 << 20;
const FIRST_ARENA_BYTES = 4096;
const junit_output_EMPTY = Buffer.alloc(0);
/**
 * A test's (or a suite's) <system-out> and <system-err>, each bounded. Raw bytes wait undecoded
 * until result() is asked for, which for a passing test's output never happens: in a big report
 * decoding the output of tests that passed costs more than all the rest of its text. They wait
 * in one buffer of the capture's own, which clear() keeps for the next test.
 */
class OutputCapture {
    streams = { stdout: new BoundedText(), stderr: new BoundedText() };
    pending = [];
    arena = junit_output_EMPTY;
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
                this.streams[stream].append(decodeText(bytes, start, end, marks));
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
            this.streams[piece.stream].append('text' in piece ? piece.text : decodeText(this.arena, piece.start, piece.end, piece.marks));
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
        this.openElement(new DecodedElement(name, attributes, false), line);
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
        else if (this.problem && this.problem.text.length < MAX_STACK_CHARS)
            this.problem.text += text.slice(0, MAX_STACK_CHARS);
    }
    onBytes(bytes, start, end, marks) {
        this.stream?.into.appendBytes(this.stream.name, bytes, start, end, marks);
    }
    // A test's output can come before its <failure> (Vitest writes it first), so it is always kept,
    // as bytes: only the output of a test that failed is ever decoded.
    wantsText() {
        if (this.stream)
            return 'bytes';
        return this.problem !== undefined && this.problem.text.length < MAX_STACK_CHARS;
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
            return await readXmlReport(chunks, context.path, ['testsuites', 'testsuite'], reader);
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
        ...(file ? { file: relativeToWorkspace(file, workspace) } : {}),
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
            error: buildErrorInfo({
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

;// CONCATENATED MODULE: ./src/parsers/dotnet.ts



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
        frame.file = relativeToWorkspace(file, workspace);
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
const dotnet_HEADER = /^((?:[A-Za-z_][\w`+]*\.)*(?:[A-Za-z_][\w`+]*)?(?:Exception|Error))[ \t]?:(?:[ \t]|$)/;
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
        if (match && dotnet_HEADER.test(rest.slice(match[0].length))) {
            rest = rest.slice(match[0].length);
            break;
        }
    }
    const header = dotnet_HEADER.exec(rest);
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
    const info = buildErrorInfo({
        type: type === undefined ? undefined : detach(type),
        message: detach(firstLine.trim().slice(0, MAX_STACK_CHARS)),
        text: detach(problem.stack),
    }, workspace);
    info.frames = info.stack ? parseDotnetFrames(info.stack, workspace) : [];
    return info;
}
/** Collects an element's text, keeping at most MAX_STACK_CHARS of it. */
class dotnet_BoundedText {
    parts = '';
    active = false;
    start() {
        this.active = true;
        this.parts = '';
    }
    add(text) {
        if (this.active && this.parts.length < MAX_STACK_CHARS)
            this.parts += text.slice(0, MAX_STACK_CHARS - this.parts.length);
    }
    get capturing() {
        return this.active;
    }
    /** Ends the capture and returns what it kept, detached from the chunks it came from. */
    stop() {
        this.active = false;
        const text = detach(this.parts);
        this.parts = '';
        return text;
    }
}
// The first element of an XML document, after the prolog, comments, processing instructions and a DOCTYPE.
const dotnet_ROOT = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)([^>]*)/;
/** The root element's name and the text of its start tag (possibly cut at the end of head). */
function xmlRoot(head) {
    const match = dotnet_ROOT.exec(head.replace(/^\uFEFF/, ''));
    if (!match?.[1])
        return undefined;
    return { name: match[1], tag: match[2] ?? '' };
}
/** Seconds as a real number ("0.0012"), or undefined. */
function dotnet_seconds(value) {
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
    text = new dotnet_BoundedText();
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
            this.runSeconds = dotnet_seconds(attributes.duration);
        else if (name === 'test-suite') {
            if (this.suites.length === 0)
                this.topSuiteSeconds += dotnet_seconds(attributes.duration) ?? 0;
            const { type, result, site, classname, fullname, name: suiteName } = attributes;
            if (type === 'Assembly' && suiteName)
                this.assembly = detach(suiteName);
            const suite = { line };
            if (type)
                suite.type = detach(type);
            if (result)
                suite.result = detach(result);
            if (site)
                suite.site = detach(site);
            // The class whose OneTimeSetUp failed; an assembly's failure belongs to no class.
            const owner = type === 'Assembly' ? undefined : classname || fullname || suiteName;
            if (owner)
                suite.owner = detach(owner);
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
        const ref = { name: detach(name || fullname || methodname || '') };
        if (this.assembly)
            ref.suite = this.assembly;
        if (classname)
            ref.classname = detach(classname);
        const failure = state.failure ?? { message: '', stack: '' };
        // Nothing changes a failure once its element has closed: a big run's need not all be held.
        handOver(this.context, this.failures, {
            kind: 'test',
            flaky: false,
            test: ref,
            error: dotnetErrorInfo({ ...failure, fallbackType: NOT_ASSERTIONS.has(label) ? undefined : 'AssertionException' }, this.context.workspace),
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
        handOver(this.context, this.failures, {
            kind: 'test',
            flaky: false,
            test: ref,
            error: dotnetErrorInfo(failure, this.context.workspace),
            source: { path: this.context.path, line: suite.line },
        });
    }
}
const nunitParser = {
    format: 'nunit',
    description: 'NUnit 3 test results XML (nunit3-console, the NUnit engine and adapter)',
    sniff: (head) => xmlRoot(head)?.name === 'test-run',
    async parse(chunks, context) {
        const reader = new NunitReader(context);
        return readXmlReport(chunks, context.path, ['test-run'], reader);
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
    const info = buildErrorInfo({ message: message ?? fallback, text: stack }, workspace);
    const location = isJsonObject(error.location) ? error.location : undefined;
    const file = jsonString(location?.file);
    const line = jsonNumber(location?.line);
    if (info.frames.length === 0 && file && line) {
        const column = jsonNumber(location?.column);
        const frame = { file: relativeToWorkspace(file, workspace), line, ...(column ? { column } : {}) };
        info.frames = [{ ...frame, inApp: isInApp(frame) }];
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
        ...(absolute ? { file: relativeToWorkspace(absolute, walk.context.workspace) } : {}),
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
const rspec_json_errors_NOT_IN_APP = [
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
    const file = relativeToWorkspace(path.replace(/^\.\//, ''), workspace);
    const frame = { file, line: Number(lineNo), ...(method ? { function: method } : {}) };
    return { ...frame, inApp: isInApp(frame) && !rspec_json_errors_NOT_IN_APP.some((pattern) => pattern.test(file)) };
}
/** Frames of a Ruby backtrace, innermost first (the order Ruby prints). */
function rubyFrames(lines, workspace) {
    return lines.flatMap((line) => rubyFrame(line, workspace) ?? []);
}
function rubyErrorInfo(type, message, backtrace, workspace) {
    const header = type ? `${type}: ${message.trim()}` : message.trim();
    const info = buildErrorInfo({ type, message, text: [header, ...backtrace].join('\n') }, workspace);
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
        ...(loading ? { loading: relativeToWorkspace(loading.replace(/^\.\//, ''), workspace) } : {}),
        error: rubyErrorInfo(type, message.join('\n') || `an error occurred ${where}`, backtrace, workspace),
    };
}

;// CONCATENATED MODULE: ./src/parsers/rspec-json.ts





const strings = (value) => Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : [];
const specPath = (path, workspace) => relativeToWorkspace(path.replace(/^\.\//, ''), workspace);
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
                error: buildErrorInfo({ message: line.trim() }, this.context.workspace),
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
        const error = buildErrorInfo({ type, message, text: [`${type ?? 'Error'}: ${message}`, stack].filter(Boolean).join('\n') }, this.context.workspace);
        const location = /^(.*):(\d+):(\d+)$/.exec(tap_text(diagnostics.location) ?? '');
        const suite = this.suites.filter(Boolean).join(' › ');
        return {
            kind: 'test',
            flaky: false,
            test: {
                name: point.name,
                ...(suite ? { suite } : {}),
                ...(location?.[1]
                    ? { file: relativeToWorkspace(location[1], this.context.workspace), line: Number(location[2]) }
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
        for await (const line of linesOf(chunks)) {
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
    text = new dotnet_BoundedText();
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
                error: dotnetErrorInfo({ message: runError.text, stack: runError.text }, this.context.workspace),
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
        this.resultMs += timeSpanMs(attributes.duration) ?? 0;
        const id = attributes.testId || attributes.executionId;
        this.resultsSeen += 1;
        this.result = {
            key: id ? detach(id) : `#${this.resultsSeen}`,
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
            name: detach(state.name),
            line: state.line,
            error: dotnetErrorInfo({ message, stack: raw.stack }, this.context.workspace),
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
            this.tests.set(detach(id), test);
        }
        this.definition = id;
        if (attributes.storage)
            test.suite = this.intern(baseName(attributes.storage));
    }
    intern(value) {
        let kept = this.names.get(value);
        if (kept === undefined) {
            kept = detach(value);
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
    sniff: (head) => xmlRoot(head)?.name === 'TestRun',
    async parse(chunks, context) {
        const reader = new TrxReader(context);
        return readXmlReport(chunks, context.path, ['TestRun'], reader);
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
    text = new dotnet_BoundedText();
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
            this.assembly = attributes.name ? detach(baseName(attributes.name)) : undefined;
            this.assemblySeconds += dotnet_seconds(attributes.time) ?? 0;
        }
        else if (name === 'test' || (name === 'error' && parent === 'errors')) {
            this.current = { attributes, line };
            if (name === 'test')
                this.testSeconds += dotnet_seconds(attributes.time) ?? 0;
        }
        else if (name === 'failure' && this.current && (parent === 'test' || parent === 'error')) {
            this.problem = { owner: this.current };
            if (attributes['exception-type'])
                this.problem.type = detach(attributes['exception-type']);
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
        const ref = { name: detach(name || (type && method ? `${type}.${method}` : method || '')) };
        if (this.assembly)
            ref.suite = this.assembly;
        if (type)
            ref.classname = detach(type);
        const file = state.attributes['source-file'];
        if (file)
            ref.file = relativeToWorkspace(detach(file), this.context.workspace);
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
            ref.classname = detach(name);
        this.push(ref, state);
    }
    push(ref, state) {
        const failure = state.failure ?? { message: '', stack: '' };
        // Nothing changes a failure once its element has closed: a big run's need not all be held.
        handOver(this.context, this.failures, {
            kind: 'test',
            flaky: false,
            test: ref,
            error: dotnetErrorInfo(failure, this.context.workspace),
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
        const root = xmlRoot(head);
        return root?.name === 'assemblies' || (root?.name === 'assembly' && looksLikeXunitAssembly(root.tag));
    },
    async parse(chunks, context) {
        const reader = new XunitReader(context);
        return readXmlReport(chunks, context.path, ['assemblies', 'assembly'], reader);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/sources/files.ts





const IGNORED = (/* unused pure expression or super */ null && (['**/node_modules/**', '**/.git/**', '**/.faultline/**']));
const SNIFF_BYTES = 8192;
const CHUNK_BYTES = 1 << 20;
function displayPath(absolute, cwd) {
    const rel = relative(cwd, absolute);
    return toPosix(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute);
}
async function kindOf(path) {
    try {
        return (await stat(path)).isDirectory() ? 'directory' : 'file';
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
                add(resolve(file), false);
            continue;
        }
        const absolute = resolve(cwd, pattern);
        const kind = await kindOf(absolute);
        if (kind === 'missing')
            missing.push(pattern);
        else if (kind === 'file')
            add(absolute, true);
        else {
            const found = await glob(`${escapePath(toPosix(absolute))}/**/*`, { absolute: true, ignore: IGNORED });
            if (found.length === 0)
                unmatched.push(pattern);
            for (const file of found.sort())
                add(resolve(file), false);
        }
    }
    return { files: [...seen.values()], missing, unmatched };
}
/** The first few KiB as text, for format sniffing. */
async function readHead(path) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
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
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/fingerprint/normalize.ts
var normalize = __nccwpck_require__(6307);
;// CONCATENATED MODULE: ./src/fingerprint/components.ts

const GROUP_BY = (/* unused pure expression or super */ null && (['error', 'test']));
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
    if (testFile && (0,normalize/* fileKey */.wm)(file) === (0,normalize/* fileKey */.wm)(testFile))
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
    const where = frame.module ?? (frame.file ? (0,normalize/* fileKey */.wm)(frame.file) : '');
    const fn = (0,normalize/* functionKey */.ay)(frame.function);
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
        test.file ? (0,normalize/* relativeKey */.AB)(test.file) : '',
        (0,normalize/* testNameKey */.pm)(test.classname ?? test.suite ?? ''),
        (0,normalize/* testNameKey */.pm)(test.name),
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
                : { ...(type ? { type } : {}), message: (0,normalize/* messageTemplate */.A)(draft.error.message), frames: appFrames },
        };
    }
    const message = (0,normalize/* messageTemplate */.A)(draft.error.message);
    const test = testIdentity(draft);
    if (test)
        return { basis: 'test-error', components: { test, ...(type ? { type } : {}), message } };
    const frames = frameKeys(inApp.length > 0 ? inApp : draft.error.frames);
    return {
        basis: 'error',
        components: { ...(type ? { type } : {}), message, ...(frames.length ? { frames } : {}) },
    };
}

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
    return `v0:${(0,external_node_crypto_namespaceObject.hash)('sha256', JSON.stringify(parts), 'hex').slice(0, 16)}`;
}
const legacy_LEGACY_VERSIONS = [fingerprintV0];

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
    return `${FINGERPRINT_VERSION}:${(0,external_node_crypto_namespaceObject.hash)('sha256', JSON.stringify(canonical), 'hex').slice(0, 16)}`;
}
function groupingOf(draft, options = DEFAULT_FINGERPRINT_OPTIONS) {
    const { basis, components } = defaultComponents(draft, options.groupBy);
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/logs/in-app.ts

const NO_IN_APP_RULES = { include: [], exclude: [] };
function matcher(globs) {
    if (globs.length === 0)
        return undefined;
    const test = picomatch_default()([...globs], { dot: true });
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

;// CONCATENATED MODULE: ./src/sources/source-info.ts



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
    const info = { path, error: { message: (0,errors/* errorMessage */.gJ)(error) } };
    if (error instanceof errors/* ParseError */.mB && info.error) {
        if (error.line !== undefined)
            info.error.line = error.line;
        if (error.column !== undefined)
            info.error.column = error.column;
    }
    return info;
}
/** Draft → failure: in-app overrides first, since they decide which frames key a fingerprint. */
function failureMaker(options) {
    const fix = options.inApp ? inAppOverride(options.inApp) : undefined;
    return (draft) => withFingerprint(fix ? fix(draft) : draft, options.fingerprint);
}
function toFailures(drafts, options) {
    return drafts.map(failureMaker(options));
}

;// CONCATENATED MODULE: ./src/sources/report-files.ts






/** The file as text chunks, and as bytes for parsers that find their syntax without decoding. */
function fileChunks(path) {
    return {
        [Symbol.asyncIterator]: () => readChunks(path)[Symbol.asyncIterator](),
        [RAW_BYTES]: () => readBytes(path),
    };
}
async function parseFile(file, format, workspace, settle) {
    const head = await readHead(file.absolute);
    if (head.trim() === '' && file.explicit)
        throw new errors/* ParseError */.mB(file.path, 'the file is empty');
    const parser = format === 'auto' ? detectParser(head) : parserByFormat(format);
    if (!parser)
        return undefined;
    const result = await parser.parse(fileChunks(file.absolute), { path: file.path, workspace, settle });
    return { format: parser.format, ...result };
}
async function readSource(file, options, settle) {
    try {
        const result = await parseFile(file, options.format, options.workspace, settle);
        if (result)
            return { kind: 'parsed', info: readSourceInfo(file.path, result.format, result.notes), result };
        if (!file.explicit)
            return { kind: 'ignored' };
        return {
            kind: 'failed',
            info: { path: file.path, error: { message: 'not a test report format faultline reads' } },
        };
    }
    catch (error) {
        return { kind: 'failed', info: failedSourceInfo(file.path, error) };
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
    const toFailure = failureMaker(options);
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1695);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
