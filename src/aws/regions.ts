import { errorMessage } from '../common/errors.js';
import { allOrThrow } from '../common/parallel.js';
import { createClients, type Clients } from './clients.js';

// Several regions in one step: each has its own clients, and with more than one listed, every message about a thing
// of one region names it (with one, messages stay as they were).

/** The clients of a region, created once each, on first use. */
export type ClientsIn = (region: string) => Clients;

export function regionalClients(): ClientsIn {
  const made = new Map<string, Clients>();
  return (region) => {
    let clients = made.get(region);
    if (!clients) {
      clients = createClients(region);
      made.set(region, clients);
    }
    return clients;
  };
}

/** `fn` as `fn in eu-west-1` when a region is given: entries carry one only when several regions are listed. */
export function placed(name: string, region: string | undefined): string {
  return region === undefined ? name : `${name} in ${region}`;
}

/**
 * Runs `work`; when a region is given, its error comes back as one whose message starts with the region (a new error:
 * one failure, a shared zip's, may reach several regions).
 */
export async function naming<T>(region: string | undefined, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (region === undefined) throw error;
    throw new Error(`${region}: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * Runs `work` in every region side by side, each to its end; fails naming every region that failed (with one region
 * listed, with its own error).
 */
export async function eachRegion<R extends { tag: string | undefined }, T>(
  regions: R[],
  work: (region: R) => Promise<T>,
): Promise<T[]> {
  const [only] = regions;
  if (regions.length === 1 && only) return [await work(only)];
  return allOrThrow(await Promise.allSettled(regions.map((region) => naming(region.tag, () => work(region)))), 'Regions');
}
