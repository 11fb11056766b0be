#!/usr/bin/env node
// ger-chat-server [--port 8787] [--host 127.0.0.1] [--db chat.db] [--origin http://...]...
//                 [--public-origin https://chat.example.mn] [--trust-proxy 1]
//                 [--retention-days 30] [--token-days 7] [--catalogue services.json]
//                 [--database-url postgres://...]
//                 [--connections-per-address 100] [--conversations-per-address 60]
//                 [--text-bytes-at-once 4194304] [--text-bytes-per-day 16777216]
//                 [--conversation-messages-per-minute 20] [--sockets-per-conversation 10]
//                 [--bot-reply-interval-seconds 10] [--session-check-seconds 10]
//                 [--queue-length 5000] [--metrics-token …, better GER_CHAT_METRICS_TOKEN]
//                 [--metrics-listen 127.0.0.1:9464]
// Agents sign in with their own accounts: add them with ger-chat-agents (see the README).
// With --database-url (or GER_CHAT_DATABASE_URL) the server stores in PostgreSQL instead of the
// SQLite file, and any number of these processes can share that database (docs/chat-deployment.md).
import { serverOptions } from '../src/cli.mjs';
import { createChatServer } from '../src/server.mjs';

let parsed;
try {
  parsed = serverOptions(process.argv.slice(2));
} catch (error) {
  console.error(`ger-chat-server: ${error.message}`);
  process.exit(2);
}
const { options, values } = parsed;
let server;
try {
  server = await createChatServer(options);
} catch (error) {
  // An address it cannot listen on, a database it cannot open: said once, plainly.
  console.error(`ger-chat-server: ${error.message}`);
  process.exit(1);
}
console.log(`Ger chat server: ${server.url}`);
console.log(`Agent console:   ${server.origin}/agent`);
if (options.metricsListen) console.log(`Metrics:         http://${values['metrics-listen']}/metrics`);
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
