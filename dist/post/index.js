import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  abortUpload,
  allOrThrow,
  errorMessage,
  escapeHtml,
  group,
  header,
  info,
  loadRecord,
  mapSettled,
  naming,
  placed,
  regionalClients,
  reportFailure,
  reportRolledBack,
  restoreLatest,
  rollBack,
  rollBackParameter,
  summary,
  warning,
  writeSummary
} from "../chunks/chunk-O77IGJI7.js";
import "../chunks/chunk-QKW4HB6J.js";
import "../chunks/chunk-E64AM5QI.js";
import "../chunks/chunk-SEP542XF.js";
import "../chunks/chunk-PZGV5MML.js";
import "../chunks/chunk-X3FA5H7Y.js";
import "../chunks/chunk-DYR74Z74.js";
import "../chunks/chunk-MZYSPR2S.js";
import "../chunks/chunk-5SAH4FJ2.js";
import "../chunks/chunk-OJSNEOHD.js";
import "../chunks/chunk-PY5VAGIZ.js";

// src/report/rollback.ts
function reportRollback(results, heading) {
  summary.addHeading(heading, 3).addTable([
    header("Function", "Alias", "Back to", "Outcome"),
    ...results.map(({ record, outcome }) => [
      placed(record.id, record.region),
      record.alias,
      record.previous ?? "(alias deleted)",
      outcome
    ])
  ]);
}
function reportLatest(id, outcome) {
  summary.addRaw(`<code>$LATEST</code> of <code>${escapeHtml(id)}</code>: ${outcome}`, true);
}
function reportParameterRollback(name, outcome, detail) {
  summary.addRaw(`SSM parameter <code>${escapeHtml(name)}</code>: ${outcome}${escapeHtml(detail)}`, true);
}

// src/post.ts
async function cleanUpHalfDone(clientsOf, record) {
  for (const upload of record.uploads) {
    const outcome = await abortUpload(clientsOf(upload.region).s3, upload);
    info(`Multipart upload to s3://${upload.bucket}/${upload.key}: ${outcome}`);
  }
  const results = await mapSettled(record.latest, record.maxParallel, async (entry) => {
    const outcome = await naming(
      entry.region,
      () => restoreLatest(clientsOf(entry.region).lambda, entry, record.waitTimeoutSeconds)
    );
    const id = placed(entry.id, entry.region);
    info(`$LATEST of ${id}: ${outcome}`);
    reportLatest(id, outcome);
  });
  allOrThrow(results, "Putting back the previous layers of $LATEST");
}
async function rollBackAliases(clientsOf, record) {
  const moved = record.aliases.filter((entry) => entry.published !== void 0);
  if (moved.length === 0 && record.parameters.length === 0) {
    info("The job failed or was cancelled, but this step published no function version: no alias to roll back.");
    return;
  }
  if (!record.rollbackOnFailure) {
    warning(
      `rollback-on-failure is false: the aliases of ${moved.map((entry) => placed(entry.id, entry.region)).join(", ")} are left as they are.`
    );
    return;
  }
  const rollback = await group(`Roll back ${moved.length} alias(es)`, async () => {
    const done = await rollBack((region) => clientsOf(region).lambda, moved, record.maxParallel);
    for (const { record: entry, outcome } of done.results) {
      const from = entry.routed === void 0 ? "" : ` (it sent ${Math.round(entry.routed * 100)} % to ${entry.published})`;
      const alias = placed(`${entry.id}:${entry.alias}`, entry.region);
      info(`${alias}: ${outcome}${outcome === "rolled back" ? ` to ${entry.previous}${from}` : ""}`);
    }
    return done;
  });
  if (rollback.rolledBack.length > 0) reportRolledBack(true);
  reportRollback(rollback.results, "Rolled back after the job failed or was cancelled");
  for (const parameter of record.parameters) {
    const { previous } = parameter;
    const name = placed(parameter.name, parameter.region);
    const outcome = await rollBackParameter(clientsOf(parameter.region).ssm, parameter);
    const detail = outcome === "rolled back" ? ` to ${previous}` : "";
    info(`SSM parameter ${name}: ${outcome}${detail}`);
    reportParameterRollback(name, outcome, detail);
  }
}
async function run() {
  try {
    const record = loadRecord();
    if (!record) {
      info("The job failed or was cancelled, but this step published no function version: there is nothing to roll back.");
      return;
    }
    const clientsIn = regionalClients();
    const clientsOf = (region) => clientsIn(region ?? record.region);
    let halfDone;
    try {
      await cleanUpHalfDone(clientsOf, record);
    } catch (error) {
      halfDone = errorMessage(error);
    }
    await rollBackAliases(clientsOf, record);
    if (halfDone !== void 0) throw new Error(halfDone);
  } catch (error) {
    reportFailure(`Rollback incomplete: ${errorMessage(error)}`);
  } finally {
    await writeSummary();
  }
}

// src/index-post.ts
await run();
