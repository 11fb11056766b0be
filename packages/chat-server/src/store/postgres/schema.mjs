// The PostgreSQL schema, created when missing. Several processes may start at once, so creation
// runs under an advisory lock (CREATE TABLE IF NOT EXISTS alone races on the catalogue).
// A concern that needs tables adds its statements to SCHEMA.

const SCHEMA_LOCK = 0x6765_7263; // 'gerc': any constant shared by every process of this server

export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS conversations (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     token_hash TEXT NOT NULL UNIQUE,
     reference TEXT UNIQUE,
     name TEXT NOT NULL DEFAULT '',
     topic TEXT NOT NULL DEFAULT '',
     lang TEXT NOT NULL DEFAULT 'mn',
     created_at TEXT NOT NULL,
     last_seq INTEGER NOT NULL DEFAULT 0,
     delivered_seq INTEGER NOT NULL DEFAULT 0,
     agent TEXT
   )`,
  `CREATE TABLE IF NOT EXISTS messages (
     conversation_id INTEGER NOT NULL REFERENCES conversations(id),
     seq INTEGER NOT NULL,
     client_id TEXT NOT NULL,
     sender TEXT NOT NULL,
     text TEXT NOT NULL,
     extra TEXT,
     created_at TEXT NOT NULL,
     PRIMARY KEY (conversation_id, seq),
     UNIQUE (conversation_id, client_id)
   )`,
  // The agent queue lists the newest conversations that have a message.
  `CREATE INDEX IF NOT EXISTS conversations_active ON conversations (id DESC) WHERE last_seq > 0`,
  // Added after the first release: an existing database gains them at start. Times are ISO text,
  // as in SQLite, so both stores compare and return them alike.
  `ALTER TABLE conversations ADD COLUMN IF NOT EXISTS updated_at TEXT`,
  `ALTER TABLE conversations ADD COLUMN IF NOT EXISTS token_expires_at TEXT`,
  // Retention finds idle conversations without reading them all.
  `CREATE INDEX IF NOT EXISTS conversations_idle ON conversations (COALESCE(updated_at, created_at))`,
  // Files live outside the message rows, under a random id (./messages.mjs).
  `CREATE TABLE IF NOT EXISTS attachments (
     id TEXT PRIMARY KEY,
     conversation_id INTEGER NOT NULL REFERENCES conversations(id),
     name TEXT NOT NULL,
     type TEXT NOT NULL,
     size INTEGER NOT NULL,
     data BYTEA NOT NULL,
     created_at TEXT NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS attachments_conversation ON attachments (conversation_id)`,
  `CREATE TABLE IF NOT EXISTS agents (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name TEXT NOT NULL UNIQUE,
     role TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     disabled INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS agent_sessions (
     token_hash TEXT PRIMARY KEY,
     agent_id INTEGER NOT NULL REFERENCES agents(id),
     expires_at TEXT NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS agent_sessions_agent ON agent_sessions (agent_id)`,
  // Failed sign-ins per key (agent name, client address): one count for every process.
  `CREATE TABLE IF NOT EXISTS sign_in_failures (
     key TEXT PRIMARY KEY,
     count INTEGER NOT NULL,
     last_ms DOUBLE PRECISION NOT NULL
   )`,
  // Addresses each agent signed in from lately: the name's throttle does not hold them back.
  `CREATE TABLE IF NOT EXISTS known_sign_ins (
     agent_name TEXT NOT NULL,
     address TEXT NOT NULL,
     last_ms DOUBLE PRECISION NOT NULL,
     PRIMARY KEY (agent_name, address)
   )`,
  `CREATE TABLE IF NOT EXISTS audit_log (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at TEXT NOT NULL,
     agent TEXT NOT NULL,
     action TEXT NOT NULL,
     conversation_id INTEGER
   )`,
];

/** Creates what is missing; safe to run from many processes at the same moment. */
export async function migrate(pool) {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    for (const statement of SCHEMA) await client.query(statement);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => {});
    client.release();
  }
}
