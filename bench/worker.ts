// Runs one operation in a process of its own and prints its peak RSS, so the bench can show memory stays flat.
import { packZip } from '../src/archive.js';
import { hashContent } from '../src/hash.js';
import { readSource } from '../src/source.js';

const [operation, dir, out] = process.argv.slice(2);
if (operation === 'hash')
  await hashContent(await readSource('layer-path', dir!), { runtimes: [], architectures: [], license: '' });
if (operation === 'pack') await packZip(await readSource('layer-path', dir!), out!);
process.stdout.write(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
