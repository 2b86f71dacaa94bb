/**
 * A fixed-window counter in memory: enough for one Rapport process guarding its sign-in and
 * link look-ups. The map is pruned as it is used, so it cannot grow without end.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  blocked(key: string): boolean {
    const entry = this.hits.get(key);
    if (!entry) return false;
    if (entry.until <= this.now()) {
      this.hits.delete(key);
      return false;
    }
    return entry.count >= this.limit;
  }

  hit(key: string): void {
    const now = this.now();
    if (this.hits.size > 10_000) {
      for (const [k, v] of this.hits) if (v.until <= now) this.hits.delete(k);
    }
    const entry = this.hits.get(key);
    if (!entry || entry.until <= now) this.hits.set(key, { count: 1, until: now + this.windowMs });
    else entry.count++;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }
}
