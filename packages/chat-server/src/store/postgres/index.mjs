// The PostgreSQL store: the interface of ../index.mjs on a pg Pool, for any number of server
// processes sharing one database. Each concern lives in its own file and returns its methods;
// adding one is a new file plus a line below (and its tables in schema.mjs).
import pg from 'pg';
import { accountMethods } from './accounts.mjs';
import { auditMethods } from './audit.mjs';
import { conversationMethods } from './conversations.mjs';
import { messageMethods } from './messages.mjs';
import { createListener, MAX_PAYLOAD, SIGNAL_CHANNEL } from './notify.mjs';
import { retentionMethods } from './retention.mjs';
import { migrate } from './schema.mjs';

/**
 * @param {{ connectionString: string, poolSize?: number, logger?: { warn: Function } }} options
 */
export async function openPostgresStore({ connectionString, poolSize = 10, logger }) {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle pooled connection that breaks is replaced by the pool; it must not crash the process.
  pool.on('error', (error) => logger?.warn('database connection error', { error: error.message }));
  await migrate(pool);

  const messages = messageMethods(pool);
  const listeners = new Set();
  const resyncListeners = new Set();
  const signalListeners = new Set();
  const listener = createListener({
    connectionString,
    toMessage: messages.toMessage,
    messageAt: messages.messageAt,
    onMessage: (event) => listeners.forEach((listen) => listen(event)),
    onSignal: (signal) => signalListeners.forEach((listen) => listen(signal)),
    onResync: () => resyncListeners.forEach((listen) => listen()),
    logger,
  });
  await listener.start();

  return {
    pool,
    ...conversationMethods(pool),
    ...messages,
    ...retentionMethods(pool),
    ...accountMethods(pool),
    ...auditMethods(pool),
    subscribe(listen) {
      listeners.add(listen);
      return () => listeners.delete(listen);
    },
    onResync(listen) {
      resyncListeners.add(listen);
      return () => resyncListeners.delete(listen);
    },
    async broadcast(signal) {
      const payload = JSON.stringify(signal);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) throw new Error(`signal of ${payload.length} characters is too large to broadcast`);
      await pool.query('SELECT pg_notify($1, $2)', [SIGNAL_CHANNEL, payload]);
    },
    onBroadcast(listen) {
      signalListeners.add(listen);
      return () => signalListeners.delete(listen);
    },
    async ping() {
      if (!listener.isConnected()) throw new Error('not listening for notifications');
      await pool.query('SELECT 1');
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
