import { errorMessage } from './errors.js';

/** Runs fn over items with at most `limit` at once; every item runs, and each result is reported like allSettled. */
export async function mapSettled<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results = new Array<PromiseSettledResult<R>>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await fn(items[index] as T) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The values, or one error naming every failure (each failure's message already names its function). */
export function allOrThrow<R>(results: PromiseSettledResult<R>[], what: string): R[] {
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (failures.length > 0) {
    throw new Error(`${what} failed for ${failures.length} of ${results.length}:\n${failures.map(errorMessage).join('\n')}`);
  }
  return results.map((result) => (result as PromiseFulfilledResult<R>).value);
}

/**
 * At most `count` holders at once, for work that arrives over time (mapSettled is for a list known up front): each
 * waits for a slot, and hands it to the next waiter when it calls release.
 */
export function slots(count: number): () => Promise<() => void> {
  const waiting: (() => void)[] = [];
  let free = count;
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async () => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    return release;
  };
}
