import { describe, expect, it } from 'vitest';

import { labelThresholdFor } from './labels';

describe('labelThresholdFor', () => {
  it('keeps 8 px up to 1,000 actors, adds 2 px per doubling, and stops at 16', () => {
    expect(labelThresholdFor(250)).toBe(8);
    expect(labelThresholdFor(1_000)).toBe(8);
    expect(labelThresholdFor(2_000)).toBeCloseTo(10);
    expect(labelThresholdFor(4_000)).toBeCloseTo(12);
    expect(labelThresholdFor(8_000)).toBeCloseTo(14);
    expect(labelThresholdFor(20_000)).toBe(16);
    expect(labelThresholdFor(1_000_000)).toBe(16);
  });
});
