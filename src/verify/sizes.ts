import { GetFunctionCommand, GetLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { versionArnParts } from '../aws/arns.js';
import { awsFetch } from '../aws/clients.js';
import { UNZIPPED_LIMIT } from '../aws/limits.js';
import { megabytes } from '../common/units.js';
import type { LayerFinding } from './checks.js';

/**
 * The unzipped size of the zip at a URL, from its central directory: a ranged GET of the last 64 KiB (and of the
 * directory itself when it starts before that), never the whole file. undefined when it cannot be read.
 */
export async function unzippedSizeAt(url: string): Promise<number | undefined> {
  const get = async (range: string) => {
    const response = await awsFetch(url, { headers: { Range: `bytes=${range}` }, signal: AbortSignal.timeout(10_000) });
    if (response.status !== 206 && response.status !== 200) return undefined;
    const total = Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1] ?? NaN);
    return { body: Buffer.from(await response.arrayBuffer()), total };
  };
  try {
    const tail = await get('-65536');
    if (!tail) return undefined;
    const end = tail.body.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.body.length) return undefined;
    const entries = tail.body.readUInt16LE(end + 10);
    const directorySize = tail.body.readUInt32LE(end + 12);
    const directoryOffset = tail.body.readUInt32LE(end + 16);
    const tailStart = (Number.isNaN(tail.total) ? tail.body.length : tail.total) - tail.body.length;
    const directory =
      directoryOffset >= tailStart
        ? tail.body.subarray(directoryOffset - tailStart)
        : (await get(`${directoryOffset}-${directoryOffset + directorySize - 1}`))?.body;
    if (!directory) return undefined;
    let sum = 0;
    for (let at = 0, n = 0; n < entries && at + 46 <= directory.length; n++) {
      if (directory.readUInt32LE(at) !== 0x02014b50) return undefined;
      sum += directory.readUInt32LE(at + 24);
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return sum;
  } catch {
    return undefined;
  }
}

/**
 * Whether the action may read a Location URL Lambda gave: with an emulator (AWS_ENDPOINT_URL), only one it serves,
 * so no request leaves for a real account's S3.
 */
function readable(location: string | undefined): location is string {
  if (!location || !/^https?:\/\//.test(location)) return false;
  const endpoint = process.env['AWS_ENDPOINT_URL'];
  return endpoint === undefined || new URL(location).host === new URL(endpoint).host;
}

/** A function this run deploys, as the size check sees it: each part known in size, or where to read its size. */
export interface FunctionParts {
  name: string;
  /** What GetFunction takes. */
  id: string;
  /** The unzipped size of the code this run uploads; undefined: its code stays, read from Lambda. */
  codeSize: number | undefined;
  /** Every layer it will carry, labelled `name:version`: built by this run (size known) or a version to read. */
  layers: ({ label: string; size: number } | { label: string; arn: string })[];
}

/**
 * Lambda's 250 MB is for a function's code and all its layers unzipped together. The parts this run builds are known;
 * the others are read from their zips' central directories. A part that cannot be read is named, and not counted.
 */
export async function checkSizes(
  lambda: LambdaClient,
  functions: FunctionParts[],
): Promise<{ findings: LayerFinding[]; unreadable: string[] }> {
  // A layer version carried by many functions is read once.
  const sizes = new Map<string, Promise<number | undefined>>();
  const layerSize = (arn: string): Promise<number | undefined> => {
    const known = sizes.get(arn);
    if (known) return known;
    const { layerArn, version } = versionArnParts(arn);
    const read = lambda
      .send(new GetLayerVersionCommand({ LayerName: layerArn, VersionNumber: version }))
      .then((out) => (readable(out.Content?.Location) ? unzippedSizeAt(out.Content.Location) : undefined))
      .catch(() => undefined);
    sizes.set(arn, read);
    return read;
  };
  const codeSize = (id: string): Promise<number | undefined> =>
    lambda
      .send(new GetFunctionCommand({ FunctionName: id }))
      .then((out) => (readable(out.Code?.Location) ? unzippedSizeAt(out.Code.Location) : undefined))
      .catch(() => undefined);
  const findings: LayerFinding[] = [];
  const unreadable = new Set<string>();
  for (const fn of functions) {
    const parts: [string, Promise<number | undefined> | number][] = [
      ['code', fn.codeSize ?? codeSize(fn.id)],
      ...fn.layers.map((layer): [string, Promise<number | undefined> | number] => [
        layer.label,
        'size' in layer ? layer.size : layerSize(layer.arn),
      ]),
    ];
    const known = await Promise.all(parts.map(async ([label, size]) => [label, await size] as const));
    for (const [label, size] of known) if (size === undefined) unreadable.add(`${fn.name} ${label}`);
    const total = known.reduce((sum, [, size]) => sum + (size ?? 0), 0);
    if (total > UNZIPPED_LIMIT) {
      findings.push({
        layer: '-',
        path: fn.name,
        finding: `code and layers are ${megabytes(total)} unzipped: ${known.map(([label, size]) => `${label} ${size === undefined ? '?' : megabytes(size)}`).join(', ')}`,
        expected: "at most 250 MB together, Lambda's limit",
      });
    }
  }
  return { findings, unreadable: [...unreadable] };
}
