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

/**
 * A budget of bytes: `burst` at once, refilled at `perSecond`. What was already received (or
 * sent) cannot be refused, so a charge may run the budget into debt; `charge` says how many
 * milliseconds the debt takes to repay, which is how long the caller waits before more.
 */
export function byteBudget({ burst, perSecond }, now = () => Date.now()) {
  let balance = burst;
  let last = now();
  const settle = () => {
    const t = now();
    balance = Math.min(burst, balance + ((t - last) / 1000) * perSecond);
    last = t;
    return balance < 0 ? Math.ceil((-balance / perSecond) * 1000) : 0;
  };
  return {
    /** Takes `bytes`; returns the milliseconds until the budget is out of debt (0: it is not). */
    charge(bytes) {
      settle();
      balance -= bytes;
      return settle();
    },
    /** The milliseconds until the budget is out of debt, taking nothing. */
    wait: settle,
    /** Whether the budget is whole again: then it is the same as a new one. */
    full: () => (settle(), balance >= burst),
  };
}
