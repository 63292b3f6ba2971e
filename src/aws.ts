import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SSMClient } from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { awsCall } from './errors.js';

export interface Clients {
  lambda: LambdaClient;
  s3: S3Client;
  ssm: SSMClient;
  cloudwatch: CloudWatchClient;
  sts: STSClient;
}

/**
 * One place for every client's settings. Adaptive retries share a rate limiter per client, so parallel deploys back
 * off together when Lambda throttles (429) instead of each hammering it; 5xx and throttling are retried by the SDK.
 * The endpoint comes from AWS_ENDPOINT_URL(_<SERVICE>) through the SDK itself.
 */
export function createClients(region: string): Clients {
  const config = {
    region,
    retryMode: 'adaptive',
    maxAttempts: 8,
    customUserAgent: 'lambda-layer-deploy',
  } as const;
  // Emulators and S3-compatible stores behind a custom endpoint do not resolve bucket subdomains.
  const customEndpoint = Boolean(process.env['AWS_ENDPOINT_URL'] || process.env['AWS_ENDPOINT_URL_S3']);
  return {
    lambda: new LambdaClient(config),
    s3: new S3Client({ ...config, forcePathStyle: customEndpoint }),
    ssm: new SSMClient(config),
    cloudwatch: new CloudWatchClient(config),
    sts: new STSClient(config),
  };
}

/** The account whose credentials this step runs with. */
export async function callerAccount(sts: STSClient): Promise<string> {
  const identity = await awsCall('GetCallerIdentity', 'the credentials', () => sts.send(new GetCallerIdentityCommand({})));
  return identity.Account ?? '';
}
