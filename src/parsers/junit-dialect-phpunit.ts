import { buildErrorInfo } from './error-info.js';
import { type JunitDialect, location } from './junit-dialect.js';
import { splitLines } from './lines.js';

// PHPUnit starts the text with the test's id ("CartTest::testDiscount with data set …") and
// ends it with bare "file.php:LINE" frames, innermost first.
const PHP_FRAME = /^\s*(\S+\.php):(\d+)\s*$/;

export const phpunitDialect: JunitDialect = {
  name: 'PHPUnit',
  readError(problem, context) {
    const { classname } = context.test;
    const text = problem.text.trimStart();
    if (!classname || !text.startsWith(`${classname}::`)) return undefined;
    const [, ...rest] = splitLines(text);
    const error = buildErrorInfo({ ...problem, text: rest.join('\n') }, context.workspace);
    const frames = rest.flatMap((line) => {
      const match = PHP_FRAME.exec(line);
      return match?.[1] ? [location(match[1], match[2], context.workspace)] : [];
    });
    if (frames.length > 0) error.frames = frames;
    return error;
  },
};
