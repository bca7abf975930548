import { githubTracker } from './github.js';
import { localTracker } from './local.js';
import type { TrackerFactory } from './tracker.js';

const trackers: readonly TrackerFactory[] = [localTracker, githubTracker];

export function trackerNames(): string[] {
  return trackers.map((tracker) => tracker.name);
}

export function trackerByName(name: string): TrackerFactory | undefined {
  return trackers.find((tracker) => tracker.name === name);
}
