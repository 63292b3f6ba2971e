import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Settings } from './settings.js';
import { shiftAliases } from './shift.js';
import type { DeployRecord } from './state.js';

/** What moving traffic to the new versions needs; main builds it once every function has its new version. */
export interface ReleaseContext {
  lambda: LambdaClient;
  cloudwatch: CloudWatchClient;
  settings: Pick<Settings, 'alias' | 'maxParallel' | 'traffic' | 'alarms' | 'bakeTimeSeconds' | 'smokeTestPayload'>;
  /** Every alias to move; each has its `target` set. */
  record: DeployRecord;
  /** Saves the record for the post step; call it whenever the aliases change. */
  save: () => void;
  /** Written into alias descriptions. */
  origin: string;
}

/**
 * Moves every alias to its new version, all or nothing. Throws ShiftError (after moving back what it moved) when a
 * move fails.
 */
export async function release(ctx: ReleaseContext): Promise<void> {
  await shiftAliases(ctx.lambda, ctx.record.aliases, 1, ctx.origin, ctx.settings.maxParallel);
}
