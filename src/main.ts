import * as core from '@actions/core';
import { AlarmError, describeStates, firing, readAlarms } from './alarms.js';
import { packCode, type PackedZip } from './archive.js';
import { createClients, type Clients } from './aws.js';
import { cleanup } from './cleanup.js';
import { Output } from './constants.js';
import { deployFunction, planFunction, type DeployContext, type Deployed, type FunctionPlan } from './deploy.js';
import { errorMessage } from './errors.js';
import { planLayer, publishLayer, type LayerPlan, type LayerVersion } from './layer.js';
import { allOrThrow, mapSettled } from './parallel.js';
import { release } from './release.js';
import { reportDeploy, reportFailure, reportLayer, writeSummary } from './report.js';
import { RollbackError } from './rollback.js';
import { rollbackMode } from './rollback-mode.js';
import { getSettings, type Settings } from './settings.js';
import { writeParameter } from './ssm.js';
import { aliasRecord, saveRecord, type DeployRecord } from './state.js';

interface DeployPlan {
  layer: LayerPlan | undefined;
  functions: FunctionPlan[];
  /** The functions that get a new version: the others already run this code and layer. */
  changed: FunctionPlan[];
  /** Alarms already in ALARM, not acted on until they have been OK (firing-alarms: ignore). */
  ignoredAlarms: Set<string>;
}

function deployContext(settings: Settings, clients: Clients): DeployContext {
  return {
    lambda: clients.lambda,
    s3: clients.s3,
    alias: settings.alias,
    createAlias: settings.createAlias,
    s3Location: settings.s3Location,
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    weighted: settings.traffic.stages.length > 0,
  };
}

async function planFunctions(settings: Settings, clients: Clients, layer: LayerPlan | undefined): Promise<FunctionPlan[]> {
  // Functions that share a code path share one zip.
  const zips = new Map<string, Promise<PackedZip>>();
  const zipOf = (code: { path: string; input: string }): Promise<PackedZip> => {
    let zip = zips.get(code.path);
    if (!zip) {
      zip = packCode(code.input, code.path, settings.exclude);
      zips.set(code.path, zip);
    }
    return zip;
  };
  const ctx = deployContext(settings, clients);
  const layerRef = layer && { name: layer.settings.name, arn: layer.existing?.arn };
  const results = await mapSettled(settings.functions, settings.maxParallel, async (fn) =>
    planFunction(ctx, fn, layerRef, fn.code === undefined ? undefined : await zipOf(fn.code)),
  );
  return allOrThrow(results, 'Reading the functions');
}

function logPlan({ layer, functions }: DeployPlan, settings: Settings): void {
  if (layer) {
    core.info(
      layer.existing
        ? `Layer ${layer.settings.name}: version ${layer.existing.version} already holds content ${layer.hash}: reused`
        : `Layer ${layer.settings.name}: content ${layer.hash} is new: a version ${settings.dryRun ? 'would' : 'will'} be published`,
    );
  }
  for (const plan of functions) {
    const from = plan.alias?.version ?? 'none (alias created)';
    const what = plan.unchanged
      ? 'unchanged'
      : [plan.code ? 'new code' : 'same code', layer ? `layer ${layer.settings.name}` : 'same layers'].join(', ');
    core.info(`${plan.fn.name}: ${what}; ${settings.alias}: ${plan.unchanged ? `stays on ${from}` : `${from} -> new version`}`);
  }
}

/** Reads everything and decides; writes nothing. Every bad input, missing alarm or firing alarm fails here. */
async function plan(settings: Settings, clients: Clients): Promise<DeployPlan> {
  return core.group('Plan: hash, pack and read the functions', async () => {
    const layer = settings.layer
      ? await planLayer(clients.lambda, settings.layer, settings.exclude, settings.s3Location)
      : undefined;
    const functions = await planFunctions(settings, clients, layer);
    const planned = { layer, functions, changed: functions.filter((fn) => !fn.unchanged), ignoredAlarms: new Set<string>() };
    logPlan(planned, settings);
    if (settings.alarms.length > 0 && planned.changed.length > 0) {
      // Checked now as well as before the first shift: a missing alarm or one in ALARM fails before any write.
      const states = await readAlarms(clients.cloudwatch, settings.alarms);
      core.info(`Alarms: ${describeStates(states)}`);
      const alarm = firing(states, planned.ignoredAlarms);
      const inAlarm = states.filter((state) => state.state === 'ALARM').map((state) => state.name);
      if (alarm && settings.firingAlarms === 'ignore') {
        inAlarm.forEach((name) => planned.ignoredAlarms.add(name));
        core.warning(
          `${inAlarm.join(', ')} in ALARM as the deploy starts: not acted on until back to OK, then an ALARM rolls back (firing-alarms: ignore)`,
        );
      } else if (alarm && settings.dryRun) {
        core.warning(`dry-run: ${inAlarm.join(', ')} in ALARM: a deploy would stop here (or set firing-alarms: ignore)`);
      } else if (alarm) {
        throw new Error(
          `${new AlarmError(alarm).message}\nNothing was deployed.\nTo deploy a fix while it fires, set firing-alarms: ignore.`,
        );
      }
    }
    return planned;
  });
}

async function publish(settings: Settings, clients: Clients, layer: LayerPlan | undefined): Promise<LayerVersion | undefined> {
  if (!layer) return undefined;
  if (layer.existing) {
    reportLayer(layer, layer.existing, 'reused (same content)');
    return layer.existing;
  }
  const zip = layer.zip!;
  const published = await core.group('Publish the layer', async () => {
    const version = await publishLayer(clients.lambda, clients.s3, layer.settings, settings.s3Location, zip, layer.hash);
    core.info(`Published ${version.arn}`);
    return version;
  });
  reportLayer(layer, published, 'published');
  return published;
}

/** One new version per changed function, or none moves: a failure here stops before any alias. */
async function deployFunctions(
  settings: Settings,
  clients: Clients,
  changed: FunctionPlan[],
  layer: LayerVersion | undefined,
  record: DeployRecord,
): Promise<Map<FunctionPlan, Deployed>> {
  const deployed = new Map<FunctionPlan, Deployed>();
  if (changed.length === 0) return deployed;
  const ctx = deployContext(settings, clients);
  await core.group(`Deploy ${changed.length} function(s), ${settings.maxParallel} at a time`, async () => {
    const results = await mapSettled(changed, settings.maxParallel, async (fn) => {
      const done = await deployFunction(ctx, fn, layer?.arn, `Deployed ${settings.origin}`);
      core.info(`${fn.fn.name}: version ${done.version} published (${done.seconds.toFixed(1)} s)`);
      deployed.set(fn, done);
      record.aliases.find((entry) => entry.id === fn.fn.id)!.published = done.version;
      saveRecord(record);
    });
    try {
      allOrThrow(results, 'Deploying');
    } catch (error) {
      throw new Error(`${errorMessage(error)}\nNo alias was moved.`);
    }
  });
  return deployed;
}

async function moveAliases(
  settings: Settings,
  clients: Clients,
  record: DeployRecord,
  ignoredAlarms: Set<string>,
): Promise<void> {
  if (record.aliases.length === 0) return;
  const shape = settings.traffic.stages.length > 0 ? settings.traffic.name : 'all at once';
  const title = `Move alias ${settings.alias} of ${record.aliases.length} function(s), all or nothing, ${shape}`;
  await core.group(title, async () => {
    await release({
      lambda: clients.lambda,
      cloudwatch: clients.cloudwatch,
      settings,
      record,
      save: () => saveRecord(record),
      origin: settings.origin,
      ignoredAlarms,
    });
    for (const entry of record.aliases) core.info(`${entry.id}:${settings.alias} -> ${entry.published}`);
  });
}

/** Last, so other stacks never read a layer that this deploy then rolled back. */
async function writeLayerParameter(settings: Settings, clients: Clients, layer: LayerVersion | undefined, record: DeployRecord) {
  if (!settings.ssmParameter || !layer) return;
  const { outcome, written } = await writeParameter(clients.ssm, settings.ssmParameter, layer.arn);
  if (written) {
    record.parameter = written;
    saveRecord(record);
  }
  core.info(`SSM parameter ${settings.ssmParameter}: ${outcome}`);
  core.summary.addRaw(`SSM parameter <code>${settings.ssmParameter}</code>: ${outcome} (${layer.arn})`, true);
}

/** mode: deploy. Settings -> plan -> publish, deploy, move aliases, write the parameter -> report. */
async function deploy(settings: Settings, clients: Clients): Promise<void> {
  const planned = await plan(settings, clients);
  const { layer, functions, changed } = planned;
  if (settings.dryRun) {
    core.notice('dry-run: nothing was written to AWS; the plan is in the log and the job summary.');
    if (layer) reportLayer(layer, layer.existing, layer.existing ? 'reused (same content)' : 'would publish');
    reportDeploy(
      functions,
      new Map(),
      layer && `${layer.settings.name}:${layer.existing?.version ?? '(new)'}`,
      settings.alias,
      true,
    );
    return;
  }
  const record: DeployRecord = {
    region: settings.region,
    rollbackOnFailure: settings.rollbackOnFailure,
    maxParallel: settings.maxParallel,
    aliases: changed.map((fn) => aliasRecord(fn.fn.id, settings.alias, fn.alias)),
  };
  // Before the first write, so the post step can roll back whatever happens next.
  saveRecord(record);
  const layerVersion = await publish(settings, clients, layer);
  const deployed = await deployFunctions(settings, clients, changed, layerVersion, record);
  await moveAliases(settings, clients, record, planned.ignoredAlarms);
  reportDeploy(functions, deployed, layer && `${layer.settings.name}:${layerVersion!.version}`, settings.alias, false);
  await writeLayerParameter(settings, clients, layerVersion, record);
}

export async function run(): Promise<void> {
  let rolledBack = false;
  try {
    const settings = getSettings();
    core.debug(`Settings: ${JSON.stringify(settings)}`);
    const clients = createClients(settings.region);
    if (settings.mode === 'cleanup') await cleanup(settings, clients.lambda);
    else if (settings.mode === 'rollback') rolledBack = await rollbackMode(settings, clients.lambda);
    else await deploy(settings, clients);
  } catch (error) {
    if (error instanceof RollbackError) rolledBack = (error.rollback?.rolledBack.length ?? 0) > 0;
    reportFailure(error);
  } finally {
    // Exactly once, whatever happened: workflows branch on it.
    core.setOutput(Output.RolledBack, String(rolledBack));
    await writeSummary();
  }
}
