import { alertItems } from '../../src/destinations/alert.js';
import type { AlertEvent } from '../../src/destinations/destination.js';
import { withFingerprint } from '../../src/fingerprint/fingerprint.js';
import type { Failure, FailureDraft, IssuePlanEntry } from '../../src/model.js';

export const FAKE_TOKEN = 'ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake1234';
export const FAKE_AWS_KEY = 'AKIAFAKEFAKEFAKEFAKE';

/** Test output at its worst: long, with mentions, markup, HTML and credentials. */
export function hostileFailure(index: number, outputChars = 10_000): Failure {
  const noise = `<!channel> @everyone @here <b>bold</b> <script>alert(1)</script> *star* _u_ \`tick\` [link](http://x) token=${FAKE_TOKEN} ${FAKE_AWS_KEY} `;
  const draft: FailureDraft = {
    kind: 'test',
    flaky: false,
    test: {
      classname: `suite <!here> ${index}`,
      name: `test @everyone ${index} <i>x</i>`,
      file: `test/t${index}.test.ts`,
    },
    error: {
      type: index % 2 === 0 ? 'TypeError' : 'Error',
      message: `${noise}${'x'.repeat(outputChars)}`,
      stack: `${noise}\n${'    at fn (src/a.ts:1:1)\n'.repeat(Math.ceil(outputChars / 25))}`,
      frames: [{ file: `src/module${index}.ts`, line: 3, function: `fn${index}`, inApp: true }],
    },
    source: { path: 'junit.xml', line: index + 1 },
  };
  return withFingerprint(draft);
}

export function plainFailure(name: string, type = 'TypeError'): Failure {
  return withFingerprint({
    kind: 'test',
    flaky: false,
    test: { classname: 'cart', name },
    error: {
      type,
      message: `${name} broke`,
      frames: [{ file: `src/${name}.ts`, line: 1, function: name, inApp: true }],
    },
    source: { path: 'junit.xml' },
  });
}

export function eventOf(failures: Failure[], actions: IssuePlanEntry['action'][] = []): AlertEvent {
  const plan: IssuePlanEntry[] = failures.map((failure, index) => ({
    fingerprint: failure.fingerprint,
    action: actions[index] ?? 'open',
    title: failure.error.message.slice(0, 50),
    number: index + 1,
    occurrences: 1,
    url: `https://github.com/acme/shop/issues/${index + 1}`,
  }));
  const tests = Math.max(100, failures.length * 2);
  return {
    id: 'msg_2Ue9Hb2rYj1dCzqT',
    timestamp: new Date(),
    summary: {
      tests,
      passed: tests - failures.length,
      failed: failures.length,
      skipped: 0,
      flaky: 0,
      durationMs: 1234,
    },
    run: { repository: 'acme/shop', branch: 'main', runId: '42', sha: 'f00dfeed', workflow: 'CI' },
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    items: alertItems(failures, plan),
  };
}

/** Text a payload must never carry, whatever the test output held. */
export const FORBIDDEN = [
  FAKE_TOKEN,
  FAKE_AWS_KEY,
  '<!channel>',
  '<!here>',
  '@everyone',
  '@here',
  '<script>',
  '<b>bold',
  '<i>x',
];

/** The forbidden strings a payload holds: [] when it is clean. */
export function forbiddenIn(body: string): string[] {
  return FORBIDDEN.filter((bad) => body.includes(bad));
}
