import type { AlertItem } from './alert.js';
import type { Destination, Endpoint, ServiceResponse, Verdict } from './destination.js';
import { countsLine, errorLine, headline, STATUS_LABEL, shown, testsLine } from './digest.js';
import { requiredUrl } from './fields.js';
import { defaultVerdict } from './http.js';
import { cut, defuseMentions, escapeMarkdown } from './text.js';

// Discord webhooks (discord-api-docs, resources/webhook.md and message.md): content 2,000;
// 10 embeds; title 256; description 4,096; 25 fields; footer 2,048; and 6,000 characters across
// all embeds. allowed_mentions {parse: []} stops @everyone, @here and role pings from test output.
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  footer: 2048,
  embedTotal: 6000,
};
const COLOR: Record<AlertItem['status'], number> = {
  regressed: 0xb91c1c,
  new: 0xef4444,
  recurring: 0xf59e0b,
  recovered: 0x16a34a,
};

export interface DiscordEndpoint extends Endpoint {
  url: string;
}

// Discord answers 429 with {retry_after: seconds (float)} in the body as well as Retry-After.
function interpret(response: ServiceResponse): Verdict {
  const verdict = defaultVerdict(response, new Date());
  if (response.status === 429) {
    try {
      const body = JSON.parse(response.text) as { retry_after?: unknown };
      if (typeof body.retry_after === 'number') verdict.retryAfterMs = Math.ceil(body.retry_after * 1000);
    } catch {
      // Not JSON (a Cloudflare page): keep the header's figure.
    }
  }
  return verdict;
}

/** Explicit opt-in for the one mention the user configured: a user (<@id>) or a role (<@&id>). */
function allowedMentions(mention: string | undefined) {
  const user = /^<@!?(\d+)>$/.exec(mention ?? '')?.[1];
  const role = /^<@&(\d+)>$/.exec(mention ?? '')?.[1];
  return { parse: [], ...(user ? { users: [user] } : {}), ...(role ? { roles: [role] } : {}) };
}

export const discordDestination: Destination<DiscordEndpoint> = {
  type: 'discord',
  defaultOn: ['new', 'regression'],
  fields: ['url'],
  parseEndpoint: (entry, field, base) => ({
    ...base,
    type: 'discord',
    url: requiredUrl(entry, 'url', field).href,
  }),
  secrets: (endpoint) => [endpoint.url],
  render(event, endpoint) {
    const { items, omitted } = shown(event, DISCORD_LIMITS.embeds);
    // Share the 6,000-character total fairly, leaving room for titles and footers.
    const perEmbed = Math.floor((DISCORD_LIMITS.embedTotal - 200) / Math.max(1, items.length)) - 80;
    const embeds = items.map((item) => {
      const title = cut(
        `${STATUS_LABEL[item.status]}: ${testsLine(item) || item.title}`,
        Math.min(DISCORD_LIMITS.title, 120),
      );
      const description = [
        `\`${defuseMentions(errorLine(item)).replace(/`/g, "'")}\``,
        item.issue ? `issue #${item.issue.number}` : '',
      ]
        .filter(Boolean)
        .join('\n');
      return {
        title: escapeMarkdown(title),
        description: cut(
          description,
          Math.min(DISCORD_LIMITS.description, Math.max(100, perEmbed - title.length)),
        ),
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
