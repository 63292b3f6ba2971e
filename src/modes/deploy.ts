import * as core from '@actions/core';
import { naming, placed, type ClientsIn } from '../aws/regions.js';
import { writeParameter } from '../aws/ssm.js';
import { errorMessage } from '../common/errors.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';
import { aliasRecord } from '../functions/alias.js';
import { deployFunction, type Deployed } from '../functions/deploy.js';
import type { FunctionPlan } from '../functions/plan.js';
import { s3LocationIn, type Settings } from '../inputs/settings.js';
import { grantLayerVersion, type GrantOutcome } from '../layers/grants.js';
import type { LayerBuild, PlannedLayer } from '../layers/plan.js';
import { publishLayer, zipShipment, type PublishedLayer, type Shipment } from '../layers/publish.js';
import type { LayerVersion } from '../layers/versions.js';
import { reportChecksums } from '../report/checksums.js';
import {
  reportDeploy,
  reportLayers,
  reportParameter,
  reportSmokeTest,
  reportTraffic,
  type RegionDeploy,
} from '../report/deploy.js';
import { reportGrants } from '../report/grants.js';
import { reportPullRequest, type Outcome } from '../report/pull-request.js';
import { recordList, recordPublished, saveRecord, type DeployRecord } from '../rollback/record.js';
import { rolledBackBy } from '../rollback/rollback.js';
import { release } from '../traffic/release.js';
import { deployContext, plan, type DeployPlan, type RegionPlan } from './deploy-plan.js';
import { FindingsError } from './deploy-verify.js';

// mode: deploy. Settings -> plan -> publish the layers and grant layer-permissions on them, give each function its
// new version, move the aliases all or nothing, write the SSM parameters -> report. Each step returns what it did; the plan is never written into. Each
// step does its work in every listed region before the next starts: no alias moves until every region has its
// versions, and every region's aliases move as one.

/** A region's part of a by-region map: empty where the step did nothing there. */
function inRegionOf<T>(byRegion: Map<string, Map<string, T>>, region: string): Map<string, T> {
  return byRegion.get(region) ?? new Map<string, T>();
}

/**
 * Step 2: publishes every built layer in every region where no retained version holds it; the others were resolved in
 * the plan. Each layer is packed once and published in its regions side by side (through S3: uploaded to one region's
 * bucket, copied to the others'): a version published in one region stays when another fails (a rerun reuses it), and
 * nothing else is written. Returns each region's, by region.
 */
async function publish(
  settings: Settings,
  regions: RegionPlan[],
  record: DeployRecord,
): Promise<Map<string, Map<string, PublishedLayer>>> {
  const shipments = new Map<LayerBuild, Shipment>();
  const missing = regions.flatMap((region) =>
    region.layers.flatMap(({ key, build, version }) => {
      if (!build || version) return [];
      const ship = shipments.get(build) ?? zipShipment(build);
      shipments.set(build, ship);
      return [{ region, key, build, ship }];
    }),
  );
  if (missing.length === 0) return new Map();
  const across = regions.length > 1 ? ` in ${new Set(missing.map(({ region }) => region.region)).size} region(s)` : '';
  return core.group(`Publish ${shipments.size} layer(s)${across}`, async () => {
    const results = await mapSettled(missing, settings.maxParallel, ({ region, key, build, ship }) =>
      naming(region.tag, async () => {
        const { clients } = region;
        const uploads = recordList(record, record.uploads, region.tag);
        const location = s3LocationIn(settings.s3Location, region.region);
        const published = await publishLayer(clients.lambda, clients.s3, location, build, uploads, ship);
        core.info(`Published ${published.version.arn}`);
        return { region: region.region, key, published };
      }),
    );
    const byRegion = new Map<string, Map<string, PublishedLayer>>();
    for (const { region, key, published } of allOrThrow(results, 'Publishing the layers')) {
      byRegion.set(region, inRegionOf(byRegion, region).set(key, published));
    }
    return byRegion;
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
 * Step 2b: layer-permissions on the version of every built layer in every region, published or reused (promoted ones
 * are not this step's to share); a dry run only reads. Before any function, so a grant that fails moves no alias.
 */
async function grantLayers(
  settings: Settings,
  regions: RegionPlan[],
  versions: Map<string, Map<string, LayerVersion>>,
): Promise<GrantOutcome[]> {
  const built = regions.flatMap((region) => region.layers.filter((layer) => layer.build).map((layer) => ({ region, layer })));
  if (settings.layerPermissions.length === 0 || built.length === 0) return [];
  return core.group(`Grant lambda:GetLayerVersion on ${built.length} layer version(s)`, async () => {
    const results = await mapSettled(built, settings.maxParallel, ({ region, layer }) =>
      naming(region.tag, async () => {
        const version = inRegionOf(versions, region.region).get(layer.key);
        const outcomes = await grantLayerVersion(
          region.clients.lambda,
          layer.key,
          version,
          settings.layerPermissions,
          settings.dryRun,
        );
        for (const { grant, outcome } of outcomes) {
          core.info(`${version?.arn ?? placed(`${layer.key} (to publish)`, region.tag)}: ${grant} ${outcome}`);
        }
        return outcomes;
      }),
    );
    try {
      return allOrThrow(results, 'Granting layer-permissions').flat();
    } catch (error) {
      throw new Error(`${errorMessage(error)}\nNo alias was moved.`);
    }
  });
}

/**
 * Step 3: one new version per changed function in every region, or none moves: a failure here, in any region, stops
 * before any alias anywhere.
 */
async function deployFunctions(
  settings: Settings,
  regions: RegionPlan[],
  versions: Map<string, Map<string, LayerVersion>>,
  record: DeployRecord,
): Promise<Map<FunctionPlan, Deployed>> {
  const changed = regions.flatMap((region) => {
    const ctx = deployContext(settings, region.clients, region.region);
    const latest = recordList(record, record.latest, region.tag);
    const attached = inRegionOf(versions, region.region);
    return region.changed.map((plan) => ({ tag: region.tag, ctx, latest, attached, plan }));
  });
  if (changed.length === 0) return new Map();
  return core.group(`Deploy ${changed.length} function(s), ${settings.maxParallel} at a time`, async () => {
    const results = await mapSettled(changed, settings.maxParallel, ({ tag, ctx, latest, attached, plan }) =>
      naming(tag, async () => {
        const arns = plan.attach.map((key) => arnOf(attached, key));
        const done = await deployFunction(ctx, plan, arns, `Deployed ${settings.origin}`, latest);
        core.info(`${placed(plan.fn.name, tag)}: version ${done.version} published (${done.seconds.toFixed(1)} s)`);
        recordPublished(record, plan.fn.id, done.version, tag);
        return [plan, done] as const;
      }),
    );
    try {
      return new Map(allOrThrow(results, 'Deploying'));
    } catch (error) {
      throw new Error(`${errorMessage(error)}\nNo alias was moved.`);
    }
  });
}

/** Step 4: every alias of every region to its new version, all or nothing, gradually if asked, watched by the alarms. */
async function moveAliases(
  settings: Settings,
  clientsIn: ClientsIn,
  record: DeployRecord,
  { alarms, ignoredAlarms }: DeployPlan,
): Promise<void> {
  if (record.aliases.length === 0) return;
  const shape = settings.traffic.stages.length > 0 ? settings.traffic.name : 'all at once';
  const across = settings.regions.length > 1 ? ` in ${settings.regions.length} regions` : '';
  const title = `Move alias ${settings.alias} of ${record.aliases.length} function(s)${across}, all or nothing, ${shape}`;
  await core.group(title, async () => {
    await release({
      lambda: (region) => clientsIn(region ?? settings.region).lambda,
      cloudwatch: clientsIn(settings.region).cloudwatch,
      alarmSources: alarms,
      settings,
      record,
      save: () => saveRecord(record),
      origin: settings.origin,
      // The release's own copy: an alarm that returns to OK counts again from then on.
      ignoredAlarms: new Set(ignoredAlarms),
      report: { smokeTest: reportSmokeTest, traffic: reportTraffic },
    });
    for (const entry of record.aliases) {
      core.info(`${placed(`${entry.id}:${settings.alias}`, entry.region)} -> ${entry.published ?? '?'}`);
    }
  });
}

/** Step 5, last, so other stacks never read a layer that this deploy then rolled back: each region's, in its SSM. */
async function writeLayerParameters(
  regions: RegionPlan[],
  versions: Map<string, Map<string, LayerVersion>>,
  record: DeployRecord,
): Promise<void> {
  for (const { region, tag, clients, layers } of regions) {
    const written = recordList(record, record.parameters, tag);
    for (const { key, parameter } of layers) {
      if (!parameter) continue;
      const arn = arnOf(inRegionOf(versions, region), key);
      const { outcome, written: change } = await naming(tag, () => writeParameter(clients.ssm, parameter, arn));
      if (change) written.add(change);
      core.info(`SSM parameter ${placed(parameter, tag)}: ${outcome}`);
      reportParameter(placed(parameter, tag), outcome, arn);
    }
  }
}

/** What the report reads of each region: its plan, and what the publish step did there. */
function regionReports(
  regions: RegionPlan[],
  published: Map<string, Map<string, PublishedLayer>> | undefined,
  versions: Map<string, Map<string, LayerVersion>>,
): RegionDeploy[] {
  return regions.map(({ region, layers, functions }) => ({
    region,
    layers,
    functions,
    // undefined in a dry run, which publishes nothing.
    published: published && inRegionOf(published, region),
    versions: inRegionOf(versions, region),
  }));
}

/** The version each listed layer attaches in each region, by region. */
function attachedEverywhere(
  regions: RegionPlan[],
  published: Map<string, Map<string, PublishedLayer>>,
): Map<string, Map<string, LayerVersion>> {
  return new Map(regions.map(({ region, layers }) => [region, attachedVersions(layers, inRegionOf(published, region))] as const));
}

/** Every region's published layers in one map, for the checksums: one line per version published. */
function allPublished(published: Map<string, Map<string, PublishedLayer>>): Map<string, PublishedLayer> {
  return new Map(
    [...published].flatMap(([region, layers]) => [...layers].map(([key, layer]) => [`${region} ${key}`, layer] as const)),
  );
}

async function dryRun(settings: Settings, planned: DeployPlan): Promise<Outcome> {
  core.notice('dry-run: nothing was written to AWS; the plan is in the log and the job summary.');
  const versions = attachedEverywhere(planned.regions, new Map());
  const reports = regionReports(planned.regions, undefined, versions);
  reportLayers(reports);
  reportGrants(await grantLayers(settings, planned.regions, versions));
  reportDeploy(reports, new Map(), settings.alias, true);
  reportChecksums(new Map(), new Map());
  return { kind: 'dry-run' };
}

/**
 * mode: deploy, in every listed region at once. The pull request's comment follows the plan in a dry run, and the
 * deploy, or its failure, otherwise; it shows the first listed region's layers and every region's functions.
 */
export async function deploy(settings: Settings, clientsIn: ClientsIn): Promise<void> {
  let planned: DeployPlan | undefined;
  const shown = (deployPlan: DeployPlan) => ({
    layers: deployPlan.regions[0]?.layers ?? [],
    functions: deployPlan.regions.flatMap((region) => region.functions),
    findings: deployPlan.findings,
  });
  try {
    planned = await plan(settings, clientsIn);
    const outcome = settings.dryRun ? await dryRun(settings, planned) : await deployPlanned(settings, clientsIn, planned);
    await reportPullRequest(settings.pullRequest, settings, shown(planned), outcome);
  } catch (error) {
    const findings = error instanceof FindingsError ? error.findings : [];
    const failed = planned ? shown(planned) : { layers: [], functions: [], findings };
    await reportPullRequest(settings.pullRequest, settings, failed, { kind: 'failed', rolledBack: rolledBackBy(error) });
    throw error;
  }
}

/** Steps 2 to 5: nothing is written before them. */
async function deployPlanned(settings: Settings, clientsIn: ClientsIn, planned: DeployPlan): Promise<Outcome> {
  const { regions } = planned;
  const record: DeployRecord = {
    region: settings.region,
    rollbackOnFailure: settings.rollbackOnFailure,
    maxParallel: settings.maxParallel,
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    aliases: regions.flatMap(({ tag, changed }) =>
      changed.map((plan) => aliasRecord(plan.fn.id, settings.alias, plan.alias, tag)),
    ),
    parameters: [],
    uploads: [],
    latest: [],
  };
  // Before the first write, so the post step can roll back whatever happens next.
  saveRecord(record);
  const published = await publish(settings, regions, record);
  const versions = attachedEverywhere(regions, published);
  const reports = regionReports(regions, published, versions);
  reportLayers(reports);
  reportGrants(await grantLayers(settings, regions, versions));
  const deployed = await deployFunctions(settings, regions, versions, record);
  // Before the aliases move: these versions are published whatever happens to the aliases.
  reportChecksums(allPublished(published), deployed);
  await moveAliases(settings, clientsIn, record, planned);
  reportDeploy(reports, deployed, settings.alias, false);
  await writeLayerParameters(regions, versions, record);
  return { kind: 'deployed', published: inRegionOf(published, settings.region), deployed };
}
