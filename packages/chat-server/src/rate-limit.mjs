/**
 * A token bucket per connection: `burst` frames at once, refilled at `perSecond`. Returns a
 * function that says whether one more frame may pass now.
 */
export function rateLimiter({ burst = 30, perSecond = 15, now = () => Date.now() } = {}) {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
