import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { errorMessage } from '../common/errors.js';
import { Input } from './names.js';
import { bool, text } from './read.js';

// The run's place on GitHub, read from the runner's environment: the pull request a step comments on, and the run.

/** A token: kept out of JSON.stringify (the settings go to the debug log) and masked in the log by the runner. */
class Secret {
  readonly #value: string;
  constructor(value: string) {
    if (value !== '') core.setSecret(value);
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return '***';
  }
}

/** The pull request this step keeps its comment on, and what the comment links to. */
export interface PullRequest {
  /** GITHUB_API_URL: https://api.github.com, or Enterprise Server's https://HOST/api/v3. */
  apiUrl: string;
  owner: string;
  repo: string;
  number: number;
  token: Secret;
  /**
   * Hidden in the comment, it tells this step's comment apart: the workflow, the job and the step (GITHUB_ACTION: the
   * step's id, or the action's name numbered by its place in the job), with the region and the alias, which tell
   * apart the legs of a matrix, whose jobs share one job id.
   */
  marker: string;
  /** The run's page, and the commit the pull request's head was at. */
  runUrl: string;
  head: string;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

function env(name: string): string {
  return process.env[name] ?? '';
}

function eventPayload(): { number?: unknown; pull_request?: { number?: unknown; head?: { sha?: unknown } } } {
  const file = env('GITHUB_EVENT_PATH');
  if (file === '') return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof eventPayload>;
  } catch (error) {
    core.warning(`The event file (GITHUB_EVENT_PATH) cannot be read: ${errorMessage(error)}`);
    return {};
  }
}

/** The step's identity in its comment: no part can close the HTML comment that hides it. */
function markerOf(parts: string[]): string {
  return `<!-- lambda-layer-deploy step: ${parts.map((part) => encodeURIComponent(part)).join(' ')} -->`;
}

/**
 * The pull request to comment on: only on a pull_request or pull_request_target event, with pull-request-comment
 * true; undefined otherwise. A token or event the runner did not give is warned about here, and the deploy goes on.
 */
export function readPullRequest(step: { region: string; alias: string }): PullRequest | undefined {
  const wanted = bool(Input.PullRequestComment, true);
  const token = new Secret(text(Input.GithubToken));
  if (!wanted || !PULL_REQUEST_EVENTS.includes(env('GITHUB_EVENT_NAME'))) return undefined;
  const event = eventPayload();
  const number = event.pull_request?.number ?? event.number;
  const [owner = '', repo = ''] = env('GITHUB_REPOSITORY').split('/');
  if (typeof number !== 'number' || owner === '' || repo === '') {
    core.warning('No pull request comment: the event (GITHUB_EVENT_PATH) or GITHUB_REPOSITORY names no pull request.');
    return undefined;
  }
  if (token.reveal() === '') {
    core.warning(`No pull request comment: ${Input.GithubToken} is empty (its default is the job's GITHUB_TOKEN).`);
    return undefined;
  }
  const server = env('GITHUB_SERVER_URL') || 'https://github.com';
  // The workflow's file (GITHUB_WORKFLOW_REF without its @ref): two workflows may share a name.
  const workflow = env('GITHUB_WORKFLOW_REF').replace(/@.*$/, '') || env('GITHUB_WORKFLOW');
  const head = event.pull_request?.head?.sha;
  return {
    apiUrl: (env('GITHUB_API_URL') || 'https://api.github.com').replace(/\/+$/, ''),
    owner,
    repo,
    number,
    token,
    marker: markerOf([workflow, env('GITHUB_JOB'), env('GITHUB_ACTION'), step.region, step.alias]),
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env('GITHUB_RUN_ID')}`,
    head: (typeof head === 'string' ? head : env('GITHUB_SHA')).slice(0, 7),
  };
}
