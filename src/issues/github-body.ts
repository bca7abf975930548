import type { Failure } from '../model.js';
import { originLabel } from '../render/summary-groups.js';
import { errorLine, failureLabel, failureTitle } from '../render/title.js';

// The issue body faultline writes and reads back. Its first line is the hidden marker that
// names the fingerprint; its last is the hidden state block. Everything from test output is
// escaped so it cannot forge either (no "<!--" survives), break out of a code fence, or
// mention anyone.

export const MAX_BODY_CHARS = 60_000; // GitHub refuses more than 65,536.
const MARKER = /^<!-- faultline:issue fingerprint=(v\d+:[0-9a-f]{16,64}) -->$/;
const STATE = /<!-- faultline:state (\{.*\}) -->\s*$/;

export interface IssueState {
  fingerprint: string;
  occurrences: number;
  firstSeen: string;
  lastSeen: string;
  firstRun?: string;
  lastRun?: string;
  branches: string[];
  jobs: string[];
  message: string;
  /** Reports the failure was last seen in: a green run must read them all to count. */
  sources: string[];
  /** Consecutive runs on the default branch that read those reports without the failure. */
  green: number;
  lastGreenRun?: string;
  /** What the fingerprint was made of (docs/fingerprint.md). */
  grouping?: unknown;
}

function stateLine(state: IssueState): string {
  return `<!-- faultline:state ${JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')} -->`;
}

/** The same body with only its state block replaced (a green run changes nothing else). */
export function renderIssueBodyFromState(issue: { body: string }, state: IssueState): string {
  return STATE.test(issue.body)
    ? issue.body.replace(STATE, () => stateLine(state))
    : `${issue.body}\n\n${stateLine(state)}`;
}

export function markerLine(fingerprint: string): string {
  return `<!-- faultline:issue fingerprint=${fingerprint} -->`;
}

/** The fingerprint of a faultline body, read from its first line only. */
export function readMarker(body: string | null | undefined): string | undefined {
  return MARKER.exec((body ?? '').split('\n', 1)[0]?.trim() ?? '')?.[1];
}

export function readState(body: string | null | undefined): IssueState | undefined {
  const json = STATE.exec(body ?? '')?.[1];
  if (!json) return undefined;
  try {
    return JSON.parse(json) as IssueState;
  } catch {
    return undefined;
  }
}

/** Text from test output, made inert for an issue body. */
export function inert(text: string): string {
  return text
    .replace(/<!--/g, '&lt;!--')
    .replace(/-->/g, '--&gt;')
    .replace(/@(?=[\w-])/g, '@\u200b');
}

function fenced(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}\n… (cut: ${text.length - max} more characters)`;
}

export interface BodyContext {
  failures: readonly Failure[];
  state: IssueState;
  runUrl?: string;
  serverUrl?: string;
  repository?: string;
}

function runLink(context: BodyContext, run: string | undefined): string {
  if (!run) return '';
  return context.serverUrl && context.repository
    ? ` in [run ${run}](${context.serverUrl}/${context.repository}/actions/runs/${run})`
    : ` in run ${run}`;
}

export function issueTitle(failure: Failure): string {
  return failureTitle(failure);
}

/** The whole body, under GitHub's size limit: the stack trace shrinks first, then the test list. */
export function renderIssueBody(context: BodyContext): string {
  const first = context.failures[0];
  if (!first) throw new Error('an issue body needs a failure');
  const { state } = context;
  const error = errorLine(first.error);
  const frames = first.error.frames.filter((frame) => frame.inApp).slice(0, 15);
  const tests = [...new Set(context.failures.map(failureLabel))];
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
          ...frames.map(
            (frame) =>
              `- \`${inert(frame.file ?? '?')}:${frame.line ?? '?'}\`${frame.function ? ` in \`${inert(frame.function)}\`` : ''}`,
          ),
        ]
      : []),
  ];
  const tail = ['', stateLine(state)];
  const build = (testLimit: number, stackChars: number) => {
    const shownTests = tests.slice(0, testLimit).map((test) => `- ${inert(test)}`);
    const more = tests.length > testLimit ? [`- … and ${tests.length - testLimit} more`] : [];
    const stack =
      first.error.stack && stackChars > 0
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
  ] as const) {
    const body = build(testLimit, stackChars);
    if (body.length <= MAX_BODY_CHARS) return body;
  }
  return build(1, 0).slice(0, MAX_BODY_CHARS - tail.join('\n').length) + tail.join('\n');
}
