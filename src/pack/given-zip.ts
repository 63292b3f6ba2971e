import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { centralDirectory, unzipAll, unzipSmall, type ZipEntry } from './unzip.js';
import type { SourceFile } from './source-file.js';
import { DEFLATED, DIRECTORY, FILE_TYPE, STORED, SYMLINK } from './zip-format.js';
import { Input } from '../inputs/names.js';
import { UNZIPPED_LIMIT, ZIP_ENTRY_LIMIT } from '../aws/limits.js';
import { errorMessage, InputError } from '../common/errors.js';
import { megabytes } from '../common/units.js';

// The kernel's own limit (MAXSYMLINKS): a path resolved through more links than this loops.
const MAX_LINK_HOPS = 40;
// Longer than any path: the data of such a "link" is not one.
const MAX_LINK_TARGET = 4096;

/**
 * What each link of a layer resolves to once Lambda has unpacked the layer, followed component by component as the
 * kernel follows it: a file's path, or undefined for a folder. A link that leaves the layer (absolute, or `..` past
 * its root), dangles (nothing of the zip left after exclude is there) or loops is a bad input naming it.
 */
function resolveLinks(input: string, zip: string, links: Map<string, string>, paths: string[]): Map<string, string | undefined> {
  const files = new Set(paths.filter((name) => !links.has(name)));
  const folders = new Set(
    paths.flatMap((name) =>
      name
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const resolved = new Map<string, string | undefined>();
  for (const [link, target] of links) {
    const fail = (what: string) => new InputError(input, `${zip}: ${link} is a symbolic link to ${target}, ${what}`);
    const leaves = () =>
      fail(
        'which leaves the layer (Lambda unpacks it in /opt): link to a file inside the layer, or put the file itself in the zip',
      );
    const done: string[] = [];
    let pending = link.split('/');
    let hops = 0;
    for (let part = pending.shift(); part !== undefined; part = pending.shift()) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (done.length === 0) throw leaves();
        done.pop();
        continue;
      }
      done.push(part);
      const next = links.get(done.join('/'));
      if (next === undefined) continue;
      if (++hops > MAX_LINK_HOPS) throw fail('which leads back to itself through links: link to the file itself');
      if (next.startsWith('/')) throw leaves();
      done.pop();
      pending = [...next.split('/'), ...pending];
    }
    const found = done.join('/');
    if (target === '' || !(files.has(found) || found === '' || folders.has(found))) {
      throw fail('which the zip does not hold (after exclude): add it to the zip, or leave the link out');
    }
    resolved.set(link, files.has(found) ? found : undefined);
  }
  return resolved;
}

/**
 * The files of a .zip, read from its central directory and unzipped once (see unzipAll), in memory bounded whatever
 * their sizes. Symbolic links stay links; a layer's must resolve inside it. What goes in the layer's zip is held to
 * the limits of its pack here, in the plan: the entries a zip holds without zip64, and 250 MB unzipped.
 */
export async function readZip(input: string, file: string, isExcluded: (file: string) => boolean): Promise<SourceFile[]> {
  const zip = path.basename(file);
  const unreadable = (what: string, error: unknown) =>
    new InputError(input, `${zip}${what} is not a readable zip (${errorMessage(error)}): build it again`);
  const fd = openSync(file, 'r');
  try {
    let entries: ZipEntry[];
    try {
      entries = centralDirectory(fd);
    } catch (error) {
      throw unreadable('', error);
    }
    const included: ZipEntry[] = [];
    const names = new Set<string>();
    for (const entry of entries) {
      const { name } = entry;
      if (name.endsWith('/') || (entry.mode & FILE_TYPE) === DIRECTORY) continue;
      if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..')) {
        throw new InputError(input, `${zip} holds "${name}", a path that escapes the package`);
      }
      if (names.has(name)) {
        throw new InputError(
          input,
          `${zip} holds "${name}" twice, and Lambda would unpack only one of them: build the zip again without duplicate names`,
        );
      }
      names.add(name);
      if (isExcluded(name)) continue;
      if (entry.encrypted) throw new InputError(input, `${zip}: ${name} is encrypted: build the zip again without a password`);
      if (entry.method !== STORED && entry.method !== DEFLATED) {
        throw new InputError(
          input,
          `${zip}: ${name} is compressed with method ${entry.method}, not deflate: build the zip again with deflate`,
        );
      }
      included.push(entry);
    }
    if (included.length > ZIP_ENTRY_LIMIT) {
      throw new InputError(
        input,
        `${zip} holds ${included.length} files (after exclude), more than the ${ZIP_ENTRY_LIMIT} a zip holds without zip64: leave some out with exclude`,
      );
    }
    const total = included.reduce((sum, entry) => sum + entry.size, 0);
    if (total > UNZIPPED_LIMIT) {
      throw new InputError(input, `${zip} is ${megabytes(total)} unzipped (after exclude), above Lambda's 250 MB limit`);
    }
    const isLink = (entry: ZipEntry) => (entry.mode & FILE_TYPE) === SYMLINK;
    const links = included.filter(isLink).map((entry) => {
      try {
        if (entry.size > MAX_LINK_TARGET || entry.compressedSize > 2 * MAX_LINK_TARGET) {
          throw new Error(`a symbolic link of ${entry.size} bytes, longer than any path`);
        }
        const data = unzipSmall(fd, entry);
        return { name: entry.name, data, target: data.toString('utf8') };
      } catch (error) {
        throw unreadable(`: ${entry.name}`, error);
      }
    });
    // Code is uploaded as it is, and its links may lead into layers (/opt): only a layer's are resolved.
    const resolved =
      input === Input.LayerPath || input === Input.Layers
        ? resolveLinks(
            input,
            zip,
            new Map(links.map((link) => [link.name, link.target])),
            included.map((entry) => entry.name),
          )
        : new Map<string, string | undefined>();
    const regular = included.filter((entry) => !isLink(entry));
    const unzipped = await unzipAll(file, fd, regular, (entry, error) => unreadable(`: ${entry.name}`, error));
    // In no particular order: readSource sorts them by path, which no two share.
    return [
      ...links.map(({ name, data, target }): SourceFile => ({
        path: name,
        executable: false,
        size: data.length,
        link: { target, file: resolved.get(name) },
        chunks: () => [data],
        readAt: (offset, length) => data.subarray(offset, offset + length),
      })),
      ...unzipped,
    ];
  } finally {
    closeSync(fd);
  }
}
