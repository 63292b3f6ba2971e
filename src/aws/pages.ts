// Lambda's list calls, read whole through the SDK's paginators.

/** Every item of every page; the SDK's paginator follows NextMarker. */
export async function listAll<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

export const PAGE = { pageSize: 50 };
