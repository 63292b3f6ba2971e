import { describe, expect, it } from 'vitest';
import { protectedVersions } from '../../src/functions/versions.js';
import { prune } from '../../src/common/prune.js';

describe('prune', () => {
  it('keeps the newest `keep` and every protected one, deletes the rest, newest first', () => {
    const versions = [3, 1, 5, 2, 4];
    const { kept, deleted } = prune(
      versions,
      (v) => v,
      2,
      (v) => v === 1,
    );
    expect(kept).toEqual([5, 4, 1]);
    expect(deleted).toEqual([3, 2]);
  });
});

describe('protectedVersions', () => {
  it("covers an alias's version, its routing version and the rollback target its description records", () => {
    const kept = protectedVersions([
      {
        FunctionVersion: '9',
        RoutingConfig: { AdditionalVersionWeights: { '10': 0.1 } },
        Description: 'previous=4 by o/r@abc run 1',
      },
      { FunctionVersion: '7', Description: 'rolled back from 9 by o/r@abc run 2' },
    ]);
    expect([...kept].sort()).toEqual(['10', '4', '7', '9']);
  });
});
