#!/usr/bin/env node
// ger-chat-server [--port 8787] [--host 127.0.0.1] [--db chat.db] [--origin http://...]...
//                 [--catalogue services.json] [--database-url postgres://...]
// The agent key comes from GER_CHAT_AGENT_KEY, or a fresh one is printed at start.
// With --database-url (or GER_CHAT_DATABASE_URL) the server stores in PostgreSQL instead of the
// SQLite file, and any number of these processes can share that database (docs/deployment.md).
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
    'database-url': { type: 'string', default: process.env.GER_CHAT_DATABASE_URL },
  },
});

const server = await createChatServer({
  host: values.host,
  port: Number(values.port),
  dbPath: values.db,
  databaseUrl: values['database-url'] || undefined,
  allowedOrigins: values.origin,
  agentKey: process.env.GER_CHAT_AGENT_KEY || undefined,
  ...(values.catalogue ? { catalogue: loadCatalogue(values.catalogue) } : {}),
});
console.log(`Ger chat server: ${server.url}`);
console.log(`Agent console:   ${server.origin}/agent#key=${server.agentKey}`);
console.log(`Demo page:       ${server.origin}/demo`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
