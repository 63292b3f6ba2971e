import { context } from '@actions/github';

/** Which repository, commit and run made a change: written into version and alias descriptions. */
export function origin(): string {
  const repository = process.env['GITHUB_REPOSITORY'] ?? 'local';
  return `by ${repository}@${context.sha.slice(0, 7) || 'unknown'} run ${context.runId || 0}`;
}
