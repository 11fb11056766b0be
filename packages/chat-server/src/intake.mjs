// How the server reads its sockets. Bytes cost work (unmasking, UTF-8 checks, parsing) before
// any frame limit sees them, so each connection and each client address has a byte budget: a
// socket over it is not read until the budget has refilled, and TCP keeps the rest at the
// client, which loses nothing.
import { byteBudget } from './rate-limit.mjs';

/**
 * Light traffic (pings, typing, text messages) of a connection, which never waits for the debt
 * its neighbours at the same address ran up (it still counts in that debt).
 */
const LIGHT_BYTES = { burst: 16 * 1024, perSecond: 16 * 1024 };

/**
 * @param {object} limits
 * @param {{ burst: number, perSecond: number }} limits.connectionBytes
 * @param {{ burst: number, perSecond: number }} limits.addressBytes
 */
export function createIntake({ connectionBytes, addressBytes }) {
  /** address -> { budget, open } */
  const addresses = new Map();

  // An address is forgotten once it has no connection and its budget has refilled, not at its
  // last close: reconnecting does not buy a new budget.
  const sweep = setInterval(() => {
    for (const [address, entry] of addresses) if (!entry.open && entry.budget.full()) addresses.delete(address);
  }, 1000);
  sweep.unref();

  /**
   * Reads `ws` (whose TCP socket is `raw`) under the budgets. Returns its flow: `paused` while
   * the server holds it back, `wait()` ms until its address's budget is out of debt, and
   * `charge(bytes)` for bytes sent to it that the address pays for (a replay).
   */
  function watch(ws, raw, address) {
    let entry = addresses.get(address);
    if (!entry) addresses.set(address, (entry = { budget: byteBudget(addressBytes), open: 0 }));
    entry.open += 1;
    const own = byteBudget(connectionBytes);
    const light = byteBudget(LIGHT_BYTES);
    let timer;
    let closed = false;

    const flow = {
      paused: false,
      charge: (bytes) => entry.budget.charge(bytes),
      wait: () => entry.budget.wait(),
    };

    function resume() {
      timer = undefined;
      flow.paused = false;
      ws.resume();
    }
    function release() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      entry.open -= 1;
    }

    raw.on('data', (chunk) => {
      if (closed) return;
      const addressWait = entry.budget.charge(chunk.length);
      const wait = Math.max(own.charge(chunk.length), light.charge(chunk.length) ? addressWait : 0);
      if (wait > 0 && !flow.paused) {
        flow.paused = true;
        ws.pause();
        timer = setTimeout(resume, wait);
      }
    });
    ws.on('close', release);
    return flow;
  }

  return { watch, close: () => clearInterval(sweep) };
}
