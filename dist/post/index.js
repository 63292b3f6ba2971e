import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Output,
  createClients,
  errorMessage,
  escapeHtml,
  group,
  info,
  loadRecord,
  reportFailure,
  reportRollback,
  rollBack,
  rollBackParameter,
  setOutput,
  summary,
  warning,
  writeSummary
} from "../chunks/chunk-DOMYJ2GM.js";
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

// src/post.ts
async function run() {
  try {
    const record = loadRecord();
    const moved = record?.aliases.filter((entry) => entry.published !== void 0) ?? [];
    if (!record || moved.length === 0 && record.parameters.length === 0) {
      info("The job failed or was cancelled, but this step published no function version: there is nothing to roll back.");
      return;
    }
    if (!record.rollbackOnFailure) {
      warning(
        `rollback-on-failure is false: the aliases of ${moved.map((entry) => entry.id).join(", ")} are left as they are.`
      );
      return;
    }
    const clients = createClients(record.region);
    const rollback = await group(`Roll back ${moved.length} alias(es)`, async () => {
      const done = await rollBack(clients.lambda, moved, record.maxParallel);
      for (const { record: entry, outcome } of done.results) {
        const from = entry.routed === void 0 ? "" : ` (it sent ${Math.round(entry.routed * 100)} % to ${entry.published})`;
        info(`${entry.id}:${entry.alias}: ${outcome}${outcome === "rolled back" ? ` to ${entry.previous}${from}` : ""}`);
      }
      return done;
    });
    if (rollback.rolledBack.length > 0) setOutput(Output.RolledBack, "true");
    reportRollback(rollback.results, "Rolled back after the job failed or was cancelled");
    for (const parameter of record.parameters) {
      const { name, previous } = parameter;
      const outcome = await rollBackParameter(clients.ssm, parameter);
      const detail = outcome === "rolled back" ? ` to ${previous}` : "";
      info(`SSM parameter ${name}: ${outcome}${detail}`);
      summary.addRaw(`SSM parameter <code>${escapeHtml(name)}</code>: ${outcome}${escapeHtml(detail)}`, true);
    }
  } catch (error) {
    reportFailure(`Rollback incomplete: ${errorMessage(error)}`);
  } finally {
    await writeSummary();
  }
}

// src/index-post.ts
await run();
