import type { AlertItem } from './alert.js';
import type {
  AlertEvent,
  Destination,
  Endpoint,
  OutgoingRequest,
  ServiceResponse,
  Verdict,
} from './destination.js';
import { optionalString, requiredString, requiredUrl } from './fields.js';
import { defaultVerdict } from './http.js';
import { slackMessage } from './slack.js';

// Slack with a bot token (chat.postMessage, docs.slack.dev/reference/methods/chat.postMessage):
// the run's new failures go in one message, and a failure that comes back replies in the
// thread of the message that first announced it. Thread timestamps are kept per channel in
// the output folder's state.

export interface SlackBotEndpoint extends Endpoint {
  token: string;
  channel: string;
  apiUrl: string;
}

export type Threads = Record<string, Record<string, string>>;

// The Web API answers HTTP 200 with {"ok": false, "error": "…"} for most failures.
function interpret(response: ServiceResponse): Verdict {
  const verdict = defaultVerdict(response, new Date());
  if (!verdict.ok) return verdict;
  try {
    const body = JSON.parse(response.text) as { ok?: boolean; error?: string };
    if (body.ok === true) return verdict;
    return { ok: false, retry: body.error === 'ratelimited', detail: `Slack said ${body.error ?? 'not ok'}` };
  } catch {
    return { ok: false, retry: false, detail: 'Slack answered something that is not JSON' };
  }
}

function request(
  endpoint: SlackBotEndpoint,
  event: AlertEvent,
  items: readonly AlertItem[],
  threadTs?: string,
): OutgoingRequest {
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
    interpret,
    label: threadTs ? `thread ${threadTs}` : 'message',
  };
}

/** The run's requests: one new message for items with no thread yet, one reply per known thread. */
export function slackBotPlan(event: AlertEvent, endpoint: SlackBotEndpoint, threads: Threads) {
  const known = threads[endpoint.channel] ?? {};
  const fresh: AlertItem[] = [];
  const replies = new Map<string, AlertItem[]>();
  for (const item of event.items) {
    const ts = known[item.fingerprint];
    if (ts && item.status !== 'new') replies.set(ts, [...(replies.get(ts) ?? []), item]);
    else fresh.push(item);
  }
  return {
    fresh:
      fresh.length > 0
        ? { request: request(endpoint, event, fresh), fingerprints: fresh.map((item) => item.fingerprint) }
        : undefined,
    replies: [...replies].map(([ts, items]) => request(endpoint, event, items, ts)),
  };
}

export const slackBotDestination: Destination<SlackBotEndpoint> = {
  type: 'slack-bot',
  defaultOn: ['new', 'regression', 'always'],
  fields: ['token', 'api-url'],
  parseEndpoint(entry, field, base) {
    return {
      ...base,
      type: 'slack-bot',
      token: requiredString(entry, 'token', field),
      channel: requiredString(entry, 'channel', field),
      apiUrl: optionalString(entry, 'api-url', field)
        ? requiredUrl(entry, 'api-url', field).href
        : 'https://slack.com/api',
    };
  },
  secrets: (endpoint) => [endpoint.token],
  render(event, endpoint) {
    const plan = slackBotPlan(event, endpoint, {});
    return plan.fresh ? [plan.fresh.request] : [];
  },
  async send(event, endpoint, context) {
    const threads = ((await context.state.read('slack-threads')) ?? {}) as Threads;
    const plan = slackBotPlan(event, endpoint, threads);
    const requests = [...(plan.fresh ? [plan.fresh.request] : []), ...plan.replies];
    const results = [];
    for (const outgoing of requests) {
      const result = await context.post(outgoing);
      results.push(result);
      if (outgoing === plan.fresh?.request && result.ok) {
        const ts = (JSON.parse(result.text ?? '{}') as { ts?: string }).ts;
        if (ts) {
          const channel = { ...(threads[endpoint.channel] ?? {}) };
          for (const fingerprint of plan.fresh.fingerprints) channel[fingerprint] = ts;
          threads[endpoint.channel] = channel;
          await context.state.write('slack-threads', threads);
        }
      }
    }
    return { requests, results };
  },
};
