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
}

const ROUTES: [RegExp, string, string][] = [
  [/^\/2015-03-31\/functions\/([^/]+)\/configuration$/, 'GET', 'GetFunctionConfiguration'],
  [/^\/2015-03-31\/functions\/([^/]+)\/configuration$/, 'PUT', 'UpdateFunctionConfiguration'],
  [/^\/2015-03-31\/functions\/([^/]+)\/code$/, 'PUT', 'UpdateFunctionCode'],
  [/^\/2015-03-31\/functions\/([^/]+)\/versions$/, 'POST', 'PublishVersion'],
  [/^\/2015-03-31\/functions\/([^/]+)\/versions$/, 'GET', 'ListVersionsByFunction'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'GET', 'GetAlias'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases\/[^/]+$/, 'PUT', 'UpdateAlias'],
  [/^\/2015-03-31\/functions\/([^/]+)\/aliases$/, 'POST', 'CreateAlias'],
  [/^\/2015-03-31\/functions\/([^/]+)\/invocations$/, 'POST', 'Invoke'],
  [/^\/2015-03-31\/functions\/([^/]+)$/, 'GET', 'GetFunction'],
  [/^\/2018-10-31\/layers\/([^/]+)\/versions$/, 'POST', 'PublishLayerVersion'],
  [/^\/2018-10-31\/layers\/([^/]+)\/versions$/, 'GET', 'ListLayerVersions'],
];

function route(
  method: string,
  url: string,
  amzTarget: string | undefined,
): { operation: string; target: string; qualifier: string | null } {
  const parsed = new URL(url, 'http://proxy');
  // JSON 1.0 services (CloudWatch) name the operation in a header: X-Amz-Target: GraniteServiceVersion20100801.DescribeAlarms
  if (amzTarget) return { operation: amzTarget.split('.').pop() ?? amzTarget, target: '', qualifier: null };
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

export interface FaultProxy {
  url: string;
  /** Requests seen, as "Operation target" -> count. */
  calls: Map<string, number>;
  /** Every request in order: "Operation function", with ":qualifier" when one was named. */
  log: string[];
  count(operation: string, target?: string): number;
  close(): Promise<void>;
}

/** A loopback HTTP proxy in front of moto_server that injects the faults moto never produces. */
export async function startProxy(upstream: string, faults: Faults = {}): Promise<FaultProxy> {
  const polls = faults.inProgressPolls ?? 0;
  const pending = new Map<string, number>((faults.busyAtStart ?? []).map((fn) => [fn, polls]));
  const throttled = new Set<string>();
  const conflicted = new Set<string>();
  const updated = new Set<string>();
  const calls = new Map<string, number>();
  const log: string[] = [];
  const aliasUpdates = new Map<string, number>();
  const target = new URL(upstream);

  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    edit?: (json: Record<string, unknown>) => void,
  ): Promise<void> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: target.host };
      const upstreamReq = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (up) => {
          const chunks: Buffer[] = [];
          up.on('data', (chunk: Buffer) => chunks.push(chunk));
          up.on('end', () => {
            let payload = Buffer.concat(chunks);
            if (edit && (up.statusCode ?? 500) < 300 && payload.length > 0) {
              const json = JSON.parse(payload.toString()) as Record<string, unknown>;
              edit(json);
              payload = Buffer.from(JSON.stringify(json));
            }
            const out = { ...up.headers, 'content-length': String(payload.length) };
            delete out['transfer-encoding'];
            res.writeHead(up.statusCode ?? 500, out);
            res.end(payload);
            resolve();
          });
        },
      );
      upstreamReq.on('error', reject);
      upstreamReq.end(body);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const amzTarget = req.headers['x-amz-target'];
    const { operation, target: fn, qualifier } = route(req.method ?? 'GET', req.url ?? '/', amzTarget?.toString());
    const key = `${operation} ${fn}`.trim();
    calls.set(key, (calls.get(key) ?? 0) + 1);
    log.push(`${key}${qualifier === null ? '' : `:${qualifier}`}`);
    const busy = (pending.get(fn) ?? 0) > 0;

    if (faults.throttleOnce?.includes(operation) && !throttled.has(key)) {
      throttled.add(key);
      return error(res, 429, 'TooManyRequestsException', 'Rate exceeded');
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
    if (latest && busy) {
      pending.set(fn, (pending.get(fn) ?? 1) - 1);
      return forward(req, res, body, (json) => (configOf(json)['LastUpdateStatus'] = 'InProgress'));
    }
    if (latest && faults.failUpdate?.includes(fn) && updated.has(fn)) {
      return forward(req, res, body, (json) => {
        const config = configOf(json);
        config['LastUpdateStatus'] = 'Failed';
        config['LastUpdateStatusReasonCode'] = 'InvalidImage';
        config['LastUpdateStatusReason'] = 'injected: the package could not be unpacked';
      });
    }
    if (operation === 'UpdateFunctionCode' || operation === 'UpdateFunctionConfiguration') updated.add(fn);
    if ((operation === 'UpdateFunctionCode' || operation === 'UpdateFunctionConfiguration') && polls > 0) {
      return forward(req, res, body, (json) => {
        json['LastUpdateStatus'] = 'InProgress';
        pending.set(fn, polls);
      });
    }
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
