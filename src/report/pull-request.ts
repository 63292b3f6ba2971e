import * as core from '@actions/core';
import { layerNameOf } from '../aws/arns.js';
import { errorMessage } from '../common/errors.js';
import type { Deployed } from '../functions/deploy.js';
import type { FunctionPlan } from '../functions/plan.js';
import type { PullRequest } from '../inputs/github.js';
import type { PlannedLayer } from '../layers/plan.js';
import type { PublishedLayer } from '../layers/publish.js';
import type { LayerFinding } from '../verify/checks.js';
import { escapeHtml } from './summary.js';

// The step's comment on its pull request: the plan, and what the deploy did with it. It names layers, functions,
// versions and configuration keys, never a value: no environment variable, parameter or token reaches it.

/** What the comment says of the plan: the dry run, the deploy, or how it failed. */
export type Outcome =
  | { kind: 'dry-run' }
  | { kind: 'deployed'; published: Map<string, PublishedLayer>; deployed: Map<FunctionPlan, Deployed> }
  | { kind: 'failed'; rolledBack: boolean };

/** The plan as the comment shows it; a plan that failed before it was made has only its findings, if any. */
interface CommentPlan {
  layers: PlannedLayer[];
  functions: FunctionPlan[];
  findings: LayerFinding[];
}

// All of the comment's requests together, however many pages.
const COMMENT_TIMEOUT_MS = 60_000;

// Enough rows to review; the job summary has them all, and GitHub refuses a comment above 65,536 characters.
const SHOWN_ROWS = 100;

/** A table cell: markup and pipes in a file name or a message stay text. */
function cell(text: string): string {
  return escapeHtml(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function table(titles: string[], rows: string[][], more: string): string[] {
  const shown = rows.slice(0, SHOWN_ROWS).map((row) => `| ${row.join(' | ')} |`);
  const rest = rows.length > SHOWN_ROWS ? [`\n... and ${rows.length - SHOWN_ROWS} more ${more}: see the job summary.`] : [];
  return [`| ${titles.join(' | ')} |`, `|${titles.map(() => ' --- |').join('')}`, ...shown, ...rest, ''];
}

function published(outcome: Outcome): Map<string, PublishedLayer> {
  return outcome.kind === 'deployed' ? outcome.published : new Map<string, PublishedLayer>();
}

function layerRows(layers: PlannedLayer[], outcome: Outcome): string[][] {
  return layers.map((layer) => {
    const version = layer.version ?? published(outcome).get(layer.key)?.version;
    const what = !layer.build
      ? 'promoted'
      : layer.version
        ? 'reused (same content)'
        : outcome.kind === 'deployed'
          ? 'published'
          : outcome.kind === 'dry-run'
            ? 'would publish'
            : 'new content';
    const hash = layer.build ? `\`${layer.build.hash.slice(0, 16)}\`` : cell(layer.source ?? '-');
    return [cell(layer.key), what, version ? String(version.version) : '(new)', hash];
  });
}

/** Changes by key: the code, each listed layer whose version changes (`deps:3 → 4`), and the configuration's keys. */
function changes(plan: FunctionPlan, layers: Map<string, PlannedLayer>, outcome: Outcome): string {
  if (plan.unchanged) return '-';
  const moved = plan.attach.flatMap((key) => {
    const layer = layers.get(key);
    if (!layer) return [];
    const to = String((layer.version ?? published(outcome).get(key)?.version)?.version ?? 'new');
    const from = plan.layers
      .find((arn) => layerNameOf(arn) === layer.name)
      ?.split(':')
      .pop();
    if (from === to) return [];
    return [from === undefined ? `+${layer.name}:${to}` : `${layer.name}:${from} → ${to}`];
  });
  // The configuration by key, as the log and the summary give it: variable names, never their values.
  const keys = [
    ...(plan.code ? ['code'] : []),
    ...(moved.length > 0 ? [`layers ${moved.join(', ')}`] : []),
    ...plan.configuration.changes,
  ];
  // Neither: the alias's version is not $LATEST, which gets a version as it is.
  return keys.join('; ') || '$LATEST as it is';
}

function functionRows(plans: FunctionPlan[], layers: PlannedLayer[], outcome: Outcome): string[][] {
  const byKey = new Map(layers.map((layer) => [layer.key, layer]));
  return plans.map((plan) => {
    const from = plan.alias?.version ?? 'none';
    const done = outcome.kind === 'deployed' ? outcome.deployed.get(plan) : undefined;
    const to = plan.unchanged
      ? `stays on ${from}`
      : done
        ? `${from} → ${done.version}`
        : `${from} → new version${outcome.kind === 'failed' ? ' (planned)' : ''}`;
    return [cell(plan.fn.name), cell(changes(plan, byKey, outcome)), to];
  });
}

function heading(outcome: Outcome): string {
  if (outcome.kind === 'dry-run') return 'Lambda deploy plan (dry run: nothing was changed)';
  if (outcome.kind === 'deployed') return 'Lambda deploy: deployed';
  return outcome.rolledBack ? 'Lambda deploy: failed, the aliases it moved were rolled back' : 'Lambda deploy: failed';
}

/** The comment's Markdown, led by the step's hidden marker. */
function commentBody(pr: PullRequest, step: { alias: string; region: string }, plan: CommentPlan, outcome: Outcome): string {
  const lines = [
    pr.marker,
    `### ${heading(outcome)}`,
    '',
    `Alias \`${step.alias}\` in ${step.region}, [run](${pr.runUrl}) at ${pr.head}.`,
    '',
  ];
  if (outcome.kind === 'failed') lines.push('The run says why; its job summary has the details.', '');
  if (plan.layers.length > 0) {
    lines.push(...table(['Layer', 'Outcome', 'Version', 'Content hash'], layerRows(plan.layers, outcome), 'layers'));
  }
  if (plan.functions.length > 0) {
    const rows = functionRows(plan.functions, plan.layers, outcome);
    lines.push(...table(['Function', 'Changes', `Alias ${step.alias}`], rows, 'functions'));
  }
  if (plan.findings.length > 0) {
    const rows = plan.findings.map((finding) => [
      finding.layer,
      `\`${cell(finding.path)}\``,
      cell(finding.finding),
      cell(finding.expected),
    ]);
    lines.push(
      `**Content checks**: ${plan.findings.length} finding(s)`,
      '',
      ...table(['Layer', 'File', 'Finding', 'Expected'], rows, 'findings'),
    );
  }
  return lines.join('\n');
}

/** Creates the step's comment, or updates it in place: it is found by its marker, on whichever page it is. */
async function upsert(pr: PullRequest, body: string): Promise<string> {
  // Loaded only here: @actions/github and the undici it fetches with are most of what a comment costs to load.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(pr.token.reveal(), { baseUrl: pr.apiUrl });
  // Per request, merged with the client's own options (its proxy): a GitHub that does not answer ends as a warning.
  const where = { owner: pr.owner, repo: pr.repo, request: { signal: AbortSignal.timeout(COMMENT_TIMEOUT_MS) } };
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...where,
    issue_number: pr.number,
    per_page: 100,
  });
  for await (const page of pages) {
    const mine = page.data.find((comment) => comment.body?.includes(pr.marker));
    if (mine) {
      const { data } = await octokit.rest.issues.updateComment({ ...where, comment_id: mine.id, body });
      return `updated ${data.html_url}`;
    }
  }
  const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
  return `created ${data.html_url}`;
}

/** Why no comment was written, naming the permission or the status. */
function reason(pr: PullRequest, error: unknown): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
  const said = errorMessage(error);
  if (status === 403) {
    return `GitHub answered 403 (${said}): github-token needs pull-requests: write (permissions: pull-requests: write in the job; a pull request from a fork gets a read-only token)`;
  }
  if (status === 404) {
    return `GitHub answered 404 (${said}): pull request #${pr.number} of ${pr.owner}/${pr.repo} was not found (deleted?), or github-token cannot read it`;
  }
  if (status !== undefined && !Number.isNaN(status)) return `GitHub answered ${status} (${said})`;
  return `GitHub's API at ${pr.apiUrl} could not be reached (${said})`;
}

/**
 * Keeps the step's comment on its pull request; undefined `pr`: not a pull request event, or comments are off. A
 * comment that cannot be written is a warning: the deploy's result and outputs stay what they are.
 */
export async function reportPullRequest(
  pr: PullRequest | undefined,
  step: { alias: string; region: string },
  plan: CommentPlan,
  outcome: Outcome,
): Promise<void> {
  if (!pr) return;
  try {
    const done = await upsert(pr, commentBody(pr, step, plan, outcome));
    core.info(`Pull request #${pr.number}: comment ${done}`);
  } catch (error) {
    core.warning(`No pull request comment: ${reason(pr, error)}. The deploy is not affected.`);
  }
}
