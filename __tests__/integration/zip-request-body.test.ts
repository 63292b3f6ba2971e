import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetLayerVersionCommand, PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import type { PackedZip } from '../../src/pack/zip.js';
import { inlineZip, ZIP_PLACEHOLDER } from '../../src/pack/inline-zip.js';
import { proxyFactory, sharedMoto } from '../support/suite.js';
import { clients, unique } from '../support/fixtures.js';

const { moto, c } = sharedMoto();
const proxy = proxyFactory(moto);

function packed(bytes: Buffer): PackedZip {
  const file = path.join(os.tmpdir(), `${unique('inline')}.zip`);
  writeFileSync(file, bytes);
  return { path: file, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('base64'), unzippedSize: 0 };
}

function publish(name: string, zip: PackedZip, lambda = c.lambda) {
  const command = new PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: ZIP_PLACEHOLDER } });
  inlineZip(command, zip);
  return lambda.send(command);
}

describe('a zip written into the request body as base64', () => {
  // Around the 48 KiB chunks the file is read in, and each remainder modulo 3 (base64's padding).
  it.each([0, 1, 2, 3, 49_151, 49_152, 49_153, 98_305, 1_000_000])('arrives whole: %i bytes', async (size) => {
    const zip = packed(randomBytes(size));
    const name = unique('inline');
    await publish(name, zip);
    const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: 1 }));
    expect(published.Content?.CodeSha256).toBe(zip.sha256);
    expect(published.Content?.CodeSize).toBe(size);
  });

  it('fails, sending nothing, when the zip changed since it was packed', async () => {
    const zip = packed(randomBytes(1000));
    writeFileSync(zip.path, randomBytes(1001));
    await expect(publish(unique('inline'), zip)).rejects.toThrow(/changed since it was packed \(1000 bytes, now 1001\)/);
  });

  it('streams a fresh body on each attempt, signed for the bytes it sends', async () => {
    // The proxy refuses a body whose SHA-256 is not the signed one, and throttles the first attempt: the SDK's retry
    // must send the whole body again.
    const through = await proxy({ throttleOnce: ['PublishLayerVersion'] });
    const zip = packed(randomBytes(300_001));
    const name = unique('inline');
    await publish(name, zip, clients(through.url).lambda);
    expect(through.count('PublishLayerVersion')).toBe(2);
    const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: 1 }));
    expect(published.Content?.CodeSha256).toBe(zip.sha256);
  });
});
