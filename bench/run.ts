// npm run bench: speed and memory figures (targets live here, never in timed tests).
import { execFile, execFileSync, execSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CreateBucketCommand, type BucketLocationConstraint } from '@aws-sdk/client-s3';
import { parse } from 'yaml';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { packZip } from '../src/pack/zip.js';
import { createClients } from '../src/aws/clients.js';
import { hashContent } from '../src/pack/hash.js';
import { HEAD_BYTES, factsOf } from '../src/verify/facts.js';
import { readSource } from '../src/pack/source.js';
import { uploadOnce } from '../src/pack/upload.js';
import { runAction } from '../__tests__/support/action.js';
import { clients, createFunction, seedLayer, tree, unique, zipOf } from '../__tests__/support/fixtures.js';
import { startMoto } from '../__tests__/support/moto.js';
import { startProxy } from '../__tests__/support/proxy.js';
import { generateLargeElf, generateSmallFiles, generateTree } from './tree.js';

const MB = 1024 * 1024;
const action = parse(readFileSync(path.join(import.meta.dirname, '..', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const DEFAULT_MAX_PARALLEL = Number(action.inputs['max-parallel']?.default);
const root = import.meta.dirname;
const execFileAsync = promisify(execFile);

async function best(runs: number, fn: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

/** Runs one operation in a process of its own (bench/worker.ts) and returns its peak RSS in MB. */
function peakRss(operation: string, dir: string, out: string): number {
  const viteNode = path.join(root, '..', 'node_modules', '.bin', 'vite-node');
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}`);
  const env = {
    ...process.env,
    NODE_OPTIONS: `--import=${pathToFileURL(path.join(root, 'rss.mjs')).href}`,
    BENCH_RSS_FILE: rssFile,
  };
  execFileSync(viteNode, [path.join(root, 'worker.ts'), operation, dir, out], { env, stdio: 'ignore' });
  const kilobytes = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return kilobytes / 1024;
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
    const hash = await best(5, async () => await hashContent(await readSource('layer-path', dir), traits));
    // As the plan hashes: each file's first bytes handed to the content checks in the same pass.
    const checked = await best(
      5,
      async () =>
        await hashContent(await readSource('layer-path', dir), traits, (file, head) => {
          factsOf(file.path, head.subarray(0, HEAD_BYTES), (offset, length) => file.readAt(offset, length));
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

/** aws-actions/aws-lambda-deploy's calls (bench/peer.mjs) for `count` functions, one workflow step each, in turn. */
async function peerDeploy(motoUrl: string, count: number): Promise<number> {
  const c = clients(motoUrl);
  const v1 = await seedLayer(c, unique('peer'));
  const v2 = await seedLayer(c, unique('peer'), 'v2');
  const functions = Array.from({ length: count }, () => unique('peer-fn'));
  await Promise.all(functions.map((fn) => createFunction(c, fn, { layers: [v1], alias: 'live' })));
  const work = mkdtempSync(path.join(os.tmpdir(), 'peer-'));
  const zip = path.join(work, 'code.zip');
  writeFileSync(zip, zipOf({ 'app.py': `def handler(e, c):\n    return "${unique('code')}"\n` }));
  const proxy = await startProxy(motoUrl, { inProgressPolls: 3 });
  try {
    const env = { ...process.env, AWS_ENDPOINT_URL: proxy.url, AWS_REGION: 'us-east-1' };
    Object.assign(env, { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' });
    const start = performance.now();
    // Not spawnSync: the proxy answering the steps runs in this process.
    for (const fn of functions) await execFileAsync(process.execPath, [path.join(root, 'peer.mjs'), fn, v2, zip], { env });
    return (performance.now() - start) / 1000;
  } finally {
    await proxy.close();
    rmSync(work, { recursive: true, force: true });
  }
}

interface Ask {
  measure: string;
  ours: string;
  reference: string;
  ratio: number;
  ask: number;
}
const asks: Ask[] = [];

async function deploying(): Promise<void> {
  const moto = await startMoto();
  try {
    console.log('\n## Deploy behind the fault proxy (every update InProgress for 3 polls)\n');
    const one = await deployTo(moto.url, 1, DEFAULT_MAX_PARALLEL);
    const five = await deployTo(moto.url, 5, DEFAULT_MAX_PARALLEL);
    const twenty = await deployTo(moto.url, 20, DEFAULT_MAX_PARALLEL);
    const peer = await peerDeploy(moto.url, 5);
    const ratio = twenty.seconds / one.seconds;
    console.log('| functions | max-parallel | wall time |');
    console.log('|---|---|---|');
    console.log(`| 1 | ${DEFAULT_MAX_PARALLEL} (default) | ${one.seconds.toFixed(1)} s |`);
    console.log(`| 5 | ${DEFAULT_MAX_PARALLEL} (default) | ${five.seconds.toFixed(1)} s |`);
    console.log(`| 20 | ${DEFAULT_MAX_PARALLEL} (default) | ${twenty.seconds.toFixed(1)} s |`);
    console.log(`| 5, aws-actions/aws-lambda-deploy's calls, one step per function | - | ${peer.toFixed(1)} s |`);
    asks.push({
      measure: '20 functions vs 1, default max-parallel',
      ours: `${twenty.seconds.toFixed(1)} s`,
      reference: `1 function: ${one.seconds.toFixed(1)} s`,
      ratio,
      ask: 1.5,
    });
    asks.push({
      measure: '5 functions vs aws-lambda-deploy, one step per function',
      ours: `${five.seconds.toFixed(1)} s`,
      reference: `peer: ${peer.toFixed(1)} s`,
      ratio: five.seconds / peer,
      ask: 0.15,
    });
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

// Lambda's control-plane quota per region, which the proxy enforces in the fleet section: 429 beyond it.
const QUOTA = { perSecond: 15, getFunctionPerSecond: 100 };

/**
 * New code for `count` functions in one region, through the proxy enforcing the quota (each update InProgress for one
 * poll). The floor is the time the quota itself sets: the calls it let through, but GetFunction's, at 15 a second.
 */
async function deployUnderQuota(motoUrl: string, count: number) {
  const c = clients(motoUrl);
  const functions = Array.from({ length: count }, () => unique('fleet-fn'));
  await Promise.all(functions.map((fn) => createFunction(c, fn, { alias: 'live' })));
  const proxy = await startProxy(motoUrl, { inProgressPolls: 1, quota: QUOTA });
  try {
    const inputs = {
      functions: functions.join('\n'),
      'code-path': tree({ 'app.py': `def handler(e, c):\n    return "${unique('code')}"\n` }),
      'max-parallel': String(DEFAULT_MAX_PARALLEL),
    };
    const start = performance.now();
    const run = await runAction('main', inputs, { endpoint: proxy.url, workspace: os.tmpdir() });
    const seconds = (performance.now() - start) / 1000;
    if (run.code !== 0) throw new Error(`the action failed deploying to ${count} functions:\n${run.stdout}`);
    const all = proxy.log.length;
    const throttled = proxy.throttled.length;
    const quoted = all - proxy.count('GetFunction') - proxy.count('Invoke');
    const passed = quoted - proxy.throttled.filter((key) => !key.startsWith('GetFunction ')).length;
    return { seconds, floor: passed / QUOTA.perSecond, all, throttled };
  } finally {
    await proxy.close();
  }
}

async function fleet(): Promise<void> {
  const moto = await startMoto();
  try {
    console.log(
      `\n## A fleet under Lambda's quota (${QUOTA.perSecond} requests/s, GetFunction ${QUOTA.getFunctionPerSecond}/s, 429 beyond), one region, max-parallel ${DEFAULT_MAX_PARALLEL}\n`,
    );
    console.log('| functions | wall time | floor (calls but GetFunction / 15 per s) | ratio | calls | answered 429 |');
    console.log('|---|---|---|---|---|---|');
    for (const [count, ask] of [
      [100, 1.1],
      [30, 1.2],
    ] as const) {
      const { seconds, floor, all, throttled } = await deployUnderQuota(moto.url, count);
      const share = (100 * throttled) / all;
      console.log(
        `| ${count} | ${seconds.toFixed(1)} s | ${floor.toFixed(1)} s | ${(seconds / floor).toFixed(2)}x | ${all} | ${throttled} (${share.toFixed(1)} %) |`,
      );
      asks.push({
        measure: `${count} functions under the quota`,
        ours: `${seconds.toFixed(1)} s, ${throttled} of ${all} calls answered 429 (ask: <= 1 %: ${share <= 1 ? 'met' : 'missed'})`,
        reference: `floor: ${floor.toFixed(1)} s`,
        ratio: seconds / floor,
        ask,
      });
    }
  } finally {
    await moto.stop();
  }
}

/** The built action run as the runner runs it against moto, timed, with its peak RSS (worker threads included). */
async function timedAction(motoUrl: string, work: string, inputs: Record<string, string>, expect: (code: number) => boolean) {
  const rssFile = path.join(work, `rss-${unique('r')}`);
  const runnerTemp = mkdtempSync(path.join(work, 'runner-'));
  const start = performance.now();
  const run = await runAction('main', inputs, {
    endpoint: motoUrl,
    workspace: work,
    env: {
      NODE_OPTIONS: `--import=${pathToFileURL(path.join(root, 'rss.mjs')).href}`,
      BENCH_RSS_FILE: rssFile,
      RUNNER_TEMP: runnerTemp,
    },
  });
  const seconds = (performance.now() - start) / 1000;
  rmSync(runnerTemp, { recursive: true, force: true });
  if (!expect(run.code)) throw new Error(`the action ended with ${run.code}:\n${run.stdout}`);
  return { seconds, rssMB: Number(readFileSync(rssFile, 'utf8')) / 1024, outputs: run.outputs };
}

async function bestRun<T extends { seconds: number }>(runs: number, fn: () => Promise<T>): Promise<T> {
  let fastest: T | undefined;
  for (let i = 0; i < runs; i++) {
    const result = await fn();
    if (!fastest || result.seconds < fastest.seconds) fastest = result;
  }
  return fastest!;
}

/** boto3's put_object of the same file, timed around the call alone, best of 3 (fresh keys). */
function boto3Put(motoUrl: string, bucket: string, file: string): number {
  const script = `
import boto3, sys, time
s3 = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1',
                  aws_access_key_id='testing', aws_secret_access_key='testing')
best = float('inf')
for i in range(3):
    with open(sys.argv[3], 'rb') as body:
        start = time.perf_counter()
        s3.put_object(Bucket=sys.argv[2], Key=f'boto3/{time.time_ns()}.zip', Body=body)
        best = min(best, time.perf_counter() - start)
print(best)
`;
  return Number(execFileSync('python3', ['-c', script, motoUrl, bucket, file], { encoding: 'utf8' }).trim());
}

async function endToEnd(): Promise<void> {
  const moto = await startMoto();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-e2e-'));
  try {
    const c = clients(moto.url);
    const bucket = unique('bench-bucket');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const big = path.join(work, 'big');
    const small = path.join(work, 'small');
    mkdirSync(big);
    mkdirSync(small);
    const bigTree = generateTree(big, 100);
    generateSmallFiles(small, 30_000);
    const shell = (command: string, cwd: string) => execSync(command, { cwd, stdio: 'ignore', shell: '/bin/bash' });
    shell('sync; find . -type f -print0 | xargs -0 cat > /dev/null', work);
    const cliZip = path.join(work, 'cli.zip');
    const zipOfTree = (dir: string) =>
      best(3, () => {
        rmSync(cliZip, { force: true });
        shell(`zip -X -r -q ${cliZip} .`, dir);
      });
    console.log(`\n## The built action end to end against moto_server (best of 3; the action's own process start included)\n`);

    // A first publish: a layer name no version exists for.
    const first = await bestRun(3, () =>
      timedAction(moto.url, work, { 'layer-name': unique('big'), 'layer-path': big, 's3-bucket': bucket }, (code) => code === 0),
    );
    const zipBig = await zipOfTree(big);
    asks.push({
      measure: `first publish of a ${(bigTree.bytes / MB).toFixed(0)} MB layer through S3`,
      ours: `${first.seconds.toFixed(2)} s`,
      reference: `zip -X -r: ${zipBig.toFixed(2)} s`,
      ratio: first.seconds / zipBig,
      ask: 1.5,
    });

    // The S3 upload alone: the same zip, from this process with the action's client settings, and from boto3.
    Object.assign(process.env, { AWS_ENDPOINT_URL: moto.url, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' });
    const s3 = createClients('us-east-1').s3;
    const zip = await packZip(await readSource('layer-path', big), path.join(work, 'big.zip'));
    const put = await best(3, () => uploadOnce(s3, bucket, `ours/${unique('k')}.zip`, zip));
    const boto3 = boto3Put(moto.url, bucket, zip.path);
    asks.push({
      measure: `PutObject of its ${(zip.size / MB).toFixed(0)} MB zip`,
      ours: `${put.toFixed(2)} s`,
      reference: `boto3 put_object: ${boto3.toFixed(2)} s`,
      ratio: put / boto3,
      ask: 2,
    });

    // A no-op deploy: the same inputs again, a version already holds the content.
    const layer = unique('noop');
    await timedAction(moto.url, work, { 'layer-name': layer, 'layer-path': big, 's3-bucket': bucket }, (code) => code === 0);
    const noop = await bestRun(3, () =>
      timedAction(moto.url, work, { 'layer-name': layer, 'layer-path': big, 's3-bucket': bucket }, (code) => code === 0),
    );
    const floor = await best(3, () =>
      shell('node -e 0 && find . -type f -print0 | sort -z | xargs -0 sha256sum > /dev/null', big),
    );
    asks.push({
      measure: 'no-op deploy of that layer (hash, find the version, reuse)',
      ours: `${noop.seconds.toFixed(2)} s`,
      reference: `node -e 0 + sha256sum: ${floor.toFixed(2)} s`,
      ratio: noop.seconds / floor,
      ask: 1.2,
    });

    // 30,000 small files, published directly (the zip is under 50 MB), and the bundle idling for the RSS reference.
    const many = await bestRun(3, () =>
      timedAction(moto.url, work, { 'layer-name': unique('small'), 'layer-path': small }, (code) => code === 0),
    );
    const idle = await timedAction(moto.url, work, { mode: 'idle' }, (code) => code !== 0);
    const zipSmall = await zipOfTree(small);
    asks.push({
      measure: 'first publish of 30,000 files of 1-4 KB',
      ours: `${many.seconds.toFixed(2)} s`,
      reference: `zip -X -r: ${zipSmall.toFixed(2)} s`,
      ratio: many.seconds / zipSmall,
      ask: 1.5,
    });
    console.log(
      `Peak RSS publishing 30,000 files: ${many.rssMB.toFixed(0)} MB, ${(many.rssMB - idle.rssMB).toFixed(0)} MB above the bundle idling (${idle.rssMB.toFixed(0)} MB); ask: 64 MB above idle: ${many.rssMB - idle.rssMB <= 64 ? 'met' : 'missed'}.`,
    );

    // Loading the bundle: the action with no inputs fails at once, after loading everything it loads up front.
    const bundle = path.join(root, '..', 'dist', 'main', 'index.js');
    const load = await best(10, () =>
      spawnSync(process.execPath, [bundle], { stdio: 'ignore', env: { PATH: process.env['PATH'] } }),
    );
    const bare = await best(10, () => spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' }));
    asks.push({
      measure: 'bundle load (dist/main, nothing to do)',
      ours: `${load.toFixed(3)} s`,
      reference: `node -e 0: ${bare.toFixed(3)} s`,
      ratio: load / 0.1,
      ask: 1,
    });
  } finally {
    await moto.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The content checks of a .zip layer against those of the same files as a folder: one large shared library, which the
 * checks read to its end. The built action in a dry run through S3 hashes, checks and packs it, and uploads nothing.
 */
async function zipLayerChecks(): Promise<void> {
  const moto = await startMoto();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-zip-'));
  try {
    const bucket = unique('bench-bucket');
    await clients(moto.url).s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const folder = path.join(work, 'layer');
    mkdirSync(path.join(folder, 'lib'), { recursive: true });
    const size = generateLargeElf(path.join(folder, 'lib', 'libbig.so'), 150) / MB;
    const zip = path.join(work, 'layer.zip');
    await packZip(await readSource('layer-path', folder), zip);
    execSync('sync', { stdio: 'ignore' });
    console.log(
      `\n## Content checks of a ${size.toFixed(0)} MB ELF library, zip layer and folder (the action in a dry run, best of 3)\n`,
    );
    const run = (layerPath: string, verify: string) =>
      bestRun(3, () =>
        timedAction(
          moto.url,
          work,
          { 'layer-name': unique('elf'), 'layer-path': layerPath, 's3-bucket': bucket, 'dry-run': 'true', verify },
          (code) => code === 0,
        ),
      );
    const rows = [
      ['folder', await run(folder, 'error'), await run(folder, 'off')],
      ['zip', await run(zip, 'error'), await run(zip, 'off')],
    ] as const;
    console.log('| layer | with checks | peak RSS | verify: off | peak RSS |');
    console.log('|---|---|---|---|---|');
    for (const [name, checked, off] of rows) {
      console.log(
        `| ${name} | ${checked.seconds.toFixed(2)} s | ${checked.rssMB.toFixed(0)} MB | ${off.seconds.toFixed(2)} s | ${off.rssMB.toFixed(0)} MB |`,
      );
    }
    const [[, folderChecked], [, zipChecked]] = rows;
    asks.push({
      measure: `content checks of a zip layer holding a ${size.toFixed(0)} MB ELF library`,
      ours: `${zipChecked.seconds.toFixed(2)} s`,
      reference: `the same as a folder: ${folderChecked.seconds.toFixed(2)} s`,
      ratio: zipChecked.seconds / folderChecked.seconds,
      ask: 1.3,
    });
  } finally {
    await moto.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * One layer of about 50 MB (zipped) published through S3 in three regions, each region's own bucket, against the same
 * in one region, timed in the same run: the zip is packed once and uploaded and published in the regions side by side.
 */
async function severalRegions(): Promise<void> {
  const moto = await startMoto();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-regions-'));
  try {
    const regions = ['eu-west-1', 'us-west-2', 'ap-southeast-2'];
    const bucket = unique('bench-bucket');
    for (const region of regions) {
      await clients(moto.url, region).s3.send(
        new CreateBucketCommand({
          Bucket: `${bucket}-${region}`,
          CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint },
        }),
      );
    }
    const layer = path.join(work, 'layer');
    mkdirSync(layer);
    const { bytes } = generateTree(layer, 100);
    execSync('sync; find . -type f -print0 | xargs -0 cat > /dev/null', { cwd: layer, stdio: 'ignore', shell: '/bin/bash' });
    // The generated tree's .so files are not real libraries: the content checks are left out of both.
    const publish = (listed: string[]) =>
      timedAction(
        moto.url,
        work,
        {
          'layer-name': unique('regions'),
          'layer-path': layer,
          's3-bucket': `${bucket}-{region}`,
          'aws-region': listed.join(','),
          verify: 'off',
        },
        (code) => code === 0,
      );
    // Alternated, so that a slower spell of the machine falls on both.
    const one: number[] = [];
    const three: number[] = [];
    for (let i = 0; i < 5; i++) {
      one.push((await publish(regions.slice(0, 1))).seconds);
      three.push((await publish(regions)).seconds);
    }
    const zip = await packZip(await readSource('layer-path', layer), path.join(work, 'layer.zip'));
    console.log(
      `\n## One layer in three regions: ${(bytes / MB).toFixed(0)} MB tree, ${(zip.size / MB).toFixed(0)} MB zip through S3 (best of 5, alternated)\n`,
    );
    console.log('| regions | runs | best |');
    console.log('|---|---|---|');
    for (const [name, times] of [
      ['1', one],
      ['3', three],
    ] as const) {
      console.log(`| ${name} | ${times.map((t) => `${t.toFixed(2)} s`).join(', ')} | ${Math.min(...times).toFixed(2)} s |`);
    }
    asks.push({
      measure: `first publish of a ${(zip.size / MB).toFixed(0)} MB layer zip in 3 regions through S3`,
      ours: `${Math.min(...three).toFixed(2)} s`,
      reference: `1 region: ${Math.min(...one).toFixed(2)} s`,
      ratio: Math.min(...three) / Math.min(...one),
      ask: 1.3,
    });
  } finally {
    await moto.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

function reportAsks(): void {
  console.log('\n## The asks of issues 14, 21 and 25, each against its reference measured in this run\n');
  console.log('| measure | ours | reference | ratio | ask | |');
  console.log('|---|---|---|---|---|---|');
  for (const { measure, ours, reference, ratio, ask } of asks) {
    const shown = measure.startsWith('bundle load') ? `${(ratio * 0.1).toFixed(3)} s` : `${ratio.toFixed(2)}x`;
    const wanted = measure.startsWith('bundle load') ? '<= 0.10 s' : `<= ${ask}x`;
    console.log(`| ${measure} | ${ours} | ${reference} | ${shown} | ${wanted} | ${ratio <= ask ? 'met' : 'missed'} |`);
  }
}

// BENCH_ONLY=<section> runs one section alone (and reports its asks); BENCH_SKIP_DEPLOY=1 leaves out the deploys
// (deploy and fleet).
const sections: Record<string, () => Promise<void>> = {
  'hash-pack': hashingAndPacking,
  'end-to-end': endToEnd,
  'zip-layer': zipLayerChecks,
  regions: severalRegions,
  deploy: deploying,
  fleet,
};
const only = process.env.BENCH_ONLY;
if (only && !(only in sections)) throw new Error(`BENCH_ONLY=${only}: not a section (${Object.keys(sections).join(', ')})`);
for (const [name, section] of Object.entries(sections)) {
  if (only ? name === only : !['deploy', 'fleet'].includes(name) || !process.env.BENCH_SKIP_DEPLOY) await section();
}
reportAsks();
