import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { unzippedSizeAt } from '../../src/verify/sizes.js';
import { zipOf } from '../support/fixtures.js';
import { startHttpProxy } from '../support/http-proxy.js';

/** A server of one zip, answering ranged GETs as S3 does; `ranges` gets each Range asked. */
async function zipServer(zip: Buffer, ranges: string[]) {
  const server = createServer((req, res) => {
    const range = String(req.headers.range);
    ranges.push(range);
    const suffix = /^bytes=-(\d+)$/.exec(range);
    const span = /^bytes=(\d+)-(\d+)$/.exec(range);
    const start = suffix ? Math.max(0, zip.length - Number(suffix[1])) : Number(span![1]);
    const end = suffix ? zip.length - 1 : Number(span![2]);
    res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${zip.length}` });
    res.end(zip.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('unzippedSizeAt', () => {
  it("reads a zip's unzipped size from its central directory with ranged GETs", async () => {
    const zip = zipOf({ 'a.txt': 'a'.repeat(1000), 'b/c.txt': 'hello' });
    const ranges: string[] = [];
    const server = await zipServer(zip, ranges);
    const { port } = server.address() as { port: number };
    try {
      expect(await unzippedSizeAt(`http://127.0.0.1:${port}/layer.zip`)).toBe(1005);
      expect(ranges).toEqual(['bytes=-65536']);
    } finally {
      server.close();
    }
  });

  it('reads it through HTTP_PROXY, as the SDK calls go', async () => {
    const zip = zipOf({ 'a.txt': 'a'.repeat(1000) });
    const server = await zipServer(zip, []);
    const { port } = server.address() as { port: number };
    // A name only the proxy resolves: the read can only have gone through it.
    const proxy = await startHttpProxy(['layers.proxied.test']);
    process.env['HTTP_PROXY'] = proxy.url;
    try {
      expect(await unzippedSizeAt(`http://layers.proxied.test:${port}/layer.zip`)).toBe(1000);
      expect(proxy.seen).toEqual([`layers.proxied.test:${port}`]);
    } finally {
      delete process.env['HTTP_PROXY'];
      await proxy.close();
      server.close();
    }
  });
});
