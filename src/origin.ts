import { context } from '@actions/github';

/**
 * Which repository, commit and run made a change: written into version and alias descriptions. Outside a runner
 * (a local trial) the context is empty, and the description says so rather than the step failing after its writes.
 */
export function origin(): string {
  const repository = process.env['GITHUB_REPOSITORY'] || 'local';
  const sha = (context.sha as string | undefined)?.slice(0, 7) || 'unknown';
  return `by ${repository}@${sha} run ${context.runId || 0}`;
}
