// How the server reads its sockets. Bytes cost work (unmasking, UTF-8 checks, parsing) before
// any frame limit sees them, so each connection and each client address has a byte budget: a
// socket over it is not read until the budget has refilled, and TCP keeps the rest at the
// client, which loses nothing. A message is held in memory until its last byte arrives, so an
// unfinished message has a time limit, and all of them together a budget.
import { byteBudget } from './rate-limit.mjs';

/**
 * Light traffic (pings, typing, text messages) of a connection, which never waits for the debt
 * its neighbours at the same address ran up (it still counts in that debt).
 */
const LIGHT_BYTES = { burst: 16 * 1024, perSecond: 16 * 1024 };
/** An unfinished message gets one more second for each this many bytes it holds: a slow link still gets a large file through. */
const SLOW_LINK_BYTES_PER_SECOND = 16 * 1024;

/**
 * Follows the frames in a connection's bytes as they pass (ws reads the same bytes; only the
 * headers are looked at) to know how much of a message has come without its end. `feed(chunk)`
 * returns the bytes of the data message now unfinished (headers included; 0 between messages)
 * and whether one started in this chunk.
 */
export function frameScanner() {
  const header = [];
  let headerSize = 2;
  let remaining = 0; // payload bytes of the current frame still to come
  let data = false; // the current frame belongs to a data message (not a control frame)
  let fin = false;
  let pending = 0;
  return (chunk) => {
    let started = false;
    let i = 0;
    while (i < chunk.length) {
      if (remaining > 0) {
        const take = Math.min(remaining, chunk.length - i);
        remaining -= take;
        i += take;
        if (data) pending += take;
      } else {
        header.push(chunk[i++]);
        const short = header[1] & 0x7f; // the length, or 126/127: it follows in 2/8 bytes
        if (header.length === 2) headerSize = 2 + (short === 126 ? 2 : short === 127 ? 8 : 0) + (header[1] & 0x80 ? 4 : 0);
        if (header.length < headerSize) continue;
        remaining = short < 126 ? short : short === 126 ? (header[2] << 8) | header[3] : header.slice(2, 10).reduce((n, byte) => n * 256 + byte, 0);
        data = (header[0] & 0x0f) < 8;
        fin = Boolean(header[0] & 0x80);
        if (data) {
          started ||= pending === 0;
          pending += headerSize;
        }
        header.length = 0;
        headerSize = 2;
      }
      // A data frame with FIN ends its message: what ws held for it is handed over and let go.
      if (remaining === 0 && header.length === 0 && data && fin) {
        pending = 0;
        data = false;
      }
    }
    return { pending, started };
  };
}

/**
 * @param {object} limits
 * @param {{ burst: number, perSecond: number }} limits.connectionBytes
 * @param {{ burst: number, perSecond: number }} limits.addressBytes
 * @param {number} limits.messageTimeoutMs Time for a message to arrive whole, plus a second per 16 KiB it holds.
 * @param {number} limits.maxUnfinishedBytes
 * @param {(reason: string, fields: object) => void} limits.warn
 */
export function createIntake({ connectionBytes, addressBytes, messageTimeoutMs, maxUnfinishedBytes, warn }) {
  /** address -> { budget, open, unfinished (bytes) } */
  const addresses = new Map();
  /** Connections in the middle of a message. */
  const unfinished = new Set();
  let unfinishedBytes = 0;

  const sweep = setInterval(
    () => {
      const now = Date.now();
      for (const flow of unfinished) {
        const allowed = messageTimeoutMs + (flow.pending / SLOW_LINK_BYTES_PER_SECOND) * 1000;
        if (!flow.paused && now - flow.since > allowed) flow.end('message not finished in time');
      }
      // An address is forgotten once it has no connection and its budget has refilled, not at
      // its last close: reconnecting does not buy a new budget.
      for (const [address, entry] of addresses) if (!entry.open && entry.budget.full()) addresses.delete(address);
    },
    Math.max(20, Math.min(1000, messageTimeoutMs / 4)),
  );
  sweep.unref();

  // Over the budget, the address holding the most goes first, and of its messages the one
  // unfinished longest (a stalled one, not a new one): one client cannot push out the others.
  let checking = false;
  function checkBudget() {
    checking = false;
    while (unfinishedBytes > maxUnfinishedBytes && unfinished.size) {
      let victim;
      for (const flow of unfinished) {
        if (!victim || flow.entry.unfinished > victim.entry.unfinished || (flow.entry === victim.entry && flow.since < victim.since)) victim = flow;
      }
      victim.end('unfinished messages over budget');
    }
  }

  /**
   * Reads `ws` (whose TCP socket is `raw`) under the budgets. Returns its flow: `paused` while
   * the server holds it back, `wait()` ms until its address's budget is out of debt, and
   * `charge(bytes)` for bytes sent to it that the address pays for (a replay).
   */
  function watch(ws, raw, address) {
    let entry = addresses.get(address);
    if (!entry) addresses.set(address, (entry = { budget: byteBudget(addressBytes), open: 0, unfinished: 0 }));
    entry.open += 1;
    const own = byteBudget(connectionBytes);
    const light = byteBudget(LIGHT_BYTES);
    const scan = frameScanner();
    let timer;
    let pausedAt = 0;
    let closed = false;

    const flow = {
      entry,
      pending: 0,
      since: 0,
      paused: false,
      charge: (bytes) => entry.budget.charge(bytes),
      wait: () => entry.budget.wait(),
      end(reason) {
        warn('connection closed', { reason, address, pending: flow.pending });
        release();
        ws.terminate();
      },
    };

    /** The connection now holds `pending` bytes of an unfinished message (0: none). */
    function hold(pending) {
      unfinishedBytes += pending - flow.pending;
      entry.unfinished += pending - flow.pending;
      flow.pending = pending;
      if (pending) unfinished.add(flow);
      else unfinished.delete(flow);
    }
    function resume() {
      timer = undefined;
      // Time the server did not read does not count against the message's time limit.
      flow.since += Date.now() - pausedAt;
      flow.paused = false;
      ws.resume();
    }
    function release() {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      hold(0);
      entry.open -= 1;
    }

    raw.on('data', (chunk) => {
      if (closed) return;
      const { pending, started } = scan(chunk);
      if (started) flow.since = Date.now();
      hold(pending);
      const addressWait = entry.budget.charge(chunk.length);
      const wait = Math.max(own.charge(chunk.length), light.charge(chunk.length) ? addressWait : 0);
      if (wait > 0 && !flow.paused) {
        flow.paused = true;
        pausedAt = Date.now();
        ws.pause();
        timer = setTimeout(resume, wait);
      }
      if (unfinishedBytes > maxUnfinishedBytes && !checking) {
        checking = true;
        setImmediate(checkBudget);
      }
    });
    ws.on('close', release);
    return flow;
  }

  return {
    watch,
    /** Bytes of unfinished messages held now, over every connection. */
    get unfinishedBytes() {
      return unfinishedBytes;
    },
    close: () => clearInterval(sweep),
  };
}
