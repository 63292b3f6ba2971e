import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';

// Loaded only when HTTP(S)_PROXY is set. Node 20 has no proxy support of its own, and Node 24's is off unless
// NODE_USE_ENV_PROXY is set: the SDK's requests reach a proxy through these agents, on either.

// As many sockets per host as the SDK's own agents open.
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };

/**
 * Chooses for each request, by its URL, as the toolkit chooses for GitHub's requests (@actions/http-client):
 * HTTPS_PROXY or HTTP_PROXY by the URL's scheme, either case; a loopback host, or one NO_PROXY lists (a name, a
 * domain suffix, host:port, or *), goes direct. Through a proxy, https is tunnelled (CONNECT) and http forwarded.
 */
class EnvProxyAgent extends Agent {
  readonly #direct: http.Agent;
  readonly #proxied = new Map<string, http.Agent>();

  constructor(secure: boolean) {
    super(AGENT_OPTIONS);
    this.protocol = secure ? 'https:' : 'http:';
    this.#direct = secure ? new https.Agent(AGENT_OPTIONS) : new http.Agent(AGENT_OPTIONS);
  }

  connect(req: http.ClientRequest, options: AgentConnectOpts): http.Agent {
    const scheme = options.secureEndpoint ? 'https:' : 'http:';
    const host = String(req.getHeader('host') ?? options.host);
    const proxy = getProxyUrl(new URL(`${scheme}//${host}`));
    if (!proxy) return this.#direct;
    const key = proxy.href;
    let agent = this.#proxied.get(key);
    if (!agent) {
      agent = options.secureEndpoint ? new HttpsProxyAgent(proxy, AGENT_OPTIONS) : new HttpProxyAgent(proxy, AGENT_OPTIONS);
      this.#proxied.set(key, agent);
    }
    return agent;
  }
}

const agents = { httpAgent: new EnvProxyAgent(false), httpsAgent: new EnvProxyAgent(true) };

/** The agents of every SDK client's request handler. */
export function proxyAgents(): { httpAgent: http.Agent; httpsAgent: http.Agent } {
  return agents;
}

/** A GET of a URL AWS gave (a layer's Location), through the same agents, as fetch answers it. */
export function getThroughProxy(url: string, init: { headers: Record<string, string>; signal: AbortSignal }): Promise<Response> {
  const secure = url.startsWith('https:');
  const get = secure ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: secure ? agents.httpsAgent : agents.httpAgent, ...init }, (response) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        for (const one of [value ?? []].flat()) headers.append(name, one);
      }
      const status = response.statusCode ?? 500;
      // fetch's Response takes no body with these statuses.
      const body = [204, 205, 304].includes(status) ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>);
      resolve(new Response(body, { status, headers }));
    });
    request.once('error', reject);
  });
}
