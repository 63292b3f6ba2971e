import * as core from '@actions/core';
import { createClients } from './aws.js';
import { Output } from './constants.js';
import { errorMessage } from './errors.js';
import { escapeHtml, reportFailure, reportRollback, writeSummary } from './report.js';
import { rollBack } from './rollback.js';
import { rollBackParameter } from './ssm.js';
import { loadRecord } from './state.js';

/**
 * The failure hook: runs only when the job failed or was cancelled (post-if: failure() || cancelled()) and rolls back
 * every alias this run moved.
 */
export async function run(): Promise<void> {
  try {
    const record = loadRecord();
    const moved = record?.aliases.filter((entry) => entry.published !== undefined) ?? [];
    if (!record || (moved.length === 0 && record.parameters.length === 0)) {
      core.info('The job failed or was cancelled, but this step published no function version: there is nothing to roll back.');
      return;
    }
    if (!record.rollbackOnFailure) {
      core.warning(
        `rollback-on-failure is false: the aliases of ${moved.map((entry) => entry.id).join(', ')} are left as they are.`,
      );
      return;
    }
    const clients = createClients(record.region);
    const rollback = await core.group(`Roll back ${moved.length} alias(es)`, async () => {
      const done = await rollBack(clients.lambda, moved, record.maxParallel);
      for (const { record: entry, outcome } of done.results) {
        const from = entry.routed === undefined ? '' : ` (it sent ${Math.round(entry.routed * 100)} % to ${entry.published})`;
        core.info(`${entry.id}:${entry.alias}: ${outcome}${outcome === 'rolled back' ? ` to ${entry.previous}${from}` : ''}`);
      }
      return done;
    });
    // The main step has set rolled-back already; only a rollback done here changes what it says.
    if (rollback.rolledBack.length > 0) core.setOutput(Output.RolledBack, 'true');
    reportRollback(rollback.results, 'Rolled back after the job failed or was cancelled');
    // After the aliases, as the main step wrote it last: other stacks must not read a layer no alias runs.
    for (const parameter of record.parameters) {
      const { name, previous } = parameter;
      const outcome = await rollBackParameter(clients.ssm, parameter);
      const detail = outcome === 'rolled back' ? ` to ${previous}` : '';
      core.info(`SSM parameter ${name}: ${outcome}${detail}`);
      core.summary.addRaw(`SSM parameter <code>${escapeHtml(name)}</code>: ${outcome}${escapeHtml(detail)}`, true);
    }
  } catch (error) {
    reportFailure(`Rollback incomplete: ${errorMessage(error)}`);
  } finally {
    await writeSummary();
  }
}
