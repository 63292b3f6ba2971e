import * as core from '@actions/core';
import { GetAliasCommand, GetFunctionConfigurationCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { DESCRIPTION_LIMIT, Input, Output } from './constants.js';
import { awsCall, InputError, isNamed } from './errors.js';
import { origin } from './origin.js';
import { allOrThrow, mapSettled } from './parallel.js';
import { reportFunctions } from './report.js';
import type { Settings } from './settings.js';
import { recordedPrevious, shiftAliases, ShiftError } from './shift.js';
import type { AliasRecord } from './state.js';

/** Where one alias goes back to: `to-version`, or the version its description says it had before the last deploy. */
async function planRollback(lambda: LambdaClient, settings: Settings, id: string): Promise<AliasRecord> {
  const alias = await awsCall('GetAlias', `${id}:${settings.alias}`, () =>
    lambda.send(new GetAliasCommand({ FunctionName: id, Name: settings.alias })).catch((error: unknown) => {
      if (isNamed(error, 'ResourceNotFoundException')) {
        throw new InputError(Input.Functions, `"${id}" has no alias "${settings.alias}" to roll back`);
      }
      throw error;
    }),
  );
  const target = settings.toVersion ?? recordedPrevious(alias.Description);
  if (target === undefined) {
    throw new InputError(
      Input.ToVersion,
      `"${id}:${settings.alias}" carries no record of its previous version (no "previous=N" in its description): set to-version`,
    );
  }
  await awsCall('GetFunctionConfiguration', `${id}:${target}`, () =>
    lambda.send(new GetFunctionConfigurationCommand({ FunctionName: id, Qualifier: target })).catch((error: unknown) => {
      if (isNamed(error, 'ResourceNotFoundException')) {
        throw new InputError(Input.ToVersion, `"${id}" has no version ${target} (deleted by a cleanup?)`);
      }
      throw error;
    }),
  );
  return {
    id,
    alias: settings.alias,
    previous: alias.FunctionVersion ?? '$LATEST',
    previousWeights: alias.RoutingConfig?.AdditionalVersionWeights ?? {},
    previousDescription: alias.Description ?? '',
    target,
    revision: alias.RevisionId,
  };
}

/** mode: rollback. Every listed alias goes back, or none does; nothing moves unless every target is known. */
export async function rollbackAliases(settings: Settings, lambda: LambdaClient): Promise<void> {
  const records = await core.group('Read the aliases', async () => {
    const planned = allOrThrow(
      await mapSettled(settings.functions, settings.maxParallel, (target) => planRollback(lambda, settings, target.id)),
      'Planning the rollback',
    );
    for (const record of planned) core.info(`${record.id}:${record.alias}: ${record.previous} -> ${record.target}`);
    return planned;
  });
  const moving = records.filter((record) => record.previous !== record.target || Object.keys(record.previousWeights).length > 0);
  if (settings.dryRun) {
    core.notice('dry-run: no alias was moved.');
  } else if (moving.length > 0) {
    await core.group(`Move ${moving.length} alias(es) back, all or nothing`, async () => {
      try {
        // No previous= in the description: a second rollback must not return to the version just rolled away from.
        const describe = (previous: string | null, by: string) =>
          `rolled back from ${previous} ${by}`.slice(0, DESCRIPTION_LIMIT);
        await shiftAliases(lambda, moving, 1, origin(), settings.maxParallel, describe);
      } catch (error) {
        if (error instanceof ShiftError) core.setOutput(Output.RolledBack, 'false');
        throw error;
      }
    });
  }
  core.setOutput(Output.RolledBack, String(!settings.dryRun && moving.length > 0));
  reportFunctions(
    records.map((record) => ({
      id: record.id,
      alias: record.alias,
      previous: record.previous,
      version: record.target,
      layer: '-',
      codeChanged: false,
      outcome: !moving.includes(record) ? 'already there' : settings.dryRun ? 'would move back' : 'moved back',
      seconds: undefined,
    })),
    `Rollback of alias ${settings.alias}${settings.dryRun ? ' (dry run)' : ''}`,
  );
}
