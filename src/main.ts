import * as core from '@actions/core';
import type { PackedZip } from './archive.js';
import { describeStates, readAlarms, requireQuiet } from './alarms.js';
import { createClients, type Clients } from './aws.js';
import { cleanup } from './cleanup.js';
import { Input, Output } from './constants.js';
import { deployFunction, planFunction, type DeployContext, type Deployed, type FunctionPlan } from './deploy.js';
import { errorMessage } from './errors.js';
import { planLayer, publishLayer, type LayerPlan, type LayerVersion } from './layer.js';
import { rollbackAliases } from './manual-rollback.js';
import { origin } from './origin.js';
import { packCode } from './package.js';
import { allOrThrow, mapSettled } from './parallel.js';
import { escapeHtml } from './html.js';
import { reportFunctions, reportLayer, type FunctionRow } from './report.js';
import { getSettings, type Settings } from './settings.js';
import { release } from './release.js';
import { ShiftError } from './shift.js';
import { writeParameter } from './ssm.js';
import { saveRecord, type AliasRecord, type DeployRecord } from './state.js';

async function planFunctions(settings: Settings, ctx: DeployContext, layer: LayerPlan | undefined): Promise<FunctionPlan[]> {
  // Functions that share a code path share one zip.
  const zips = new Map<string, Promise<PackedZip>>();
  const zipOf = (location: string): Promise<PackedZip> => {
    let zip = zips.get(location);
    if (!zip) {
      zip = packCode(Input.CodePath, location, settings.exclude);
      zips.set(location, zip);
    }
    return zip;
  };
  const layerRef = layer && { name: layer.layer.name, arn: layer.existing?.arn };
  const results = await mapSettled(settings.functions, settings.maxParallel, async (target) =>
    planFunction(ctx, target, layerRef, target.codePath === undefined ? undefined : await zipOf(target.codePath)),
  );
  return allOrThrow(results, 'Reading the functions');
}

function logPlan(layer: LayerPlan | undefined, functions: FunctionPlan[], alias: string, dryRun: boolean): void {
  if (layer) {
    core.info(
      layer.existing
        ? `Layer ${layer.layer.name}: version ${layer.existing.version} already holds content ${layer.hash}: reused`
        : `Layer ${layer.layer.name}: content ${layer.hash} is new: a version ${dryRun ? 'would' : 'will'} be published`,
    );
  }
  for (const plan of functions) {
    const from = plan.alias?.version ?? 'none (alias created)';
    const what = plan.unchanged
      ? 'unchanged'
      : [plan.code ? 'new code' : 'same code', layer ? `layer ${layer.layer.name}` : 'same layers'].join(', ');
    core.info(`${plan.target.name}: ${what}; ${alias}: ${plan.unchanged ? `stays on ${from}` : `${from} -> new version`}`);
  }
}

async function deploy(settings: Settings, clients: Clients): Promise<void> {
  const ctx: DeployContext = {
    lambda: clients.lambda,
    s3: clients.s3,
    alias: settings.alias,
    createAlias: settings.createAlias,
    s3Bucket: settings.s3,
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
  };
  const { layer, functions } = await core.group('Plan: hash, pack and read the functions', async () => {
    const layer = settings.layer
      ? await planLayer(clients.lambda, settings.layer, settings.exclude, settings.s3 !== undefined)
      : undefined;
    const functions = await planFunctions(settings, ctx, layer);
    logPlan(layer, functions, settings.alias, settings.dryRun);
    if (settings.alarms.length > 0 && functions.some((plan) => !plan.unchanged)) {
      // Checked now as well as before the first shift: a missing alarm or one in ALARM fails before any write.
      const states = settings.dryRun
        ? await readAlarms(clients.cloudwatch, settings.alarms)
        : await requireQuiet(clients.cloudwatch, settings.alarms, 'Nothing was deployed.');
      core.info(`Alarms: ${describeStates(states)}`);
      const firing = states.filter((alarm) => alarm.state === 'ALARM').map((alarm) => alarm.name);
      if (firing.length > 0) core.warning(`dry-run: ${firing.join(', ')} in ALARM: a deploy would stop here`);
    }
    return { layer, functions };
  });

  const changed = functions.filter((plan) => !plan.unchanged);
  const record: DeployRecord = {
    region: settings.region,
    rollbackOnFailure: settings.rollbackOnFailure,
    maxParallel: settings.maxParallel,
    aliases: changed.map((plan) => ({
      id: plan.target.id,
      alias: settings.alias,
      previous: plan.alias?.version ?? null,
      previousWeights: plan.alias?.weights ?? {},
      previousDescription: plan.alias?.description ?? '',
      revision: plan.alias?.revision,
    })),
  };

  if (settings.dryRun) {
    core.notice('dry-run: nothing was written to AWS; the plan is in the log and the job summary.');
    if (layer) reportLayer(layer, layer.existing, layer.existing ? 'reused (same content)' : 'would publish');
    const label = layer && `${layer.layer.name}:${layer.existing?.version ?? '(new)'}`;
    report(functions, new Map(), label, settings.alias, true);
    return;
  }
  // Before the first write, so the post step can undo whatever happens next.
  saveRecord(record);

  let layerVersion: LayerVersion | undefined = layer?.existing;
  if (layer) {
    if (!layerVersion) {
      const zip = layer.zip!;
      layerVersion = await core.group('Publish the layer', async () => {
        const published = await publishLayer(clients.lambda, clients.s3, layer.layer, settings.s3, zip, layer.hash);
        core.info(`Published ${published.arn}`);
        return published;
      });
    }
    reportLayer(layer, layerVersion, layer.existing ? 'reused (same content)' : 'published');
  }

  const deployed = new Map<FunctionPlan, Deployed>();
  const description = `Deployed ${origin()}`;
  if (changed.length > 0) {
    await core.group(`Deploy ${changed.length} function(s), ${settings.maxParallel} at a time`, async () => {
      const results = await mapSettled(changed, settings.maxParallel, async (plan) => {
        const done = await deployFunction(ctx, plan, layerVersion?.arn, description);
        core.info(`${plan.target.name}: version ${done.version} published (${done.seconds.toFixed(1)} s)`);
        deployed.set(plan, done);
        const entry = record.aliases.find((alias) => alias.id === plan.target.id) as AliasRecord;
        entry.target = done.version;
        saveRecord(record);
        return done;
      });
      try {
        allOrThrow(results, 'Deploying');
      } catch (error) {
        throw new Error(`${errorMessage(error)}\nNo alias was moved.`);
      }
    });
    const shape = settings.traffic.stages.length > 0 ? settings.traffic.name : 'all at once';
    await core.group(`Move alias ${settings.alias} of ${changed.length} function(s), all or nothing, ${shape}`, async () => {
      try {
        await release({
          lambda: clients.lambda,
          cloudwatch: clients.cloudwatch,
          settings,
          record,
          save: () => saveRecord(record),
          origin: origin(),
        });
      } catch (error) {
        if (error instanceof ShiftError) core.setOutput(Output.RolledBack, String(error.movedBack.length > 0));
        throw error;
      }
      for (const entry of record.aliases) core.info(`${entry.id}:${settings.alias} -> ${entry.target}`);
    });
  }
  core.setOutput(Output.RolledBack, 'false');
  report(functions, deployed, layer && `${layer.layer.name}:${layerVersion!.version}`, settings.alias, false);
  // Last, so other stacks never read a layer that this deploy then rolled back.
  if (settings.ssmParameter && layerVersion) {
    const outcome = await writeParameter(clients.ssm, settings.ssmParameter, layerVersion.arn);
    core.info(`SSM parameter ${settings.ssmParameter}: ${outcome}`);
    core.summary.addRaw(`SSM parameter <code>${settings.ssmParameter}</code>: ${outcome} (${layerVersion.arn})`, true);
  }
}

function report(
  functions: FunctionPlan[],
  deployed: Map<FunctionPlan, Deployed>,
  /** `name:version` of the layer every listed function carries afterwards. */
  layerLabel: string | undefined,
  alias: string,
  dryRun: boolean,
): void {
  if (functions.length === 0) return;
  const rows: FunctionRow[] = functions.map((plan) => {
    const done = deployed.get(plan);
    return {
      id: plan.target.id,
      alias,
      previous: plan.alias?.version ?? null,
      version: plan.unchanged ? plan.alias?.version : done?.version,
      layer: layerLabel ?? '-',
      codeChanged: plan.code !== undefined,
      outcome: plan.unchanged ? 'unchanged' : `${dryRun ? 'would ' : ''}${plan.alias ? 'move' : 'create'}${dryRun ? '' : 'd'}`,
      seconds: done?.seconds,
    };
  });
  reportFunctions(rows, `Functions (alias ${alias})`);
}

export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    core.debug(`Settings: ${JSON.stringify(settings)}`);
    const clients = createClients(settings.region);
    if (settings.mode === 'cleanup') await cleanup(settings, clients.lambda);
    else if (settings.mode === 'rollback') await rollbackAliases(settings, clients.lambda);
    else await deploy(settings, clients);
  } catch (error) {
    core.setFailed(errorMessage(error));
    core.summary.addHeading('Failed', 3).addCodeBlock(escapeHtml(errorMessage(error)));
  } finally {
    if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.write();
  }
}
