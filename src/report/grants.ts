import * as core from '@actions/core';
import type { GrantOutcome } from '../layers/grants.js';
import { header } from './summary.js';

/** layer-permissions: what each grant came to on each version of a built layer. */
export function reportGrants(outcomes: GrantOutcome[]): void {
  if (outcomes.length === 0) return;
  core.summary
    .addHeading('Layer permissions (lambda:GetLayerVersion)', 3)
    .addTable([
      header('Layer', 'Version', 'Grant', 'Outcome'),
      ...outcomes.map((row) => [row.layer, String(row.version?.version ?? '(new)'), row.grant, row.outcome]),
    ]);
}
