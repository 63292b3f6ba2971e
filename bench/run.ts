// npm run bench: speed and memory figures (targets live here, never in timed tests).
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { packZip } from '../src/archive.js';
import { hashContent } from '../src/hash.js';
import { HEAD_BYTES, inspectFile } from '../src/inspect.js';
import { readSource } from '../src/source.js';
import { runAction } from '../__tests__/support/action.js';
import { clients, createFunction, seedLayer, tree, unique } from '../__tests__/support/fixtures.js';
import { startMoto } from '../__tests__/support/moto.js';
import { startProxy } from '../__tests__/support/proxy.js';
import { generateTree } from './tree.js';

const MB = 1024 * 1024;
const action = parse(readFileSync(path.join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const DEFAULT_MAX_PARALLEL = Number(action.inputs['max-parallel']?.default);
const root = import.meta.dirname;

async function best(runs: number, fn: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

function peakRss(operation: string, dir: string, out: string): number {
  const viteNode = path.join(root, '..', 'node_modules', '.bin', 'vite-node');
  const output = execFileSync(viteNode, [path.join(root, 'worker.ts'), operation, dir, out], { encoding: 'utf8' });
  return (JSON.parse(output.slice(output.lastIndexOf('{'))) as { maxRssKB: number }).maxRssKB / 1024;
}

async function hashingAndPacking(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const dir = path.join(work, 'layer');
  try {
    const { bytes, files } = generateTree(dir, 100);
    const size = bytes / MB;
    console.log(`\n## Hashing and packing: ${size.toFixed(0)} MB in ${files} files (best of 5, page cache warm)\n`);
    const shell = (command: string) => execSync(command, { cwd: dir, stdio: 'ignore', shell: '/bin/bash' });
    // Flush the freshly written tree first: writeback running during the timings halves them on small machines.
    shell('sync; find . -type f -print0 | xargs -0 cat > /dev/null');
    const traits = { runtimes: [], architectures: [], license: '' };
    const hash = await best(5, async () => hashContent(await readSource('layer-path', dir), traits));
    // As the plan hashes: each file's first bytes handed to the content checks in the same pass.
    const checked = await best(5, async () =>
      hashContent(await readSource('layer-path', dir), traits, (file, head) => {
        inspectFile(file.path, head.subarray(0, HEAD_BYTES), (offset, length) => file.readAt(offset, length));
      }),
    );
    const sha = await best(5, () => shell('find . -type f -print0 | sort -z | xargs -0 sha256sum > /dev/null'));
    const zipOut = path.join(work, 'out.zip');
    const pack = await best(5, async () => packZip(await readSource('layer-path', dir), zipOut));
    const zipped = statSync(zipOut).size / MB;
    const cliOut = path.join(work, 'cli.zip');
    const zip = await best(5, () => {
      rmSync(cliOut, { force: true });
      shell(`zip -X -r -q ${cliOut} .`);
    });
    const idle = peakRss('idle', dir, '');
    const rows = [
      ['hash (hashContent)', size / hash, size / sha, 'sha256sum', peakRss('hash', dir, '')],
      ['hash + content checks (the plan)', size / checked, size / sha, 'sha256sum', peakRss('hash', dir, '')],
      ['pack (packZip)', size / pack, size / zip, 'zip -X -r', peakRss('pack', dir, path.join(work, 'rss.zip'))],
    ] as const;
    console.log('| operation | MB/s | reference | reference MB/s | ratio | peak RSS | RSS above an idle process |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, ours, theirs, tool, rss] of rows) {
      console.log(
        `| ${name} | ${ours.toFixed(0)} | ${tool} | ${theirs.toFixed(0)} | ${(ours / theirs).toFixed(2)} | ${rss.toFixed(0)} MB | ${(rss - idle).toFixed(0)} MB |`,
      );
    }
    console.log(
      `\nZip: ${zipped.toFixed(1)} MB (zip -X -r: ${(statSync(cliOut).size / MB).toFixed(1)} MB). Idle process RSS: ${idle.toFixed(0)} MB.`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function deployTo(motoUrl: string, count: number, maxParallel: number) {
  const c = clients(motoUrl);
  const layer = unique('bench');
  const v1 = await seedLayer(c, layer);
  const functions = Array.from({ length: count }, () => unique('bench-fn'));
  await Promise.all(functions.map((fn) => createFunction(c, fn, { layers: [v1], alias: 'live' })));
  const proxy = await startProxy(motoUrl, { inProgressPolls: 3 });
  try {
    const inputs = {
      'layer-name': layer,
      'layer-path': tree({ 'python/lib.py': `VERSION = "${unique('v')}"\n` }),
      functions: functions.join('\n'),
      'code-path': tree({ 'app.py': `def handler(e, c):\n    return "${unique('code')}"\n` }),
      'max-parallel': String(maxParallel),
    };
    const start = performance.now();
    const run = await runAction('main', inputs, { endpoint: proxy.url, workspace: os.tmpdir() });
    const seconds = (performance.now() - start) / 1000;
    if (run.code !== 0) throw new Error(`the action failed deploying to ${count} functions:\n${run.stdout}`);
    const perFunction = new Map<string, number[]>();
    for (const [key, n] of proxy.calls) {
      const [operation = '', target = ''] = key.split(' ');
      if (!functions.includes(target)) continue;
      perFunction.set(operation, [...(perFunction.get(operation) ?? []), n]);
    }
    return { seconds, perFunction, layerCalls: proxy.count('PublishLayerVersion') + proxy.count('ListLayerVersions') };
  } finally {
    await proxy.close();
  }
}

async function deploying(): Promise<void> {
  const moto = await startMoto();
  try {
    console.log('\n## Deploy behind the fault proxy (every update InProgress for 3 polls)\n');
    const one = await deployTo(moto.url, 1, DEFAULT_MAX_PARALLEL);
    const twenty = await deployTo(moto.url, 20, DEFAULT_MAX_PARALLEL);
    const ratio = twenty.seconds / one.seconds;
    console.log('| functions | max-parallel | wall time |');
    console.log('|---|---|---|');
    console.log(`| 1 | ${DEFAULT_MAX_PARALLEL} (default) | ${one.seconds.toFixed(1)} s |`);
    console.log(`| 20 | ${DEFAULT_MAX_PARALLEL} (default) | ${twenty.seconds.toFixed(1)} s |`);
    console.log(
      `\n20 functions / 1 function at the default max-parallel: ${ratio.toFixed(2)}x, goal <= 1.5x: ${ratio <= 1.5 ? 'goal met' : 'goal missed'}`,
    );
    console.log('\nAWS calls per function (20 functions): min-max per operation\n');
    console.log('| operation | calls per function |');
    console.log('|---|---|');
    let total = 0;
    const writes = ['UpdateFunctionCode', 'UpdateFunctionConfiguration', 'PublishVersion', 'UpdateAlias', 'CreateAlias'];
    const repeated: string[] = [];
    for (const [operation, counts] of [...twenty.perFunction].sort()) {
      const min = Math.min(...counts);
      const max = Math.max(...counts);
      total += counts.reduce((a, b) => a + b, 0) / 20;
      console.log(`| ${operation} | ${min === max ? min : `${min}-${max}`} |`);
      if (writes.includes(operation) && max > 1) repeated.push(operation);
    }
    console.log(`| total (mean) | ${total.toFixed(1)} |`);
    console.log(
      `\nLayer calls for the whole run: ${twenty.layerCalls}. Writes sent twice to one function: ${repeated.join(', ') || 'none'}.`,
    );
  } finally {
    await moto.stop();
  }
}

await hashingAndPacking();
if (!process.env.BENCH_SKIP_DEPLOY) await deploying();
