import * as core from '@actions/core';
import { layerNameOf } from '../aws/arns.js';
import type { Clients } from '../aws/clients.js';
import { placed } from '../aws/regions.js';
import type { FunctionPlan } from '../functions/plan.js';
import type { Settings } from '../inputs/settings.js';
import type { PlannedLayer } from '../layers/plan.js';
import { reportFindings } from '../report/deploy.js';
import { checkLayers, type LayerContent, type LayerFinding, type LayerUser } from '../verify/checks.js';
import { checkSizes, type FunctionParts } from '../verify/sizes.js';

// The deploy's content checks (verify): the plan's layers and functions, as the checks see them.

function layerContents(layers: PlannedLayer[]): LayerContent[] {
  return layers.flatMap(({ key, build }) =>
    build ? [{ key, architectures: build.settings.architectures, runtimes: build.settings.runtimes, facts: build.facts }] : [],
  );
}

/** The functions of every region, a function deployed alike in several counted once. */
function layerUsers(functions: FunctionPlan[]): LayerUser[] {
  const users = functions.map((plan) => ({
    name: plan.fn.name,
    architecture: plan.architecture,
    runtime: plan.runtime,
    layers: plan.attach,
  }));
  return [...new Map(users.map((user) => [JSON.stringify(user), user])).values()];
}

/** Each function this run changes, with every layer it will carry: the listed ones it receives, and those it keeps. */
function functionParts(layers: PlannedLayer[], functions: FunctionPlan[], tag: string | undefined): FunctionParts[] {
  const byKey = new Map(layers.map((layer) => [layer.key, layer]));
  return functions
    .filter((plan) => !plan.unchanged)
    .map((plan) => {
      const attached = plan.attach.flatMap((key) => byKey.get(key) ?? []);
      const names = new Set(attached.map((layer) => layer.name));
      const listed = attached.map((layer) => {
        const label = `${layer.name}:${layer.version?.version ?? 'new'}`;
        if (layer.build) return { label, size: layer.build.unzippedSize };
        if (layer.version) return { label, arn: layer.version.arn };
        throw new Error(`layer ${layer.key} has neither content nor a version`);
      });
      const kept = plan.layers
        .filter((arn) => !names.has(layerNameOf(arn)))
        .map((arn) => ({ label: `${layerNameOf(arn)}:${arn.split(':').pop() ?? ''}`, arn }));
      return { name: placed(plan.fn.name, tag), id: plan.fn.id, codeSize: plan.code?.unzippedSize, layers: [...listed, ...kept] };
    });
}

/** The plan stopped by its content checks (verify: error), with what they found, for the pull request's comment. */
export class FindingsError extends Error {
  constructor(
    message: string,
    readonly findings: LayerFinding[],
  ) {
    super(message);
    this.name = 'FindingsError';
  }
}

/**
 * The content checks, in the plan: with verify: error, a finding stops the deploy before anything is published; with
 * warn, the findings are returned. The layers are checked once, against the functions of every region; each
 * function's size in its region.
 */
export async function verifyContent(
  settings: Pick<Settings, 'verify'>,
  regions: { tag: string | undefined; clients: Pick<Clients, 'lambda'>; layers: PlannedLayer[]; functions: FunctionPlan[] }[],
): Promise<LayerFinding[]> {
  const checked = await Promise.all(
    regions.map(({ tag, clients, layers, functions }) => checkSizes(clients.lambda, functionParts(layers, functions, tag))),
  );
  const unreadable = checked.flatMap((sizes) => sizes.unreadable);
  if (unreadable.length > 0) {
    core.info(`Sizes that cannot be read, not counted toward 250 MB: ${unreadable.join(', ')}`);
  }
  const [first] = regions;
  const users = layerUsers(regions.flatMap(({ functions }) => functions));
  const findings = [...checkLayers(layerContents(first?.layers ?? []), users), ...checked.flatMap((sizes) => sizes.findings)];
  if (findings.length === 0) return findings;
  reportFindings(findings, settings.verify === 'error' ? 'error' : 'warn');
  if (settings.verify === 'error') {
    throw new FindingsError(
      `Content checks: ${findings.length} finding(s), listed above and in the job summary. Nothing was published.\nFix the layer, skip files with verify-ignore, or set verify: warn to deploy anyway.`,
      findings,
    );
  }
  return findings;
}
