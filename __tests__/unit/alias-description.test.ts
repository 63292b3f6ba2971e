import { describe, expect, it } from 'vitest';
import { aliasDescription, recordedPrevious } from '../../src/functions/alias.js';

describe('the previous version recorded in an alias description', () => {
  it('is written by a deploy and read back by the rollback mode and cleanup', () => {
    expect(recordedPrevious(aliasDescription('7', 'by o/r@abc run 1'))).toBe('7');
  });

  it('is absent after a rollback, after an alias was created, and in free text', () => {
    expect(recordedPrevious('rolled back from 9 by o/r@abc run 2')).toBeUndefined();
    expect(recordedPrevious(aliasDescription(null, 'by o/r@abc run 1'))).toBeUndefined();
    expect(recordedPrevious('notprevious=7')).toBeUndefined();
    expect(recordedPrevious(undefined)).toBeUndefined();
  });

  it("fits Lambda's 256 characters", () => {
    expect(aliasDescription('7', 'x'.repeat(400))).toHaveLength(256);
  });
});
