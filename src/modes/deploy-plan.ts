import * as core from '@actions/core';
import { callerAccount, type Clients } from '../aws/clients.js';
import { naming, type ClientsIn } from '../aws/regions.js';
import { InputError } from '../common/errors.js';
import { allOrThrow, mapSettled } from '../common/parallel.js';
import { planFunction, type DeployContext, type FunctionPlan } from '../functions/plan.js';
import { functionConfigs, type FunctionConfig } from '../inputs/config.js';
import { Input } from '../inputs/names.js';
import { functionsIn, type FunctionSettings } from '../inputs/functions.js';
import { s3LocationIn, type Settings } from '../inputs/settings.js';
import { layersFor, planLayers, type PlannedLayer } from '../layers/plan.js';
import { packCode, type PackedZip } from '../pack/zip.js';
import { AlarmError, describeStates, firing, locateAlarms, readSources, type AlarmSource } from '../traffic/alarms.js';
import type { LayerFinding } from '../verify/checks.js';
import { verifyContent } from './deploy-verify.js';

// The deploy's plan: reads everything and decides, writes nothing. Every bad input, content finding, missing alarm or
// firing alarm fails here, before the first write.

/** What the deploy does in one listed region. */
export interface RegionPlan {
  region: string;
  /** The region as entries and messages name it: undefined when it is the only one listed. */
  tag: string | undefined;
  clients: Clients;
  /** The listed layers: the builds shared by every region, the versions this region's. */
  layers: PlannedLayer[];
  functions: FunctionPlan[];
  /** The functions that get a new version: the others already run this code and layer. */
  changed: FunctionPlan[];
}

/** What the deploy will do: a value, read by the steps that follow and never written into. */
export interface DeployPlan {
  /** Every listed region's, in the order listed: the first is the one the single-region outputs describe. */
  regions: RegionPlan[];
  /** Where each alarm is read. */
  alarms: AlarmSource[];
  /** Alarms already in ALARM, not acted on until they have been OK (firing-alarms: ignore). */
  ignoredAlarms: ReadonlySet<string>;
  /** What the content checks found, with verify: warn (with error, a finding stops the plan). */
  findings: LayerFinding[];
}

export function deployContext(settings: Settings, clients: Clients, region: string): DeployContext {
  return {
    lambda: clients.lambda,
    s3: clients.s3,
    alias: settings.alias,
    createAlias: settings.createAlias,
    s3Location: s3LocationIn(settings.s3Location, region),
    waitTimeoutSeconds: settings.waitTimeoutSeconds,
    layersInput: settings.layersInput,
    weighted: settings.traffic.stages.length > 0,
  };
}

/** Each region's functions, read and decided; functions that share a code path share one zip, in every region. */
async function planFunctions(
  settings: Settings,
  regions: { region: string; tag: string | undefined; clients: Clients; layers: PlannedLayer[] }[],
  configs: (fn: FunctionSettings) => FunctionConfig,
): Promise<FunctionPlan[][]> {
  const zips = new Map<string, Promise<PackedZip>>();
  const zipOf = (code: { path: string; input: string }): Promise<PackedZip> => {
    let zip = zips.get(code.path);
    if (!zip) {
      zip = packCode(code.input, code.path, settings.exclude);
      zips.set(code.path, zip);
    }
    return zip;
  };
  const work = regions.flatMap(({ region, tag, clients, layers }, index) => {
    const ctx = deployContext(settings, clients, region);
    return functionsIn(settings.functions, region).map((fn) => ({ index, tag, ctx, fn, layers }));
  });
  const results = await mapSettled(work, settings.maxParallel, ({ tag, ctx, fn, layers }) =>
    naming(tag, async () =>
      planFunction(
        ctx,
        fn,
        (architecture) => layersFor(fn, architecture, layers),
        fn.code === undefined ? undefined : await zipOf(fn.code),
        configs(fn),
      ),
    ),
  );
  const plans = allOrThrow(results, 'Reading the functions');
  return regions.map((_, index) => plans.filter((_plan, at) => work[at]?.index === index));
}

function logPlan({ tag, layers, functions }: RegionPlan, settings: Settings): void {
  const info = (line: string) => core.info(tag === undefined ? line : `${tag}: ${line}`);
  for (const layer of layers) {
    const { build, version } = layer;
    if (!build)
      info(
        `Layer ${layer.key}: ${version?.arn ?? ''} promoted${layer.source?.startsWith('ssm:') ? ` (from ${layer.source})` : ''}`,
      );
    else if (version) info(`Layer ${layer.key}: version ${version.version} already holds content ${build.hash}: reused`);
    else info(`Layer ${layer.key}: content ${build.hash} is new: a version ${settings.dryRun ? 'would' : 'will'} be published`);
  }
  for (const plan of functions) {
    const from = plan.alias?.version ?? 'none (alias created)';
    const what = plan.unchanged
      ? 'unchanged'
      : [
          [
            plan.code ? 'new code' : 'same code',
            plan.attach.length > 0 ? `layers ${plan.attach.join(', ')}` : 'same layers',
          ].join(', '),
          // The configuration by key: never a variable's value.
          ...plan.configuration.changes,
        ].join('; ');
    info(`${plan.fn.name}: ${what}; ${settings.alias}: ${plan.unchanged ? `stays on ${from}` : `${from} -> new version`}`);
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
export async function plan(settings: Settings, clientsIn: ClientsIn): Promise<DeployPlan> {
  return core.group('Plan: hash, pack and read the functions', async () => {
    const listed = settings.regions.map((region) => ({
      region,
      tag: settings.regions.length > 1 ? region : undefined,
      clients: clientsIn(region),
    }));
    await checkAccounts(settings, clientsIn(settings.region));
    // The function-config file first: a bad field fails before any layer is hashed.
    const configs = await functionConfigs(settings.configuration, settings.functions);
    const layers = await planLayers(
      listed.map(({ region, clients }) => ({ region, lambda: clients.lambda, ssm: clients.ssm })),
      settings,
    );
    const withLayers = listed.map((region, index) => ({ ...region, layers: layers[index] ?? [] }));
    const functions = await planFunctions(settings, withLayers, configs);
    const regions = withLayers.map((region, index) => {
      const planned = functions[index] ?? [];
      return { ...region, functions: planned, changed: planned.filter((fn) => !fn.unchanged) };
    });
    for (const region of regions) logPlan(region, settings);
    const findings = settings.verify === 'off' ? [] : await verifyContent(settings, regions);
    const changed = regions.some((region) => region.changed.length > 0);
    const alarms = changed
      ? await locateAlarms(
          regions.map(({ region, clients }) => ({ region, cloudwatch: clients.cloudwatch })),
          settings.alarms,
        )
      : [];
    return { regions, alarms, ignoredAlarms: await alarmsAtStart(settings, alarms), findings };
  });
}

/**
 * The alarms read before any write, as well as before the first shift: a missing one, or one in ALARM, fails here;
 * with firing-alarms: ignore, those in ALARM are returned, to be acted on only once they have been OK.
 */
async function alarmsAtStart(settings: Settings, sources: AlarmSource[]): Promise<ReadonlySet<string>> {
  if (settings.alarms.length === 0 || sources.length === 0) return new Set();
  const states = await readSources(sources);
  core.info(`Alarms: ${describeStates(states)}`);
  const alarm = firing(states, new Set());
  if (!alarm) return new Set();
  const inAlarm = states.filter((state) => state.state === 'ALARM').map((state) => state.name);
  if (settings.firingAlarms === 'ignore') {
    core.warning(
      `${inAlarm.join(', ')} in ALARM as the deploy starts: not acted on until back to OK, then an ALARM rolls back (firing-alarms: ignore)`,
    );
    return new Set(inAlarm);
  }
  if (settings.dryRun) {
    core.warning(`dry-run: ${inAlarm.join(', ')} in ALARM: a deploy would stop here (or set firing-alarms: ignore)`);
    return new Set();
  }
  throw new Error(
    `${new AlarmError(alarm).message}\nNothing was deployed.\nTo deploy a fix while it fires, set firing-alarms: ignore.`,
  );
}
