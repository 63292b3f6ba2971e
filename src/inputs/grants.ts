import { InputError } from '../common/errors.js';
import { Input } from './names.js';
import { lines } from './read.js';

/**
 * One grant of lambda:GetLayerVersion (layer-permissions), as AddLayerVersionPermission takes it: an account, or
 * `*` for every account, narrowed to an AWS Organizations organisation when one is named.
 */
export interface LayerGrant {
  /** How the input wrote it, and how the log and the summary name it: 123456789012, organization:o-…, public. */
  label: string;
  principal: string;
  organization: string | undefined;
}

const ACCOUNT = /^\d{12}$/;
// AWS Organizations ids: o- and 10 to 32 lowercase letters or digits.
const ORGANIZATION = /^o-[a-z0-9]{10,32}$/;

function readGrant(line: string): LayerGrant {
  if (ACCOUNT.test(line)) return { label: line, principal: line, organization: undefined };
  if (line === 'public') return { label: line, principal: '*', organization: undefined };
  if (line.startsWith('organization:')) {
    const organization = line.slice('organization:'.length).trim();
    if (!ORGANIZATION.test(organization)) {
      throw new InputError(
        Input.LayerPermissions,
        `"${organization}" is not an AWS Organizations id (o- and 10 to 32 lowercase letters or digits, e.g. organization:o-a1b2c3d4e5)`,
      );
    }
    return { label: `organization:${organization}`, principal: '*', organization };
  }
  const fix = 'use a 12-digit account id, organization:o-xxxxxxxxxx (every account of an organisation) or public';
  if (/^\d+$/.test(line)) throw new InputError(Input.LayerPermissions, `"${line}" is not a 12-digit account id: ${fix}`);
  throw new InputError(Input.LayerPermissions, `"${line}" is not a grant: ${fix}`);
}

/** layer-permissions: one grant a line, each once. */
export function readGrants(): LayerGrant[] {
  const grants = new Map(
    lines(Input.LayerPermissions)
      .map((line) => readGrant(line))
      .map((grant) => [grant.label, grant]),
  );
  return [...grants.values()];
}
