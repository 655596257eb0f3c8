/**
 * A token bucket per client address: `perMinute` writes, refilled evenly. Per process: behind N processes an
 * address gets up to N times as many (docs/deploy.md); the limit is against runaway clients, not an exact quota.
 */
export class WriteRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the write may go ahead (and counts it); otherwise the seconds until it may. */
  take(address: string): number {
    const now = this.now();
    const refill = this.perMinute / 60_000;
    const bucket = this.buckets.get(address) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * refill);
    bucket.at = now;
    this.buckets.set(address, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refill / 1000));
  }

  private forgetFull(now: number): void {
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * (this.perMinute / 60_000) >= this.perMinute) this.buckets.delete(address);
    }
  }
}
