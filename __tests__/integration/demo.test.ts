import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { summaryText } from '../../demo/summary.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm run demo', () => {
  it('publishes, reuses, rolls back, dry-runs and cleans up, then leaves nothing running or behind', async () => {
    const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/vite-node'), ['demo/run.ts'], {
      cwd: root,
      timeout: 60_000,
    });
    expect(stdout).toMatch(/first deploy: layer greeting-deps published as version 1; orders-api:live 1 -> 2/);
    expect(stdout).toContain('second deploy: layer greeting-deps version 1 reused, functions unchanged');
    expect(stdout).toMatch(
      /after the failed job: rolled back orders-api:live 3 -> 2, billing-worker:live 3 -> 2 \(rolled-back = true\)/,
    );
    expect(stdout).toContain('dry-run: the plan was reported, nothing written');
    expect(stdout).toContain('- cleanup: ');
    expect(stdout).not.toMatch(/<\/?[a-z][a-z0-9]*[^>]*>/i);

    const url = /moto_server at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
    const scratch = /scratch folder (\S+)/.exec(stdout)?.[1];
    expect(url).toBeDefined();
    expect(scratch).toBeDefined();
    await expect(fetch(`${url}/moto-api/`)).rejects.toThrow();
    expect(existsSync(scratch!)).toBe(false);
  });
});

describe('npm run demo without moto_server', () => {
  it('says how to install it, and fails', async () => {
    const demo = promisify(execFile)(path.join(root, 'node_modules/.bin/vite-node'), ['demo/run.ts'], {
      cwd: root,
      timeout: 60_000,
      // Only Node on the PATH: no moto_server to find.
      env: { ...process.env, PATH: path.dirname(process.execPath) },
    });
    const failure = (await demo.catch((error: unknown) => error)) as { code: number; stderr: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('cannot start moto_server');
    expect(failure.stderr).toContain('pip install "moto[server]"');
  });
});

describe('summaryText', () => {
  it('renders headings, aligned tables, code blocks and entities as text', () => {
    const html =
      '<h3>Layer deps</h3>\n<table><tr><th>Version</th><th>Outcome</th></tr><tr><td>12</td><td>reused (same content)</td></tr></table>\n' +
      '<h3>Failed</h3>\n<pre lang=""><code>a &lt;b&gt; &amp; c</code></pre>\nSSM parameter <code>/x</code>: created<br>';
    expect(summaryText(html)).toBe(
      [
        'Layer deps',
        '==========',
        '',
        'Version  Outcome',
        '-------  ---------------------',
        '12       reused (same content)',
        '',
        'Failed',
        '======',
        '',
        '    a <b> & c',
        '',
        'SSM parameter /x: created',
      ].join('\n'),
    );
  });
});
