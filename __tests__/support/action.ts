import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** What the runner gives `${{ github.token }}`: the job's token, which the GitHub stand-in accepts. */
export const JOB_TOKEN = 'ghs_jobToken0123456789abcdefABCDEF';

/** A default as the runner evaluates it: `${{ github.token }}` is the job's token; other expressions are not used. */
function evaluated(value: string): string {
  const result = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, JOB_TOKEN);
  if (result.includes('${{')) throw new Error(`action.yml has a default runAction does not evaluate: ${value}`);
  return result;
}

export interface Run {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file: `name<<DELIMITER` blocks, as @actions/core writes them. */
function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
    values[name] = value.join('\n');
  }
  return values;
}

export interface RunOptions {
  endpoint: string;
  workspace: string;
  /** STATE_* values for the post step, as the runner passes the main step's saved state. */
  state?: Record<string, string>;
  /** Extra environment; undefined removes a variable the runner would set. */
  env?: Record<string, string | undefined>;
  /** When it settles, the step gets SIGINT, as the runner sends when a job is cancelled. */
  cancel?: Promise<unknown>;
  /**
   * Run as this uid (and gid) when the tests run as root, to meet permission errors that root never meets; as any
   * other user, run as that user, who meets them already.
   */
  user?: number;
}

/**
 * The built action, copied where another user can read it: the clone may sit in a directory only its owner can enter
 * (a home directory of mode 700 or 750).
 */
function distFor(user: number | undefined): string {
  if (user === undefined) return path.join(root, 'dist');
  const copy = mkdtempSync(path.join(os.tmpdir(), 'dist-'));
  chmodSync(copy, 0o755);
  cpSync(path.join(root, 'dist'), copy, { recursive: true });
  return copy;
}

/** Runs dist/<entry>/index.js as the Actions runner does: INPUT_* with action.yml's defaults, file commands. */
export function runAction(entry: 'main' | 'post', inputs: Record<string, string>, options: RunOptions): Promise<Run> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-'));
  const files = { output: path.join(dir, 'output'), state: path.join(dir, 'state'), summary: path.join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  // Another user must be able to write the runner's files (umask leaves them 644).
  if (options.user !== undefined) for (const made of [dir, ...Object.values(files)]) chmodSync(made, 0o777);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // GITHUB_*: the runner sets its own; a test run on a pull request must not comment on it.
    if (value !== undefined && !/^(INPUT|STATE|AWS|GITHUB)_/.test(key)) env[key] = value;
  }
  for (const [name, spec] of Object.entries(action.inputs)) {
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? evaluated(spec.default ?? '');
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in action.inputs)) throw new Error(`test uses input ${name}, which action.yml does not declare`);
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  Object.assign(env, {
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: 'abcdef0123456789abcdef0123456789abcdef01',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: dir,
    AWS_ENDPOINT_URL: options.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
  });
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const asUser = process.getuid?.() === 0 ? options.user : undefined;
  const dist = distFor(asUser);
  return new Promise((resolve, reject) => {
    const user = asUser === undefined ? {} : { uid: asUser, gid: asUser };
    const child = spawn(process.execPath, [path.join(dist, entry, 'index.js')], { env, cwd: options.workspace, ...user });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    options.cancel?.then(
      () => child.kill('SIGINT'),
      () => undefined,
    );
    child.once('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout,
        outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
        state: parseFileCommands(readFileSync(files.state, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
      }),
    );
  });
}

/** runAction's options, each optional, and `who`: whom a step runs as. */
type StepOptions = Partial<RunOptions> & { who?: string };

/**
 * How a test runs the action: `run` is the main step, `runPost` the post step after a main run, with the state that
 * run saved. Both go to `endpoint` from os.tmpdir() unless an option says otherwise. `who` gives a run its own access
 * key, which the proxy can hold requests by, and its own run id, which the descriptions it writes carry.
 */
export function actionRunner(endpoint: string) {
  const step = (entry: 'main' | 'post', inputs: Record<string, string>, { who, ...options }: StepOptions) => {
    const as = who === undefined ? {} : { AWS_ACCESS_KEY_ID: who, GITHUB_RUN_ID: who };
    return runAction(entry, inputs, { endpoint, workspace: os.tmpdir(), ...options, env: { ...as, ...options.env } });
  };
  return {
    run: (inputs: Record<string, string>, options: StepOptions = {}): Promise<Run> => step('main', inputs, options),
    runPost: (main: Run, inputs: Record<string, string> = {}, options: StepOptions = {}): Promise<Run> =>
      step('post', inputs, { ...options, state: main.state }),
  };
}
