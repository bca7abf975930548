import type { Destination, Endpoint } from './destination.js';
import { genericDestination } from './generic.js';

// biome-ignore lint/suspicious/noExplicitAny: each destination narrows its own endpoint type.
const destinations: readonly Destination<any>[] = [genericDestination];

export function destinationTypes(): string[] {
  return destinations.map((destination) => destination.type);
}

export function destinationByType(type: string): Destination<Endpoint> | undefined {
  return destinations.find((destination) => destination.type === type);
}
