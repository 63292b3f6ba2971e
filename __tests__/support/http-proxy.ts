import { createServer, request } from 'node:http';
import { connect } from 'node:net';

export interface HttpProxy {
  /** http://127.0.0.1:PORT, what HTTP_PROXY and HTTPS_PROXY are set to. */
  url: string;
  /** The host:port of every request it carried: forwarded (an absolute URL) or tunnelled (CONNECT). */
  seen: string[];
  close(): Promise<void>;
}

/**
 * A forward proxy, as a corporate one: it forwards requests for an absolute http URL and tunnels CONNECT. It is the
 * only way to the names in `names`, which resolve nowhere else: it sends them to 127.0.0.1. A request that reached
 * such a name went through it.
 */
export async function startHttpProxy(names: string[]): Promise<HttpProxy> {
  const seen: string[] = [];
  const tunnels = new Set<{ destroy(): void }>();
  const resolve = (host: string) => (names.includes(host) ? '127.0.0.1' : host);
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    seen.push(target.host);
    const upstream = request(
      {
        host: resolve(target.hostname),
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.once('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    seen.push(req.url ?? '');
    tunnels.add(client);
    const upstream = connect(Number(port), resolve(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.once('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.once('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => {
      for (const tunnel of tunnels) tunnel.destroy();
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
