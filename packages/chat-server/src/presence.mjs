// Agents signed in on the other processes. Availability is kept per process (each knows its own
// agent sockets); with several processes a user on one must still be told "online", and the bot
// must stay quiet, when an agent is signed in on another. Each process broadcasts a summary of
// its agents when it changes and every few seconds; a summary not renewed in time expires (its
// process died).
import { randomUUID } from 'node:crypto';

const isCount = (n) => Number.isInteger(n) && n >= 0 && n < 1_000_000;

/** Bytes a summary may take: under PostgreSQL's NOTIFY payload (store/postgres/notify.mjs), with room. */
const SUMMARY_BYTES = 7000;

/**
 * The summary as it can be sent: the counts always, with as many of the newest claims as fit.
 * (A summary refused for its size would leave the other processes thinking the agents gone.)
 */
export function fitSummary(summary, maxBytes = SUMMARY_BYTES) {
  let { claimed } = summary;
  while (claimed.length && Buffer.byteLength(JSON.stringify({ ...summary, claimed })) > maxBytes) claimed = claimed.slice(Math.ceil(claimed.length / 8));
  return { ...summary, claimed };
}

/**
 * @param {object} options
 * @param {{ broadcast: Function, onBroadcast: Function }} options.store
 * @param {() => { online: number, free: number, claimed: [number, string][] }} options.summary
 *   This process's agents: how many are online, free places, and conversation -> agent name.
 * @param {() => void} options.onChange Called when what the other processes report changes.
 */
export function createPresence({ store, summary, onChange, intervalMs = 5000, logger }) {
  const self = randomUUID();
  /** process id -> { online, free, claimed: Map<conversationId, agentName>, at } */
  const others = new Map();

  const stopListening = store.onBroadcast((signal) => {
    if (signal?.process === self || typeof signal?.process !== 'string') return;
    // A process that just started asks: everyone with agents answers at once.
    if (signal.kind === 'presence-request') {
      const mine = summary();
      if (mine.online > 0 || mine.claimed.length > 0) publish();
      return;
    }
    if (signal.kind !== 'presence') return;
    if (!isCount(signal.online) || !isCount(signal.free) || !Array.isArray(signal.claimed)) return;
    const claimed = new Map(signal.claimed.filter(([id, name]) => Number.isInteger(id) && typeof name === 'string'));
    if (signal.online === 0 && claimed.size === 0) others.delete(signal.process);
    else others.set(signal.process, { online: signal.online, free: signal.free, claimed, at: Date.now() });
    onChange();
  });

  const publish = () =>
    Promise.resolve(store.broadcast({ kind: 'presence', process: self, ...fitSummary(summary()) })).catch((error) =>
      logger?.warn('presence not published', { error: error.message }),
    );

  Promise.resolve(store.broadcast({ kind: 'presence-request', process: self })).catch((error) =>
    logger?.warn('presence request not sent', { error: error.message }),
  );

  const timer = setInterval(() => {
    const expired = [...others].filter(([, entry]) => Date.now() - entry.at > intervalMs * 3);
    for (const [id] of expired) others.delete(id);
    if (expired.length) onChange();
    const mine = summary();
    if (mine.online > 0 || mine.claimed.length > 0) publish();
  }, intervalMs);
  timer.unref();

  return {
    /** Call when this process's agents change (sign-in, sign-out, status, open). */
    publish,
    /** What every other process reports, added up. */
    remote() {
      let online = 0;
      let free = 0;
      const claimed = new Map();
      for (const entry of others.values()) {
        online += entry.online;
        free += entry.free;
        for (const [id, name] of entry.claimed) claimed.set(id, name);
      }
      return { online, free, claimed };
    },
    async close() {
      clearInterval(timer);
      stopListening();
      // Tell the others at once rather than letting the summary expire.
      await store.broadcast({ kind: 'presence', process: self, online: 0, free: 0, claimed: [] })?.catch?.(() => {});
    },
  };
}
