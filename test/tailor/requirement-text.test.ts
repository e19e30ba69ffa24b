import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requirementText } from '../../src/tailor/requirements.js';

describe('requirementText', () => {
  it.each([
    ['Preferred: video editing and graphic design', 'video editing and graphic design'],
    ['Nice to have - payments integrations', 'payments integrations'],
    ['Bonus: Kafka', 'Kafka'],
    ['"Replication, failover, vacuum tuning"', 'Replication, failover, vacuum tuning'],
    // a marker inside the sentence is part of what it says
    ['PMP or similar certification preferred', 'PMP or similar certification preferred'],
    ['Preferred vendors management', 'Preferred vendors management'],
  ])('%s → %s', (input, expected) => {
    expect(requirementText(input)).toBe(expected);
  });

  it('never empties a requirement and is idempotent', () => {
    fc.assert(
      // A marker in front, often enough for the stripping to be tried, not only the plain text.
      fc.property(fc.tuple(fc.constantFrom('', 'Preferred: ', 'Nice to have - ', 'Bonus: ', '"'), fc.string()).map(([marker, rest]) => marker + rest), (s) => {
        const once = requirementText(s);
        expect(requirementText(once)).toBe(once);
        // Anything but spaces and quotes is text to keep.
        if (/[^\s"“”']/u.test(s)) expect(once.length).toBeGreaterThan(0);
      }),
    );
  });
});
