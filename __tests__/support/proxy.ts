import { createHash, randomUUID } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** What the proxy does to the traffic between the action and moto_server. */
export interface Faults {
  /** After each code or configuration update, GetFunctionConfiguration reports InProgress this many times. */
  inProgressPolls?: number;
  /** Functions that start with an update in progress, reported InProgress for `inProgressPolls` reads. */
  busyAtStart?: string[];
  /** Functions whose first code or configuration update meets 409, as if an update had just started. */
  conflictOnce?: string[];
  /** Operations (e.g. 'PublishLayerVersion') answered once with 429 before being let through. */
  throttleOnce?: string[];
  /** Functions whose updates end Failed once the InProgress polls are over. */
  failUpdate?: string[];
  /**
   * Function -> its updates refused with 400, as Lambda refuses code that unzips above 250 MB with its layers: every
   * call of the operation named, or only the n-th code or configuration update of either kind (from 1).
   */
  refuseUpdate?: Record<string, 'UpdateFunctionCode' | 'UpdateFunctionConfiguration' | number>;
  /** Functions whose UpdateAlias fails for good. */
  failUpdateAlias?: string[];
  /** Function -> n: only the n-th UpdateAlias of that function (from 1) fails, e.g. the second stage of a shift. */
  failUpdateAliasCall?: Record<string, number>;
  /** Functions whose invocation reports a FunctionError. */
  invokeError?: string[];
  /** Functions whose Invoke call itself fails (AccessDeniedException), so the function never runs. */
  invokeDenied?: string[];
  /** CloudWatch DescribeAlarms answers AccessDenied while this is true; a test may switch it on mid-run. */
  denyDescribeAlarms?: boolean;
  /** Published versions report State Pending for this many reads, as SnapStart versions do for minutes. */
  pendingVersionReads?: number;
  /** Functions whose alias has provisioned concurrency (moto has no such API: the proxy answers it). */
  provisioned?: string[];
  /** S3 HeadObject answers 403, as real S3 does for a missing key to a caller without s3:ListBucket. */
  denyHeadObject?: boolean;
  /** S3 UploadPart answers with this status (403 AccessDenied, 500 InternalError), `times` times or for good. */
  failUploadPart?: { status: 403 | 500; times?: number };
  /** S3 AbortMultipartUpload answers 403 AccessDenied. */
  denyAbortMultipartUpload?: boolean;
  /**
   * Lambda's control-plane quota, per region (the signature's): requests per second for every Lambda call but
   * Invoke (none) and GetFunction (its own), each a token bucket holding one second's worth; beyond it, 429.
   */
  quota?: { perSecond: number; getFunctionPerSecond: number };
  /** Operations answered 429 every time: a region that stays throttled. */
  alwaysThrottle?: string[];
  /** Lambda operations answered 403 AccessDeniedException. */
  deny?: string[];
  /** Region -> operations (e.g. 'PublishVersion') answered there with 400, for good: one region failing alone. */
  failInRegion?: Record<string, string[]>;
}

/** Where a held request waits: `reached` settles when it arrives, `release()` lets it through. */
interface Hold {
  reached: Promise<void>;
  release(): void;
}

/** Which request to hold: the n-th (from 1) call of `operation`, optionally only from one run (its access key id). */
interface HoldRule {
  operation: string;
  who?: string;
  fn?: string;
  nth?: number;
}

// Small pages, so every listing the action reads must follow NextMarker as it must on a real account.
const PAGE_SIZE = 2;
const LISTS: Record<string, string> = {
  ListVersionsByFunction: 'Versions',
  ListAliases: 'Aliases',
  ListLayerVersions: 'LayerVersions',
};

/** The Lambda operations that answer with a function's configuration (GetFunction and listings one level down). */
const CONFIGURATION_ANSWERS = [
  'GetFunctionConfiguration',
  'GetFunction',
  'ListVersionsByFunction',
  'UpdateFunctionCode',
  'UpdateFunctionConfiguration',
  'PublishVersion',
];

const ROUTES: [RegExp, string, string][] = [
  [/^\/2015-03-31\/functions\/([^/]+)\/configuration$/, 'GET', 'GetFunctionConfiguration'],
  [/^\/2015-03-31\/functions\/([^/]+)\/configuration$/, 'PUT', 'UpdateFunctionConfiguration'],
  [/^\/2015-03-31\/functions\/([^/]+)\/code$/, 'PUT', 'UpdateFunctionCode'],
  [/^\/2015-03-31\/functions\/([^/]+)\/versions$/, 'POST', 'PublishVersion'],
  [/^\/2015-03-31\/functions\/([^/]+)\/versions$/, 'GET', 'ListVersionsByFunction'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'GET', 'GetAlias'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'PUT', 'UpdateAlias'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'DELETE', 'DeleteAlias'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases$/, 'POST', 'CreateAlias'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases$/, 'GET', 'ListAliases'],
  [/^\/2019-09-30\/functions\/([^/]+)\/provisioned-concurrency$/, 'GET', 'GetProvisionedConcurrencyConfig'],
  [/^\/2015-03-31\/functions\/([^/]+)\/invocations$/, 'POST', 'Invoke'],
  [/^\/2015-03-31\/functions\/([^/]+)$/, 'GET', 'GetFunction'],
  [/^\/2018-10-31\/layers\/([^/]+)\/versions\/\d+\/policy$/, 'POST', 'AddLayerVersionPermission'],
  [/^\/2018-10-31\/layers\/([^/]+)\/versions\/\d+\/policy$/, 'GET', 'GetLayerVersionPolicy'],
  [/^\/2018-10-31\/layers\/([^/]+)\/versions$/, 'POST', 'PublishLayerVersion'],
  [/^\/2018-10-31\/layers\/([^/]+)\/versions$/, 'GET', 'ListLayerVersions'],
];

/** The S3 object operations the action uses, told apart by method and query (path-style: /bucket/key). */
function s3Operation(method: string, query: URLSearchParams, copy: boolean): string | undefined {
  if (method === 'PUT') return query.has('partNumber') ? 'UploadPart' : copy ? 'CopyObject' : 'PutObject';
  if (method === 'POST')
    return query.has('uploads') ? 'CreateMultipartUpload' : query.has('uploadId') ? 'CompleteMultipartUpload' : undefined;
  if (method === 'DELETE' && query.has('uploadId')) return 'AbortMultipartUpload';
  if (method === 'HEAD') return 'HeadObject';
  return undefined;
}

function route(
  method: string,
  url: string,
  amzTarget: string | undefined,
  copy = false,
): { operation: string; target: string; qualifier: string | null } {
  const parsed = new URL(url, 'http://proxy');
  // JSON 1.0 services (CloudWatch) name the operation in a header: X-Amz-Target: GraniteServiceVersion20100801.DescribeAlarms
  if (amzTarget) return { operation: amzTarget.split('.').pop() ?? amzTarget, target: '', qualifier: null };
  // An S3 object request: its target is bucket/key.
  const object = /^\/(?!20\d\d-)[^/]+\/.+/.test(parsed.pathname) ? s3Operation(method, parsed.searchParams, copy) : undefined;
  if (object) return { operation: object, target: decodeURIComponent(parsed.pathname.slice(1)), qualifier: null };
  for (const [pattern, verb, operation] of ROUTES) {
    const match = pattern.exec(parsed.pathname);
    if (match && verb === method) {
      const target =
        decodeURIComponent(match[1] ?? '')
          .split(':')
          .slice(-1)[0] ?? '';
      return { operation, target, qualifier: parsed.searchParams.get('Qualifier') };
    }
  }
  return { operation: `${method} ${parsed.pathname}`, target: '', qualifier: null };
}

function error(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ Type: 'User', message }));
}

/** S3 answers errors in XML. */
function s3Error(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/**
 * A layer version's policy statement as AWS answers it: moto keeps a grant's OrganizationId as sent and an account as
 * its bare id, where AWS answers a condition on aws:PrincipalOrgID and the account's root.
 */
function awsStatement({ OrganizationId: organization, ...statement }: Record<string, unknown>): Record<string, unknown> {
  if (typeof statement['Principal'] === 'string' && /^\d{12}$/.test(statement['Principal'])) {
    statement['Principal'] = { AWS: `arn:aws:iam::${statement['Principal']}:root` };
  }
  if (typeof organization === 'string') statement['Condition'] = { StringEquals: { 'aws:PrincipalOrgID': organization } };
  return statement;
}

/** The region and service a request was signed for: Credential=KEY/DATE/REGION/SERVICE/aws4_request. */
function scopeOf(req: IncomingMessage): { region: string; service: string } {
  const [, region = '', service = ''] =
    /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(String(req.headers.authorization ?? '')) ?? [];
  return { region, service };
}

/** Allows `perSecond` requests a second, with a burst of one second's worth: false when the request is over it. */
function tokenBucket(perSecond: number): () => boolean {
  let tokens = perSecond;
  let last = performance.now();
  return () => {
    const now = performance.now();
    tokens = Math.min(perSecond, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export interface FaultProxy {
  url: string;
  /** Requests seen, as "Operation target" -> count. */
  calls: Map<string, number>;
  /** Every request in order: "Operation function", with ":qualifier" when one was named. */
  log: string[];
  count(operation: string, target?: string): number;
  /** The requests answered 429 (the quota, alwaysThrottle, throttleOnce), as "Operation target", in order. */
  throttled: string[];
  /** The checksum, encoding and signed payload hash headers of every S3 object PUT, in order. */
  puts: { path: string; checksum: string | undefined; encoding: string | undefined; payloadHash: string | undefined }[];
  /** Holds the matching request until released: how a test puts two runs in a chosen order. */
  hold(rule: HoldRule): Hold;
  close(): Promise<void>;
}

/** The access key id a request was signed with: tests give each racing run its own. */
function signer(req: IncomingMessage): string {
  return /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
}

/** The region a request was signed for, as moto routes it: Lambda, S3 and SSM keep each region apart. */
function regionOf(req: IncomingMessage): string {
  return /Credential=[^/]+\/\d+\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? 'us-east-1';
}

function aliasKey(url: string): string {
  const match = /\/functions\/([^/]+)\/aliases\/([^/?]+)/.exec(new URL(url, 'http://proxy').pathname);
  const fn = decodeURIComponent(match?.[1] ?? '')
    .split(':')
    .slice(-1)[0];
  return `${fn}:${decodeURIComponent(match?.[2] ?? '')}`;
}

/**
 * A loopback HTTP proxy in front of moto_server that enforces what real Lambda enforces and moto does not, and
 * injects the faults moto never produces. Always on: a RevisionId per function that changes on every code or
 * configuration write and again when that update finishes (as Lambda's does), a RevisionId per alias that changes on
 * every write, 412 PreconditionFailedException for a stale RevisionId on UpdateFunctionCode,
 * UpdateFunctionConfiguration, PublishVersion and UpdateAlias, 400 when PublishVersion's CodeSha256 is not $LATEST's,
 * 400 when a layer or code is to be read from a bucket of another region (moto reads any), 412 for a conditional copy
 * onto an S3 key that holds an object (moto copies over it), listings cut into pages of two, and the fields of a
 * function version moto drops (see `kept`). Functions and aliases of one name in two regions are two, as they are in
 * AWS.
 */
export async function startProxy(upstream: string, faults: Faults = {}): Promise<FaultProxy> {
  const polls = faults.inProgressPolls ?? 0;
  const pending = new Map<string, number>((faults.busyAtStart ?? []).map((fn) => [fn, polls]));
  const throttled = new Set<string>();
  const conflicted = new Set<string>();
  const updated = new Set<string>();
  const calls = new Map<string, number>();
  const log: string[] = [];
  const puts: FaultProxy['puts'] = [];
  const aliasUpdates = new Map<string, number>();
  const functionUpdates = new Map<string, number>();
  let failedParts = 0;
  const target = new URL(upstream);
  const functionRevisions = new Map<string, string>();
  const aliasRevisions = new Map<string, string>();
  const finishing = new Set<string>();
  const pendingReads = new Map<string, number>();
  const holds: { rule: HoldRule; seen: number; arrive: () => void; gate: Promise<void> }[] = [];
  const throttledCalls: string[] = [];
  const buckets = new Map<string, () => boolean>();
  /** Within the quota: every call but Invoke takes a token from its region's bucket, GetFunction from its own. */
  const withinQuota = (req: IncomingMessage, operation: string): boolean => {
    const { region, service } = scopeOf(req);
    if (!faults.quota || service !== 'lambda' || operation === 'Invoke') return true;
    const own = operation === 'GetFunction';
    const key = `${region} ${own ? 'GetFunction' : 'control plane'}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = tokenBucket(own ? faults.quota.getFunctionPerSecond : faults.quota.perSecond);
      buckets.set(key, bucket);
    }
    return bucket();
  };
  // What moto drops and Lambda keeps, per function version ("fn:$LATEST", "fn:3"): the Architectures UpdateFunctionCode
  // sets (moto keeps a function's first architecture for good) and the EphemeralStorage UpdateFunctionConfiguration sets.
  // Taken from the write's request once moto has taken it, copied to a version as it is published, and written into
  // every configuration answered for that version, as Lambda would answer it.
  const kept = new Map<string, Record<string, unknown>>();
  const keep = (operation: string, fn: string, sent: Record<string, unknown>): void => {
    const field = operation === 'UpdateFunctionCode' ? 'Architectures' : 'EphemeralStorage';
    if (sent[field] !== undefined) kept.set(`${fn}:$LATEST`, { ...kept.get(`${fn}:$LATEST`), [field]: sent[field] });
  };
  const withKept = (operation: string, fn: string, json: Record<string, unknown>): void => {
    if (operation === 'PublishVersion' && kept.has(`${fn}:$LATEST`)) {
      kept.set(`${fn}:${String(json['Version'])}`, { ...kept.get(`${fn}:$LATEST`) });
    }
    const configs =
      operation === 'GetFunction'
        ? [json['Configuration']]
        : operation === 'ListVersionsByFunction'
          ? ((json['Versions'] as unknown[] | undefined) ?? [])
          : [json];
    for (const config of configs as Record<string, unknown>[]) {
      Object.assign(config, kept.get(`${fn}:${String(config['Version'])}`));
    }
  };
  const revisionOf = (map: Map<string, string>, key: string): string => {
    if (!map.has(key)) map.set(key, randomUUID());
    return map.get(key)!;
  };
  // moto picks the service from the signature's scope: the proxy's own reads reuse the caller's.
  const upstreamJson = (path: string, req: IncomingMessage): Promise<Record<string, unknown>> =>
    fetch(new URL(path, upstream), { headers: { authorization: String(req.headers.authorization ?? '') } }).then(
      (res) => res.json() as Promise<Record<string, unknown>>,
    );

  // The proxy's own S3 reads, signed for S3 (moto routes by the signature's scope and checks no signature).
  const s3Read = (path: string, method = 'GET') =>
    fetch(new URL(path, upstream), {
      method,
      headers: {
        authorization: 'AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0',
      },
    });
  const bucketRegion = async (bucket: string): Promise<string> => {
    const xml = await (await s3Read(`/${bucket}?location`)).text();
    return /<LocationConstraint[^>]*>([^<]+)</.exec(xml)?.[1] ?? 'us-east-1';
  };

  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    edit?: (json: Record<string, unknown>) => void,
    path = req.url,
  ): Promise<void> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: target.host };
      const upstreamReq = request({ host: target.hostname, port: target.port, method: req.method, path, headers }, (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (chunk: Buffer) => chunks.push(chunk));
        up.on('end', () => {
          let payload = Buffer.concat(chunks);
          const { operation, target: fn } = route(req.method ?? 'GET', req.url ?? '/', undefined);
          const configuration = CONFIGURATION_ANSWERS.includes(operation);
          if ((edit || configuration) && (up.statusCode ?? 500) < 300 && payload.length > 0) {
            const json = JSON.parse(payload.toString()) as Record<string, unknown>;
            edit?.(json);
            if (configuration) withKept(operation, fn, json);
            payload = Buffer.from(JSON.stringify(json));
          }
          const out = { ...up.headers, 'content-length': String(payload.length) };
          delete out['transfer-encoding'];
          res.writeHead(up.statusCode ?? 500, out);
          res.end(payload);
          resolve();
        });
      });
      upstreamReq.on('error', reject);
      upstreamReq.end(body);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const amzTarget = req.headers['x-amz-target'];
    const copy = req.headers['x-amz-copy-source'] !== undefined;
    const { operation, target: fn, qualifier } = route(req.method ?? 'GET', req.url ?? '/', amzTarget?.toString(), copy);
    const region = regionOf(req);
    // What Lambda keeps per function and alias is kept per region too.
    const scoped = `${region}/${fn}`;
    const aliasIn = (alias: string) => `${region}/${alias}`;
    const key = `${operation} ${fn}`.trim();
    calls.set(key, (calls.get(key) ?? 0) + 1);
    log.push(`${key}${qualifier === null ? '' : `:${qualifier}`}`);
    const busy = (pending.get(fn) ?? 0) > 0;

    // What AWS checks of a signed payload hash: the body it signs for is the body that came.
    const declared = req.headers['x-amz-content-sha256'];
    if (typeof declared === 'string' && /^[0-9a-f]{64}$/.test(declared)) {
      if (createHash('sha256').update(body).digest('hex') !== declared) {
        return error(res, 403, 'InvalidSignatureException', 'The request signature we calculated does not match');
      }
    }
    const once = faults.throttleOnce?.includes(operation) && !throttled.has(key);
    if (once || faults.alwaysThrottle?.includes(operation) || !withinQuota(req, operation)) {
      if (once) throttled.add(key);
      throttledCalls.push(key);
      return error(res, 429, 'TooManyRequestsException', 'Rate exceeded');
    }
    if (faults.deny?.includes(operation)) {
      return error(res, 403, 'AccessDeniedException', `injected: not authorized to perform lambda:${operation}`);
    }
    if (req.method === 'PUT' && !req.url?.startsWith('/20')) {
      const header = (name: string) => req.headers[name] as string | undefined;
      puts.push({
        path: req.url ?? '',
        checksum: header('x-amz-checksum-sha256'),
        encoding: header('content-encoding'),
        payloadHash: header('x-amz-content-sha256'),
      });
    }
    if (operation === 'UploadPart' && faults.failUploadPart && (faults.failUploadPart.times ?? Infinity) > failedParts) {
      failedParts++;
      if (faults.failUploadPart.status === 403)
        return s3Error(res, 403, 'AccessDenied', 'injected: not authorized to perform s3:PutObject');
      return s3Error(res, 500, 'InternalError', 'injected: We encountered an internal error. Please try again.');
    }
    if (operation === 'AbortMultipartUpload' && faults.denyAbortMultipartUpload) {
      return s3Error(res, 403, 'AccessDenied', 'injected: not authorized to perform s3:AbortMultipartUpload');
    }
    // S3 refuses a conditional copy onto an existing key, as it refuses such a put; moto copies over it.
    if (operation === 'CopyObject' && req.headers['if-none-match'] === '*' && (await s3Read(req.url ?? '', 'HEAD')).ok) {
      return s3Error(res, 412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
    }
    if (faults.denyHeadObject && req.method === 'HEAD') {
      res.writeHead(403);
      res.end();
      return;
    }
    const who = signer(req);
    for (const hold of holds) {
      const { rule } = hold;
      if (rule.operation !== operation || (rule.who ?? who) !== who || (rule.fn ?? fn) !== fn) continue;
      if (++hold.seen === (rule.nth ?? 1)) {
        hold.arrive();
        await hold.gate;
      }
    }
    // An update that has finished gives the function a new RevisionId, as Lambda does.
    if (finishing.has(scoped) && (pending.get(fn) ?? 0) === 0) {
      finishing.delete(scoped);
      functionRevisions.set(scoped, randomUUID());
    }
    const sent = (
      body.length > 0 && String(req.headers['content-type'] ?? '').includes('json') ? JSON.parse(body.toString()) : {}
    ) as { RevisionId?: string; CodeSha256?: string; S3Bucket?: string; Content?: { S3Bucket?: string } } & Record<
      string,
      unknown
    >;
    const stale = (current: string) =>
      error(
        res,
        412,
        'PreconditionFailedException',
        `The Revision Id provided does not match the latest Revision Id (${current}).`,
      );
    if (faults.failInRegion?.[region]?.includes(operation)) {
      return error(res, 400, 'InvalidParameterValueException', `injected failure in ${region}`);
    }
    const bucket = sent.S3Bucket ?? sent.Content?.S3Bucket;
    if (bucket && ['PublishLayerVersion', 'UpdateFunctionCode'].includes(operation)) {
      const location = await bucketRegion(bucket);
      if (location !== region) {
        return error(
          res,
          400,
          'InvalidParameterValueException',
          `Error occurred while GetObject. S3 Error Code: PermanentRedirect. S3 Error Message: The bucket is in this region: ${location}. Please use this region to retry the request`,
        );
      }
    }
    if (['UpdateFunctionCode', 'UpdateFunctionConfiguration', 'PublishVersion'].includes(operation) && sent.RevisionId) {
      const current = revisionOf(functionRevisions, scoped);
      if (sent.RevisionId !== current) return stale(current);
    }
    if (operation === 'UpdateAlias' && sent.RevisionId) {
      const current = revisionOf(aliasRevisions, aliasIn(aliasKey(req.url ?? '')));
      if (sent.RevisionId !== current) return stale(current);
    }
    if (operation === 'PublishVersion' && sent.CodeSha256 && (pending.get(fn) ?? 0) === 0) {
      const latest = await upstreamJson(`/2015-03-31/functions/${encodeURIComponent(fn)}/configuration`, req);
      if (latest['CodeSha256'] !== sent.CodeSha256) {
        return error(
          res,
          400,
          'InvalidParameterValueException',
          `CodeSHA256 (${sent.CodeSha256}) is different from current CodeSHA256 in $LATEST (${String(latest['CodeSha256'])}). Please try again with the CodeSHA256 in $LATEST.`,
        );
      }
    }
    if (operation === 'GetProvisionedConcurrencyConfig') {
      if (!faults.provisioned?.includes(fn)) {
        return error(
          res,
          404,
          'ProvisionedConcurrencyConfigNotFoundException',
          'No Provisioned Concurrency Config found for this function',
        );
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ RequestedProvisionedConcurrentExecutions: 5, Status: 'READY' }));
      return;
    }
    if (operation in LISTS) {
      const url = new URL(req.url ?? '/', 'http://proxy');
      const start = Number(url.searchParams.get('Marker') ?? 0);
      const size = Math.min(Number(url.searchParams.get('MaxItems') ?? 50), PAGE_SIZE);
      url.searchParams.delete('Marker');
      url.searchParams.delete('MaxItems');
      return forward(
        req,
        res,
        body,
        (json) => {
          const items = (json[LISTS[operation]!] as unknown[] | undefined) ?? [];
          json[LISTS[operation]!] = items.slice(start, start + size);
          if (start + size < items.length) json['NextMarker'] = String(start + size);
          else delete json['NextMarker'];
        },
        `${url.pathname}${url.search}`,
      );
    }
    if (operation === 'UpdateFunctionCode' || operation === 'UpdateFunctionConfiguration') {
      functionUpdates.set(fn, (functionUpdates.get(fn) ?? 0) + 1);
      const refused = faults.refuseUpdate?.[fn];
      if (refused === operation || refused === functionUpdates.get(fn)) {
        return error(res, 400, 'InvalidParameterValueException', 'Unzipped size must be smaller than 262144000 bytes');
      }
    }
    const write = ['UpdateFunctionCode', 'UpdateFunctionConfiguration', 'PublishVersion'].includes(operation);
    if (write && operation !== 'PublishVersion' && faults.conflictOnce?.includes(fn) && !conflicted.has(fn)) {
      conflicted.add(fn);
      pending.set(fn, polls);
    }
    if (write && (pending.get(fn) ?? 0) > 0) {
      return error(
        res,
        409,
        'ResourceConflictException',
        `The operation cannot be performed at this time. An update is in progress for resource: ${fn}`,
      );
    }
    if (operation === 'UpdateAlias') aliasUpdates.set(fn, (aliasUpdates.get(fn) ?? 0) + 1);
    if (
      operation === 'UpdateAlias' &&
      (faults.failUpdateAlias?.includes(fn) || faults.failUpdateAliasCall?.[fn] === aliasUpdates.get(fn))
    ) {
      return error(res, 400, 'InvalidParameterValueException', `injected failure for ${fn}`);
    }
    if (operation === 'Invoke' && faults.invokeDenied?.includes(fn)) {
      return error(res, 403, 'AccessDeniedException', `injected: not authorized to invoke ${fn}`);
    }
    if (operation === 'DescribeAlarms' && faults.denyDescribeAlarms) {
      return error(res, 403, 'AccessDenied', 'injected: not authorized to perform cloudwatch:DescribeAlarms');
    }
    if (operation === 'Invoke' && faults.invokeError?.includes(fn)) {
      res.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
      res.end(JSON.stringify({ errorMessage: 'injected failure', errorType: 'RuntimeError' }));
      return;
    }
    // GetFunction (the SDK's waiter) carries the configuration one level down.
    const latest =
      (operation === 'GetFunctionConfiguration' || operation === 'GetFunction') &&
      (qualifier === null || qualifier === '$LATEST');
    const configOf = (json: Record<string, unknown>) =>
      (operation === 'GetFunction' ? json['Configuration'] : json) as Record<string, unknown>;
    const stamp = (json: Record<string, unknown>) => (configOf(json)['RevisionId'] = revisionOf(functionRevisions, scoped));
    if (latest && busy) {
      pending.set(fn, (pending.get(fn) ?? 1) - 1);
      return forward(req, res, body, (json) => {
        stamp(json);
        configOf(json)['LastUpdateStatus'] = 'InProgress';
      });
    }
    if (latest && faults.failUpdate?.includes(fn) && updated.has(fn)) {
      return forward(req, res, body, (json) => {
        stamp(json);
        const config = configOf(json);
        config['LastUpdateStatus'] = 'Failed';
        config['LastUpdateStatusReasonCode'] = 'InvalidImage';
        config['LastUpdateStatusReason'] = 'injected: the package could not be unpacked';
      });
    }
    if (latest) return forward(req, res, body, stamp);
    if (operation === 'UpdateFunctionCode' || operation === 'UpdateFunctionConfiguration') {
      updated.add(fn);
      return forward(req, res, body, (json) => {
        keep(operation, fn, sent);
        functionRevisions.set(scoped, randomUUID());
        finishing.add(scoped);
        stamp(json);
        if (polls > 0) {
          json['LastUpdateStatus'] = 'InProgress';
          pending.set(fn, polls);
        }
      });
    }
    if (operation === 'PublishVersion' && faults.pendingVersionReads) {
      return forward(req, res, body, (json) => {
        pendingReads.set(`${fn}:${String(json['Version'])}`, faults.pendingVersionReads!);
        json['State'] = 'Pending';
      });
    }
    const pendingKey = `${fn}:${qualifier}`;
    if (operation === 'GetFunctionConfiguration' && (pendingReads.get(pendingKey) ?? 0) > 0) {
      pendingReads.set(pendingKey, pendingReads.get(pendingKey)! - 1);
      return forward(req, res, body, (json) => (json['State'] = 'Pending'));
    }
    if (['GetAlias', 'CreateAlias', 'UpdateAlias'].includes(operation)) {
      const alias = aliasIn(
        operation === 'CreateAlias' ? `${fn}:${(JSON.parse(body.toString()) as { Name: string }).Name}` : aliasKey(req.url ?? ''),
      );
      return forward(req, res, body, (json) => {
        if (operation !== 'GetAlias') aliasRevisions.set(alias, randomUUID());
        json['RevisionId'] = revisionOf(aliasRevisions, alias);
      });
    }
    if (operation === 'AddLayerVersionPermission') {
      // AWS refuses a statement id the version's policy already holds; moto adds a second statement under it.
      const sid = (JSON.parse(body.toString()) as { StatementId?: string }).StatementId;
      const held = await fetch(new URL(req.url ?? '/', upstream), {
        headers: { authorization: String(req.headers.authorization ?? '') },
      });
      const policy = held.ok
        ? (JSON.parse(((await held.json()) as { Policy: string }).Policy) as { Statement: { Sid?: string }[] })
        : undefined;
      if (policy?.Statement.some((statement) => statement.Sid === sid)) {
        return error(
          res,
          409,
          'ResourceConflictException',
          `The statement id (${sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`,
        );
      }
      return forward(req, res, body, (json) => {
        json['Statement'] = JSON.stringify(awsStatement(JSON.parse(String(json['Statement'])) as Record<string, unknown>));
      });
    }
    if (operation === 'GetLayerVersionPolicy') {
      return forward(req, res, body, (json) => {
        const policy = JSON.parse(String(json['Policy'])) as { Statement: Record<string, unknown>[] };
        json['Policy'] = JSON.stringify({ ...policy, Statement: policy.Statement.map(awsStatement) });
      });
    }
    if (operation === 'DeleteAlias') aliasRevisions.delete(aliasIn(aliasKey(req.url ?? '')));
    return forward(req, res, body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => error(res, 502, 'ProxyError', String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    log,
    puts,
    throttled: throttledCalls,
    hold: (rule) => {
      let arrive = () => {};
      let release = () => {};
      const reached = new Promise<void>((resolve) => (arrive = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      holds.push({ rule, seen: 0, arrive, gate });
      return { reached, release };
    },
    count: (operation, fn) =>
      [...calls.entries()]
        .filter(([key]) => key.split(' ')[0] === operation && (fn === undefined || key.split(' ')[1] === fn))
        .reduce((sum, [, n]) => sum + n, 0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
