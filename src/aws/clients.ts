import { LambdaClient } from '@aws-sdk/client-lambda';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { STSClient } from '@aws-sdk/client-sts';
import { awsCall } from './call.js';
import { paceLambda } from './pace.js';

/**
 * A client created on first use. Every service but Lambda is one: its SDK is loaded (a chunk of its own in dist/)
 * only when a deploy needs it, so a deploy that reuses a layer and moves no alarm loads only Lambda's.
 */
export type Lazy<T> = () => Promise<T>;

export interface Clients {
  lambda: LambdaClient;
  s3: Lazy<S3Client>;
  ssm: Lazy<SSMClient>;
  cloudwatch: Lazy<CloudWatchClient>;
  sts: Lazy<STSClient>;
}

function lazy<T>(create: () => Promise<T>): Lazy<T> {
  let created: Promise<T> | undefined;
  return () => (created ??= create());
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

function proxySet(): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(process.env[name]));
}

/**
 * The request handler when HTTP(S)_PROXY is set: the SDK itself ignores them, and so does Node 20. Its agents, in
 * a chunk of their own, are loaded by the first request; with no proxy set, the SDK's own handler.
 */
function proxyConfig(): { requestHandler?: NodeHttpHandler } {
  if (!proxySet()) return {};
  return { requestHandler: new NodeHttpHandler(async () => (await import('./proxy.js')).proxyAgents()) };
}

/** fetch for a URL AWS gave (a layer's Location), through the proxy the SDK's requests take. */
export async function awsFetch(url: string, init: { headers: Record<string, string>; signal: AbortSignal }): Promise<Response> {
  if (!proxySet()) return fetch(url, init);
  return (await import('./proxy.js')).getThroughProxy(url, init);
}

/**
 * One place for every client's settings, for one region. Lambda's client paces its calls under that region's quota
 * (aws/pace.ts); adaptive retries share a rate limiter per client, so parallel calls back off together should Lambda
 * throttle (429) all the same; 5xx and throttling are retried by the SDK. The endpoint comes from
 * AWS_ENDPOINT_URL(_<SERVICE>) through the SDK itself.
 */
export function createClients(region: string): Clients {
  const config = {
    region,
    retryMode: 'adaptive',
    maxAttempts: 8,
    customUserAgent: 'lambda-layer-deploy',
    ...proxyConfig(),
  } as const;
  // Emulators and S3-compatible stores behind a custom endpoint do not resolve bucket subdomains.
  const customEndpoint = Boolean(process.env['AWS_ENDPOINT_URL'] || process.env['AWS_ENDPOINT_URL_S3']);
  const lambda = new LambdaClient(config);
  paceLambda(lambda, region);
  return {
    lambda,
    s3: lazy(async () => new (await import('@aws-sdk/client-s3')).S3Client({ ...config, forcePathStyle: customEndpoint })),
    ssm: lazy(async () => new (await import('@aws-sdk/client-ssm')).SSMClient(config)),
    cloudwatch: lazy(async () => new (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient(config)),
    sts: lazy(async () => new (await import('@aws-sdk/client-sts')).STSClient(config)),
  };
}

/** The account whose credentials this step runs with. */
export async function callerAccount(sts: Lazy<STSClient>): Promise<string> {
  const client = await sts();
  const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  const identity = await awsCall('GetCallerIdentity', 'the credentials', () => client.send(new GetCallerIdentityCommand({})));
  return identity.Account ?? '';
}
