import type { Destination, Endpoint } from './destination.js';
import { countsLine, errorLine, headline, STATUS_LABEL, shown, testsLine } from './digest.js';
import { requiredUrl } from './fields.js';
import { cut, escapeMarkdown } from './text.js';

// Mattermost incoming webhooks (developers.mattermost.com): Slack-compatible JSON but its own
// Markdown (**bold**), no Block Kit, and posts of at most 16,383 characters. Mentions in test
// output (@all, @channel, @here, @user) are broken up so they notify no one.
export const MATTERMOST_LIMITS = { text: 16_383, items: 15, itemChars: 1500 };

export interface MattermostEndpoint extends Endpoint {
  url: string;
}

export const mattermostDestination: Destination<MattermostEndpoint> = {
  type: 'mattermost',
  defaultOn: ['new', 'regression'],
  fields: ['url'],
  parseEndpoint: (entry, field, base) => ({
    ...base,
    type: 'mattermost',
    url: requiredUrl(entry, 'url', field).href,
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
      lines.push(
        cut(
          `- **${STATUS_LABEL[item.status]}:** ${escapeMarkdown(testsLine(item) || item.title)}\n  ${escapeMarkdown(errorLine(item))}\n  \`${item.fingerprint}\`${issue}`,
          MATTERMOST_LIMITS.itemChars,
        ),
      );
    }
    if (omitted > 0) lines.push(`…and ${omitted} more`);
    const body: Record<string, unknown> = { text: cut(lines.join('\n'), MATTERMOST_LIMITS.text) };
    if (endpoint.username) body.username = endpoint.username;
    if (endpoint.channel) body.channel = endpoint.channel;
    return [
      { url: endpoint.url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
    ];
  },
};
