import * as core from '@actions/core';
import { AlarmError, describeStates, firing, readAlarms } from './traffic/alarms.js';
import { packCode, type PackedZip } from './pack/zip.js';
import { callerAccount, createClients, type Clients } from './aws/clients.js';
import { cleanup } from './modes/cleanup.js';
import { Input, Output } from './inputs/names.js';
import { deployFunction, type Deployed } from './functions/deploy.js';
import { planFunction, type DeployContext, type FunctionPlan } from './functions/plan.js';
import { errorMessage, InputError } from './common/errors.js';
import { layersFor, planLayers, publishLayer, type PlannedLayer } from './layers/plan.js';
import { allOrThrow, mapSettled } from './common/parallel.js';
import { release } from './traffic/release.js';
import { verifyContent } from './modes/deploy-verify.js';
import { reportDeploy, reportFailure, reportLayers, reportSmokeTest, reportTraffic, writeSummary } from './report/report.js';
import { RollbackError } from './rollback/rollback.js';
import { rollbackMode } from './modes/rollback.js';
import { getSettings, type Settings } from './inputs/settings.js';
import { writeParameter } from './aws/ssm.js';
import { aliasRecord } from './functions/alias.js';
import { recordList, saveRecord, type DeployRecord } from './rollback/record.js';

interface DeployPlan {
  layers: PlannedLayer[];
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
    layersInput: settings.layersInput,
    weighted: settings.traffic.stages.length > 0,
  };
}

async function planFunctions(settings: Settings, clients: Clients, layers: PlannedLayer[]): Promise<FunctionPlan[]> {
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
  const results = await mapSettled(settings.functions, settings.maxParallel, async (fn) =>
    planFunction(
      ctx,
      fn,
      (architecture) => layersFor(fn, architecture, layers),
      fn.code === undefined ? undefined : await zipOf(fn.code),
    ),
  );
  return allOrThrow(results, 'Reading the functions');
}

function logPlan({ layers, functions }: DeployPlan, settings: Settings): void {
  for (const layer of layers) {
    const { build, version } = layer;
    if (!build)
      core.info(
        `Layer ${layer.key}: ${version!.arn} promoted${layer.source?.startsWith('ssm:') ? ` (from ${layer.source})` : ''}`,
      );
    else if (version) core.info(`Layer ${layer.key}: version ${version.version} already holds content ${build.hash}: reused`);
    else
      core.info(`Layer ${layer.key}: content ${build.hash} is new: a version ${settings.dryRun ? 'would' : 'will'} be published`);
  }
  for (const plan of functions) {
    const from = plan.alias?.version ?? 'none (alias created)';
    const what = plan.unchanged
      ? 'unchanged'
      : [plan.code ? 'new code' : 'same code', plan.attach.length > 0 ? `layers ${plan.attach.join(', ')}` : 'same layers'].join(
          ', ',
        );
    core.info(`${plan.fn.name}: ${what}; ${settings.alias}: ${plan.unchanged ? `stays on ${from}` : `${from} -> new version`}`);
  }
}

/** Functions and the layer this step publishes, when given by ARN, must be in the account of the credentials. */
async function checkAccounts(settings: Settings, clients: Clients): Promise<void> {
  const byArn = [
    ...settings.functions.map((fn) => ({ ...fn, input: Input.Functions })),
    ...settings.layers.flatMap((layer) => (layer.kind === 'built' ? [{ ...layer, input: Input.LayerName }] : [])),
  ].filter((given) => given.account !== undefined);
  if (byArn.length === 0) return;
  const account = await callerAccount(clients.sts);
  const other = byArn.find((given) => given.account !== account);
  if (other) {
    throw new InputError(
      other.input,
      `"${other.id}" is in account ${other.account}, not in ${account} whose credentials this step runs with`,
    );
  }
}

/** Reads everything and decides; writes nothing. Every bad input, missing alarm or firing alarm fails here. */
async function plan(settings: Settings, clients: Clients): Promise<DeployPlan> {
  return core.group('Plan: hash, pack and read the functions', async () => {
    await checkAccounts(settings, clients);
    const layers = await planLayers(clients.lambda, clients.ssm, settings);
    const functions = await planFunctions(settings, clients, layers);
    const planned = { layers, functions, changed: functions.filter((fn) => !fn.unchanged), ignoredAlarms: new Set<string>() };
    logPlan(planned, settings);
    if (settings.verify !== 'off') await verifyContent(settings, clients, layers, functions);
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

/** Publishes every built layer no retained version holds; the others were resolved in the plan. */
async function publish(settings: Settings, clients: Clients, layers: PlannedLayer[], record: DeployRecord): Promise<void> {
  const missing = layers.filter((layer) => layer.version === undefined);
  if (missing.length === 0) return;
  const uploads = recordList(record, record.uploads);
  await core.group(`Publish ${missing.length} layer(s)`, async () => {
    const results = await mapSettled(missing, settings.maxParallel, async (layer) => {
      const build = layer.build!;
      const published = await publishLayer(clients.lambda, clients.s3, settings.s3Location, build, uploads);
      layer.version = published.version;
      // For the summary: through S3 the zip is packed only now.
      build.zip = published.zip;
      core.info(`Published ${layer.version.arn}`);
    });
    allOrThrow(results, 'Publishing the layers');
  });
}

/** One new version per changed function, or none moves: a failure here stops before any alias. */
async function deployFunctions(
  settings: Settings,
  clients: Clients,
  changed: FunctionPlan[],
  layers: PlannedLayer[],
  record: DeployRecord,
): Promise<Map<FunctionPlan, Deployed>> {
  const deployed = new Map<FunctionPlan, Deployed>();
  if (changed.length === 0) return deployed;
  const ctx = deployContext(settings, clients);
  const latest = recordList(record, record.latest);
  await core.group(`Deploy ${changed.length} function(s), ${settings.maxParallel} at a time`, async () => {
    const results = await mapSettled(changed, settings.maxParallel, async (fn) => {
      const arns = fn.attach.map((key) => layers.find((layer) => layer.key === key)!.version!.arn);
      const done = await deployFunction(ctx, fn, arns, `Deployed ${settings.origin}`, latest);
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
      report: { smokeTest: reportSmokeTest, traffic: reportTraffic },
    });
    for (const entry of record.aliases) core.info(`${entry.id}:${settings.alias} -> ${entry.published}`);
  });
}

/** Last, so other stacks never read a layer that this deploy then rolled back. */
async function writeLayerParameters(clients: Clients, layers: PlannedLayer[], record: DeployRecord): Promise<void> {
  for (const layer of layers) {
    if (!layer.parameter) continue;
    const { outcome, written } = await writeParameter(clients.ssm, layer.parameter, layer.version!.arn);
    if (written) {
      record.parameters.push(written);
      saveRecord(record);
    }
    core.info(`SSM parameter ${layer.parameter}: ${outcome}`);
    core.summary.addRaw(`SSM parameter <code>${layer.parameter}</code>: ${outcome} (${layer.version!.arn})`, true);
  }
}

/** mode: deploy. Settings -> plan -> publish, deploy, move aliases, write the parameter -> report. */
async function deploy(settings: Settings, clients: Clients): Promise<void> {
  const planned = await plan(settings, clients);
  const { layers, functions, changed } = planned;
  if (settings.dryRun) {
    core.notice('dry-run: nothing was written to AWS; the plan is in the log and the job summary.');
    reportLayers(layers, true);
    reportDeploy(functions, new Map(), layers, settings.alias, true);
    return;
  }
  const record: DeployRecord = {
    region: settings.region,
    rollbackOnFailure: settings.rollbackOnFailure,
    maxParallel: settings.maxParallel,
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    aliases: changed.map((fn) => aliasRecord(fn.fn.id, settings.alias, fn.alias)),
    parameters: [],
    uploads: [],
    latest: [],
  };
  // Before the first write, so the post step can roll back whatever happens next.
  saveRecord(record);
  await publish(settings, clients, layers, record);
  reportLayers(layers, false);
  const deployed = await deployFunctions(settings, clients, changed, layers, record);
  await moveAliases(settings, clients, record, planned.ignoredAlarms);
  reportDeploy(functions, deployed, layers, settings.alias, false);
  await writeLayerParameters(clients, layers, record);
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
