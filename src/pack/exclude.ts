import { Minimatch } from 'minimatch';

/** Whether a path inside the package matches one of the `exclude` globs. */
export function excluder(patterns: string[]): (file: string) => boolean {
  const matchers = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  return (file) => matchers.some((matcher) => matcher.match(file));
}

/**
 * The folders `exclude` leaves out whole, which the walk does not enter: those matched by the part of a pattern before
 * a final `/**` (or `/**` followed by `/*`), which then matches whatever lies beneath them, at any depth. Matching a
 * made-up path under the folder would not tell: `node_modules/*` matches `node_modules/x` but keeps
 * `node_modules/a/b.js`. A negated pattern (`!`) leaves no folder out whole: what it leaves out of a folder, it may keep
 * in a folder beneath.
 */
export function folderExcluder(patterns: string[]): (folder: string) => boolean {
  const above = patterns.flatMap((pattern) => /^(?!!)(.+)\/\*\*(?:\/\*)?$/.exec(pattern)?.[1] ?? []);
  return excluder(above);
}
