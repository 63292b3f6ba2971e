import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GetFunctionConfigurationCommand, GetLayerVersionCommand } from '@aws-sdk/client-lambda';
import {
  CreateBucketCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { proxyFactory, sharedMoto } from '../support/suite.js';
import { actionRunner } from '../support/action.js';
import {
  alias,
  clients,
  createAlarm,
  createFunction,
  incompressible,
  layerVersions,
  publishedVersions,
  seedLayer,
  setAlarm,
  tree,
  unique,
  zipOf,
  type TestClients,
} from '../support/fixtures.js';

// moto keeps Lambda, SSM, CloudWatch and each bucket's region apart by the region a request is signed for; the proxy
// refuses, as Lambda does, a layer or code read from a bucket of another region.
const { moto, endpoint } = sharedMoto();
const proxy = proxyFactory(moto);
const { run, runPost } = actionRunner(endpoint);

const THREE = ['eu-west-1', 'us-west-2', 'ap-southeast-2'];
const TWO = THREE.slice(0, 2);
const regional = new Map(THREE.map((region) => [region, clients(moto, region)]));
const inRegion = (region: string): TestClients => regional.get(region) ?? clients(moto, region);

/** A bucket `NAME-REGION` in each region, as `s3-bucket: NAME-{region}` names them; returns NAME. */
async function bucketPerRegion(regions: string[]): Promise<string> {
  const bucket = unique('artifacts');
  for (const region of regions) {
    await inRegion(region).s3.send(
      new CreateBucketCommand({
        Bucket: `${bucket}-${region}`,
        CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint },
      }),
    );
  }
  return bucket;
}

interface Regions {
  [region: string]: {
    layers: Record<string, { arn: string | null; version: number | null; published: boolean; 'content-hash': string | null }>;
    functions: Record<string, string | null>;
  };
}

/**
 * In each region: layer `layer` (version 1; in the third also a version 2, so numbers differ) and `count` functions of
 * the same names carrying it, `live` on version 1. `inputs` deploy new layer content and code to them all.
 */
async function stack(regions: string[], count = 2) {
  const layer = unique('shared');
  const functions = Array.from({ length: count }, () => unique('fn'));
  const seeded = new Map<string, string>();
  for (const [index, region] of regions.entries()) {
    const c = inRegion(region);
    let v1 = await seedLayer(c, layer);
    if (index === 2) v1 = await seedLayer(c, layer, 'v1 again');
    seeded.set(region, v1);
    await Promise.all(functions.map((fn) => createFunction(c, fn, { layers: [v1], alias: 'live' })));
  }
  const codeDir = tree({ 'app.py': `def handler(event, context):\n    return "${unique('code')}"\n` });
  const inputs: Record<string, string> = {
    'aws-region': regions.join(', '),
    'layer-name': layer,
    'layer-path': tree({ 'python/shared.py': `VERSION = "${unique('v')}"\n` }),
    functions: functions.join('\n'),
    'code-path': codeDir,
  };
  return { layer, functions, seeded, codeDir, inputs };
}

/** Each function's `live` version in each region, `region fn` -> version. */
async function aliasesIn(regions: string[], functions: string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    regions.flatMap((region) =>
      functions.map(async (fn) => [`${region} ${fn}`, (await alias(inRegion(region), fn)).FunctionVersion ?? ''] as const),
    ),
  );
  return Object.fromEntries(entries);
}

/**
 * Reads objects without checking the checksum S3 answers with: moto gives a copy its source's checksum of the parts as
 * if it were the whole object's. The test hashes the bytes itself.
 */
const reader = (region: string) =>
  new S3Client({
    endpoint: moto,
    region,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    forcePathStyle: true,
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

const everywhere = (regions: string[], functions: string[], version: string) =>
  Object.fromEntries(regions.flatMap((region) => functions.map((fn) => [`${region} ${fn}`, version])));

describe('several regions in one step against moto_server', () => {
  it('deploys to three regions: a version of the one zip in each, the aliases of all moved, the regions output', async () => {
    const s = await stack(THREE);
    // A function given by ARN is deployed in its own region only.
    const worker = unique('worker');
    await createFunction(inRegion('eu-west-1'), worker, { layers: [s.seeded.get('eu-west-1')!], alias: 'live' });
    const workerArn = `arn:aws:lambda:eu-west-1:123456789012:function:${worker}`;
    const main = await run({ ...s.inputs, functions: [...s.functions, workerArn].join('\n') });
    expect(main.code, main.stdout).toBe(0);

    const regions = JSON.parse(main.outputs['regions']!) as Regions;
    expect(Object.keys(regions)).toEqual(THREE);
    const hashes = new Set<string | undefined>();
    for (const region of THREE) {
      const version = region === 'ap-southeast-2' ? 3 : 2;
      const arn = `arn:aws:lambda:${region}:123456789012:layer:${s.layer}:${version}`;
      expect(regions[region]!.layers).toEqual({
        [s.layer]: { arn, version, published: true, 'content-hash': main.outputs['content-hash'] },
      });
      const deployed = [...s.functions, ...(region === 'eu-west-1' ? [workerArn] : [])];
      expect(regions[region]!.functions).toEqual(Object.fromEntries(deployed.map((fn) => [fn, '2'])));
      const c = inRegion(region);
      for (const fn of [...s.functions, ...(region === 'eu-west-1' ? [worker] : [])]) {
        expect((await alias(c, fn)).FunctionVersion).toBe('2');
        const live = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: 'live' }));
        expect(live.Layers?.map((layer) => layer.Arn)).toEqual([arn]);
      }
      const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: s.layer, VersionNumber: version }));
      hashes.add(published.Content?.CodeSha256);
    }
    // The same bytes in every region.
    expect(hashes.size).toBe(1);
    // The single-region outputs describe the first listed region.
    expect(main.outputs['layer-version-arn']).toBe(regions['eu-west-1']!.layers[s.layer]!.arn);
    expect(JSON.parse(main.outputs['function-versions']!)).toEqual(regions['eu-west-1']!.functions);
    expect(main.stdout).toContain('::group::Publish 1 layer(s) in 3 region(s)');
    expect(main.stdout).toContain(`::group::Move alias live of ${2 * 3 + 1} function(s) in 3 regions, all or nothing`);
    for (const region of THREE) {
      expect(main.summary).toContain(`Layer ${s.layer} in ${region}`);
      expect(main.summary).toContain(`Functions (alias live) in ${region}`);
    }
  });

  it('a failure in one region moves no alias anywhere; a layer version published in another stays, and a rerun reuses it', async () => {
    const s = await stack(TWO);
    // us-west-2 refuses the layer: eu-west-1 has published its version, and no function anywhere is touched.
    const refusing = await proxy({ failInRegion: { 'us-west-2': ['PublishLayerVersion'] } });
    const first = await run(s.inputs, { endpoint: refusing.url });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('us-west-2: PublishLayerVersion');
    expect(await layerVersions(inRegion('eu-west-1'), s.layer)).toEqual([1, 2]);
    expect(await layerVersions(inRegion('us-west-2'), s.layer)).toEqual([1]);
    for (const region of TWO) {
      for (const fn of s.functions) expect(await publishedVersions(inRegion(region), fn)).toEqual([1]);
    }

    // us-west-2 refuses new function versions: eu-west-1's functions have theirs, and still no alias moves.
    const noVersion = await proxy({ failInRegion: { 'us-west-2': ['PublishVersion'] } });
    const second = await run(s.inputs, { endpoint: noVersion.url });
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/us-west-2: PublishVersion [^\n]*injected failure in us-west-2/);
    expect(second.stdout).toContain('No alias was moved.');
    expect(noVersion.count('UpdateAlias') + noVersion.count('CreateAlias')).toBe(0);
    expect(second.stdout).toContain(`eu-west-1: Layer ${s.layer}: version 2 already holds content`);
    for (const fn of s.functions) expect(await publishedVersions(inRegion('eu-west-1'), fn)).toEqual([1, 2]);
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '1'));

    const rerun = await run(s.inputs);
    expect(rerun.code, rerun.stdout).toBe(0);
    const regions = JSON.parse(rerun.outputs['regions']!) as Regions;
    expect(regions['eu-west-1']!.layers[s.layer]).toMatchObject({ version: 2, published: false });
    expect(regions['us-west-2']!.layers[s.layer]).toMatchObject({ version: 2, published: false });
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '2'));
  });

  it('a move that fails in one region moves back the aliases already moved in the other', async () => {
    const s = await stack(TWO);
    const refusing = await proxy({ failInRegion: { 'us-west-2': ['UpdateAlias'] } });
    const main = await run(s.inputs, { endpoint: refusing.url });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/us-west-2: UpdateAlias [^\n]*injected failure in us-west-2/);
    expect(main.stdout).toMatch(/All or nothing: rolled back: [^\n]* in eu-west-1/);
    expect(main.outputs['rolled-back']).toBe('true');
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '1'));
  });

  it("writes ssm-parameter in each region's SSM, and the post step rolls back the aliases and parameters of both", async () => {
    const s = await stack(TWO, 1);
    const name = `/layers/${s.layer}/arn`;
    const main = await run({ ...s.inputs, 'ssm-parameter': name });
    expect(main.code, main.stdout).toBe(0);
    const regions = JSON.parse(main.outputs['regions']!) as Regions;
    for (const region of TWO) {
      const stored = await inRegion(region).ssm.send(new GetParameterCommand({ Name: name }));
      expect(stored.Parameter?.Value).toBe(regions[region]!.layers[s.layer]!.arn);
      expect(stored.Parameter?.Value).toContain(`:${region}:`);
    }
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '2'));

    const post = await runPost(main);
    expect(post.code, post.stdout).toBe(0);
    expect(post.outputs['rolled-back']).toBe('true');
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '1'));
    for (const region of TWO) {
      expect(post.stdout).toContain(`${s.functions[0]}:live in ${region}: rolled back to 1`);
      expect(post.stdout).toContain(`SSM parameter ${name} in ${region}: deleted`);
      await expect(inRegion(region).ssm.send(new GetParameterCommand({ Name: name }))).rejects.toThrow(/not found/i);
    }
  });

  it('publishes through each region its own bucket, {region} in s3-bucket and ssm-parameter, the zip uploaded once', async () => {
    const s = await stack(TWO, 1);
    const bucket = await bucketPerRegion(TWO);
    // Above one part: each region's upload is sent in parts as the one zip is packed.
    writeFileSync(path.join(s.inputs['layer-path']!, 'python/blob.bin'), incompressible(12 * 1024 * 1024, 7));
    const watched = await proxy({});
    const main = await run(
      { ...s.inputs, 's3-bucket': `${bucket}-{region}`, 'ssm-parameter': '/layers/{layer}/{region}' },
      { endpoint: watched.url },
    );
    expect(main.code, main.stdout).toBe(0);
    const regions = JSON.parse(main.outputs['regions']!) as Regions;
    const key = `lambda-layers/${s.layer}/${main.outputs['content-hash']}.zip`;
    const sums = new Set<string | undefined>();
    // Packed once and uploaded in parts to the first region's bucket; copied, S3 to S3, to the other's.
    const [first, second] = TWO as [string, string];
    expect(main.stdout).toContain(`Uploaded s3://${bucket}-${first}/${key}`);
    expect(watched.count('CreateMultipartUpload', `${bucket}-${first}/${key}`)).toBe(1);
    expect(main.stdout).toContain(`Copied s3://${bucket}-${first}/${key} to s3://${bucket}-${second}/${key}`);
    expect(watched.count('CopyObject', `${bucket}-${second}/${key}`)).toBe(1);
    expect(watched.count('UploadPart', `${bucket}-${second}/${key}`)).toBe(0);
    for (const region of TWO) {
      const c = inRegion(region);
      const object = await reader(region).send(new GetObjectCommand({ Bucket: `${bucket}-${region}`, Key: key }));
      const sha = createHash('sha256')
        .update(await object.Body!.transformToByteArray())
        .digest('base64');
      const version = await c.lambda.send(new GetLayerVersionCommand({ LayerName: s.layer, VersionNumber: 2 }));
      expect(version.Content?.CodeSha256).toBe(sha);
      sums.add(sha);
      const stored = await c.ssm.send(new GetParameterCommand({ Name: `/layers/${s.layer}/${region}` }));
      expect(stored.Parameter?.Value).toBe(regions[region]!.layers[s.layer]!.arn);
    }
    expect(sums.size).toBe(1);
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '2'));

    // What the buckets are for: Lambda does not read a layer from a bucket of another region.
    tree({ 'python/other.py': 'x = 2\n' }, s.inputs['layer-path']);
    const elsewhere = await run({ ...s.inputs, 'aws-region': 'eu-west-1', 's3-bucket': `${bucket}-us-west-2` });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain('The bucket is in this region: us-west-2');
  });

  it("fails before any alias moves when a region's version does not hold the one zip, and a dry run writes nothing", async () => {
    const s = await stack(TWO, 1);
    const bucket = await bucketPerRegion(TWO);
    const inputs = { ...s.inputs, 's3-bucket': `${bucket}-{region}` };
    const dry = await run({ ...inputs, 'dry-run': 'true' });
    expect(dry.code, dry.stdout).toBe(0);
    const planned = JSON.parse(dry.outputs['regions']!) as Regions;
    for (const region of TWO) {
      expect(planned[region]!.layers[s.layer]).toEqual({
        arn: null,
        version: null,
        published: false,
        'content-hash': dry.outputs['content-hash'],
      });
      expect(planned[region]!.functions).toEqual({ [s.functions[0]!]: null });
      expect(await layerVersions(inRegion(region), s.layer)).toEqual([1]);
    }

    // Another zip already under the key in us-west-2: the copy leaves it (the key names the content), Lambda
    // publishes it, and its CodeSha256 is not the zip's.
    const key = `lambda-layers/${s.layer}/${dry.outputs['content-hash']}.zip`;
    await inRegion('us-west-2').s3.send(
      new PutObjectCommand({ Bucket: `${bucket}-us-west-2`, Key: key, Body: zipOf({ 'python/other.py': 'x' }) }),
    );
    const main = await run(inputs);
    expect(main.code, main.stdout).toBe(1);
    expect(main.stdout).toMatch(
      /us-west-2: PublishLayerVersion [^:]+: version 2 holds a zip of CodeSha256 \S+, not this run's \S+, and it was deleted\. s3:\/\/\S+ holds another zip under this content's key: delete that object, then run again/,
    );
    // Found by its content hash, it would have been reused by the next run.
    expect(await layerVersions(inRegion('us-west-2'), s.layer)).toEqual([1]);
    expect(await layerVersions(inRegion('eu-west-1'), s.layer)).toEqual([1, 2]);
    for (const region of TWO) expect(await publishedVersions(inRegion(region), s.functions[0]!)).toEqual([1]);
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '1'));
  });

  it.each([
    [
      'an s3-bucket without {region}',
      (s: Awaited<ReturnType<typeof stack>>) => ({ ...s.inputs, 's3-bucket': 'artifacts' }),
      /::error::s3-bucket: "artifacts" is one bucket for 2 regions, and Lambda reads code only from a bucket in its own region: put \{region\} in its name/,
    ],
    [
      'a function ARN of a region aws-region does not list',
      (s: Awaited<ReturnType<typeof stack>>) => ({
        ...s.inputs,
        functions: `${s.functions[0]}\narn:aws:lambda:ap-south-1:123456789012:function:${s.functions[1]}`,
      }),
      /::error::functions: "arn:aws:lambda:ap-south-1:123456789012:function:.*" is in ap-south-1, which aws-region does not list \(eu-west-1, us-west-2\)/,
    ],
    [
      'an alarm that exists in no listed region',
      (s: Awaited<ReturnType<typeof stack>>) => ({ ...s.inputs, alarms: 'no-such-alarm' }),
      /::error::alarms: no CloudWatch alarm named "no-such-alarm" in any of eu-west-1, us-west-2/,
    ],
  ])('refuses %s before anything is written', async (_, inputs, message) => {
    const s = await stack(TWO);
    const main = await run(inputs(s));
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
    for (const region of TWO) {
      expect(await layerVersions(inRegion(region), s.layer)).toEqual([1]);
      for (const fn of s.functions) expect(await publishedVersions(inRegion(region), fn)).toEqual([1]);
    }
  });

  it('moves the aliases of both regions in lockstep, and an alarm of one region rolls back all', async () => {
    const s = await stack(TWO);
    // The alarm exists in us-west-2 only: it is read there.
    const west = inRegion('us-west-2');
    const alarm = await createAlarm(west);
    const running = run({ ...s.inputs, traffic: 'Canary50Percent60Seconds', alarms: alarm });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const configs = await Promise.all(TWO.flatMap((region) => s.functions.map((fn) => alias(inRegion(region), fn))));
      if (
        configs.every((config) => config.FunctionVersion === '1' && config.RoutingConfig?.AdditionalVersionWeights?.['2'] === 0.5)
      )
        break;
      if (Date.now() > deadline) throw new Error('the aliases of both regions never routed 50 % to version 2');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await setAlarm(west, alarm, 'ALARM', 'errors in us-west-2');
    const result = await running;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`alarm ${alarm} in us-west-2 is in ALARM: errors in us-west-2`);
    expect(result.outputs['rolled-back']).toBe('true');
    for (const region of TWO) {
      for (const fn of s.functions) {
        const config = await alias(inRegion(region), fn);
        expect(config.FunctionVersion).toBe('1');
        expect(config.RoutingConfig?.AdditionalVersionWeights ?? {}).toEqual({});
      }
    }
  });

  it('rollback and cleanup modes act in every listed region', async () => {
    const s = await stack(TWO, 1);
    for (const round of ['a', 'b']) {
      writeFileSync(path.join(s.codeDir, 'app.py'), `# ${round}\n`);
      const deployed = await run(s.inputs);
      expect(deployed.code, deployed.stdout).toBe(0);
    }
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '3'));

    const back = await run({ mode: 'rollback', 'aws-region': TWO.join('\n'), functions: s.functions.join('\n') });
    expect(back.code, back.stdout).toBe(0);
    expect(await aliasesIn(TWO, s.functions)).toEqual(everywhere(TWO, s.functions, '2'));
    expect(back.summary).toContain('Rollback of alias live in us-west-2');

    const cleanup = await run({
      mode: 'cleanup',
      'aws-region': TWO.join(','),
      'layer-name': s.layer,
      functions: s.functions.join('\n'),
      'keep-function-versions': '1',
    });
    expect(cleanup.code, cleanup.stdout).toBe(0);
    for (const region of TWO) {
      // Version 3 is the newest, 2 carries the alias: 1 goes.
      for (const fn of s.functions) expect(await publishedVersions(inRegion(region), fn)).toEqual([2, 3]);
      expect(cleanup.summary).toContain(`Cleanup in ${region}`);
    }
    expect(JSON.parse(cleanup.outputs['deleted-function-versions']!)).toEqual({ [s.functions[0]!]: [1] });
  });
});
