// LISTEN/NOTIFY: how a message stored by one process reaches the sockets of every other.
// Each process keeps one dedicated connection that LISTENs; notifications arrive in commit order
// and are handed on one at a time, so per conversation they stay in seq order. A payload carries
// the whole message row when it fits (NOTIFY allows under 8,000 bytes); a bigger one (an
// attachment) carries only its place, and the message is read back from the table. The payload
// is written by the storing statement (./messages.mjs).
import pg from 'pg';

export const CHANNEL = 'ger_chat_message';
/** Signals between processes that are not stored (agent presence): see ../../presence.mjs. */
export const SIGNAL_CHANNEL = 'ger_chat_signal';
export const MAX_PAYLOAD = 7900;

/**
 * Listens until closed, reconnecting when the connection drops. While it was down messages may
 * have gone by unseen, so after a reconnect `onResync()` runs (the server then drops its sockets:
 * clients reconnect and replay from their last seq, which loses nothing).
 */
export function createListener({ connectionString, toMessage, messageAt, onMessage, onSignal, onResync, logger }) {
  let client;
  let connected = false;
  let closed = false;
  let retryMs = 100;
  let chain = Promise.resolve();

  async function handle(payload) {
    let note;
    try {
      note = JSON.parse(payload);
    } catch {
      return logger?.warn('unreadable notification', { bytes: payload.length });
    }
    if (!Number.isInteger(note?.c)) return;
    const message = note.row ? await toMessage(note.row) : Number.isInteger(note.seq) ? await messageAt(note.c, note.seq) : undefined;
    if (message) onMessage({ conversationId: note.c, message });
  }

  function signal(payload) {
    try {
      onSignal(JSON.parse(payload));
    } catch (error) {
      logger?.warn('unreadable signal', { bytes: payload.length, error: error.message });
    }
  }

  async function connect() {
    const next = new pg.Client({ connectionString });
    next.on('notification', ({ channel, payload }) => {
      if (!payload) return;
      if (channel === SIGNAL_CHANNEL) return signal(payload);
      if (channel !== CHANNEL) return;
      chain = chain.then(() => handle(payload)).catch((error) => logger?.warn('notification failed', { error: error.message }));
    });
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('connection ended')));
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    await next.query(`LISTEN ${SIGNAL_CHANNEL}`);
    client = next;
    connected = true;
    retryMs = 100;
  }

  function lost(which, error) {
    if (which !== client || closed) return;
    connected = false;
    client = undefined;
    which.end().catch(() => {});
    logger?.warn('notification connection lost', { error: error.message });
    reconnect();
  }

  function reconnect() {
    if (closed) return;
    setTimeout(async () => {
      try {
        await connect();
        onResync();
      } catch (error) {
        logger?.warn('notification reconnect failed', { error: error.message });
        retryMs = Math.min(retryMs * 2, 5000);
        reconnect();
      }
    }, retryMs).unref();
  }

  return {
    start: connect,
    isConnected: () => connected,
    async close() {
      closed = true;
      connected = false;
      await chain;
      await client?.end().catch(() => {});
    },
  };
}
