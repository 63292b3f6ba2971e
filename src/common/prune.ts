/** Newest first by number; the newest `keep` and every protected one stay. */
export function prune<T>(items: T[], number: (item: T) => number, keep: number, isProtected: (item: T) => boolean) {
  const sorted = [...items].sort((a, b) => number(b) - number(a));
  return {
    kept: sorted.filter((item, i) => i < keep || isProtected(item)),
    deleted: sorted.filter((item, i) => i >= keep && !isProtected(item)),
  };
}
