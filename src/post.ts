import * as core from '@actions/core';
import { createClients } from './aws.js';
import { Output } from './constants.js';
import { errorMessage } from './errors.js';
import { restoreAliases, undid } from './rollback.js';
import { escapeHtml } from './html.js';
import { loadRecord } from './state.js';

/**
 * The failure hook: runs only when the job failed or was cancelled (post-if: failure() || cancelled()) and puts back
 * every alias this run moved.
 */
export async function run(): Promise<void> {
  try {
    const record = loadRecord();
    const moved = record?.aliases.filter((entry) => entry.target !== undefined) ?? [];
    if (!record || moved.length === 0) {
      core.info('The job failed or was cancelled, but this step published no function version: there is nothing to roll back.');
      return;
    }
    if (!record.rollbackOnFailure) {
      core.warning(
        `rollback-on-failure is false: the aliases of ${moved.map((entry) => entry.id).join(', ')} are left as they are.`,
      );
      return;
    }
    const results = await core.group(`Roll back ${moved.length} alias(es)`, async () => {
      const restored = await restoreAliases(createClients(record.region).lambda, moved, record.maxParallel);
      for (const { record: entry, outcome } of restored) {
        const from = entry.routed === undefined ? '' : ` (it sent ${Math.round(entry.routed * 100)} % to ${entry.target})`;
        core.info(`${entry.id}:${entry.alias}: ${outcome}${outcome === 'moved back' ? ` to ${entry.previous}${from}` : ''}`);
      }
      return restored;
    });
    core.setOutput(Output.RolledBack, String(results.some(({ outcome }) => undid(outcome))));
    core.summary.addHeading('Rolled back after the job failed or was cancelled', 3).addTable([
      [
        { data: 'Function', header: true },
        { data: 'Alias', header: true },
        { data: 'Back to', header: true },
        { data: 'Outcome', header: true },
      ],
      ...results.map(({ record: entry, outcome }) => [entry.id, entry.alias, entry.previous ?? '(alias deleted)', outcome]),
    ]);
  } catch (error) {
    core.setOutput(Output.RolledBack, 'false');
    core.setFailed(`Rollback incomplete: ${errorMessage(error)}`);
    core.summary.addHeading('Rollback incomplete', 3).addCodeBlock(escapeHtml(errorMessage(error)));
  } finally {
    if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.write();
  }
}
