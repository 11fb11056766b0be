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
