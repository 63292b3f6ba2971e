import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  CreateAliasCommand,
  CreateFunctionCommand,
  GetAliasCommand,
  ListVersionsByFunctionCommand,
  LambdaClient,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  PublishVersionCommand,
  type AliasConfiguration,
} from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SSMClient } from '@aws-sdk/client-ssm';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import AdmZip from 'adm-zip';

const config = (endpoint: string, region: string) => ({
  endpoint,
  region,
  credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
});

/** SDK clients of one region (moto keeps Lambda, S3 buckets' regions, SSM and CloudWatch per region). */
export function clients(endpoint: string, region = 'us-east-1') {
  return {
    lambda: new LambdaClient(config(endpoint, region)),
    s3: new S3Client({ ...config(endpoint, region), forcePathStyle: true }),
    iam: new IAMClient(config(endpoint, region)),
    ssm: new SSMClient(config(endpoint, region)),
    cloudwatch: new CloudWatchClient(config(endpoint, region)),
  };
}
export type TestClients = ReturnType<typeof clients>;

/** A name no other test uses: every test file shares one moto_server. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Writes files (path -> content; a leading `!` in the content marks it executable) under a new directory. */
export function tree(files: Record<string, string>, base = mkdtempSync(path.join(os.tmpdir(), 'tree-'))): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(base, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content.replace(/^!/, ''));
    chmodSync(file, content.startsWith('!') ? 0o755 : 0o644);
  }
  return base;
}

/** Bytes that do not compress, as those of fonts or archives; seeded, so the same on every run. */
export function incompressible(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let i = 0; i < size; i += 4) bytes.writeUInt32LE((state = (Math.imul(state, 1664525) + 1013904223) >>> 0), i);
  return bytes;
}

export function zipOf(files: Record<string, string>): Buffer {
  const zip = new AdmZip();
  for (const [name, content] of Object.entries(files)) zip.addFile(name, Buffer.from(content));
  return zip.toBuffer();
}

/** An entry of rawZip: `mode` is its Unix mode, and a symbolic link's (0o120777) data is its target. */
export interface RawEntry {
  name: string;
  data?: string | Buffer;
  mode?: number;
}

/**
 * A zip written entry by entry as other tools write them, deflated, which the packer would refuse to write: symbolic
 * links, names twice, and more than 65,535 entries (with zip64's end records then, as Info-ZIP writes them).
 */
export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data = '', mode = 0o100644 } of entries) {
    const bytes = Buffer.from(data);
    const deflated = deflateRawSync(bytes);
    const header = Buffer.alloc(26);
    header.writeUInt16LE(20, 0);
    header.writeUInt16LE(0x0800, 2);
    header.writeUInt16LE(8, 4);
    header.writeUInt32LE(crc32(bytes), 10);
    header.writeUInt32LE(deflated.length, 14);
    header.writeUInt32LE(bytes.length, 18);
    header.writeUInt16LE(Buffer.byteLength(name), 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), header, Buffer.from(name), deflated]);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4);
    header.copy(entry, 6);
    entry.writeUInt32LE((mode << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, Buffer.from(name));
    parts.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const zip64 = entries.length > 0xffff;
  const end64 = Buffer.alloc(zip64 ? 56 + 20 : 0);
  if (zip64) {
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(45, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(entries.length), 24);
    end64.writeBigUInt64LE(BigInt(entries.length), 32);
    end64.writeBigUInt64LE(BigInt(directory.length), 40);
    end64.writeBigUInt64LE(BigInt(offset), 48);
    end64.writeUInt32LE(0x07064b50, 56);
    end64.writeBigUInt64LE(BigInt(offset + directory.length), 64);
    end64.writeUInt32LE(1, 72);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end64, end]);
}

// One role per set of clients: a suite may run its own moto_server, which knows no other server's roles.
const roles = new WeakMap<TestClients, Promise<string>>();

/** moto refuses functions whose role does not exist. */
function lambdaRole(c: TestClients): Promise<string> {
  let role = roles.get(c);
  if (!role) {
    role = c.iam
      .send(new CreateRoleCommand({ RoleName: unique('lambda-role'), AssumeRolePolicyDocument: '{}' }))
      .then((out) => out.Role!.Arn!);
    roles.set(c, role);
  }
  return role;
}

/** A zip holding `ok` and an entry named ../../evil.py, a path that escapes the package, written as `name`. */
export function escapingZip(ok: string, name: string): string {
  const zip = new AdmZip();
  zip.addFile(ok, Buffer.from('ok'));
  zip.addFile('placeholder', Buffer.from('x'));
  zip.getEntry('placeholder')!.entryName = '../../evil.py';
  const file = path.join(tree({}), name);
  zip.writeZip(file);
  return file;
}

/** A layer version made outside the action, as a team's existing stack has. */
export async function seedLayer(c: TestClients, name: string, content = 'v1'): Promise<string> {
  const out = await c.lambda.send(
    new PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: zipOf({ 'python/x.py': content }) } }),
  );
  return out.LayerVersionArn!;
}

/** A function with the given layers, version 1 published, and an alias on it when `alias` is given. */
export async function createFunction(
  c: TestClients,
  name: string,
  options: {
    layers?: string[];
    alias?: string;
    architecture?: 'x86_64' | 'arm64';
    environment?: Record<string, string>;
    memorySize?: number;
  } = {},
) {
  await c.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'python3.12',
      Role: await lambdaRole(c),
      Handler: 'app.handler',
      Code: { ZipFile: zipOf({ 'app.py': `# ${name} original` }) },
      Layers: options.layers,
      Architectures: options.architecture && [options.architecture],
      Environment: options.environment && { Variables: options.environment },
      MemorySize: options.memorySize,
    }),
  );
  if (options.alias) {
    const version = await c.lambda.send(new PublishVersionCommand({ FunctionName: name }));
    await c.lambda.send(new CreateAliasCommand({ FunctionName: name, Name: options.alias, FunctionVersion: version.Version! }));
  }
}

export async function alias(c: TestClients, fn: string, name = 'live'): Promise<AliasConfiguration> {
  return c.lambda.send(new GetAliasCommand({ FunctionName: fn, Name: name }));
}

export async function layerVersions(c: TestClients, name: string): Promise<number[]> {
  const out = await c.lambda.send(new ListLayerVersionsCommand({ LayerName: name }));
  return (out.LayerVersions ?? []).map((v) => v.Version!).sort((a, b) => a - b);
}

/** The function's published version numbers, ascending ($LATEST left out). */
export async function publishedVersions(c: TestClients, fn: string): Promise<number[]> {
  const out = await c.lambda.send(new ListVersionsByFunctionCommand({ FunctionName: fn }));
  return (out.Versions ?? [])
    .filter((v) => v.Version !== '$LATEST')
    .map((v) => Number(v.Version))
    .sort((a, b) => a - b);
}

/**
 * `count` functions that share layer `layer` (version 1) with an unrelated layer `other` after it, `live` on version 1
 * of each, and `withoutAlias` more with the layer but no alias. `inputs` deploy new layer content and new code to all.
 */
export async function stack(c: TestClients, options: { count?: number; withoutAlias?: number } = {}) {
  const layer = unique('shared');
  const other = unique('other');
  const sharedV1 = await seedLayer(c, layer);
  const otherV1 = await seedLayer(c, other);
  const functions = Array.from({ length: options.count ?? 3 }, () => unique('fn'));
  await Promise.all(functions.map((fn) => createFunction(c, fn, { layers: [sharedV1, otherV1], alias: 'live' })));
  const fresh = Array.from({ length: options.withoutAlias ?? 0 }, () => unique('fresh'));
  await Promise.all(fresh.map((fn) => createFunction(c, fn, { layers: [sharedV1] })));
  const layerDir = tree({ 'python/shared.py': `VERSION = "${unique('v')}"\n` });
  const codeDir = tree({ 'app.py': `def handler(event, context):\n    return "${unique('code')}"\n` });
  const inputs: Record<string, string> = {
    'layer-name': layer,
    'layer-path': layerDir,
    functions: [...functions, ...fresh].join('\n'),
    'code-path': codeDir,
  };
  return { layer, other, sharedV1, otherV1, functions, fresh, layerDir, codeDir, inputs };
}
export type Stack = Awaited<ReturnType<typeof stack>>;

/** A metric alarm on the Errors of Lambda, in OK until a test sets it. */
export async function createAlarm(c: TestClients): Promise<string> {
  const name = unique('errors');
  await c.cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
  return name;
}

export function setAlarm(c: TestClients, name: string, state: 'OK' | 'ALARM', reason: string) {
  return c.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: reason }));
}
