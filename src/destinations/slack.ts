import type { AlertItem } from './alert.js';
import type {
  AlertEvent,
  Destination,
  Endpoint,
  OutgoingRequest,
  ServiceResponse,
  Verdict,
} from './destination.js';
import { countsLine, errorLine, headline, STATUS_LABEL, shown, testsLine } from './digest.js';
import { requiredUrl } from './fields.js';
import { defaultVerdict } from './http.js';
import { cut, escapeSlack } from './text.js';

// Slack incoming webhooks (docs.slack.dev): Block Kit with a `text` fallback. Limits: 50 blocks,
// header 150 characters, section text 3,000, and about 13,000 characters in all before Slack
// answers msg_blocks_too_long, so items are few and short.
export const SLACK_LIMITS = { blocks: 50, header: 150, section: 3000, text: 3000, items: 10, itemChars: 900 };

export interface SlackEndpoint extends Endpoint {
  url: string;
}

function link(url: string | undefined, label: string): string {
  return url ? `<${url}|${escapeSlack(label)}>` : escapeSlack(label);
}

export function slackItemText(item: AlertItem): string {
  const lines = [
    `*${STATUS_LABEL[item.status]}${item.flaky ? ' (flaky)' : ''}:* ${escapeSlack(testsLine(item) || item.title)}`,
    `\`${escapeSlack(errorLine(item)).replace(/`/g, "'")}\``,
    `${item.fingerprint}${item.issue ? ` · ${link(item.issue.url, `issue #${item.issue.number}`)}` : ''}`,
  ];
  return cut(lines.join('\n'), SLACK_LIMITS.itemChars);
}

/** Block Kit for one run: header, counts, one section per item, and what was left out. */
export function slackMessage(event: AlertEvent, endpoint: Endpoint): Record<string, unknown> {
  const title = headline(event);
  const { items, omitted } = shown(event, SLACK_LIMITS.items);
  const mention = endpoint.mention ? `${endpoint.mention} ` : '';
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(title, SLACK_LIMITS.header), emoji: false } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${mention}${escapeSlack(countsLine(event))}${event.runUrl ? ` · ${link(event.runUrl, 'CI run')}` : ''}`,
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
  const message: Record<string, unknown> = {
    text: cut(`${mention}${escapeSlack(title)}`, SLACK_LIMITS.text),
    blocks: blocks.slice(0, SLACK_LIMITS.blocks),
  };
  if (endpoint.username) message.username = endpoint.username;
  if (endpoint.channel) message.channel = endpoint.channel;
  return message;
}

// Incoming webhooks answer 200 "ok", or a plain-text error such as invalid_blocks.
function interpret(response: ServiceResponse): Verdict {
  const verdict = defaultVerdict(response, new Date());
  if (verdict.ok && response.text.trim() !== 'ok' && response.text.trim() !== '') {
    return { ok: false, retry: false, detail: `answered ${response.status}: ${response.text.slice(0, 200)}` };
  }
  return verdict;
}

export const slackDestination: Destination<SlackEndpoint> = {
  type: 'slack',
  defaultOn: ['new', 'regression'],
  fields: ['url'],
  parseEndpoint: (entry, field, base) => ({
    ...base,
    type: 'slack',
    url: requiredUrl(entry, 'url', field).href,
  }),
  secrets: (endpoint) => [endpoint.url],
  render(event, endpoint): OutgoingRequest[] {
    return [
      {
        url: endpoint.url,
        body: JSON.stringify(slackMessage(event, endpoint)),
        headers: { 'content-type': 'application/json' },
        interpret,
      },
    ];
  },
};
