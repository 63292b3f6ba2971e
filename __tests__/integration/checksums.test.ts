import { readFileSync } from 'node:fs';
import { GetFunctionConfigurationCommand, GetLayerVersionCommand } from '@aws-sdk/client-lambda';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { actionRunner, type Run } from '../support/action.js';
import { createFunction, stack, unique } from '../support/fixtures.js';
import { sharedMoto } from '../support/suite.js';

const { endpoint, c } = sharedMoto();
const { run } = actionRunner(endpoint);

const hex = (base64: string | undefined) => Buffer.from(base64 ?? '', 'base64').toString('hex');

function checksums(result: Run): string {
  expect(result.outputs['checksums']).toMatch(/checksums\.txt$/);
  return readFileSync(result.outputs['checksums']!, 'utf8');
}

/** The lines the published versions call for: each one's CodeSha256 as Lambda answers it, hex. */
async function expected(layer: string, layerVersion: number, functions: string[], version: string): Promise<string> {
  const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: layer, VersionNumber: layerVersion }));
  const lines = [`${hex(published.Content?.CodeSha256)}  layer:${layer}:${layerVersion}`];
  for (const fn of functions) {
    const config = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: version }));
    lines.push(`${hex(config.CodeSha256)}  function:${fn}:${version}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

describe('the checksums output', () => {
  it('lists the published layer and function code by the CodeSha256 Lambda answers, sent directly', async () => {
    const s = await stack(c, { count: 2 });
    const main = await run(s.inputs);
    expect(main.code, main.stdout).toBe(0);
    const text = checksums(main);
    expect(text).toBe(await expected(s.layer, 2, s.functions, '2'));
    expect(text).toMatch(/^([0-9a-f]{64} {2}(layer|function):\S+:\d+\n){3}$/);
  });

  it('lists them the same when they are published through S3', async () => {
    const s = await stack(c, { count: 1 });
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const main = await run({ ...s.inputs, 's3-bucket': bucket });
    expect(main.code, main.stdout).toBe(0);
    expect(checksums(main)).toBe(await expected(s.layer, 2, s.functions, '2'));
  });

  it('leaves out a function whose new version only changes its layers', async () => {
    const s = await stack(c, { count: 1 });
    const layersOnly = unique('fn');
    await createFunction(c, layersOnly, { layers: [s.sharedV1], alias: 'live' });
    const main = await run({ ...s.inputs, functions: `${s.functions[0]}=${s.codeDir}\n${layersOnly}`, 'code-path': '' });
    expect(main.code, main.stdout).toBe(0);
    expect(JSON.parse(main.outputs['function-versions']!)).toEqual({ [s.functions[0]!]: '2', [layersOnly]: '2' });
    expect(checksums(main)).toBe(await expected(s.layer, 2, [s.functions[0]!], '2'));
  });

  it('is an empty file in a dry run, and when nothing is published', async () => {
    const s = await stack(c, { count: 1 });
    const dry = await run({ ...s.inputs, 'dry-run': 'true' });
    expect(dry.code, dry.stdout).toBe(0);
    expect(checksums(dry)).toBe('');
    expect((await run(s.inputs)).code).toBe(0);
    const again = await run(s.inputs);
    expect(again.code, again.stdout).toBe(0);
    expect(checksums(again)).toBe('');
  });
});
