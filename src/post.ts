import * as core from '@actions/core';
import type { Clients } from './aws/clients.js';
import { naming, placed, regionalClients } from './aws/regions.js';
import { errorMessage } from './common/errors.js';
import { allOrThrow, mapSettled } from './common/parallel.js';
import { reportLatest, reportParameterRollback, reportRollback } from './report/rollback.js';
import { reportFailure, reportRolledBack, writeSummary } from './report/summary.js';
import { restoreLatest } from './functions/latest.js';
import { rollBack } from './rollback/rollback.js';
import { rollBackParameter } from './aws/ssm.js';
import { loadRecord, type DeployRecord } from './rollback/record.js';
import { abortUpload } from './pack/upload.js';

/** The clients of an entry's region: unset, the record's. */
type ClientsOf = (region: string | undefined) => Clients;

/**
 * Aborts the multipart uploads a cancelled job left open, and puts back the previous layers of every $LATEST left on
 * its previous code with this run's layers. Whatever rollback-on-failure says: an open upload is billed for nothing,
 * and that $LATEST runs a mix nobody deployed.
 */
async function cleanUpHalfDone(clientsOf: ClientsOf, record: DeployRecord): Promise<void> {
  for (const upload of record.uploads) {
    const outcome = await abortUpload(clientsOf(upload.region).s3, upload);
    core.info(`Multipart upload to s3://${upload.bucket}/${upload.key}: ${outcome}`);
  }
  const results = await mapSettled(record.latest, record.maxParallel, async (entry) => {
    const outcome = await naming(entry.region, () =>
      restoreLatest(clientsOf(entry.region).lambda, entry, record.waitTimeoutSeconds),
    );
    const id = placed(entry.id, entry.region);
    core.info(`$LATEST of ${id}: ${outcome}`);
    reportLatest(id, outcome);
  });
  allOrThrow(results, 'Putting back the previous layers of $LATEST');
}

async function rollBackAliases(clientsOf: ClientsOf, record: DeployRecord): Promise<void> {
  const moved = record.aliases.filter((entry) => entry.published !== undefined);
  if (moved.length === 0 && record.parameters.length === 0) {
    core.info('The job failed or was cancelled, but this step published no function version: no alias to roll back.');
    return;
  }
  if (!record.rollbackOnFailure) {
    core.warning(
      `rollback-on-failure is false: the aliases of ${moved.map((entry) => placed(entry.id, entry.region)).join(', ')} are left as they are.`,
    );
    return;
  }
  const rollback = await core.group(`Roll back ${moved.length} alias(es)`, async () => {
    const done = await rollBack((region) => clientsOf(region).lambda, moved, record.maxParallel);
    for (const { record: entry, outcome } of done.results) {
      const from = entry.routed === undefined ? '' : ` (it sent ${Math.round(entry.routed * 100)} % to ${entry.published})`;
      const alias = placed(`${entry.id}:${entry.alias}`, entry.region);
      core.info(`${alias}: ${outcome}${outcome === 'rolled back' ? ` to ${entry.previous}${from}` : ''}`);
    }
    return done;
  });
  // The main step has set rolled-back already; only a rollback done here changes what it says.
  if (rollback.rolledBack.length > 0) reportRolledBack(true);
  reportRollback(rollback.results, 'Rolled back after the job failed or was cancelled');
  // After the aliases, as the main step wrote it last: other stacks must not read a layer no alias runs.
  for (const parameter of record.parameters) {
    const { previous } = parameter;
    const name = placed(parameter.name, parameter.region);
    const outcome = await rollBackParameter(clientsOf(parameter.region).ssm, parameter);
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
    const clientsIn = regionalClients();
    const clientsOf: ClientsOf = (region) => clientsIn(region ?? record.region);
    // The aliases are rolled back even when $LATEST could not be put back: that failure is reported after them.
    let halfDone: string | undefined;
    try {
      await cleanUpHalfDone(clientsOf, record);
    } catch (error) {
      halfDone = errorMessage(error);
    }
    await rollBackAliases(clientsOf, record);
    if (halfDone !== undefined) throw new Error(halfDone);
  } catch (error) {
    reportFailure(`Rollback incomplete: ${errorMessage(error)}`);
  } finally {
    await writeSummary();
  }
}
