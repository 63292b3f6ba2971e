import * as core from '@actions/core';
import { regionalClients } from './aws/regions.js';
import { getSettings } from './inputs/settings.js';
import { cleanup } from './modes/cleanup.js';
import { deploy } from './modes/deploy.js';
import { rollbackMode } from './modes/rollback.js';
import { reportFailure, reportRolledBack, writeSummary } from './report/summary.js';
import { rolledBackBy } from './rollback/rollback.js';

/** The main step: reads the settings, runs the mode, and reports whatever happened once. */
export async function run(): Promise<void> {
  let rolledBack = false;
  try {
    const settings = getSettings();
    core.debug(`Settings: ${JSON.stringify(settings)}`);
    const clientsIn = regionalClients();
    if (settings.mode === 'cleanup') await cleanup(settings, clientsIn);
    else if (settings.mode === 'rollback') rolledBack = await rollbackMode(settings, clientsIn);
    else await deploy(settings, clientsIn);
  } catch (error) {
    rolledBack = rolledBackBy(error);
    reportFailure(error);
  } finally {
    // Exactly once, whatever happened: workflows branch on it.
    reportRolledBack(rolledBack);
    await writeSummary();
  }
}
