export default { test: { include: ['test/**/discount.test.mjs'] } };
