// The embedded store: conversations and messages in SQLite (better-sqlite3). Its calls are
// synchronous (a message is on disk before its ack leaves the server) behind the async interface
// described in ./index.mjs, so the server runs unchanged on PostgreSQL.
import Database from 'better-sqlite3';
import { extraColumn, toMessage } from './rows.mjs';
import { hashToken, newReference, newToken } from './tokens.mjs';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversations (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  reference TEXT UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'mn',
  created_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  delivered_seq INTEGER NOT NULL DEFAULT 0,
  agent TEXT
);
CREATE TABLE IF NOT EXISTS messages (
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  seq INTEGER NOT NULL,
  client_id TEXT NOT NULL,
  sender TEXT NOT NULL,
  text TEXT NOT NULL,
  extra TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq),
  UNIQUE (conversation_id, client_id)
);
`;

/** Opens (or creates) the store. `path` ':memory:' keeps everything in memory. */
export function openSqliteStore(path = ':memory:') {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);

  const q = {
    byToken: db.prepare('SELECT * FROM conversations WHERE token_hash = ?'),
    byId: db.prepare('SELECT * FROM conversations WHERE id = ?'),
    insertConversation: db.prepare(
      'INSERT INTO conversations (token_hash, name, topic, lang, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    updateProfile: db.prepare('UPDATE conversations SET name = ?, topic = ?, lang = ? WHERE id = ?'),
    messageByClientId: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND client_id = ?'),
    bumpSeq: db.prepare('UPDATE conversations SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq'),
    insertMessage: db.prepare(
      'INSERT INTO messages (conversation_id, seq, client_id, sender, text, extra, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    after: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq'),
    setReference: db.prepare('UPDATE conversations SET reference = ? WHERE id = ? AND reference IS NULL'),
    setDelivered: db.prepare('UPDATE conversations SET delivered_seq = MAX(delivered_seq, ?) WHERE id = ?'),
    setAgent: db.prepare('UPDATE conversations SET agent = ? WHERE id = ?'),
    recent: db.prepare(
      `SELECT c.*, (SELECT MIN(created_at) FROM messages m WHERE m.conversation_id = c.id AND m.sender = 'user') AS first_at
       FROM conversations c WHERE c.last_seq > 0 ORDER BY c.id DESC LIMIT ?`,
    ),
  };

  /** Stores a message once per (conversation, client id); a repeat returns the stored one. */
  const append = db.transaction((conversationId, { id, from, text, extra }) => {
    const existing = q.messageByClientId.get(conversationId, id);
    if (existing) return { message: toMessage(existing), duplicate: true };
    const { last_seq: seq } = q.bumpSeq.get(conversationId);
    const row = { client_id: id, seq, sender: from, text, extra: extraColumn(extra), created_at: new Date().toISOString() };
    q.insertMessage.run(conversationId, seq, id, from, text, row.extra, row.created_at);
    return { message: toMessage(row), duplicate: false };
  });

  /** One process, so a stored message is announced right here, synchronously, in seq order. */
  const listeners = new Set();

  return {
    db,
    /** The conversation a token opens, or undefined. */
    findByToken: async (token) => (token ? q.byToken.get(hashToken(token)) : undefined),
    findById: async (id) => q.byId.get(id),
    /** A new conversation and its token (the token itself is returned once, never stored). */
    async createConversation({ name = '', topic = '', lang = 'mn' } = {}) {
      const token = newToken();
      const { lastInsertRowid } = q.insertConversation.run(hashToken(token), name, topic, lang, new Date().toISOString());
      return { token, conversation: q.byId.get(Number(lastInsertRowid)) };
    },
    updateProfile: async (id, { name, topic, lang }) => {
      q.updateProfile.run(name, topic, lang, id);
    },
    async append(conversationId, message) {
      const result = append(conversationId, message);
      if (!result.duplicate) for (const listener of listeners) listener({ conversationId, message: result.message });
      return result;
    },
    messagesAfter: async (conversationId, seq = 0) => q.after.all(conversationId, seq).map(toMessage),
    /** The conversation's reference number for a left message: eight digits, made once. */
    async reference(conversationId) {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const candidate = newReference();
        try {
          q.setReference.run(candidate, conversationId);
          break;
        } catch (error) {
          if (!String(error.message).includes('UNIQUE')) throw error;
        }
      }
      return q.byId.get(conversationId).reference;
    },
    markDelivered: async (conversationId, seq) => {
      q.setDelivered.run(seq, conversationId);
    },
    assign: async (conversationId, agent) => {
      q.setAgent.run(agent, conversationId);
    },
    recentConversations: async (limit = 50) => q.recent.all(limit),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** One process: no other process to tell, nothing ever missed, so nothing to resync. */
    broadcast: async () => {},
    onBroadcast: () => () => {},
    onResync: () => () => {},
    ping: async () => db.prepare('SELECT 1').get(),
    close: async () => db.close(),
  };
}
