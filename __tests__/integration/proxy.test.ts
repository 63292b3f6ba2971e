import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { actionRunner } from '../support/action.js';
import { startGithubApi } from '../support/github-api.js';
import { startHttpProxy, type HttpProxy } from '../support/http-proxy.js';
import { alias, stack, unique } from '../support/fixtures.js';
import { sharedMoto } from '../support/suite.js';
import { startTlsFront } from '../support/tls.js';

const { endpoint, c } = sharedMoto();
const { run } = actionRunner(endpoint);

// Names only the test proxy resolves (to 127.0.0.1): a request that reached them went through it.
const AWS_HOST = 'aws.proxied.test';
const GITHUB_HOST = 'github.proxied.test';
const port = new URL(endpoint).port;

let proxy: HttpProxy;
afterEach(async () => {
  await proxy.close();
});

describe('a proxy set by HTTP_PROXY', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('carries every AWS call when set as %s, Lambda and S3 alike', async (variable) => {
    proxy = await startHttpProxy([AWS_HOST]);
    const s = await stack(c, { count: 2 });
    const bucket = unique('artifacts');
    await c.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const main = await run(
      { ...s.inputs, 's3-bucket': bucket },
      { endpoint: `http://${AWS_HOST}:${port}`, env: { [variable]: proxy.url } },
    );
    expect(main.code, main.stdout).toBe(0);
    for (const fn of s.functions) expect((await alias(c, fn)).FunctionVersion).toBe('2');
    // The layer's and the code's uploads to S3 as well as Lambda's calls.
    expect(proxy.seen.length).toBeGreaterThan(10);
    expect(new Set(proxy.seen)).toEqual(new Set([`${AWS_HOST}:${port}`]));
  });

  it('tunnels https calls (CONNECT) when set by HTTPS_PROXY, as to AWS, and sends those NO_PROXY lists direct', async () => {
    proxy = await startHttpProxy([AWS_HOST]);
    const front = await startTlsFront(endpoint, [AWS_HOST, '0.0.0.0']);
    try {
      const s = await stack(c, { count: 1 });
      const env = { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: front.caFile };
      const tunnelled = await run(s.inputs, { endpoint: front.url(AWS_HOST), env });
      expect(tunnelled.code, tunnelled.stdout).toBe(0);
      expect((await alias(c, s.functions[0]!)).FunctionVersion).toBe('2');
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(new Set(proxy.seen)).toEqual(new Set([new URL(front.url(AWS_HOST)).host]));
      const seen = proxy.seen.length;
      const direct = await run(s.inputs, { endpoint: front.url('0.0.0.0'), env: { ...env, NO_PROXY: '0.0.0.0' } });
      expect(direct.code, direct.stdout).toBe(0);
      expect(direct.summary).toContain('unchanged');
      expect(proxy.seen).toHaveLength(seen);
    } finally {
      await front.close();
    }
  });

  it('goes direct to a loopback endpoint and to one NO_PROXY lists (either case), through the proxy to others', async () => {
    proxy = await startHttpProxy([]);
    const s = await stack(c, { count: 1 });
    const inputs = { ...s.inputs, 'dry-run': 'true' };
    const env = { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url };
    // 0.0.0.0 is not loopback, yet reaches this machine's listeners (on Linux and macOS, where moto_server runs).
    const other = `http://0.0.0.0:${port}`;
    const loopback = await run(inputs, { env });
    expect(loopback.code, loopback.stdout).toBe(0);
    for (const variable of ['NO_PROXY', 'no_proxy']) {
      const listed = await run(inputs, { endpoint: other, env: { ...env, [variable]: 'example.com, 0.0.0.0' } });
      expect(listed.code, listed.stdout).toBe(0);
    }
    expect(proxy.seen).toEqual([]);
    const unlisted = await run(inputs, { endpoint: other, env: { ...env, NO_PROXY: 'example.com' } });
    expect(unlisted.code, unlisted.stdout).toBe(0);
    expect(new Set(proxy.seen)).toEqual(new Set([`0.0.0.0:${port}`]));
  });

  it("carries GitHub's requests for the pull request comment", async () => {
    proxy = await startHttpProxy([GITHUB_HOST]);
    const github = await startGithubApi();
    try {
      const s = await stack(c, { count: 1 });
      const env = github.pullRequestEnv(3);
      const apiUrl = env['GITHUB_API_URL']!.replace('127.0.0.1', GITHUB_HOST);
      const main = await run(
        { ...s.inputs, 'dry-run': 'true' },
        { env: { ...env, GITHUB_API_URL: apiUrl, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } },
      );
      expect(main.code, main.stdout).toBe(0);
      expect(main.stdout).toContain('Pull request #3: comment created');
      expect(github.comments(3)).toHaveLength(1);
      expect(proxy.seen.length).toBeGreaterThanOrEqual(2);
      expect(new Set(proxy.seen)).toEqual(new Set([new URL(apiUrl).host]));
    } finally {
      await github.close();
    }
  });
});
