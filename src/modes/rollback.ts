import * as core from '@actions/core';
import { GetFunctionConfigurationCommand, paginateListVersionsByFunction, type LambdaClient } from '@aws-sdk/client-lambda';
import { listAll, PAGE } from '../aws/pages.js';
import { naming, placed, type ClientsIn } from '../aws/regions.js';
import { functionsIn } from '../inputs/functions.js';
import { DESCRIPTION_LIMIT } from '../aws/limits.js';
import { Input } from '../inputs/names.js';
import { awsCall, unlessMissing } from '../aws/call.js';
import { errorMessage, InputError } from '../common/errors.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';
import { reportFunctions } from '../report/deploy.js';
import { failAndRollBack } from '../rollback/rollback.js';
import type { Settings } from '../inputs/settings.js';
import { readAlias, recordedPrevious, shiftAliases, aliasRecord, type AliasRecord } from '../functions/alias.js';

/**
 * A version below the newest one that is missing was deleted; one above it may never have been published (Lambda
 * does not say whether newer ones were published and deleted since).
 */
async function whyMissing(lambda: LambdaClient, id: string, version: number): Promise<string> {
  const versions = await awsCall('ListVersionsByFunction', id, () =>
    listAll(paginateListVersionsByFunction({ client: lambda, ...PAGE }, { FunctionName: id }), (page) => page.Versions),
  );
  const newest = Math.max(0, ...versions.map((listed) => Number(listed.Version)).filter(Number.isInteger));
  if (newest === 0) return 'it has no published version';
  return version > newest ? `its newest published version is ${newest}` : `it was deleted (the newest is ${newest})`;
}

/** Where one alias goes back to: `to-version`, or the version its description says it had before the last deploy. */
async function planAlias(lambda: LambdaClient, settings: Settings, id: string, tag: string | undefined): Promise<AliasRecord> {
  const alias = await readAlias(lambda, id, settings.alias);
  if (!alias) throw new InputError(Input.Functions, `"${id}" has no alias "${settings.alias}" to roll back`);
  const back = settings.toVersion ?? recordedPrevious(alias.description);
  if (back === undefined) {
    throw new InputError(
      Input.ToVersion,
      `"${id}:${settings.alias}" carries no record of its previous version (no "previous=N" in its description): set to-version`,
    );
  }
  const found = await awsCall('GetFunctionConfiguration', `${id}:${back}`, () =>
    unlessMissing(
      lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id, Qualifier: back })),
      'ResourceNotFoundException',
    ),
  );
  if (!found) {
    const given = settings.toVersion === undefined ? `recorded in the alias as previous=${back}` : 'given as to-version';
    throw new InputError(
      settings.toVersion === undefined ? Input.Functions : Input.ToVersion,
      `"${id}" has no version ${back} (${given}): ${await whyMissing(lambda, id, Number(back))}; set to-version to a version that exists`,
    );
  }
  // Moving to `back` is this mode's "deploy": the record keeps where the alias is now, so a failed move is rolled back.
  return { ...aliasRecord(id, settings.alias, alias, tag), published: back };
}

// No previous= in the description: a second rollback must not return to the version just rolled away from.
const describe = (previous: string | null, by: string) => `rolled back from ${previous} ${by}`.slice(0, DESCRIPTION_LIMIT);

/**
 * mode: rollback. Every listed alias goes back, in every listed region, or none does; nothing moves unless every version
 * is known. Returns whether any moved.
 */
export async function rollbackMode(settings: Settings, clientsIn: ClientsIn): Promise<boolean> {
  const tagOf = (region: string) => (settings.regions.length > 1 ? region : undefined);
  const aliases = settings.regions.flatMap((region) => functionsIn(settings.functions, region).map((fn) => ({ region, fn })));
  const records = await core.group('Read the aliases', async () => {
    const planned = allOrThrow(
      await mapSettled(aliases, settings.maxParallel, ({ region, fn }) =>
        naming(tagOf(region), () => planAlias(clientsIn(region).lambda, settings, fn.id, tagOf(region))),
      ),
      'Planning the rollback',
    );
    for (const record of planned) {
      core.info(`${placed(`${record.id}:${record.alias}`, record.region)}: ${record.previous} -> ${record.published}`);
    }
    return planned;
  });
  const moving = records.filter(
    (record) => record.previous !== record.published || Object.keys(record.previousWeights).length > 0,
  );
  const lambda = (region: string | undefined) => clientsIn(region ?? settings.region).lambda;
  if (settings.dryRun) {
    core.notice('dry-run: no alias was moved.');
  } else if (moving.length > 0) {
    await core.group(`Roll back ${moving.length} alias(es), all or nothing`, async () => {
      try {
        await shiftAliases(lambda, moving, 1, settings.origin, settings.maxParallel, { describe });
      } catch (error) {
        // Rolling back this mode's own moves leaves the aliases where they were: not a rollback for rolled-back.
        throw new Error((await failAndRollBack(lambda, moving, settings.maxParallel, errorMessage(error))).message);
      }
    });
  }
  reportFunctions(
    settings.regions.map((region) => ({
      region,
      rows: records
        .filter((record) => record.region === tagOf(region))
        .map((record) => ({
          id: record.id,
          alias: record.alias,
          previous: record.previous,
          version: record.published,
          layers: '-',
          code: 'unchanged',
          outcome: !moving.includes(record) ? 'already there' : settings.dryRun ? 'would roll back' : 'rolled back',
          seconds: undefined,
        })),
    })),
    `Rollback of alias ${settings.alias}${settings.dryRun ? ' (dry run)' : ''}`,
  );
  return !settings.dryRun && moving.length > 0;
}
