import type { Destination, Endpoint } from './destination.js';
import { countsLine, errorLine, headline, STATUS_LABEL, shown, testsLine } from './digest.js';
import { requiredUrl } from './fields.js';
import { cut, escapeHtml, measure } from './text.js';

// Google Chat incoming webhooks (developers.google.com/workspace/chat): cardsV2 with a text
// fallback, at most 32,000 bytes per message. Card text is a small HTML subset, so test output
// is escaped. thread.threadKey groups alerts: one message per run, threaded under its worst
// fingerprint, so a failure that keeps coming back keeps landing in the same thread.
export const GOOGLE_CHAT_LIMITS = { bytes: 32_000, items: 10, itemChars: 1500, threadKey: 4000 };

export interface GoogleChatEndpoint extends Endpoint {
  url: string;
}

export const googleChatDestination: Destination<GoogleChatEndpoint> = {
  type: 'google-chat',
  defaultOn: ['new', 'regression'],
  fields: ['url'],
  parseEndpoint: (entry, field, base) => ({
    ...base,
    type: 'google-chat',
    url: requiredUrl(entry, 'url', field).href,
  }),
  secrets: (endpoint) => [endpoint.url],
  render(event, endpoint) {
    const { items } = shown(event, GOOGLE_CHAT_LIMITS.items);
    const widgets: unknown[] = [];
    const message = (list: unknown[]) => ({
      text: cut(`${endpoint.mention ? `${endpoint.mention} ` : ''}${headline(event)}`, 4000),
      cardsV2: [
        {
          cardId: 'faultline',
          card: {
            header: { title: cut(headline(event), 200), subtitle: cut(countsLine(event), 200) },
            sections: [{ widgets: list }],
          },
        },
      ],
      thread: { threadKey: cut(event.items[0]?.fingerprint ?? event.id, GOOGLE_CHAT_LIMITS.threadKey) },
    });
    for (const item of items) {
      const body = `<b>${STATUS_LABEL[item.status]}:</b> ${escapeHtml(testsLine(item) || item.title)}<br><font color="#b91c1c">${escapeHtml(
        cut(errorLine(item), GOOGLE_CHAT_LIMITS.itemChars),
      )}</font><br>${item.fingerprint}${item.issue ? ` · ${item.issue.url ? `<a href="${escapeHtml(item.issue.url)}">issue #${item.issue.number}</a>` : `issue #${item.issue.number}`}` : ''}`;
      const widget = { textParagraph: { text: body } };
      if (measure(JSON.stringify(message([...widgets, widget])), 'bytes') > GOOGLE_CHAT_LIMITS.bytes - 600)
        break;
      widgets.push(widget);
    }
    const left = event.items.length - widgets.length;
    if (left > 0) widgets.push({ textParagraph: { text: `…and ${left} more` } });
    if (event.runUrl) {
      widgets.push({
        buttonList: { buttons: [{ text: 'Open the CI run', onClick: { openLink: { url: event.runUrl } } }] },
      });
    }
    const url = new URL(endpoint.url);
    url.searchParams.set('messageReplyOption', 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD');
    return [
      {
        url: url.href,
        body: JSON.stringify(message(widgets)),
        headers: { 'content-type': 'application/json; charset=UTF-8' },
      },
    ];
  },
};
