import * as core from '@actions/core';
import { placed } from '../aws/regions.js';
import type { LatestOutcome } from '../functions/latest.js';
import type { RollbackResult } from '../rollback/rollback.js';
import { escapeHtml, header } from './summary.js';

export function reportRollback(results: RollbackResult[], heading: string): void {
  core.summary
    .addHeading(heading, 3)
    .addTable([
      header('Function', 'Alias', 'Back to', 'Outcome'),
      ...results.map(({ record, outcome }) => [
        placed(record.id, record.region),
        record.alias,
        record.previous ?? '(alias deleted)',
        outcome,
      ]),
    ]);
}

/** What the post step did with a $LATEST left between its two updates. */
export function reportLatest(id: string, outcome: LatestOutcome): void {
  core.summary.addRaw(`<code>$LATEST</code> of <code>${escapeHtml(id)}</code>: ${outcome}`, true);
}

/** What the post step did with an SSM parameter this run wrote. */
export function reportParameterRollback(name: string, outcome: string, detail: string): void {
  core.summary.addRaw(`SSM parameter <code>${escapeHtml(name)}</code>: ${outcome}${escapeHtml(detail)}`, true);
}
