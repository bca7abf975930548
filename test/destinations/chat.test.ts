import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/destinations/discord.js';
import { eventOf, forbiddenIn, hostileFailure, plainFailure } from '../helpers/alerts.js';
import { json } from '../helpers/fake-service.js';
import { deliver, service } from './harness.js';

const hostile = () => eventOf(Array.from({ length: 30 }, (_, index) => hostileFailure(index)));

function clean(body: string) {
  expect(forbiddenIn(body)).toEqual([]);
}

describe('slack (incoming webhook)', () => {
  // What Slack checks (docs.slack.dev block-kit limits): 50 blocks, header 150, section 3,000,
  // text present; and about 13,000 characters in all (msg_blocks_too_long).
  const slack = () =>
    service((request) => {
      const body = json(request) as
        | { text?: string; blocks?: Array<{ type: string; text?: { text: string } }> }
        | undefined;
      if (!body) return { status: 400, body: 'invalid_payload' };
      if (!body.text) return { status: 400, body: 'no_text' };
      const blocks = body.blocks ?? [];
      if (blocks.length > 50) return { status: 400, body: 'invalid_blocks' };
      for (const block of blocks) {
        if (block.type === 'header' && (block.text?.text.length ?? 0) > 150)
          return { status: 400, body: 'invalid_blocks' };
        if (block.type === 'section' && (block.text?.text.length ?? 0) > 3000)
          return { status: 400, body: 'invalid_blocks' };
      }
      if (JSON.stringify(blocks).length > 13_000) return { status: 400, body: 'msg_blocks_too_long' };
      return { status: 200, body: 'ok' };
    });

  it('sends one Block Kit message per run, within limits, with nothing injected', async () => {
    const receiver = await slack();
    const { results } = await deliver([{ type: 'slack', url: receiver.url, username: 'CI' }], hostile());
    expect(results).toEqual([expect.objectContaining({ status: 'sent', attempts: 1, httpStatus: 200 })]);
    expect(receiver.violations).toEqual([]);
    expect(receiver.requests).toHaveLength(1);
    const body = receiver.requests[0]?.body ?? '';
    clean(body);
    const message = JSON.parse(body);
    expect(message.text).toMatch(/^faultline: 30 new in acme\/shop on main/);
    expect(message.username).toBe('CI');
    expect(JSON.stringify(message.blocks)).toContain('…and 20 more');
    expect(body).toContain('&lt;!channel&gt;');
  });

  it("reports Slack's plain-text error and does not retry it", async () => {
    const receiver = await service(() => ({ status: 400, body: 'invalid_blocks' }));
    const { results } = await deliver([{ type: 'slack', url: receiver.url }], eventOf([plainFailure('a')]));
    expect(results[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      httpStatus: 400,
      detail: 'answered 400: invalid_blocks',
    });
  });

  it('puts the configured mention first, and only that one', async () => {
    const receiver = await slack();
    await deliver([{ type: 'slack', url: receiver.url, mention: '<!subteam^S0123>' }], hostile());
    const message = JSON.parse(receiver.requests[0]?.body ?? '{}');
    expect(message.text.startsWith('<!subteam^S0123> ')).toBe(true);
    expect(receiver.requests[0]?.body.match(/<!/g)).toHaveLength(2);
  });
});

describe('slack-bot (chat.postMessage)', () => {
  it('replies in the thread of the first alert when a failure recurs', async () => {
    let ts = 1000;
    const api = await service((request) => {
      if (request.path !== '/api/chat.postMessage') return { status: 404, body: 'not found' };
      if (request.headers.authorization !== 'Bearer xoxb-test-token') {
        return { status: 200, body: JSON.stringify({ ok: false, error: 'invalid_auth' }) };
      }
      const body = json(request) as { channel?: string; text?: string } | undefined;
      if (!body?.channel)
        return { status: 200, body: JSON.stringify({ ok: false, error: 'channel_not_found' }) };
      ts += 1;
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ok: true, channel: 'C1', ts: `${ts}.000100` }),
      };
    });
    const entry = {
      type: 'slack-bot',
      token: 'xoxb-test-token',
      channel: 'C1',
      'api-url': `${api.origin}/api`,
    };
    const a = plainFailure('a');
    const b = plainFailure('b');
    const first = await deliver([entry], eventOf([a]), {});
    const outputDir = first.output.dir;
    expect(first.results[0]).toMatchObject({ status: 'sent' });
    const second = await deliver([entry], eventOf([a, b], ['update', 'open']), { outputDir });
    expect(second.results[0]).toMatchObject({ status: 'sent', attempts: 2 });
    const bodies = api.requests.map((request) => JSON.parse(request.body));
    expect(bodies[0].thread_ts).toBeUndefined();
    expect(
      bodies
        .slice(1)
        .map((body) => String(body.thread_ts))
        .sort(),
    ).toEqual(['1001.000100', 'undefined']);
  });

  it('reads {"ok": false} as a failure with Slack\'s error name', async () => {
    const api = await service(() => ({
      status: 200,
      body: JSON.stringify({ ok: false, error: 'invalid_auth' }),
    }));
    const { results } = await deliver(
      [{ type: 'slack-bot', token: 'xoxb-bad', channel: 'C1', 'api-url': api.origin }],
      eventOf([plainFailure('a')]),
    );
    expect(results[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      detail: 'message: Slack said invalid_auth',
    });
  });
});

describe('discord', () => {
  // Discord's checks (discord-api-docs message.md): content 2,000, ≤10 embeds, title 256,
  // description 4,096, footer 2,048, 6,000 characters across embeds.
  const discord = (first?: { status: number; body: string; headers?: Record<string, string> }) =>
    service((request, index) => {
      if (first && index === 0) return first;
      if (request.query.get('wait') !== 'true')
        return { status: 400, body: '{"message":"wait expected by this test"}' };
      const body = json(request) as {
        content?: string;
        embeds?: Array<Record<string, unknown>>;
        allowed_mentions?: { parse?: unknown[] };
      };
      const embeds = body.embeds ?? [];
      const total = embeds.reduce(
        (sum, embed) =>
          sum +
          JSON.stringify([embed.title, embed.description, (embed.footer as { text?: string })?.text]).length,
        0,
      );
      if (
        (body.content?.length ?? 0) > DISCORD_LIMITS.content ||
        embeds.length > 10 ||
        total > DISCORD_LIMITS.embedTotal
      ) {
        return { status: 400, body: '{"code":50035,"message":"Invalid Form Body"}' };
      }
      if (!Array.isArray(body.allowed_mentions?.parse) || body.allowed_mentions.parse.length > 0) {
        return { status: 400, body: '{"message":"this test requires allowed_mentions.parse = []"}' };
      }
      return { status: 200, body: JSON.stringify({ id: '1', channel_id: '2' }) };
    });

  it('sends embeds within every limit and blocks all mentions', async () => {
    const receiver = await discord();
    const { results } = await deliver([{ type: 'discord', url: receiver.url }], hostile());
    expect(results[0]).toMatchObject({ status: 'sent', httpStatus: 200 });
    expect(receiver.violations).toEqual([]);
    clean(receiver.requests[0]?.body ?? '');
    expect(JSON.parse(receiver.requests[0]?.body ?? '{}').embeds).toHaveLength(10);
  });

  it('waits as the 429 body says (retry_after in seconds), then succeeds', async () => {
    const receiver = await discord({
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '1' },
      body: JSON.stringify({ message: 'You are being rate limited.', retry_after: 0.25, global: false }),
    });
    const clock = {
      sleeps: [] as number[],
      now: () => new Date(),
      sleep: async (ms: number) => void clock.sleeps.push(ms),
    };
    const { results } = await deliver(
      [{ type: 'discord', url: receiver.url }],
      eventOf([plainFailure('a')]),
      { clock },
    );
    expect(results[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(clock.sleeps).toEqual([250]);
  });
});

describe('teams (Workflows webhook)', () => {
  const teams = () =>
    service((request) => {
      const body = json(request) as {
        type?: string;
        attachments?: Array<{
          contentType?: string;
          content?: { type?: string; version?: string; body?: unknown[] };
        }>;
      };
      const card = body?.attachments?.[0];
      if (body?.type !== 'message' || card?.contentType !== 'application/vnd.microsoft.card.adaptive')
        return { status: 400, body: 'bad envelope' };
      if (
        card.content?.type !== 'AdaptiveCard' ||
        card.content.version !== '1.4' ||
        !Array.isArray(card.content.body)
      ) {
        return { status: 400, body: "Property 'type' must be 'AdaptiveCard'" };
      }
      if (Buffer.byteLength(request.body) > 28_000) return { status: 413, body: 'too large' };
      return { status: 202, body: '' };
    });

  it('sends an Adaptive Card 1.4 in a message envelope; 202 means accepted', async () => {
    const receiver = await teams();
    const { results } = await deliver([{ type: 'teams', url: receiver.url }], hostile());
    expect(results[0]).toMatchObject({ status: 'sent', httpStatus: 202 });
    expect(receiver.violations).toEqual([]);
    clean(receiver.requests[0]?.body ?? '');
  });

  it('refuses retired Office 365 connector URLs with a clear message', () => {
    return deliver(
      [{ type: 'teams', url: 'https://acme.webhook.office.com/webhookb2/abc' }],
      eventOf([plainFailure('a')]),
    ).then(({ results }) => {
      expect(results[0]?.detail).toMatch(
        /webhooks\[0\]\.url: is a retired Office 365 connector URL; create a webhook with the Teams Workflows app/,
      );
    });
  });
});

describe('google-chat', () => {
  it('sends cardsV2 with a threadKey per fingerprint, under 32,000 bytes', async () => {
    const receiver = await service((request) => {
      const body = json(request) as { cardsV2?: unknown[]; thread?: { threadKey?: string }; text?: string };
      if (!Array.isArray(body?.cardsV2)) return { status: 400, body: 'Invalid JSON payload' };
      if (Buffer.byteLength(request.body) > 32_000) return { status: 400, body: 'message too large' };
      if ((body.thread?.threadKey?.length ?? 0) > 4000) return { status: 400, body: 'threadKey too long' };
      if (request.query.get('messageReplyOption') !== 'REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD')
        return { status: 400, body: 'no reply option' };
      if (!request.query.get('key') || !request.query.get('token'))
        return { status: 401, body: 'unauthenticated' };
      return {
        status: 200,
        body: JSON.stringify({ name: 'spaces/A/messages/B', thread: { name: 'spaces/A/threads/C' } }),
      };
    });
    const event = hostile();
    const { results } = await deliver([{ type: 'google-chat', url: `${receiver.url}?key=k&token=t` }], event);
    expect(results[0]).toMatchObject({ status: 'sent', httpStatus: 200 });
    expect(receiver.violations).toEqual([]);
    const body = receiver.requests[0]?.body ?? '';
    clean(body);
    expect(JSON.parse(body).thread.threadKey).toBe(event.items[0]?.fingerprint);
  });
});

describe('mattermost', () => {
  it('sends Mattermost markdown under 16,383 characters with mentions broken', async () => {
    const receiver = await service((request) => {
      const body = json(request) as { text?: string; blocks?: unknown };
      if (!body?.text) return { status: 400, body: 'Unable to parse incoming data' };
      if (body.blocks) return { status: 400, body: 'no Block Kit here' };
      if (body.text.length > 16_383) return { status: 400, body: 'post too long' };
      return { status: 200, body: 'ok' };
    });
    const { results } = await deliver(
      [{ type: 'mattermost', url: receiver.url, channel: 'town-square' }],
      hostile(),
    );
    expect(results[0]).toMatchObject({ status: 'sent' });
    const body = JSON.parse(receiver.requests[0]?.body ?? '{}');
    clean(receiver.requests[0]?.body ?? '');
    expect(body.channel).toBe('town-square');
    expect(body.text).toContain('**New:**');
  });
});
