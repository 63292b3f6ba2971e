import * as core from '@actions/core';
import type { Clients } from '../aws/clients.js';
import { writeParameter } from '../aws/ssm.js';
import { errorMessage } from '../common/errors.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';
import { aliasRecord } from '../functions/alias.js';
import { deployFunction, type Deployed } from '../functions/deploy.js';
import type { FunctionPlan } from '../functions/plan.js';
import type { Settings } from '../inputs/settings.js';
import { grantLayerVersion, type GrantOutcome } from '../layers/grants.js';
import type { PlannedLayer } from '../layers/plan.js';
import { publishLayer, type PublishedLayer } from '../layers/publish.js';
import type { LayerVersion } from '../layers/versions.js';
import { reportChecksums } from '../report/checksums.js';
import { reportDeploy, reportLayers, reportParameter, reportSmokeTest, reportTraffic } from '../report/deploy.js';
import { reportPullRequest, type Outcome } from '../report/pull-request.js';
import { reportGrants } from '../report/grants.js';
import { recordList, recordPublished, saveRecord, type DeployRecord } from '../rollback/record.js';
import { rolledBackBy } from '../rollback/rollback.js';
import { release } from '../traffic/release.js';
import { deployContext, plan, type DeployPlan } from './deploy-plan.js';
import { FindingsError } from './deploy-verify.js';

// mode: deploy. Settings -> plan -> publish the layers and grant layer-permissions on them, give each function its
// new version, move the aliases all or nothing, write the SSM parameters -> report. Each step returns what it did; the
// plan is never written into.

/** Step 2: publishes every built layer no retained version holds; the others were resolved in the plan. */
async function publish(
  settings: Settings,
  clients: Clients,
  layers: PlannedLayer[],
  record: DeployRecord,
): Promise<Map<string, PublishedLayer>> {
  const missing = layers.flatMap((layer) => (layer.build && !layer.version ? [{ key: layer.key, build: layer.build }] : []));
  if (missing.length === 0) return new Map();
  const uploads = recordList(record, record.uploads);
  return core.group(`Publish ${missing.length} layer(s)`, async () => {
    const results = await mapSettled(missing, settings.maxParallel, async ({ key, build }) => {
      const published = await publishLayer(clients.lambda, clients.s3, settings.s3Location, build, uploads);
      core.info(`Published ${published.version.arn}`);
      return [key, published] as const;
    });
    return new Map(allOrThrow(results, 'Publishing the layers'));
  });
}

/** The version each listed layer attaches: reused or promoted in the plan, or published by this run. */
function attachedVersions(layers: PlannedLayer[], published: Map<string, PublishedLayer>): Map<string, LayerVersion> {
  return new Map(
    layers.flatMap((layer) => {
      const version = layer.version ?? published.get(layer.key)?.version;
      return version ? [[layer.key, version] as const] : [];
    }),
  );
}

/** The version ARN of a listed layer, which every layer has once published. */
function arnOf(versions: Map<string, LayerVersion>, key: string): string {
  const version = versions.get(key);
  if (!version) throw new Error(`layer ${key} has no version to attach: it was neither found nor published`);
  return version.arn;
}

/**
 * Step 2b: layer-permissions on the version of every built layer, published or reused (promoted ones are not this
 * step's to share); a dry run only reads. Before any function, so a grant that fails moves no alias.
 */
async function grantLayers(
  settings: Settings,
  clients: Clients,
  layers: PlannedLayer[],
  versions: Map<string, LayerVersion>,
): Promise<GrantOutcome[]> {
  const built = layers.filter((layer) => layer.build);
  if (settings.layerPermissions.length === 0 || built.length === 0) return [];
  return core.group(`Grant lambda:GetLayerVersion on ${built.length} layer version(s)`, async () => {
    const results = await mapSettled(built, settings.maxParallel, async (layer) => {
      const version = versions.get(layer.key);
      const outcomes = await grantLayerVersion(clients.lambda, layer.key, version, settings.layerPermissions, settings.dryRun);
      for (const { grant, outcome } of outcomes) core.info(`${version?.arn ?? `${layer.key} (to publish)`}: ${grant} ${outcome}`);
      return outcomes;
    });
    try {
      return allOrThrow(results, 'Granting layer-permissions').flat();
    } catch (error) {
      throw new Error(`${errorMessage(error)}\nNo alias was moved.`);
    }
  });
}

/** Step 3: one new version per changed function, or none moves: a failure here stops before any alias. */
async function deployFunctions(
  settings: Settings,
  clients: Clients,
  changed: FunctionPlan[],
  versions: Map<string, LayerVersion>,
  record: DeployRecord,
): Promise<Map<FunctionPlan, Deployed>> {
  if (changed.length === 0) return new Map();
  const ctx = deployContext(settings, clients);
  const latest = recordList(record, record.latest);
  return core.group(`Deploy ${changed.length} function(s), ${settings.maxParallel} at a time`, async () => {
    const results = await mapSettled(changed, settings.maxParallel, async (plan) => {
      const arns = plan.attach.map((key) => arnOf(versions, key));
      const done = await deployFunction(ctx, plan, arns, `Deployed ${settings.origin}`, latest);
      core.info(`${plan.fn.name}: version ${done.version} published (${done.seconds.toFixed(1)} s)`);
      recordPublished(record, plan.fn.id, done.version);
      return [plan, done] as const;
    });
    try {
      return new Map(allOrThrow(results, 'Deploying'));
    } catch (error) {
      throw new Error(`${errorMessage(error)}\nNo alias was moved.`);
    }
  });
}

/** Step 4: every alias to its new version, all or nothing, gradually if asked, watched by the alarms. */
async function moveAliases(
  settings: Settings,
  clients: Clients,
  record: DeployRecord,
  ignoredAlarms: ReadonlySet<string>,
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
      // The release's own copy: an alarm that returns to OK counts again from then on.
      ignoredAlarms: new Set(ignoredAlarms),
      report: { smokeTest: reportSmokeTest, traffic: reportTraffic },
    });
    for (const entry of record.aliases) core.info(`${entry.id}:${settings.alias} -> ${entry.published ?? '?'}`);
  });
}

/** Step 5, last, so other stacks never read a layer that this deploy then rolled back. */
async function writeLayerParameters(
  clients: Clients,
  layers: PlannedLayer[],
  versions: Map<string, LayerVersion>,
  record: DeployRecord,
): Promise<void> {
  const written = recordList(record, record.parameters);
  for (const layer of layers) {
    if (!layer.parameter) continue;
    const arn = arnOf(versions, layer.key);
    const { outcome, written: change } = await writeParameter(clients.ssm, layer.parameter, arn);
    if (change) written.add(change);
    core.info(`SSM parameter ${layer.parameter}: ${outcome}`);
    reportParameter(layer.parameter, outcome, arn);
  }
}

async function dryRun(settings: Settings, clients: Clients, { layers, functions }: DeployPlan): Promise<Outcome> {
  core.notice('dry-run: nothing was written to AWS; the plan is in the log and the job summary.');
  reportLayers(layers, undefined);
  const versions = attachedVersions(layers, new Map());
  reportGrants(await grantLayers(settings, clients, layers, versions));
  reportDeploy(functions, new Map(), layers, versions, settings.alias, true);
  reportChecksums(new Map(), new Map());
  return { kind: 'dry-run' };
}

/** mode: deploy. The pull request's comment follows the plan in a dry run, and the deploy, or its failure, otherwise. */
export async function deploy(settings: Settings, clients: Clients): Promise<void> {
  let planned: DeployPlan | undefined;
  try {
    planned = await plan(settings, clients);
    const outcome = settings.dryRun ? await dryRun(settings, clients, planned) : await deployPlanned(settings, clients, planned);
    await reportPullRequest(settings.pullRequest, settings, planned, outcome);
  } catch (error) {
    const findings = error instanceof FindingsError ? error.findings : [];
    const shown = planned ?? { layers: [], functions: [], findings };
    await reportPullRequest(settings.pullRequest, settings, shown, { kind: 'failed', rolledBack: rolledBackBy(error) });
    throw error;
  }
}

/** Steps 2 to 5: nothing is written before them. */
async function deployPlanned(settings: Settings, clients: Clients, planned: DeployPlan): Promise<Outcome> {
  const { layers, functions, changed } = planned;
  const record: DeployRecord = {
    region: settings.region,
    rollbackOnFailure: settings.rollbackOnFailure,
    maxParallel: settings.maxParallel,
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    aliases: changed.map((plan) => aliasRecord(plan.fn.id, settings.alias, plan.alias)),
    parameters: [],
    uploads: [],
    latest: [],
  };
  // Before the first write, so the post step can roll back whatever happens next.
  saveRecord(record);
  const published = await publish(settings, clients, layers, record);
  reportLayers(layers, published);
  const versions = attachedVersions(layers, published);
  reportGrants(await grantLayers(settings, clients, layers, versions));
  const deployed = await deployFunctions(settings, clients, changed, versions, record);
  // Before the aliases move: these versions are published whatever happens to the aliases.
  reportChecksums(published, deployed);
  await moveAliases(settings, clients, record, planned.ignoredAlarms);
  reportDeploy(functions, deployed, layers, versions, settings.alias, false);
  await writeLayerParameters(clients, layers, versions, record);
  return { kind: 'deployed', published, deployed };
}
