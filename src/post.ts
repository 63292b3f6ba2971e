import * as core from '@actions/core';
import { createClients, type Clients } from './aws/clients.js';
import { errorMessage } from './common/errors.js';
import { allOrThrow, mapSettled } from './common/parallel.js';
import { reportLatest, reportParameterRollback, reportRollback } from './report/rollback.js';
import { reportFailure, reportRolledBack, writeSummary } from './report/summary.js';
import { restoreLatest } from './functions/latest.js';
import { rollBack } from './rollback/rollback.js';
import { rollBackParameter } from './aws/ssm.js';
import { loadRecord, type DeployRecord } from './rollback/record.js';
import { abortUpload } from './pack/upload.js';

/**
 * Aborts the multipart uploads a cancelled job left open, and puts back the previous layers of every $LATEST left on
 * its previous code with this run's layers. Whatever rollback-on-failure says: an open upload is billed for nothing,
 * and that $LATEST runs a mix nobody deployed.
 */
async function cleanUpHalfDone(clients: Clients, record: DeployRecord): Promise<void> {
  for (const upload of record.uploads) {
    const outcome = await abortUpload(clients.s3, upload);
    core.info(`Multipart upload to s3://${upload.bucket}/${upload.key}: ${outcome}`);
  }
  const results = await mapSettled(record.latest, record.maxParallel, async (entry) => {
    const outcome = await restoreLatest(clients.lambda, entry, record.waitTimeoutSeconds);
    core.info(`$LATEST of ${entry.id}: ${outcome}`);
    reportLatest(entry.id, outcome);
  });
  allOrThrow(results, 'Putting back the previous layers of $LATEST');
}

async function rollBackAliases(clients: Clients, record: DeployRecord): Promise<void> {
  const moved = record.aliases.filter((entry) => entry.published !== undefined);
  if (moved.length === 0 && record.parameters.length === 0) {
    core.info('The job failed or was cancelled, but this step published no function version: no alias to roll back.');
    return;
  }
  if (!record.rollbackOnFailure) {
    core.warning(
      `rollback-on-failure is false: the aliases of ${moved.map((entry) => entry.id).join(', ')} are left as they are.`,
    );
    return;
  }
  const rollback = await core.group(`Roll back ${moved.length} alias(es)`, async () => {
    const done = await rollBack(clients.lambda, moved, record.maxParallel);
    for (const { record: entry, outcome } of done.results) {
      const from = entry.routed === undefined ? '' : ` (it sent ${Math.round(entry.routed * 100)} % to ${entry.published})`;
      core.info(`${entry.id}:${entry.alias}: ${outcome}${outcome === 'rolled back' ? ` to ${entry.previous}${from}` : ''}`);
    }
    return done;
  });
  // The main step has set rolled-back already; only a rollback done here changes what it says.
  if (rollback.rolledBack.length > 0) reportRolledBack(true);
  reportRollback(rollback.results, 'Rolled back after the job failed or was cancelled');
  // After the aliases, as the main step wrote it last: other stacks must not read a layer no alias runs.
  for (const parameter of record.parameters) {
    const { name, previous } = parameter;
    const outcome = await rollBackParameter(clients.ssm, parameter);
    const detail = outcome === 'rolled back' ? ` to ${previous}` : '';
    core.info(`SSM parameter ${name}: ${outcome}${detail}`);
    reportParameterRollback(name, outcome, detail);
  }
}

/**
 * The failure hook: runs only when the job failed or was cancelled (post-if: failure() || cancelled()). It
 * undoes what a failed or cancelled step left half done, and rolls back every alias this run moved.
 */
export async function run(): Promise<void> {
  try {
    const record = loadRecord();
    if (!record) {
      core.info('The job failed or was cancelled, but this step published no function version: there is nothing to roll back.');
      return;
    }
    const clients = createClients(record.region);
    // The aliases are rolled back even when $LATEST could not be put back: that failure is reported after them.
    let halfDone: string | undefined;
    try {
      await cleanUpHalfDone(clients, record);
    } catch (error) {
      halfDone = errorMessage(error);
    }
    await rollBackAliases(clients, record);
    if (halfDone !== undefined) throw new Error(halfDone);
  } catch (error) {
    reportFailure(`Rollback incomplete: ${errorMessage(error)}`);
  } finally {
    await writeSummary();
  }
}
