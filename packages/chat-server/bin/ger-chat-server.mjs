#!/usr/bin/env node
// ger-chat-server [--port 8787] [--host 127.0.0.1] [--db chat.db] [--origin http://...]...
//                 [--public-origin https://chat.example.mn] [--trust-proxy 1]
//                 [--retention-days 30] [--token-days 7] [--catalogue services.json]
//                 [--database-url postgres://...]
//                 [--connections-per-address 100] [--conversations-per-address 60]
//                 [--conversation-messages-per-minute 20]
// Agents sign in with their own accounts: add them with ger-chat-agents (see the README).
// With --database-url (or GER_CHAT_DATABASE_URL) the server stores in PostgreSQL instead of the
// SQLite file, and any number of these processes can share that database (docs/chat-deployment.md).
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/catalogue.mjs';
import { createChatServer } from '../src/server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.GER_CHAT_PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: process.env.GER_CHAT_DB ?? 'chat.db' },
    origin: { type: 'string', multiple: true, default: [] },
    catalogue: { type: 'string' },
    'public-origin': { type: 'string' },
    'trust-proxy': { type: 'string', default: '0' },
    'retention-days': { type: 'string', default: '30' },
    'token-days': { type: 'string', default: '7' },
    'database-url': { type: 'string', default: process.env.GER_CHAT_DATABASE_URL },
    // Raise these when many users share one address (a ministry behind NAT, a load test).
    'connections-per-address': { type: 'string', default: '100' },
    'conversations-per-address': { type: 'string', default: '60' },
    // Raise this for load tests that send from one conversation as fast as the server answers.
    'conversation-messages-per-minute': { type: 'string', default: '20' },
  },
});

/** A whole number option, or exit with a clear message. */
function count(name, min) {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min) {
    console.error(`ger-chat-server: --${name} must be a whole number of at least ${min} (got ${values[name]})`);
    process.exit(2);
  }
  return value;
}

const server = await createChatServer({
  host: values.host,
  port: Number(values.port),
  dbPath: values.db,
  databaseUrl: values['database-url'] || undefined,
  allowedOrigins: values.origin,
  publicOrigin: values['public-origin'],
  trustProxy: count('trust-proxy', 0),
  retentionDays: count('retention-days', 1),
  tokenDays: count('token-days', 1),
  maxConnections: { perAddress: count('connections-per-address', 1), total: 10_000 },
  conversationRate: { burst: count('conversations-per-address', 1), perSecond: 1 / 5 },
  conversationMessageRate: { burst: count('conversation-messages-per-minute', 1), perSecond: count('conversation-messages-per-minute', 1) / 60 },
  ...(values.catalogue ? { catalogue: loadCatalogue(values.catalogue) } : {}),
});
console.log(`Ger chat server: ${server.url}`);
console.log(`Agent console:   ${server.origin}/agent`);
// The hint names the SQLite file but never the database URL (it may hold a password).
const storeOption = values['database-url'] ? '--database-url "$GER_CHAT_DATABASE_URL"' : `--db ${values.db}`;
if (!(await server.store.listAgents()).length) console.log(`No agent accounts yet: add one with  npx ger-chat-agents add NAME ${storeOption}`);
console.log(`Demo page:       ${server.origin}/demo`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
// A bug that escapes a handler is logged; the server keeps serving everyone else.
process.on('unhandledRejection', (error) =>
  console.error(JSON.stringify({ level: 'error', message: 'unhandled rejection', error: String(error?.message ?? error) })),
);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
