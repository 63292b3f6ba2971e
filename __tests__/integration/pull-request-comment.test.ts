import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB_TOKEN, actionRunner } from '../support/action.js';
import { startGithubApi, type GithubApi } from '../support/github-api.js';
import { proxyFactory, sharedMoto } from '../support/suite.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { machO } from '../support/elf.js';
import { alias, stack, tree, type Stack } from '../support/fixtures.js';

const { moto, endpoint, c } = sharedMoto();
const proxy = proxyFactory(moto);
const { run } = actionRunner(endpoint);

let github: GithubApi;
beforeEach(async () => {
  github = await startGithubApi();
});
afterEach(async () => {
  await github.close();
});

const PR = 7;
const MARKER = '<!-- lambda-layer-deploy step:';

function ours(pr = PR) {
  return github.comments(pr).filter((comment) => comment.body.includes(MARKER));
}

function writes(): string[] {
  return github.requests.filter((request) => !request.startsWith('GET'));
}

async function twoFunctions(): Promise<Stack> {
  return stack(c, { count: 2 });
}

describe('the comment on the pull request', () => {
  it('shows the plan of a dry run, then is updated in place with what the deploy did', async () => {
    const s = await twoFunctions();
    const env = github.pullRequestEnv(PR);
    const planned = await run({ ...s.inputs, 'dry-run': 'true' }, { env });
    expect(planned.code, planned.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const [first] = ours();
    expect(first!.body).toContain('Lambda deploy plan (dry run: nothing was changed)');
    expect(first!.body).toContain(`| ${s.layer} | would publish | (new) |`);
    expect(first!.body).toContain(`| ${s.functions[0]} | code; layers ${s.layer}:1 → new | 1 → new version |`);
    expect(first!.body).toContain('(https://github.com/octo/app/actions/runs/4242) at feedfac');
    expect(planned.stdout).toMatch(/Pull request #7: comment created/);

    const deployed = await run(s.inputs, { env });
    expect(deployed.code, deployed.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const [after] = ours();
    expect(after!.id).toBe(first!.id);
    expect(after!.body).toContain('Lambda deploy: deployed');
    expect(after!.body).toContain(`| ${s.layer} | published | 2 |`);
    expect(after!.body).toContain(`| ${s.functions[1]} | code; layers ${s.layer}:1 → 2 | 1 → 2 |`);
    expect(writes()).toEqual([
      expect.stringMatching(/^POST \/api\/v3\/repos\/octo\/app\/issues\/7\/comments$/),
      expect.stringMatching(/^PATCH \/api\/v3\/repos\/octo\/app\/issues\/comments\/\d+$/),
    ]);
    expect(deployed.stdout).toMatch(/Pull request #7: comment updated/);

    const again = await run(s.inputs, { env });
    expect(again.code, again.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain(`| ${s.functions[0]} | - | stays on 2 |`);
    expect(ours()[0]!.body).toContain(`| ${s.layer} | reused (same content) | 2 |`);
  });

  it('gives each function its configuration change by key, never an environment value', async () => {
    const s = await twoFunctions();
    const env = github.pullRequestEnv(PR);
    const secret = 'hunter2-not-for-the-pull-request';
    const inputs = { ...s.inputs, 'memory-size': '1024', environment: `DB_PASSWORD=${secret}` };
    const planned = await run({ ...inputs, 'dry-run': 'true' }, { env });
    expect(planned.code, planned.stdout).toBe(0);
    const [comment] = ours();
    expect(comment!.body).toMatch(
      new RegExp(`\\| ${s.functions[0]} \\| code; layers [^|]*; environment: \\+DB_PASSWORD; memory \\d+ -&gt; 1024 \\|`),
    );
    expect(comment!.body).not.toContain(secret);
  });

  it('finds its comment among those of others on every page', async () => {
    const s = await twoFunctions();
    github.seed(
      PR,
      Array.from({ length: 230 }, (_, i) => `review comment ${i}`),
    );
    const env = github.pullRequestEnv(PR);
    const first = await run({ ...s.inputs, 'dry-run': 'true' }, { env });
    expect(first.code, first.stdout).toBe(0);
    // Three pages read (100, 100, 30), then created as the 231st.
    expect(github.requests.filter((request) => request.startsWith('GET'))).toHaveLength(3);
    github.seed(
      PR,
      Array.from({ length: 30 }, (_, i) => `later comment ${i}`),
    );
    github.requests.length = 0;
    const second = await run({ ...s.inputs, 'dry-run': 'true' }, { env });
    expect(second.code, second.stdout).toBe(0);
    expect(github.requests.filter((request) => request.startsWith('GET'))).toHaveLength(3);
    expect(writes()).toEqual([expect.stringMatching(/^PATCH /)]);
    expect(ours()).toHaveLength(1);
    expect(github.comments(PR)).toHaveLength(261);
  });

  it('keeps one comment per step: two steps of one job, and two aliases of one step in a matrix', async () => {
    const s = await twoFunctions();
    const env = github.pullRequestEnv(PR);
    const inputs = { ...s.inputs, 'dry-run': 'true' };
    expect((await run(inputs, { env: { ...env, GITHUB_ACTION: 'lambda' } })).code).toBe(0);
    expect((await run(inputs, { env: { ...env, GITHUB_ACTION: 'lambda-eu' } })).code).toBe(0);
    expect((await run({ ...inputs, alias: 'canary' }, { env: { ...env, GITHUB_ACTION: 'lambda' } })).code).toBe(0);
    expect(ours()).toHaveLength(3);
    expect((await run(inputs, { env: { ...env, GITHUB_ACTION: 'lambda-eu' } })).code).toBe(0);
    expect(ours()).toHaveLength(3);
    expect(ours().filter((comment) => comment.body.includes('Alias `canary`'))).toHaveLength(1);
  });

  it('is written on pull_request_target as on pull_request, and never holds the token', async () => {
    const s = await twoFunctions();
    const main = await run({ ...s.inputs, 'dry-run': 'true' }, { env: github.pullRequestEnv(PR, 'pull_request_target') });
    expect(main.code, main.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).not.toContain(JOB_TOKEN);
    // ::add-mask:: is how the runner learns to mask it: the runner's log never shows that line.
    expect(main.stdout).toContain(`::add-mask::${JOB_TOKEN}`);
    expect(main.stdout.replace(`::add-mask::${JOB_TOKEN}`, '')).not.toContain(JOB_TOKEN);
  });

  it('is not written on a push event, nor with pull-request-comment: false', async () => {
    const s = await twoFunctions();
    const env = github.pullRequestEnv(PR);
    const push = await run({ ...s.inputs, 'dry-run': 'true' }, { env: { ...env, GITHUB_EVENT_NAME: 'push' } });
    expect(push.code, push.stdout).toBe(0);
    const off = await run({ ...s.inputs, 'dry-run': 'true', 'pull-request-comment': 'false' }, { env });
    expect(off.code, off.stdout).toBe(0);
    expect(github.requests).toEqual([]);
  });

  it('lists the content checks findings: of a plan with verify: warn, and of one they stopped', async () => {
    const s = await twoFunctions();
    const layer = tree({ 'python/ok.py': 'ok\n' });
    writeFileSync(path.join(layer, 'python/_speedups.so'), machO());
    const inputs = { ...s.inputs, 'layer-path': layer, 'compatible-runtimes': 'python3.12', 'dry-run': 'true' };
    const env = github.pullRequestEnv(PR);
    const warned = await run({ ...inputs, verify: 'warn' }, { env });
    expect(warned.code, warned.stdout).toBe(0);
    expect(ours()[0]!.body).toContain('Lambda deploy plan (dry run');
    expect(ours()[0]!.body).toMatch(/\*\*Content checks\*\*: \d+ finding\(s\)/);
    expect(ours()[0]!.body).toContain('`python/_speedups.so`');
    const stopped = await run(inputs, { env });
    expect(stopped.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('### Lambda deploy: failed');
    expect(ours()[0]!.body).toMatch(/\*\*Content checks\*\*: \d+ finding\(s\)/);
    expect(ours()[0]!.body).toContain('`python/_speedups.so`');
  });

  it('says the aliases were rolled back when a move failed', async () => {
    const s = await twoFunctions();
    const faulty = await proxy({ failUpdateAlias: [s.functions[1]!] });
    const main = await run(s.inputs, { endpoint: faulty.url, env: github.pullRequestEnv(PR) });
    expect(main.code).toBe(1);
    expect(main.outputs['rolled-back']).toBe('true');
    expect(ours()[0]!.body).toContain('### Lambda deploy: failed, the aliases it moved were rolled back');
  });
});

describe('a comment that cannot be written', () => {
  it.each([
    [
      'a token without pull-requests: write (403)',
      { status: 403, message: 'Resource not accessible by integration', writesOnly: true },
      /::warning::No pull request comment: GitHub answered 403 \(Resource not accessible by integration.*\): github-token needs pull-requests: write/,
    ],
    [
      'a deleted pull request (404)',
      { status: 404, message: 'Not Found' },
      /::warning::No pull request comment: GitHub answered 404 \(Not Found.*\): pull request #7 of octo\/app was not found/,
    ],
    ['an API error (502)', { status: 502, message: 'Bad Gateway' }, /::warning::No pull request comment: GitHub answered 502/],
  ])('is a warning for %s, and the deploy succeeds with its outputs', async (_, refusal, warning) => {
    const s = await twoFunctions();
    github.refuse(refusal);
    const main = await run(s.inputs, { env: github.pullRequestEnv(PR) });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toMatch(warning);
    expect(main.stdout).not.toContain('::error');
    expect(JSON.parse(main.outputs['function-versions']!)).toEqual(Object.fromEntries(s.functions.map((fn) => [fn, '2'])));
    expect(main.outputs['layer-published']).toBe('true');
    expect(main.outputs['rolled-back']).toBe('false');
    for (const fn of s.functions) expect((await alias(c, fn)).FunctionVersion).toBe('2');
    expect(ours()).toEqual([]);
  });
});
