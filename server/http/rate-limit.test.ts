import { describe, expect, it } from 'vitest';

import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst, then one request per refill interval, per client', () => {
    let now = 0;
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    // Bucket empty: one token needs 1/2 s, rounded up to whole seconds for Retry-After.
    expect(limiter.take('a')).toBe(1);
    expect(limiter.take('b')).toBe(0);
    now = 500;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    now = 10_000;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0, 1]);
  });
});
