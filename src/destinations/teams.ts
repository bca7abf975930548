import { ConfigError } from '../errors.js';
import type { Destination, Endpoint } from './destination.js';
import { countsLine, errorLine, headline, STATUS_LABEL, shown, testsLine } from './digest.js';
import { requiredUrl } from './fields.js';
import { cut, defuseMentions, measure } from './text.js';

// Microsoft Teams through a Workflows webhook: an Adaptive Card 1.4 in a `message` envelope.
// Teams answers 202 at once; card errors surface later in the flow run, so the card must be
// valid by construction. Messages stay under about 28 KB (Teams connector limits).
export const TEAMS_LIMITS = { bytes: 28_000, items: 10, itemChars: 1200 };

export interface TeamsEndpoint extends Endpoint {
  url: string;
}

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

function card(body: unknown[], runUrl: string | undefined) {
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

export const teamsDestination: Destination<TeamsEndpoint> = {
  type: 'teams',
  defaultOn: ['new', 'regression'],
  fields: ['url'],
  parseEndpoint(entry, field, base) {
    const url = requiredUrl(entry, 'url', field, ['https:', 'http:']);
    if (
      /(^|\.)webhook\.office\.com$/i.test(url.hostname) ||
      /outlook\.office(365)?\.com$/i.test(url.hostname)
    ) {
      throw new ConfigError(
        `${field}.url`,
        'is a retired Office 365 connector URL; create a webhook with the Teams Workflows app ("Send webhook alerts to a channel") and use its URL',
      );
    }
    return { ...base, type: 'teams', url: url.href };
  },
  secrets: (endpoint) => [endpoint.url],
  render(event, endpoint) {
    const { items, omitted } = shown(event, TEAMS_LIMITS.items);
    const body: unknown[] = [
      text(defuseMentions(headline(event)), { size: 'Large', weight: 'Bolder' }),
      text(defuseMentions(`${endpoint.mention ? `${endpoint.mention} ` : ''}${countsLine(event)}`), {
        isSubtle: true,
      }),
    ];
    for (const item of items) {
      const lines = [
        text(cut(defuseMentions(`${STATUS_LABEL[item.status]}: ${testsLine(item) || item.title}`), 300), {
          weight: 'Bolder',
        }),
        text(cut(defuseMentions(errorLine(item)), TEAMS_LIMITS.itemChars), { fontType: 'Monospace' }),
        text(
          `${item.fingerprint}${item.issue ? ` · ${item.issue.url ? `[issue #${item.issue.number}](${item.issue.url})` : `issue #${item.issue.number}`}` : ''}`,
          {
            isSubtle: true,
            size: 'Small',
          },
        ),
      ];
      const candidate = [...body, { type: 'Container', separator: true, items: lines }];
      if (measure(JSON.stringify(card(candidate, event.runUrl)), 'bytes') > TEAMS_LIMITS.bytes - 500) break;
      body.push(candidate.at(-1));
    }
    const left = event.items.length - (body.length - 2);
    if (left > 0 || omitted > 0) body.push(text(`…and ${left} more`, { isSubtle: true }));
    return [
      {
        url: endpoint.url,
        body: JSON.stringify(card(body, event.runUrl)),
        headers: { 'content-type': 'application/json' },
      },
    ];
  },
};
