// One operation in a process of its own, so the bench can read its peak RSS (bench/rss.mjs, preloaded).
import { packZip } from '../src/pack/zip.js';
import { hashContent } from '../src/pack/hash.js';
import { readSource } from '../src/pack/source.js';

const [operation, dir, out] = process.argv.slice(2);
if (operation === 'hash')
  await hashContent(await readSource('layer-path', dir!), { runtimes: [], architectures: [], license: '' });
if (operation === 'pack') await packZip(await readSource('layer-path', dir!), out!);
