import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  NotFound,
} from '@aws-sdk/client-s3';
import { DeleteLayerVersionCommand, GetFunctionConfigurationCommand, GetLayerVersionCommand } from '@aws-sdk/client-lambda';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { proxyFactory, sharedMoto } from '../support/suite.js';
import { actionRunner, type Run } from '../support/action.js';
import { packZip } from '../../src/pack/zip.js';
import { megabytes } from '../../src/common/units.js';
import { readSource } from '../../src/pack/source.js';
import { elfSharedObject } from '../support/elf.js';
import { escapingZip, layerVersions, rawZip, seedLayer, stack, tree, unique, type RawEntry } from '../support/fixtures.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run, runPost } = actionRunner(endpoint);

const files = {
  'python/pkg/__init__.py': 'x = 1\n',
  'python/pkg/data.bin': 'abc'.repeat(1000),
  'bin/tool': '!#!/bin/sh\necho hi\n',
};

/** A layer whose zip is about 20 MiB: random bytes do not deflate, so it takes three 8 MiB parts. */
function bigLayer(): string {
  const dir = tree({ 'python/pkg/__init__.py': 'x = 1\n' });
  writeFileSync(path.join(dir, 'python/pkg/blob.bin'), randomBytes(20 * 1024 * 1024));
  return dir;
}

async function openUploads(bucket: string): Promise<number> {
  return (await c.s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }))).Uploads?.length ?? 0;
}

/** The multipart uploads the record for the post step holds. */
function savedUploads(result: Run): { bucket: string; key: string; uploadId: string }[] {
  return (JSON.parse(result.state['deploy']!) as { uploads: { bucket: string; key: string; uploadId: string }[] }).uploads;
}

describe('layer publisher against moto_server', () => {
  it('publishes the first version, then reuses it when only mtimes changed', async () => {
    const name = unique('deps');
    const dir = tree(files);
    const first = await run({ 'layer-name': name, 'layer-path': dir, 'compatible-runtimes': 'python3.12' });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['layer-published']).toBe('true');
    expect(first.outputs['layer-version']).toBe('1');
    expect(first.outputs['content-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs['layer-version-arn']).toMatch(new RegExp(`:layer:${name}:1$`));
    const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: 1 }));
    expect(published.Description).toContain(`[sha256:${first.outputs['content-hash']}]`);
    expect(published.CompatibleRuntimes).toEqual(['python3.12']);
    expect(first.summary).toContain(name);
    expect(first.summary).toContain('published');

    // Same bytes rewritten: new mtimes everywhere.
    tree(files, dir);
    utimesSync(path.join(dir, 'python/pkg/__init__.py'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const second = await run({ 'layer-name': name, 'layer-path': dir, 'compatible-runtimes': 'python3.12' });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['layer-published']).toBe('false');
    expect(second.outputs['layer-version-arn']).toBe(first.outputs['layer-version-arn']);
    expect(second.outputs['content-hash']).toBe(first.outputs['content-hash']);
    expect(second.summary).toContain('reused');
    expect(await layerVersions(c, name)).toEqual([1]);
  });

  it('publishes when a file changes, and reuses the old version when the content goes back', async () => {
    const name = unique('deps');
    const dir = tree(files);
    const first = await run({ 'layer-name': name, 'layer-path': dir });
    writeFileSync(path.join(dir, 'python/pkg/__init__.py'), 'x = 2\n');
    const changed = await run({ 'layer-name': name, 'layer-path': dir });
    expect(changed.code, changed.stdout).toBe(0);
    expect(changed.outputs['layer-published']).toBe('true');
    expect(changed.outputs['layer-version']).toBe('2');
    writeFileSync(path.join(dir, 'python/pkg/__init__.py'), 'x = 1\n');
    const reverted = await run({ 'layer-name': name, 'layer-path': dir });
    expect(reverted.outputs['layer-published']).toBe('false');
    expect(reverted.outputs['layer-version-arn']).toBe(first.outputs['layer-version-arn']);
    expect(await layerVersions(c, name)).toEqual([1, 2]);
  });

  it('publishes when the compatible runtimes change', async () => {
    const name = unique('deps');
    const dir = tree(files);
    await run({ 'layer-name': name, 'layer-path': dir, 'compatible-runtimes': 'python3.12' });
    const again = await run({ 'layer-name': name, 'layer-path': dir, 'compatible-runtimes': 'python3.12,python3.13' });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs['layer-published']).toBe('true');
    expect(await layerVersions(c, name)).toEqual([1, 2]);
  });

  it('gives a directory and a zip of the same files the same hash, and ignores .pyc files', async () => {
    const dir = tree(files);
    const zip = new AdmZip();
    // Stored, not deflated, and in another order: neither may change the hash.
    for (const [file, content] of Object.entries(files).reverse()) {
      zip.addFile(file, Buffer.from(content.replace(/^!/, '')), '', content.startsWith('!') ? 0o755 : 0o644);
      zip.getEntry(file)!.header.method = 0;
    }
    const zipPath = path.join(tree({}), 'layer.zip');
    zip.writeZip(zipPath);
    const name = unique('deps');
    const fromDir = await run({ 'layer-name': name, 'layer-path': dir, 'dry-run': 'true' });
    const fromZip = await run({ 'layer-name': name, 'layer-path': zipPath, 'dry-run': 'true' });
    expect(fromDir.code, fromDir.stdout).toBe(0);
    expect(fromZip.code, fromZip.stdout).toBe(0);
    expect(fromZip.outputs['content-hash']).toBe(fromDir.outputs['content-hash']);

    tree({ 'python/pkg/__pycache__/mod.cpython-312.pyc': 'bytecode', 'python/stray.pyc': 'bytecode' }, dir);
    const withPyc = await run({ 'layer-name': name, 'layer-path': dir, 'dry-run': 'true' });
    expect(withPyc.outputs['content-hash']).toBe(fromDir.outputs['content-hash']);

    // The executable bit is content: dropping it changes the hash.
    const plain = tree(Object.fromEntries(Object.entries(files).map(([f, v]) => [f, v.replace(/^!/, '')])));
    const noExec = await run({ 'layer-name': name, 'layer-path': plain, 'dry-run': 'true' });
    expect(noExec.outputs['content-hash']).not.toBe(fromDir.outputs['content-hash']);
  });

  it('follows a symbolic link inside the layer and rejects one that points outside', async () => {
    const name = unique('deps');
    const dir = tree(files);
    symlinkSync('pkg', path.join(dir, 'python/alias'));
    const inside = await run({ 'layer-name': name, 'layer-path': dir, 'dry-run': 'true' });
    expect(inside.code, inside.stdout).toBe(0);

    const outside = tree({ 'secret.txt': 'runner secret' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'python/leak.txt'));
    const escaped = await run({ 'layer-name': name, 'layer-path': dir });
    expect(escaped.code).toBe(1);
    expect(escaped.stdout).toMatch(/::error::layer-path: python\/leak\.txt is a symbolic link to .*outside the package/);
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('rejects a zip whose entries escape the package', async () => {
    const name = unique('deps');
    const result = await run({ 'layer-name': name, 'layer-path': escapingZip('python/ok.py', 'bad.zip') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::layer-path: bad.zip holds "../../evil.py"');
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it("keeps a zip's symbolic links as links, stored with the symlink mode, and publishes anew when one becomes a file", async () => {
    const name = unique('deps');
    const library = elfSharedObject();
    const entries = (link: RawEntry) => [
      { name: 'python/pkg/__init__.py', data: 'x = 1\n' },
      { name: 'lib/libfoo.so.6.0.1', data: library, mode: 0o100755 },
      link,
      // A link through a link, and one to a folder.
      { name: 'lib/libfoo.so', data: 'libfoo.so.6', mode: 0o120777 },
      { name: 'python/alias', data: 'pkg', mode: 0o120777 },
    ];
    const zipPath = path.join(tree({}), 'layer.zip');
    writeFileSync(zipPath, rawZip(entries({ name: 'lib/libfoo.so.6', data: 'libfoo.so.6.0.1', mode: 0o120777 })));
    const artifacts = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: artifacts }));
    const inputs = { 'layer-name': name, 'layer-path': zipPath, 's3-bucket': artifacts };
    const result = await run(inputs);
    expect(result.code, result.stdout).toBe(0);

    // The published layer's zip: moto's Location is a bare s3://, so the object it was published from, which it holds.
    const key = `lambda-layers/${name}/${result.outputs['content-hash']}.zip`;
    const object = await c.s3.send(new GetObjectCommand({ Bucket: artifacts, Key: key }));
    const bytes = Buffer.from(await object.Body!.transformToByteArray());
    const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: 1 }));
    expect(published.Content?.CodeSha256).toBe(createHash('sha256').update(bytes).digest('base64'));
    const zip = new AdmZip(bytes);
    const entry = (file: string) => zip.getEntry(file)!;
    for (const [link, target] of [
      ['lib/libfoo.so.6', 'libfoo.so.6.0.1'],
      ['lib/libfoo.so', 'libfoo.so.6'],
      ['python/alias', 'pkg'],
    ]) {
      expect((entry(link!).header.attr >>> 16).toString(8), link).toBe('120777');
      expect(entry(link!).header.method, link).toBe(0);
      expect(entry(link!).getData().toString(), link).toBe(target);
    }
    expect(entry('lib/libfoo.so.6.0.1').getData().equals(library)).toBe(true);
    expect((entry('lib/libfoo.so.6.0.1').header.attr >>> 16).toString(8)).toBe('100755');

    // The same bytes as an executable file instead of a link are other content (and a library that is no ELF, which
    // the content checks report: only warned of here).
    writeFileSync(zipPath, rawZip(entries({ name: 'lib/libfoo.so.6', data: 'libfoo.so.6.0.1', mode: 0o100755 })));
    const asFile = await run({ ...inputs, verify: 'warn' });
    expect(asFile.stdout).toContain('::warning::' + name + ': lib/libfoo.so.6: not a whole ELF file');
    expect(asFile.code, asFile.stdout).toBe(0);
    expect(asFile.outputs['layer-published']).toBe('true');
    expect(asFile.outputs['content-hash']).not.toBe(result.outputs['content-hash']);
    expect(await layerVersions(c, name)).toEqual([1, 2]);
  });

  it.each([
    ['absolute', '/usr/lib/libfoo.so', 'which leaves the layer'],
    ['past the root', '../../../etc/passwd', 'which leaves the layer'],
    ['through a link to the root', 'up/../etc/passwd', 'which leaves the layer'],
    ['to nothing', 'libfoo.so.9', 'which the zip does not hold (after exclude)'],
    ['to an excluded file', 'skip.so', 'which the zip does not hold (after exclude)'],
    ['back to itself', './libfoo.so', 'which leads back to itself through links'],
  ])('refuses a symbolic link in a zip layer leading %s, naming it, and publishes nothing', async (_, target, why) => {
    const name = unique('deps');
    const zipPath = path.join(tree({}), 'links.zip');
    writeFileSync(
      zipPath,
      rawZip([
        { name: 'python/ok.py', data: 'ok' },
        { name: 'lib/skip.so', data: 'x' },
        { name: 'lib/up', data: '..', mode: 0o120777 },
        { name: 'lib/libfoo.so', data: target, mode: 0o120777 },
      ]),
    );
    const result = await run({ 'layer-name': name, 'layer-path': zipPath, exclude: 'lib/skip.so' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::layer-path: links.zip: lib/libfoo.so is a symbolic link to ${target}, ${why}`);
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('refuses a zip holding a name twice, naming it and the fix, and publishes nothing', async () => {
    const name = unique('deps');
    const zipPath = path.join(tree({}), 'twice.zip');
    writeFileSync(
      zipPath,
      rawZip([
        { name: 'python/a.py', data: 'a = 1' },
        { name: 'python/b.py', data: 'b' },
        { name: 'python/a.py', data: 'a = 2' },
      ]),
    );
    const result = await run({ 'layer-name': name, 'layer-path': zipPath });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::layer-path: twice.zip holds "python/a.py" twice, and Lambda would unpack only one of them: build the zip again without duplicate names',
    );
    expect(await layerVersions(c, name)).toEqual([]);
  });

  // Every other input check runs in-process (unit/input-parsing.test.ts); these prove a bad input writes nothing, end to end.
  it.each([
    ['empty directory', { 'layer-path': 'EMPTY' }, /::error::layer-path: .* holds no files/],
    ['unknown mode', { mode: 'deploi' }, /::error::mode: "deploi" is not a mode \(use deploy, cleanup or rollback\)/],
    ['bad layer name', { 'layer-name': 'my layer!' }, /::error::layer-name: "my layer!" is neither a layer name/],
  ])('rejects a bad input (%s) and publishes nothing', async (_, bad, message) => {
    const name = unique('deps');
    const workspace = tree({ 'layer/python/a.py': 'a' });
    const inputs: Record<string, string> = { 'layer-name': name, 'layer-path': 'layer', ...bad };
    if (inputs['layer-path'] === 'EMPTY') inputs['layer-path'] = tree({});
    const result = await run(inputs, { workspace });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(await layerVersions(c, name)).toEqual([]);
    expect(await layerVersions(c, 'my layer!'.replace(/\W/g, ''))).toEqual([]);
  });

  it("publishes directly the very zip it packed: CodeSha256 and CodeSize are the zip's", async () => {
    const name = unique('deps');
    // Sizes across several base64 chunks, and a description holding the text the placeholder is found by.
    const dir = tree({ ...files, 'python/pkg/random.bin': randomBytes(200_001).toString('latin1') });
    const result = await run({ 'layer-name': name, 'layer-path': dir, 'layer-description': 'a "ZipFile":"" in it' });
    expect(result.code, result.stdout).toBe(0);
    const zip = await packZip(await readSource('layer-path', dir), path.join(os.tmpdir(), `${name}.zip`));
    const published = await c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: 1 }));
    expect(published.Content?.CodeSha256).toBe(zip.sha256);
    expect(published.Content?.CodeSize).toBe(zip.size);
    expect(published.Description).toContain('a "ZipFile":"" in it');
  });

  it('publishes through S3 when s3-bucket is set, and the object holds the zip', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const result = await run({ 'layer-name': name, 'layer-path': tree(files), 's3-bucket': bucket, 's3-prefix': 'layers/' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['layer-published']).toBe('true');
    const key = `layers/${name}/${result.outputs['content-hash']}.zip`;
    const object = await c.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    expect(object.ContentLength).toBeGreaterThan(0);
    expect(result.stdout).toContain(`Uploaded s3://${bucket}/${key}`);
    expect(await layerVersions(c, name)).toEqual([1]);
  });

  it('uploads through S3 without s3:ListBucket (HeadObject 403), checksummed, for layers and code', async () => {
    const s = await stack(c, { count: 1 });
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const strict = await proxy({ denyHeadObject: true });
    const result = await run({ ...s.inputs, 's3-bucket': bucket }, { endpoint: strict.url });
    expect(result.code, result.stdout).toBe(0);
    expect(strict.log.filter((line) => /^(HEAD|HeadObject) /.test(line))).toEqual([]);
    // Each zip is sent whole with the sha256 the action computed, which S3 verifies; no aws-chunked re-encoding.
    const code = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: s.functions[0]!, Qualifier: 'live' }));
    const objects = strict.puts.filter((put) => put.path.includes(`/${bucket}/`));
    expect(objects.map((put) => put.path.split('?')[0])).toEqual([
      `/${bucket}/lambda-layers/${s.layer}/${result.outputs['content-hash']}.zip`,
      `/${bucket}/lambda-layers/code/${Buffer.from(code.CodeSha256!, 'base64').toString('hex')}.zip`,
    ]);
    expect(objects[1]!.checksum).toBe(code.CodeSha256);
    expect(objects[0]!.checksum).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(objects.every((put) => put.encoding === undefined)).toBe(true);
    // A zip smaller than one part is one PutObject, not a multipart upload.
    expect(strict.count('PutObject')).toBe(2);
    expect(strict.count('CreateMultipartUpload')).toBe(0);
  });

  it('skips the S3 upload when the object for that content is already there', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const dir = tree(files);
    const first = await run({ 'layer-name': name, 'layer-path': dir, 's3-bucket': bucket });
    expect(first.code, first.stdout).toBe(0);
    await c.lambda.send(new DeleteLayerVersionCommand({ LayerName: name, VersionNumber: 1 }));
    const second = await run({ 'layer-name': name, 'layer-path': dir, 's3-bucket': bucket });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['layer-published']).toBe('true');
    expect(second.stdout).toContain(
      `s3://${bucket}/lambda-layers/${name}/${first.outputs['content-hash']}.zip already holds this content`,
    );
  });

  it('uploads a zip larger than one part in parts as it is packed, and the layer holds the zip', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const dir = bigLayer();
    // A part answered 500 once is sent again by the SDK's retries: the body is a Buffer, not a spent stream.
    const watched = await proxy({ failUploadPart: { status: 500, times: 1 } });
    const result = await run({ 'layer-name': name, 'layer-path': dir, 's3-bucket': bucket }, { endpoint: watched.url });
    expect(result.code, result.stdout).toBe(0);
    const key = `lambda-layers/${name}/${result.outputs['content-hash']}.zip`;
    expect(result.stdout).toContain(`Uploaded s3://${bucket}/${key}`);
    const target = `${bucket}/${key}`;
    expect(watched.count('CreateMultipartUpload', target)).toBe(1);
    expect(watched.count('UploadPart', target)).toBe(3 + 1);
    expect(watched.count('CompleteMultipartUpload', target)).toBe(1);
    expect(watched.count('PutObject', target)).toBe(0);
    expect(watched.count('AbortMultipartUpload')).toBe(0);
    // The completed upload is no longer in the record the post step reads.
    expect(savedUploads(result)).toEqual([]);
    // Each part carries its SHA-256 for S3 to check, and is signed with that same hash (not hashed a second time).
    const parts = watched.puts.filter((put) => put.path.includes('partNumber'));
    expect(parts).toHaveLength(4);
    for (const put of parts) {
      expect(put.encoding).toBeUndefined();
      expect(put.payloadHash).toBe(Buffer.from(put.checksum!, 'base64').toString('hex'));
    }

    // The object is the zip the packer makes of this tree (byte for byte: it is deterministic), and the layer holds it.
    const zip = await packZip(await readSource('layer-path', dir), path.join(tree({}), 'expected.zip'));
    const object = await c.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const bytes = Buffer.from(await object.Body!.transformToByteArray());
    expect(bytes.length).toBe(zip.size);
    expect(createHash('sha256').update(bytes).digest('base64')).toBe(zip.sha256);
    // The random bytes were Huffman coded without deflate's search for repeats, and unzip to themselves.
    const blob = readFileSync(path.join(dir, 'python/pkg/blob.bin'));
    const entry = new AdmZip(bytes).getEntry('python/pkg/blob.bin')!;
    expect(entry.getCompressedData().equals(deflateRawSync(blob, { level: 6, strategy: constants.Z_HUFFMAN_ONLY }))).toBe(true);
    expect(entry.getData().equals(blob)).toBe(true);
    const layer = await c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: 1 }));
    expect(layer.Content?.CodeSha256).toBe(zip.sha256);
    expect(result.summary).toContain(megabytes(zip.size));
    expect(await openUploads(bucket)).toBe(0);
  });

  it('reuses the object another run completed while this one uploaded its parts, and aborts its own upload', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const inputs = { 'layer-name': name, 'layer-path': bigLayer(), 's3-bucket': bucket };
    const racing = await proxy({});
    const completing = racing.hold({ operation: 'CompleteMultipartUpload', who: 'runA' });
    const a = run(inputs, { endpoint: racing.url, who: 'runA' });
    await completing.reached;
    // runA has sent its parts; runB puts the same zip under the same key and publishes it.
    const b = await run(inputs, { endpoint: racing.url, who: 'runB' });
    expect(b.code, b.stdout).toBe(0);
    completing.release();
    const first = await a;
    expect(first.code, first.stdout).toBe(0);
    const key = `lambda-layers/${name}/${first.outputs['content-hash']}.zip`;
    expect(first.stdout).toContain(`s3://${bucket}/${key} already holds this content`);
    expect(racing.count('CompleteMultipartUpload')).toBe(2);
    expect(racing.count('AbortMultipartUpload', `${bucket}/${key}`)).toBe(1);
    expect(await openUploads(bucket)).toBe(0);
    // Both versions hold the one object.
    const versions = await Promise.all(
      [1, 2].map((version) => c.lambda.send(new GetLayerVersionCommand({ LayerName: name, VersionNumber: version }))),
    );
    expect(versions[0]!.Content?.CodeSha256).toBe(versions[1]!.Content?.CodeSha256);
  });

  it('fails on a part S3 refuses, aborts the upload, and publishes nothing', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const denied = await proxy({ failUploadPart: { status: 403 } });
    const result = await run({ 'layer-name': name, 'layer-path': bigLayer(), 's3-bucket': bucket }, { endpoint: denied.url });
    expect(result.code).toBe(1);
    // A failed run sets no outputs: the hash is in the plan's log.
    const hash = /content ([0-9a-f]{64}) is new/.exec(result.stdout)?.[1];
    const key = `lambda-layers/${name}/${hash}.zip`;
    // Parts go out together: whichever S3 answers first is the one reported.
    expect(result.stdout).toContain(
      `::error::Publishing the layers failed for 1 of 1:%0AUploadPart s3://${bucket}/${key} (part `,
    );
    expect(result.stdout).toMatch(
      /\(part \d\): AccessDenied: injected: not authorized to perform s3:PutObject \(the role lacks this permission: see docs\/iam-policies\.md\)/,
    );
    expect(denied.count('AbortMultipartUpload', `${bucket}/${key}`)).toBe(1);
    expect(denied.count('CompleteMultipartUpload')).toBe(0);
    expect(result.stdout).not.toContain('::warning::');
    expect(await openUploads(bucket)).toBe(0);
    expect(savedUploads(result)).toEqual([]);
    await expect(c.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).rejects.toBeInstanceOf(NotFound);
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('warns, naming the permission and the lifecycle rule, when the abort itself is denied; the post step aborts it', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const denied = await proxy({ failUploadPart: { status: 403 }, denyAbortMultipartUpload: true });
    const result = await run({ 'layer-name': name, 'layer-path': bigLayer(), 's3-bucket': bucket }, { endpoint: denied.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::warning::AbortMultipartUpload s3:\/\/\S+: AccessDenied: .*The parts uploaded so far stay in the bucket, billed, until the upload is aborted: allow s3:AbortMultipartUpload on the bucket, or give it a lifecycle rule with AbortIncompleteMultipartUpload\./,
    );
    expect(result.stdout).toContain('UploadPart');
    const [left] = (await c.s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }))).Uploads ?? [];
    expect(savedUploads(result)).toEqual([{ bucket, key: left!.Key, uploadId: left!.UploadId }]);
    const post = await runPost(result);
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`Multipart upload to s3://${bucket}/${left!.Key}: aborted`);
    expect(await openUploads(bucket)).toBe(0);
  });

  it('aborts in the post step the upload of a job cancelled mid-upload, with rollback-on-failure false too', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const gate = await proxy({});
    // The first part is held: the upload is open, and the job is cancelled (SIGINT) while it is.
    const sending = gate.hold({ operation: 'UploadPart' });
    const inputs = { 'layer-name': name, 'layer-path': bigLayer(), 's3-bucket': bucket, 'rollback-on-failure': 'false' };
    const main = await run(inputs, { endpoint: gate.url, cancel: sending.reached });
    expect(main.code).not.toBe(0);
    const [left] = (await c.s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }))).Uploads ?? [];
    expect(savedUploads(main)).toEqual([{ bucket, key: left!.Key, uploadId: left!.UploadId }]);

    const post = await runPost(main);
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(`Multipart upload to s3://${bucket}/${left!.Key}: aborted`);
    expect(await openUploads(bucket)).toBe(0);
    expect(await layerVersions(c, name)).toEqual([]);
    // Idempotent: a second post step finds it gone.
    const again = await runPost(main);
    expect(again.stdout).toContain(`Multipart upload to s3://${bucket}/${left!.Key}: already completed or aborted`);
  });

  it('uploads nothing in a dry run through S3, and still reports the zipped size', async () => {
    const name = unique('deps');
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const watched = await proxy({});
    const result = await run(
      { 'layer-name': name, 'layer-path': bigLayer(), 's3-bucket': bucket, 'dry-run': 'true' },
      { endpoint: watched.url },
    );
    expect(result.code, result.stdout).toBe(0);
    expect(watched.log.filter((line) => line.includes(bucket))).toEqual([]);
    // The layer's row ends with its unzipped and zipped sizes: packed in the plan, for the summary.
    expect(result.summary).toMatch(/<td>20\.\d MB<\/td><td>20\.\d MB<\/td><\/tr>/);
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('refuses a zip above 50 MB without s3-bucket, and 250 MB unzipped, before any write', async () => {
    const name = unique('deps');
    const big = tree({});
    mkdirSync(path.join(big, 'python'));
    writeFileSync(path.join(big, 'python/blob.bin'), randomBytes(51 * 1024 * 1024));
    const direct = await run({ 'layer-name': name, 'layer-path': big });
    expect(direct.code).toBe(1);
    expect(direct.stdout).toMatch(
      /::error::s3-bucket: the zipped layer is 51\.\d MB, above Lambda's 50 MB direct upload limit: set s3-bucket/,
    );

    // Sparse: 260 MB on paper, nothing on disk.
    const huge = tree({ 'python/a.py': 'a', 'python/huge.bin': '' });
    truncateSync(path.join(huge, 'python/huge.bin'), 260 * 1024 * 1024);
    const unzipped = await run({ 'layer-name': name, 'layer-path': huge });
    expect(unzipped.code).toBe(1);
    expect(unzipped.stdout).toContain(
      "::error::layer-path: the layer is over 250 MB unzipped (260.0 MB by python/huge.bin), above Lambda's 250 MB limit",
    );
    expect(await layerVersions(c, name)).toEqual([]);
  });

  it('publishes nothing in dry-run, and warns about a layer Lambda would not load', async () => {
    const name = unique('deps');
    const result = await run({ 'layer-name': name, 'layer-path': tree({ 'site-packages/x.py': 'x' }), 'dry-run': 'true' });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['layer-published']).toBe('false');
    expect(result.outputs['content-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(result.stdout).toMatch(/::warning::layer-path: the layer has none of the folders Lambda loads/);
    expect(result.summary).toContain('would publish');
    expect(await layerVersions(c, name)).toEqual([]);
  });
});

describe('a layer file that changes between the hash and the pack', () => {
  const grow = (file: string) => appendFileSync(file, 'y'.repeat(5000));
  // Same size, other bytes.
  const rewrite = (file: string) => writeFileSync(file, 'b'.repeat(3000));
  it.each([
    ['grows, published directly', false, grow, '(3000 bytes when listed, 8000 now)'],
    ['is rewritten with the same size, published directly', false, rewrite, '('],
    ['grows, published through S3', true, grow, '(3000 bytes when listed, 8000 now)'],
  ])('%s: the run fails naming it, and nothing is published under the hash', async (_, throughS3, change, how) => {
    const name = unique('deps');
    // Three versions: the listing's second page (the proxy's pages hold two) is asked for once the hash is known.
    for (const content of ['v1', 'v2', 'v3']) await seedLayer(c, name, content);
    const bucket = unique('artifacts');
    if (throughS3) await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const dir = tree({ 'python/pkg/__init__.py': 'x = 1\n', 'python/pkg/data.txt': 'a'.repeat(3000) });
    const gate = await proxy({});
    const hashed = gate.hold({ operation: 'ListLayerVersions', nth: 2 });
    const running = run(
      { 'layer-name': name, 'layer-path': dir, ...(throughS3 ? { 's3-bucket': bucket } : {}) },
      { endpoint: gate.url },
    );
    await hashed.reached;
    change(path.join(dir, 'python/pkg/data.txt'));
    hashed.release();
    const result = await running;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`layer-path: python/pkg/data.txt changed while it was packed ${how}`);
    expect(result.stdout).toContain('so it was not published: do not write into the layer folder while this step runs');
    expect(await layerVersions(c, name)).toEqual([1, 2, 3]);
    if (throughS3) {
      const hash = /content ([0-9a-f]{64}) is new/.exec(result.stdout)?.[1];
      expect(hash).toBeDefined();
      const key = `lambda-layers/${name}/${hash}.zip`;
      await expect(c.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).rejects.toBeInstanceOf(NotFound);
      expect(await openUploads(bucket)).toBe(0);
    }
  });
});
