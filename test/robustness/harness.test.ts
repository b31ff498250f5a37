/**
 * The fuzz harness itself: a property must end. fast-check stops when its count
 * of runs equals `numRuns`, so a fractional count (`RUNS / 4` = 2.5) ran the
 * command-line privacy property until the suite's time-out, which read as a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from './harness.js';

describe('assertProperty', () => {
  it.each([2.5, 0.4, 3])('runs a property %s times rounded up, and stops', async (numRuns) => {
    let runs = 0;
    await assertProperty(
      fc.asyncProperty(fc.nat(), async () => {
        runs++;
        // Without the rounding this would go on for ever; fail fast instead.
        if (runs > 50) throw new Error('still running after 50 runs');
      }),
      { numRuns, seed: 1 },
    );
    expect(runs).toBe(Math.ceil(numRuns));
  });
});
