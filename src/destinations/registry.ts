import { datadogDestination } from './datadog.js';
import type { Destination, Endpoint } from './destination.js';
import { discordDestination } from './discord.js';
import { genericDestination } from './generic.js';
import { googleChatDestination } from './google-chat.js';
import { mattermostDestination } from './mattermost.js';
import { pagerdutyDestination } from './pagerduty.js';
import { sentryDestination } from './sentry.js';
import { slackDestination } from './slack.js';
import { slackBotDestination } from './slack-bot.js';
import { teamsDestination } from './teams.js';
import { templateDestination } from './template.js';

// biome-ignore lint/suspicious/noExplicitAny: each destination narrows its own endpoint type.
const destinations: readonly Destination<any>[] = [
  genericDestination,
  slackDestination,
  slackBotDestination,
  discordDestination,
  teamsDestination,
  googleChatDestination,
  mattermostDestination,
  pagerdutyDestination,
  datadogDestination,
  sentryDestination,
  templateDestination,
];

export function destinationTypes(): string[] {
  return destinations.map((destination) => destination.type);
}

export function destinationByType(type: string): Destination<Endpoint> | undefined {
  return destinations.find((destination) => destination.type === type);
}
