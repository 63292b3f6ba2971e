import * as core from '@actions/core';
import { errorMessage } from '../common/errors.js';
import { Output } from '../inputs/names.js';

// The job summary and the outputs are written from this room only: every table and every output below report/.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * The job summary is HTML: error text, a function's own error payload or an alarm's reason must not become markup
 * there.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c);
}

type Cell = string | { data: string; header: true };
export const header = (...titles: string[]): Cell[] => titles.map((data) => ({ data, header: true }));

/** The one place a step's error becomes its failure: the log's ::error and the summary. */
export function reportFailure(error: unknown): void {
  const message = errorMessage(error);
  core.setFailed(message);
  core.summary.addHeading('Failed', 3).addCodeBlock(escapeHtml(message));
}

/** rolled-back: set by the main step exactly once, whatever happened; the post step sets it again only to true. */
export function reportRolledBack(rolledBack: boolean): void {
  core.setOutput(Output.RolledBack, String(rolledBack));
}

/** Outside a runner (a local trial) there is no summary file to write. */
export async function writeSummary(): Promise<void> {
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.write();
}
