import { LambdaClient, ListLayerVersionsCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../../src/aws/call.js';
import { findLayerVersion, layerDescription } from '../../src/layers/versions.js';

const lambda = mockClient(LambdaClient);
afterEach(() => lambda.reset());

describe('findLayerVersion', () => {
  it('follows NextMarker until a version with the hash turns up', async () => {
    lambda
      .on(ListLayerVersionsCommand, { LayerName: 'deps', Marker: undefined })
      .resolves({ LayerVersions: [{ Version: 9, LayerVersionArn: 'arn:l:9', Description: '[sha256:other]' }], NextMarker: 'p2' })
      .on(ListLayerVersionsCommand, { LayerName: 'deps', Marker: 'p2' })
      .resolves({ LayerVersions: [{ Version: 4, LayerVersionArn: 'arn:l:4', Description: 'deps [sha256:abc]' }] });
    expect(await findLayerVersion(new LambdaClient({ region: 'us-east-1' }), 'deps', Promise.resolve('abc'))).toEqual({
      arn: 'arn:l:4',
      version: 4,
    });
    expect(lambda.commandCalls(ListLayerVersionsCommand)).toHaveLength(2);
  });

  it('wraps throttling and permission errors with what was being done and a hint', async () => {
    const denied = Object.assign(new Error('not allowed'), { name: 'AccessDeniedException' });
    lambda.on(ListLayerVersionsCommand).rejects(denied);
    const error = await findLayerVersion(
      new LambdaClient({ region: 'us-east-1', maxAttempts: 1 }),
      'deps',
      Promise.resolve('abc'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).message).toBe(
      'ListLayerVersions deps: AccessDeniedException: not allowed (the role lacks this permission: see docs/iam-policies.md)',
    );
    const throttled = new AwsCallError(
      'PublishVersion',
      'fn',
      Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }),
    );
    expect(throttled.message).toContain('retry the job later');
  });
});

describe('layerDescription', () => {
  it('keeps the hash tag whole within 256 characters', () => {
    const hash = 'f'.repeat(64);
    const description = layerDescription('x'.repeat(400), hash);
    expect(description).toHaveLength(256);
    expect(description.endsWith(`[sha256:${hash}]`)).toBe(true);
    expect(layerDescription('', hash)).toBe(`[sha256:${hash}]`);
  });
});
