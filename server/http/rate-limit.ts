/**
 * Slows down a client that floods the API: a token bucket per client (its bearer token when it
 * sends one, else its address). Each request takes one token; tokens come back at `perSecond`
 * up to `burst`. An empty bucket is answered with 429 RATE_LIMITED and Retry-After.
 */

import type { RateLimit } from '../config';

interface Bucket {
  tokens: number;
  updated: number;
}

/** Forgets clients idle this long, so the table does not grow without bound. */
const IDLE_MS = 10 * 60 * 1000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token for `client`; returns 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(client) ?? { tokens: this.limit.burst, updated: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.updated) / 1000) * this.limit.perSecond);
    bucket.updated = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.limit.perSecond);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < IDLE_MS) return;
    this.lastSweep = now;
    for (const [client, bucket] of this.buckets) if (now - bucket.updated > IDLE_MS) this.buckets.delete(client);
  }
}
