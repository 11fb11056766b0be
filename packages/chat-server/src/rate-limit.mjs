/**
 * A token bucket: `burst` tokens at once, refilled at `perSecond`. The one bucket under the frame
 * limits and the byte budgets below; `level()` settles the refill and says what is left.
 */
function tokenBucket({ burst, perSecond }, now) {
  let tokens = burst;
  let last = now();
  return {
    level() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      return tokens;
    },
    take: (count) => (tokens -= count),
  };
}

/**
 * A token bucket per connection: `burst` frames at once, refilled at `perSecond`. Returns a
 * function that says whether one more frame (or `cost` tokens: bytes, say) may pass now.
 */
export function rateLimiter({ burst = 30, perSecond = 15, now = () => Date.now() } = {}) {
  const bucket = tokenBucket({ burst, perSecond }, now);
  return (cost = 1) => bucket.level() >= cost && (bucket.take(cost), true);
}

/**
 * A token bucket per key (a client address), `rateLimiter(options)` each, for at most `maxKeys`
 * keys: beyond that the key used longest ago is forgotten (its bucket, idle longest, is the
 * likeliest to be full again anyway), never everyone's at once. Returns `(key, cost = 1) => allowed`.
 */
export function keyedRateLimiter(options, { maxKeys = 50_000 } = {}) {
  const buckets = new Map();
  return (key, cost = 1) => {
    const allow = buckets.get(key) ?? rateLimiter(options);
    // A Map keeps insertion order: set again, a key moves to the end, so the first is the idlest.
    buckets.delete(key);
    buckets.set(key, allow);
    if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value);
    return allow(cost);
  };
}

/**
 * A budget of bytes: `burst` at once, refilled at `perSecond`. What was already received (or
 * sent) cannot be refused, so a charge may run the budget into debt; `charge` says how many
 * milliseconds the debt takes to repay, which is how long the caller waits before more.
 */
export function byteBudget({ burst, perSecond }, now = () => Date.now()) {
  const bucket = tokenBucket({ burst, perSecond }, now);
  const wait = () => Math.max(0, Math.ceil((-bucket.level() / perSecond) * 1000));
  return {
    /** Takes `bytes`; returns the milliseconds until the budget is out of debt (0: it is not). */
    charge(bytes) {
      bucket.level();
      bucket.take(bytes);
      return wait();
    },
    /** The milliseconds until the budget is out of debt, taking nothing. */
    wait,
    /** Whether the budget is whole again: then it is the same as a new one. */
    full: () => bucket.level() >= burst,
  };
}
