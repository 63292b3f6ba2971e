import { createHash } from 'node:crypto';
import { AddLayerVersionPermissionCommand, GetLayerVersionPolicyCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { versionArnParts } from '../aws/arns.js';
import { awsCall, unlessMissing } from '../aws/call.js';
import type { LayerGrant } from '../inputs/grants.js';
import type { LayerVersion } from './versions.js';

// layer-permissions: grants of lambda:GetLayerVersion on each version this step publishes or reuses. A grant is
// matched by what a statement grants, whoever wrote it, so one made by hand or by another tool is not made twice; the
// statements this step adds carry ids of its own, one per grant (lambda-layer-deploy-…), and other statements are
// never touched.

const GET_LAYER_VERSION = 'lambda:GetLayerVersion';

/** What one grant on one version came to. `version` undefined: a dry run's version still to be published. */
export interface GrantOutcome {
  layer: string;
  version: LayerVersion | undefined;
  grant: string;
  outcome: 'added' | 'already granted' | 'would be added';
}

/** The statement id this input gives a grant: the same for the same grant on every version and run. */
function statementId(grant: LayerGrant): string {
  return `lambda-layer-deploy-${createHash('sha256').update(grant.label).digest('hex').slice(0, 16)}`;
}

interface Statement {
  Effect?: string;
  Action?: string | string[];
  Principal?: string | { AWS?: string | string[] };
  Condition?: Record<string, Record<string, unknown>>;
}

/** The grant a statement makes, labelled as layer-permissions writes it; undefined for any other statement. */
function grantOf(statement: Statement): string | undefined {
  if (statement.Effect !== 'Allow' || ![statement.Action].flat().includes(GET_LAYER_VERSION)) return undefined;
  const principals = typeof statement.Principal === 'string' ? [statement.Principal] : [statement.Principal?.AWS].flat();
  const [principal] = principals;
  if (principals.length !== 1 || principal === undefined) return undefined;
  const account = /^(?:arn:aws[a-zA-Z-]*:iam::)?(\d{12})(?::root)?$/.exec(principal)?.[1];
  const conditions = Object.entries(statement.Condition ?? {});
  if (conditions.length === 0) return account ?? (principal === '*' ? 'public' : undefined);
  const [[operator, keys] = ['', {}]] = conditions;
  const organization = keys['aws:PrincipalOrgID'];
  const onlyOrganization = conditions.length === 1 && operator === 'StringEquals' && Object.keys(keys).length === 1;
  return principal === '*' && onlyOrganization && typeof organization === 'string' ? `organization:${organization}` : undefined;
}

/** What the version's policy already grants; a version without a policy answers ResourceNotFoundException. */
async function grantsOf(lambda: LambdaClient, version: LayerVersion): Promise<Set<string>> {
  const { layerArn, version: number } = versionArnParts(version.arn);
  const answer = await awsCall('GetLayerVersionPolicy', version.arn, () =>
    unlessMissing(
      lambda.send(new GetLayerVersionPolicyCommand({ LayerName: layerArn, VersionNumber: number })),
      'ResourceNotFoundException',
    ),
  );
  const policy = JSON.parse(answer?.Policy ?? '{}') as { Statement?: Statement | Statement[] };
  return new Set([policy.Statement ?? []].flat().flatMap((statement) => grantOf(statement) ?? []));
}

/**
 * Gives one layer version every grant it lacks, one at a time (a version's policy is one document), and returns
 * what each grant came to. With `dryRun` it reads and writes nothing; a version still to be published (`version`
 * undefined) lacks them all.
 */
export async function grantLayerVersion(
  lambda: LambdaClient,
  layer: string,
  version: LayerVersion | undefined,
  grants: LayerGrant[],
  dryRun: boolean,
): Promise<GrantOutcome[]> {
  const held = version ? await grantsOf(lambda, version) : new Set<string>();
  const outcomes: GrantOutcome[] = [];
  for (const grant of grants) {
    if (held.has(grant.label)) {
      outcomes.push({ layer, version, grant: grant.label, outcome: 'already granted' });
      continue;
    }
    if (dryRun || !version) {
      outcomes.push({ layer, version, grant: grant.label, outcome: 'would be added' });
      continue;
    }
    const { layerArn, version: number } = versionArnParts(version.arn);
    await awsCall('AddLayerVersionPermission', `${version.arn} (${grant.label})`, () =>
      lambda.send(
        new AddLayerVersionPermissionCommand({
          LayerName: layerArn,
          VersionNumber: number,
          StatementId: statementId(grant),
          Action: GET_LAYER_VERSION,
          Principal: grant.principal,
          OrganizationId: grant.organization,
        }),
      ),
    );
    outcomes.push({ layer, version, grant: grant.label, outcome: 'added' });
  }
  return outcomes;
}
